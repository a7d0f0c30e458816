/** Every server path the dashboard calls, in one place. */
const enc = encodeURIComponent;
const base = (id: string) => `/api/programmes/${enc(id)}`;
const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const routes = {
  programmes: () => '/api/programmes',
  openApi: () => '/api/openapi.json',
  /** The programme with its validated plan (`plan`); ETag "v<version>". */
  programme: (id: string) => base(id),
  status: (id: string, asOf: string | undefined) => withQuery(`${base(id)}/status`, asOf ? `asOf=${enc(asOf)}` : ''),
  /** Records of one kind (`measurements`, `decisions` …), one page at a time. */
  records: (id: string, kind: string, query = '') => withQuery(`${base(id)}/${enc(kind)}`, query),
  record: (id: string, kind: string, recordId: string) => `${base(id)}/${enc(kind)}/${enc(recordId)}`,
  /** Uploads a CSV/XLSX file of records; with `dryRun` the server only checks it. */
  upload: (id: string, kind: string, dryRun: boolean) => withQuery(`${base(id)}/${enc(kind)}/upload`, dryRun ? 'dryRun=true' : ''),
  audit: (id: string, query: string) => withQuery(`${base(id)}/audit`, query),
  versions: (id: string) => `${base(id)}/versions`,
  diff: (id: string, from: number, to: number) => `${base(id)}/diff?from=${from}&to=${to}`,
  /** The programme file as imported (YAML). */
  exportYaml: (id: string) => `${base(id)}/export`,
  /** The documents the server renders (Markdown, PDF, ICS), when it offers them. */
  documents: (id: string) => `${base(id)}/documents`,
} as const;
