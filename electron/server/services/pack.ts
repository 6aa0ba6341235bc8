// The festival pack: export this festival's structure and words (no people, no scores)
// with a note of where it came from; import one into an empty data folder as a new
// festival with its own name and dates. The import is checked whole (pack schema, logos by
// their bytes, then the setup schema) before anything is written.
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import {
  PACK_FORMAT,
  festivalPackSchema,
  type FestivalPack,
} from '../../../shared/contract/pack-schemas.js';
import { issuesToDetails } from '../../../shared/contract/schemas.js';
import { listLogos, maxLogoBytes, readLogo, sniff } from './logos.js';
import { importSetup } from './setup.js';
import type { Venue } from './venue.js';

type In<K extends keyof typeof organizerCalls> = ParsedOf<(typeof organizerCalls)[K]>;

export function exportPack(venue: Venue, input: In<'pack:export'>): FestivalPack {
  const s = venue.requireSetup();
  const logos = listLogos(venue.db).flatMap((l) => {
    const img = readLogo(venue.db, l.slot);
    return img ? [{ slot: l.slot, base64: Buffer.from(img.bytes).toString('base64') }] : [];
  });
  return {
    format: PACK_FORMAT,
    version: 1,
    origin: {
      festival: s.festival.name,
      organizer: s.festival.organizerName,
      venue: s.festival.venue,
      startDate: s.festival.startDate,
      endDate: s.festival.endDate,
      exportedAt: new Date(venue.now()).toISOString(),
      note: input.note,
    },
    texts: { theme: s.festival.theme, screenMessage: venue.repos.live.release().message },
    stages: s.stages.map(({ rubricFrozen: _f, ...stage }) => stage),
    categories: s.categories,
    panels: s.panels,
    logos,
  };
}

export function importPack(
  venue: Venue,
  actor: string,
  input: In<'pack:import'>,
): { stages: number; categories: number; panels: number; logos: number } {
  const parsed = festivalPackSchema.safeParse(input.pack);
  if (!parsed.success) throw new DomainError('INVALID_SETUP', issuesToDetails(parsed.error));
  const pack = parsed.data;
  if (venue.setup())
    throw new DomainError('INVALID_SETUP', [
      'a festival exists here: open a festival pack in an empty data folder (a new festival)',
    ]);
  const logos = pack.logos.map((l) => {
    const bytes = Buffer.from(l.base64, 'base64');
    const mime = sniff(bytes);
    if (!mime || bytes.length === 0 || bytes.length > maxLogoBytes)
      throw new DomainError('INVALID_SETUP', [`logos: slot ${l.slot} is not a PNG, JPEG or WebP`]);
    return { slot: l.slot, mime, bytes };
  });
  importSetup(
    venue,
    actor,
    {
      festival: { ...input.festival, theme: input.festival.theme || pack.texts.theme },
      stages: pack.stages,
      categories: pack.categories,
      panels: pack.panels,
      entries: [],
      jurors: [],
    },
    false,
  );
  venue.commit([{ kind: 'screens' }], () => {
    const insert = venue.db.prepare('INSERT OR REPLACE INTO asset VALUES (?, ?, ?, ?)');
    for (const l of logos) insert.run(`logo-${l.slot}`, l.mime, l.bytes, venue.now());
    venue.repos.live.saveRelease({
      ...venue.repos.live.release(),
      message: pack.texts.screenMessage,
    });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'pack.import',
      target: 'festival',
      new: { origin: pack.origin, stages: pack.stages.length, categories: pack.categories.length },
    });
  });
  return {
    stages: pack.stages.length,
    categories: pack.categories.length,
    panels: pack.panels.length,
    logos: logos.length,
  };
}
