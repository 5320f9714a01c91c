import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { timelineJsonSchema } from '../../src/lib/format/json-schema.ts';

const FILE = new URL('../../schema/timeline.schema.json', import.meta.url);

it('the committed JSON Schema is the one the zod schema gives (npm run schema rewrites it)', () => {
  const generated = `${JSON.stringify(timelineJsonSchema(), null, 2)}\n`;
  if (process.env['UPDATE_SCHEMA']) writeFileSync(FILE, generated);
  expect(existsSync(FILE) ? readFileSync(FILE, 'utf8') : '(missing)').toBe(generated);
});

it('describes every field, with an example for editors', () => {
  const schema = timelineJsonSchema() as { properties: Record<string, { description?: string; examples?: unknown[] }> };
  expect(schema.properties['title']).toMatchObject({
    type: 'string',
    description: 'Title of the timeline, plain text.',
    examples: ['North Korea turns to Moscow and Beijing'],
  });
  const event = (
    schema.properties['events'] as unknown as {
      items: { properties: Record<string, { description?: string }>; additionalProperties: boolean; required: string[] };
    }
  ).items;
  expect(event.additionalProperties).toBe(false);
  expect(event.required).toEqual(['id', 'title']);
  for (const [key, field] of Object.entries(event.properties)) expect(field.description, key).toBeTruthy();
});
