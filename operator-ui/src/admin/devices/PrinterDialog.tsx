// «Принтер»: who prints a kiosk's tickets — the server (to a network or virtual printer), a print
// agent on a PC beside the kiosk (an existing one, or a new one paired in one step), or nobody
// (the kiosk shows the ticket on its screen). PUT /api/devices/:id/printer.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminDevice, PrinterProfile } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';
import { FormDialog } from '../form/dialogs';
import { RadioGroup, SelectField } from '../form/fields';
import { useFormSubmit } from '../form/useFormSubmit';
import { initialPrinterForm, printerBody, type PrinterForm, type PrinterMode } from './printer-form';
import { ServerPrinterFields } from './ServerPrinterFields';

export function PrinterDialog({
  device,
  agents,
  profiles,
  onClose,
  onNewAgent,
  onSaved,
}: {
  device: AdminDevice;
  agents: AdminDevice[];
  profiles: PrinterProfile[];
  onClose: () => void;
  /** a new agent for this kiosk, paired in one step (closes the dialog, shows the code) */
  onNewAgent: () => Promise<void>;
  onSaved: (status: string, saved: AdminDevice) => void;
}) {
  const { t } = useTranslation();
  // the form starts from what the server keeps for this kiosk
  const [form, setForm] = useState(() => initialPrinterForm(device, agents, profiles));
  const set = (patch: Partial<PrinterForm>) => setForm((f) => ({ ...f, ...patch }));
  const { busy, err, fields: f, run, invalid } = useFormSubmit();
  // which hosts the installer allowed: the form says it before the server refuses one
  const [allowedHosts, setAllowedHosts] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    api('listPrinterTargets', {})
      .then((r) => live && setAllowedHosts(r.tcp))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const submit = async () => {
    const { body, fields } = printerBody(form, device.printer, t);
    if (Object.keys(fields).length > 0) return invalid(fields, Object.values(fields).join(' '));
    await run(async () => {
      const saved = await api('setDevicePrinter', { params: { id: device.id }, body });
      onSaved(t('adm.pr.saved', { name: device.name }), saved);
    });
  };

  return (
    <FormDialog
      title={t('adm.pr.title', { name: device.name })}
      onClose={onClose}
      onSubmit={submit}
      error={err}
      busy={busy || (form.mode === 'agent' && agents.length === 0)}
      formClassName=""
    >
      <RadioGroup<PrinterMode>
        legend={t('adm.pr.who')}
        name="printer-mode"
        value={form.mode}
        onChange={(mode) => set({ mode })}
        options={[
          {
            value: 'server',
            label: t('adm.pr.modeServer'),
            hint: t('adm.pr.modeServerHint'),
            extra: <ServerPrinterFields form={form} set={set} saved={device.printer} profiles={profiles} allowedHosts={allowedHosts} errors={f} />,
          },
          {
            value: 'agent',
            label: t('adm.pr.modeAgent'),
            hint: t('adm.pr.modeAgentHint'),
            extra: (
              <>
                {agents.length > 0 ? (
                  <SelectField
                    label={t('adm.pr.agent')}
                    value={form.agentId}
                    onChange={(agentId) => set({ agentId })}
                    error={f.agent}
                    options={agents.map((a) => ({ value: String(a.id), label: `${a.name}${a.paired ? '' : ` (${t('adm.pr.agentNotPaired')})`}` }))}
                  />
                ) : null}
                <p className="adm-field__hint" id="adm-new-agent-hint">
                  {t('adm.setup.newAgentHint')}
                </p>
                <button type="button" className="btn" aria-describedby="adm-new-agent-hint" disabled={busy} onClick={() => void run(onNewAgent)}>
                  {t('adm.setup.newAgent')}
                </button>
              </>
            ),
          },
          { value: 'none', label: t('adm.pr.modeNone'), hint: t('adm.pr.modeNoneHint') },
        ]}
      />
    </FormDialog>
  );
}
