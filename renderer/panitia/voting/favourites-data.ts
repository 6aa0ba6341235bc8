// People's choice in the results, as data: whether it is in use, and the XLSX sheet's
// rows (every group, every entry ranked by counted votes). Pure: the pages and the
// workbook share it.
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';

/** True once people's choice is in use: tickets made, a vote stored, or a group opened. */
export function hasFavourites(snap: OrganizerSnapshot): boolean {
  const v = snap.voting;
  return v.ticketsIssued > 0 || v.groups.some((g) => g.open || g.turnout + g.voidedVotes > 0);
}

type T = (key: string) => string;

/** The "Favorit Penonton" sheet: a header and one row per entry per group. */
export function favouriteSheet(
  snap: OrganizerSnapshot,
  t: T,
): { header: string[]; rows: Array<Array<string | number>> } {
  const entries = new Map(snap.entries.map((e) => [e.id, e]));
  const header = [
    t('fav.xlsxGroup'),
    t('fav.rank'),
    t('paper.xlsx.code'),
    t('paper.xlsx.entry'),
    t('paper.xlsx.institution'),
    t('fav.votes'),
    t('fav.xlsxStatus'),
  ];
  const rows = snap.voting.groups.flatMap((g) =>
    g.tally.map((r) => {
      const e = entries.get(r.entryId);
      return [
        g.categoryId === null ? t('vot.festival') : g.name,
        r.rank,
        e?.code ?? r.entryId,
        e?.title ?? '',
        e?.institution ?? '',
        r.votes,
        [
          r.rank === 1 && r.votes > 0 ? t('fav.winner') : '',
          g.open ? t('fav.open') : t('vot.closed'),
        ]
          .filter(Boolean)
          .join(' · '),
      ];
    }),
  );
  return { header, rows };
}
