import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/api-error.js';
import { ApiError } from '../api/api-error.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import { UPLOAD_KINDS, useAccess } from '../app/access.js';
import { useProgramme } from '../app/programme-context.js';
import { WriteError } from '../components/conflict-notice.js';
import { Field } from '../components/field.js';
import { previewCsv } from '../forms/preview-csv.js';
import { useSubmit } from '../forms/use-submit.js';

type Kind = (typeof UPLOAD_KINDS)[number];

/** A row problem as the server reports it: spreadsheet row number (header is row 1) and column. */
interface RowProblem {
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly message: string;
}

function rowProblems(errors: readonly FieldProblem[]): RowProblem[] {
  return errors.map((e) => {
    const m = /^rows\[(\d+)\](?:\.(.+))?$/.exec(e.path);
    return { row: m ? Number(m[1]) : undefined, column: m?.[2], message: e.message };
  });
}

type Check =
  | { readonly kind: 'none' }
  | { readonly kind: 'checked'; readonly count: number }
  | { readonly kind: 'imported'; readonly count: number }
  | { readonly kind: 'problems'; readonly problems: readonly RowProblem[]; readonly detail: string };

/**
 * Uploads a CSV or XLSX file of records. The preview shows the file's rows first. When the server
 * offers a dry run (its OpenAPI document lists `dryRun` for the upload), every row is checked as
 * soon as the file is chosen and only a clean file can be imported; either way the server stores
 * all rows or none, and the preview marks every row with a problem beside its cells.
 */
export function UploadForm() {
  const { t, i18n } = useTranslation();
  const { id } = useProgramme();
  const submit = useSubmit();
  const access = useAccess();
  // Only the kinds this user may write; the Invoeren page shows this form only when there is one.
  const kinds = UPLOAD_KINDS.filter((k) => access.may(k, 'upload'));
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'measurements');
  const [file, setFile] = useState<File | undefined>();
  const [rows, setRows] = useState<string[][] | undefined>();
  const [check, setCheck] = useState<Check>({ kind: 'none' });
  const [checkError, setCheckError] = useState<ApiError | undefined>();
  const [checking, setChecking] = useState(false);
  const dryRun = useDryRunSupport(kind);
  const isCsv = (f: File) => !/\.xlsx?$/i.test(f.name);

  const runCheck = async (f: File, k: Kind) => {
    setChecking(true);
    setCheckError(undefined);
    try {
      const answer = await request<{ readonly items?: readonly unknown[] }>(routes.upload(id, k, true), { method: 'POST', body: await fileBody(f) });
      setCheck({ kind: 'checked', count: answer.data?.items?.length ?? 0 });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'error', String(e), [], undefined);
      if (error.status === 422 && error.errors.length) setCheck({ kind: 'problems', problems: rowProblems(error.errors), detail: error.detail ?? error.title });
      else setCheckError(error);
    } finally {
      setChecking(false);
    }
  };

  // The row problems are the server's words: after a language switch, check again (a dry run stores
  // nothing). Only the language triggers it; the file and kind trigger their own check.
  useEffect(() => {
    if (file && dryRun && check.kind === 'problems') void runCheck(file, kind);
  }, [i18n.language]);

  const onFile = async (f: File | undefined, k = kind) => {
    setFile(f);
    setCheck({ kind: 'none' });
    submit.reset();
    setRows(f && isCsv(f) ? previewCsv(await f.text()) : undefined);
    if (f && dryRun) await runCheck(f, k);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const body = await fileBody(file);
    let count = 0;
    const ok = await submit.run(async (key) => {
      const answer = await request<{ readonly items: readonly unknown[] }>(routes.upload(id, kind, false), { method: 'POST', idempotencyKey: key, body });
      count = answer.data.items.length;
    });
    if (ok) setCheck({ kind: 'imported', count });
  };
  const problems = submit.error?.status === 422 && submit.error.errors.length ? rowProblems(submit.error.errors) : undefined;
  const shown: Check = problems && submit.error ? { kind: 'problems', problems, detail: submit.error.detail ?? submit.error.title } : check;

  const problemsByRow = new Map<number, RowProblem[]>();
  if (shown.kind === 'problems') for (const p of shown.problems) if (p.row !== undefined) problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p]);

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('entry.tab_upload')}>
      <p className="muted small">{t('entry.uploadIntro')}</p>
      {access.may(kind, 'upload') === 'owned' && <p className="small">{t('access.ownRowsOnly')}</p>}
      <div className="form-row">
        <Field label={t('entry.kindLabel')}>
          {(p) => (
            <select {...p} className="input" value={kind} onChange={(e) => { const k = e.target.value as Kind; setKind(k); void onFile(file, k); }}>
              {kinds.map((k) => <option key={k} value={k}>{t(`entry.kind.${k}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('entry.file')} hint={t('entry.fileHint')}>
          {(p) => <input {...p} className="input" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e.target.files?.[0])} />}
        </Field>
      </div>
      <div aria-live="polite">
        {(submit.busy || checking) && <p className="small muted">{t('entry.checking')}</p>}
        {!checking && shown.kind === 'checked' && (
          <div className="notice notice-success"><div><strong>{t('entry.checkOk', { count: shown.count })}</strong><span>{t('entry.checkOkHint')}</span></div></div>
        )}
        {shown.kind === 'problems' && (
          <div className="notice notice-error" role="alert" data-testid="upload-problems">
            <div>
              <strong>{t('entry.checkProblems', { count: shown.problems.length })}</strong>
              <span>{shown.detail}</span>
              <ul style={{ margin: '4px 0 0', paddingLeft: '1.1em' }}>
                {shown.problems.slice(0, 20).map((p, i) => (
                  <li key={i}>{p.row !== undefined ? t('entry.rowProblem', { row: p.row, column: p.column ?? '—' }) : ''}{p.message}</li>
                ))}
              </ul>
              <span>{t('entry.nothingStored')}</span>
            </div>
          </div>
        )}
        {shown.kind === 'imported' && <div className="notice notice-success" role="status"><strong>{t('entry.imported', { count: shown.count })}</strong></div>}
      </div>
      {rows && rows.length > 0 && (
        <div className="table-wrap preview">
          <table className="table">
            <caption className="visually-hidden">{t('entry.preview')}</caption>
            <thead>
              <tr><th scope="col">{t('entry.row')}</th>{rows[0]!.map((h, i) => <th key={i} scope="col">{h}</th>)}<th scope="col">{t('entry.problem')}</th></tr>
            </thead>
            <tbody>
              {rows.slice(1).map((r, i) => {
                const problems = problemsByRow.get(i + 2);
                return (
                  <tr key={i} className={problems ? 'row-error' : undefined} data-row={i + 2}>
                    <td>{i + 2}</td>
                    {r.map((c, j) => <td key={j}>{c}</td>)}
                    <td>{problems ? problems.map((p) => p.message).join('; ') : shown.kind === 'imported' || shown.kind === 'checked' ? '✓' : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <WriteError error={problems ? undefined : submit.error ?? checkError} onReload={() => window.location.reload()} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={submit.busy || checking || !file || !(dryRun ? shown.kind === 'checked' : shown.kind === 'none')}>{t('entry.import')}</button>
      </div>
    </form>
  );
}

async function fileBody(file: File): Promise<FormData> {
  const data = new FormData();
  data.append('file', file, file.name);
  return data;
}

interface OpenApiDocument {
  readonly paths: Readonly<Record<string, { readonly post?: { readonly parameters?: readonly { readonly name: string; readonly in: string }[] } }>>;
}

/** Whether the server can check an upload without storing it, as its OpenAPI document says. */
function useDryRunSupport(kind: Kind): boolean {
  const { state } = useResource<OpenApiDocument>(routes.openApi());
  if (state.kind !== 'ready') return false;
  const upload = state.data.paths[`/api/programmes/{id}/${kind}/upload`]?.post;
  return upload?.parameters?.some((p) => p.name === 'dryRun' && p.in === 'query') ?? false;
}
