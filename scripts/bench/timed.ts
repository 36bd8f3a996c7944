/** Runs `count` jobs with at most `concurrency` at a time; returns the elapsed seconds. */
export async function timed(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await job(next++);
  }));
  return (performance.now() - started) / 1000;
}
