// Runs the preload the way Electron runs a sandboxed preload: the compiled CommonJS text in
// a function scope whose require() knows 'electron' only (a sandboxed preload cannot load
// other files, so an accidental runtime import of shared/ or node:* fails here).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ipcCalls, type PanggungBridge } from '../../shared/contract/ipc.js';

const source = readFileSync(
  fileURLToPath(new URL('../../electron/preload/preload.cts', import.meta.url)),
  'utf8',
);

function runPreload() {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
    fileName: 'preload.cts',
  });
  const exposed = new Map<string, unknown>();
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => (
        invoked.push([channel, payload]),
        Promise.resolve({ ok: true, data: null })
      ),
      on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) =>
        void listeners.set(channel, [...(listeners.get(channel) ?? []), l]),
      removeListener: (channel: string, l: unknown) =>
        void listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((x) => x !== l),
        ),
    },
  };
  const requested: string[] = [];
  const sandboxRequire = (id: string) => {
    requested.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found in a sandboxed preload: ${id}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputText)(sandboxRequire, module, module.exports);
  return { exposed, invoked, listeners, requested };
}

describe('preload (sandboxed, CommonJS)', () => {
  it('requires electron and nothing else', () => {
    expect(runPreload().requested).toEqual(['electron']);
  });

  it('exposes window.panggung only, with functions and no ipcRenderer', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['panggung']);
    const api = exposed.get('panggung') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([
      'becomeStandby',
      'dialogs',
      'lanInfo',
      'onMenuCommand',
      'openExternal',
      'organizerKey',
    ]);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send/i);
  });

  it('each capability invokes its own channel; together they cover the contract', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('panggung') as PanggungBridge;
    await api.organizerKey();
    await api.lanInfo();
    await api.openExternal({ url: 'https://example.org' });
    await api.dialogs.openTemplate();
    await api.dialogs.saveFile({ suggestedName: 'hasil.csv', encoding: 'utf8', content: 'a' });
    await api.dialogs.saveBackupCopy({ file: 'panggung-20261128-101010-123-manual.db' });
    await api.becomeStandby({ address: 'http://10.0.0.2:4321', code: 'ABCD-EFGH-JKLM' });
    expect(invoked).toEqual([
      ['organizer:key', {}],
      ['lan:info', {}],
      ['shell:open-external', { url: 'https://example.org' }],
      ['dialog:open-template', {}],
      ['dialog:save-file', { suggestedName: 'hasil.csv', encoding: 'utf8', content: 'a' }],
      ['dialog:save-backup-copy', { file: 'panggung-20261128-101010-123-manual.db' }],
      ['standby:become', { address: 'http://10.0.0.2:4321', code: 'ABCD-EFGH-JKLM' }],
    ]);
    expect(invoked.map(([c]) => c).sort()).toEqual(Object.keys(ipcCalls).sort());
  });

  it('menu commands reach the page without the IPC event, unknown ones are dropped, unsubscribe works', () => {
    const { exposed, listeners } = runPreload();
    const api = exposed.get('panggung') as PanggungBridge;
    const got: unknown[][] = [];
    const off = api.onMenuCommand((...args: unknown[]) => void got.push(args));
    const fire = (cmd: unknown) =>
      listeners.get('menu:command')?.forEach((l) => l({ sender: 'secret' }, cmd));
    fire('export-results');
    fire('rm -rf');
    fire('constructor');
    fire('backup');
    expect(got).toEqual([['export-results'], ['backup']]);
    off();
    expect(listeners.get('menu:command')).toEqual([]);
  });
});
