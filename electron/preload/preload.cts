// The organizer window's preload: exposes window.panggung, one function per capability of
// shared/contract/ipc.ts, and nothing else (no ipcRenderer, no generic invoke, no event
// objects). Main validates every call and checks that it comes from this window.
//
// Sandboxed preloads are plain CommonJS scripts whose require() knows only 'electron' and a
// few Node built-ins: they cannot load other files. So this file imports shared/ for types
// only; the channel names below are checked against the contract by the compiler, and
// test/electron/preload.test.ts runs the emitted script in a fake sandbox.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file under verbatimModuleSyntax imports this way
import electron = require('electron');
import type {
  BridgeKey,
  IpcChannel,
  IpcInput,
  IpcPushChannel,
  IpcReply,
  MenuCommand,
  PanggungBridge,
} from '../../shared/contract/ipc.js' with { 'resolution-mode': 'import' };
import type { Result } from '../../shared/contract/errors.js' with { 'resolution-mode': 'import' };

const { contextBridge, ipcRenderer } = electron;

function invoke<K extends IpcChannel>(
  channel: K,
  input: IpcInput<K>,
): Promise<Result<IpcReply<K>>> {
  return ipcRenderer.invoke(channel, input) as Promise<Result<IpcReply<K>>>;
}

const menuCommandChannel: IpcPushChannel = 'menu:command';
// A Record, so the compiler insists on every command of the contract and no other.
const menuCommands: Record<MenuCommand, true> = {
  'import-template': true,
  'export-setup': true,
  'export-results': true,
  backup: true,
  restore: true,
  'become-standby': true,
};
const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && Object.hasOwn(menuCommands, value);

const bridge: PanggungBridge = {
  organizerKey: () => invoke('organizer:key', {}),
  lanInfo: () => invoke('lan:info', {}),
  becomeStandby: (input) => invoke('standby:become', input),
  openExternal: (input) => invoke('shell:open-external', input),
  dialogs: {
    openTemplate: () => invoke('dialog:open-template', {}),
    saveFile: (input) => invoke('dialog:save-file', input),
    saveBackupCopy: (input) => invoke('dialog:save-backup-copy', input),
  },
  onMenuCommand(listener) {
    // The page gets the command only, never the IPC event (it carries the sender).
    const handler = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, handler);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, handler);
    };
  },
};

const key: BridgeKey = 'panggung';
contextBridge.exposeInMainWorld(key, bridge);
