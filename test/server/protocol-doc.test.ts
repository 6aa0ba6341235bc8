// docs/PROTOCOL.md promises that scripts/drive-festival.mjs drives a real server: prove it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect, removeDir, startTestServer } from '../helpers/server.js';

describe("the protocol document's example script", () => {
  it('presents, scores and locks three entries on a real server', async () => {
    const t = await startTestServer();
    const script = join(import.meta.dirname, '../../scripts/drive-festival.mjs');
    const child = spawn(process.execPath, [script, t.url, '3'], {
      env: { ...process.env, PANGGUNG_ORGANIZER_KEY: t.server.organizerKey },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code, out).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(3);
    expect(out).toMatch(/total 100/);
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const snap = await org.waitFor(() => true);
    expect(
      Object.values(snap.phases['presentasi'] ?? {}).filter((p) => p === 'locked'),
    ).toHaveLength(3);
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });
});
