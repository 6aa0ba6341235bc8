// Small helpers for the static HTML documents the app publishes (feedback sheets, the
// catalogue): escaping (every text from the festival passes through esc) and a page shell.
// No framework and no external resource: the files open offline from a USB stick.

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value, escaped. */
export const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** An http(s) address the catalogue may link to; anything else is shown as plain text. */
export function safeHref(link: string): string | null {
  const m = /^https?:\/\/[^\s"'<>]+$/i.exec(link.trim());
  return m ? m[0] : null;
}

/** A file-name-safe slug ("OPD-01 Si Dukun" -> "opd-01-si-dukun"). */
export const slug = (s: string, fallback = 'x'): string =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 60) || fallback;

export function page(opts: {
  lang: string;
  title: string;
  body: string;
  /** Inline CSS, or a relative stylesheet link. */
  css?: string;
  stylesheet?: string;
  script?: string;
}): string {
  return `<!doctype html>
<html lang="${esc(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Panggung">
<title>${esc(opts.title)}</title>
${opts.stylesheet ? `<link rel="stylesheet" href="${esc(opts.stylesheet)}">` : ''}
${opts.css ? `<style>${opts.css}</style>` : ''}
</head>
<body>
${opts.body}
${opts.script ? `<script src="${esc(opts.script)}"></script>` : ''}
</body>
</html>
`;
}
