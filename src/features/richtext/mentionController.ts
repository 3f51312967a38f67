import type { SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import type { Person } from '../../api/schemas';

export type MentionItem = { kind: 'person'; person: Person } | { kind: 'open-id'; id: string };

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

/**
 * The rows of the `@` list: the people found, then the query itself as an open_id when it
 * looks like one, or when nobody matches (an open_id typed by hand is always accepted).
 */
export function mentionItems(query: string, people: readonly Person[] | null): MentionItem[] {
  const items: MentionItem[] = (people ?? []).map((person) => ({ kind: 'person', person }));
  const typed = query.trim();
  const offerTyped =
    typed !== '' &&
    !/\s/.test(typed) &&
    (OPEN_ID.test(typed) || items.length === 0) &&
    !(people ?? []).some((person) => person.id === typed);
  if (offerTyped) items.push({ kind: 'open-id', id: typed });
  return items;
}

export const choiceOf = (item: MentionItem): MentionChoice =>
  item.kind === 'person'
    ? { id: item.person.id, label: item.person.name }
    : { id: item.id, label: item.id };

export interface MentionController {
  suggestion: Omit<SuggestionOptions<MentionItem, MentionChoice>, 'editor'>;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => MentionPopup | null;
  choose: (index: number) => void;
}

/**
 * Bridges TipTap's `@` suggestion plugin and React: the plugin reports what to show, the
 * popup reads it as an external store, and arrow keys, Enter and Tab pick from it.
 */
export function createMentionController(
  search: (query: string) => Promise<readonly Person[]>,
): MentionController {
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
          return mentionItems(query, people);
        } catch {
          failed = true;
          return mentionItems(query, null);
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
  };
}
