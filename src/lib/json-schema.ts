/**
 * The JSON Schema of a timeline file, generated from the one zod schema, for
 * editors: autocomplete, hover text (each field's description and example)
 * and checking as you type. `schema/timeline.schema.json` is this, written
 * out; a test fails when the two differ.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { timelineSchema } from './schema.ts';

type JsonObject = { [key: string]: unknown };

/** Moves "Example: …" out of each description into JSON Schema's `examples`. */
function addExamples(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(addExamples);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as JsonObject;
  const description = o['description'];
  if (typeof description === 'string') {
    const m = /^(.*?)\s*Example: (.+)$/s.exec(description);
    if (m?.[1] !== undefined && m[2] !== undefined) {
      o['description'] = m[1];
      o['examples'] = [m[2]];
    }
  }
  Object.values(o).forEach(addExamples);
}

export function timelineJsonSchema(): JsonObject {
  // Authors write the input side of the schema: before dates are parsed and defaults filled.
  const schema = zodToJsonSchema(timelineSchema, {
    $refStrategy: 'none',
    effectStrategy: 'input',
    target: 'jsonSchema7',
    removeAdditionalStrategy: 'strict',
  }) as JsonObject;
  addExamples(schema);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'timeline.schema.json',
    title: 'Timeline',
    description: 'One timeline: a YAML file in data/. See the README and shared/spec/timeline-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
