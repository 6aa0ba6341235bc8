// A closed list as a row of toggle buttons (one pressed): the voting settings' mode, scope
// and display. The list and its labels come from shared/voting.ts and the locale.
import { Button } from '../../common/ui/index.js';

export function ChoiceButtons<V extends string>({
  label,
  values,
  value,
  text,
  onPick,
  disabled,
  name,
}: {
  label: string;
  values: readonly V[];
  value: V;
  text: (v: V) => string;
  onPick: (v: V) => void;
  disabled?: boolean;
  name: string;
}) {
  return (
    <fieldset className="tabs" aria-label={label} data-setting={name}>
      {values.map((v) => (
        <Button
          key={v}
          size="sm"
          variant={v === value ? 'primary' : 'secondary'}
          aria-pressed={v === value}
          disabled={disabled === true && v !== value}
          onClick={() => v !== value && onPick(v)}
          data-value={v}
        >
          {text(v)}
        </Button>
      ))}
    </fieldset>
  );
}
