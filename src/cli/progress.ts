import cliProgress from 'cli-progress';

export type ProgressFn = (stage: string, done: number, total: number) => void;

/** A progress bar on stderr when it is a terminal (and not --json); otherwise nothing. */
export function progressBar(enabled: boolean): { update: ProgressFn; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
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
