import type { SuggestionProps } from '@tiptap/suggestion';
import { describe, expect, it, vi } from 'vitest';
import type { Person } from '../../api/schemas';
import {
  choiceOf,
  createMentionController,
  mentionItems,
  type MentionChoice,
  type MentionItem,
} from './mentionController';

const ann: Person = { id: 'ou_ann', name: 'Ann Lee', department: 'Ops' };
const bob: Person = { id: 'ou_bob', name: 'Bob' };

describe('mentionItems', () => {
  it('lists the people found, and no typed id for a plain name that matched', () => {
    expect(mentionItems('an', [ann])).toEqual([{ kind: 'person', person: ann }]);
  });

  it('offers a typed open_id even when people match', () => {
    expect(mentionItems('ou_new', [ann]).at(-1)).toEqual({ kind: 'open-id', id: 'ou_new' });
  });

  it('offers the query as an open_id when nobody matches or the directory failed', () => {
    expect(mentionItems('zzz', [])).toEqual([{ kind: 'open-id', id: 'zzz' }]);
    expect(mentionItems('zzz', null)).toEqual([{ kind: 'open-id', id: 'zzz' }]);
  });

  it('does not offer an empty query, one with spaces, or an id already listed', () => {
    expect(mentionItems('', [])).toEqual([]);
    expect(mentionItems('a b', [])).toEqual([]);
    expect(mentionItems('ou_ann', [ann])).toEqual([{ kind: 'person', person: ann }]);
  });

  it('turns a row into the mention’s id and label', () => {
    expect(choiceOf({ kind: 'person', person: ann })).toEqual({ id: 'ou_ann', label: 'Ann Lee' });
    expect(choiceOf({ kind: 'open-id', id: 'ou_x' })).toEqual({ id: 'ou_x', label: 'ou_x' });
    expect(choiceOf({ kind: 'everyone' })).toEqual({ id: 'all', label: '所有人' });
  });

  it('offers everyone first, only when allowed, for an empty query or one of its names', () => {
    expect(mentionItems('', [ann])).toEqual([{ kind: 'person', person: ann }]);
    expect(mentionItems('', [ann], true)).toEqual([
      { kind: 'everyone' },
      { kind: 'person', person: ann },
    ]);
    for (const query of ['al', 'ALL', 'every', '所有', '全体']) {
      expect(mentionItems(query, [], true)[0]).toEqual({ kind: 'everyone' });
    }
    expect(mentionItems('an', [ann], true)).toEqual([{ kind: 'person', person: ann }]);
    expect(mentionItems('all', [], false)).toEqual([]);
  });

  it('never offers a typed "all" as an open_id, allowed or not', () => {
    expect(mentionItems('all', [], true)).toEqual([{ kind: 'everyone' }]);
    expect(mentionItems('All', null, false)).toEqual([]);
    expect(mentionItems('ou_new', [], true)).toEqual([{ kind: 'open-id', id: 'ou_new' }]);
  });
});

function suggestionProps(
  items: MentionItem[],
  command: (choice: MentionChoice) => void,
): SuggestionProps<MentionItem, MentionChoice> {
  return { query: 'b', items, loading: false, command, mount: () => () => undefined } as never;
}

const key = (name: string) => ({ event: new KeyboardEvent('keydown', { key: name }) }) as never;

describe('createMentionController', () => {
  it('searches, moves with the arrow keys and picks with Enter', async () => {
    const search = vi.fn(async () => [ann, bob]);
    const controller = createMentionController(search);
    const items = await controller.suggestion.items?.({
      query: 'b',
      editor: never(),
      signal: new AbortController().signal,
    });
    expect(search).toHaveBeenCalledWith('b');
    const command = vi.fn();
    const renderer = controller.suggestion.render?.();
    renderer?.onStart?.(suggestionProps(items ?? [], command));
    expect(controller.getSnapshot()?.active).toBe(0);
    expect(renderer?.onKeyDown?.(key('ArrowDown'))).toBe(true);
    expect(controller.getSnapshot()?.active).toBe(1);
    expect(renderer?.onKeyDown?.(key('ArrowDown'))).toBe(true);
    expect(controller.getSnapshot()?.active).toBe(0);
    expect(renderer?.onKeyDown?.(key('ArrowUp'))).toBe(true);
    expect(renderer?.onKeyDown?.(key('Enter'))).toBe(true);
    expect(command).toHaveBeenCalledWith({ id: 'ou_bob', label: 'Bob' });
    renderer?.onExit?.(suggestionProps([], command));
    expect(controller.getSnapshot()).toBeNull();
  });

  it('reports a failed search and still offers the typed id', async () => {
    const controller = createMentionController(async () => {
      throw new Error('offline');
    });
    const items = await controller.suggestion.items?.({
      query: 'ou_x',
      editor: never(),
      signal: new AbortController().signal,
    });
    expect(items).toEqual([{ kind: 'open-id', id: 'ou_x' }]);
    controller.suggestion.render?.().onStart?.(suggestionProps(items ?? [], vi.fn()));
    expect(controller.getSnapshot()?.failed).toBe(true);
  });

  it('offers everyone once allowed (a group), and inserts id "all"', async () => {
    const controller = createMentionController(async () => [bob]);
    const search = (query: string) =>
      controller.suggestion.items?.({
        query,
        editor: never(),
        signal: new AbortController().signal,
      });
    expect(await search('')).toEqual([{ kind: 'person', person: bob }]);
    controller.setAllowEveryone(true);
    const items = await search('');
    expect(items?.[0]).toEqual({ kind: 'everyone' });
    const command = vi.fn();
    const renderer = controller.suggestion.render?.();
    renderer?.onStart?.(suggestionProps(items ?? [], command));
    expect(renderer?.onKeyDown?.(key('Enter'))).toBe(true);
    expect(command).toHaveBeenCalledWith({ id: 'all', label: '所有人' });
  });

  it('lets Enter through when there is nothing to pick', () => {
    const controller = createMentionController(async () => []);
    const renderer = controller.suggestion.render?.();
    renderer?.onStart?.(suggestionProps([], vi.fn()));
    expect(renderer?.onKeyDown?.(key('Enter'))).toBe(false);
  });
});

function never(): never {
  return undefined as never;
}
