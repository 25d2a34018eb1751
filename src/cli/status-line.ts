import { formatDuration, spent } from '../agent/budgets.js';
import type { LoopReporter } from '../agent/loop.js';

/** A live one-line status on a terminal: step, tokens, cost, time, last visible pass rate. */
export function statusLine(stream: NodeJS.WriteStream = process.stderr): LoopReporter & { done(): void } {
  if (!stream.isTTY) return { done: () => {} };
  let shown = false;
  return {
    onEvent(e, s) {
      const u = spent(s);
      const rate = s.lastVisibleRate === null ? '-' : `${(100 * s.lastVisibleRate).toFixed(1)}%`;
      const what = e.type === 'run-end' ? 'scoring the workspace' : e.type === 'tool-call' ? `running ${e.name}` : e.type === 'model-call' ? 'waiting for the model' : e.type === 'model-error' ? `model error (${e.kind}), retrying` : e.type;
      const line = `step ${s.step}  tokens ${u.tokens.toLocaleString('en-US')}  cost $${s.cost.toFixed(4)}  time ${formatDuration(u.wallMs)}  visible ${rate}  ${what}`;
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
