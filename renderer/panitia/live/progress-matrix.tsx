// Entries x jurors, at a glance: not scored, draft, submitted, a pending edit (submitted,
// with a newer draft not sent: the submitted one counts), locked, missing (locked without
// a submitted sheet), recused. The entry on stage is highlighted.
import { useTranslation } from 'react-i18next';
import {
  progressCells,
  type OrganizerJuror,
  type OrganizerSnapshot,
  type ProgressCell,
} from '../../../shared/contract/views.js';
import type { Entry, Id } from '../../../shared/model.js';

const marks: Record<ProgressCell, string> = {
  'not-scored': '·',
  draft: '✎',
  submitted: '✓',
  'pending-edit': '✓✎',
  locked: '■',
  missing: '✗',
  recused: '—',
};

const initials = (name: string) =>
  name
    .replace(/\b(Prof|Dr|Dra|Drs|Ir|Hj|H)\.\s*/g, '')
    .split(/[\s,]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');

export function ProgressMatrix({
  snap,
  stageId,
  entries,
  jurors,
  presentingId,
}: {
  snap: OrganizerSnapshot;
  stageId: Id;
  entries: Entry[];
  jurors: OrganizerJuror[];
  presentingId: Id | null;
}) {
  const { t } = useTranslation();
  const grid = snap.progress[stageId] ?? {};
  return (
    <section className="card" aria-labelledby="matrix-title">
      <div className="matrix__head">
        <h2 className="card__title" id="matrix-title">
          {t('live.matrix')}
        </h2>
        <ul className="matrix__legend">
          {progressCells.map((c) => (
            <li key={c}>
              <span className={`cell cell--${c}`} aria-hidden="true">
                {marks[c]}
              </span>{' '}
              {t(`cell.${c}`)}
            </li>
          ))}
        </ul>
      </div>
      <div className="table-wrap matrix-wrap">
        <table className="table table--compact matrix" data-testid="progress-matrix">
          <thead>
            <tr>
              <th>{t('live.entry')}</th>
              {jurors.map((j) => (
                <th key={j.id} title={j.name} className="matrix__juror">
                  <abbr title={j.name}>{initials(j.name) || j.name.slice(0, 2)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className={e.id === presentingId ? 'row--current' : undefined}>
                <th scope="row" className="entry-code">
                  {e.code}
                </th>
                {jurors.map((j) => {
                  const c: ProgressCell = grid[e.id]?.[j.id] ?? 'not-scored';
                  return (
                    <td
                      key={j.id}
                      className={`cell cell--${c}`}
                      data-cell={c}
                      aria-label={`${e.code}, ${j.name}: ${t(`cell.${c}`)}`}
                    >
                      {marks[c]}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
