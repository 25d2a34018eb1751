import { availableParallelism } from 'node:os';
import { ensurePrepared } from '../reference/prepare.js';
import { BwrapSandbox } from '../sandbox/bwrap.js';
import { HostSandbox } from '../sandbox/host.js';
import type { Sandbox } from '../sandbox/types.js';
import { scoreSolution } from '../scoring/score.js';
import { listTargets } from '../targets/target.js';
import { ensureDataHome } from '../reference/store.js';
import { benchAgentLoop } from './agent-loop.js';
import { benchReport, benchViewer } from './results.js';

/**
 * Scores each target's gold solution (the reference placed as a solution) in the real sandbox and
 * bare on the host, same tests, same parallelism, and prints tests per second and their ratio.
 * Goal: sandboxed/bare time ratio of 1.5 or less.
 */
async function main(): Promise<void> {
  ensureDataHome();
  // BENCH_PARTS=scoring,agent,report,viewer picks parts (default: all); other arguments name targets.
  const parts = new Set((process.env.BENCH_PARTS ?? 'scoring,agent,report,viewer').split(','));
  if (parts.has('report')) await benchReport(Number(process.env.BENCH_RUNS ?? 10_000));
  if (parts.has('viewer')) await benchViewer(Number(process.env.BENCH_JOURNAL_BYTES ?? 2 ** 30));
  if (!parts.has('scoring') && !parts.has('agent')) return;
  // Default: four small targets (1,713 tests), the set the published ratio was measured on.
  const only = process.argv.slice(2).length ? process.argv.slice(2) : ['cal', 'hexyl', 'numfmt', 'rev'];
  const sandboxed = new BwrapSandbox();
  const bare = new HostSandbox();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  if (parts.has('scoring')) {
    console.log(`scoring bench: gold solution of each target, ${availableParallelism()} parallel workers, best of ${rounds} rounds`);
    console.log('target    tests  sandboxed tests/s  bare tests/s  ratio (sandboxed/bare time)  gold pass');
    let totalS = 0;
    let totalB = 0;
    let totalTests = 0;
    for (const target of listTargets().filter((t) => only.includes(t.name))) {
      const p = await ensurePrepared(sandboxed, target);
      const time = async (sb: Sandbox): Promise<{ secs: number; passed: number }> => {
        let best = Infinity;
        let passed = 0;
        for (let r = 0; r < rounds; r++) {
          const t0 = performance.now();
          const res = await scoreSolution({ sandbox: sb, target, reference: p.reference, gold: p.gold, tests: p.suite.all, solution: { kind: 'reference' }, suite: 'all' });
          best = Math.min(best, (performance.now() - t0) / 1000);
          passed = res.results.filter((x) => x.pass).length;
        }
        return { secs: best, passed };
      };
      const s = await time(sandboxed);
      const b = await time(bare);
      const n = p.suite.all.length;
      totalS += s.secs;
      totalB += b.secs;
      totalTests += n;
      console.log(
        `${target.name.padEnd(8)}  ${String(n).padStart(5)}  ${(n / s.secs).toFixed(1).padStart(17)}  ${(n / b.secs).toFixed(1).padStart(12)}  ${(s.secs / b.secs).toFixed(2).padStart(27)}  ${s.passed}/${n}`,
      );
    }
    const ratio = totalS / totalB;
    console.log(`all       ${String(totalTests).padStart(5)}  ${(totalTests / totalS).toFixed(1).padStart(17)}  ${(totalTests / totalB).toFixed(1).padStart(12)}  ${ratio.toFixed(2).padStart(27)}`);
    console.log(`goal: ratio <= 1.50: ${ratio <= 1.5 ? 'met' : 'NOT met'} (${ratio.toFixed(2)})`);
  }
  if (parts.has('agent')) await benchAgentLoop(sandboxed, Number(process.env.BENCH_STEPS ?? 1000));
}

await main();
