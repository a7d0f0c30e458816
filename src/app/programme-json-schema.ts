import { z } from 'zod';
import { programmeFileSchema } from '../model/file/index.js';

/**
 * The JSON Schema of programme files, with descriptions in the chosen language; the other language
 * stays under `x-description-<lang>`. Editors use it for autocompletion and hover help.
 */
export function programmeJsonSchema(lang: 'nl' | 'en'): Record<string, unknown> {
  const schema = z.toJSONSchema(programmeFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return (lang === 'nl' ? swapDescriptions(schema) : schema) as Record<string, unknown>;
}

function swapDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(swapDescriptions);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = swapDescriptions(value);
  if (typeof out['x-description-nl'] === 'string') {
    out['x-description-en'] = out.description;
    out.description = out['x-description-nl'];
    delete out['x-description-nl'];
  }
  return out;
}
