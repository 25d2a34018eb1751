import { ensurePrepared } from '../../reference/prepare.js';
import { validateTarget, type ValidationReport } from '../../validate/validate.js';
import { getSandbox, printJson, resolveTargets, type GlobalOptions } from '../context.js';
import { progressBar } from '../progress.js';

export async function validateCommand(g: GlobalOptions, name: string | undefined, opts: { all?: boolean; json?: boolean }): Promise<void> {
  const sandbox = await getSandbox();
  const reports: ValidationReport[] = [];
  for (const target of resolveTargets(g, name, opts.all)) {
    const bar = progressBar(!opts.json);
    const started = performance.now();
    try {
      const p = await ensurePrepared(sandbox, target, (d, t) => bar.update(`${target.name}: preparing`, d, t));
      const r = await validateTarget(sandbox, target, p.reference, p.suite, (stage, d, t) => bar.update(`${target.name}: ${stage}`, d, t));
      bar.stop();
      reports.push(r);
      if (!opts.json) {
        const secs = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `${r.ok ? 'ok  ' : 'FAIL'} ${r.target}: ${r.tests.visible} visible + ${r.tests.hidden} hidden tests; ` +
            `stable ${r.unstable.length === 0 ? 'yes' : 'NO'}; duals ${r.dualsOk ? 'ok' : 'BAD'}; ` +
            `stub passes ${r.stubPassed.length} (${(100 * r.stubPassRate).toFixed(1)}%); gold ${r.goldFailed.length === 0 ? '100%' : `fails ${r.goldFailed.length}`} (${secs} s)\n`,
        );
        if (r.stubPassed.length) process.stdout.write(`     stub passes: ${r.stubPassed.join(', ')}\n`);
        for (const problem of r.problems) process.stdout.write(`     problem: ${problem}\n`);
      }
    } finally {
      bar.stop();
    }
  }
  if (opts.json) printJson(reports);
  if (reports.some((r) => !r.ok)) process.exitCode = 3;
}
