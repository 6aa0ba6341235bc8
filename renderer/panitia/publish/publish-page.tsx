// Publishing after the festival: the jurors' comments the organizer releases, the feedback
// sheets for every innovator, and the innovation catalogue (docs/CATALOGUE.md).
import { isSettled } from '../../../shared/scoring/state.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../fields.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { CommentsCard } from './comments-card.js';
import { CatalogueCard } from './catalogue-card.js';
import { FeedbackCard } from './feedback-card.js';
import './publish.css';

export function PublishPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [stageId, setStageId] = useState('');
  if (!snap) return null;
  // The last stage by default: the one whose results end the festival.
  const stages = [...snap.stages].sort((a, b) => a.order - b.order);
  const stage = stages.find((s) => s.id === stageId) ?? stages[stages.length - 1];
  if (!stage) return null;
  const unlocked = snap.entries.filter(
    (e) => !isSettled(snap.phases[stage.id]?.[e.id] ?? 'queued'),
  ).length;
  return (
    <>
      <PageHeader title={t('pub.title')} lead={t('pub.lead')} />
      {stages.length > 1 ? (
        <div className="toolbar">
          <SelectField
            label={t('pub.stage')}
            name="pub-stage"
            value={stage.id}
            onChange={setStageId}
            options={stages.map((s) => ({ value: s.id, label: s.name }))}
          />
        </div>
      ) : null}
      {unlocked > 0 ? (
        <p className="pub-provisional" role="note">
          {t('pub.provisionalNote', { count: unlocked })}
        </p>
      ) : null}
      <CommentsCard key={`c-${stage.id}`} stageId={stage.id} />
      <FeedbackCard key={`f-${stage.id}`} stageId={stage.id} />
      <CatalogueCard key={`k-${stage.id}`} stageId={stage.id} unlocked={unlocked} />
    </>
  );
}
