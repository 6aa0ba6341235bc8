// Form fields for the desk: a label, the control, and the error right under it (linked by
// aria-describedby and aria-invalid so a screen reader reads it with the field).
import { useId, type ReactNode } from 'react';

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
  },
) {
  const id = useId();
  return (
    <Wrap {...props} id={id}>
      <input
        id={id}
        name={props.name}
        className="text-input"
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
  },
) {
  const id = useId();
  return (
    <Wrap {...props} id={id}>
      <select
        id={id}
        name={props.name}
        className="text-input"
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
