import { describe, expect, it } from 'vitest';
import { provideDragTarget, watchDragTarget, type DragTarget } from './dragTargets';

const target = (): DragTarget => ({ node: { current: null } });

describe('dragTargets', () => {
  it('gives dnd-kit the canvas nodes whichever side comes first, and nothing once they leave', () => {
    const seen: (DragTarget | undefined)[] = [];
    const early = target();
    const removeEarly = provideDragTarget('a', early);
    const stopWatching = watchDragTarget('a', (found) => seen.push(found));
    expect(seen).toEqual([early]);

    removeEarly();
    expect(seen).toEqual([early, undefined]);

    const late = target();
    const removeLate = provideDragTarget('a', late);
    expect(seen).toEqual([early, undefined, late]);

    stopWatching();
    removeLate();
    expect(seen).toHaveLength(3);
  });

  it('keeps a remounted element: the old one leaving does not take the new one away', () => {
    const seen: (DragTarget | undefined)[] = [];
    const first = target();
    const second = target();
    const removeFirst = provideDragTarget('b', first);
    watchDragTarget('b', (found) => seen.push(found));
    const removeSecond = provideDragTarget('b', second);
    removeFirst();
    expect(seen).toEqual([first, second]);
    removeSecond();
    expect(seen.at(-1)).toBeUndefined();
  });

  it('tells only the watcher of the same id', () => {
    const seen: string[] = [];
    watchDragTarget('c', () => seen.push('c'));
    watchDragTarget('d', () => seen.push('d'));
    provideDragTarget('d', target());
    expect(seen).toEqual(['c', 'd', 'd']);
  });
});
