/** Runs `count` jobs with at most `concurrency` at a time; returns the elapsed seconds. */
export async function timed(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await job(next++);
  }));
  return (performance.now() - started) / 1000;
}

/** The q-quantile (0–1) of the values, nearest-rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** "p50 … ms, p99 … ms" of latencies in milliseconds. */
export const p50p99 = (values: number[], digits = 0) => `p50 ${quantile(values, 0.5).toFixed(digits)} ms, p99 ${quantile(values, 0.99).toFixed(digits)} ms`;
