// Працівники: staff accounts. PUT /api/users/:id takes the whole account; `password` only when
// a new one is set, so «Змінити» (name, role, office, access), «Вимкнути» and «Увімкнути» keep
// the password, and «Новий пароль» is its own action. The server drops the person's open
// screens on every change; the operator app re-checks its session and reconnects.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, apiFetch, errorMessage } from '@cherha/ui-kit';
import { CheckField, ConfirmDialog, Modal, SelectField, TextField, randomPassword, toFormError, type FormError } from './common';

const LOGIN_RE = /^[a-z0-9._-]{3,64}$/;

export function UsersTab({ branchId, me }: { branchId: number; me: User }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<User | null>(null);
  const [passwordFor, setPasswordFor] = useState<User | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const net = t('errors.NETWORK');
  const fail = useCallback((err: unknown) => setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? net : errorMessage(err)), [net]);

  useEffect(() => {
    let cancelled = false;
    apiFetch<User[]>('/api/users')
      .then((list) => {
        if (!cancelled) setUsers(list.filter((u) => u.branchId === branchId || u.branchId === null));
      })
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, tick, fail]);

  /** the account as it is, with `active` switched (the password stays) */
  const setActive = async (u: User, active: boolean): Promise<boolean> => {
    setError(null);
    try {
      await apiFetch<User>(`/api/users/${u.id}`, { method: 'PUT', body: { ...accountBody(u), active } });
      setStatus(t(active ? 'adm.usr.activated' : 'adm.usr.deactivated', { name: u.name }));
      reload();
    } catch (err) {
      fail(err);
    }
    return true;
  };

  return (
    <section aria-labelledby="adm-users-title" className="adm-section">
      <h1 id="adm-users-title">{t('adm.tab_users')}</h1>
      <p className="adm-intro">{t('adm.usr.intro')}</p>
      <div className="adm-messages">
        <ErrorAlert message={error} onClose={() => setError(null)} />
        <p className="status-line" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <AddUserForm
        branchId={branchId}
        networkAdmin={me.branchId === null}
        onCreated={(u, password) => {
          setStatus(t('adm.usr.created', { name: u.name, login: u.login, password }));
          reload();
        }}
      />
      <h2 id="adm-users-list">{t('adm.usr.listTitle')}</h2>
      {!users && !error ? <p role="status">{t('op.loading')}</p> : null}
      {users ? (
        <div className="adm-table-wrap">
          <table className="adm-table" aria-labelledby="adm-users-list">
            <thead>
              <tr>
                <th scope="col">{t('adm.usr.name')}</th>
                <th scope="col">{t('adm.usr.login')}</th>
                <th scope="col">{t('adm.usr.role')}</th>
                <th scope="col">{t('adm.usr.office')}</th>
                <th scope="col">{t('adm.svc.state')}</th>
                <th scope="col">{t('op.actionCol')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={u.active ? undefined : 'adm-row--off'} data-user-login={u.login}>
                  <th scope="row">{u.name}</th>
                  <td>
                    <code>{u.login}</code>
                  </td>
                  <td>{t(`adm.usr.role_${u.role}`)}</td>
                  <td>{u.branchId === null ? t('adm.usr.allOffices') : t('adm.usr.thisOffice')}</td>
                  <td>{u.active ? <span className="adm-badge adm-badge--ok">{t('adm.usr.active')}</span> : <span className="adm-badge adm-badge--no">{t('adm.usr.inactive')}</span>}</td>
                  <td>
                    <div className="adm-row-actions">
                      <button type="button" className="btn btn--small" aria-label={`${t('adm.usr.edit')}: ${u.name}`} onClick={() => setEditing(u)}>
                        {t('adm.usr.edit')}
                      </button>
                      <button type="button" className="btn btn--small" aria-label={`${t('adm.usr.setPassword')}: ${u.name}`} onClick={() => setPasswordFor(u)}>
                        {t('adm.usr.setPassword')}
                      </button>
                      {u.active ? (
                        <button
                          type="button"
                          className="btn btn--small btn--danger-outline"
                          disabled={u.id === me.id}
                          title={u.id === me.id ? t('adm.usr.notSelf') : undefined}
                          aria-label={`${t('adm.usr.deactivate')}: ${u.name}`}
                          onClick={() => setDeactivating(u)}
                        >
                          {t('adm.usr.deactivate')}
                        </button>
                      ) : (
                        <button type="button" className="btn btn--small" aria-label={`${t('adm.usr.activate')}: ${u.name}`} onClick={() => void setActive(u, true)}>
                          {t('adm.usr.activate')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deactivating ? (
        <ConfirmDialog
          title={t('adm.usr.deactivateTitle', { name: deactivating.name })}
          text={t('adm.usr.deactivateConfirm')}
          confirmLabel={t('adm.usr.deactivate')}
          danger
          onConfirm={() => setActive(deactivating, false)}
          onClose={() => setDeactivating(null)}
        />
      ) : null}
      {editing ? (
        <EditUserDialog
          user={editing}
          networkAdmin={me.branchId === null}
          branchId={branchId}
          onClose={() => setEditing(null)}
          onSaved={(u) => {
            setEditing(null);
            setStatus(t('adm.usr.saved', { name: u.name }));
            reload();
          }}
        />
      ) : null}
      {passwordFor ? (
        <NewPasswordDialog
          user={passwordFor}
          onClose={() => setPasswordFor(null)}
          onSaved={(u, password) => {
            setPasswordFor(null);
            setStatus(t('adm.usr.passwordSet', { name: u.name, login: u.login, password }));
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function PasswordField({ value, onChange, error, label, hint }: { value: string; onChange: (v: string) => void; error?: string | undefined; label: string; hint: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="adm-form-row">
      <TextField
        label={label}
        hint={hint}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        value={value}
        onChange={onChange}
        error={error}
        className="adm-field--grow"
        name="new-password"
      />
      <button type="button" className="btn btn--small adm-form-row__submit" aria-pressed={shown} onClick={() => setShown((v) => !v)}>
        {t('adm.usr.showPassword')}
      </button>
      <button
        type="button"
        className="btn btn--small adm-form-row__submit"
        onClick={() => {
          onChange(randomPassword());
          setShown(true);
        }}
      >
        {t('adm.usr.generate')}
      </button>
    </div>
  );
}

function roleOptions(t: (k: string) => string) {
  return ROLES.map((r) => ({ value: r, label: t(`adm.usr.role_${r}`) }));
}

function AddUserForm({ branchId, networkAdmin, onCreated }: { branchId: number; networkAdmin: boolean; onCreated: (u: User, password: string) => void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const [password, setPassword] = useState('');
  const [scope, setScope] = useState<'branch' | 'all'>('branch');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<FormError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!LOGIN_RE.test(login.trim())) fields.login = t('adm.usr.loginRule');
    if (!name.trim()) fields.name = t('adm.required');
    if (password.length < 8) fields.password = t('adm.usr.passwordRule');
    if (Object.keys(fields).length > 0) {
      setErr({ message: t('adm.fixFields', { count: Object.keys(fields).length }), fields });
      return;
    }
    setBusy(true);
    setErr(null);
    try {
      const u = await apiFetch<User>('/api/users', {
        method: 'POST',
        body: { branchId: networkAdmin && scope === 'all' ? null : branchId, login: login.trim(), name: name.trim(), role, password, active: true },
      });
      onCreated(u, password);
      setLogin('');
      setName('');
      setPassword('');
      setRole('operator');
    } catch (error) {
      setErr(toFormError(error, t('errors.NETWORK')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="adm-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="adm-add-user">
      <h2 id="adm-add-user">{t('adm.usr.add')}</h2>
      <div className="adm-form-row">
        <TextField label={t('adm.usr.login')} hint={t('adm.usr.loginRule')} value={login} onChange={setLogin} maxLength={64} required error={err?.fields.login} name="new-login" />
        <TextField label={t('adm.usr.name')} value={name} onChange={setName} maxLength={100} required error={err?.fields.name} className="adm-field--grow" />
        <SelectField label={t('adm.usr.role')} value={role} onChange={(v) => setRole(v as Role)} options={roleOptions(t)} />
        {networkAdmin ? (
          <SelectField
            label={t('adm.usr.office')}
            value={scope}
            onChange={(v) => setScope(v === 'all' ? 'all' : 'branch')}
            options={[
              { value: 'branch', label: t('adm.usr.thisOffice') },
              { value: 'all', label: t('adm.usr.allOffices') },
            ]}
          />
        ) : null}
      </div>
      <PasswordField label={t('adm.usr.password')} hint={t('adm.usr.passwordRule')} value={password} onChange={setPassword} error={err?.fields.password} />
      <ErrorAlert message={err?.message ?? null} />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {t('adm.usr.add')}
      </button>
    </form>
  );
}

/** PUT /api/users/:id keeps the password when the body has none */
function accountBody(u: User): { branchId: number | null; login: string; name: string; role: Role; active: boolean } {
  return { branchId: u.branchId, login: u.login, name: u.name, role: u.role, active: u.active };
}

function EditUserDialog({
  user,
  networkAdmin,
  branchId,
  onClose,
  onSaved,
}: {
  user: User;
  networkAdmin: boolean;
  branchId: number;
  onClose: () => void;
  onSaved: (u: User) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [scope, setScope] = useState<'branch' | 'all'>(user.branchId === null ? 'all' : 'branch');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<FormError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setErr({ message: t('adm.fixFields', { count: 1 }), fields: { name: t('adm.required') } });
      return;
    }
    setBusy(true);
    setErr(null);
    try {
      const u = await apiFetch<User>(`/api/users/${user.id}`, {
        method: 'PUT',
        body: {
          ...accountBody(user),
          branchId: networkAdmin ? (scope === 'all' ? null : (user.branchId ?? branchId)) : user.branchId,
          name: name.trim(),
          role,
          active,
        },
      });
      onSaved(u);
    } catch (error) {
      setErr(toFormError(error, t('errors.NETWORK')));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('adm.usr.editTitle', { name: user.name, login: user.login })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate className="adm-form">
        <p className="adm-note">{t('adm.usr.editNote')}</p>
        <TextField label={t('adm.usr.name')} value={name} onChange={setName} maxLength={100} required error={err?.fields.name} />
        <div className="adm-form-row">
          <SelectField label={t('adm.usr.role')} value={role} onChange={(v) => setRole(v as Role)} options={roleOptions(t)} />
          {networkAdmin ? (
            <SelectField
              label={t('adm.usr.office')}
              value={scope}
              onChange={(v) => setScope(v === 'all' ? 'all' : 'branch')}
              options={[
                { value: 'branch', label: t('adm.usr.thisOffice') },
                { value: 'all', label: t('adm.usr.allOffices') },
              ]}
            />
          ) : null}
        </div>
        <CheckField label={t('adm.usr.activeLabel')} checked={active} onChange={setActive} />
        <ErrorAlert message={err?.message ?? null} />
        <div className="dialog__buttons">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('adm.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function NewPasswordDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: (u: User, password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<FormError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password.length < 8) {
      setErr({ message: t('adm.usr.passwordRule'), fields: { password: t('adm.usr.passwordRule') } });
      return;
    }
    setBusy(true);
    setErr(null);
    try {
      const u = await apiFetch<User>(`/api/users/${user.id}`, { method: 'PUT', body: { ...accountBody(user), password } });
      onSaved(u, password);
    } catch (error) {
      setErr(toFormError(error, t('errors.NETWORK')));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('adm.usr.passwordTitle', { name: user.name, login: user.login })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate className="adm-form">
        <p className="adm-note">{t('adm.usr.passwordIntro')}</p>
        <PasswordField label={t('adm.usr.newPassword')} hint={t('adm.usr.passwordRule')} value={password} onChange={setPassword} error={err?.fields.password} />
        <ErrorAlert message={err?.message ?? null} />
        <div className="dialog__buttons">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('adm.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
