/**
 * Progress messages of the provisioning scripts go to stderr, so that a script's stdout stays
 * machine-readable (e.g. `tsx scripts/temporal-binaries.ts` prints only the paths).
 */
export type Log = (message: string) => void;

export function createLog(tag: string, quiet = false): Log {
  if (quiet) return () => undefined;
  return (message) => {
    process.stderr.write(`[${tag}] ${message}\n`);
  };
}

/** Milliseconds since `start`, formatted for a log line ("1.23 s"). */
export function elapsed(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(2)} s`;
}
