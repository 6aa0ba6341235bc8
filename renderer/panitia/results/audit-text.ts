// The audit log read as sentences in the desk's language: "Juri Siti mengirim nilai
// TIF-003 (Presentasi): Kebaruan 9,5; Kemanfaatan 8" with names instead of ids and scores
// in the language's numbers. Pure (no React): the page renders what this returns, and
// the exported audit CSV keeps the exact stored data instead. An action this module does
// not know yet still reads as a sentence (by its family, e.g. "entry.*"), never as a code.
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { AuditEntry } from '../../../shared/contract/desk-views.js';
import { errorMessages } from '../../../shared/contract/errors.js';
import type { Criterion } from '../../../shared/model.js';
import { isScreenMode, screenModes } from '../../../shared/screen-modes.js';
import type { Numbers } from '../../common/use-numbers.js';

type T = (key: string, options?: Record<string, unknown>) => string;

export type AuditLookup = {
  entries: Map<string, { code: string; title: string }>;
  jurors: Map<string, string>;
  panels: Map<string, string>;
  stages: Map<string, { name: string; criteria: Criterion[] }>;
  categories: Map<string, string>;
};

export function auditLookup(snap: OrganizerSnapshot | null): AuditLookup {
  return {
    entries: new Map((snap?.entries ?? []).map((e) => [e.id, { code: e.code, title: e.title }])),
    jurors: new Map((snap?.jurors ?? []).map((j) => [j.id, j.name])),
    panels: new Map((snap?.panels ?? []).map((p) => [p.id, p.name])),
    stages: new Map((snap?.stages ?? []).map((s) => [s.id, s])),
    categories: new Map((snap?.categories ?? []).map((c) => [c.id, c.name])),
  };
}

/** The families of actions, for the filter (server filter: a prefix ending in "." or exact). */
export const auditFilters = [
  '',
  'sheet.',
  'sheet.correct',
  'entry.',
  'entry.lock',
  'entry.reopen',
  'panel.present',
  'timer.',
  'tie.decide',
  'juror.',
  'release.set',
  'reveal.',
  'screen.mode',
  'backup.',
  'rubric.unlock',
  'refused',
] as const;

const MISSING = '\u0000';
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function describeActor(actor: string, look: AuditLookup, t: T): string {
  const [kind = '', rest = ''] = actor.split(/[:@](.*)/s);
  if (actor.startsWith('juror:'))
    return t('aud.actor.juror', { name: look.jurors.get(rest) ?? t('aud.unknownJuror') });
  if (actor.startsWith('screen:')) return t('aud.actor.screen', { name: rest });
  if (kind === 'organizer') return t('aud.actor.organizer');
  if (kind === 'juror') return t('aud.actor.jurorDevice', { address: rest });
  if (kind === 'screen') return t('aud.actor.screenDevice', { address: rest });
  return t('aud.actor.system');
}

/** Criterion values as "Kebaruan 9,5; Kemanfaatan 8" in the stage's criterion order. */
function valuesText(
  values: Record<string, unknown>,
  criteria: Criterion[] | undefined,
  numbers: Numbers,
  t: T,
  only?: Set<string>,
): string {
  const ids = criteria?.map((c) => c.id) ?? Object.keys(values);
  const name = (id: string) => criteria?.find((c) => c.id === id)?.name ?? t('aud.oldCriterion');
  return ids
    .filter((id) => (only ? only.has(id) : id in values))
    .map((id) => {
      const v = values[id];
      return `${name(id)} ${typeof v === 'number' ? numbers.hundredths(v) : t('aud.notScored')}`;
    })
    .join('; ');
}

function sheetChange(r: AuditEntry, criteria: Criterion[] | undefined, n: Numbers, t: T) {
  const before = obj(obj(r.old).values);
  const after = obj(obj(r.new).values);
  const ids = (criteria?.map((c) => c.id) ?? Object.keys({ ...before, ...after })).filter(
    (id) => before[id] !== after[id],
  );
  const name = (id: string) => criteria?.find((c) => c.id === id)?.name ?? t('aud.oldCriterion');
  const val = (v: unknown) => (typeof v === 'number' ? n.hundredths(v) : t('aud.notScored'));
  return ids.map((id) => `${name(id)} ${val(before[id])} → ${val(after[id])}`).join('; ');
}

/** Keys of an edited record whose value changed, in the page's words where it has them. */
function changedFields(r: AuditEntry, t: T): string {
  const before = obj(r.old);
  const after = obj(r.new);
  const keys = Object.keys({ ...before, ...after }).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (keys.length === 0) return '';
  const named = keys.map((k) => t(`import.fields.${k}`, { defaultValue: MISSING }));
  return named.every((x) => x !== MISSING)
    ? t('aud.changed', { fields: named.join(', ') })
    : t('aud.changedCount', { count: keys.length });
}

export function describeAudit(
  r: AuditEntry,
  look: AuditLookup,
  t: T,
  numbers: Numbers,
): { who: string; text: string } {
  const who = describeActor(r.actor, look, t);
  const parts = r.target.split('/');
  const stage = look.stages.get(parts[0] ?? '');
  const entryId = parts.find((p) => look.entries.has(p));
  const jurorId = parts.find((p) => look.jurors.has(p));
  const panelId = parts.find((p) => look.panels.has(p));
  const [family = '', action = ''] = r.action.split('.');
  // panel.present names the entry put on stage as its new value (null: stage cleared).
  const presented = family === 'panel' && action === 'present';
  const shownId = presented && typeof r.new === 'string' ? r.new : entryId;
  const e = shownId ? look.entries.get(shownId) : undefined;
  const verb = presented && typeof r.new !== 'string' ? 'clear' : action;
  const after = obj(r.new);
  const before = obj(r.old);
  let detail = '';
  switch (family) {
    case 'sheet':
      detail =
        verb === 'correct'
          ? sheetChange(r, stage?.criteria, numbers, t)
          : valuesText(obj(after.values), stage?.criteria, numbers, t);
      break;
    case 'release':
      detail = [
        before.privacy !== after.privacy
          ? `${t(`scr.privacyMode.${str(before.privacy)}`)} → ${t(`scr.privacyMode.${str(after.privacy)}`)}`
          : '',
        before.message !== after.message && str(after.message) ? `“${str(after.message)}”` : '',
      ]
        .filter(Boolean)
        .join('; ');
      break;
    case 'reveal':
      detail =
        verb === 'start'
          ? t('aud.revealWhat', {
              category:
                after.categoryId === null
                  ? t('res.overall')
                  : (look.categories.get(str(after.categoryId)) ?? ''),
              places: Number(after.places ?? 0),
            })
          : after.revealedPlace !== undefined && after.revealedPlace !== null
            ? t('aud.revealPlace', { place: Number(after.revealedPlace) })
            : '';
      break;
    case 'screen':
      detail = isScreenMode(after.mode) ? screenModes[after.mode].label[numbers.lng] : '';
      break;
    case 'refused': {
      const code = str(after.code);
      const known = (errorMessages as Record<string, { id: string; en: string } | undefined>)[code];
      detail = known ? known[numbers.lng] : '';
      break;
    }
    case 'roster': {
      const names = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
      const removed = [...names(after.removedCategories), ...names(after.removedPanels)];
      detail = t('aud.importCounts', {
        entries: names(after.entries).length,
        jurors: names(after.jurors).length,
      });
      if (removed.length > 0) detail += `; ${t('aud.removedEmpty', { names: removed.join(', ') })}`;
      break;
    }
    default:
      if (verb === 'update') detail = changedFields(r, t);
  }
  const params = {
    who,
    entry: e?.code ?? (str(before.code) || str(after.code) || t('aud.deletedEntry')),
    title: e?.title ?? '',
    stage: stage?.name ?? '',
    juror: jurorId ? look.jurors.get(jurorId) : str(before.name) || str(after.name),
    panel: panelId ? look.panels.get(panelId) : '',
    category: look.categories.get(r.target) ?? (str(after.name) || str(before.name)),
    name: str(after.name) || str(before.name) || str(after.code) || str(before.code),
    screen: r.target,
    version: obj(r.new).version ?? '',
    target: r.target,
  };
  const sentence = [
    t(`aud.say.${family}.${verb || 'any'}`, { ...params, defaultValue: MISSING }),
    t(`aud.say.${family}.any`, { ...params, defaultValue: MISSING }),
    t('aud.say.other', params),
  ].find((s) => s !== MISSING)!;
  return { who, text: detail ? `${sentence}: ${detail}` : sentence };
}
