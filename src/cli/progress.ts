import cliProgress from 'cli-progress';

export type ProgressFn = (stage: string, done: number, total: number) => void;

/** How often a plain progress line is written when stderr is not a terminal (CI logs, files). */
const PLAIN_INTERVAL_MS = 30_000;

/**
 * A progress bar on stderr when it is a terminal; when it is not (a CI log), a plain line at each
 * new stage and at most every 30 s, so a long job shows it is alive without flooding the log.
 * Nothing at all when disabled (--json).
 */
export function progressBar(enabled: boolean): { update: ProgressFn; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  if (!process.stderr.isTTY) return plainProgress((line) => process.stderr.write(line + '\n'), Date.now);
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let current = '';
  return {
    update: (stage, done, total) => {
      if (!started || stage !== current) {
        if (started) bar.stop();
        bar.start(total, done, { stage });
        started = true;
        current = stage;
      } else bar.update(done, { stage });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** Plain-line progress: writes on a stage change, then at most once per interval. */
export function plainProgress(
  write: (line: string) => void,
  now: () => number,
  intervalMs = PLAIN_INTERVAL_MS,
): { update: ProgressFn; stop: () => void } {
  let current: string | undefined;
  let last = 0;
  return {
    update: (stage, done, total) => {
      const t = now();
      if (stage !== current || t - last >= intervalMs) {
        write(`${stage}: ${done}/${total}`);
        current = stage;
        last = t;
      }
    },
    stop: () => {},
  };
}
