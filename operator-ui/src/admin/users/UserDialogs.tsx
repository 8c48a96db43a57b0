// «Змінити» (name, role, office, access — the password stays) and «Новий пароль» (only the
// password) for one account.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateUserBody, UserBody, type Role, type User } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';
import { FormDialog } from '../form/dialogs';
import { CheckField, TextField } from '../form/fields';
import { useFormSubmit } from '../form/useFormSubmit';
import { accountBody, PasswordField, RoleAndScopeFields } from './fields';

export function EditUserDialog({
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
      const u = await api('updateUser', { params: { id: user.id }, body });
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

export function NewPasswordDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: (u: User, password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { busy, err, fields: f, run, accepts } = useFormSubmit();
  const submit = async () => {
    const body = { ...accountBody(user), password };
    // only the password is new: the account's other fields are as the server keeps them
    if (!accepts(UserBody.pick({ password: true }).safeParse({ password }), { password: { too_small: t('adm.usr.passwordRule') } }, t('adm.usr.passwordRule'))) return;
    await run(async () => {
      const u = await api('updateUser', { params: { id: user.id }, body });
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
