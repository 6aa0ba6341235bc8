// The bench's people's-choice line: P phones (voter bots, real socket.io clients on /voter)
// each vote once in each of C open categories at random moments of a W-second window, while
// the festival's screens stay connected and the display shows turnout. Measured: the whole
// vote done within 60 s, vote -> ack per vote, and vote -> the turnout on a probe screen
// (the tally's push to screens: the k-th acknowledged vote against the first screen view
// whose turnout reached k). Every wait is bounded.
import { io } from 'socket.io-client';
import { namespaces } from '../../../../shared/contract/events.js';
import { applyScreenPatch, type ScreenPatch } from '../../../../shared/contract/screen-patch.js';
import type { ScreenWire } from '../../../../shared/contract/screen-wire.js';
import type { OrganizerLink } from '../organizer-bot.js';
import { rngFor } from '../scoring-model.js';
import { createVoterBot, type VoterBot } from '../voter-bot.js';
import { pause } from './proc.js';
import { ms, percentile, verdict, type Row } from './stats.js';

export type VotingBenchOptions = {
  url: string;
  org: OrganizerLink;
  phones: number;
  categories: number;
  windowSeconds: number;
  /** The sheets' socket.io + durable commit floor p99, for the ack target. */
  floorP99: number;
  say: (line: string) => void;
};

const allDoneWithinS = 60;
/** A turnout counter on a projector: a person notices a second, not 250 ms. */
const pushTargetMs = 250;

export async function votingBench(o: VotingBenchOptions): Promise<Row[]> {
  for (let made = 0; made < o.phones; made += 5000)
    await o.org.call('tickets:make', { count: Math.min(5000, o.phones - made) });
  const tickets = (await o.org.call('tickets:list', {})).tickets.map((t) => t.code);
  const snap = o.org.latest();
  const groups = snap.categories.slice(0, o.categories).map((c) => ({
    categoryId: c.id,
    entries: snap.entries.filter((e) => e.categoryId === c.id).map((e) => e.id),
  }));
  await o.org.call('voting:settings', { display: 'turnout' });
  for (const g of groups) await o.org.call('voting:open', { categoryId: g.categoryId, open: true });

  // The probe screen follows snapshots and patches and notes when turnout grew.
  const ids = new Set(groups.map((g) => g.categoryId));
  const seen: Array<{ at: number; turnout: number }> = [];
  let held: ScreenWire | null = null;
  const note = (wire: ScreenWire) => {
    held = wire;
    const turnout = (wire.voting?.groups ?? [])
      .filter((g) => ids.has(g.categoryId ?? ''))
      .reduce((n, g) => n + g.turnout, 0);
    if (turnout > (seen.at(-1)?.turnout ?? -1)) seen.push({ at: performance.now(), turnout });
  };
  const probe = io(`${o.url}${namespaces.screen}`, {
    auth: { name: 'bench-voting' },
    transports: ['websocket'],
    forceNew: true,
  });
  probe.on('snapshot', note);
  probe.on('patch', (patch: ScreenPatch) => {
    const got = applyScreenPatch(held, patch);
    if (got.kind === 'applied') note(got.wire);
    else if (got.kind === 'gap')
      probe.emit('snapshot:get', {}, (res: { ok: boolean; data?: ScreenWire }) => {
        if (res.ok && res.data) note(res.data);
      });
  });

  const bots: VoterBot[] = tickets
    .slice(0, o.phones)
    .map(() => createVoterBot({ url: o.url, ackTimeoutMs: 10_000, maxAttempts: 10 }));
  for (let i = 0; i < 600 && bots.some((b) => !b.socket.connected); i++) await pause(100);
  const connected = bots.filter((b) => b.socket.connected).length;
  o.say(`voting: ${connected} phones connected; ${groups.length} categories open`);

  const r = rngFor('bench-voting');
  const acks: Array<{ at: number; ms: number }> = [];
  let refused = 0;
  let unanswered = 0;
  const started = performance.now();
  await Promise.all(
    bots.flatMap((bot, i) =>
      groups.map(async (g, j) => {
        await pause(r() * o.windowSeconds * 1000);
        const entryId = g.entries[Math.floor(r() * g.entries.length)]!;
        try {
          const out = await bot.vote({
            voteId: `bench${i.toString(36)}x${j}`.padEnd(8, '0'),
            ticket: tickets[i]!,
            categoryId: g.categoryId,
            entryId,
          });
          if (out.ok) acks.push({ at: performance.now(), ms: out.ms });
          else refused++;
        } catch {
          unanswered++; // reported in the row: the vote got no answer at all
        }
      }),
    ),
  );
  const wallS = (performance.now() - started) / 1000;
  // Wait (bounded) for the probe to show every counted vote.
  for (let i = 0; i < 100 && (seen.at(-1)?.turnout ?? 0) < acks.length; i++) await pause(100);
  const ackTimes = acks.map((a) => a.at).sort((a, b) => a - b);
  const push = ackTimes.flatMap((at, k) => {
    const shown = seen.find((s) => s.turnout >= k + 1);
    return shown ? [Math.max(0, shown.at - at)] : [];
  });
  for (const b of bots) b.close();
  probe.close();

  const ack = acks.map((a) => a.ms);
  const ackP99 = percentile(ack, 99);
  const votes = bots.length * groups.length;
  return [
    {
      metric: `Voting: ${bots.length} phones x ${groups.length} categories (${votes} votes over ${o.windowSeconds} s), all acknowledged`,
      target: `<= ${allDoneWithinS} s`,
      figure: `${wallS.toFixed(1)} s (${acks.length} acknowledged, ${refused} refused, ${unanswered} unanswered)`,
      verdict: verdict(wallS <= allDoneWithinS && acks.length === votes),
    },
    {
      metric: 'Vote -> ack p50 / p99',
      target: `<= 2x floor p99 (${ms(2 * o.floorP99)})`,
      figure: `${ms(percentile(ack, 50))} / ${ms(ackP99)}`,
      verdict: verdict(ackP99 <= 2 * o.floorP99),
    },
    {
      metric: `Vote -> turnout on a screen p50 / p99 (${push.length} of ${acks.length} seen)`,
      target: `<= ${pushTargetMs} ms (p99)`,
      figure: `${ms(percentile(push, 50))} / ${ms(percentile(push, 99))}`,
      verdict: verdict(push.length === acks.length && percentile(push, 99) <= pushTargetMs),
    },
  ];
}
