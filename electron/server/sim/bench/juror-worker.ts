// A benchmark worker holding several juror connections (forked by bench.ts). Open loop: the
// k-th submission of this worker is due at startAt + k / rate, whatever the server does, as
// jurors in a hall do not wait for each other. Per submission it measures, on the shared
// clock, the send, the acknowledgement, and the version of the juror's own snapshot that
// first carries the stored sheet (screens are pushed that same version in the same turn).
// In floor mode the same schedule goes to a bare socket.io server instead ('ping' or 'commit').
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../../../shared/contract/errors.js';
import { namespaces } from '../../../../shared/contract/events.js';
import type { SheetSaveInput } from '../../../../shared/contract/schemas.js';
import type { JurorSnapshot, SheetSaveReply } from '../../../../shared/contract/views.js';
import type { Criterion } from '../../../../shared/model.js';
import { jurorProfile, makeSubmissionId, scoreSheet } from '../scoring-model.js';
import { workerGuard } from './proc.js';
import { sharedNow } from './stats.js';

export type JurorStart =
  | {
      kind: 'start';
      mode: 'venue';
      url: string;
      jurors: Array<{ pin: string; entries: string[] }>;
      stageId: string;
      criteria: Criterion[];
      seed: number;
    }
  | {
      kind: 'start';
      mode: 'floor';
      url: string;
      sockets: number;
      criteria: Criterion[];
      seed: number;
    };
export type JurorGo = {
  kind: 'go';
  startAt: number;
  intervalMs: number;
  count: number;
  event?: 'ping' | 'commit' | 'fanout';
  /** fanout: the k-th send carries version versionBase + k * stride, a payload of `bytes`. */
  fanout?: { versionBase: number; stride: number; bytes: number };
};
export type Sample = {
  k: number;
  due: number;
  sent: number;
  acked: number;
  version: number | null;
  code: string | null;
};
export type JurorResults = { kind: 'results'; samples: Sample[] };

type Pad = {
  socket: Socket;
  jurorId: string;
  entries: string[];
  latest: number;
  waiting: Map<string, (v: number) => void>;
};
const pads: Pad[] = [];
let start: JurorStart | null = null;
/** Runs so far: submission ids stay unique when a schedule runs again (the standby's lines). */
let runs = 0;

workerGuard(15 * 60_000, () => pads.forEach((p) => p.socket.close()));

function connectPad(url: string, pin: string | null, entries: string[]): Promise<Pad> {
  const socket =
    pin === null
      ? io(url, { transports: ['websocket'], forceNew: true, reconnection: false })
      : io(`${url}${namespaces.juror}`, {
          auth: { pin },
          transports: ['websocket'],
          forceNew: true,
          reconnection: false,
        });
  const pad: Pad = { socket, jurorId: '', entries, latest: 0, waiting: new Map() };
  socket.on('snapshot', (snap: JurorSnapshot) => {
    if (snap.version < pad.latest) return;
    pad.latest = snap.version;
    pad.jurorId = snap.juror.id;
    if (pad.waiting.size === 0) return;
    for (const e of snap.entries) {
      const sid = e.mySheet?.submissionId;
      const w = sid ? pad.waiting.get(sid) : undefined;
      if (sid && w) {
        pad.waiting.delete(sid);
        w(snap.version);
      }
    }
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (err: Error) => reject(err));
    if (pin === null) socket.once('connect', () => resolve(pad));
    else socket.once('snapshot', () => resolve(pad));
  });
}

function fire(go: JurorGo, k: number, due: number, samples: Sample[], done: () => void): void {
  if (!start) return;
  const pad = pads[k % pads.length];
  if (!pad) return;
  const round = Math.floor(k / pads.length);
  const sample: Sample = { k, due, sent: 0, acked: 0, version: null, code: null };
  const finish = () => {
    samples.push(sample);
    done();
  };
  if (start.mode === 'floor') {
    const fan = go.fanout;
    if (fan) sample.version = fan.versionBase + k * fan.stride;
    const payload = fan
      ? { version: sample.version, bytes: fan.bytes }
      : {
          submissionId: makeSubmissionId('floor', k),
          values: scoreSheet(start.criteria, start.seed, 'floor', String(k), {
            severity: 0,
            spread: 0.1,
          }),
        };
    sample.sent = sharedNow();
    pad.socket.timeout(10_000).emit(go.event ?? 'ping', payload, (err: Error | null) => {
      sample.acked = sharedNow();
      if (err) sample.code = 'TIMEOUT';
      finish();
    });
    return;
  }
  const entryId = pad.entries[round % pad.entries.length] ?? '';
  const sid = makeSubmissionId(`b${process.pid.toString(36)}r${runs}x${pad.jurorId}`, k);
  const input: SheetSaveInput = {
    submissionId: sid,
    entryId,
    stageId: start.stageId,
    status: 'submitted',
    comment: '',
    values: scoreSheet(
      start.criteria,
      start.seed,
      pad.jurorId,
      entryId,
      jurorProfile(start.seed, pad.jurorId),
      Math.floor(round / pad.entries.length),
    ),
  };
  // The juror's own snapshot carrying this sheet tells the version screens must reach.
  const versionSeen = new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      pad.waiting.delete(sid);
      resolve(null);
    }, 15_000);
    pad.waiting.set(sid, (v) => {
      clearTimeout(timer);
      resolve(v);
    });
  });
  sample.sent = sharedNow();
  pad.socket
    .timeout(10_000)
    .emit('sheet:save', input, (err: Error | null, res: Result<SheetSaveReply>) => {
      sample.acked = sharedNow();
      if (err || !res.ok) {
        sample.code = err ? 'TIMEOUT' : res.ok ? null : res.code;
        pad.waiting.delete(sid);
        finish();
        return;
      }
      void versionSeen.then((v) => {
        sample.version = v;
        if (v === null) sample.code = 'NO_SNAPSHOT';
        finish();
      });
    });
}

process.on('message', (m: JurorStart | JurorGo) => {
  if (m.kind === 'start') {
    start = m;
    const s = m;
    void (async () => {
      try {
        if (s.mode === 'venue')
          for (const j of s.jurors) pads.push(await connectPad(s.url, j.pin, j.entries));
        else for (let i = 0; i < s.sockets; i++) pads.push(await connectPad(s.url, null, []));
        process.send?.({ kind: 'ready' });
      } catch (err) {
        process.send?.({ kind: 'failed', message: (err as Error).message });
      }
    })();
    return;
  }
  if (m.kind !== 'go') return;
  runs++;
  const samples: Sample[] = [];
  let finished = 0;
  const done = () => {
    if (++finished === m.count) process.send?.({ kind: 'results', samples } satisfies JurorResults);
  };
  let k = 0;
  const tick = () => {
    const now = sharedNow();
    while (k < m.count && m.startAt + k * m.intervalMs <= now) {
      fire(m, k, m.startAt + k * m.intervalMs, samples, done);
      k++;
    }
    if (k < m.count) setTimeout(tick, Math.max(0, m.startAt + k * m.intervalMs - sharedNow()));
  };
  if (m.count === 0) process.send?.({ kind: 'results', samples } satisfies JurorResults);
  else setTimeout(tick, Math.max(0, m.startAt - sharedNow()));
});
