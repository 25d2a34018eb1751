import { goldPath } from '../../reference/gold.js';
import { prepareTarget } from '../../reference/prepare.js';
import { getSandbox, printJson, resolveTargets, type GlobalOptions } from '../context.js';
import { progressBar } from '../progress.js';

export async function prepareCommand(g: GlobalOptions, name: string | undefined, opts: { all?: boolean; relock?: boolean; json?: boolean }): Promise<void> {
  const sandbox = await getSandbox();
  const out = [];
  for (const target of resolveTargets(g, name, opts.all)) {
    const bar = progressBar(!opts.json);
    const started = performance.now();
    try {
      const p = await prepareTarget(sandbox, target, { relock: opts.relock, onProgress: (d, t) => bar.update(`${target.name}: gold outputs`, d, t) });
      const row = {
        target: target.name,
        packages: p.reference.lock.packages.map((x) => `${x.name} ${x.version}`),
        binarySha256: p.reference.lock.binary.sha256,
        docs: p.docs,
        visible: p.suite.visible.length,
        hidden: p.suite.hidden.length,
        gold: goldPath(target),
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      };
      out.push(row);
      if (!opts.json) {
        bar.stop();
        process.stdout.write(
          `prepared ${row.target}: ${row.packages.join(', ')}; docs ${row.docs.join(', ')}; gold outputs for ${row.visible} visible + ${row.hidden} hidden tests in ${row.gold} (${row.seconds} s)\n`,
        );
      }
    } finally {
      bar.stop();
    }
  }
  if (opts.json) printJson(out);
}
