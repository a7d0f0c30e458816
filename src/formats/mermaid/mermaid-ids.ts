import type { Programme } from '../../model/index.js';

/** What `after`, `until` and `click` can refer to: Mermaid's `[\w-]`. */
const REFERABLE = /^[A-Za-z0-9_-]+$/;
/** Mermaid reads these as tags, not as ids, in the first field of a task. */
const TAG_WORDS = new Set(['active', 'done', 'crit', 'milestone', 'vert']);
/** Start of a comment line that maps a changed Mermaid id back to the Koers id. */
export const KOERS_ID_COMMENT = 'koers-id';

/** Task ids for a programme's chart; milestones and efforts share Mermaid's one id space. */
export interface MermaidIds {
  readonly efforts: ReadonlyMap<string, string>;
  readonly milestones: ReadonlyMap<string, string>;
  /** Mermaid id → Koers id, for every id that had to change; written as `%% koers-id` comments. */
  readonly changed: ReadonlyMap<string, string>;
}

/**
 * Keeps each Koers id where Mermaid can use it (`PRJ-01` stays `PRJ-01`), and otherwise makes a safe
 * one (`PRJ.01` → `PRJ_01`, `done` → `done_`), unique across efforts and milestones.
 *
 * @example mermaidIds(programme).efforts.get('PRJ-01') // 'PRJ-01'
 */
export function mermaidIds(programme: Pick<Programme, 'efforts' | 'milestones'>): MermaidIds {
  const used = new Set<string>();
  const changed = new Map<string, string>();
  const assign = (ids: readonly string[]) => {
    const out = new Map<string, string>();
    for (const id of ids) {
      const base = REFERABLE.test(id) && !TAG_WORDS.has(id) ? id : `${id.replace(/[^A-Za-z0-9_-]/g, '_')}${TAG_WORDS.has(id) ? '_' : ''}`;
      let candidate = base;
      for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
      used.add(candidate);
      out.set(id, candidate);
      if (candidate !== id) changed.set(candidate, id);
    }
    return out;
  };
  const efforts = assign(programme.efforts.map((e) => e.id));
  const milestones = assign(programme.milestones.map((m) => m.id));
  return { efforts, milestones, changed };
}

/** Reads `%% koers-id <mermaid id> <koers id>` comments: Mermaid id → Koers id. */
export function koersIdsFromComments(comments: readonly { readonly text: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { text } of comments) {
    const m = new RegExp(`^${KOERS_ID_COMMENT}\\s+(\\S+)\\s+(\\S+)$`).exec(text);
    if (m) map.set(m[1]!, m[2]!);
  }
  return map;
}
