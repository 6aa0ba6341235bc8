import type { ReactNode } from 'react';

/** A page's title (focused when the page opens) and a line of help. */
export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
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
