// The server's alarms on top of every desk page (a full disk, a failed backup, a refused
// standby must be seen wherever the organizer is): the five newest, newest first. The
// organizer can hide the ones already dealt with (a backup that failed once, a standby
// that was refused and follows again); an alarm raised later shows the box again, and the
// hidden ones are one click away. Hiding is this desk's own (the hidden alarms are kept in
// localStorage until the organizer shows them again): the server keeps every alarm.
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { localized, safeStorage } from '../common/i18n.js';
import { Button } from '../common/ui/index.js';
import { alarmId, alarmView, alarmWhen } from './live/desk-data.js';

const storageKey = 'panggung.alarmsHidden';

/** The alarms hidden on this desk (none where storage is disabled: hiding lasts until a reload). */
function stored(): Set<string> {
  try {
    const list: unknown = JSON.parse(safeStorage()?.getItem(storageKey) ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

const useHidden = create<{ ids: ReadonlySet<string> }>()(() => ({ ids: stored() }));

/** Hides exactly these alarms (the server keeps at most twenty: so does this list). */
function hide(ids: string[]): void {
  useHidden.setState({ ids: new Set(ids) });
  if (ids.length > 0) safeStorage()?.setItem(storageKey, JSON.stringify(ids));
  else safeStorage()?.removeItem(storageKey);
}

export function Alarms({ snap }: { snap: OrganizerSnapshot }) {
  const { t, i18n } = useTranslation();
  const ids = useHidden((s) => s.ids);
  const { shown, hidden } = alarmView(snap.alarms, ids);
  const hiddenLine =
    hidden === 0 ? null : (
      <p className="alarms-hidden muted no-print" data-testid="alarms-hidden">
        {t('live.alarmsHidden', { count: hidden })}{' '}
        <Button size="sm" variant="ghost" onClick={() => hide([])}>
          {t('live.alarmsShow')}
        </Button>
      </p>
    );
  if (shown.length === 0) return hiddenLine;
  return (
    <section className="alarms no-print" role="alert" data-testid="alarms">
      <div className="alarms__head">
        <h2 className="alarms__title">⚠ {t('live.alarms')}</h2>
        <Button size="sm" onClick={() => hide(snap.alarms.map(alarmId))} data-testid="alarms-hide">
          {t('live.alarmsHide')}
        </Button>
      </div>
      <ul>
        {shown.map((a) => (
          <li key={alarmId(a)}>
            <strong>{alarmWhen(a.at, snap.serverNow, i18n.language)}</strong>{' '}
            {localized(a.messages, i18n.language)}
          </li>
        ))}
      </ul>
      {hiddenLine}
    </section>
  );
}
