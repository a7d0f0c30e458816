import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { combine, useResource } from '../api/use-resource.js';
import { MANAGE_USERS, useAccess } from '../app/access.js';
import { WriteError } from '../components/conflict-notice.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { Card, Page } from '../components/page.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { useSubmit } from '../forms/use-submit.js';
import '../styles/users.css';
import { OneTimePassword } from './one-time-password.js';
import { UserCreateForm } from './user-create-form.js';
import { UserRolesEditor } from './user-roles-editor.js';
import type { ProgrammeChoice } from './user-roles-editor.js';
import { EVERY_PROGRAMME, SESSION, userRoutes, userState } from './users-api.js';
import type { User } from './users-api.js';

type Pending = { readonly kind: 'reset' | 'disable' | 'enable'; readonly user: User };

/** Gebruikers: accounts, their roles per programme, password resets and disabling; for beheerders. */
export function UsersPage() {
  const { t } = useTranslation();
  const access = useAccess();
  if (!access.mayGlobally(MANAGE_USERS)) {
    return <Page title={t('users.title')}><Card><Empty title={t('users.notAllowedTitle')}>{t('users.notAllowed')}</Empty></Card></Page>;
  }
  return <Users />;
}

function Users() {
  const { t } = useTranslation();
  const users = useResource<{ readonly items: readonly User[] }>(userRoutes.list());
  const programmes = useResource<{ readonly items: readonly ProgrammeChoice[] }>(routes.programmes());
  const me = useResource<{ readonly user: { readonly username: string } }>(SESSION);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | undefined>();
  const [otp, setOtp] = useState<{ readonly username: string; readonly password: string } | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  return (
    <Page title={t('users.title')} intro={t('users.intro')}
      actions={!creating && <button type="button" className="btn btn-primary" onClick={() => { setCreating(true); setSaved(undefined); }}>{t('users.add')}</button>}>
      {otp && <OneTimePassword username={otp.username} password={otp.password} onDone={() => { setOtp(undefined); document.getElementById('page-title')?.focus(); }} />}
      {creating && (
        <Card>
          <UserCreateForm onCancel={() => setCreating(false)} onCreated={(user, password) => {
            setCreating(false);
            if (password) setOtp({ username: user.username, password });
            setSaved(t('users.created', { username: user.username }));
            setEditing(user.username);
          }} />
        </Card>
      )}
      <div role="status" aria-live="polite">{saved && <div className="notice notice-success"><strong>{saved}</strong></div>}</div>
      <Card>
        <Loaded resource={combine(users.state, programmes.state)} reload={() => { users.reload(); programmes.reload(); }}>
          {([list, { items: choices }]) => (list.items.length === 0 ? <Empty title={t('users.none')} /> : (
            <UserTable users={list.items} programmes={choices} me={me.state.kind === 'ready' ? me.state.data.user.username : undefined} showingPassword={!!otp}
              editing={editing} onEdit={(u) => { setEditing(u); setSaved(undefined); }}
              onSaved={(message) => { setEditing(undefined); setSaved(message); }}
              onPassword={(username, password) => setOtp({ username, password })} />
          ))}
        </Loaded>
      </Card>
    </Page>
  );
}

function UserTable({ users, programmes, me, showingPassword, editing, onEdit, onSaved, onPassword }: {
  readonly users: readonly User[];
  readonly programmes: readonly ProgrammeChoice[];
  readonly me: string | undefined;
  readonly showingPassword: boolean;
  readonly editing: string | undefined;
  readonly onEdit: (username: string | undefined) => void;
  readonly onSaved: (message: string) => void;
  readonly onPassword: (username: string, password: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const submit = useSubmit();
  const [pending, setPending] = useState<Pending | undefined>();
  const programmeName = (id: string) => (id === EVERY_PROGRAMME ? t('users.everyProgramme') : programmes.find((p) => p.id === id)?.name ?? id);
  const act = async (p: Pending) => {
    let password = '';
    const ok = await submit.run(async () => {
      if (p.kind === 'reset') password = (await request<{ readonly oneTimePassword: string }>(userRoutes.password(p.user.username), { method: 'POST' })).data.oneTimePassword;
      else await request(p.kind === 'disable' ? userRoutes.one(p.user.username) : userRoutes.enable(p.user.username), { method: p.kind === 'disable' ? 'DELETE' : 'POST' });
    });
    setPending(undefined);
    if (!ok) return;
    if (p.kind === 'reset') onPassword(p.user.username, password);
    onSaved(t(`users.done.${p.kind}`, { username: p.user.username }));
  };
  return (
    <>
      <WriteError error={submit.error} onReload={() => submit.reset()} />
      <div className="table-wrap">
        <table className="table users-table" data-testid="users">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.roles.heading')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.createdAt')}</th>
              <th scope="col"><span className="visually-hidden">{t('entry.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <Fragment key={u.username}>
                <tr data-user={u.username} className={u.disabled ? 'user-disabled' : undefined}>
                  <td><strong>{u.displayName}</strong><br /><span className="small muted">{u.username}</span></td>
                  <td>
                    {u.grants.length === 0 ? <span className="muted">{t('users.noRoles')}</span> : (
                      <ul className="plain-list">
                        {u.grants.map((g) => (
                          <li key={`${g.source}-${g.programme}-${g.role}`}>
                            {t(`role.${g.role}`)} · {programmeName(g.programme)}
                            {g.role === 'baateigenaar' && (g.benefits.length > 0 || g.ownerRoles.length > 0) && <span className="muted"> ({[...g.benefits, ...g.ownerRoles.map((r) => `@${r}`)].join(', ')})</span>}
                            {g.source === 'oidc' && <span className="tag">SSO</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td><span className={`tag user-state-${userState(u)}`}>{t(`users.state.${userState(u)}`)}</span></td>
                  <td className="small">{f.timestamp(u.createdAt)}<br /><span className="muted">{t('users.by', { who: u.createdBy })}</span></td>
                  <td>
                    <div className="row user-actions">
                      <button type="button" className="btn" aria-expanded={editing === u.username} aria-label={t('users.editRolesLabel', { name: u.displayName })}
                        onClick={() => onEdit(editing === u.username ? undefined : u.username)}>{t('users.editRoles')}</button>
                      {u.hasPassword && !u.disabled && (
                        <button type="button" className="btn" aria-label={t('users.resetLabel', { name: u.displayName })} onClick={() => setPending({ kind: 'reset', user: u })}>{t('users.reset')}</button>
                      )}
                      {u.username !== me && (
                        <button type="button" className="btn" aria-label={t(u.disabled ? 'users.enableLabel' : 'users.disableLabel', { name: u.displayName })}
                          onClick={() => setPending({ kind: u.disabled ? 'enable' : 'disable', user: u })}>{t(u.disabled ? 'users.enable' : 'users.disable')}</button>
                      )}
                    </div>
                  </td>
                </tr>
                {editing === u.username && (
                  <tr className="user-editor-row">
                    <td colSpan={5}>
                      <UserRolesEditor username={u.username} programmes={programmes} takeFocus={!showingPassword} onClose={() => onEdit(undefined)}
                        onSaved={() => onSaved(t('users.done.roles', { username: u.username }))} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {pending && (
        <ConfirmDialog title={t(`users.confirm.${pending.kind}Title`, { name: pending.user.displayName })} confirm={t(`users.confirm.${pending.kind}`)}
          danger={pending.kind !== 'enable'} busy={submit.busy} onConfirm={() => void act(pending)} onCancel={() => setPending(undefined)}>
          <p>{t(`users.confirm.${pending.kind}Body`, { name: pending.user.displayName, username: pending.user.username })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
