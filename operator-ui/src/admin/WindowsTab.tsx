// Вікна: which services each window serves and at which level (1 основна: served first;
// 2 резервна: when nobody waits for the main ones). PUT /api/windows/:id, POST for a new one.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WindowBody, type ServicesResponse, type Window } from '@cherha/contracts';
import { api, currentLanguage, localized } from '@cherha/ui-kit';
import { FormDialog } from './form/dialogs';
import { CheckField, TextField } from './form/fields';
import { useFormSubmit } from './form/useFormSubmit';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useReload, useTabMessages } from './tab/hooks';
import { RowButton } from './table';
import { groupByCategory } from './ServicesTab';
import { fetchUnserved, SaveWarning, serviceList } from './SetupWarnings';

export function WindowsTab({ branchId }: { branchId: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [windows, setWindows] = useState<Window[] | null>(null);
  const [catalog, setCatalog] = useState<ServicesResponse | null>(null);
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [editing, setEditing] = useState<Window | 'new' | null>(null);
  const [tick, reload] = useReload();
  // a window switched off or a service taken away may leave services with no window at all
  const [warning, setWarning] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api('listWindows', { params: { branchId } }), api('listServices', { params: { branchId } })])
      .then(([w, c]) => {
        if (cancelled) return;
        setWindows(w);
        setCatalog(c);
      })
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, tick, fail]);

  const serviceById = new Map((catalog?.services ?? []).map((s) => [s.id, s]));
  return (
    <AdminSection tab="windows" intro={t('adm.win.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <SaveWarning text={warning} onDismiss={() => setWarning(null)} />
      <div className="adm-toolbar">
        <button type="button" className="btn btn--primary" disabled={!catalog} onClick={() => setEditing('new')}>
          {t('adm.win.add')}
        </button>
      </div>
      <Loading when={!windows && !error} />
      <ul className="adm-cards">
        {(windows ?? []).map((w) => {
          const byLevel = (level: number) =>
            w.services
              .filter((s) => (level === 1 ? s.level <= 1 : s.level >= 2))
              .map((s) => serviceById.get(s.serviceId))
              .filter((s) => s !== undefined);
          const titleId = `adm-win-${w.id}`;
          return (
            <li key={w.id} className={`adm-card adm-window${w.active ? '' : ' adm-row--off'}`} data-window-id={w.id}>
              <div className="adm-window__head">
                <h2 id={titleId}>
                  {t('op.windowN', { label: w.label })}
                  {w.name ? <span className="adm-sub">{w.name}</span> : null}
                </h2>
                {!w.active ? <span className="adm-badge adm-badge--no">{t('adm.win.inactive')}</span> : null}
                <RowButton label={t('adm.edit')} of={t('op.windowN', { label: w.label })} onClick={() => setEditing(w)} />
              </div>
              {w.services.length === 0 ? <p className="adm-muted">{t('adm.win.noServices')}</p> : null}
              {[1, 2].map((level) => {
                const list = byLevel(level);
                if (list.length === 0) return null;
                return (
                  <div key={level}>
                    <h3 className="adm-window__level">{t(`adm.win.level${level}`)}</h3>
                    <ul className="adm-chips">
                      {list.map((s) => (
                        <li key={s.id} className={s.active ? undefined : 'adm-chip--off'}>
                          <span className="prefix">{s.prefix}</span> {localized(s.name, lang)}
                          {s.active ? '' : ` (${t('adm.svc.inactive')})`}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </li>
          );
        })}
      </ul>
      {editing && catalog ? (
        <WindowDialog
          branchId={branchId}
          window={editing === 'new' ? null : editing}
          catalog={catalog}
          onClose={() => setEditing(null)}
          onSaved={(w, created) => {
            setEditing(null);
            setStatus(t(created ? 'adm.win.created' : 'adm.win.saved', { label: w.label }));
            setWarning(null);
            fetchUnserved(branchId)
              .then((list) => {
                if (list.length > 0) setWarning(t('adm.setup.windowsUnserved', { count: list.length, list: serviceList(list, lang) }));
              })
              .catch(() => undefined);
            reload();
          }}
        />
      ) : null}
    </AdminSection>
  );
}

function WindowDialog({
  branchId,
  window: win,
  catalog,
  onClose,
  onSaved,
}: {
  branchId: number;
  window: Window | null;
  catalog: ServicesResponse;
  onClose: () => void;
  onSaved: (w: Window, created: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [label, setLabel] = useState(win?.label ?? '');
  const [name, setName] = useState(win?.name ?? '');
  const [active, setActive] = useState(win?.active ?? true);
  const [levels, setLevels] = useState<Record<number, number>>(() => Object.fromEntries((win?.services ?? []).map((s) => [s.serviceId, s.level])));
  const { busy, err, fields: f, run, accepts } = useFormSubmit();
  const groups = groupByCategory(catalog, lang);

  const submit = async () => {
    const body = {
      label: label.trim(),
      name: name.trim(),
      active,
      services: Object.entries(levels)
        .filter(([, level]) => level > 0)
        .map(([serviceId, level]) => ({ serviceId: Number(serviceId), level })),
    };
    // the server's rule for a window; an empty label is said as before, in the form's own words
    if (!accepts(WindowBody.safeParse(body), { label: { too_small: t('adm.required') } }, body.label ? undefined : t('adm.win.labelRequired'))) return;
    await run(async () => {
      const saved = win
        ? await api('updateWindow', { params: { windowId: win.id }, body })
        : await api('createWindow', { params: { branchId }, body });
      onSaved(saved, !win);
    });
  };
  const count = Object.values(levels).filter((l) => l > 0).length;
  return (
    <FormDialog title={win ? t('adm.win.editTitle', { label: win.label }) : t('adm.win.add')} onClose={onClose} onSubmit={submit} error={err} busy={busy} stickyButtons>
      <div className="adm-form-row">
        <TextField label={t('adm.win.label')} hint={t('adm.win.labelHint')} value={label} onChange={setLabel} maxLength={10} size={6} required error={f.label} />
        <TextField label={t('adm.win.name')} hint={t('adm.win.nameHint')} value={name} onChange={setName} maxLength={100} className="adm-field--grow" error={f.name} />
      </div>
      <CheckField label={t('adm.win.activeLabel')} checked={active} onChange={setActive} />
      <fieldset className="adm-levels">
        <legend>{t('adm.win.servicesLegend', { count })}</legend>
        <p className="adm-field__hint">{t('adm.win.levelsHint')}</p>
        {groups.map((g) => (
          <div key={g.id} className="adm-levels__group">
            <h3 className="adm-levels__title">{g.title}</h3>
            <table className="adm-table adm-levels__table">
              <tbody>
                {g.services.map((s) => {
                  const id = `lvl-${s.id}`;
                  const sName = localized(s.name, lang);
                  return (
                    <tr key={s.id}>
                      <th scope="row">
                        <label htmlFor={id}>
                          <span className="prefix">{s.prefix}</span> {sName}
                          {s.active ? '' : ` (${t('adm.svc.inactive')})`}
                        </label>
                      </th>
                      <td>
                        <select
                          id={id}
                          className="adm-input"
                          value={String(levels[s.id] ?? 0)}
                          onChange={(e) => setLevels((m) => ({ ...m, [s.id]: Number(e.target.value) }))}
                        >
                          <option value="0">{t('adm.win.level0')}</option>
                          <option value="1">{t('adm.win.level1')}</option>
                          <option value="2">{t('adm.win.level2')}</option>
                          {(levels[s.id] ?? 0) > 2 ? <option value={String(levels[s.id])}>{t('adm.win.levelN', { n: levels[s.id] })}</option> : null}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
      </fieldset>
    </FormDialog>
  );
}
