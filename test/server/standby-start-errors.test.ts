// A starting standby fails with a named, bilingual error (replication/standby-errors.ts)
// when its primary connects but does not answer (PRIMARY_UNREACHABLE) and when the primary
// refuses a copy request (StandbyRefused with the primary's code): the desktop shell names
// such an error in the organizer's language, the headless server prints both languages.
// A copy that arrives damaged fails the start with COPY_DAMAGED. A running standby whose
// fresh copy is refused says the primary's reason in each language of its alarm. A stand-in primary (test/helpers/fake-primary.ts) plays the primary that
// hangs or refuses; the standby is the real server on a real data folder.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/server/db/connection.js';
import { StandbyFailed, StandbyRefused } from '../../electron/server/replication/standby-errors.js';
import { startVenueServer } from '../../electron/server/venue-server.js';
import { DomainError, errorMessages, fail, ok } from '../../shared/contract/errors.js';
import { fakePrimary, seededStandby, type FakeAnswer } from '../helpers/fake-primary.js';
import { connect, quietLog, removeDir, tempDir } from '../helpers/server.js';
import { setAside } from '../helpers/standby-pair.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The standby's wait for an answer in these tests (the real one: copyIdleMs, 10 s). */
const idleMs = 1000;

/** A standby's data folder; with `copy`, a copy of this schema already in it (a restart). */
function dataDir(copy: boolean): string {
  const dir = tempDir();
  dirs.push(dir);
  if (copy) openDatabase(dir).close(); // migrated: change_log and the current user_version
  return dir;
}

/** How a standby of `url` on `dir` fails its start (it must fail). */
async function startFailure(url: string, dir: string): Promise<Error> {
  const started = await startVenueServer({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    standbyOf: { url, code: 'ABCD-EFGH', copyIdleMs: idleMs },
  }).then(
    (s) => s,
    (err: unknown) => err as Error,
  );
  if (started instanceof Error) return started;
  await started.close();
  throw new Error('the standby started');
}

/** Its message, as the headless server prints it: the code's text in both languages. */
function namedInBoth(err: Error, code: keyof typeof errorMessages): void {
  expect(err).toBeInstanceOf(DomainError);
  expect(err).toMatchObject({ code });
  expect(err.message).toContain(errorMessages[code].id);
  expect(err.message).toContain(errorMessages[code].en);
}

describe('a restarted standby whose primary connects but does not answer replica:check', () => {
  const cases: [string, FakeAnswer, string][] = [
    ['never answers', () => undefined, `no answer to replica:check within ${idleMs / 1000} s`],
    [
      'drops the connection instead',
      (_payload, socket) => void socket.disconnect(true),
      'the connection closed before an answer to replica:check',
    ],
  ];
  it.each(cases)(
    'fails with PRIMARY_UNREACHABLE when it %s',
    async (_what, answer, why) => {
      const primary = await fakePrimary({ 'replica:check': answer });
      const err = await startFailure(primary.url, dataDir(true));
      expect(primary.asked).toEqual(['replica:check']);
      expect(err).toBeInstanceOf(StandbyFailed);
      namedInBoth(err, 'PRIMARY_UNREACHABLE');
      expect(err).toMatchObject({ details: [`${primary.url}: ${why}`] });
      await primary.close();
    },
    30_000,
  );
});

describe('a starting standby whose primary refuses its copy', () => {
  const busy = fail('BAD_INPUT', ['no copy is held at that offset: ask replica:copy']);
  const cases: [string, Record<string, FakeAnswer>][] = [
    ['replica:copy', { 'replica:copy': () => fail('INTERNAL') }],
    [
      'replica:copy-part',
      {
        'replica:copy': () => ok({ bytes: 4096, seq: 1, epoch: 1 }),
        'replica:copy-part': () => busy,
      },
    ],
  ];
  it.each(cases)(
    'fails with StandbyRefused and the code of its %s refusal',
    async (last, answers) => {
      const primary = await fakePrimary(answers);
      const err = await startFailure(primary.url, dataDir(false));
      expect(primary.asked.at(-1)).toBe(last);
      expect(err).toBeInstanceOf(StandbyRefused);
      const refusal = last === 'replica:copy' ? fail('INTERNAL') : busy;
      namedInBoth(err, refusal.code);
      expect(err).toMatchObject({ details: refusal.details });
      await primary.close();
    },
    30_000,
  );
});

describe('a starting standby whose copy arrives damaged', () => {
  const copy = () => ok({ bytes: 4096, seq: 1, epoch: 1 });
  const cases: [string, Uint8Array, string][] = [
    ['an empty part', new Uint8Array(0), 'a part of 0 bytes at 0 of 4096'],
    ['a part past its end', new Uint8Array(5000), 'a part of 5000 bytes at 0 of 4096'],
  ];
  it.each(cases)(
    'fails with COPY_DAMAGED, named in both languages with what to do, on %s',
    async (_what, part, why) => {
      const primary = await fakePrimary({
        'replica:copy': copy,
        'replica:copy-part': () => ok({ data: part }),
      });
      const err = await startFailure(primary.url, dataDir(false));
      expect(err).toBeInstanceOf(StandbyFailed);
      namedInBoth(err, 'COPY_DAMAGED');
      expect(err).toMatchObject({ details: [why] });
      expect(err.message).toContain('install the same Panggung version on both laptops');
      await primary.close();
    },
    30_000,
  );
});

describe('a running standby whose primary refuses the fresh copy', () => {
  it("keeps its copy and names the primary's refusal in each language of the alarm", async () => {
    let follows = 0;
    const primary = await fakePrimary({
      'replica:check': () => ok({ head: 0 }), // resumes from its copy
      // Pruned past it once (only a fresh copy helps); after the refusal, followed again.
      'replica:follow': () =>
        ++follows === 1 ? fail('COPY_NEEDED', ['pruned: oldest 9']) : ok({ head: 0 }),
      'replica:copy': () => fail('INTERNAL'),
    });
    const dir = dataDir(false);
    const standby = await seededStandby({ url: primary.url, copyIdleMs: idleMs }, dir);
    const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
    const failed = (a: { messages: { id: string } }) => /gagal/.test(a.messages.id);
    const seen = await desk.waitFor((s) => s.alarms.some(failed), 10_000);
    const alarm = seen.alarms.find(failed)!;
    expect(alarm.code).toBe('COPY_NEEDED');
    const { id, en } = alarm.messages;
    expect(id).toContain(`(INTERNAL: ${errorMessages.INTERNAL.id})`);
    expect(en).toContain(`(INTERNAL: ${errorMessages.INTERNAL.en})`);
    expect(primary.asked).toContain('replica:copy');
    expect(setAside(dir)).toEqual([]); // its copy was not moved aside
    desk.close();
    await standby.close();
    await primary.close();
  }, 30_000);
});
