// Setups that look saved but cannot work, said where the admin makes them: a public address
// only the server's own computer can open (GET /api/admin/public-address), and services no
// switched-on window serves (GET /api/branches/:id/unserved-services: the kiosk hides them).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicAddressResponse, UnservedService } from '@cherha/contracts';
import { api, currentLanguage, localized } from '@cherha/ui-kit';

export function fetchUnserved(branchId: number): Promise<UnservedService[]> {
  return api('listUnservedServices', { params: { branchId } }).then((r) => r.services);
}

/** the unserved services, looked up again whenever `tick` changes (after every save) */
export function useUnservedServices(branchId: number, tick: number): UnservedService[] | null {
  const [list, setList] = useState<UnservedService[] | null>(null);
  useEffect(() => {
    let live = true;
    fetchUnserved(branchId)
      .then((l) => live && setList(l))
      .catch(() => undefined); // the tab's own load reports a broken connection
    return () => {
      live = false;
    };
  }, [branchId, tick]);
  return list;
}

/** «А — Видача паспорта, Б — …» */
export function serviceList(services: UnservedService[], lang: string): string {
  return services.map((s) => `${s.prefix} — ${localized(s.name, lang)}`).join(', ');
}

/** The services tab's standing list (nothing when every service has a window). */
export function UnservedServicesList({ services }: { services: UnservedService[] | null }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (!services || services.length === 0) return null;
  return (
    <section className="adm-note adm-setup-warning" aria-labelledby="adm-unserved-title" data-testid="unserved-services">
      <h2 id="adm-unserved-title">
        {t('adm.setup.unservedTitle')} ({services.length})
      </h2>
      <p>{t('adm.setup.unservedText')}</p>
      <ul>
        {services.map((s) => (
          <li key={s.id} data-service-id={s.id}>
            <span className="prefix">{s.prefix}</span> {localized(s.name, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A warning right after a save: read out at once (role="alert"), stays until dismissed. */
export function SaveWarning({ text, onDismiss }: { text: string | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <div className="adm-note adm-setup-warning" role="alert" data-testid="save-warning">
      <p>{text}</p>
      <button type="button" className="btn btn--small" onClick={onDismiss}>
        {t('adm.setup.dismiss')}
      </button>
    </div>
  );
}

export function usePublicAddress(): PublicAddressResponse | null {
  const [address, setAddress] = useState<PublicAddressResponse | null>(null);
  useEffect(() => {
    let live = true;
    api('getPublicAddress', {})
      .then((a) => live && setAddress(a))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return address;
}

/** Said at the top of «Пристрої» while the public address is a loopback one, with the fix. */
export function LoopbackWarning({ address }: { address: PublicAddressResponse | null }) {
  const { t } = useTranslation();
  if (!address?.loopback) return null;
  return (
    <section className="adm-note adm-setup-warning" aria-labelledby="adm-loopback-title" data-testid="loopback-warning">
      <h2 id="adm-loopback-title">{t('adm.setup.loopbackTitle')}</h2>
      <p>{t('adm.setup.loopbackText', { url: address.publicUrl })}</p>
      <p>{address.suggestedUrl ? t('adm.setup.loopbackFix', { url: address.suggestedUrl }) : t('adm.setup.loopbackFixUnknown')}</p>
    </section>
  );
}
