// Katalog Inovasi: the festival's innovations as static files that work offline (an index
// with search and filters by category and award, one page per innovation, a printable A4
// version). Built only from what the organizer releases: entry details, the award (place
// within the category up to `places`), approved comments. No juror appears in any form,
// and no score either: the catalogue shows what was done and what won, not the marks.
import type { EntryDetails, Festival } from '../model.js';
import type { NumberLanguage } from '../number-format.js';
import { catalogueCss } from './catalogue-assets.js';
import { esc, page, safeHref, slug } from './html.js';
import { fill, publishWords, type PublishWords } from './strings.js';

export type CatalogueEntry = {
  code: string;
  title: string;
  institution: string;
  categoryId: string;
  categoryName: string;
  /** Place within the category when it earns an award (<= places), else null. */
  award: number | null;
  tied: boolean;
  details: EntryDetails;
  comments: readonly string[];
  /** Its page inside the catalogue folder (inovasi/<slug>.html), unique: see entryFiles. */
  file: string;
};

export type CatalogueData = {
  festival: Omit<Festival, 'id'>;
  stageName: string;
  categories: ReadonlyArray<{ id: string; name: string }>;
  places: number;
  entries: readonly CatalogueEntry[];
  provisional: boolean;
  lng: NumberLanguage;
  dateText: string;
  /** Logo files in aset/ (name) and as data URIs (for the single-file print version). */
  logos: ReadonlyArray<{ file: string; dataUri: string }>;
};

/** The catalogue's files: path inside the catalogue folder -> text. Logos are added by the caller. */
export type CatalogueFiles = Map<string, string>;

/** One page name per entry, in order: inovasi/<code-title>.html, numbered on a clash. */
export function entryFiles(entries: ReadonlyArray<{ code: string; title: string }>): string[] {
  const used = new Set<string>();
  return entries.map((e) => {
    const base = `inovasi/${slug(`${e.code} ${e.title}`, 'inovasi')}`;
    let name = `${base}.html`;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}.html`;
    used.add(name);
    return name;
  });
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

const awardText = (w: PublishWords, e: CatalogueEntry) =>
  e.award === null ? '' : `${fill(w.award, { place: e.award })}${e.tied ? ` ${w.tied}` : ''}`;

function header(d: CatalogueData, root: string, logos: 'file' | 'data'): string {
  const w = publishWords[d.lng];
  const f = d.festival;
  const imgs = d.logos
    .map((l) => `<img src="${esc(logos === 'file' ? `${root}aset/${l.file}` : l.dataUri)}" alt="">`)
    .join('');
  const dates = f.startDate === f.endDate ? f.startDate : `${f.startDate} – ${f.endDate}`;
  return `<header class="top"><div class="wrap">
${imgs ? `<div class="logos">${imgs}</div>` : ''}
<p class="kicker">${esc(w.catalogueTitle)}</p>
<h1><a href="${root}index.html">${esc(f.name)}</a></h1>
${f.theme ? `<p>${esc(f.theme)}</p>` : ''}
<p>${esc([f.venue, dates, f.organizerName].filter(Boolean).join(' · '))}</p>
</div></header>
${d.provisional ? `<div class="wrap"><p class="provisional">${esc(w.provisional)}</p></div>` : ''}`;
}

const footer = (d: CatalogueData) =>
  `<footer class="wrap foot">${esc(d.festival.name)} · ${esc(d.stageName)} · ${esc(fill(publishWords[d.lng].generated, { date: d.dateText }))} · ${esc(publishWords[d.lng].madeBy)}</footer>`;

function card(d: CatalogueData, e: CatalogueEntry): string {
  const w = publishWords[d.lng];
  const search = norm(
    [e.code, e.title, e.institution, e.categoryName, e.details.summary, e.details.problem].join(
      ' ',
    ),
  );
  const award = awardText(w, e);
  return `<li class="card" data-card data-category="${esc(e.categoryId)}" data-award="${e.award === null ? 'none' : `juara-${e.award}`}" data-search="${esc(search)}">
<p class="meta"><span class="code">${esc(e.code)}</span> · ${esc(e.categoryName)}</p>
<h2><a href="${esc(e.file)}">${esc(e.title)}</a></h2>
<p class="meta">${esc(e.institution)}</p>
${award ? `<p><span class="badge badge--award">${esc(award)}</span></p>` : ''}
${e.details.summary ? `<p class="excerpt">${esc(e.details.summary)}</p>` : ''}
</li>`;
}

export function catalogueIndex(d: CatalogueData): string {
  const w = publishWords[d.lng];
  const awards = Array.from({ length: d.places }, (_, i) => i + 1).filter((p) =>
    d.entries.some((e) => e.award === p),
  );
  const body = `${header(d, '', 'file')}
<main class="wrap">
<p>${esc(fill(w.catalogueLead, { count: d.entries.length }))} <a class="no-print" href="cetak.html">${esc(w.printVersion)}</a></p>
<form class="filters" role="search" onsubmit="return false">
  <div><label for="q">${esc(w.search)}</label><input id="q" type="search" autocomplete="off"></div>
  <div><label for="category">${esc(w.category)}</label><select id="category"><option value="">${esc(w.allCategories)}</option>${d.categories.map((c) => `<option value="${esc(c.id)}">${esc(c.name)}</option>`).join('')}</select></div>
  <div><label for="award">${esc(w.awardFilter)}</label><select id="award"><option value="">${esc(w.allAwards)}</option>${awards.map((p) => `<option value="juara-${p}">${esc(fill(w.award, { place: p }))}</option>`).join('')}<option value="none">${esc(w.noAward)}</option></select></div>
</form>
<noscript><p class="none">${esc(w.noJs)}</p></noscript>
<p class="count" id="count" role="status" data-template="${esc(w.shown)}">${esc(fill(w.shown, { shown: d.entries.length, count: d.entries.length }))}</p>
<p class="none" id="none" hidden>${esc(w.noneFound)}</p>
<ul class="cards">
${d.entries.map((e) => card(d, e)).join('\n')}
</ul>
</main>
${footer(d)}`;
  return page({
    lang: d.lng,
    title: `${w.catalogueTitle} — ${d.festival.name}`,
    stylesheet: 'aset/katalog.css',
    script: 'aset/katalog.js',
    body,
  });
}

function article(d: CatalogueData, e: CatalogueEntry, level: 'h1' | 'h2'): string {
  const w = publishWords[d.lng];
  const x = e.details;
  const href = safeHref(x.link);
  const award = awardText(w, e);
  const facts: Array<[string, string]> = [
    [w.institution, esc(e.institution)],
    [w.category, esc(e.categoryName)],
    ...(x.yearStarted !== null ? [[w.yearStarted, String(x.yearStarted)] as [string, string]] : []),
    ...(x.contact ? [[w.contact, esc(x.contact)] as [string, string]] : []),
    ...(x.link
      ? [
          [
            w.link,
            href ? `<a href="${esc(href)}" rel="noopener">${esc(x.link)}</a>` : esc(x.link),
          ] as [string, string],
        ]
      : []),
  ];
  return `<article class="article" data-entry="${esc(e.code)}">
<p class="meta"><span class="code">${esc(e.code)}</span></p>
<${level}>${esc(e.title)}</${level}>
${award ? `<p><span class="badge badge--award">${esc(award)}</span></p>` : ''}
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${x.summary ? `<h3>${esc(w.summary)}</h3><p>${esc(x.summary)}</p>` : ''}
${x.problem ? `<h3>${esc(w.problem)}</h3><p>${esc(x.problem)}</p>` : ''}
${e.comments.length > 0 ? `<h3>${esc(w.comments)}</h3><ul class="comments">${e.comments.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><p class="meta">${esc(w.commentsNote)}</p>` : ''}
</article>`;
}

export function catalogueEntryPage(d: CatalogueData, e: CatalogueEntry): string {
  const body = `${header(d, '../', 'file')}
<main class="wrap">
<a class="back" href="../index.html">${esc(publishWords[d.lng].back)}</a>
${article(d, e, 'h1')}
</main>
${footer(d)}`;
  return page({
    lang: d.lng,
    title: `${e.title} — ${d.festival.name}`,
    stylesheet: '../aset/katalog.css',
    body,
  });
}

/** The print version in one file (inline style, logos as data URIs): a cover, then one innovation per A4 page. */
export function cataloguePrint(d: CatalogueData): string {
  const w = publishWords[d.lng];
  const css = `${catalogueCss}
@page { size: A4; margin: 16mm 15mm; }
.sheet { break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.cover .top { border-radius: 10px; padding: 40px 0; }
.cover ol { columns: 2; font-size: .9rem; }`;
  const list = d.entries.map((e) => `<li>${esc(e.code)} — ${esc(e.title)}</li>`).join('');
  const body = `<section class="sheet cover">${header(d, '', 'data')}<div class="wrap"><p>${esc(fill(w.catalogueLead, { count: d.entries.length }))}</p><ol>${list}</ol></div></section>
${d.entries.map((e) => `<section class="sheet">${d.provisional ? `<p class="provisional">${esc(w.provisional)}</p>` : ''}${article(d, e, 'h2')}</section>`).join('\n')}
${footer(d)}`;
  return page({
    lang: d.lng,
    title: `${w.catalogueTitle} — ${d.festival.name} (${w.printVersion})`,
    css,
    body,
  });
}

/** Every text file of the catalogue folder. */
export function catalogueFiles(d: CatalogueData, script: string): CatalogueFiles {
  const files: CatalogueFiles = new Map();
  files.set('index.html', catalogueIndex(d));
  for (const e of d.entries) files.set(e.file, catalogueEntryPage(d, e));
  files.set('cetak.html', cataloguePrint(d));
  files.set('aset/katalog.css', catalogueCss);
  files.set('aset/katalog.js', script);
  return files;
}
