// Refusal details a person meets next to a form field, defined once. The server writes the
// documented English line ("code: TIF-003 is already used by \"Judul\"", the envelope's
// `details`, which scripts read); the desk reads the same line back and shows the fact in
// the reader's language under the field it names. A detail not listed here stays as sent.

type Template = { field: string; wire: string; id: string; en: string };

export const refusalDetails = {
  codeTaken: {
    field: 'code',
    wire: '{{code}} is already used by "{{title}}"',
    id: 'Kode {{code}} sudah dipakai oleh "{{title}}". Pakai kode lain.',
    en: 'Code {{code}} is already used by "{{title}}". Use another code.',
  },
  orderTaken: {
    field: 'order',
    wire: 'running order {{order}} is used by {{code}}',
    id: 'No. urut {{order}} sudah dipakai oleh {{code}}. Kosongkan untuk urutan terakhir.',
    en: 'Running order {{order}} is used by {{code}}. Leave it empty to go last.',
  },
  nameTaken: {
    field: 'name',
    wire: '"{{name}}" is already used',
    id: 'Nama "{{name}}" sudah dipakai. Pakai nama lain.',
    en: 'The name "{{name}}" is already used. Use another name.',
  },
  festivalNameDiffers: {
    field: 'festivalName',
    wire: 'type the festival\'s name "{{name}}" to confirm',
    id: 'Ketik nama festival "{{name}}" untuk memastikan.',
    en: 'Type the festival\'s name "{{name}}" to confirm.',
  },
} as const satisfies Record<string, Template>;

export type RefusalDetailKey = keyof typeof refusalDetails;

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));

/** The detail line the server sends: "<field>: <English text>". */
export function refusalDetail(
  key: RefusalDetailKey,
  params: Record<string, string | number>,
): string {
  const t = refusalDetails[key];
  return `${t.field}: ${fill(t.wire, params)}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const readers = Object.values(refusalDetails).map((t) => {
  const names: string[] = [];
  const pattern = escape(t.wire).replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, k: string) => {
    names.push(k);
    return '(.+)';
  });
  return { t, names, re: new RegExp(`^${escape(t.field)}: ${pattern}$`, 's') };
});

/** A detail line in the reader's language with the field it belongs to; null if not listed. */
export function readRefusalDetail(
  line: string,
  lng: 'id' | 'en',
): { field: string; text: string } | null {
  for (const { t, names, re } of readers) {
    const m = re.exec(line);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
    return { field: t.field, text: fill(t[lng], params) };
  }
  return null;
}
