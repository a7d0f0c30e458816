import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, asSentence } from '../api/api-error.js';
import { request } from '../api/request.js';
import { SIGNED_OUT_EVENT } from '../api/session.js';
import { invalidateAll } from '../api/use-resource.js';
import { BrandMark } from '../components/icon.js';
import { Field } from '../components/field.js';
import { ErrorState, Loading } from '../components/states.js';
import { LANGUAGES } from '../i18n/i18n.js';
import '../styles/login.css';

/** What GET /api/auth/session and POST /api/auth/login answer. */
interface SessionAnswer {
  readonly user: { readonly username: string; readonly displayName: string };
  readonly mustChangePassword: boolean;
}

interface Providers {
  readonly oidc: { readonly loginUrl: string } | null;
}

type Account =
  | { readonly kind: 'checking' }
  | { readonly kind: 'failed'; readonly error: ApiError }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'change-password'; readonly session: SessionAnswer }
  | { readonly kind: 'signed-in'; readonly session: SessionAnswer };

const AccountContext = createContext<{ readonly user: SessionAnswer['user']; readonly signOut: () => void } | undefined>(undefined);

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'error', String(e), [], undefined));

/**
 * Shows the dashboard only to a signed-in user: the sign-in page otherwise (password, and single
 * sign-on when the server offers it), and the password change a one-time password asks for first.
 * Any 401 later on (session expired, signed out elsewhere) brings the sign-in page back.
 */
export function SignInGate({ children }: { readonly children: ReactNode }) {
  const [account, setAccount] = useState<Account>({ kind: 'checking' });
  const accept = useCallback((session: SessionAnswer) => {
    setAccount(session.mustChangePassword ? { kind: 'change-password', session } : { kind: 'signed-in', session });
    invalidateAll();
  }, []);
  const check = useCallback(() => {
    setAccount({ kind: 'checking' });
    request<SessionAnswer>('/api/auth/session').then(
      ({ data }) => accept(data),
      (e: unknown) => setAccount(asApiError(e).status === 401 ? { kind: 'signed-out' } : { kind: 'failed', error: asApiError(e) }),
    );
  }, [accept]);
  useEffect(() => {
    check();
    const signedOut = () => setAccount({ kind: 'signed-out' });
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, [check]);
  const signOut = useCallback(() => {
    void request('/api/auth/logout', { method: 'POST' }).catch(() => undefined).then(() => setAccount({ kind: 'signed-out' }));
  }, []);

  if (account.kind === 'checking') return <Loading />;
  if (account.kind === 'failed') return <main id="main" className="signin"><ErrorState error={account.error} onRetry={check} /></main>;
  if (account.kind === 'signed-out') return <LoginPage onSignedIn={accept} />;
  if (account.kind === 'change-password') return <ChangePasswordPage onChanged={accept} />;
  return <AccountContext.Provider value={{ user: account.session.user, signOut }}>{children}</AccountContext.Provider>;
}

/** The signed-in user's name and the sign-out button, for the menu. */
export function AccountMenu() {
  const { t } = useTranslation();
  const account = useContext(AccountContext);
  if (!account) return null;
  return (
    <div className="account-menu">
      <span className="small">{t('auth.signedInAs')} <strong>{account.user.displayName}</strong></span>
      <button type="button" className="btn" onClick={account.signOut}>{t('auth.signOut')}</button>
    </div>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={i18n.language === l} onClick={() => void i18n.changeLanguage(l)}>{l.toUpperCase()}</button>
      ))}
    </div>
  );
}

function Frame({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Koers`;
  }, [title]);
  return (
    <main id="main" className="signin">
      <div className="card signin-card">
        <div className="signin-head">
          <div className="signin-brand"><BrandMark /><span>Koers</span></div>
          <LanguageSwitch />
        </div>
        <h1 id="page-title" tabIndex={-1}>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** Sign in with username and password, or through single sign-on. */
export function LoginPage({ onSignedIn }: { readonly onSignedIn: (session: SessionAnswer) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [sso, setSso] = useState<string | undefined>();
  useEffect(() => {
    request<Providers>('/api/auth/providers').then(({ data }) => setSso(data.oidc?.loginUrl), () => undefined);
  }, []);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await request<SessionAnswer>('/api/auth/login', { method: 'POST', body: { username, password } });
      setPassword('');
      onSignedIn(data);
    } catch (err) {
      const problem = asApiError(err);
      setError(problem.status === 401 ? t('auth.wrong') : problem.status === 429 ? (problem.detail ? asSentence(problem.detail) : t('auth.tooMany', { detail: '' })) : problem.status === 0 ? t('state.offline') : problem.detail ?? problem.title);
    } finally {
      setBusy(false);
    }
  };
  const returnTo = encodeURIComponent(window.location.pathname + window.location.search);
  return (
    <Frame title={t('auth.title')}>
      <p className="muted">{t('auth.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-label={t('auth.title')}>
        <Field label={t('auth.username')}>
          {(p) => <input {...p} className="input" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} required />}
        </Field>
        <Field label={t('auth.password')}>
          {(p) => <input {...p} className="input" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        {error && <div className="notice notice-error" role="alert">{error}</div>}
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy || !username || !password}>{t('auth.signIn')}</button>
          {sso && <a className="btn" href={`${sso}?returnTo=${returnTo}`}>{t('auth.sso')}</a>}
        </div>
      </form>
    </Frame>
  );
}

/** A one-time password (first start, reset) must be replaced before anything else. */
export function ChangePasswordPage({ onChanged }: { readonly onChanged: (session: SessionAnswer) => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const mismatch = repeat !== '' && next !== repeat;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await request<SessionAnswer>('/api/auth/password', { method: 'PUT', body: { currentPassword: current, newPassword: next } });
      onChanged(data);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Frame title={t('auth.changeTitle')}>
      <p className="muted">{t('auth.changeIntro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-label={t('auth.changeTitle')}>
        <Field label={t('auth.current')} error={error?.fieldError('currentPassword')}>
          {(p) => <input {...p} className="input" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <Field label={t('auth.new')} hint={t('auth.newHint')} error={error?.fieldError('newPassword')}>
          {(p) => <input {...p} className="input" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
        </Field>
        <Field label={t('auth.repeat')} error={mismatch ? t('auth.mismatch') : undefined}>
          {(p) => <input {...p} className="input" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
        </Field>
        {error && !error.errors.length && <div className="notice notice-error" role="alert">{error.detail ?? error.title}</div>}
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy || !current || !next || mismatch}>{t('auth.change')}</button>
        </div>
      </form>
    </Frame>
  );
}
