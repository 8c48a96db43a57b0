// «Друкує сервер»: how the server reaches the kiosk's printer (network, virtual, or a saved
// transport this form does not edit), its profile and its paper width.
import { useTranslation } from 'react-i18next';
import { RadioGroup, SelectField, TextField } from '../form/fields';
import { SAVED_PROFILE, describeProfile, savedParts, type PrinterForm, type TransportChoice } from './printer-form';
import type { PrinterProfile, SavedPrinter } from '@cherha/contracts';

export function ServerPrinterFields({
  form,
  set,
  saved,
  profiles,
  allowedHosts,
  errors,
}: {
  form: PrinterForm;
  set: (patch: Partial<PrinterForm>) => void;
  saved: SavedPrinter | null;
  profiles: PrinterProfile[];
  /** the hosts the installer allowed (EQUEUE_PRINTER_HOSTS); null until known */
  allowedHosts: string[] | null;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const s = savedParts(saved);

  // a profile the server listed, or the saved name alone while the list has not come
  const profileLabel = (p: Partial<PrinterProfile> & Pick<PrinterProfile, 'name' | 'mode'>) =>
    p.mode === 'raster' ? `${p.name} — ${t('adm.pr.raster')}` : `${p.name} — ${p.codePage ?? ''}${p.codePageNumber !== undefined && p.codePageNumber !== null ? `, ESC t ${p.codePageNumber}` : ''}`;

  return (
    <div className="adm-subform">
      <RadioGroup<TransportChoice>
        legend={t('adm.pr.transport')}
        name="printer-transport"
        value={form.transport}
        onChange={(transport) => set({ transport })}
        options={[
          { value: 'tcp', label: t('adm.pr.tcp') },
          { value: 'virtual', label: t('adm.pr.virtual'), hint: t('adm.pr.virtualHint') },
          ...(s.otherTransport
            ? [{ value: 'saved' as const, label: t('adm.pr.keepTransport', { transport: s.transport, path: typeof saved?.path === 'string' ? saved.path : '' }), hint: t('adm.pr.keepTransportHint') }]
            : []),
        ]}
      />
      {form.transport === 'tcp' ? (
        <div className="adm-form-row">
          <TextField
            label={t('adm.pr.host')}
            hint={
              allowedHosts === null
                ? t('adm.pr.hostHint')
                : allowedHosts.length > 0
                  ? `${t('adm.pr.hostHint')}. ${t('adm.pr.allowedHosts', { list: allowedHosts.join(', ') })}`
                  : t('adm.pr.noAllowedHosts')
            }
            value={form.host}
            onChange={(host) => set({ host })}
            required
            error={errors.host}
            className="adm-field--grow"
          />
          <TextField label={t('adm.pr.port')} value={form.port} onChange={(port) => set({ port })} inputMode="numeric" size={6} error={errors.port} />
        </div>
      ) : null}
      <SelectField
        label={t('adm.pr.profile')}
        hint={t('adm.pr.profileHint')}
        value={form.profile}
        onChange={(profile) => set({ profile })}
        options={[
          ...(s.customProfile ? [{ value: SAVED_PROFILE, label: t('adm.pr.savedProfile', { name: describeProfile(s.profile) }) }] : []),
          ...(typeof s.profile === 'string' && !profiles.some((p) => p.name === s.profile) ? [{ value: s.profile, label: s.profile }] : []),
          ...(profiles.length > 0 ? profiles : form.profile === SAVED_PROFILE ? [] : [{ name: form.profile, mode: 'text' as const }]).map((p) => ({ value: p.name, label: profileLabel(p) })),
        ]}
      />
      <RadioGroup<'58' | '80'>
        legend={t('adm.pr.paper')}
        name="printer-paper"
        value={form.paper}
        onChange={(paper) => set({ paper })}
        options={[
          { value: '80', label: t('adm.pr.paper80') },
          { value: '58', label: t('adm.pr.paper58') },
        ]}
      />
    </div>
  );
}
