// A simulated juror: a real socket.io client on the juror namespace that behaves like a
// pad. It follows the pushes: an entry on stage may get a partial draft, an entry open for
// scoring gets a full sheet after some "thinking", sometimes a revision a little later,
// and sometimes the juror drops off the Wi-Fi right after pressing "send" and comes back.
// Unacknowledged sheets stay in an outbox and are resent with the same submission id,
// exactly as the pad does, so a drop-out exercises the server's de-duplication.
// It does not decide when entries open or lock: the organizer (a person or the
// organizer bot) does.
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../../shared/contract/errors.js';
import { namespaces } from '../../../shared/contract/events.js';
import type { SheetSaveInput } from '../../../shared/contract/schemas.js';
import type { JurorSnapshot, SheetSaveReply } from '../../../shared/contract/views.js';
import type { SheetValues } from '../../../shared/model.js';
import {
  between,
  draftSheet,
  jurorProfile,
  makeSubmissionId,
  reviseSheet,
  rngFor,
  scoreSheet,
  type JurorProfile,
} from './scoring-model.js';

export type Range = readonly [number, number];

export type JurorTiming = {
  /** From "scoring open" to the sheet being sent. */
  thinkMs: Range;
  /** From the acknowledgement to a revision. */
  reviseAfterMs: Range;
  /** How long a drop-out lasts. */
  dropMs: Range;
  /** From "on stage" to a draft. */
  draftAfterMs: Range;
};

export type JurorRates = { revise: number; drop: number; draft: number };

export type JurorBotOptions = {
  /** Server base, e.g. http://127.0.0.1:4321 */
  url: string;
  pin: string;
  seed: number;
  timing: JurorTiming;
  rates: JurorRates;
  ackTimeoutMs?: number;
  /** One line per notable action, for the rehearsal console. */
  log?: (line: string) => void;
};

export type AckRecord = {
  jurorId: string;
  entryId: string;
  submissionId: string;
  status: 'draft' | 'submitted';
  version: number;
  duplicate: boolean;
  totalMicro: number | null;
};

export type JurorBotStats = {
  submitted: number;
  revisions: number;
  drafts: number;
  drops: number;
  duplicates: number;
  refused: number;
  outbox: number;
};

export type JurorBot = {
  readonly jurorId: string;
  readonly profile: JurorProfile;
  latest(): JurorSnapshot | null;
  acked(): readonly AckRecord[];
  refused(): ReadonlyArray<{ submissionId: string; entryId: string; code: string }>;
  stats(): JurorBotStats;
  /** Nothing waiting: no timer planned and the outbox is empty. */
  idle(): boolean;
  close(): void;
};

type Pending = { input: SheetSaveInput; round: number; onAck?: () => void };

export function startJurorBot(opts: JurorBotOptions): Promise<JurorBot> {
  const log = opts.log ?? (() => undefined);
  const socket: Socket = io(`${opts.url}${namespaces.juror}`, {
    auth: { pin: opts.pin },
    transports: ['websocket'],
    forceNew: true,
    reconnection: true,
    reconnectionAttempts: 60,
    reconnectionDelay: 250,
    reconnectionDelayMax: 2000,
    timeout: 5000,
  });
  let latest: JurorSnapshot | null = null;
  let jurorId = '';
  let profile: JurorProfile = { severity: 0, spread: 0 };
  let closed = false;
  let counter = 0;
  const timers = new Set<NodeJS.Timeout>();
  const planned = new Set<string>();
  const drafted = new Set<string>();
  const outbox = new Map<string, Pending>();
  const inflight = new Set<string>();
  const acked: AckRecord[] = [];
  const refused: Array<{ submissionId: string; entryId: string; code: string }> = [];
  const stats = { submitted: 0, revisions: 0, drafts: 0, drops: 0, duplicates: 0 };

  const later = (ms: number, fn: () => void) => {
    if (closed) return;
    const t = setTimeout(() => {
      timers.delete(t);
      if (!closed) fn();
    }, ms);
    timers.add(t);
  };
  const entryView = (entryId: string) => latest?.entries.find((e) => e.entry.id === entryId);
  const codeOf = (entryId: string) => entryView(entryId)?.entry.code ?? entryId;

  function flushOne(sid: string): void {
    const p = outbox.get(sid);
    if (!p || closed || !socket.connected || inflight.has(sid)) return;
    inflight.add(sid);
    socket
      .timeout(opts.ackTimeoutMs ?? 8000)
      .emit('sheet:save', p.input, (err: Error | null, res: Result<SheetSaveReply>) => {
        inflight.delete(sid);
        if (closed) return;
        if (err) return; // lost with a drop-out or timed out: stays in the outbox, resent on connect
        outbox.delete(sid);
        if (!res.ok) {
          refused.push({ submissionId: sid, entryId: p.input.entryId, code: res.code });
          log(`${jurorId} ${codeOf(p.input.entryId)}: refused ${res.code}`);
          return;
        }
        acked.push({ jurorId, entryId: p.input.entryId, ...res.data });
        if (res.data.duplicate) {
          stats.duplicates++;
          log(
            `${jurorId} ${codeOf(p.input.entryId)}: resent after a drop-out, already stored (v${res.data.version})`,
          );
        }
        p.onAck?.();
      });
  }

  function send(
    entryId: string,
    status: 'draft' | 'submitted',
    values: SheetValues,
    round: number,
    onAck?: () => void,
  ): string {
    const stageId = latest?.stage.id ?? '';
    const sid = makeSubmissionId(`sim${opts.seed.toString(36)}${jurorId}r${round}`, ++counter);
    outbox.set(sid, {
      input: { submissionId: sid, entryId, stageId, status, values, comment: '' },
      round,
      ...(onAck ? { onAck } : {}),
    });
    flushOne(sid);
    return sid;
  }

  function dropOut(): void {
    stats.drops++;
    const ms = between(rngFor(opts.seed, 'drop', jurorId, stats.drops), opts.timing.dropMs);
    log(`${jurorId}: drops off the Wi-Fi for ${(ms / 1000).toFixed(1)} s`);
    socket.disconnect();
    later(ms, () => socket.connect());
  }

  function submit(entryId: string, drop: boolean, revise: boolean): void {
    const view = entryView(entryId);
    if (!view || view.phase !== 'scoring' || !latest) return;
    const criteria = latest.stage.criteria;
    const values = scoreSheet(criteria, opts.seed, jurorId, entryId, profile);
    stats.submitted++;
    send(entryId, 'submitted', values, 0, () => {
      if (!revise) return;
      const r = rngFor(opts.seed, 'revise-at', jurorId, entryId);
      later(between(r, opts.timing.reviseAfterMs), () => {
        if (entryView(entryId)?.phase !== 'scoring' || !latest) return;
        stats.revisions++;
        log(`${jurorId} ${codeOf(entryId)}: revises the sheet`);
        send(
          entryId,
          'submitted',
          reviseSheet(latest.stage.criteria, values, opts.seed, jurorId, entryId, 1),
          1,
        );
      });
    });
    // Pressing "send" and losing the Wi-Fi at once: the ack may never arrive.
    if (drop) dropOut();
  }

  function onSnapshot(snap: JurorSnapshot): void {
    if (latest && snap.version < latest.version) return;
    latest = snap;
    if (!jurorId) {
      jurorId = snap.juror.id;
      profile = jurorProfile(opts.seed, jurorId);
    }
    for (const e of snap.entries) {
      const id = e.entry.id;
      if (e.phase === 'presenting' && !e.mySheet && !drafted.has(id)) {
        drafted.add(id);
        const r = rngFor(opts.seed, 'plan-draft', jurorId, id);
        if (r() < opts.rates.draft)
          later(between(r, opts.timing.draftAfterMs), () => {
            if (!latest || entryView(id)?.phase !== 'presenting' || entryView(id)?.mySheet) return;
            stats.drafts++;
            send(
              id,
              'draft',
              draftSheet(latest.stage.criteria, opts.seed, jurorId, id, profile),
              0,
            );
          });
      }
      if (e.phase === 'scoring' && e.mySheet?.status !== 'submitted' && !planned.has(id)) {
        planned.add(id);
        const r = rngFor(opts.seed, 'plan-submit', jurorId, id);
        const think = between(r, opts.timing.thinkMs);
        const drop = r() < opts.rates.drop;
        const revise = r() < opts.rates.revise;
        later(think, () => submit(id, drop, revise));
      }
    }
  }

  socket.on('snapshot', onSnapshot);
  socket.on('connect', () => {
    for (const sid of outbox.keys()) flushOne(sid);
  });
  socket.on('revoked', () => {
    log(`${jurorId}: access code revoked, leaving`);
    bot.close();
  });

  const bot: JurorBot = {
    get jurorId() {
      return jurorId;
    },
    get profile() {
      return profile;
    },
    latest: () => latest,
    acked: () => acked,
    refused: () => refused,
    stats: () => ({ ...stats, refused: refused.length, outbox: outbox.size }),
    idle: () => timers.size === 0 && outbox.size === 0,
    close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      socket.close();
    },
  };

  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      bot.close();
      reject(new Error(`juror ${opts.pin.slice(0, 2)}…: ${err.message}`));
    };
    socket.once('connect_error', fail);
    socket.once('snapshot', () => {
      socket.off('connect_error', fail);
      resolve(bot);
    });
  });
}
