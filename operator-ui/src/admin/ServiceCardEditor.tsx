// The service card editor («Картка» in «Послуги»): documents, fee, duration and who may apply,
// in Ukrainian and English. PUT /api/services/:id/card takes the whole card.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service, ServiceCardInput } from '@cherha/contracts';
import { api, currentLanguage, localized } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { addInfoStrings } from './info-strings';
import { FormDialog } from './form/dialogs';
import { TextAreaField, TextField } from './form/fields';
import { useFormSubmit } from './form/useFormSubmit';
import { RowButton } from './table';

addInfoStrings(appI18n);

type Lang = 'uk' | 'en';
const LANGS: Lang[] = ['uk', 'en'];
const TEXTS = ['fee', 'duration', 'applicants'] as const;

interface Draft {
  documents: Record<Lang, string>;
  fee: Record<Lang, string>;
  duration: Record<Lang, string>;
  applicants: Record<Lang, string>;
}

const empty = (): Draft => ({ documents: { uk: '', en: '' }, fee: { uk: '', en: '' }, duration: { uk: '', en: '' }, applicants: { uk: '', en: '' } });
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** «Картка» button of a service row; opens the editor, reports the outcome as a status sentence */
export function ServiceCardButton({ service, onStatus }: { service: Service; onStatus: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const name = localized(service.name, currentLanguage(i18n));
  return (
    <>
      <RowButton label={t('adm.card.open')} of={name} onClick={() => setOpen(true)} />
      {open ? (
        <ServiceCardEditor
          service={service}
          onClose={() => setOpen(false)}
          onSaved={(text) => {
            setOpen(false);
            onStatus(text);
          }}
        />
      ) : null}
    </>
  );
}

export function ServiceCardEditor({ service, onClose, onSaved }: { service: Service; onClose: () => void; onSaved: (status: string) => void }) {
  const { t, i18n } = useTranslation();
  const name = localized(service.name, currentLanguage(i18n));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [hasCard, setHasCard] = useState(false);
  const form = useFormSubmit();

  useEffect(() => {
    let cancelled = false;
    api('getServiceCard', { params: { id: service.id } })
      .then(({ card }) => {
        if (cancelled) return;
        setHasCard(card !== null);
        setDraft(card ? { documents: { uk: card.documents.uk.join('\n'), en: card.documents.en.join('\n') }, fee: card.fee, duration: card.duration, applicants: card.applicants } : empty());
      })
      .catch(() => !cancelled && setDraft(empty()));
    return () => {
      cancelled = true;
    };
  }, [service.id]);

  const set = (field: keyof Draft, lang: Lang) => (v: string) => setDraft((d) => (d ? { ...d, [field]: { ...d[field], [lang]: v } } : d));

  const submit = () =>
    form.run(async () => {
      if (!draft) return;
      const body: ServiceCardInput = {
        documents: { uk: lines(draft.documents.uk), en: lines(draft.documents.en) },
        fee: draft.fee, duration: draft.duration, applicants: draft.applicants,
      };
      await api('updateServiceCard', { params: { id: service.id }, body });
      onSaved(t('adm.card.saved', { name }));
    });

  const remove = () =>
    form.run(async () => {
      await api('deleteServiceCard', { params: { id: service.id } });
      onSaved(t('adm.card.removed', { name }));
    });

  return (
    <FormDialog title={t('adm.card.title', { name })} onClose={onClose} onSubmit={submit} error={form.err} busy={form.busy || !draft} stickyButtons>
      <p className="adm-intro">{t('adm.card.intro')}</p>
      {!draft ? <p role="status">{t('adm.card.loading')}</p> : null}
      {draft
        ? LANGS.map((lang) => (
            <fieldset key={lang} className="adm-radios" lang={lang}>
              <legend>{t(`adm.card.${lang}`)}</legend>
              <TextAreaField label={`${t('adm.card.documents')} — ${t(`adm.card.${lang}`)}`} value={draft.documents[lang]} onChange={set('documents', lang)} error={form.fields[`documents.${lang}`]} />
              {TEXTS.map((f) => (
                <TextField key={f} label={`${t(`adm.card.${f}`)} — ${t(`adm.card.${lang}`)}`} value={draft[f][lang]} onChange={set(f, lang)} maxLength={500} error={form.fields[`${f}.${lang}`]} />
              ))}
            </fieldset>
          ))
        : null}
      {hasCard ? (
        <button type="button" className="btn btn--danger-outline" disabled={form.busy} onClick={() => void remove()}>
          {t('adm.card.remove')}
        </button>
      ) : null}
    </FormDialog>
  );
}
