import type { SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import type { Person } from '../../api/schemas';
import { MENTION_ALL_ID, MENTION_ALL_LABEL } from '../../mind';

export type MentionItem =
  | { kind: 'person'; person: Person }
  | { kind: 'open-id'; id: string }
  /** Every member of the group (`id: "all"`): offered only where the message goes to a group. */
  | { kind: 'everyone' };

/** What the mention node stores: the open_id and the name shown after `@`. */
export interface MentionChoice {
  id: string;
  label: string;
}

export interface MentionPopup {
  query: string;
  items: MentionItem[];
  loading: boolean;
  /** The directory could not be searched: only a typed open_id can be mentioned. */
  failed: boolean;
  active: number;
  mount: SuggestionProps['mount'];
}

const EMAIL_PREFIX = /[A-Za-z0-9._%+-]$/;

/** open_ids as the spec shows them: `ou_…`, `on_…`, `oc_…`. */
const OPEN_ID = /^o[a-z]_[\w-]+$/i;

/** Words that find "everyone" in the list, lower case: its id, its label and their translations. */
const EVERYONE_WORDS = ['all', 'everyone', MENTION_ALL_LABEL, '全体'];

const findsEveryone = (query: string): boolean => {
  const typed = query.trim().toLowerCase();
  return typed === '' || EVERYONE_WORDS.some((word) => word.startsWith(typed));
};

/**
 * The rows of the `@` list: everyone first (only when `allowEveryone`, a group message, and
 * the query is empty or starts one of its names), the people found, then the query itself as
 * an open_id when it looks like one, or when nobody matches (an open_id typed by hand is
 * always accepted, but never `all`, which is the everyone row's alone).
 */
export function mentionItems(
  query: string,
  people: readonly Person[] | null,
  allowEveryone = false,
): MentionItem[] {
  const items: MentionItem[] = allowEveryone && findsEveryone(query) ? [{ kind: 'everyone' }] : [];
  items.push(...(people ?? []).map((person): MentionItem => ({ kind: 'person', person })));
  const typed = query.trim();
  const offerTyped =
    typed !== '' &&
    !/\s/.test(typed) &&
    typed.toLowerCase() !== MENTION_ALL_ID &&
    (OPEN_ID.test(typed) || !items.some((item) => item.kind === 'person')) &&
    !(people ?? []).some((person) => person.id === typed);
  if (offerTyped) items.push({ kind: 'open-id', id: typed });
  return items;
}

export const choiceOf = (item: MentionItem): MentionChoice => {
  switch (item.kind) {
    case 'person':
      return { id: item.person.id, label: item.person.name };
    case 'open-id':
      return { id: item.id, label: item.id };
    case 'everyone':
      return { id: MENTION_ALL_ID, label: MENTION_ALL_LABEL };
  }
};

export interface MentionController {
  suggestion: Omit<SuggestionOptions<MentionItem, MentionChoice>, 'editor'>;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => MentionPopup | null;
  choose: (index: number) => void;
  /** Whether the next searches offer "everyone" (the message goes to a group); off at first. */
  setAllowEveryone: (allow: boolean) => void;
}

/**
 * Bridges TipTap's `@` suggestion plugin and React: the plugin reports what to show, the
 * popup reads it as an external store, and arrow keys, Enter and Tab pick from it.
 */
export function createMentionController(
  search: (query: string) => Promise<readonly Person[]>,
): MentionController {
  let allowEveryone = false;
  let popup: MentionPopup | null = null;
  let failed = false;
  let command: ((choice: MentionChoice) => void) | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: MentionPopup | null) => {
    popup = next;
    listeners.forEach((listener) => listener());
  };
  const show = (props: SuggestionProps<MentionItem, MentionChoice>) => {
    command = props.command;
    publish({
      query: props.query,
      items: props.items,
      loading: props.loading,
      failed,
      active: 0,
      mount: props.mount,
    });
  };
  const choose = (index: number) => {
    const item = popup?.items[index];
    if (item && command) command(choiceOf(item));
  };
  const move = (step: number) => {
    if (!popup || popup.items.length === 0) return;
    const count = popup.items.length;
    publish({ ...popup, active: (popup.active + step + count) % count });
  };

  return {
    suggestion: {
      char: '@',
      debounce: 120,
      // `@` opens the list after any character (Chinese text has no space before it), except
      // inside an e-mail address or a word such as `ann@example.com`.
      allowedPrefixes: null,
      allow: ({ state, range }) => {
        const $from = state.doc.resolve(range.from);
        const mention = state.schema.nodes.mention;
        if (!mention || !$from.parent.type.contentMatch.matchType(mention)) return false;
        return !EMAIL_PREFIX.test(state.doc.textBetween(Math.max(0, range.from - 1), range.from));
      },
      items: async ({ query }) => {
        try {
          const people = await search(query);
          failed = false;
          return mentionItems(query, people, allowEveryone);
        } catch {
          failed = true;
          return mentionItems(query, null, allowEveryone);
        }
      },
      render: () => ({
        onStart: show,
        onUpdate: show,
        onExit: () => {
          command = null;
          publish(null);
        },
        onKeyDown: ({ event }) => {
          if (!popup || popup.items.length === 0) return false;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            move(event.key === 'ArrowDown' ? 1 : -1);
            return true;
          }
          if (event.key === 'Enter' || event.key === 'Tab') {
            choose(popup.active);
            return true;
          }
          return false;
        },
      }),
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => popup,
    choose,
    setAllowEveryone: (allow) => {
      allowEveryone = allow;
    },
  };
}
