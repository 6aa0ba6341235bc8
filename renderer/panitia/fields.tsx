// Form fields for the desk: a label, the control, and the error right under it (linked by
// aria-describedby and aria-invalid so a screen reader reads it with the field).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { longDate } from './long-date.js';

type Common = {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  name?: string;
  hideLabel?: boolean;
};

function Wrap({
  id,
  label,
  error,
  hint,
  className,
  hideLabel,
  children,
}: Common & { id: string; children: ReactNode }) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const described = (id: string, error?: string, hint?: ReactNode) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    type?: string;
    autoFocus?: boolean;
    maxLength?: number;
    placeholder?: string;
    inputMode?: 'decimal' | 'numeric';
    disabled?: boolean;
  },
) {
  const id = useId();
  return (
    <Wrap {...props} id={id}>
      <input
        id={id}
        name={props.name}
        className="text-input"
        disabled={props.disabled}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={described(id, props.error, props.hint)}
      />
    </Wrap>
  );
}

/**
 * A date (yyyy-mm-dd) with the chosen day written out under it in the reader's language:
 * the browser's own date control follows the laptop's system settings, not the desk's.
 */
export function DateField(
  props: Common & { value: string; onChange: (v: string) => void; disabled?: boolean },
) {
  const { i18n } = useTranslation();
  const hint = /^\d{4}-\d{2}-\d{2}$/.test(props.value)
    ? longDate(props.value, i18n.language)
    : props.hint;
  return <TextField {...props} type="date" hint={hint} />;
}

export function TextArea(
  props: Common & { value: string; onChange: (v: string) => void; rows?: number },
) {
  const id = useId();
  return (
    <Wrap {...props} id={id}>
      <textarea
        id={id}
        name={props.name}
        className="textarea"
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={described(id, props.error, props.hint)}
      />
    </Wrap>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    options: Array<{ value: string; label: string }>;
    disabled?: boolean;
  },
) {
  const id = useId();
  return (
    <Wrap {...props} id={id}>
      <select
        id={id}
        name={props.name}
        className="text-input"
        disabled={props.disabled}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={described(id, props.error, props.hint)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  name,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => void;
  name?: string;
}) {
  return (
    <label className="check-field">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** The form-level message (server refusals, errors that belong to no field). */
export function FormError({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert">
      {message.split('\n').map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

/** One line of error, e.g. why a button's call was refused (useAct); nothing without one. */
export function ErrorLine({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/**
 * A file picker that speaks the page's language: the native input is visually hidden
 * (still focusable and keyboard-operable) inside a styled button, with the chosen file's
 * name (or "no file chosen") next to it, instead of the browser's "Choose File".
 */
export function FileField({
  label,
  button,
  none,
  fileName,
  accept,
  testId,
  onFile,
  disabled,
}: {
  label: ReactNode;
  button: string;
  none: string;
  fileName: string;
  accept: string;
  testId: string;
  onFile: (file: File | undefined) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field file-field">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="file-field__row">
        <label className="btn btn--secondary file-field__button">
          {button}
          <input
            type="file"
            className="visually-hidden"
            accept={accept}
            disabled={disabled}
            data-testid={testId}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-name`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // picking the same file again still reads it
              onFile(file);
            }}
          />
        </label>
        <span className="file-field__name muted" id={`${id}-name`} data-testid={`${testId}-name`}>
          {fileName || none}
        </span>
      </div>
    </div>
  );
}
