// Stages (babak) and their rubric. A rubric freezes once a score sheet exists for its
// stage; changing it then takes an explicit unlock with a written reason, which the server
// audits together with the change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonSchema, stageSaveSchema } from '../../../shared/contract/setup-schemas.js';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Stage } from '../../../shared/model.js';
import { aggregationNames, isAggregation, methodOf } from '../../../shared/scoring/methods.js';
import { localized } from '../../common/i18n.js';
import { Badge, Button, Dialog } from '../../common/ui/index.js';
import { FormError, SelectField, TextArea, TextField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { useForm } from '../use-form.js';
import { check, serverErrors, within } from '../validation.js';
import { RubricEditor } from './rubric-editor.js';
import { numbersFor } from '../../common/use-numbers.js';
import { newStageDraft, stageDraft, toStageInput, type StageDraft } from './rubric-draft.js';
import { SavedNote, PageHeader } from '../page-header.js';
import { TieBreakEditor } from './tie-break-editor.js';

/** Frozen by the server's flag, or because the progress already shows a sheet. */
export function isFrozen(snap: OrganizerSnapshot, stage: Stage): boolean {
  if (stage.rubricFrozen) return true;
  return Object.values(snap.progress[stage.id] ?? {}).some((row) =>
    Object.values(row).some((c) => c !== 'not-scored' && c !== 'recused' && c !== 'missing'),
  );
}

function StageEditor({
  draft: initial,
  stage,
  onDone,
}: {
  draft: StageDraft;
  stage: Stage | null;
  onDone: (id?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [d, setD] = useState(initial);
  const [reason, setReason] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reasonText, setReasonText] = useState('');
  const [reasonError, setReasonError] = useState('');
  const form = useForm();
  if (!snap) return null;
  const frozen = stage ? isFrozen(snap, stage) : false;
  const locked = frozen && reason === null;
  const set = (k: keyof StageDraft) => (v: string) => setD({ ...d, [k]: v });
  const e = within(form.errors, 'stage.');
  const save = async () => {
    const payload = { stage: toStageInput(d), ...(reason ? { unlockReason: reason } : {}) };
    const r = await form.submit(stageSaveSchema, payload, () => call('stage:save', payload));
    if (r) {
      setReason(null);
      if (!stage) onDone(d.id);
    }
  };
  const unlock = () => {
    const c = check(reasonSchema, reasonText);
    if (!c.ok) return setReasonError(c.errors[''] ?? '');
    setReason(c.data);
    setAsking(false);
  };
  return (
    <form
      className="card stage-form"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
      aria-labelledby="stage-form-title"
    >
      <h2 className="card__title" id="stage-form-title">
        {stage ? stage.name : t('stages.new')}
      </h2>
      <div className="form-grid form-grid--4">
        <TextField
          className="span-2"
          label={t('stages.name')}
          name="stage-name"
          value={d.name}
          onChange={set('name')}
          error={e.name}
        />
        <TextField
          label={t('stages.order')}
          name="stage-order"
          value={d.order}
          onChange={set('order')}
          error={e.order}
        />
        <TextField
          label={t('stages.finalWeight')}
          name="stage-final"
          value={d.finalWeight}
          onChange={set('finalWeight')}
          error={e.finalWeightBp}
          hint={t('stages.finalWeightHint')}
        />
        <SelectField
          label={t('stages.aggregation')}
          name="aggregation"
          value={d.aggregation}
          onChange={(v) => {
            // Only the registry's names are offered; anything else leaves the choice as it was.
            if (isAggregation(v)) setD({ ...d, aggregation: v });
          }}
          // Frozen with the rubric: the method rewrites results (RULES_FROZEN without a reason).
          disabled={locked}
          options={aggregationNames.map((a) => ({
            value: a,
            label: localized(methodOf(a).label, i18n.language),
          }))}
          hint={localized(methodOf(d.aggregation).hint, i18n.language)}
        />
        <TextField
          label={t('stages.band')}
          name="band"
          value={d.band}
          onChange={set('band')}
          error={e['rules.disagreementBandMicro']}
        />
        <TextField
          label={t('stages.presentationMin')}
          name="presentation"
          value={d.presentationMin}
          onChange={set('presentationMin')}
          error={e.presentationSec}
        />
        <TextField
          label={t('stages.qaMin')}
          name="qa"
          value={d.qaMin}
          onChange={set('qaMin')}
          error={e.qaSec}
        />
        {methodOf(d.aggregation).ranks === 'adjusted' ? (
          <TextField
            label={t('stages.zMin')}
            name="zmin"
            value={d.zMin}
            onChange={set('zMin')}
            disabled={locked}
            error={e['rules.zscoreMinSheets']}
            hint={t('stages.zMinHint')}
          />
        ) : null}
      </div>
      {frozen ? (
        <div className={`notice ${locked ? 'notice--warning' : 'notice--info'}`} role="status">
          <span>{locked ? t('stages.frozen') : t('stages.unlocked', { reason })}</span>
          {locked ? (
            <Button size="sm" onClick={() => setAsking(true)}>
              {t('stages.unlock')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <RubricEditor
        criteria={d.criteria}
        onChange={(criteria) => setD({ ...d, criteria })}
        disabled={locked}
        errors={e}
      />
      <TieBreakEditor
        chain={d.rules.tieBreak}
        criteria={d.criteria}
        disabled={locked}
        error={e['rules.tieBreak']}
        onChange={(tieBreak) => setD({ ...d, rules: { ...d.rules, tieBreak } })}
      />
      <div className="form-actions">
        <FormError message={form.errors[''] ?? e['']} />
        <Button type="submit" variant="primary" disabled={form.pending}>
          {t('actions.save')}
        </Button>
        {!stage ? (
          <Button variant="ghost" onClick={() => onDone()}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
        ) : null}
        <SavedNote at={form.savedAt} text={t('actions.saved')} />
      </div>
      <Dialog
        open={asking}
        title={t('stages.unlockTitle')}
        onClose={() => setAsking(false)}
        actions={
          <>
            <Button onClick={() => setAsking(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button variant="primary" data-autofocus onClick={unlock}>
              {t('stages.unlock')}
            </Button>
          </>
        }
      >
        <p>{t('stages.unlockBody')}</p>
        <TextArea
          label={t('stages.reason')}
          name="unlock-reason"
          value={reasonText}
          onChange={setReasonText}
          error={reasonError}
        />
      </Dialog>
    </form>
  );
}

export function StagesPage() {
  const { t, i18n } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [selected, setSelected] = useState<string | 'new'>(() => snap?.stages[0]?.id ?? 'new');
  const [error, setError] = useState('');
  const [confirm, setConfirm] = useState(false);
  if (!snap) return null;
  const stage = snap.stages.find((s) => s.id === selected) ?? null;
  const remove = async (s: Stage) => {
    const res = await call('stage:delete', { id: s.id });
    if (res.ok) setSelected(snap.stages.find((x) => x.id !== s.id)?.id ?? 'new');
    else setError(Object.values(serverErrors(res)).join('\n'));
  };
  return (
    <>
      <PageHeader
        title={t('stages.title')}
        lead={t('stages.lead')}
        actions={
          <Button variant="primary" onClick={() => setSelected('new')}>
            {t('stages.add')}
          </Button>
        }
      />
      <div className="tabs" role="group" aria-label={t('stages.title')}>
        {snap.stages.map((s) => (
          <Button
            key={s.id}
            size="sm"
            variant={s.id === selected ? 'primary' : 'secondary'}
            aria-pressed={s.id === selected}
            onClick={() => setSelected(s.id)}
          >
            {s.name}{' '}
            {isFrozen(snap, s) ? <Badge tone="warning">{t('stages.frozenBadge')}</Badge> : null}
          </Button>
        ))}
        {stage && snap.stages.length > 1 ? (
          <Button
            size="sm"
            variant="ghost"
            data-testid="delete-stage"
            onClick={() => setConfirm(true)}
          >
            {t('stages.delete')}
          </Button>
        ) : null}
      </div>
      <FormError message={error} />
      {selected === 'new' ? (
        <StageEditor
          key="new"
          draft={newStageDraft(snap.stages.length + 1, numbersFor(i18n.language).lng)}
          stage={null}
          onDone={(id) => setSelected(id ?? snap.stages[0]?.id ?? 'new')}
        />
      ) : stage ? (
        <StageEditor
          key={stage.id}
          draft={stageDraft(stage, numbersFor(i18n.language).lng)}
          stage={stage}
          onDone={() => undefined}
        />
      ) : null}
      <Dialog
        open={confirm}
        title={t('stages.deleteTitle')}
        onClose={() => setConfirm(false)}
        actions={
          <>
            <Button data-autofocus onClick={() => setConfirm(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              variant="danger"
              data-testid="confirm-delete-stage"
              onClick={() => {
                setConfirm(false);
                if (stage) void remove(stage);
              }}
            >
              {t('actions.delete')}
            </Button>
          </>
        }
      >
        <p>{t('stages.deleteBody', { name: stage?.name ?? '' })}</p>
      </Dialog>
    </>
  );
}
