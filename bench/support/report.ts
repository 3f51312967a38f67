export interface Figure {
  name: string;
  unit: string;
  median: number;
  p95: number;
  n: number;
  /** How it was measured, so anyone can re-run it. */
  method: string;
  /** The budget, e.g. `p95 < 16 ms`. */
  target?: string;
  /** A comparison measured in the same run, e.g. `direct upstream: 1.2 ms`. */
  baseline?: string;
  /** Whether the target is met, where there is one. */
  met?: boolean;
}

export interface BenchResult {
  suite: string;
  figures: Figure[];
  /** Markdown lines printed under the suite's table (a breakdown, a finding). */
  notes?: string[];
}

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Prints the result as one line that `scripts/bench.ts` collects. */
export function report(result: BenchResult): void {
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
}
