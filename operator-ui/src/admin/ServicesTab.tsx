// Послуги: every service of the office (switched-off ones too), grouped by category; edit or
// add one. PUT /api/services/:id and POST /api/branches/:id/services take the whole service.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServiceBody, TICKET_PREFIXES, type Category, type Service, type ServicesResponse } from '@cherha/contracts';
import { api, currentLanguage, localized } from '@cherha/ui-kit';
import { FormDialog } from './form/dialogs';
import { CheckField, SelectField, TextField } from './form/fields';
import { parseIntOrNull } from './form/parse';
import { useFormSubmit } from './form/useFormSubmit';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useReload, useTabMessages } from './tab/hooks';
import { AdminTable, OnOffBadge, RowButton } from './table';
import { fetchUnserved, SaveWarning, UnservedServicesList, useUnservedServices } from './SetupWarnings';
import { ServiceCardButton } from './ServiceCardEditor';

/** "Sphere › Purpose" for a category (up to three levels) */
export function categoryPath(categories: Category[], id: number, lang: string): string {
  const parts: string[] = [];
  const seen = new Set<number>();
  for (let c = categories.find((x) => x.id === id); c && !seen.has(c.id); c = c.parentId === null ? undefined : categories.find((x) => x.id === c?.parentId)) {
    seen.add(c.id);
    parts.unshift(localized(c.name, lang));
  }
  return parts.join(' › ');
}

/** categories in tree order (parents first, by sortOrder), each with the services directly in it */
export function groupByCategory(data: ServicesResponse, lang: string): { id: number; title: string; services: Service[] }[] {
  const byParent = (parentId: number | null) =>
    data.categories.filter((c) => c.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const out: { id: number; title: string; services: Service[] }[] = [];
  const walk = (parentId: number | null, depth: number) => {
    if (depth > 5) return;
    for (const c of byParent(parentId)) {
      const services = data.services.filter((s) => s.categoryId === c.id).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
      if (services.length > 0) out.push({ id: c.id, title: categoryPath(data.categories, c.id, lang), services });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  const listed = new Set(out.flatMap((g) => g.services.map((s) => s.id)));
  const rest = data.services.filter((s) => !listed.has(s.id));
  if (rest.length > 0) out.push({ id: 0, title: '—', services: rest });
  return out;
}

export function ServicesTab({ branchId }: { branchId: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [data, setData] = useState<ServicesResponse | null>(null);
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [onlyInactive, setOnlyInactive] = useState(false);
  const [tick, reload] = useReload();
  const unserved = useUnservedServices(branchId, tick);
  // said right after a save that leaves the service without a window (the kiosk then hides it)
  const [warning, setWarning] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api('listServices', { params: { branchId } })
      .then((d) => {
        if (!cancelled) setData(d);
      })
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, tick, fail]);

  const groups = data ? groupByCategory(data, lang) : [];
  const inactiveCount = data?.services.filter((s) => !s.active).length ?? 0;

  return (
    <AdminSection tab="services" intro={t('adm.svc.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <SaveWarning text={warning} onDismiss={() => setWarning(null)} />
      <UnservedServicesList services={unserved} />
      <div className="adm-toolbar">
        <button type="button" className="btn btn--primary" onClick={() => setEditing('new')} disabled={!data}>
          {t('adm.svc.add')}
        </button>
        {data ? (
          <CheckField label={t('adm.svc.onlyInactive', { count: inactiveCount })} checked={onlyInactive} onChange={setOnlyInactive} />
        ) : null}
      </div>
      <Loading when={!data && !error} />
      {groups.map((g) => {
        const list = onlyInactive ? g.services.filter((s) => !s.active) : g.services;
        if (list.length === 0) return null;
        const headId = `adm-cat-${g.id}`;
        return (
          <div key={g.id} className="adm-group">
            <h2 id={headId} className="adm-group__title">
              {g.title}
            </h2>
            <AdminTable
              labelledBy={headId}
              columns={[t('adm.svc.prefix'), t('adm.svc.name'), t('adm.svc.cap'), t('adm.svc.expected'), t('adm.svc.state'), t('op.actionCol')]}
            >
              {list.map((s) => (
                <tr key={s.id} className={s.active ? undefined : 'adm-row--off'} data-service-id={s.id}>
                  <td>
                    <span className="prefix">{s.prefix}</span>
                  </td>
                  <th scope="row">
                    {localized(s.name, lang)}
                    {lang === 'uk' && s.name.en ? (
                      <span className="adm-sub" lang="en">
                        {s.name.en}
                      </span>
                    ) : null}
                  </th>
                  <td>{s.dailyCap ?? t('adm.svc.noCap')}</td>
                  <td>{t('common.minutes', { count: s.expectedMinutes })}</td>
                  <td>
                    <OnOffBadge on={s.active} onText={t('adm.svc.active')} offText={t('adm.svc.inactive')} />
                  </td>
                  <td>
                    <RowButton label={t('adm.edit')} of={localized(s.name, lang)} onClick={() => setEditing(s)} />
                    <ServiceCardButton service={s} onStatus={setStatus} />
                  </td>
                </tr>
              ))}
            </AdminTable>
          </div>
        );
      })}
      {editing && data ? (
        <ServiceDialog
          branchId={branchId}
          service={editing === 'new' ? null : editing}
          data={data}
          onClose={() => setEditing(null)}
          onSaved={(s, created) => {
            setEditing(null);
            setStatus(t(created ? 'adm.svc.created' : 'adm.svc.saved', { name: localized(s.name, lang) }));
            setWarning(null);
            fetchUnserved(branchId)
              .then((list) => {
                if (list.some((x) => x.id === s.id)) setWarning(t('adm.setup.savedUnserved', { name: localized(s.name, lang) }));
              })
              .catch(() => undefined);
            reload();
          }}
        />
      ) : null}
    </AdminSection>
  );
}

function ServiceDialog({
  branchId,
  service,
  data,
  onClose,
  onSaved,
}: {
  branchId: number;
  service: Service | null;
  data: ServicesResponse;
  onClose: () => void;
  onSaved: (s: Service, created: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const leafCategories = data.categories
    .filter((c) => !data.categories.some((x) => x.parentId === c.id) || data.services.some((s) => s.categoryId === c.id))
    .map((c) => ({ value: String(c.id), label: categoryPath(data.categories, c.id, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'uk'));
  const [categoryId, setCategoryId] = useState(String(service?.categoryId ?? leafCategories[0]?.value ?? ''));
  const [nameUk, setNameUk] = useState(service?.name.uk ?? '');
  const [nameEn, setNameEn] = useState(service?.name.en ?? '');
  const [prefix, setPrefix] = useState(service?.prefix ?? TICKET_PREFIXES[0]);
  const [cap, setCap] = useState(service?.dailyCap === null || service?.dailyCap === undefined ? '' : String(service.dailyCap));
  const [stop, setStop] = useState(String(service?.stopIssuingMinutesBeforeClose ?? 0));
  const [expected, setExpected] = useState(String(service?.expectedMinutes ?? 10));
  const [active, setActive] = useState(service?.active ?? true);
  const { busy, err, fields: f, run, accepts } = useFormSubmit();

  const submit = async () => {
    // a number field that is not a whole number becomes NaN, which the schema refuses (an empty cap is «no cap»)
    const whole = (v: string) => parseIntOrNull(v) ?? Number.NaN;
    const body = {
      categoryId: Number(categoryId),
      name: { uk: nameUk.trim(), en: nameEn.trim() },
      prefix,
      rangeStart: service?.rangeStart ?? 1,
      rangeEnd: service?.rangeEnd ?? 999,
      dailyCap: cap.trim() === '' ? null : whole(cap),
      opensAt: service?.opensAt ?? null,
      closesAt: service?.closesAt ?? null,
      stopIssuingMinutesBeforeClose: whole(stop),
      expectedMinutes: whole(expected),
      active,
      sortOrder: service?.sortOrder ?? Math.max(0, ...data.services.map((s) => s.sortOrder)) + 1,
    };
    // the server's rule for a service; the ranges and required names in the form's own words
    const texts = {
      'name.uk': { too_small: t('adm.required') },
      'name.en': { too_small: t('adm.svc.enRequired') },
      categoryId: t('adm.required'),
      dailyCap: t('adm.svc.capRange'),
      stopIssuingMinutesBeforeClose: t('adm.range', { min: 0, max: 240 }),
      expectedMinutes: t('adm.range', { min: 1, max: 480 }),
    };
    const checked = ServiceBody.safeParse(body);
    if (!accepts(checked, texts) || !checked.success) return;
    // sent as the rule read it: the same values, the letter known to be one of TICKET_PREFIXES
    const valid = checked.data;
    await run(async () => {
      const saved = service
        ? await api('updateService', { params: { id: service.id }, body: valid })
        : await api('createService', { params: { branchId }, body: valid });
      onSaved(saved, !service);
    });
  };
  return (
    <FormDialog
      title={service ? t('adm.svc.editTitle', { name: localized(service.name, lang) }) : t('adm.svc.add')}
      onClose={onClose}
      onSubmit={submit}
      error={err}
      busy={busy}
    >
      <SelectField label={t('adm.svc.category')} value={categoryId} onChange={setCategoryId} options={leafCategories} error={f.categoryId} />
      <TextField label={t('adm.svc.nameUk')} value={nameUk} onChange={setNameUk} maxLength={200} required error={f['name.uk']} />
      <TextField label={t('adm.svc.nameEn')} value={nameEn} onChange={setNameEn} maxLength={200} required error={f['name.en']} />
      <div className="adm-form-row">
        <SelectField
          label={t('adm.svc.prefix')}
          hint={t('adm.svc.prefixHint')}
          value={prefix}
          onChange={setPrefix}
          options={TICKET_PREFIXES.map((p) => ({ value: p, label: p }))}
          error={f.prefix}
        />
        <TextField label={t('adm.svc.cap')} hint={t('adm.svc.capHint')} value={cap} onChange={setCap} inputMode="numeric" size={6} error={f.dailyCap} />
      </div>
      <div className="adm-form-row">
        <TextField
          label={t('adm.svc.stop')}
          hint={t('adm.svc.stopHint')}
          value={stop}
          onChange={setStop}
          inputMode="numeric"
          size={5}
          error={f.stopIssuingMinutesBeforeClose}
        />
        <TextField label={t('adm.svc.expectedMin')} hint={t('adm.svc.expectedHint')} value={expected} onChange={setExpected} inputMode="numeric" size={5} error={f.expectedMinutes} />
      </div>
    <CheckField label={t('adm.svc.activeLabel')} hint={t('adm.svc.activeHint')} checked={active} onChange={setActive} />
    </FormDialog>
  );
}
