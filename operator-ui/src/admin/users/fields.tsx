// Parts the account forms share: the password field (show it, or make one up), role and office,
// and the account as PUT /api/users/:id takes it without a password.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '@cherha/contracts';
import { SelectField, TextField } from '../form/fields';
import { randomPassword } from './password';

export function PasswordField({ value, onChange, error, label, hint }: { value: string; onChange: (v: string) => void; error?: string | undefined; label: string; hint: string }) {
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
export function RoleAndScopeFields({
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

/** PUT /api/users/:id keeps the password when the body has none */
export function accountBody(u: User): { branchId: number | null; login: string; name: string; role: Role; active: boolean } {
  return { branchId: u.branchId, login: u.login, name: u.name, role: u.role, active: u.active };
}
