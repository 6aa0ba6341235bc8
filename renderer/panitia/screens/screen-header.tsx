import type { ReactNode } from 'react';

/** A screen's title (focused when the screen opens) and a line of help. */
export function ScreenHeader({
  title,
  lead,
  actions,
}: {
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="screen-header">
      <div>
        <h1 tabIndex={-1} className="screen-header__title">
          {title}
        </h1>
        {lead ? <p className="screen-header__lead">{lead}</p> : null}
      </div>
      {actions ? <div className="screen-header__actions">{actions}</div> : null}
    </div>
  );
}

export function SavedNote({ at, text }: { at: number | null; text: string }) {
  return (
    <span className="saved-note" role="status" aria-live="polite">
      {at ? `✓ ${text}` : ''}
    </span>
  );
}
