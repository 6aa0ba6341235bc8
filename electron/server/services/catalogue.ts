// Katalog Inovasi: one call builds the whole catalogue folder as a zip (index with search
// and filters, one page per innovation, the A4 print version, style, script and logos).
// What goes in is chosen here, from released things only: entry details, the award
// (place within the category up to `places`), comments the organizer approved and that
// are still current. Never a juror's name, score, PIN or token. A stage with entries not
// yet locked needs a written reason, and every page then says SEMENTARA / PROVISIONAL.
import JSZip from 'jszip';
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import type { CatalogueMade } from '../../../shared/contract/desk-views.js';
import { catalogueJs } from '../../../shared/publish/catalogue-assets.js';
import {
  catalogueFiles,
  cataloguePrint,
  entryFiles,
  type CatalogueData,
  type CatalogueEntry,
} from '../../../shared/publish/catalogue-html.js';
import { slug } from '../../../shared/publish/html.js';
import { isSettled } from '../../../shared/scoring/state.js';
import { emptyDetails } from '../db/entry-detail-repo.js';
import { listLogos, readLogo } from './logos.js';
import { dateText, publishedComments, stageOf } from './publish.js';
import type { Venue } from './venue.js';

type In = ParsedOf<(typeof organizerCalls)['catalogue:build']>;

const extOf: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

function catalogueData(
  venue: Venue,
  input: In,
): { data: CatalogueData; logos: Map<string, Buffer> } {
  const setup = venue.requireSetup();
  const stage = stageOf(venue, input.stageId);
  const standings = venue.standings(stage.id);
  if (!standings) throw new DomainError('NOT_FOUND', [`stage ${stage.id}`]);
  const unlocked = setup.entries.filter((e) => !isSettled(venue.phase(stage.id, e.id)));
  if (unlocked.length > 0 && !input.provisionalReason)
    throw new DomainError('REASON_REQUIRED', [
      `${unlocked.length} entries of ${stage.name} are not locked (${unlocked
        .slice(0, 5)
        .map((e) => e.code)
        .join(
          ', ',
        )}${unlocked.length > 5 ? ', ...' : ''}): lock them, or give a reason to publish a provisional catalogue`,
    ]);
  const details = venue.repos.details.all();
  const comments = publishedComments(venue, stage);
  const categories = [...setup.categories].sort((a, b) => a.order - b.order);
  const catIndex = new Map(categories.map((c, i) => [c.id, i]));
  const rank = new Map<string, { rank: number | null; tied: boolean }>();
  for (const rows of Object.values(standings.byCategory))
    for (const r of rows) rank.set(r.entryId, { rank: r.rank, tied: r.tied });
  const sorted = [...setup.entries].sort(
    (a, b) =>
      (catIndex.get(a.categoryId) ?? 0) - (catIndex.get(b.categoryId) ?? 0) ||
      a.code.localeCompare(b.code, 'id', { numeric: true }),
  );
  const files = entryFiles(sorted);
  const entries = sorted.map((e, i): CatalogueEntry => {
    const r = rank.get(e.id);
    const place = r?.rank ?? null;
    return {
      code: e.code,
      title: e.title,
      institution: e.institution,
      categoryId: e.categoryId,
      categoryName: categories.find((c) => c.id === e.categoryId)?.name ?? '',
      award: place !== null && place <= input.places ? place : null,
      tied: r?.tied ?? false,
      details: details.get(e.id) ?? emptyDetails(),
      comments: [...(comments.get(e.id) ?? [])].sort((a, b) => a.localeCompare(b, 'id')),
      file: files[i] ?? `inovasi/${i}.html`,
    };
  });
  const logos = new Map<string, Buffer>();
  const logoRefs: Array<{ file: string; dataUri: string }> = [];
  for (const l of listLogos(venue.db)) {
    const img = readLogo(venue.db, l.slot);
    if (!img) continue;
    const file = `logo-${l.slot}.${extOf[img.mime] ?? 'png'}`;
    logos.set(file, img.bytes);
    logoRefs.push({ file, dataUri: `data:${img.mime};base64,${img.bytes.toString('base64')}` });
  }
  const { id: _id, ...festival } = setup.festival;
  return {
    data: {
      festival,
      stageName: stage.name,
      categories: categories.map((c) => ({ id: c.id, name: c.name })),
      places: input.places,
      entries,
      provisional: unlocked.length > 0,
      lng: input.lng,
      dateText: dateText(venue.now(), input.lng),
      logos: logoRefs,
    },
    logos,
  };
}

export async function buildCatalogue(
  venue: Venue,
  actor: string,
  input: In,
): Promise<CatalogueMade> {
  const { data, logos } = catalogueData(venue, input);
  const folder = `katalog-inovasi-${slug(data.festival.name, 'festival')}`;
  const zip = new JSZip();
  for (const [path, text] of catalogueFiles(data, catalogueJs)) zip.file(`${folder}/${path}`, text);
  for (const [file, bytes] of logos) zip.file(`${folder}/aset/${file}`, bytes);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  venue.commit([], () =>
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'catalogue.build',
      target: input.stageId,
      new: { entries: data.entries.length, places: input.places, provisional: data.provisional },
      reason: data.provisional ? (input.provisionalReason ?? null) : null,
    }),
  );
  return {
    fileName: `${folder}.zip`,
    base64: Buffer.from(bytes).toString('base64'),
    files: zip.file(/.*/).length,
    entries: data.entries.length,
    provisional: data.provisional,
  };
}

/** The A4 print version alone, for printing from the desk. */
export function printCatalogue(venue: Venue, input: In): { html: string; provisional: boolean } {
  const { data } = catalogueData(venue, input);
  return { html: cataloguePrint(data), provisional: data.provisional };
}
