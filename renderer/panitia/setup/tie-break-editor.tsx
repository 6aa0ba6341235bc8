// The tie-break chain of a stage: which comparisons decide between equal entry scores,
// in order. Empty = the default (criteria by descending weight). Still tied after the
// chain = a shared rank until the head juror decides.
import { useTranslation } from 'react-i18next';
import type { TieBreakRule } from '../../../shared/model.js';
import { Button } from '../../common/ui/index.js';
import { SelectField } from '../fields.js';
import type { CriterionDraft } from './rubric-draft.js';

const OTHER = '__other-score__';
const valueOf = (r: TieBreakRule) => (r.kind === 'criterion' ? r.criterionId : OTHER);
const ruleOf = (v: string): TieBreakRule =>
  v === OTHER ? { kind: 'other-score' } : { kind: 'criterion', criterionId: v };

type Props = {
  chain: TieBreakRule[];
  criteria: CriterionDraft[];
  onChange: (chain: TieBreakRule[]) => void;
  disabled: boolean;
  error?: string | undefined;
};

export function TieBreakEditor({ chain, criteria, onChange, disabled, error }: Props) {
  const { t } = useTranslation();
  const options = [
    ...criteria.map((c, i) => ({
      value: c.id,
      label: `${t('tieBreak.criterion')}: ${c.name || i + 1}`,
    })),
    { value: OTHER, label: t('tieBreak.otherScore') },
  ];
  const set = (i: number, v: string) => onChange(chain.map((r, j) => (j === i ? ruleOf(v) : r)));
  const unused = options.find((o) => !chain.some((r) => valueOf(r) === o.value));
  return (
    <fieldset className="tie-break" disabled={disabled}>
      <legend className="field-label">{t('tieBreak.title')}</legend>
      <p className="field-hint">{t('tieBreak.hint')}</p>
      <ol className="tie-break__list">
        {chain.map((r, i) => (
          <li key={i} className="tie-break__row">
            <span className="tie-break__num" aria-hidden="true">
              {i + 1}.
            </span>
            <SelectField
              hideLabel
              label={`${t('tieBreak.step')} ${i + 1}`}
              value={valueOf(r)}
              onChange={(v) => set(i, v)}
              options={options}
            />
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('tieBreak.remove', { n: i + 1 })}
              onClick={() => onChange(chain.filter((_, j) => j !== i))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {unused ? (
        <Button size="sm" onClick={() => onChange([...chain, ruleOf(unused.value)])}>
          {t('tieBreak.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}
