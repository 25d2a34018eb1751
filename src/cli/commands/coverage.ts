import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { docsDir } from '../../reference/gold.js';
import { coverage, documentedOptionGroups, type CoverageRow } from '../../targets/coverage.js';
import { loadTests, type Target } from '../../targets/target.js';
import { UserError } from '../../util/errors.js';
import { printJson, resolveTargets, type GlobalOptions } from '../context.js';

/** The items to cover: the manifest's list, else the options the rendered man pages document. */
function itemsOf(target: Target): { items: Array<string | string[]>; source: string } {
  if (target.manifest.coverage) return { items: target.manifest.coverage.items, source: 'manifest coverage.items' };
  const dir = docsDir(target);
  if (!existsSync(dir)) throw new UserError(`${target.name} is not prepared (its docs are rendered by: mirrorcode prepare ${target.name})`);
  const man = readdirSync(dir).filter((f) => /\.\d\w*\.txt$/.test(f));
  // Several man pages may document the same option: keep its first definition.
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const f of man) {
    for (const g of documentedOptionGroups(readFileSync(path.join(dir, f), 'utf8'))) {
      const fresh = g.filter((o) => !seen.has(o));
      fresh.forEach((o) => seen.add(o));
      if (fresh.length) groups.push(fresh);
    }
  }
  return { items: groups, source: `options in ${man.join(', ') || '(no man page)'}` };
}

export async function coverageCommand(g: GlobalOptions, name: string | undefined, opts: { all?: boolean; json?: boolean }): Promise<void> {
  const out: Array<{ target: string; source: string; rows: CoverageRow[]; uncovered: string[]; hiddenOnly: string[] }> = [];
  for (const target of resolveTargets(g, name, opts.all)) {
    const { items, source } = itemsOf(target);
    const rows = coverage(items, await loadTests(target));
    out.push({
      target: target.name,
      source,
      rows,
      uncovered: rows.filter((r) => r.visible === 0 && r.hidden === 0).map((r) => r.item),
      // An agent learns an item only from visible tests: used by hidden tests alone, it is a surprise.
      hiddenOnly: rows.filter((r) => r.visible === 0 && r.hidden > 0).map((r) => r.item),
    });
  }
  if (opts.json) return printJson(out);
  for (const t of out) {
    process.stdout.write(`${t.target} (items: ${t.source})\n`);
    const width = Math.max(6, ...t.rows.map((r) => r.item.length));
    process.stdout.write(`  ${'ITEM'.padEnd(width)}  VISIBLE  HIDDEN\n`);
    for (const r of t.rows) process.stdout.write(`  ${r.item.padEnd(width)}  ${String(r.visible).padStart(7)}  ${String(r.hidden).padStart(6)}\n`);
    process.stdout.write(t.uncovered.length ? `  uncovered: ${t.uncovered.join(' ')}\n` : '  every item is covered\n');
    if (t.hiddenOnly.length) process.stdout.write(`  used by hidden tests only (no visible example): ${t.hiddenOnly.join(' ')}\n`);
  }
}
