import type { Figure } from './report';
import { summarize } from './stats';

const round = (value: number) =>
  Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;

/**
 * A figure from repeated samples: median and p95 (nearest rank). With a `target` of the form
 * `p95 < N` or `median < N`, `met` is worked out from the samples.
 */
export function figureOf(
  name: string,
  unit: string,
  samples: number[],
  method: string,
  extra: Partial<Figure> = {},
): Figure {
  // A figure without samples is a broken measurement: fail the bench rather than print a dash.
  if (samples.length === 0) throw new Error(`${name}: no samples were taken`);
  const { n, median, p95 } = summarize(samples);
  const figure: Figure = {
    name,
    unit,
    median: round(median),
    p95: round(p95),
    n,
    method,
    ...extra,
  };
  const target = /^(p95|median) < ([\d.]+)/.exec(extra.target ?? '');
  if (target && extra.met === undefined) {
    const value = target[1] === 'p95' ? p95 : median;
    figure.met = value < Number(target[2]);
  }
  return figure;
}
