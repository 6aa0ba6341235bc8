// The rubric of one stage: criteria with weight (percent; the total is shown live and
// must be 100), scale min/max/step, description and level descriptors; presets.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rubricPresets } from '../../../shared/presets/rubrics.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { currentLanguage } from '../../common/i18n.js';
import { TextField } from '../fields.js';
import type { FieldErrors } from '../validation.js';
import {
  newCriterion,
  presetCriteria,
  weightSum,
  type CriterionDraft,
  type LevelDraft,
} from './rubric-draft.js';

type Props = {
  criteria: CriterionDraft[];
  onChange: (c: CriterionDraft[]) => void;
  disabled: boolean;
  errors: FieldErrors;
};

export function RubricEditor({ criteria, onChange, disabled, errors }: Props) {
  const { t } = useTranslation();
  const numbers = useNumbers();
  // A preset replaces every criterion: asked first unless the rubric is still empty.
  const [preset, setPreset] = useState('');
  const presetName = (id: string) =>
    rubricPresets.find((p) => p.id === id)?.name[currentLanguage()] ?? id;
  const choosePreset = (id: string) => {
    if (!id) return;
    if (criteria.length === 0) onChange(presetCriteria(id, numbers.lng));
    else setPreset(id);
  };
  const sum = weightSum(criteria);
  const update = (i: number, patch: Partial<CriterionDraft>) =>
    onChange(criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const err = (i: number, f: string) => errors[`criteria.${i}.${f}`];
  return (
    <fieldset className="rubric" disabled={disabled}>
      <legend className="rubric__legend">{t('rubric.title')}</legend>
      <div className="rubric__bar">
        <p
          className={`weight-total ${sum === 10_000 ? 'weight-total--ok' : 'weight-total--bad'}`}
          role="status"
          aria-live="polite"
          data-testid="weight-total"
        >
          {t('rubric.total', { sum: numbers.hundredths(sum) })}{' '}
          {sum === 10_000 ? '✓' : t('rubric.mustBe100')}
        </p>
        <label className="rubric__preset">
          <span className="field-label">{t('rubric.preset')}</span>
          <select
            className="text-input"
            value=""
            onChange={(e) => choosePreset(e.target.value)}
            data-testid="rubric-preset"
          >
            <option value="">{t('rubric.choosePreset')}</option>
            {rubricPresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[currentLanguage()]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors.criteria ? (
        <p className="field-error" role="alert">
          {errors.criteria}
        </p>
      ) : null}
      <div className="criteria-head" aria-hidden="true">
        <span>#</span>
        <span>{t('rubric.name')}</span>
        <span>{t('rubric.weight')}</span>
        <span>{t('rubric.min')}</span>
        <span>{t('rubric.max')}</span>
        <span>{t('rubric.step')}</span>
        <span />
      </div>
      <ol className="criteria">
        {criteria.map((c, i) => {
          const n = i + 1;
          const setLevel = (k: number, patch: Partial<LevelDraft>) =>
            update(i, { levels: c.levels.map((x, m) => (m === k ? { ...x, ...patch } : x)) });
          return (
            <li key={c.id} className="criterion">
              <div className="criterion__main">
                <span className="criterion__num" aria-hidden="true">
                  {n}
                </span>
                <TextField
                  hideLabel
                  label={`${t('rubric.name')} ${n}`}
                  name={`c${i}-name`}
                  value={c.name}
                  onChange={(v) => update(i, { name: v })}
                  error={err(i, 'name')}
                />
                <TextField
                  hideLabel
                  label={`${t('rubric.weight')} ${n}`}
                  name={`c${i}-weight`}
                  inputMode="decimal"
                  value={c.weight}
                  onChange={(v) => update(i, { weight: v })}
                  error={err(i, 'weightBp')}
                />
                <TextField
                  hideLabel
                  label={`${t('rubric.min')} ${n}`}
                  name={`c${i}-min`}
                  inputMode="decimal"
                  value={c.min}
                  onChange={(v) => update(i, { min: v })}
                  error={err(i, 'minX100')}
                />
                <TextField
                  hideLabel
                  label={`${t('rubric.max')} ${n}`}
                  name={`c${i}-max`}
                  inputMode="decimal"
                  value={c.max}
                  onChange={(v) => update(i, { max: v })}
                  error={err(i, 'maxX100')}
                />
                <TextField
                  hideLabel
                  label={`${t('rubric.step')} ${n}`}
                  name={`c${i}-step`}
                  inputMode="decimal"
                  value={c.step}
                  onChange={(v) => update(i, { step: v })}
                  error={err(i, 'stepX100')}
                />
                <div className="criterion__tools">
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={i === 0}
                    aria-label={t('rubric.up', { name: c.name || n })}
                    onClick={() => {
                      const next = [...criteria];
                      next.splice(i - 1, 0, ...next.splice(i, 1));
                      onChange(next);
                    }}
                  >
                    ↑
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('rubric.remove', { name: c.name || n })}
                    disabled={criteria.length === 1}
                    onClick={() => onChange(criteria.filter((_, j) => j !== i))}
                  >
                    ✕
                  </Button>
                </div>
              </div>
              <div className="criterion__more">
                <TextField
                  hideLabel
                  label={`${t('rubric.description')} ${n}`}
                  placeholder={t('rubric.description')}
                  name={`c${i}-desc`}
                  value={c.description}
                  onChange={(v) => update(i, { description: v })}
                  error={err(i, 'description')}
                />
                <details className="levels">
                  <summary>{t('rubric.levels', { count: c.levels.length })}</summary>
                  {c.levels.map((l, k) => (
                    <div key={k} className="level-row">
                      <TextField
                        label={t('rubric.from')}
                        value={l.from}
                        onChange={(v) => setLevel(k, { from: v })}
                        error={err(i, `levels.${k}.fromX100`)}
                      />
                      <TextField
                        label={t('rubric.to')}
                        value={l.to}
                        onChange={(v) => setLevel(k, { to: v })}
                        error={err(i, `levels.${k}.toX100`)}
                      />
                      <TextField
                        label={t('rubric.levelLabel')}
                        value={l.label}
                        onChange={(v) => setLevel(k, { label: v })}
                        error={err(i, `levels.${k}.label`)}
                      />
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t('rubric.removeLevel')}
                        onClick={() => update(i, { levels: c.levels.filter((_, m) => m !== k) })}
                      >
                        ✕
                      </Button>
                    </div>
                  ))}
                  <Button
                    size="sm"
                    onClick={() =>
                      update(i, { levels: [...c.levels, { from: c.min, to: c.max, label: '' }] })
                    }
                  >
                    {t('rubric.addLevel')}
                  </Button>
                </details>
              </div>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => onChange([...criteria, newCriterion(numbers.lng)])}>
        {t('rubric.addCriterion')}
      </Button>
      <Dialog
        open={preset !== ''}
        title={t('rubric.presetConfirmTitle', { name: presetName(preset) })}
        onClose={() => setPreset('')}
        actions={
          <>
            <Button onClick={() => setPreset('')} data-autofocus>
              {t('rubric.presetKeep')}
            </Button>
            <Button
              variant="danger"
              data-testid="preset-replace"
              onClick={() => {
                onChange(presetCriteria(preset, numbers.lng));
                setPreset('');
              }}
            >
              {t('rubric.presetReplace')}
            </Button>
          </>
        }
      >
        <p>{t('rubric.presetConfirmBody', { count: criteria.length })}</p>
      </Dialog>
    </fieldset>
  );
}
