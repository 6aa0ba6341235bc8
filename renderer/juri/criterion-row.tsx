import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../shared/model.js';
import { levelFor } from '../../shared/scoring/sheet.js';
import { currentLanguage } from '../common/i18n.js';
import { formatScore } from '../common/score-scale.js';
import { Badge, ScoreInput } from '../common/ui/index.js';

export type CriterionRowProps = {
  criterion: Criterion;
  value: number | null;
  disabled: boolean;
  onChange: (value: number | null) => void;
};

/** One rubric line: what it weighs, what its scores mean, and the input. */
export function CriterionRow({ criterion: c, value, disabled, onChange }: CriterionRowProps) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const base = `crit-${c.id}`;
  const fmt = (v: number) => formatScore(v, lng);
  const level = levelFor(c, value);
  const scale = { minX100: c.minX100, maxX100: c.maxX100, stepX100: c.stepX100 };
  const scaleText = t('sheet.scale', {
    min: fmt(c.minX100),
    max: fmt(c.maxX100),
    step: fmt(c.stepX100),
  });
  return (
    <div
      className={`crit${value === null ? ' crit--unset' : ''}`}
      role="group"
      aria-labelledby={`${base}-name`}
      data-criterion={c.id}
    >
      <div className="crit__info">
        <div className="crit__head">
          <h3 id={`${base}-name`} className="crit__name">
            {c.name}
          </h3>
          <Badge tone="info">{t('sheet.weight', { weight: formatScore(c.weightBp, lng) })}</Badge>
        </div>
        <p className="crit__meta" id={`${base}-meta`}>
          {scaleText}
          {c.description ? ` · ${c.description}` : ''}
        </p>
        {c.levels.length > 0 ? (
          <ul className="crit__levels" aria-label={t('sheet.levels')}>
            {c.levels.map((l) => {
              const active = level === l;
              return (
                <li
                  key={`${l.fromX100}-${l.toX100}`}
                  className={active ? 'crit__level crit__level--active' : 'crit__level'}
                  aria-current={active ? 'true' : undefined}
                >
                  <span className="crit__band">
                    {fmt(l.fromX100)}–{fmt(l.toX100)}
                  </span>{' '}
                  {l.label}
                </li>
              );
            })}
          </ul>
        ) : null}
        <span className="visually-hidden" id={`${base}-level`} aria-live="polite">
          {level ? level.label : ''}
        </span>
      </div>
      <div className="crit__input">
        <ScoreInput
          id={`${base}-input`}
          scale={scale}
          value={value}
          onChange={onChange}
          lng={lng}
          disabled={disabled}
          labelledBy={`${base}-name`}
          describedBy={`${base}-meta ${base}-level`}
          texts={{
            notScored: t('score.notScored', { ns: 'common' }),
            clear: t('sheet.clear'),
            sliderLabel: t('sheet.slider', { name: c.name }),
            invalid: (reason) =>
              t(`sheet.invalid.${reason}`, {
                min: fmt(c.minX100),
                max: fmt(c.maxX100),
                step: fmt(c.stepX100),
              }),
          }}
        />
      </div>
    </div>
  );
}
