// Categories and panels: a name each (and an order). Rename in place, add, delete an
// unused one. Counts show what uses each, since one in use cannot be deleted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { namedSaveSchema } from '../../../shared/contract/setup-schemas.js';
import type { Category, Panel } from '../../../shared/model.js';
import { Button } from '../../common/ui/index.js';
import { FormError, TextField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { useForm } from '../use-form.js';
import { serverErrors } from '../validation.js';
import { SavedNote, PageHeader } from '../page-header.js';

type Kind = 'category' | 'panel';

function Row({
  kind,
  item,
  usage,
  onMove,
  first,
  last,
}: {
  kind: Kind;
  item: Category | Panel;
  usage: string;
  onMove: (by: number) => void;
  first: boolean;
  last: boolean;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(item.name);
  const form = useForm();
  const save = () =>
    form.submit(namedSaveSchema, { id: item.id, name, order: item.order }, () =>
      call(`${kind}:save`, { id: item.id, name, order: item.order }),
    );
  const remove = async () => {
    const res = await call(`${kind}:delete`, { id: item.id });
    if (!res.ok) form.setErrors(serverErrors(res));
  };
  return (
    <li className="named-row">
      <form
        className="named-row__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          label={`${t('named.name')}: ${item.name}`}
          hideLabel
          value={name}
          onChange={setName}
          error={form.errors.name}
        />
        <span className="muted named-row__usage">{usage}</span>
        <span className="named-row__move">
          <Button
            size="sm"
            variant="ghost"
            disabled={first}
            onClick={() => onMove(-1)}
            aria-label={t('named.up', { name: item.name })}
          >
            ↑
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={last}
            onClick={() => onMove(1)}
            aria-label={t('named.down', { name: item.name })}
          >
            ↓
          </Button>
        </span>
        <Button type="submit" size="sm" disabled={form.pending || name === item.name}>
          {t('actions.save')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => void remove()}
          aria-label={`${t('actions.delete')} ${item.name}`}
        >
          {t('actions.delete')}
        </Button>
        <SavedNote at={form.savedAt} text={t('actions.saved')} />
      </form>
      <FormError message={form.errors['']} />
    </li>
  );
}

function NamedPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [name, setName] = useState('');
  const [moveError, setMoveError] = useState('');
  const form = useForm();
  if (!snap) return null;
  const items = kind === 'category' ? snap.categories : snap.panels;
  const move = async (index: number, by: number) => {
    const ids = items.map((x) => x.id);
    const [id] = ids.splice(index, 1);
    if (id === undefined) return;
    ids.splice(index + by, 0, id);
    const res = await call(`${kind}:reorder`, { ids });
    setMoveError(res.ok ? '' : Object.values(serverErrors(res)).join('\n'));
  };
  const usage = (id: string) => {
    const entries = snap.entries.filter(
      (e) => (kind === 'category' ? e.categoryId : e.panelId) === id,
    ).length;
    const jurors = kind === 'panel' ? snap.jurors.filter((j) => j.panelId === id).length : null;
    return jurors === null
      ? t('named.usageEntries', { count: entries })
      : t('named.usagePanel', { entries, jurors });
  };
  return (
    <>
      <PageHeader title={t(`named.${kind}.title`)} lead={t(`named.${kind}.lead`)} />
      <section className="card">
        <div className="named-list__head" aria-hidden="true">
          <span>{t('named.name')}</span>
          <span>{t('named.usage')}</span>
        </div>
        <ul className="named-list">
          {items.map((item, i) => (
            <Row
              key={`${item.id}:${item.name}`}
              kind={kind}
              item={item}
              usage={usage(item.id)}
              onMove={(by) => void move(i, by)}
              first={i === 0}
              last={i === items.length - 1}
            />
          ))}
        </ul>
        <FormError message={moveError} />
      </section>
      <form
        className="card add-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form
            .submit(namedSaveSchema, { name }, () => call(`${kind}:save`, { name }))
            .then((r) => r && setName(''));
        }}
      >
        <h2 className="card__title">{t(`named.${kind}.add`)}</h2>
        <div className="add-form__row">
          <TextField
            label={t('named.name')}
            name="new-name"
            value={name}
            onChange={setName}
            error={form.errors.name}
          />
          <Button type="submit" variant="primary" disabled={form.pending}>
            {t('actions.add')}
          </Button>
        </div>
        <FormError message={form.errors['']} />
      </form>
    </>
  );
}

export const CategoriesPage = () => <NamedPage kind="category" />;
export const PanelsPage = () => <NamedPage kind="panel" />;
