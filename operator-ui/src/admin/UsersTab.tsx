// Працівники: staff accounts. PUT /api/users/:id takes the whole account; `password` only when
// a new one is set, so «Змінити» (name, role, office, access), «Вимкнути» and «Увімкнути» keep
// the password, and «Новий пароль» is its own action. The server drops the person's open
// screens on every change; the operator app re-checks its session and reconnects.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, UpdateUserBody, UserBody, type Role, type User } from '@cherha/contracts';
import { ErrorAlert, apiFetch } from '@cherha/ui-kit';
import { ConfirmDialog, FormDialog } from './form/dialogs';
import { CheckField, SelectField, TextField } from './form/fields';
import { useFormSubmit } from './form/useFormSubmit';
import { randomPassword } from './password';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useReload, useTabMessages } from './tab/hooks';
import { AdminTable, OnOffBadge, RowButton } from './table';


export function UsersTab({ branchId, me }: { branchId: number; me: User }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<User[] | null>(null);
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [editing, setEditing] = useState<User | null>(null);
  const [passwordFor, setPasswordFor] = useState<User | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [tick, reload] = useReload();

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
    <AdminSection tab="users" intro={t('adm.usr.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <AddUserForm
        branchId={branchId}
        networkAdmin={me.branchId === null}
        onCreated={(u, password) => {
          setStatus(t('adm.usr.created', { name: u.name, login: u.login, password }));
          reload();
        }}
      />
      <h2 id="adm-users-list">{t('adm.usr.listTitle')}</h2>
      <Loading when={!users && !error} />
      {users ? (
        <AdminTable
          labelledBy="adm-users-list"
          columns={[t('adm.usr.name'), t('adm.usr.login'), t('adm.usr.role'), t('adm.usr.office'), t('adm.svc.state'), t('op.actionCol')]}
        >
          {users.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'adm-row--off'} data-user-login={u.login}>
              <th scope="row">{u.name}</th>
              <td>
                <code>{u.login}</code>
              </td>
              <td>{t(`adm.usr.role_${u.role}`)}</td>
              <td>{u.branchId === null ? t('adm.usr.allOffices') : t('adm.usr.thisOffice')}</td>
              <td>
                <OnOffBadge on={u.active} onText={t('adm.usr.active')} offText={t('adm.usr.inactive')} />
              </td>
              <td>
                <div className="adm-row-actions">
                  <RowButton label={t('adm.usr.edit')} of={u.name} onClick={() => setEditing(u)} />
                  <RowButton label={t('adm.usr.setPassword')} of={u.name} onClick={() => setPasswordFor(u)} />
                  {u.active ? (
                    <RowButton
                      label={t('adm.usr.deactivate')}
                      of={u.name}
                      danger
                      disabled={u.id === me.id}
                      title={u.id === me.id ? t('adm.usr.notSelf') : undefined}
                      onClick={() => setDeactivating(u)}
                    />
                  ) : (
                    <RowButton label={t('adm.usr.activate')} of={u.name} onClick={() => void setActive(u, true)} />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </AdminTable>
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
    </AdminSection>
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

/** «Роль» and, for a network administrator, «Офіс»: this one or all of them */
function RoleAndScopeFields({
  role,
  onRole,
  scope,
  onScope,
  networkAdmin,
}: {
  role: Role;
  onRole: (r: Role) => void;
  scope: 'branch' | 'all';
  onScope: (s: 'branch' | 'all') => void;
  networkAdmin: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField label={t('adm.usr.role')} value={role} onChange={(v) => onRole(v as Role)} options={ROLES.map((r) => ({ value: r, label: t(`adm.usr.role_${r}`) }))} />
      {networkAdmin ? (
        <SelectField
          label={t('adm.usr.office')}
          value={scope}
          onChange={(v) => onScope(v === 'all' ? 'all' : 'branch')}
          options={[
            { value: 'branch', label: t('adm.usr.thisOffice') },
            { value: 'all', label: t('adm.usr.allOffices') },
          ]}
        />
      ) : null}
    </>
  );
}

function AddUserForm({ branchId, networkAdmin, onCreated }: { branchId: number; networkAdmin: boolean; onCreated: (u: User, password: string) => void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const [password, setPassword] = useState('');
  const [scope, setScope] = useState<'branch' | 'all'>('branch');
  const { busy, err, fields: f, run, accepts } = useFormSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { branchId: networkAdmin && scope === 'all' ? null : branchId, login: login.trim(), name: name.trim(), role, password, active: true };
    // the server's rule for a new account; the usual mistakes in the form's own words
    if (!accepts(UserBody.safeParse(body), { login: t('adm.usr.loginRule'), name: { too_small: t('adm.required') }, password: { too_small: t('adm.usr.passwordRule') } })) return;
    await run(async () => {
      const u = await apiFetch<User>('/api/users', {
        method: 'POST',
        body,
      });
      onCreated(u, password);
      setLogin('');
      setName('');
      setPassword('');
      setRole('operator');
    });
  };
  return (
    <form className="adm-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="adm-add-user">
      <h2 id="adm-add-user">{t('adm.usr.add')}</h2>
      <div className="adm-form-row">
        <TextField label={t('adm.usr.login')} hint={t('adm.usr.loginRule')} value={login} onChange={setLogin} maxLength={64} required error={f.login} name="new-login" />
        <TextField label={t('adm.usr.name')} value={name} onChange={setName} maxLength={100} required error={f.name} className="adm-field--grow" />
        <RoleAndScopeFields role={role} onRole={setRole} scope={scope} onScope={setScope} networkAdmin={networkAdmin} />
      </div>
      <PasswordField label={t('adm.usr.password')} hint={t('adm.usr.passwordRule')} value={password} onChange={setPassword} error={f.password} />
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
  const { busy, err, fields: f, run, accepts } = useFormSubmit();
  const submit = async () => {
    const body = {
      ...accountBody(user),
      branchId: networkAdmin ? (scope === 'all' ? null : (user.branchId ?? branchId)) : user.branchId,
      name: name.trim(),
      role,
      active,
    };
    if (!accepts(UpdateUserBody.safeParse(body), { name: { too_small: t('adm.required') } })) return;
    await run(async () => {
      const u = await apiFetch<User>(`/api/users/${user.id}`, {
        method: 'PUT',
        body,
      });
      onSaved(u);
    });
  };
  return (
    <FormDialog title={t('adm.usr.editTitle', { name: user.name, login: user.login })} onClose={onClose} onSubmit={submit} error={err} busy={busy}>
      <p className="adm-note">{t('adm.usr.editNote')}</p>
      <TextField label={t('adm.usr.name')} value={name} onChange={setName} maxLength={100} required error={f.name} />
      <div className="adm-form-row">
        <RoleAndScopeFields role={role} onRole={setRole} scope={scope} onScope={setScope} networkAdmin={networkAdmin} />
      </div>
      <CheckField label={t('adm.usr.activeLabel')} checked={active} onChange={setActive} />
    </FormDialog>
  );
}

function NewPasswordDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: (u: User, password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { busy, err, fields: f, run, accepts } = useFormSubmit();
  const submit = async () => {
    const body = { ...accountBody(user), password };
    // only the password is new: the account's other fields are as the server keeps them
    if (!accepts(UserBody.pick({ password: true }).safeParse({ password }), { password: { too_small: t('adm.usr.passwordRule') } }, t('adm.usr.passwordRule'))) return;
    await run(async () => {
      const u = await apiFetch<User>(`/api/users/${user.id}`, { method: 'PUT', body });
      onSaved(u, password);
    });
  };
  return (
    <FormDialog title={t('adm.usr.passwordTitle', { name: user.name, login: user.login })} onClose={onClose} onSubmit={submit} error={err} busy={busy}>
      <p className="adm-note">{t('adm.usr.passwordIntro')}</p>
      <PasswordField label={t('adm.usr.newPassword')} hint={t('adm.usr.passwordRule')} value={password} onChange={setPassword} error={f.password} />
    </FormDialog>
  );
}
