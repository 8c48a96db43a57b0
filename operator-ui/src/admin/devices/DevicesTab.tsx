// «Пристрої»: kiosks, boards, print agents and rating terminals of the office; adding one gives
// a one-time pairing code to type on the device; a kiosk's printer and its test page.
// The data and actions are in useDevices; this file only puts the parts on the page.
import { useTranslation } from 'react-i18next';
import type { Branch } from '@cherha/contracts';
import { ConfirmDialog } from '../form/dialogs';
import { LoopbackWarning, usePublicAddress } from '../SetupWarnings';
import { AdminSection, Loading, TabMessages } from '../tab/frame';
import { AddDeviceForm } from './AddDeviceForm';
import { DeviceList } from './DeviceList';
import { PairingCard } from './PairingCard';
import { PrinterDialog } from './PrinterDialog';
import { useDevices } from './useDevices';

export function DevicesTab({ branch }: { branch: Branch }) {
  const { t } = useTranslation();
  const d = useDevices(branch.id);
  const { error, setError, status } = d.messages;
  const { devices, confirm, printerFor, actions } = d;
  // the address devices and phones must reach: shown in the pairing steps, warned about when loopback
  const address = usePublicAddress();

  return (
    <AdminSection tab="devices" intro={t('adm.dev.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <LoopbackWarning address={address} />

      <AddDeviceForm branchId={branch.id} onCreated={actions.added} />

      {d.pairing ? <PairingCard answer={d.pairing} baseUrl={address?.publicUrl ?? window.location.origin} timeZone={branch.timeZone} onDone={() => d.setPairing(null)} /> : null}

      <div className="adm-toolbar">
        <h2 id="adm-devices-list">{t('adm.dev.listTitle')}</h2>
        <button type="button" className="btn btn--small" onClick={d.reload}>
          {t('adm.refresh')}
        </button>
      </div>
      <Loading when={devices === null && !error} />
      {devices !== null && devices.length === 0 ? <p>{t('adm.dev.none')}</p> : null}
      {devices !== null && devices.length > 0 ? (
        <DeviceList
          devices={devices}
          printers={d.printers}
          agents={d.agents}
          now={d.now}
          timeZone={branch.timeZone}
          testing={d.testing}
          onSetPrinter={d.setPrinterFor}
          onTestPage={(x) => void actions.testPage(x)}
          onConfirm={d.setConfirm}
        />
      ) : null}

      {confirm ? (
        <ConfirmDialog
          title={confirm.kind === 'code' ? t('adm.dev.newCodeTitle', { name: confirm.device.name }) : t('adm.dev.revokeTitle', { name: confirm.device.name })}
          text={confirm.kind === 'code' ? t('adm.dev.newCodeConfirm') : t('adm.dev.revokeConfirm')}
          confirmLabel={confirm.kind === 'code' ? t('adm.dev.newCodeDo') : t('adm.dev.revokeDo')}
          danger
          onConfirm={() => (confirm.kind === 'code' ? actions.newCode(confirm.device) : actions.revoke(confirm.device))}
          onClose={() => d.setConfirm(null)}
        />
      ) : null}

      {printerFor ? (
        <PrinterDialog
          device={printerFor}
          agents={d.agents}
          profiles={d.profiles}
          onClose={() => d.setPrinterFor(null)}
          onNewAgent={() => actions.newAgentFor(printerFor)}
          onSaved={actions.printerSaved}
        />
      ) : null}
    </AdminSection>
  );
}
