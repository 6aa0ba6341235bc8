// A correction after a lock: the organizer edits one juror's sheet, always with a written
// reason (sheet:correct). Every version of the sheet is listed first (sheet:history).
import { useNumbers } from '../../common/use-numbers.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot, SheetHistoryRow } from '../../../shared/contract/views.js';
import { parseX100 } from '../../../shared/fixed.js';
import { hasReason, type Stage } from '../../../shared/model.js';
import { sheetTotalMicro } from '../../../shared/scoring/index.js';
import { newId } from '../../common/ids.js';
import { Button } from '../../common/ui/index.js';
import { ErrorLine, SelectField, TextArea, TextField } from '../fields.js';
import { useAct } from '../live/act.js';
import { dateTime } from '../live/desk-data.js';

export function CorrectionForm({ snap }: { snap: OrganizerSnapshot }) {
  const { t, i18n } = useTranslation();
  const { points: score, hundredths } = useNumbers();
  const [stageId, setStageId] = useState(snap.stages[0]?.id ?? '');
  const [entryId, setEntryId] = useState('');
  const [jurorId, setJurorId] = useState('');
  const [history, setHistory] = useState<SheetHistoryRow[] | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const act = useAct();
  const load = useAct();
  const stage: Stage | undefined = snap.stages.find((s) => s.id === stageId);
  const entry = snap.entries.find((e) => e.id === entryId);
  const jurors = entry ? snap.jurors.filter((j) => j.panelId === entry.panelId) : [];
  const { run } = load;
  // The latest rubric without re-running the load on every snapshot (that would wipe typing).
  const criteria = useRef(stage?.criteria ?? []);
  criteria.current = stage?.criteria ?? [];
  useEffect(() => {
    setHistory(null);
    if (!stageId || !entryId || !jurorId) return;
    let live = true;
    void run('sheet:history', { jurorId, entryId, stageId }).then((res) => {
      if (!live || !res.ok) return;
      setHistory(res.data);
      const last = res.data.at(-1);
      setValues(
        Object.fromEntries(
          criteria.current.map((c) => {
            const v = last?.values[c.id];
            return [c.id, v === null || v === undefined ? '' : hundredths(v)];
          }),
        ),
      );
      setComment(last?.comment ?? '');
    });
    return () => {
      live = false;
    };
  }, [stageId, entryId, jurorId, run, reload]);
  const parsed = Object.fromEntries(
    (stage?.criteria ?? []).map((c) => [c.id, parseX100(values[c.id] ?? '')]),
  );
  const bad = Object.values(parsed).some((v) => v === undefined);
  const submit = async () => {
    if (!stage || !entry || bad) return;
    const res = await act.run('sheet:correct', {
      submissionId: newId(),
      jurorId,
      entryId,
      stageId,
      comment,
      reason: reason.trim(),
      values: parsed as Record<string, number | null>,
    });
    if (res.ok) {
      setReason('');
      setSaved(res.data.version);
      setReload((n) => n + 1);
    }
  };
  const totalOf = (row: SheetHistoryRow) =>
    stage ? sheetTotalMicro(stage.criteria, row.values) : null;
  return (
    <section className="card" aria-labelledby="correct-title">
      <h2 className="card__title" id="correct-title">
        {t('aud.correctTitle')}
      </h2>
      <p className="muted">{t('aud.correctLead')}</p>
      <div className="form-grid form-grid--3">
        {snap.stages.length > 1 ? (
          <SelectField
            label={t('res.stage')}
            name="correct-stage"
            value={stageId}
            onChange={setStageId}
            options={snap.stages.map((s) => ({ value: s.id, label: s.name }))}
          />
        ) : null}
        <SelectField
          label={t('live.entry')}
          name="correct-entry"
          value={entryId}
          onChange={(v) => {
            setEntryId(v);
            setJurorId('');
            setSaved(null);
          }}
          options={[
            { value: '', label: t('aud.pick') },
            ...snap.entries.map((e) => ({ value: e.id, label: `${e.code} — ${e.title}` })),
          ]}
        />
        <SelectField
          label={t('res.juror')}
          name="correct-juror"
          value={jurorId}
          onChange={(v) => {
            setJurorId(v);
            setSaved(null);
          }}
          options={[
            { value: '', label: t('aud.pick') },
            ...jurors.map((j) => ({ value: j.id, label: j.name })),
          ]}
        />
      </div>
      {history ? (
        <>
          <h3>{t('aud.versions')}</h3>
          {history.length === 0 ? (
            <p className="muted">{t('aud.noSheet')}</p>
          ) : (
            <table className="table table--compact table--wrap history" data-testid="sheet-history">
              <thead>
                <tr>
                  <th>v</th>
                  <th>{t('aud.when')}</th>
                  <th>{t('aud.status')}</th>
                  <th>{t('aud.author')}</th>
                  <th className="num">{t('aud.total')}</th>
                  <th>{t('aud.why')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.version}>
                    <td className="num">{h.version}</td>
                    <td>{dateTime(h.createdAt, i18n.language)}</td>
                    <td>{t(`aud.sheet.${h.status}`)}</td>
                    <td>{t(`aud.by.${h.author}`)}</td>
                    <td className="num">{score(totalOf(h))}</td>
                    <td>{h.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form
            className="stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <div className="values-grid">
              {(stage?.criteria ?? []).map((c) => (
                <TextField
                  key={c.id}
                  name={`value-${c.id}`}
                  label={`${c.name} (${hundredths(c.minX100)}–${hundredths(c.maxX100)})`}
                  value={values[c.id] ?? ''}
                  inputMode="decimal"
                  onChange={(v) => setValues({ ...values, [c.id]: v })}
                  error={parsed[c.id] === undefined ? t('aud.badNumber') : undefined}
                />
              ))}
            </div>
            <TextField
              label={t('aud.comment')}
              name="correct-comment"
              value={comment}
              onChange={setComment}
            />
            <TextArea
              label={t('aud.reason')}
              name="correct-reason"
              value={reason}
              onChange={setReason}
              rows={2}
            />
            <ErrorLine message={act.error} />
            {saved ? (
              <p className="notice notice--info" role="status" data-testid="corrected">
                {t('aud.saved', { version: saved })}
              </p>
            ) : null}
            <Button
              type="submit"
              variant="primary"
              disabled={act.pending || bad || !hasReason(reason)}
              data-testid="correct-submit"
            >
              {t('aud.save')}
            </Button>
          </form>
        </>
      ) : null}
    </section>
  );
}
