// The catalogue's stylesheet and its search script, written into the catalogue folder as
// aset/katalog.css and aset/katalog.js. Plain ES5 in the script: the catalogue must open
// in any browser, from a USB stick (file://) or a regency web server, with no network.

export const catalogueCss = `
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif; color: #151a24; background: #f3f5f8; line-height: 1.5; }
a { color: #0b5cad; }
.wrap { max-width: 1040px; margin: 0 auto; padding: 0 16px; }
.top { background: #0b3d73; color: #fff; padding: 20px 0 18px; }
.top a { color: #fff; text-decoration: none; }
.top h1 { margin: 4px 0 4px; font-size: 1.9rem; }
.top p { margin: 2px 0; opacity: .92; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; opacity: .85; }
.logos { display: flex; gap: 12px; align-items: center; margin-bottom: 8px; }
.logos img { height: 48px; width: auto; background: #fff; border-radius: 6px; padding: 3px; }
.provisional { background: #fff; color: #a4161a; border: 2px solid #a4161a; font-weight: 700; padding: 8px 12px; margin: 14px 0 0; border-radius: 6px; }
.filters { display: grid; grid-template-columns: 2fr 1fr 1fr; gap: 10px; margin: 18px 0 8px; }
.filters label { display: block; font-size: .85rem; font-weight: 600; margin-bottom: 2px; }
.filters input, .filters select { width: 100%; font: inherit; padding: 8px 10px; border: 1px solid #8a93a3; border-radius: 6px; background: #fff; }
.count { color: #4a5262; margin: 4px 0 12px; }
.cards { list-style: none; padding: 0; margin: 0 0 32px; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.card { background: #fff; border: 1px solid #d5dae2; border-radius: 10px; padding: 14px 16px; }
.card[hidden] { display: none; }
.card h2 { font-size: 1.05rem; margin: 4px 0 4px; }
.card h2 a { text-decoration: none; }
.card h2 a:hover { text-decoration: underline; }
.meta { color: #4a5262; font-size: .9rem; margin: 0; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; color: #4a5262; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; padding: 1px 8px; border-radius: 999px; background: #eef1f5; color: #151a24; margin-right: 4px; }
.badge--award { background: #fff3c4; color: #6b4e00; border: 1px solid #e0b400; }
.excerpt { margin: 8px 0 0; font-size: .95rem; }
.none { color: #4a5262; }
.article { background: #fff; border: 1px solid #d5dae2; border-radius: 10px; padding: 20px 24px; margin: 18px 0 32px; }
.article h1 { margin: 6px 0 6px; font-size: 1.6rem; }
.facts { display: grid; grid-template-columns: 190px 1fr; gap: 6px 12px; margin: 16px 0; }
.facts dt { color: #4a5262; font-weight: 600; }
.facts dd { margin: 0; }
.comments li { margin: 6px 0; }
.foot { color: #4a5262; font-size: .85rem; padding: 16px 0 28px; }
.back { display: inline-block; margin-top: 16px; }
@media (max-width: 640px) { .filters { grid-template-columns: 1fr; } .facts { grid-template-columns: 1fr; } .top h1 { font-size: 1.5rem; } }
@media print { body { background: #fff; } .filters, .back, .no-print { display: none; } .card, .article { break-inside: avoid; border-color: #999; } }
`;

export const catalogueJs = `(function () {
  var q = document.getElementById('q');
  var cat = document.getElementById('category');
  var award = document.getElementById('award');
  var count = document.getElementById('count');
  var none = document.getElementById('none');
  if (!q || !cat || !award || !count || !none) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('[data-card]'));
  function norm(s) {
    s = String(s).toLowerCase();
    return s.normalize ? s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '') : s;
  }
  function apply() {
    var words = norm(q.value).split(/\\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    cards.forEach(function (c) {
      var text = c.getAttribute('data-search') || '';
      var ok = (!cat.value || c.getAttribute('data-category') === cat.value) &&
        (!award.value || c.getAttribute('data-award') === award.value) &&
        words.every(function (w) { return text.indexOf(w) >= 0; });
      c.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = (count.getAttribute('data-template') || '')
      .replace('{shown}', String(shown)).replace('{count}', String(cards.length));
    none.hidden = shown > 0;
  }
  q.addEventListener('input', apply);
  cat.addEventListener('change', apply);
  award.addEventListener('change', apply);
  apply();
})();
`;
