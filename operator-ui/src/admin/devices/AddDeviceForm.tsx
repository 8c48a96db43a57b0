// «Додати пристрій»: a kind and a name; the answer is the new device's pairing code.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateDeviceBody, DEVICE_KINDS, type DeviceKind, type PairingAnswer } from '@cherha/contracts';
import { ErrorAlert, api } from '@cherha/ui-kit';
import { SelectField, TextField } from '../form/fields';
import { useFormSubmit } from '../form/useFormSubmit';

export function AddDeviceForm({ branchId, onCreated }: { branchId: number; onCreated: (res: PairingAnswer) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DeviceKind>('kiosk');
  const [name, setName] = useState('');
  const { busy, err, fields: f, run, accepts } = useFormSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { kind, name: name.trim() };
    // the server's rule for a device; an empty name is said as before, in the form's own words
    if (!accepts(CreateDeviceBody.safeParse(body), { name: { too_small: t('adm.required') } }, body.name ? undefined : t('adm.dev.nameRequired'))) return;
    await run(async () => {
      const res = await api('createDevice', { params: { branchId }, body });
      setName('');
      onCreated(res);
    });
  };
  return (
    <form className="adm-card adm-form-inline" onSubmit={(e) => void submit(e)} aria-labelledby="adm-add-device" noValidate>
      <h2 id="adm-add-device">{t('adm.dev.add')}</h2>
      <div className="adm-form-row">
        <SelectField
          label={t('adm.dev.kind')}
          value={kind}
          onChange={(v) => setKind(v as DeviceKind)}
          options={DEVICE_KINDS.map((k) => ({ value: k, label: t(`adm.dev.kind_${k}`) }))}
        />
        <TextField
          label={t('adm.dev.name')}
          hint={t('adm.dev.nameHint')}
          value={name}
          onChange={setName}
          maxLength={100}
          required
          error={f.name}
          className="adm-field--grow"
        />
        <button type="submit" className="btn btn--primary adm-form-row__submit" disabled={busy}>
          {t('adm.dev.add')}
        </button>
      </div>
      <ErrorAlert message={err?.message ?? null} />
    </form>
  );
}
