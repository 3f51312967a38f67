import { describe, expect, it } from 'vitest';
import { featureCycles, featureGraph } from './featureCycles';

describe('imports between features', () => {
  it('finds a cycle of features, and none among acyclic ones', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(
      featureCycles(
        graph({ designer: ['templates'], templates: ['exchange'], exchange: ['designer'] }),
      ),
    ).toEqual([['designer', 'exchange', 'templates']]);
    expect(featureCycles(graph({ inbox: ['preview'], history: ['preview'], preview: [] }))).toEqual(
      [],
    );
  });

  it('form no cycle among src/features/* (issue 15): pages put features together', () => {
    const graph = featureGraph();
    expect(graph.get('designer')).toBeDefined();
    expect(featureCycles(graph)).toEqual([]);
  });
});
