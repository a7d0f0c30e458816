import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/request.js';
import { useResource } from '../api/use-resource.js';
import type { Role } from '../app/access.js';
import { WriteError } from '../components/conflict-notice.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { Field } from '../components/field.js';
import { Loaded } from '../components/states.js';
import { useSubmit } from '../forms/use-submit.js';
import { OwnedBenefitsPicker } from './owned-benefits-picker.js';
import { EVERY_PROGRAMME, ROLES, userRoutes } from './users-api.js';
import type { User, UserGrant } from './users-api.js';

/** A programme to choose from. */
export interface ProgrammeChoice {
  readonly id: string;
  readonly name: string;
}

interface Row {
  readonly key: number;
  readonly programme: string;
  readonly role: Role;
  readonly benefits: readonly string[];
  readonly ownerRoles: readonly string[];
}

/**
 * The roles of one account per programme, edited as a whole and saved at once. The account is read
 * with its ETag and saved with If-Match, so a change another beheerder made meanwhile is never
 * overwritten: the server answers 412 and the editor offers the latest version.
 */
export function UserRolesEditor({ username, programmes, takeFocus = true, onClose, onSaved }: {
  readonly username: string;
  readonly programmes: readonly ProgrammeChoice[];
  /** Moves focus to the editor's heading on opening; off when something else on the page needs it first. */
  readonly takeFocus?: boolean;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}) {
  const user = useResource<User>(userRoutes.one(username));
  return (
    <Loaded resource={user.state} reload={user.reload}>
      {(u) => <Editor key={user.state.kind === 'ready' ? user.state.etag : ''} user={u} etag={user.state.kind === 'ready' ? user.state.etag : undefined}
        programmes={programmes} takeFocus={takeFocus} onClose={onClose} onSaved={onSaved} onReload={user.reload} />}
    </Loaded>
  );
}

let nextKey = 0;
const rowOf = (g: Omit<UserGrant, 'source'>): Row => ({ key: nextKey++, programme: g.programme, role: g.role, benefits: g.benefits, ownerRoles: g.ownerRoles });

function Editor({ user, etag, programmes, takeFocus, onClose, onSaved, onReload }: {
  readonly user: User;
  readonly etag: string | undefined;
  readonly programmes: readonly ProgrammeChoice[];
  readonly takeFocus: boolean;
  readonly onClose: () => void;
  readonly onSaved: () => void;
  readonly onReload: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const local = user.grants.filter((g) => g.source === 'local');
  const [rows, setRows] = useState<readonly Row[]>(() => local.map(rowOf));
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (takeFocus) heading.current?.focus(); }, [takeFocus]);
  const programmeName = (id: string) => (id === EVERY_PROGRAMME ? t('users.everyProgramme') : programmes.find((p) => p.id === id)?.name ?? id);
  const change = (key: number, patch: Partial<Row>) => { setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r))); submit.reset(); };
  const revoked = local.filter((g) => !rows.some((r) => r.programme === g.programme && r.role === g.role));
  const rowError = (i: number) => submit.error?.errors.filter((e) => e.path.startsWith(`grants[${i}]`)).map((e) => e.message).join('; ') || undefined;

  const save = async () => {
    setConfirming(false);
    const grants = rows.map((r) => ({ programme: r.programme, role: r.role, benefits: r.role === 'baateigenaar' ? r.benefits : [], ownerRoles: r.role === 'baateigenaar' ? r.ownerRoles : [] }));
    if (await submit.run(() => request(userRoutes.grants(user.username), { method: 'PUT', ifMatch: etag, body: { grants } }))) onSaved();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (revoked.length > 0) setConfirming(true);
    else void save();
  };
  return (
    <form className="form roles-editor" onSubmit={onSubmit} noValidate aria-labelledby="roles-title">
      <h2 id="roles-title" ref={heading} tabIndex={-1}>{t('users.roles.title', { name: user.displayName })}</h2>
      <p className="small muted">{t('users.roles.intro')}</p>
      {user.grants.some((g) => g.source === 'oidc') && (
        <p className="small">{t('users.roles.fromSso')}: {user.grants.filter((g) => g.source === 'oidc').map((g) => `${t(`role.${g.role}`)} · ${programmeName(g.programme)}`).join(', ')}</p>
      )}
      {rows.length === 0 && <p className="small muted">{t('users.roles.none')}</p>}
      {rows.map((r, i) => (
        <fieldset key={r.key} className="role-row">
          <legend className="visually-hidden">{t('users.roles.rowLegend', { n: i + 1 })}</legend>
          <div className="form-row">
            <Field label={t('users.roles.programme')}>
              {(p) => (
                <select {...p} className="input" value={r.programme} onChange={(e) => change(r.key, { programme: e.target.value, benefits: [], ownerRoles: [] })}>
                  <option value={EVERY_PROGRAMME}>{t('users.everyProgramme')}</option>
                  {programmes.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                  {r.programme !== EVERY_PROGRAMME && !programmes.some((x) => x.id === r.programme) && <option value={r.programme}>{r.programme}</option>}
                </select>
              )}
            </Field>
            <Field label={t('users.roles.role')} error={rowError(i)}>
              {(p) => (
                <select {...p} className="input" value={r.role} onChange={(e) => change(r.key, { role: e.target.value as Role })}>
                  {ROLES.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
                </select>
              )}
            </Field>
            <div className="field role-remove">
              <button type="button" className="btn" onClick={() => { setRows((rs) => rs.filter((x) => x.key !== r.key)); submit.reset(); }}
                aria-label={t('users.roles.removeLabel', { role: t(`role.${r.role}`), programme: programmeName(r.programme) })}>
                {t('users.roles.remove')}
              </button>
            </div>
          </div>
          <p className="small muted">{t(`users.roleHelp.${r.role}`)}</p>
          {r.role === 'baateigenaar' && (
            <OwnedBenefitsPicker programme={r.programme} benefits={r.benefits} ownerRoles={r.ownerRoles}
              onChange={(patch) => change(r.key, patch)} />
          )}
        </fieldset>
      ))}
      <div>
        <button type="button" className="btn" onClick={() => { setRows((rs) => [...rs, rowOf({ programme: programmes[0]?.id ?? EVERY_PROGRAMME, role: 'lezer', benefits: [], ownerRoles: [] })]); submit.reset(); }}>
          {t('users.roles.add')}
        </button>
      </div>
      <WriteError error={submit.error && !submit.error.errors.length ? submit.error : undefined} onReload={() => { submit.reset(); onReload(); }} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('users.roles.save')}</button>
        <button type="button" className="btn" onClick={onClose}>{t('action.cancel')}</button>
      </div>
      {confirming && (
        <ConfirmDialog title={t('users.roles.confirmTitle', { name: user.displayName })} confirm={t('users.roles.confirm')} danger
          onConfirm={() => void save()} onCancel={() => setConfirming(false)}>
          <p>{t('users.roles.confirmBody')}</p>
          <ul>{revoked.map((g) => <li key={`${g.programme}-${g.role}`}>{t(`role.${g.role}`)} · {programmeName(g.programme)}</li>)}</ul>
        </ConfirmDialog>
      )}
    </form>
  );
}
