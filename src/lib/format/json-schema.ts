/**
 * The JSON Schema of a timeline file, generated from the one zod schema, for
 * editors: autocomplete, hover text (each field's description and example)
 * and checking as you type. `schema/timeline.schema.json` is this, written
 * out; a test fails when the two differ.
 */
import type { ZodTypeDef } from 'zod';
import { ignoreOverride, zodToJsonSchema, type JsonSchema7Type } from 'zod-to-json-schema';
import { patternOf, timelineSchema } from './schema.ts';

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

/**
 * Pattern checks as JSON Schema `pattern`s, so editors flag a bad id or tag
 * as it is typed. JSON Schema patterns take no flags: a check that needs one
 * (the case-insensitive web address) stays the validator's alone.
 */
function withPattern(def: ZodTypeDef): JsonSchema7Type | typeof ignoreOverride {
  const re = patternOf(def);
  if (!re || re.flags.replace('u', '') !== '') return ignoreOverride;
  return { type: 'string', pattern: re.source, ...(def.description !== undefined && { description: def.description }) };
}

/**
 * What zod's object cannot say of a story's step and JSON Schema can: it
 * shows an event or a window, not both, and a window has a title (the
 * validator's own checks, in check-references.ts, word the problems).
 */
function addStepRules(schema: JsonObject): void {
  const at = (o: unknown, key: string): JsonObject | undefined =>
    typeof o === 'object' && o !== null ? ((o as JsonObject)[key] as JsonObject | undefined) : undefined;
  const step = at(at(at(at(at(at(schema, 'properties'), 'stories'), 'items'), 'properties'), 'steps'), 'items');
  if (!step) return;
  // Each `required` beside the properties it names, as strict validators (ajv's strictRequired) ask.
  const has = (...keys: string[]): JsonObject => ({ properties: Object.fromEntries(keys.map((k) => [k, {}])), required: keys });
  Object.assign(step, {
    anyOf: [has('event'), has('window')],
    not: has('event', 'window'),
    if: has('window'),
    then: has('title'),
  });
}

export function timelineJsonSchema(): JsonObject {
  // Authors write the input side of the schema: before dates are parsed and defaults filled.
  const schema = zodToJsonSchema(timelineSchema, {
    $refStrategy: 'none',
    effectStrategy: 'input',
    target: 'jsonSchema7',
    removeAdditionalStrategy: 'strict',
    override: withPattern,
  }) as JsonObject;
  addExamples(schema);
  addStepRules(schema);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'timeline.schema.json',
    title: 'Timeline',
    description: 'One timeline: a YAML file in data/. The format is described in docs/format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
