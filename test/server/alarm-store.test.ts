// The organizer's alarms outlive a restart (services/alarm-store.ts): kept in the data
// folder, newest twenty, read back by the next server on the same folder; a file that
// cannot be read or written never stops the server, it only costs the memory.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Alarm } from '../../shared/contract/views.js';
import {
  alarmFileName,
  alarmsKept,
  createAlarmStore,
} from '../../electron/server/services/alarm-store.js';
import { connect, removeDir, startTestServer, tempDir } from '../helpers/server.js';

/** A data folder of this test's own, removed when it ends. */
function folder(): string {
  const dir = tempDir();
  onTestFinished(() => removeDir(dir));
  return dir;
}

const alarm = (n: number): Alarm => ({
  code: `TEST_${n}`,
  messages: { id: `Peringatan ${n}`, en: `Alarm ${n}` },
  at: 1_764_000_000_000 + n,
});

describe('the alarm store', () => {
  it('keeps the newest twenty, newest first, and reads them back', () => {
    const dir = folder();
    const store = createAlarmStore(dir);
    expect(store.load()).toEqual([]);
    const many = Array.from({ length: 25 }, (_, i) => alarm(25 - i));
    store.save(many);
    expect(createAlarmStore(dir).load()).toEqual(many.slice(0, alarmsKept));
    expect(alarmsKept).toBe(20);
  });

  it('starts empty from a damaged or foreign file, and says why', () => {
    const dir = folder();
    const errors: unknown[] = [];
    const store = createAlarmStore(dir, (e) => errors.push(e));
    for (const text of ['{not json', JSON.stringify([{ code: 5, at: 'x' }]), '"a string"']) {
      writeFileSync(join(dir, alarmFileName), text);
      expect(store.load(), text).toEqual([]);
    }
    expect(errors).toHaveLength(3);
  });

  it('a folder it cannot write to leaves the alarm in memory and the server running', () => {
    const dir = folder();
    // The file's place is taken by a folder: the rename fails as on a read-only disk.
    mkdirSync(join(dir, alarmFileName));
    const errors: unknown[] = [];
    const store = createAlarmStore(dir, (e) => errors.push(e));
    expect(() => store.save([alarm(1)])).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('is private to the organizer (mode 0600), like the key and the database', () => {
    if (process.platform === 'win32') return;
    const dir = folder();
    createAlarmStore(dir).save([alarm(1)]);
    expect(statSync(join(dir, alarmFileName)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, alarmFileName), 'utf8'))).toHaveLength(1);
  });
});

describe('alarms across a restart of the venue server', () => {
  it("a juror's second device alarmed before the restart is still on the desk after it", async () => {
    let t = await startTestServer();
    let org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const juror = (await org.waitFor(() => true)).jurors[0]!;
    const first = await connect(t.url, 'juror', { pin: juror.pin, device: 'laptop-juri-satu-01' });
    await expect(
      connect(t.url, 'juror', { pin: juror.pin, device: 'ponsel-kedua-00002' }),
    ).rejects.toMatchObject({ data: { code: 'SESSION_ACTIVE' } });
    const before = (await org.waitFor((s) => s.alarms.length === 1)).alarms;
    first.close();
    org.close();
    await t.stop();

    t = await startTestServer({ dataDir: t.dataDir });
    org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const after = (await org.waitFor(() => true)).alarms;
    expect(after).toEqual(before);
    expect(after[0]?.code).toBe(`SECOND_DEVICE_${juror.id}`);
    org.close();
    await t.stop();
  });
});
