// What the two reveals on the desk share (the jury's reveal-panel.tsx and the favourite's
// voting/favourite-reveal.tsx): the screens taking part, and the stealth preview's heading
// (only the organizer sees it; nothing goes to a screen before "start").
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import { mainScreen } from '../../../shared/screen-modes.js';
import { Badge } from '../../common/ui/index.js';
import { CheckField } from '../fields.js';

/** Screen names the organizer can pick: every known or connected one, the main one first. */
export function screenNames(snap: OrganizerSnapshot): string[] {
  const names = new Set<string>([mainScreen, ...snap.screens.map((s) => s.name)]);
  for (const c of snap.clients) if (c.kind === 'screen') names.add(c.name);
  return [...names].sort((a, b) =>
    a === mainScreen ? -1 : b === mainScreen ? 1 : a.localeCompare(b),
  );
}

/** The screens a reveal runs on: one checkbox per screen, locked while the reveal runs. */
export function RevealScreens({
  snap,
  prefix,
  picked,
  onChange,
  disabled,
  children,
}: {
  snap: OrganizerSnapshot;
  /** Field names: `${prefix}-${screen}`. */
  prefix: string;
  picked: string[];
  onChange: (next: string[]) => void;
  disabled: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...new Set([...picked, name])] : picked.filter((x) => x !== name));
  return (
    <fieldset className="reveal-screens" disabled={disabled}>
      <legend>{t('mom.revealScreens')}</legend>
      {screenNames(snap).map((name) => (
        <CheckField
          key={name}
          name={`${prefix}-${name}`}
          label={name}
          checked={picked.includes(name)}
          onChange={(on) => toggle(name, on)}
        />
      ))}
      {children}
    </fieldset>
  );
}

/** The stealth preview's card: its title and the "only you see this" badge. */
export function StealthCard({
  title,
  testId,
  className = '',
  children,
}: {
  title: string;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={`stealth card ${className}`.trim()} data-testid={testId}>
      <h3 className="card__title">
        {title} <Badge tone="outline">{t('scr.onlyYou')}</Badge>
      </h3>
      {children}
    </div>
  );
}
