import { MAX_RECIPIENTS, type Audience } from '../../../api/schemas';
import type { Channel } from '../../../mind';
import { checkOpenId } from '../../../mind/checkOpenId';
import type { ParsedRecipients } from './parseRecipients';
import type { RecipientMode } from '../../../work/compose/recipientModes';

export { RECIPIENT_MODES, type RecipientMode } from '../../../work/compose/recipientModes';

export interface RecipientsInput {
  /** Subscribers when absent. */
  channel?: Channel;
  mode: RecipientMode;
  /** The one person's open_id (picked from the directory or typed). */
  one: string;
  list: ParsedRecipients;
  /** What the person typed to confirm a send to every subscriber. */
  confirmation: string;
  /** The phrase they must type, in their language. */
  phrase: string;
  /** The group's id (channel `group`). */
  groupId?: string;
  /** Whether the message mentions everyone (channel `group`): the phrase is needed then. */
  mentionsEveryone?: boolean;
}

/** Why there is no audience yet: the send stays disabled and the page says this. */
export type AudienceBlock =
  | 'one-empty'
  | 'one-malformed'
  | 'list-empty'
  | 'list-malformed'
  | 'list-too-long'
  | 'confirm-all'
  | 'group-empty'
  | 'group-malformed'
  | 'confirm-everyone';

export type AudienceResult =
  | {
      ok: true;
      audience: Audience;
      /** Distinct recipients; null for every subscriber (the app cannot know how many). */
      count: number | null;
    }
  /** `count`: how many the list holds (`list-too-long`). */
  | { ok: false; block: AudienceBlock; count?: number };

/** A group id as the server takes it: no spaces or quotes, at most 200 characters. */
const GROUP_ID = /^[^\s"'<>]{1,200}$/;

/**
 * The audience of a send, or why there is none. The robot takes the list; a group its id,
 * and the typed phrase when the message mentions everyone in it. Every subscriber is only ever the result of
 * choosing `all` and typing the phrase: an empty or broken list is a block, never `all`.
 */
export function buildAudience(input: RecipientsInput): AudienceResult {
  const confirmed = input.phrase !== '' && input.confirmation.trim() === input.phrase;
  if (input.channel === 'robot') {
    if (input.list.malformed.length > 0) return { ok: false, block: 'list-malformed' };
    const ids = input.list.ids;
    if (ids.length === 0) return { ok: false, block: 'list-empty' };
    if (ids.length > MAX_RECIPIENTS)
      return { ok: false, block: 'list-too-long', count: ids.length };
    return { ok: true, audience: { kind: 'robot', ids }, count: ids.length };
  }
  if (input.channel === 'group') {
    const id = (input.groupId ?? '').trim();
    if (id === '') return { ok: false, block: 'group-empty' };
    if (!GROUP_ID.test(id)) return { ok: false, block: 'group-malformed' };
    if (!input.mentionsEveryone) return { ok: true, audience: { kind: 'group', id }, count: 1 };
    return confirmed
      ? { ok: true, audience: { kind: 'group', id, confirm: 'ALL' }, count: 1 }
      : { ok: false, block: 'confirm-everyone' };
  }
  switch (input.mode) {
    case 'one': {
      const id = input.one.trim();
      if (id === '') return { ok: false, block: 'one-empty' };
      if (checkOpenId(id).verdict === 'malformed') return { ok: false, block: 'one-malformed' };
      return { ok: true, audience: { kind: 'user', id }, count: 1 };
    }
    case 'list': {
      if (input.list.malformed.length > 0) return { ok: false, block: 'list-malformed' };
      const ids = input.list.ids;
      if (ids.length === 0) return { ok: false, block: 'list-empty' };
      if (ids.length > MAX_RECIPIENTS)
        return { ok: false, block: 'list-too-long', count: ids.length };
      return { ok: true, audience: { kind: 'users', ids }, count: ids.length };
    }
    case 'all':
      return confirmed
        ? { ok: true, audience: { kind: 'all', confirm: 'ALL' }, count: null }
        : { ok: false, block: 'confirm-all' };
  }
}
