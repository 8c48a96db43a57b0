// The devices screen's data and actions: the office's devices and their printers (looked at again
// every 30 s, because pairing and «last seen» change on the devices themselves), the printer
// profiles, the pairing code on show, and what the row buttons do.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminDevice, PairingAnswer, PrinterProfile, PrinterStateView } from '@cherha/contracts';
import { api, useIntervalEffect, useNow } from '@cherha/ui-kit';
import { useReload, useTabMessages } from '../tab/hooks';
import type { ShownPairing } from './types';

/** a row action waiting for «are you sure?» */
export type DeviceConfirm = { kind: 'code' | 'revoke'; device: AdminDevice };

export function useDevices(branchId: number) {
  const { t } = useTranslation();
  const [devices, setDevices] = useState<AdminDevice[] | null>(null);
  const [printers, setPrinters] = useState<PrinterStateView[]>([]);
  const [profiles, setProfiles] = useState<PrinterProfile[]>([]);
  const messages = useTabMessages();
  const { setError, setStatus, fail } = messages;
  const [pairing, setPairing] = useState<ShownPairing | null>(null);
  const [confirm, setConfirm] = useState<DeviceConfirm | null>(null);
  const [printerFor, setPrinterFor] = useState<AdminDevice | null>(null);
  const [testing, setTesting] = useState<number | null>(null);
  const [tick, reload] = useReload();
  // «paired» and «last seen» change on the devices themselves: look again every 30 s
  useIntervalEffect(reload, 30_000);
  // a pairing code runs out without anyone touching the device
  const now = useNow(15_000);

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      api('listDevices', { params: { branchId } }),
      api('listPrinters', { params: { branchId } }).catch((): PrinterStateView[] => []),
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
  }, [branchId, tick, fail]);

  useEffect(() => {
    let cancelled = false;
    api('listPrinterProfiles', {})
      .then((p) => {
        if (!cancelled) setProfiles(p);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const agents = (devices ?? []).filter((d) => d.kind === 'print_agent');

  // both answer true: the confirmation closes and the tab's alert says what went wrong
  const newCode = async (d: AdminDevice): Promise<boolean> => {
    setError(null);
    try {
      const res = await api('newPairingCode', { params: { id: d.id } });
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
      await api('revokeDevice', { params: { id: d.id } });
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
    const res = await api('createKioskPrintAgent', { params: { id: kiosk.id } });
    setPrinterFor(null);
    setPairing({ ...res, forKiosk: kiosk.name });
    setStatus(t('adm.setup.agentCreated', { kiosk: kiosk.name }));
    reload();
  };
  /**
   * a failed or uncertain print is the tab's error: the printer's state in this screen's words,
   * then whatever the server knows beyond it (the connection error, the agent's message)
   */
  const testPage = async (d: AdminDevice) => {
    setTesting(d.id);
    setError(null);
    setStatus('');
    try {
      const o = await api('printTestPage', { params: { id: d.id } }, { timeoutMs: 60_000 });
      const state = t(`op.printer_${o.state}`, { defaultValue: o.state });
      if (o.outcome === 'printed') setStatus(t('adm.dev.testPrinted', { name: d.name, state }));
      else setError(t(o.outcome === 'failed' ? 'adm.dev.testFailed' : 'adm.dev.testUncertain', { name: d.name, message: o.message ? `${state} (${o.message})` : state }));
      reload();
    } catch (err) {
      fail(err);
    } finally {
      setTesting(null);
    }
  };
  const added = (res: PairingAnswer) => {
    setPairing(res);
    setStatus(t('adm.dev.added', { name: res.device.name }));
    reload();
  };
  const printerSaved = (text: string, saved: AdminDevice) => {
    // the answer is the saved device: show it at once, so reopening never shows old settings
    setDevices((list) => list?.map((x) => (x.id === saved.id ? saved : x)) ?? list);
    setPrinterFor(null);
    setStatus(text);
    reload();
  };

  return {
    devices,
    printers,
    profiles,
    agents,
    messages,
    now,
    reload,
    pairing,
    setPairing,
    confirm,
    setConfirm,
    printerFor,
    setPrinterFor,
    testing,
    actions: { newCode, revoke, newAgentFor, testPage, added, printerSaved },
  };
}
