/**
 * The messages between an embedded timeline and the page around it
 * (`/embed.js` on the host's side), as plain data over postMessage.
 *
 * From the embed: `ready` (it can take `open` now), `event` (the reader
 * opened an event, or closed it: `id: null`). The frame's height is the
 * host's to set: the embed never asks for another. From the host: `hello` (tell me you are ready) and `open`.
 * Every message is checked for its shape on arrival; anything else is dropped.
 * `/embed.js` checks the same shapes by hand, to stay free of dependencies.
 */
import { z } from '../format/zod-mini.ts';
import { ID_PATTERN } from '../format/patterns.ts';

export const MESSAGE_PREFIX = 'tl-embed:';

const eventId = z.string().check(z.maxLength(200), z.regex(ID_PATTERN));

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}hello`) }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}open`), id: z.nullable(eventId) }),
]);

export type HostMessage = z.infer<typeof hostMessageSchema>;

export const embedMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}ready`) }),
  z.strictObject({ type: z.literal(`${MESSAGE_PREFIX}event`), id: z.nullable(eventId) }),
]);

export type EmbedMessage = z.infer<typeof embedMessageSchema>;

/** A message from the host, or undefined for anything else. */
export function readHostMessage(data: unknown): HostMessage | undefined {
  const result = hostMessageSchema.safeParse(data);
  return result.success ? result.data : undefined;
}
