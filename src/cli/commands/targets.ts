import { isPrepared } from '../../reference/prepare.js';
import { suiteCounts } from '../../reference/suite-counts.js';
import { listTargets, targetRoots } from '../../targets/target.js';
import { printJson, type GlobalOptions } from '../context.js';

export async function targetsCommand(g: GlobalOptions, opts: { json?: boolean }): Promise<void> {
  const rows = [];
  for (const t of listTargets(targetRoots(g.targets ?? []))) {
    const counts = await suiteCounts(t);
    rows.push({
      name: t.name,
      title: t.manifest.title,
      category: t.manifest.category,
      tier: t.manifest.tier,
      visible: counts.visible,
      hidden: counts.hidden,
      prepared: isPrepared(t),
    });
  }
  if (opts.json) return printJson(rows);
  const header = ['TARGET', 'CATEGORY', 'TIER', 'VISIBLE', 'HIDDEN', 'PREPARED'];
  const table = [header, ...rows.map((r) => [r.name, r.category, r.tier, String(r.visible), String(r.hidden), r.prepared ? 'yes' : 'no'])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) process.stdout.write(row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n');
}
