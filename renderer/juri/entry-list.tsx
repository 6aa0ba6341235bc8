import { useTranslation } from 'react-i18next';
import { Badge, Button, type BadgeTone } from '../common/ui/index.js';
import { entryStatus, type EntryStatus } from './entry-state.js';
import { StageTimer } from './stage-timer.js';
import { followStage, openEntryId, selectEntry, usePad } from './store.js';

export const statusTone: Record<EntryStatus, BadgeTone> = {
  'not-scored': 'outline',
  draft: 'info',
  submitted: 'success',
  'pending-edit': 'warning',
  waiting: 'warning',
  locked: 'neutral',
};

export function NowPresenting() {
  const { t } = useTranslation();
  const snapshot = usePad((s) => s.snapshot);
  const offsetMs = usePad((s) => s.offsetMs);
  const follow = usePad((s) => s.follow);
  if (!snapshot) return null;
  const id = snapshot.live.presentingEntryId;
  const view = snapshot.entries.find((e) => e.entry.id === id);
  return (
    <section className="now card" aria-labelledby="now-heading" data-testid="now-presenting">
      <h2 id="now-heading" className="now__label">
        {t('list.nowPresenting')}
      </h2>
      {view ? (
        <>
          <p className="now__title">
            <span className="entry-code">{view.entry.code}</span> {view.entry.title}
          </p>
          <StageTimer timer={snapshot.live.timer} offsetMs={offsetMs} compact />
          {follow ? (
            <p className="now__follow" aria-live="polite">
              ✓ {t('list.following')}
            </p>
          ) : (
            <Button size="sm" variant="primary" onClick={followStage}>
              {t('list.follow')}
            </Button>
          )}
        </>
      ) : (
        // Someone presents but the server left the entry out: this juror is recused from it.
        <p className="muted">
          {id !== null ? t('list.recusedPresenting') : t('list.nothingPresenting')}
        </p>
      )}
    </section>
  );
}

export function EntryList() {
  const { t } = useTranslation();
  const s = usePad();
  const snapshot = s.snapshot;
  if (!snapshot) return null;
  const open = openEntryId(s);
  return (
    <nav className="entry-list" aria-labelledby="list-heading">
      <div className="entry-list__head">
        <h2 id="list-heading">{t('list.heading')}</h2>
        <span className="entry-list__progress" data-testid="progress">
          {t('list.progress', {
            submitted: snapshot.progress.submitted,
            total: snapshot.progress.total,
          })}
        </span>
      </div>
      <progress
        className="entry-list__bar"
        max={Math.max(1, snapshot.progress.total)}
        value={snapshot.progress.submitted}
        aria-hidden="true"
      />
      {snapshot.entries.length === 0 ? <p className="muted">{t('list.empty')}</p> : null}
      <ul>
        {snapshot.entries.map((view) => {
          const status = entryStatus(view, s.drafts[view.entry.id] ?? null, s.outbox);
          const presenting = view.entry.id === snapshot.live.presentingEntryId;
          return (
            <li key={view.entry.id}>
              <button
                type="button"
                className={`entry-item${view.entry.id === open ? ' entry-item--open' : ''}`}
                aria-current={view.entry.id === open ? 'true' : undefined}
                onClick={() => selectEntry(view.entry.id)}
                data-entry={view.entry.id}
                data-status={status}
              >
                <span className="entry-item__order">{view.entry.order}</span>
                <span className="entry-item__text">
                  <span className="entry-item__title">
                    <span className="entry-code">{view.entry.code}</span> {view.entry.title}
                  </span>
                  <span className="entry-item__inst">{view.entry.institution}</span>
                </span>
                <span className="entry-item__badges">
                  {presenting ? <Badge tone="danger">{t('list.nowPresenting')}</Badge> : null}
                  <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
