// «Сповіщення»: the office's webhook receivers (a city's SMS, Viber or Telegram service), the
// signing secret shown once, «Перевірити», and the delivery log. Sending is the server's job
// (server/src/notify): this screen only configures it and shows what happened.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFY_EVENTS, type NotifyEventType, type WebhookDeliveryView, type WebhookEndpointView } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { addInfoStrings } from './info-strings';
import { ConfirmDialog, FormDialog, Modal } from './form/dialogs';
import { CheckField, TextField } from './form/fields';
import { useFormSubmit } from './form/useFormSubmit';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useReload, useTabMessages } from './tab/hooks';
import { AdminTable, OnOffBadge, RowButton } from './table';

addInfoStrings(appI18n);

const evKey = (type: string) => `adm.hook.ev.${type.replace('.', '_')}`;

export function NotificationsTab({ branchId }: { branchId: number }) {
  const { t, i18n } = useTranslation();
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [hooks, setHooks] = useState<WebhookEndpointView[] | null>(null);
  const [log, setLog] = useState<WebhookDeliveryView[] | null>(null);
  const [tick, reload] = useReload();
  const [editing, setEditing] = useState<WebhookEndpointView | 'new' | null>(null);
  const [removing, setRemoving] = useState<WebhookEndpointView | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      api('listWebhooks', { params: { branchId } }),
      api('listWebhookDeliveries', { params: { branchId }, query: { limit: 50 } }),
    ])
      .then(([h, l]) => {
        if (cancelled) return;
        setHooks(h.webhooks);
        setLog(l.deliveries);
      })
      .catch((err: unknown) => !cancelled && fail(err));
    return () => {
      cancelled = true;
    };
  }, [branchId, tick, fail]);

  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'uk-UA', { dateStyle: 'short', timeStyle: 'medium' });

  const test = async (h: WebhookEndpointView) => {
    try {
      await api('testWebhook', { params: { id: h.id } });
      setStatus(t('adm.hook.testQueued', { name: h.name }));
      // the loop sends it within a second or so: show the outcome without another click
      setTimeout(reload, 1500);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <AdminSection tab="notifications" intro={t('adm.hook.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <Loading when={!hooks && !error} />
      <h2 id="adm-hooks-title">{t('adm.hook.listTitle')}</h2>
      <button type="button" className="btn btn--primary" onClick={() => setEditing('new')}>
        {t('adm.hook.add')}
      </button>
      {hooks && hooks.length === 0 ? <p>{t('adm.hook.none')}</p> : null}
      {hooks && hooks.length > 0 ? (
        <AdminTable labelledBy="adm-hooks-title" columns={[t('adm.hook.colName'), t('adm.hook.colUrl'), t('adm.hook.colEvents'), t('adm.hook.colState'), t('adm.hook.colQueue'), t('adm.hook.colActions')]}>
          {hooks.map((h) => (
            <tr key={h.id}>
              <th scope="row">{h.name}</th>
              <td className="adm-break">{h.url}</td>
              <td>{h.events.map((e) => t(evKey(e))).join(', ')}</td>
              <td>
                <OnOffBadge on={h.active} onText={t('adm.hook.on')} offText={t('adm.hook.off')} />
              </td>
              <td>
                {h.pending} / {h.failed}
              </td>
              <td className="adm-actions">
                <RowButton label={t('adm.hook.test')} of={h.name} onClick={() => void test(h)} disabled={!h.active} />
                <RowButton label={t('adm.hook.edit')} of={h.name} onClick={() => setEditing(h)} />
                <RowButton label={t('adm.hook.remove')} of={h.name} danger onClick={() => setRemoving(h)} />
              </td>
            </tr>
          ))}
        </AdminTable>
      ) : null}

      <h2 id="adm-hooklog-title">{t('adm.hook.logTitle')}</h2>
      <button type="button" className="btn" onClick={reload}>
        {t('adm.hook.refresh')}
      </button>
      {log && log.length === 0 ? <p>{t('adm.hook.logNone')}</p> : null}
      {log && log.length > 0 ? (
        <AdminTable labelledBy="adm-hooklog-title" columns={[t('adm.hook.colTime'), t('adm.hook.colEvent'), t('adm.hook.colReceiver'), t('adm.hook.colResult'), t('adm.hook.colAttempts')]}>
          {log.map((d) => (
            <tr key={d.id}>
              <td>{time(d.createdAt)}</td>
              <td>{t(evKey(d.type))}</td>
              <td>{d.webhookName}</td>
              <td>
                <span className={`adm-badge ${d.status === 'delivered' ? 'adm-badge--ok' : 'adm-badge--no'}`}>{t(`adm.hook.st_${d.status}`)}</span>
                {d.lastHttpStatus !== null ? ` HTTP ${d.lastHttpStatus}` : ''}
                {d.status !== 'delivered' && d.lastError ? ` — ${d.lastError}` : ''}
                {d.nextAttemptAt ? ` (${t('adm.hook.nextAt', { time: time(d.nextAttemptAt) })})` : ''}
              </td>
              <td>{d.attempts}</td>
            </tr>
          ))}
        </AdminTable>
      ) : null}

      {editing ? (
        <WebhookDialog
          branchId={branchId}
          hook={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name, created, newSecret) => {
            setEditing(null);
            setStatus(t(created ? 'adm.hook.created' : 'adm.hook.saved', { name }));
            if (newSecret) setSecret(newSecret);
            reload();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('adm.hook.removeTitle')}
          text={t('adm.hook.removeText', { name: removing.name })}
          confirmLabel={t('adm.hook.remove')}
          danger
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            try {
              await api('deleteWebhook', { params: { id: removing.id } });
              setStatus(t('adm.hook.removed', { name: removing.name }));
              reload();
              return true;
            } catch (err) {
              fail(err);
              return false;
            }
          }}
        />
      ) : null}
      {secret ? <SecretDialog secret={secret} onClose={() => setSecret(null)} /> : null}
    </AdminSection>
  );
}

function SecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Modal title={t('adm.hook.secretTitle')} onClose={onClose}>
      <p>{t('adm.hook.secretText')}</p>
      <p className="adm-break">
        <strong>{t('adm.hook.secretLabel')}:</strong> <code data-testid="webhook-secret">{secret}</code>
      </p>
      <p role="status" aria-live="polite">
        {copied ? t('adm.hook.copied') : ''}
      </p>
      <div className="dialog__buttons">
        <button
          type="button"
          className="btn"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {t('adm.hook.copy')}
        </button>
        <button type="button" className="btn btn--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

function WebhookDialog({ branchId, hook, onClose, onSaved }: {
  branchId: number;
  hook: WebhookEndpointView | null;
  onClose: () => void;
  onSaved: (name: string, created: boolean, secret: string | null) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(hook?.name ?? '');
  const [url, setUrl] = useState(hook?.url ?? 'https://');
  const [events, setEvents] = useState<NotifyEventType[]>(hook?.events ?? ['ticket.called']);
  const [active, setActive] = useState(hook?.active ?? true);
  const [rotate, setRotate] = useState(false);
  const form = useFormSubmit();
  const toggle = (e: NotifyEventType, on: boolean) => setEvents((list) => (on ? NOTIFY_EVENTS.filter((x) => x === e || list.includes(x)) : list.filter((x) => x !== e)));

  const submit = () =>
    form.run(async () => {
      const body = { name: name.trim(), url: url.trim(), events, active };
      if (hook) {
        const r = await api('updateWebhook', { params: { id: hook.id }, body: { ...body, rotateSecret: rotate } });
        onSaved(body.name, false, r.secret);
      } else {
        const r = await api('createWebhook', { params: { branchId }, body });
        onSaved(body.name, true, r.secret);
      }
    });

  return (
    <FormDialog title={hook ? `${t('adm.hook.edit')}: ${hook.name}` : t('adm.hook.add')} onClose={onClose} onSubmit={submit} error={form.err} busy={form.busy}>
      <TextField label={t('adm.hook.name')} value={name} onChange={setName} maxLength={100} required error={form.fields.name} />
      <TextField label={t('adm.hook.url')} hint={t('adm.hook.urlHint')} value={url} onChange={setUrl} maxLength={500} required error={form.fields.url} />
      <fieldset className="adm-radios">
        <legend>{t('adm.hook.events')}</legend>
        {NOTIFY_EVENTS.map((e) => (
          <CheckField key={e} label={t(evKey(e))} checked={events.includes(e)} onChange={(on) => toggle(e, on)} />
        ))}
        {form.fields.events ? <span className="adm-field__error">{form.fields.events}</span> : null}
      </fieldset>
      <CheckField label={t('adm.hook.active')} checked={active} onChange={setActive} />
      {hook ? <CheckField label={t('adm.hook.rotate')} checked={rotate} onChange={setRotate} /> : null}
    </FormDialog>
  );
}
