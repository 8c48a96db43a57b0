// Пристрої: kiosks, boards, print agents and rating terminals of the office; adding one gives
// a one-time pairing code to type on the device; a kiosk's printer and its test page.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS, type Branch, type Device, type DeviceKind, type KioskPrintAgentResponse, type PrinterState, type PrinterStateView } from '@cherha/contracts';
import { ErrorAlert, apiFetch, useIntervalEffect, useNow } from '@cherha/ui-kit';
import {
  AdminSection,
  AdminTable,
  ConfirmDialog,
  FormDialog,
  Loading,
  RadioGroup,
  RowButton,
  SelectField,
  TabMessages,
  TextField,
  useFormSubmit,
  useReload,
  useTabMessages,
} from './common';
import { LoopbackWarning, usePublicAddress } from './SetupWarnings';

/** A kiosk's printer as the server keeps it (printer/src/config.ts); only the fields the form edits are named. */
export interface SavedPrinter {
  transport: string;
  host?: string;
  port?: number;
  path?: string;
  /** a preset name, or an object (preset with overrides, or a full profile) */
  profile?: unknown;
  paperWidth?: number;
  [other: string]: unknown;
}

/** GET /api/branches/:id/devices: a device, its pairing state and what the server keeps about its wiring */
export interface AdminDevice extends Device {
  revoked: boolean;
  /** a one-time pairing code waits until then */
  pairingExpiresAt: string | null;
  /** a demo device with a well-known token (turned off in production) */
  isDemo: boolean;
  printer: SavedPrinter | null;
  printAgentId: number | null;
}

export type DeviceState = 'revoked' | 'working' | 'pairing' | 'unpaired';

export function deviceState(d: Pick<AdminDevice, 'revoked' | 'paired' | 'pairingExpiresAt'>, now: number): DeviceState {
  if (d.revoked) return 'revoked';
  if (d.paired) return 'working';
  if (d.pairingExpiresAt && Date.parse(d.pairingExpiresAt) > now) return 'pairing';
  return 'unpaired';
}

export function formatTime(iso: string, timeZone: string, lang: string): string {
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false, timeZone };
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'uk-UA', opts).format(Date.parse(iso));
  } catch {
    return new Date(iso).toLocaleTimeString();
  }
}

/** POST /api/branches/:id/devices and POST /api/devices/:id/pairing-code */
interface PairingAnswer {
  device: Device;
  pairingCode: string;
  expiresAt: string;
  /** a print agent made for this kiosk (POST /api/devices/:id/print-agent): it prints there once paired */
  forKiosk?: string;
}

/** GET /api/printer-profiles */
interface PrinterProfile {
  name: string;
  mode: 'text' | 'raster';
  codePage?: string | null;
  codePageNumber?: number | null;
  cancelChineseMode?: boolean;
}

/** POST /api/devices/:id/test-page */
interface TestPageOutcome {
  outcome: 'printed' | 'failed' | 'uncertain';
  state: PrinterState;
  message?: string;
}

type Confirm = { kind: 'code' | 'revoke'; device: AdminDevice };

export function formatWhen(iso: string | null, timeZone: string, lang: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'uk-UA', opts).format(ms);
  } catch {
    return new Date(ms).toLocaleString();
  }
}

export function DevicesTab({ branch }: { branch: Branch }) {
  const { t, i18n } = useTranslation();
  const [devices, setDevices] = useState<AdminDevice[] | null>(null);
  const [printers, setPrinters] = useState<PrinterStateView[]>([]);
  const [profiles, setProfiles] = useState<PrinterProfile[]>([]);
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [pairing, setPairing] = useState<PairingAnswer | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [printerFor, setPrinterFor] = useState<AdminDevice | null>(null);
  const [testing, setTesting] = useState<number | null>(null);
  const [tick, reload] = useReload();
  // the address devices and phones must reach: shown in the pairing steps, warned about when loopback
  const address = usePublicAddress();
  // «paired» and «last seen» change on the devices themselves: look again every 30 s
  useIntervalEffect(reload, 30_000);
  // a pairing code runs out without anyone touching the device
  const now = useNow(15_000);

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      apiFetch<AdminDevice[]>(`/api/branches/${branch.id}/devices`),
      apiFetch<PrinterStateView[]>(`/api/branches/${branch.id}/printers`).catch(() => [] as PrinterStateView[]),
    ])
      .then(([d, p]) => {
        if (cancelled) return;
        setDevices(d);
        setPrinters(p);
      })
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [branch.id, tick, fail]);

  useEffect(() => {
    let cancelled = false;
    apiFetch<PrinterProfile[]>('/api/printer-profiles')
      .then((p) => {
        if (!cancelled) setProfiles(p);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const agents = (devices ?? []).filter((d) => d.kind === 'print_agent');
  const printerOf = (id: number) => printers.find((p) => p.deviceId === id);

  const newCode = async (d: AdminDevice): Promise<boolean> => {
    setError(null);
    try {
      const res = await apiFetch<PairingAnswer>(`/api/devices/${d.id}/pairing-code`, { method: 'POST', body: {} });
      setPairing(res);
      setStatus(t('adm.dev.codeIssued', { name: d.name }));
      reload();
      return true;
    } catch (err) {
      fail(err);
      return true;
    }
  };
  const revoke = async (d: AdminDevice): Promise<boolean> => {
    setError(null);
    try {
      await apiFetch(`/api/devices/${d.id}/revoke`, { method: 'POST', body: {} });
      setStatus(t('adm.dev.revoked', { name: d.name }));
      if (pairing?.device.id === d.id) setPairing(null);
      reload();
      return true;
    } catch (err) {
      fail(err);
      return true;
    }
  };
  /** one step for the technician: the agent's code, and the kiosk already set to print through it */
  const newAgentFor = async (kiosk: AdminDevice) => {
    const res = await apiFetch<KioskPrintAgentResponse>(`/api/devices/${kiosk.id}/print-agent`, { method: 'POST', body: {} });
    setPrinterFor(null);
    setPairing({ ...res, forKiosk: kiosk.name });
    setStatus(t('adm.setup.agentCreated', { kiosk: kiosk.name }));
    reload();
  };
  const testPage = async (d: AdminDevice) => {
    setTesting(d.id);
    setError(null);
    setStatus('');
    try {
      const o = await apiFetch<TestPageOutcome>(`/api/devices/${d.id}/test-page`, { method: 'POST', body: {}, timeoutMs: 60_000 });
      const state = t(`op.printer_${o.state}`, { defaultValue: o.state });
      if (o.outcome === 'printed') setStatus(t('adm.dev.testPrinted', { name: d.name, state }));
      else setError(t(o.outcome === 'failed' ? 'adm.dev.testFailed' : 'adm.dev.testUncertain', { name: d.name, message: o.message ?? state }));
      reload();
    } catch (err) {
      fail(err);
    } finally {
      setTesting(null);
    }
  };

  return (
    <AdminSection tab="devices" intro={t('adm.dev.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <LoopbackWarning address={address} />

      <AddDeviceForm
        branchId={branch.id}
        onCreated={(res) => {
          setPairing(res);
          setStatus(t('adm.dev.added', { name: res.device.name }));
          reload();
        }}
      />

      {pairing ? <PairingCard answer={pairing} baseUrl={address?.publicUrl ?? window.location.origin} timeZone={branch.timeZone} onDone={() => setPairing(null)} /> : null}

      <div className="adm-toolbar">
        <h2 id="adm-devices-list">{t('adm.dev.listTitle')}</h2>
        <button type="button" className="btn btn--small" onClick={reload}>
          {t('adm.refresh')}
        </button>
      </div>
      <Loading when={devices === null && !error} />
      {devices !== null && devices.length === 0 ? <p>{t('adm.dev.none')}</p> : null}
      {devices !== null && devices.length > 0 ? (
        <AdminTable
          labelledBy="adm-devices-list"
          columns={[t('adm.dev.name'), t('adm.dev.kind'), t('adm.dev.state'), t('adm.dev.lastSeen'), t('adm.dev.printer'), t('op.actionCol')]}
        >
          {devices.map((d) => {
            const p = printerOf(d.id);
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
                  <DeviceStateBadge device={d} now={now} timeZone={branch.timeZone} />
                </td>
                <td>{d.lastSeenAt ? formatWhen(d.lastSeenAt, branch.timeZone, i18n.language) : t('adm.dev.never')}</td>
                <td>
                  {d.kind === 'kiosk' ? (
                    p?.via === 'server' ? (
                      <>
                        {t('adm.dev.viaServer')}: {t(`op.printer_${p.state}`, { defaultValue: p.state })}
                      </>
                    ) : p?.via === 'agent' || d.printAgentId ? (
                      <>
                        {t('adm.dev.viaAgent')}
                        {agent ? `: ${agent.name}` : ''}
                      </>
                    ) : p?.via === 'none' ? (
                      t('op.printerNone')
                    ) : (
                      '—'
                    )
                  ) : d.kind === 'print_agent' && p ? (
                    <>
                      {t(`op.printer_${p.state}`, { defaultValue: p.state })}
                      {p.agentOnline !== null ? ` · ${p.agentOnline ? t('op.agentOnline') : t('op.agentOffline')}` : ''}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <div className="adm-row-actions">
                    {d.kind === 'kiosk' ? <RowButton label={t('adm.dev.setPrinter')} of={d.name} onClick={() => setPrinterFor(d)} /> : null}
                    {(d.kind === 'kiosk' && (p?.via === 'server' || d.printAgentId)) || (d.kind === 'print_agent' && d.paired && !d.revoked) ? (
                      <RowButton label={t('adm.dev.testPage')} of={d.name} disabled={testing !== null} onClick={() => void testPage(d)}>
                        {testing === d.id ? t('adm.dev.testing') : t('adm.dev.testPage')}
                      </RowButton>
                    ) : null}
                    <RowButton label={t('adm.dev.newCode')} of={d.name} onClick={() => setConfirm({ kind: 'code', device: d })} />
                    {!d.revoked ? <RowButton label={t('adm.dev.revoke')} of={d.name} danger onClick={() => setConfirm({ kind: 'revoke', device: d })} /> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </AdminTable>
      ) : null}

      {confirm ? (
        <ConfirmDialog
          title={confirm.kind === 'code' ? t('adm.dev.newCodeTitle', { name: confirm.device.name }) : t('adm.dev.revokeTitle', { name: confirm.device.name })}
          text={confirm.kind === 'code' ? t('adm.dev.newCodeConfirm') : t('adm.dev.revokeConfirm')}
          confirmLabel={confirm.kind === 'code' ? t('adm.dev.newCodeDo') : t('adm.dev.revokeDo')}
          danger
          onConfirm={() => (confirm.kind === 'code' ? newCode(confirm.device) : revoke(confirm.device))}
          onClose={() => setConfirm(null)}
        />
      ) : null}

      {printerFor ? (
        <PrinterDialog
          device={printerFor}
          agents={agents}
          profiles={profiles}
          onClose={() => setPrinterFor(null)}
          onNewAgent={() => newAgentFor(printerFor)}
          onSaved={(text, saved) => {
            // the answer is the saved device: show it at once, so reopening never shows old settings
            setDevices((list) => list?.map((x) => (x.id === saved.id ? saved : x)) ?? list);
            setPrinterFor(null);
            setStatus(text);
            reload();
          }}
        />
      ) : null}
    </AdminSection>
  );
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

function AddDeviceForm({ branchId, onCreated }: { branchId: number; onCreated: (res: PairingAnswer) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DeviceKind>('kiosk');
  const [name, setName] = useState('');
  const { busy, err, fields: f, run, invalid } = useFormSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return invalid({ name: t('adm.required') }, t('adm.dev.nameRequired'));
    await run(async () => {
      const res = await apiFetch<PairingAnswer>(`/api/branches/${branchId}/devices`, { method: 'POST', body: { kind, name: name.trim() } });
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

function PairingCard({ answer, baseUrl, timeZone, onDone }: { answer: PairingAnswer; baseUrl: string; timeZone: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [answer]);
  const code = answer.pairingCode;
  const spaced = code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
  const now = useNow(10_000);
  const minutes = Math.max(0, Math.ceil((Date.parse(answer.expiresAt) - now) / 60_000));
  const until = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'uk-UA', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(
    Date.parse(answer.expiresAt),
  );
  // the server's public address (what the device must reach), not the one this admin page was opened at
  const origin = baseUrl.replace(/\/$/, '');
  const kind = answer.device.kind;
  const url = kind === 'kiosk' ? `${origin}/kiosk/` : kind === 'display' ? `${origin}/board/` : null;
  return (
    <section className="adm-card adm-pairing" aria-labelledby="adm-pairing-title">
      <h2 id="adm-pairing-title" ref={ref} tabIndex={-1}>
        {t('adm.dev.codeFor', { name: answer.device.name })}
      </h2>
      <p className="adm-pairing__code" data-testid="pairing-code" aria-label={code.split('').join(' ')}>
        {spaced}
      </p>
      <p className="adm-pairing__expiry">{minutes > 0 ? t('adm.dev.validUntil', { time: until, count: minutes }) : t('adm.dev.expired')}</p>
      {url ? (
        <ol className="adm-pairing__steps">
          <li>
            {t('adm.dev.stepOpen')} <code className="adm-code">{url}</code>
          </li>
          <li>{t('adm.dev.stepType')}</li>
          <li>{t('adm.dev.stepDone')}</li>
        </ol>
      ) : kind === 'print_agent' ? (
        <>
          <p>{t('adm.setup.agentPairCommand')}</p>
          <pre className="adm-code adm-code--block" data-testid="agent-command">
            {`npm run print-agent -- pair ${code} --server ${origin} \\\n  --transport usb --path /dev/cherha-printer --profile clone-cp1251-73 --paper 80`}
          </pre>
          <p>{answer.forKiosk ? t('adm.setup.agentLinked', { kiosk: answer.forKiosk }) : t('adm.dev.agentThen')}</p>
        </>
      ) : (
        <p>{t('adm.dev.ratingSteps')}</p>
      )}
      <button type="button" className="btn" onClick={onDone}>
        {t('adm.dev.codeWritten')}
      </button>
    </section>
  );
}

type PrinterMode = 'server' | 'agent' | 'none';
/** 'saved': a transport this form does not edit (serial, usb, file…), kept as it is */
type TransportChoice = 'tcp' | 'virtual' | 'saved';
/** the select's value for a profile object (overrides or a full profile), kept as it is */
const SAVED_PROFILE = '__saved__';

function describeProfile(p: unknown): string {
  if (p && typeof p === 'object') {
    const o = p as { name?: unknown; preset?: unknown };
    if (typeof o.preset === 'string') return typeof o.name === 'string' ? `${o.name} (${o.preset})` : o.preset;
    if (typeof o.name === 'string') return o.name;
  }
  return '';
}

function PrinterDialog({
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
  const saved = device.printer;
  const savedTransport = saved?.transport;
  const otherTransport = savedTransport !== undefined && savedTransport !== 'tcp' && savedTransport !== 'virtual';
  const savedProfile = saved?.profile;
  const customProfile = savedProfile !== undefined && typeof savedProfile !== 'string';
  // nothing saved: the kiosk shows its tickets on screen, and the form says so
  const [mode, setMode] = useState<PrinterMode>(saved ? 'server' : device.printAgentId ? 'agent' : 'none');
  const [transport, setTransport] = useState<TransportChoice>(otherTransport ? 'saved' : savedTransport === 'virtual' ? 'virtual' : 'tcp');
  const [host, setHost] = useState(typeof saved?.host === 'string' ? saved.host : '');
  const [port, setPort] = useState(typeof saved?.port === 'number' ? String(saved.port) : '9100');
  const [profile, setProfile] = useState(() =>
    customProfile ? SAVED_PROFILE : typeof savedProfile === 'string' ? savedProfile : profiles.some((p) => p.name === 'clone-cp1251-73') ? 'clone-cp1251-73' : (profiles[0]?.name ?? 'clone-cp1251-73'),
  );
  const [paper, setPaper] = useState<'58' | '80'>(saved?.paperWidth === 58 ? '58' : '80');
  const [agentId, setAgentId] = useState(device.printAgentId ? String(device.printAgentId) : (agents[0] ? String(agents[0].id) : ''));
  const { busy, err, fields: f, run, invalid } = useFormSubmit();
  // which hosts the installer allowed: the form says it before the server refuses one
  const [allowedHosts, setAllowedHosts] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    apiFetch<{ tcp: string[] }>('/api/printer-targets')
      .then((r) => live && setAllowedHosts(r.tcp))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const submit = async () => {
    const fields: Record<string, string> = {};
    let body: { printer: Record<string, unknown> | null; printAgentId: number | null };
    if (mode === 'server') {
      // fields the form does not show (timeouts, roll length…) stay as saved while the transport is the same
      const keep: Record<string, unknown> = saved && (transport === 'saved' || saved.transport === transport) ? { ...saved } : {};
      if (transport !== 'tcp') {
        delete keep.host;
        delete keep.port;
      }
      const printer: Record<string, unknown> = {
        ...keep,
        transport: transport === 'saved' ? savedTransport : transport,
        profile: profile === SAVED_PROFILE ? savedProfile : profile,
        paperWidth: Number(paper),
      };
      if (transport === 'tcp') {
        const h = host.trim();
        const p = Number(port.trim());
        if (!h || /\s/.test(h)) fields.host = t('adm.pr.hostRequired');
        if (!Number.isInteger(p) || p < 1 || p > 65535) fields.port = t('adm.pr.portRange');
        printer.host = h;
        printer.port = p;
      }
      body = { printer, printAgentId: null };
    } else if (mode === 'agent') {
      if (!agentId) fields.agent = t('adm.pr.agentRequired');
      body = { printer: null, printAgentId: Number(agentId) };
    } else {
      body = { printer: null, printAgentId: null };
    }
    if (Object.keys(fields).length > 0) return invalid(fields, Object.values(fields).join(' '));
    await run(async () => {
      const saved = await apiFetch<AdminDevice>(`/api/devices/${device.id}/printer`, { method: 'PUT', body });
      onSaved(t('adm.pr.saved', { name: device.name }), saved);
    });
  };

  const profileLabel = (p: PrinterProfile) =>
    p.mode === 'raster' ? `${p.name} — ${t('adm.pr.raster')}` : `${p.name} — ${p.codePage ?? ''}${p.codePageNumber !== undefined && p.codePageNumber !== null ? `, ESC t ${p.codePageNumber}` : ''}`;

  return (
    <FormDialog
      title={t('adm.pr.title', { name: device.name })}
      onClose={onClose}
      onSubmit={submit}
      error={err}
      busy={busy || (mode === 'agent' && agents.length === 0)}
      formClassName=""
    >
      <RadioGroup<PrinterMode>
        legend={t('adm.pr.who')}
        name="printer-mode"
        value={mode}
        onChange={setMode}
        options={[
          {
            value: 'server',
            label: t('adm.pr.modeServer'),
            hint: t('adm.pr.modeServerHint'),
            extra: (
              <div className="adm-subform">
                <RadioGroup<TransportChoice>
                  legend={t('adm.pr.transport')}
                  name="printer-transport"
                  value={transport}
                  onChange={setTransport}
                  options={[
                    { value: 'tcp', label: t('adm.pr.tcp') },
                    { value: 'virtual', label: t('adm.pr.virtual'), hint: t('adm.pr.virtualHint') },
                    ...(otherTransport
                      ? [{ value: 'saved' as const, label: t('adm.pr.keepTransport', { transport: savedTransport, path: typeof saved?.path === 'string' ? saved.path : '' }), hint: t('adm.pr.keepTransportHint') }]
                      : []),
                  ]}
                />
                {transport === 'tcp' ? (
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
                      value={host}
                      onChange={setHost}
                      required
                      error={f.host}
                      className="adm-field--grow"
                    />
                    <TextField label={t('adm.pr.port')} value={port} onChange={setPort} inputMode="numeric" size={6} error={f.port} />
                  </div>
                ) : null}
                <SelectField
                  label={t('adm.pr.profile')}
                  hint={t('adm.pr.profileHint')}
                  value={profile}
                  onChange={setProfile}
                  options={[
                    ...(customProfile ? [{ value: SAVED_PROFILE, label: t('adm.pr.savedProfile', { name: describeProfile(savedProfile) }) }] : []),
                    ...(typeof savedProfile === 'string' && !profiles.some((p) => p.name === savedProfile) ? [{ value: savedProfile, label: savedProfile }] : []),
                    ...(profiles.length > 0 ? profiles : profile === SAVED_PROFILE ? [] : [{ name: profile, mode: 'text' as const }]).map((p) => ({ value: p.name, label: profileLabel(p) })),
                  ]}
                />
                <RadioGroup<'58' | '80'>
                  legend={t('adm.pr.paper')}
                  name="printer-paper"
                  value={paper}
                  onChange={setPaper}
                  options={[
                    { value: '80', label: t('adm.pr.paper80') },
                    { value: '58', label: t('adm.pr.paper58') },
                  ]}
                />
              </div>
            ),
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
                    value={agentId}
                    onChange={setAgentId}
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
