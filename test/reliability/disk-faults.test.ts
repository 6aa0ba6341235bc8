// A full disk and a read-only data folder, for real: the data folder is a small tmpfs that
// the test fills up, then remounts read-only. On the full disk the juror is told the sheet
// was NOT stored (never a false "received"), the organizer sees an alarm, and once space
// is back the pad's resend is stored exactly once. On a read-only folder the server
// refuses to start, with the reason, and touches nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetSaveInput } from '../../shared/contract/schemas.js';
import { DatabaseRefused, dbFileName } from '../../electron/server/db/connection.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { connect, expectOk, quietLog, submissionId, tempDir } from '../helpers/server.js';

const mountPoint = join(tempDir('panggung-disk-'), 'data');
let mounted = false;
let server: VenueServer | null = null;

afterAll(async () => {
  if (mounted) execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
  await server?.close().catch(() => undefined);
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe('storage faults', () => {
  it('refuses sheets honestly on a full disk, alarms the organizer, recovers; refuses a read-only folder at start', async () => {
    mkdirSync(mountPoint, { recursive: true });
    // Needs root (CI and this machine run as root): a real filesystem that really fills up.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
    mounted = true;
    server = await startVenueServer({
      dataDir: mountPoint,
      port: 0,
      host: '127.0.0.1',
      log: quietLog,
      backupEveryMs: 3_600_000,
    });
    const url = server.urls.local;
    const org = await connect(url, 'organizer', { key: server.organizerKey });
    const snap = await org.waitFor(() => true);
    const juror = snap.jurors.find((j) => j.id === 'j-a1')!;
    const pad = await connect(url, 'juror', { pin: juror.pin });
    const stage = snap.stages[0]!;
    const entries = snap.entries.filter((e) => e.panelId === juror.panelId).slice(0, 10);
    for (const e of entries)
      expectOk(
        await org.call('entry:transition', { entryId: e.id, stageId: stage.id, action: 'open' }),
      );
    const sheet = (i: number): SheetSaveInput => ({
      submissionId: submissionId(),
      entryId: entries[i % entries.length]!.id,
      stageId: stage.id,
      status: 'submitted',
      values: Object.fromEntries(
        stage.criteria.map((c) => [c.id, c.minX100 + c.stepX100 * (i % 19)]),
      ),
      comment: 'x'.repeat(2000),
    });

    // Fill the disk to the last byte.
    try {
      writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(8 * 1024 * 1024));
    } catch {
      // ENOSPC: the filler took what was left.
    }
    const answered = new Map<string, string>();
    let failedInput: SheetSaveInput | null = null;
    for (let i = 0; i < 400 && !failedInput; i++) {
      const input = sheet(i);
      const res = await pad.call('sheet:save', input);
      answered.set(input.submissionId, res.ok ? 'ok' : res.code);
      if (!res.ok) {
        expect(res.code).toBe('STORAGE_FAILED');
        expect(res.messages.en).toMatch(/NOT stored/);
        failedInput = input;
      }
    }
    expect(failedInput, 'the disk never filled up').not.toBeNull();
    const alarmed = await org.waitFor((s) => s.alarms.some((a) => a.code === 'STORAGE_FAILED'));
    expect(alarmed.alarms[0]?.code).toBe('STORAGE_FAILED');

    // Space comes back: the pad's resend (same submission id) is stored, once.
    rmSync(join(mountPoint, 'filler'));
    const retry = expectOk(await pad.call('sheet:save', failedInput!));
    expect(retry.duplicate).toBe(false);

    pad.close();
    org.close();
    await server.close();
    server = null;

    // A read-only data folder: the server refuses to start with a clear reason, and the
    // festival file is left exactly as it was.
    const before = readFileSync(join(mountPoint, dbFileName));
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    const refused = await startVenueServer({
      dataDir: mountPoint,
      port: 0,
      host: '127.0.0.1',
      log: quietLog,
    }).then(
      (s) => s.close().then(() => 'started'),
      (err: unknown) => (err instanceof DatabaseRefused ? err.reason : String(err)),
    );
    expect(refused).toBe('unwritable');
    execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    expect(readFileSync(join(mountPoint, dbFileName)).equals(before)).toBe(true);

    const db = new Database(join(mountPoint, dbFileName), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    for (const [sid, outcome] of answered) {
      const n = (count.get(sid) as { n: number }).n;
      // Every "ok" is on disk; the refused one is on disk exactly once, from its resend.
      expect(n, `${sid} ${outcome}`).toBe(1);
    }
    db.close();
  });
});
