/** One field-level problem of a problem+json body; `path` names the field ("value", "rows[3].date"). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An RFC 9457 problem+json answer, or a network failure (`status` 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldProblem[],
    readonly code: string | undefined,
  ) {
    super(detail ?? title);
  }

  /** 412: someone else changed the item since it was read. */
  get conflict(): boolean {
    return this.status === 412 || this.status === 409 && this.code === 'conflict';
  }

  /**
   * The message for one field, when the server named it (in the dashboard's language, see
   * `request`), as a sentence like the dashboard's own; matches `value` and `body.value` alike.
   */
  fieldError(field: string): string | undefined {
    const said = this.errors.find((e) => e.path === field || e.path.endsWith(`.${field}`) || e.path.startsWith(`${field}[`) || e.path.startsWith(`${field}.`))?.message;
    return said ? asSentence(said) : undefined;
  }
}

/** `mag niet leeg zijn` → `Mag niet leeg zijn.` */
export const asSentence = (text: string): string => {
  const trimmed = text.trim();
  return trimmed ? `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.?!]$/u.test(trimmed) ? '' : '.'}` : trimmed;
};

function pathText(path: unknown): string {
  if (Array.isArray(path)) return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  if (typeof path === 'string') return path.replace(/^\//, '').replace(/\//g, '.');
  return '';
}

/** Reads a failed response as a problem, whatever its content type. */
export async function problemOf(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const text = await response.text();
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  const list = Array.isArray(body.errors) ? (body.errors as unknown[]) : [];
  const errors: FieldProblem[] = list.flatMap((e) => {
    if (typeof e !== 'object' || e === null) return [];
    const item = e as Record<string, unknown>;
    const message = typeof item.message === 'string' ? item.message : typeof item.detail === 'string' ? item.detail : '';
    return [{ path: pathText(item.path ?? item.pointer ?? item.field), message }];
  });
  const title = typeof body.title === 'string' ? body.title : response.statusText || `HTTP ${response.status}`;
  const detail = typeof body.detail === 'string' ? body.detail : undefined;
  const code = typeof body.code === 'string' ? body.code : undefined;
  return new ApiError(response.status, title, detail, errors, code);
}
