// Працівники: staff accounts. PUT /api/users/:id takes the whole account; `password` only when
// a new one is set, so «Змінити» (name, role, office, access), «Вимкнути» and «Увімкнути» keep
// the password, and «Новий пароль» is its own action. The server drops the person's open
// screens on every change; the operator app re-checks its session and reconnects.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';
import { ConfirmDialog } from '../form/dialogs';
import { AdminSection, Loading, TabMessages } from '../tab/frame';
import { useReload, useTabMessages } from '../tab/hooks';
import { AdminTable, OnOffBadge, RowButton } from '../table';
import { AddUserForm } from './AddUserForm';
import { accountBody } from './fields';
import { EditUserDialog, NewPasswordDialog } from './UserDialogs';

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
    api('listUsers', {})
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
      await api('updateUser', { params: { id: u.id }, body: { ...accountBody(u), active } });
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
