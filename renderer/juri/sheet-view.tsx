// The score sheet of one entry: criteria, comment, live total, submit and its outcome.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JurorEntryView } from '../../shared/contract/views.js';
import { formatPoints } from '../../shared/number-format.js';
import { errorText } from '../common/error-text.js';
import { currentLanguage } from '../common/i18n.js';
import { Badge, Button, Dialog } from '../common/ui/index.js';
import { CriterionRow } from './criterion-row.js';
import { liveTotal } from './live-total.js';
import { sameContent } from './drafts.js';
import { shownContent, sheetMode } from './entry-state.js';
import { StageTimer } from './stage-timer.js';
import { dismissRejection, usePad } from './store.js';
import { submitSheet, typeOnSheet } from './sync.js';

/** Inline, so it renders on laptops without an emoji font. */
function LockIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" style={{ flex: 'none' }}>
      <path
        fill="currentColor"
        d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 0 1 6 0v3H9Z"
      />
    </svg>
  );
}

export function SheetView({ view }: { view: JurorEntryView }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const s = usePad();
  const snap = s.snapshot;
  const [confirming, setConfirming] = useState(false);
  const [incomplete, setIncomplete] = useState<number | null>(null);
  if (!snap) return null;

  const entryId = view.entry.id;
  const criteria = snap.stage.criteria;
  const draft = s.drafts[entryId] ?? null;
  const content = shownContent(view, draft);
  const mode = sheetMode(view.phase);
  const readOnly = mode === 'locked' || mode === 'closed' || mode === 'queued';
  const waitingItems = s.outbox.filter((i) => i.entryId === entryId && i.status === 'submitted');
  const waiting = waitingItems.length > 0;
  const receipt = s.receipts[entryId];
  const rejection = s.rejections.find((r) => r.entryId === entryId);
  // The counted sheet: the latest one submitted. A later draft is a pending edit and never
  // replaces it; after a lock it is left out (the pad says so).
  const counted = view.mySheet?.submitted ?? null;
  const submitted = counted !== null;
  const unsent = draft?.unsynced === true && !waiting;
  const pendingEdit =
    !waiting &&
    counted !== null &&
    (view.mySheet?.pendingEdit === true || (unsent && !sameContent(content, counted)));
  const receiptId = counted?.submissionId ?? receipt?.submissionId ?? null;
  const total = liveTotal(criteria, content.values);
  const fmtTotal = (m: number | null) => (m === null ? '–' : formatPoints(m, lng));
  const presenting = snap.live.presentingEntryId === entryId;

  const change = (criterionId: string, value: number | null) => {
    setIncomplete(null);
    typeOnSheet(entryId, {
      values: { ...content.values, [criterionId]: value },
      comment: content.comment,
    });
  };
  const askSubmit = () => {
    if (!total.complete) {
      setIncomplete(criteria.length - total.scored);
      const first = criteria.find(
        (c) => content.values[c.id] === null || content.values[c.id] === undefined,
      );
      if (first) document.getElementById(`crit-${first.id}-input`)?.focus();
      return;
    }
    setConfirming(true);
  };

  return (
    <article
      className="sheet"
      aria-labelledby="sheet-title"
      data-testid="sheet"
      data-entry={entryId}
    >
      <header className="sheet__head">
        <div>
          <p className="sheet__kicker">
            <span className="entry-code">{view.entry.code}</span> · {view.categoryName} ·{' '}
            {t(`phase.${view.phase}`)}
          </p>
          <h1 id="sheet-title" className="sheet__title">
            {view.entry.title}
          </h1>
          <p className="sheet__inst">
            {view.entry.institution}
            {view.entry.presenter ? ` · ${t('sheet.presenter')}: ${view.entry.presenter}` : ''}
          </p>
        </div>
        {presenting ? <StageTimer timer={snap.live.timer} offsetMs={s.offsetMs} compact /> : null}
      </header>

      {mode === 'locked' ? (
        <p className="notice notice--neutral" role="status" data-testid="locked-reason">
          <LockIcon />
          <span>{t('sheet.locked')}</span>
        </p>
      ) : mode === 'closed' ? (
        <p className="notice notice--neutral" role="status">
          {t('sheet.closed')}
        </p>
      ) : mode === 'queued' ? (
        <p className="notice notice--neutral" role="status">
          {t('sheet.notOpenQueued')}
        </p>
      ) : mode === 'draft-only' ? (
        <p className="notice notice--info" role="status">
          {t('sheet.notOpenPresenting')}
        </p>
      ) : null}

      <form
        className="sheet__form"
        aria-label={t('sheet.heading')}
        onSubmit={(e) => {
          e.preventDefault();
          askSubmit();
        }}
      >
        {criteria.map((c) => (
          <CriterionRow
            key={c.id}
            criterion={c}
            value={content.values[c.id] ?? null}
            disabled={readOnly}
            onChange={(v) => change(c.id, v)}
          />
        ))}
        <label className="field-label" htmlFor="sheet-comment">
          {t('sheet.comment')}
        </label>
        <textarea
          id="sheet-comment"
          className="textarea"
          value={content.comment}
          maxLength={4000}
          disabled={readOnly}
          onChange={(e) =>
            typeOnSheet(entryId, { values: content.values, comment: e.target.value })
          }
        />

        <div className="sheet__footer">
          {rejection ? (
            <div
              className="notice notice--danger sheet__rejection"
              role="alert"
              data-testid="rejection"
            >
              <span>
                {t('sheet.rejected', {
                  code: view.entry.code,
                  reason: errorText(rejection.error, lng),
                  total: fmtTotal(liveTotal(criteria, rejection.values).totalMicro),
                })}
              </span>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => dismissRejection(rejection.submissionId)}
              >
                {t('sheet.dismiss')}
              </Button>
            </div>
          ) : null}
          <div
            className="sheet__total"
            aria-live="polite"
            data-testid="total"
            data-complete={total.complete ? 'true' : 'false'}
          >
            <span className="sheet__total-label">{t('sheet.total')}</span>
            <span
              className={`sheet__total-value${total.complete ? '' : ' sheet__total-value--partial'}${total.totalMicro === null ? ' sheet__total-value--none' : ''}`}
            >
              {fmtTotal(total.totalMicro)}
            </span>
            <span className="sheet__total-of">{t('sheet.totalOf')}</span>
            {!total.complete ? (
              <span className="sheet__partial">
                {t('sheet.partial', { scored: total.scored, count: criteria.length })}
              </span>
            ) : null}
          </div>
          <div className="sheet__state" role="status" aria-live="polite" data-testid="sheet-state">
            {waiting ? (
              <Badge tone="warning" data-state="waiting">
                {t('sheet.sending')}
              </Badge>
            ) : pendingEdit && mode === 'locked' ? (
              <Badge tone="warning" data-state="pending-locked">
                {t('sheet.pendingLocked', {
                  version: counted?.version ?? 0,
                  total: fmtTotal(counted?.totalMicro ?? null),
                })}
              </Badge>
            ) : pendingEdit && !readOnly ? (
              <Badge tone="warning" data-state="unsent">
                {t('sheet.pendingEdit', {
                  version: counted?.version ?? 0,
                  total: fmtTotal(counted?.totalMicro ?? null),
                })}
              </Badge>
            ) : receipt && !unsent ? (
              <Badge
                tone="success"
                data-state="received"
                data-duplicate={receipt.duplicate ? 'true' : 'false'}
              >
                ✓{' '}
                {t('sheet.received', {
                  time: new Date(receipt.at).toLocaleTimeString(lng === 'id' ? 'id-ID' : 'en-GB'),
                  version: receipt.version,
                })}
              </Badge>
            ) : submitted && !unsent ? (
              <Badge tone="success" data-state="received">
                ✓ {t('sheet.receivedSaved', { version: counted?.version ?? 0 })}
              </Badge>
            ) : draft && !readOnly ? (
              <span className="muted" data-state="draft">
                {t('sheet.draftSaved')}
              </span>
            ) : null}
            {submitted && !waiting && receiptId ? (
              <span className="sheet__receipt muted" data-testid="receipt">
                {t('sheet.receipt', { id: receiptId })}
              </span>
            ) : null}
          </div>
          {incomplete !== null ? (
            <p className="field-error" role="alert">
              {t('sheet.incomplete', { missing: incomplete })}
            </p>
          ) : null}
          {mode === 'editable' ? (
            <Button
              type="submit"
              variant="primary"
              size="lg"
              data-testid="submit"
              // The same content is already waiting to go: a second press would only add a version.
              disabled={waitingItems.some((i) => sameContent(i, content))}
            >
              {submitted ? t('sheet.submitRevision') : t('sheet.submit')}
            </Button>
          ) : null}
        </div>
      </form>

      <Dialog
        open={confirming}
        title={t('sheet.confirmTitle', { code: view.entry.code })}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button onClick={() => setConfirming(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              variant="primary"
              data-autofocus
              data-testid="confirm-submit"
              onClick={() => {
                setConfirming(false);
                void submitSheet(entryId, content);
              }}
            >
              {t('sheet.confirmSubmit')}
            </Button>
          </>
        }
      >
        <p>{t('sheet.confirmBody', { total: fmtTotal(total.totalMicro) })}</p>
      </Dialog>
    </article>
  );
}
