// The feedback sheets as one printable HTML document: one A4 page per entry (lembar umpan
// balik), Indonesian numbers with a decimal comma. Self-contained (inline CSS), so the same
// file prints from the desk, opens from an e-mail, or goes into the per-institution zip.
import { formatHundredths, formatPoints, type NumberLanguage } from '../number-format.js';
import type { FeedbackSheet } from './feedback.js';
import { esc, page } from './html.js';
import { fill, publishWords } from './strings.js';

export const feedbackCss = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: #151a24; margin: 0; font-size: 10.5pt; line-height: 1.4; }
.sheet { page-break-after: always; break-after: page; padding: 0; max-width: 182mm; margin: 0 auto; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
@media screen { body { background: #eef1f5; } .sheet { background: #fff; margin: 12px auto; padding: 14mm; box-shadow: 0 1px 4px #0002; } }
.sheet__head { border-bottom: 2px solid #0b5cad; padding-bottom: 6px; margin-bottom: 10px; }
.sheet__kicker { font-size: 9pt; color: #4a5262; text-transform: uppercase; letter-spacing: .04em; margin: 0; }
.sheet__title { font-size: 15pt; margin: 2px 0 0; }
.provisional { border: 2px solid #a4161a; color: #a4161a; font-weight: 700; padding: 4px 8px; margin: 8px 0; text-align: center; }
.facts { display: grid; grid-template-columns: 34mm 1fr; gap: 2px 8px; margin: 8px 0 10px; }
.facts dt { color: #4a5262; }
.facts dd { margin: 0; font-weight: 600; }
table { width: 100%; border-collapse: collapse; margin: 6px 0; }
th, td { border-bottom: 1px solid #d5dae2; padding: 4px 6px; text-align: left; vertical-align: top; }
th { font-size: 9pt; color: #4a5262; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.yours { font-weight: 700; }
.bar { height: 5px; background: #eef1f5; border-radius: 3px; margin-top: 3px; position: relative; }
.bar > i { position: absolute; left: 0; top: 0; bottom: 0; background: #0b5cad; border-radius: 3px; }
.note { font-size: 8.5pt; color: #4a5262; }
.comments { margin: 6px 0 0; padding-left: 18px; }
.comments li { margin: 3px 0; }
.foot { margin-top: 10px; font-size: 8pt; color: #4a5262; border-top: 1px solid #d5dae2; padding-top: 4px; }
`;

export type FeedbackDocMeta = {
  festivalName: string;
  stageName: string;
  lng: NumberLanguage;
  /** Date line for the footer, already formatted. */
  dateText: string;
};

const pct = (v: number | null, min: number, max: number) =>
  v === null || max <= min ? 0 : Math.max(0, Math.min(100, ((v - min) / (max - min)) * 100));

export function feedbackSheetHtml(s: FeedbackSheet, meta: FeedbackDocMeta): string {
  const w = publishWords[meta.lng];
  const n = (v: number | null) => (v === null ? '—' : formatHundredths(v, meta.lng));
  const place =
    s.place === null
      ? w.notScored
      : `${fill(w.placeOf, { place: s.place, count: s.rankedInCategory, category: s.categoryName })}${s.tied ? ` ${w.tied}` : ''}`;
  const rows = s.criteria
    .map(
      (c) => `<tr data-criterion="${esc(c.criterionId)}">
  <td>${esc(c.name)}<div class="bar" aria-hidden="true"><i style="width:${pct(c.entryX100, c.minX100, c.maxX100).toFixed(1)}%"></i></div></td>
  <td class="num">${esc(formatHundredths(c.weightBp, meta.lng))}%</td>
  <td class="num yours">${esc(n(c.entryX100))}</td>
  <td class="num">${esc(n(c.medianX100))}</td>
  <td class="num">${esc(n(c.bestX100))}</td>
  <td class="num">${esc(formatHundredths(c.minX100, meta.lng))}–${esc(formatHundredths(c.maxX100, meta.lng))}</td>
</tr>`,
    )
    .join('\n');
  const comments =
    s.comments.length > 0
      ? `<ul class="comments">${s.comments.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><p class="note">${esc(w.commentsNote)}</p>`
      : `<p class="note">${esc(w.noComments)}</p>`;
  return `<section class="sheet" data-entry="${esc(s.code)}">
<header class="sheet__head">
  <p class="sheet__kicker">${esc(w.feedbackTitle)} · ${esc(meta.festivalName)} · ${esc(meta.stageName)}</p>
  <h1 class="sheet__title">${esc(s.code)} — ${esc(s.title)}</h1>
</header>
${s.provisional ? `<p class="provisional">${esc(w.provisional)}</p>` : ''}
<dl class="facts">
  <dt>${esc(w.institution)}</dt><dd>${esc(s.institution)}</dd>
  <dt>${esc(w.category)}</dt><dd>${esc(s.categoryName)}</dd>
  <dt>${esc(w.place)}</dt><dd class="place">${esc(place)}</dd>
  <dt>${esc(w.finalScore)}</dt><dd class="score">${esc(s.scoreMicro === null ? '—' : formatPoints(s.scoreMicro, meta.lng))}</dd>
  <dt>${esc(w.sheets)}</dt><dd>${s.sheetCount}</dd>
</dl>
<table>
<thead><tr><th>${esc(w.criterion)}</th><th class="num">${esc(w.weight)}</th><th class="num">${esc(w.yours)}</th><th class="num">${esc(w.median)}</th><th class="num">${esc(w.best)}</th><th class="num">${esc(w.scale)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="note">${esc(w.perCriterionNote)}</p>
<h2 style="font-size:11.5pt;margin:12px 0 2px">${esc(w.comments)}</h2>
${comments}
<p class="foot">${esc(meta.festivalName)} · ${esc(meta.dateText)} · ${esc(w.madeBy)}</p>
</section>`;
}

/** Every given sheet in one document, one entry per A4 page. */
export function feedbackDocument(sheets: readonly FeedbackSheet[], meta: FeedbackDocMeta): string {
  const w = publishWords[meta.lng];
  return page({
    lang: meta.lng,
    title: `${w.feedbackTitle} — ${meta.festivalName}`,
    css: feedbackCss,
    body: sheets.map((s) => feedbackSheetHtml(s, meta)).join('\n'),
  });
}
