import type { Audience } from '../../../api/schemas';
import type { WorkMessage } from '../../../work/workMessage';

/** cyrb53: a fast 53-bit string hash, enough to tell one send from another. */
function hash(text: string): string {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first =
    Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second =
    Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(36);
}

/** Who receives it, whatever the order or repetition of the list. */
function recipientsOf(audience: Audience): string {
  if (audience.kind === 'all') return 'all';
  if (audience.kind === 'group') return `group:${audience.id.trim()}`;
  const ids = audience.kind === 'user' ? [audience.id] : audience.ids;
  const people = [...new Set(ids.map((id) => id.trim()))].sort().join('\n');
  return audience.kind === 'robot' ? `robot:${people}` : people;
}

/**
 * A short fingerprint of one message to one set of recipients: equal for the same type,
 * the same content and the same people, so compose can tell that a send repeats the last one.
 */
export function fingerprintSend(message: WorkMessage, audience: Audience): string {
  return hash(JSON.stringify([message.msg_type, message.content ?? null, recipientsOf(audience)]));
}
