import { describe, expect, it } from 'vitest';
import { mergeSmall } from './firstVisitChunks';

const grouped = (
  modules: Record<string, { pages: string[]; bytes: number }>,
  minBytes: number,
): Record<string, string> =>
  Object.fromEntries(
    [
      ...mergeSmall(
        new Map(Object.entries(modules).map(([id, { pages }]) => [id, pages])),
        new Map(Object.entries(modules).map(([id, { bytes }]) => [id, bytes])),
        minBytes,
      ),
    ].map(([id, pages]) => [id, pages.join('+')]),
  );

describe('mergeSmall', () => {
  it('groups modules by the set of pages that have them, in any order', () => {
    expect(
      grouped(
        {
          a: { pages: ['designer', 'compose'], bytes: 10 },
          b: { pages: ['compose', 'designer'], bytes: 10 },
          c: { pages: ['designer'], bytes: 10 },
        },
        0,
      ),
    ).toEqual({ a: 'compose+designer', b: 'compose+designer', c: 'designer' });
  });

  it('moves a small group into the nearest group whose pages include all of its own', () => {
    expect(
      grouped(
        {
          tiny: { pages: ['designer', 'templates'], bytes: 300 },
          near: { pages: ['compose', 'designer', 'templates'], bytes: 5000 },
          far: { pages: ['compose', 'designer', 'history', 'templates'], bytes: 9000 },
          other: { pages: ['designer'], bytes: 4000 },
        },
        2000,
      ),
    ).toEqual({
      tiny: 'compose+designer+templates',
      near: 'compose+designer+templates',
      far: 'compose+designer+history+templates',
      other: 'designer',
    });
  });

  it('never moves a module to a group that lacks one of its pages', () => {
    // No group holds both designer and history: the small one stays as it is.
    expect(
      grouped(
        {
          small: { pages: ['designer', 'history'], bytes: 100 },
          big: { pages: ['designer', 'compose'], bytes: 9000 },
        },
        2000,
      ),
    ).toEqual({ small: 'designer+history', big: 'compose+designer' });
  });

  it('merges small groups step by step until none has a larger neighbour', () => {
    // The smallest merges first; the group it grew is still small and merges on.
    expect(
      grouped(
        {
          a: { pages: ['x'], bytes: 100 },
          b: { pages: ['x', 'y'], bytes: 200 },
          c: { pages: ['x', 'y', 'z'], bytes: 3000 },
        },
        1000,
      ),
    ).toEqual({ a: 'x+y+z', b: 'x+y+z', c: 'x+y+z' });
  });
});
