import { writeFileSync } from 'node:fs';
import { ensurePrepared } from '../../reference/prepare.js';
import { buildReport, renderSummary } from '../../scoring/report.js';
import { scoreSolution, selectTests, type Suite } from '../../scoring/score.js';
import { UserError } from '../../util/errors.js';
import { getSandbox, printJson, resolveTargets, type GlobalOptions } from '../context.js';
import { progressBar } from '../progress.js';

export async function scoreCommand(
  g: GlobalOptions,
  name: string,
  solutionDir: string,
  opts: { suite: string; json?: boolean; out?: string; failures?: string },
): Promise<void> {
  if (!['visible', 'hidden', 'all'].includes(opts.suite)) throw new UserError(`--suite must be visible, hidden or all, not "${opts.suite}"`);
  const suite = opts.suite as Suite;
  const sandbox = await getSandbox();
  const [target] = resolveTargets(g, name, false);
  const bar = progressBar(!opts.json);
  try {
    const p = await ensurePrepared(sandbox, target!, (d, t) => bar.update('preparing', d, t));
    const result = await scoreSolution({
      sandbox,
      target: target!,
      reference: p.reference,
      gold: p.gold,
      tests: selectTests(p.suite.all, suite),
      solution: { kind: 'dir', path: solutionDir },
      suite,
      onDone: (d, t) => bar.update('scoring', d, t),
    });
    bar.stop();
    const report = buildReport(result);
    if (opts.out) writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
    if (opts.json) printJson(report);
    else process.stdout.write(renderSummary(result, { maxFailures: Number(opts.failures ?? 5) }));
    process.exitCode = report.solved ? 0 : 3;
  } finally {
    bar.stop();
  }
}
