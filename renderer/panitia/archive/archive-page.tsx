// The results archive: past festivals side by side, each with how it was scored (stages,
// method, criterion weights) and its winners, so next year's organizers see what was
// scored how. The server reads each archived file from a copy and never writes it; this
// page only reads too. "Keep this festival in the archive" adds the current one.
import { useTranslation } from 'react-i18next';
import type { ArchivedFestival, ArchivedStage } from '../../../shared/contract/archive-views.js';
import { isAggregation, methodOf } from '../../../shared/scoring/methods.js';
import { localized } from '../../common/i18n.js';
import { Badge, Button } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { longDate } from '../long-date.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { ListedNotices, useListed } from '../use-listed.js';
import './archive.css';

function StageSummary({ stage }: { stage: ArchivedStage }) {
  const { t } = useTranslation();
  const { points, hundredths } = useNumbers();
  const method = isAggregation(stage.aggregation)
    ? localized(methodOf(stage.aggregation).phrase)
    : stage.aggregation;
  return (
    <section className="arch-stage" data-stage={stage.id}>
      <h3>{stage.name}</h3>
      <p className="muted">
        {t('arch.method', { method })} ·{' '}
        {t('arch.locked', { locked: stage.locked, entries: stage.entries })}
      </p>
      <p className="arch-criteria" aria-label={t('arch.criteria')}>
        {stage.criteria.map((c) => `${c.name} ${hundredths(c.weightBp)}%`).join(' · ')}
      </p>
      <h4>{t('arch.winners')}</h4>
      {stage.winners.map((w) => (
        <div key={w.category} className="arch-category">
          <p className="arch-category__name">{w.category}</p>
          {w.places.length === 0 ? (
            <p className="muted">{t('arch.noWinners')}</p>
          ) : (
            <ol className="arch-places">
              {w.places.map((p) => (
                <li key={p.code} data-code={p.code}>
                  <span className="arch-rank">
                    {p.rank}
                    {p.tied ? '=' : ''}
                  </span>
                  <span>
                    <strong>{p.title}</strong> <span className="muted">{p.institution}</span>
                  </span>
                  <span className="num">{points(p.scoreMicro)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}

function ArchiveCard({ item }: { item: ArchivedFestival }) {
  const { t, i18n } = useTranslation();
  const f = item.festival;
  return (
    <article className="card arch-card" data-archive={item.id}>
      <div className="arch-card__head">
        <h2 className="card__title">{f?.name ?? item.id}</h2>
        <Badge tone="info">{t('arch.readOnly')}</Badge>
      </div>
      {f ? (
        <>
          <p className="muted">
            {[f.venue, longDate(f.endDate, i18n.language), f.organizerName]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="muted">
            {t('arch.entries', { count: item.entries })} · {t('arch.file', { id: item.id })}
          </p>
          {item.stages.map((s) => (
            <StageSummary key={s.id} stage={s} />
          ))}
        </>
      ) : (
        <p className="notice notice--warning" role="note" data-testid="archive-refused">
          {t('arch.refused', { why: item.refused ?? '' })} · {t('arch.file', { id: item.id })}
        </p>
      )}
    </article>
  );
}

export function ArchivePage() {
  const { t } = useTranslation();
  const hasFestival = useDesk((s) => s.snapshot?.stages.length ?? 0) > 0;
  const { act, list, note, setNote, refresh } = useListed('archive:list');
  const save = async () => {
    const res = await act.run('archive:save', {});
    if (res.ok) setNote(t('arch.saved', { id: res.data.id }));
    await refresh();
  };
  return (
    <>
      <PageHeader
        title={t('arch.title')}
        lead={t('arch.lead')}
        actions={
          hasFestival ? (
            <Button
              variant="primary"
              onClick={() => void save()}
              disabled={act.pending}
              data-testid="archive-save"
            >
              {t('arch.save')}
            </Button>
          ) : null
        }
      />
      <p className="muted">{t('arch.where')}</p>
      <ListedNotices act={act} note={note} testId="archive-note" />
      {list?.length === 0 ? <p className="card muted">{t('arch.empty')}</p> : null}
      <div className="arch-grid" data-testid="archive-list">
        {list?.map((item) => (
          <ArchiveCard key={item.id} item={item} />
        ))}
      </div>
    </>
  );
}
