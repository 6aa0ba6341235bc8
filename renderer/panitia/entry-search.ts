// Finding an entry across every panel by code, title, institution or presenter: the desk
// header's search and the entries page use this one matcher. Case and accents do not
// matter ("dinas kesehatan" finds "Dinas Kesehatan", "e" finds "é"); a code that starts
// with the query comes first, then the rest in panel and running order.
import type { Entry, Panel } from '../../shared/model.js';

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export function searchEntries(
  entries: readonly Entry[],
  panels: readonly Panel[],
  query: string,
): Entry[] {
  const q = fold(query);
  if (q === '') return [];
  const panelOrder = new Map(panels.map((p) => [p.id, p.order]));
  const codeFirst = (e: Entry) => (fold(e.code).startsWith(q) ? 0 : 1);
  return entries
    .filter((e) => [e.code, e.title, e.institution, e.presenter].some((x) => fold(x).includes(q)))
    .sort(
      (a, b) =>
        codeFirst(a) - codeFirst(b) ||
        (panelOrder.get(a.panelId) ?? 0) - (panelOrder.get(b.panelId) ?? 0) ||
        a.order - b.order,
    );
}
