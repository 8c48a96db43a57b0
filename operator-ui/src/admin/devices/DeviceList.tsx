// The office's devices as a table: name (and «демо»), kind, state, last seen, how its tickets
// print, and the row's buttons.
import { useTranslation } from 'react-i18next';
import type { PrinterStateView } from '@cherha/contracts';
import { AdminTable, RowButton } from '../table';
import { formatTime, formatWhen } from '../time';
import type { AdminDevice } from '@cherha/contracts';
import { deviceState } from './types';
import type { DeviceConfirm } from './useDevices';

export function DeviceList({
  devices,
  printers,
  agents,
  now,
  timeZone,
  testing,
  onSetPrinter,
  onTestPage,
  onConfirm,
}: {
  devices: AdminDevice[];
  printers: PrinterStateView[];
  agents: AdminDevice[];
  now: number;
  timeZone: string;
  /** the device whose test page is printing (every «Тестова сторінка» waits meanwhile) */
  testing: number | null;
  onSetPrinter: (d: AdminDevice) => void;
  onTestPage: (d: AdminDevice) => void;
  onConfirm: (c: DeviceConfirm) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <AdminTable
      labelledBy="adm-devices-list"
      columns={[t('adm.dev.name'), t('adm.dev.kind'), t('adm.dev.state'), t('adm.dev.lastSeen'), t('adm.dev.printer'), t('op.actionCol')]}
    >
      {devices.map((d) => {
        const p = printers.find((x) => x.deviceId === d.id);
        const agent = d.printAgentId ? agents.find((a) => a.id === d.printAgentId) : undefined;
        return (
          <tr key={d.id} data-device-id={d.id}>
            <th scope="row">
              {d.name}
              {d.isDemo ? (
                <span className="adm-badge adm-badge--demo" title={t('adm.dev.demoHint')}>
                  {t('adm.dev.demo')}
                </span>
              ) : null}
            </th>
            <td>{t(`adm.dev.kind_${d.kind}`)}</td>
            <td data-testid="device-state">
              <DeviceStateBadge device={d} now={now} timeZone={timeZone} />
            </td>
            <td>{d.lastSeenAt ? formatWhen(d.lastSeenAt, timeZone, i18n.language) : t('adm.dev.never')}</td>
            <td>
              <PrinterCell device={d} printer={p} agent={agent} />
            </td>
            <td>
              <div className="adm-row-actions">
                {d.kind === 'kiosk' ? <RowButton label={t('adm.dev.setPrinter')} of={d.name} onClick={() => onSetPrinter(d)} /> : null}
                {(d.kind === 'kiosk' && (p?.via === 'server' || d.printAgentId)) || (d.kind === 'print_agent' && d.paired && !d.revoked) ? (
                  <RowButton label={t('adm.dev.testPage')} of={d.name} disabled={testing !== null} onClick={() => onTestPage(d)}>
                    {testing === d.id ? t('adm.dev.testing') : t('adm.dev.testPage')}
                  </RowButton>
                ) : null}
                <RowButton label={t('adm.dev.newCode')} of={d.name} onClick={() => onConfirm({ kind: 'code', device: d })} />
                {!d.revoked ? <RowButton label={t('adm.dev.revoke')} of={d.name} danger onClick={() => onConfirm({ kind: 'revoke', device: d })} /> : null}
              </div>
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}

/** A kiosk: who prints its tickets (the server and the printer's state, or an agent); an agent: its printer and whether it is online. */
function PrinterCell({ device: d, printer: p, agent }: { device: AdminDevice; printer: PrinterStateView | undefined; agent: AdminDevice | undefined }) {
  const { t } = useTranslation();
  if (d.kind === 'kiosk') {
    if (p?.via === 'server')
      return (
        <>
          {t('adm.dev.viaServer')}: {t(`op.printer_${p.state}`, { defaultValue: p.state })}
        </>
      );
    if (p?.via === 'agent' || d.printAgentId)
      return (
        <>
          {t('adm.dev.viaAgent')}
          {agent ? `: ${agent.name}` : ''}
        </>
      );
    return <>{p?.via === 'none' ? t('op.printerNone') : '—'}</>;
  }
  if (d.kind === 'print_agent' && p)
    return (
      <>
        {t(`op.printer_${p.state}`, { defaultValue: p.state })}
        {p.agentOnline !== null ? ` · ${p.agentOnline ? t('op.agentOnline') : t('op.agentOffline')}` : ''}
      </>
    );
  return <>—</>;
}

function DeviceStateBadge({ device, now, timeZone }: { device: AdminDevice; now: number; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const state = deviceState(device, now);
  switch (state) {
    case 'working':
      return <span className="adm-badge adm-badge--ok">{t('adm.dev.state_working')}</span>;
    case 'pairing':
      return (
        <span className="adm-badge adm-badge--wait">
          {t('adm.dev.state_pairing', { time: formatTime(device.pairingExpiresAt ?? '', timeZone, i18n.language) })}
        </span>
      );
    case 'revoked':
      return <span className="adm-badge adm-badge--no">{t('adm.dev.state_revoked')}</span>;
    default:
      return <span className="adm-badge adm-badge--none">{t('adm.dev.state_unpaired')}</span>;
  }
}
