// The results workbook, built in the page with exceljs (loaded only when asked: it is
// large). Why in the page and not on the server: the desk already holds the standings in
// its snapshot and gets the raw sheets over its own socket (sheets:list), so no second
// authenticated HTTP route is needed, and the Electron window saves it with the native
// dialog. Sheets: raw scores per juror and criterion, a recap per category (juror totals
// side by side), and the standings. Every score is a real numeric cell (0.00 format).
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { StageSheetRow } from '../../../shared/contract/desk-views.js';
import type { Id, Stage } from '../../../shared/model.js';
import { sheetTotalMicro } from '../../../shared/scoring/index.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { formatHundredths, type NumberLanguage } from '../../../shared/number-format.js';
import { favouriteSheet, hasFavourites } from '../voting/favourites-data.js';

type T = (key: string) => string;
type Cell = string | number | null;

/** Micro-points as a number with 2 decimals, rounded half away from zero (display value). */
export const points = (micro: number | null | undefined): number | null =>
  micro === null || micro === undefined
    ? null
    : (Math.sign(micro) * Math.round(Math.abs(micro) / 10_000)) / 100;

const sheetName = (name: string, used: Set<string>): string => {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Sheet';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 26)} ${i}`;
  used.add(n.toLowerCase());
  return n;
};

export async function buildWorkbook(
  snap: OrganizerSnapshot,
  sheetsByStage: Record<Id, StageSheetRow[]>,
  t: T,
  lng: NumberLanguage,
  /** Every result row says whether it is final: "locked" or "provisional" (translated). */
  status: (stageId: Id, entryId: Id) => string,
): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Panggung';
  wb.created = new Date(snap.serverNow);
  const used = new Set<string>();
  const entries = new Map(snap.entries.map((e) => [e.id, e]));
  const jurors = new Map(snap.jurors.map((j) => [j.id, j]));
  const categories = new Map(snap.categories.map((c) => [c.id, c]));
  const panels = new Map(snap.panels.map((p) => [p.id, p]));
  const multi = snap.stages.length > 1;

  const add = (name: string, header: string[], rows: Cell[][], scoreCols: number[]) => {
    const ws = wb.addWorksheet(sheetName(name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.min(
        48,
        Math.max(8, h.length + 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2)),
      );
      if (scoreCols.includes(i)) col.numFmt = '0.00';
    });
  };

  for (const stage of snap.stages) {
    const prefix = multi ? `${stage.name} - ` : '';
    addRaw(stage, sheetsByStage[stage.id] ?? [], prefix);
    const standings = snap.standings[stage.id];
    if (!standings) continue;
    for (const c of snap.categories)
      addRecap(
        stage,
        standings.byCategory[c.id] ?? [],
        `${prefix}${t('paper.xlsx.recap')} ${c.name}`,
      );
    addStandings(stage, standings.overall, `${prefix}${t('paper.xlsx.standings')}`);
  }
  // People's choice: a sheet of its own, never columns in the jury's standings.
  if (hasFavourites(snap)) {
    const fav = favouriteSheet(snap, t);
    add(t('fav.xlsxSheet'), fav.header, fav.rows, []);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());

  function addRaw(stage: Stage, sheets: StageSheetRow[], prefix: string) {
    const sorted = [...sheets].sort((a, b) => {
      const ea = entries.get(a.entryId);
      const eb = entries.get(b.entryId);
      return (
        (ea?.panelId ?? '').localeCompare(eb?.panelId ?? '') ||
        (ea?.order ?? 0) - (eb?.order ?? 0) ||
        (jurors.get(a.jurorId)?.name ?? '').localeCompare(jurors.get(b.jurorId)?.name ?? '')
      );
    });
    const header = [
      t('paper.xlsx.panel'),
      t('paper.xlsx.code'),
      t('paper.xlsx.entry'),
      t('paper.xlsx.category'),
      t('paper.xlsx.juror'),
      t('paper.xlsx.status'),
      t('paper.xlsx.version'),
      t('paper.xlsx.counted'),
      t('paper.xlsx.submissionId'),
      ...stage.criteria.map((c) => `${c.name} (${formatHundredths(c.weightBp, lng)}%)`),
      t('paper.xlsx.total'),
      t('paper.xlsx.comment'),
    ];
    const first = 9;
    const rows = sorted.map((s): Cell[] => {
      const e = entries.get(s.entryId);
      const total = sheetTotalMicro(stage.criteria, s.values);
      return [
        panels.get(e?.panelId ?? '')?.name ?? '',
        e?.code ?? s.entryId,
        e?.title ?? '',
        categories.get(e?.categoryId ?? '')?.name ?? '',
        jurors.get(s.jurorId)?.name ?? s.jurorId,
        t(`aud.sheet.${s.status}`),
        s.version,
        // A pending edit (a draft after the counted sheet) is listed, never counted.
        s.counted ? t('paper.xlsx.countedYes') : t('paper.xlsx.countedNo'),
        s.submissionId,
        ...stage.criteria.map((c) => {
          const v = s.values[c.id];
          return v === null || v === undefined ? null : v / 100;
        }),
        points(total),
        s.comment,
      ];
    });
    add(`${prefix}${t('paper.xlsx.raw')}`, header, rows, [first + stage.criteria.length]);
  }

  function addRecap(stage: Stage, rows: RankedRow[], name: string) {
    const ids = [...new Set(rows.flatMap((r) => r.jurorTotals.map((j) => j.jurorId)))].sort(
      (a, b) => (jurors.get(a)?.name ?? a).localeCompare(jurors.get(b)?.name ?? b),
    );
    const header = [
      t('paper.xlsx.rank'),
      t('paper.xlsx.code'),
      t('paper.xlsx.entry'),
      t('paper.xlsx.institution'),
      ...ids.map((id) => jurors.get(id)?.name ?? id),
      t('paper.xlsx.rawScore'),
      t('paper.xlsx.adjusted'),
      t('paper.xlsx.score'),
      t('paper.xlsx.status'),
    ];
    const data = rows.map((r): Cell[] => {
      const e = entries.get(r.entryId);
      const by = new Map(r.jurorTotals.map((j) => [j.jurorId, j.totalMicro]));
      return [
        r.rank,
        e?.code ?? '',
        e?.title ?? '',
        e?.institution ?? '',
        ...ids.map((id) => points(by.get(id))),
        points(r.rawMicro),
        points(r.adjustedMicro),
        points(r.scoreMicro),
        status(stage.id, r.entryId),
      ];
    });
    const scoreCols = header.map((_, i) => i).filter((i) => i >= 4 && i < header.length - 1);
    add(name, header, data, scoreCols);
  }

  function addStandings(stage: Stage, rows: RankedRow[], name: string) {
    const header = [
      t('paper.xlsx.rank'),
      t('paper.xlsx.tied'),
      t('paper.xlsx.code'),
      t('paper.xlsx.entry'),
      t('paper.xlsx.institution'),
      t('paper.xlsx.category'),
      t('paper.xlsx.rawScore'),
      t('paper.xlsx.adjusted'),
      t('paper.xlsx.score'),
      t('paper.xlsx.sheets'),
      t('paper.xlsx.spread'),
      t('paper.xlsx.notes'),
      t('paper.xlsx.status'),
    ];
    const data = rows.map((r): Cell[] => {
      const e = entries.get(r.entryId);
      const notes = [
        r.disagreement ? t('res.disagreement') : '',
        r.decidedBy ? `${t('paper.xlsx.decidedBy')}: ${r.decidedBy}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return [
        r.rank,
        r.tied ? t('res.tied') : '',
        e?.code ?? '',
        e?.title ?? '',
        e?.institution ?? '',
        categories.get(r.categoryId)?.name ?? '',
        points(r.rawMicro),
        points(r.adjustedMicro),
        points(r.scoreMicro),
        r.sheetCount,
        points(r.spreadMicro),
        notes,
        status(stage.id, r.entryId),
      ];
    });
    const s = 6;
    add(name, header, data, [s, s + 1, s + 2, s + 4]);
  }
}
