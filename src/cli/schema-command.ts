import { programmeJsonSchema } from '../app/programme-json-schema.js';

export function schemaCommand(options: { lang: 'nl' | 'en' }): void {
  process.stdout.write(`${JSON.stringify(programmeJsonSchema(options.lang), null, 2)}\n`);
}
