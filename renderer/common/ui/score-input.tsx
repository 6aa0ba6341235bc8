// A score on one criterion: a number box for the keyboard (type "7,5", arrows, PageUp/Down,
// Home/End; empty = not scored) and a slider for pointer and touch. The slider is left out
// of the Tab order so Tab goes straight to the next criterion.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { keyStep, parseScore, formatScore, type Scale } from '../score-scale.js';

export type ScoreInputProps = {
  id: string;
  scale: Scale;
  value: number | null;
  onChange: (value: number | null) => void;
  lng: 'id' | 'en';
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
  texts: {
    notScored: string;
    invalid: (reason: string) => string;
    clear: string;
    sliderLabel: string;
  };
};

export function ScoreInput({
  id,
  scale,
  value,
  onChange,
  lng,
  labelledBy,
  describedBy,
  disabled,
  texts,
}: ScoreInputProps) {
  const [text, setText] = useState(value === null ? '' : formatScore(value, lng));
  const [invalid, setInvalid] = useState<string | null>(null);

  // Follow outside changes (slider, arrows, a restored draft) unless the text already says it.
  useEffect(() => {
    const parsed = parseScore(text, scale);
    const same =
      (parsed.kind === 'empty' && value === null) ||
      (parsed.kind === 'value' && parsed.value === value);
    if (!same) {
      setText(value === null ? '' : formatScore(value, lng));
      setInvalid(null);
    }
  }, [value, lng]);

  const onText = (next: string) => {
    setText(next);
    const parsed = parseScore(next, scale);
    if (parsed.kind === 'invalid') {
      setInvalid(parsed.reason);
      return;
    }
    setInvalid(null);
    onChange(parsed.kind === 'empty' ? null : parsed.value);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = keyStep(value, e.key, scale);
    if (next === null) return;
    e.preventDefault();
    setInvalid(null);
    onChange(next);
  };

  const unset = value === null;
  const errorId = `${id}-error`;
  const describedByAll =
    [describedBy, invalid ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="score-input">
      <input
        id={id}
        className="score-input__number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={texts.notScored}
        data-unset={unset && !invalid ? 'true' : 'false'}
        aria-labelledby={labelledBy}
        aria-describedby={describedByAll}
        aria-invalid={invalid ? 'true' : 'false'}
        disabled={disabled}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={onKey}
        onBlur={() => {
          if (invalid) return;
          setText(value === null ? '' : formatScore(value, lng));
        }}
      />
      <input
        className="score-input__slider"
        type="range"
        tabIndex={-1}
        min={scale.minX100}
        max={scale.maxX100}
        step={scale.stepX100}
        value={value ?? scale.minX100}
        data-unset={unset ? 'true' : 'false'}
        aria-label={texts.sliderLabel}
        aria-valuetext={unset ? texts.notScored : formatScore(value, lng)}
        disabled={disabled}
        onChange={(e) => {
          setInvalid(null);
          onChange(Number(e.target.value));
        }}
      />
      <button
        type="button"
        className="btn btn--ghost btn--sm"
        tabIndex={-1}
        disabled={disabled || unset}
        onClick={() => onChange(null)}
      >
        {texts.clear}
      </button>
      <div className="score-input__scale" aria-hidden="true">
        <span>{formatScore(scale.minX100, lng)}</span>
        <span>{formatScore(scale.maxX100, lng)}</span>
      </div>
      {invalid ? (
        <div className="field-error" id={errorId} role="alert" style={{ gridColumn: '1 / -1' }}>
          {texts.invalid(invalid)}
        </div>
      ) : null}
    </div>
  );
}
