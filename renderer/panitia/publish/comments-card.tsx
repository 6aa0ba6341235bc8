// The organizer's approval of jurors' comments for publication: each counted comment with
// its juror (the desk is private), an editable public text, approve / withdraw. Released
// comments appear without the juror's name on feedback sheets and in the catalogue.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentRow } from '../../../shared/contract/desk-views.js';
import { Badge, Button } from '../../common/ui/index.js';
import { ErrorLine, SelectField } from '../fields.js';
import { byId } from '../live/desk-data.js';
import { useAct } from '../live/act.js';
import { useDesk } from '../store.js';

export function CommentsCard({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const act = useAct();
  const [rows, setRows] = useState<CommentRow[] | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<'all' | 'pending'>('all');
  const version = snap?.version ?? 0;
  const load = useCallback(async () => {
    const res = await act.run('comments:list', { stageId });
    if (res.ok) setRows(res.data);
  }, [stageId]);
  useEffect(() => {
    void load();
  }, [load, version]);
  if (!snap) return null;
  const entries = byId(snap.entries);
  const jurors = byId(snap.jurors);
  const key = (r: CommentRow) => `${r.entryId}/${r.jurorId}`;
  const shown = (rows ?? []).filter(
    (r) => filter === 'all' || r.release === null || r.release.stale,
  );
  const release = async (r: CommentRow, publicText: string | null) => {
    const res = await act.run('comment:release', {
      stageId,
      entryId: r.entryId,
      jurorId: r.jurorId,
      publicText,
    });
    if (res.ok) await load();
  };
  return (
    <section className="card" aria-labelledby="pub-comments-title" data-testid="pub-comments">
      <h2 className="card__title" id="pub-comments-title">
        {t('pub.comments.title')}
      </h2>
      <p className="muted">{t('pub.comments.lead')}</p>
      <div className="toolbar">
        <SelectField
          label={t('pub.comments.filter')}
          name="comments-filter"
          value={filter}
          onChange={(v) => setFilter(v === 'pending' ? 'pending' : 'all')}
          options={[
            { value: 'all', label: t('pub.comments.filterAll') },
            { value: 'pending', label: t('pub.comments.filterPending') },
          ]}
        />
      </div>
      <ErrorLine message={act.error} />
      {rows && rows.length === 0 ? <p className="muted">{t('pub.comments.empty')}</p> : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table className="table pub-comments">
            <thead>
              <tr>
                <th>{t('pub.comments.entry')}</th>
                <th>{t('pub.comments.juror')}</th>
                <th>{t('pub.comments.comment')}</th>
                <th>{t('pub.comments.publicText')}</th>
                <th>{t('pub.comments.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const e = entries.get(r.entryId);
                const j = jurors.get(r.jurorId);
                const k = key(r);
                const text = texts[k] ?? r.release?.publicText ?? r.comment;
                const names = { code: e?.code ?? '', juror: j?.name ?? '' };
                return (
                  <tr key={k} data-comment={k}>
                    <td>
                      <span className="doc-code">{e?.code}</span> {e?.title}
                    </td>
                    <td>{j?.name}</td>
                    <td className="pub-comments__text">{r.comment}</td>
                    <td>
                      <textarea
                        className="textarea"
                        rows={2}
                        aria-label={`${t('pub.comments.publicText')} ${names.code} ${names.juror}`}
                        value={text}
                        onChange={(ev) => setTexts({ ...texts, [k]: ev.target.value })}
                      />
                    </td>
                    <td>
                      {r.release === null ? (
                        <Badge>{t('pub.comments.notReleased')}</Badge>
                      ) : r.release.stale ? (
                        <Badge tone="warning">{t('pub.comments.stale')}</Badge>
                      ) : (
                        <Badge tone="success">{t('pub.comments.released')}</Badge>
                      )}
                    </td>
                    <td className="pub-comments__actions">
                      <Button
                        size="sm"
                        variant="primary"
                        disabled={act.pending || text.trim() === ''}
                        aria-label={t('pub.comments.approveOne', names)}
                        onClick={() => void release(r, text.trim())}
                      >
                        {t('pub.comments.approve')}
                      </Button>
                      {r.release ? (
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={act.pending}
                          aria-label={t('pub.comments.withdrawOne', names)}
                          onClick={() => void release(r, null)}
                        >
                          {t('pub.comments.withdraw')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
