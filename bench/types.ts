/** One row of bench/results.json. `ratio` is baseline ÷ Steady, so above 1 means Steady is faster or smaller. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function compare(name: string, value: number, unit: string, baseline: number): BenchResult {
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline / value) };
}

export const round = (n: number) => Math.round(n * 100) / 100;
