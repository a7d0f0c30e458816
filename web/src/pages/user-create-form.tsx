import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/request.js';
import { WriteError } from '../components/conflict-notice.js';
import { Field } from '../components/field.js';
import { useSubmit } from '../forms/use-submit.js';
import { userRoutes } from './users-api.js';
import type { User } from './users-api.js';

/**
 * A new account: username, name, and either a password the beheerder chooses (the policy is in the
 * hint; the server checks it) or none, and Koers makes a one-time password to hand over.
 */
export function UserCreateForm({ onCreated, onCancel }: {
  readonly onCreated: (user: User, oneTimePassword: string | null) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [touched, setTouched] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const error = submit.error;
  // A taken name is a 409 without a field; it belongs at the username all the same.
  const usernameError = (touched && !username.trim() ? t('users.create.usernameRequired') : undefined)
    ?? error?.fieldError('username') ?? (error?.status === 409 ? error.detail : undefined);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!username.trim()) return;
    let created: { readonly user: User; readonly oneTimePassword: string | null } | undefined;
    const ok = await submit.run(async () => {
      const body = { username: username.trim(), displayName: displayName.trim() || undefined, password: password || undefined, admin: admin || undefined };
      created = (await request<{ readonly user: User; readonly oneTimePassword: string | null }>(userRoutes.list(), { method: 'POST', body })).data;
    });
    if (ok && created) onCreated(created.user, created.oneTimePassword);
  };
  const fieldErrors = !!(usernameError ?? error?.fieldError('password') ?? error?.fieldError('displayName'));
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.create.title')}</h2>
      <div className="form-row">
        <Field label={t('users.username')} hint={t('users.create.usernameHint')} error={usernameError}>
          {(p) => <input {...p} ref={first} className="input" name="username" autoComplete="off" autoCapitalize="none" spellCheck={false}
            value={username} onChange={(e) => { setUsername(e.target.value); submit.reset(); }} />}
        </Field>
        <Field label={t('users.displayName')} hint={t('users.create.displayNameHint')} error={error?.fieldError('displayName')}>
          {(p) => <input {...p} className="input" name="displayName" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('users.create.password')} hint={t('users.create.passwordHint')} error={error?.fieldError('password')}>
        {(p) => <input {...p} className="input" name="new-password" type="password" autoComplete="new-password"
          value={password} onChange={(e) => { setPassword(e.target.value); submit.reset(); }} />}
      </Field>
      <label className="choice" style={{ justifySelf: 'start' }}>
        <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />
        {t('users.create.admin')}
      </label>
      <WriteError error={error && !fieldErrors ? error : undefined} onReload={() => submit.reset()} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>{t('users.create.submit')}</button>
        <button type="button" className="btn" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
    </form>
  );
}
