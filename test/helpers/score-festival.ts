// Scores a festival over real sockets, as its jurors would: every juror of each entry's
// panel (recused ones excepted) submits a sheet on the criterion scale, some revise it
// (a second submitted version), some leave a comment; entries are opened and locked by
// the organizer. Deterministic (seeded), bounded by the festival's size.
import { isRecused } from '../../shared/scoring/index.js';
import type { Result } from '../../shared/contract/errors.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { connect, expectOk, submissionId, type Client } from './server.js';

export type ScoreOptions = {
  /** Entry codes left unlocked (still "scoring"): their results are provisional. */
  leaveUnlocked?: readonly string[];
  /** Entry codes to score (default: every entry). */
  only?: readonly string[];
  seed?: number;
  /**
   * With the key, the desk's transitions go through a connection of their own (as a second
   * desk would), so the caller's organizer connection keeps its whole call budget.
   */
  organizerKey?: string;
};

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const jurorComments = [
  'Dampak sudah terasa; perlu data sebelum dan sesudah yang lebih rinci.',
  'Presentasi jelas. Rencana replikasi ke kecamatan lain belum tergambar.',
  'Kolaborasi dengan desa patut dicontoh, anggaran keberlanjutan perlu dipastikan.',
  'Inovasi sederhana namun tepat sasaran; dokumentasi SOP perlu dilengkapi.',
];

/**
 * A call that honours the server's per-connection rate limit the way a client should: a
 * RATE_LIMITED refusal changed nothing, so wait for the bucket to refill and send it again
 * (bounded; scoring a 67-entry festival from one desk connection goes past the burst).
 */
async function paced<T>(send: () => Promise<Result<T>>): Promise<Result<T>> {
  for (let attempt = 0; ; attempt++) {
    const res = await send();
    if (res.ok || res.code !== 'RATE_LIMITED' || attempt >= 200) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function scoreFestival(
  url: string,
  org: Client<'organizer'>,
  stageId: string,
  opts: ScoreOptions = {},
): Promise<void> {
  const snap: OrganizerSnapshot = org.latest() ?? (await org.waitFor(() => true));
  const stage = snap.stages.find((s) => s.id === stageId);
  if (!stage) throw new Error(`no stage ${stageId}`);
  const rnd = seeded(opts.seed ?? 17);
  const pads = new Map<string, Client<'juror'>>();
  for (const j of snap.jurors) pads.set(j.id, await connect(url, 'juror', { pin: j.pin }));
  const own = opts.organizerKey
    ? await connect(url, 'organizer', { key: opts.organizerKey })
    : null;
  const desk = own ?? org;
  try {
    for (const e of snap.entries) {
      if (opts.only && !opts.only.includes(e.code)) continue;
      expectOk(
        await paced(() =>
          desk.call('entry:transition', { entryId: e.id, stageId, action: 'open' }),
        ),
      );
      for (const j of snap.jurors.filter((x) => x.panelId === e.panelId && !isRecused(x, e))) {
        const pad = pads.get(j.id)!;
        const versions = rnd() < 0.2 ? 2 : 1;
        for (let v = 0; v < versions; v++) {
          const values: Record<string, number> = {};
          for (const c of stage.criteria) {
            const steps = (c.maxX100 - c.minX100) / c.stepX100;
            values[c.id] = c.minX100 + Math.floor(rnd() * (steps + 1)) * c.stepX100;
          }
          const sid = submissionId();
          const comment =
            rnd() < 0.5 ? (jurorComments[Math.floor(rnd() * jurorComments.length)] ?? '') : '';
          expectOk(
            await paced(() =>
              pad.call('sheet:save', {
                submissionId: sid,
                entryId: e.id,
                stageId,
                status: 'submitted',
                values,
                comment,
              }),
            ),
          );
        }
      }
      if (!opts.leaveUnlocked?.includes(e.code))
        expectOk(
          await paced(() =>
            desk.call('entry:transition', {
              entryId: e.id,
              stageId,
              action: 'lock',
              reason: 'scored by the test',
            }),
          ),
        );
    }
  } finally {
    for (const p of pads.values()) p.close();
    own?.close();
  }
}
