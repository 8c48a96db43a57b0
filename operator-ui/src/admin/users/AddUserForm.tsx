// «Додати працівника»: login, name, role (and office, for a network administrator) and a first
// password, which the status line then says once so the admin can hand it over.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UserBody, type Role, type User } from '@cherha/contracts';
import { ErrorAlert, api } from '@cherha/ui-kit';
import { TextField } from '../form/fields';
import { useFormSubmit } from '../form/useFormSubmit';
import { PasswordField, RoleAndScopeFields } from './fields';

export function AddUserForm({ branchId, networkAdmin, onCreated }: { branchId: number; networkAdmin: boolean; onCreated: (u: User, password: string) => void }) {
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
      const u = await api('createUser', { body });
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
