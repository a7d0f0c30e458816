import { isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import type { Document, Node } from 'yaml';
import type { FieldPath } from '../../model/index.js';

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a field path sits in a YAML document: the value node when it exists, the key when
 * `atKey` is set (unknown keys), or otherwise the nearest enclosing node that does exist.
 */
export function locate(doc: Document, lines: LineCounter, path: FieldPath, atKey = false): SourcePosition {
  let node: unknown = doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      if (atKey && i === path.length - 1 && isNode(pair.key)) {
        found = pair.key;
        break;
      }
      node = pair.value;
      found = isNode(node) ? node : isNode(pair.key) ? pair.key : found;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      if (!isNode(node)) break;
      found = node;
    } else break;
  }
  const offset = found?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !isPair(value) && 'range' in value;
}
