import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docsDir, type GoldFile } from '../reference/gold.js';
import { applyModes, materialize } from '../runner/materialize.js';
import type { Target, TestSuite } from '../targets/target.js';
import { stdinBytes } from '../targets/test-case.js';
import { fromStored } from '../runner/observed.js';

/**
 * Lays out what an agent starts with: `docs/` (the package's rendered docs and the target notes)
 * and `tests/<id>/` for each visible test (cmd.json with argv and env, stdin, files/, and the
 * expected stdout, stderr and exit status). Hidden tests never enter a workspace.
 */
export function populateWorkspace(dir: string, target: Target, suite: TestSuite, gold: GoldFile): void {
  cpSync(docsDir(target), path.join(dir, 'docs'), { recursive: true });
  const modes: Array<{ file: string; mode: number }> = [];
  for (const tc of suite.visible) {
    const t = path.join(dir, 'tests', tc.id);
    mkdirSync(path.join(t, 'files'), { recursive: true });
    writeFileSync(path.join(t, 'cmd.json'), JSON.stringify({ argv: [target.manifest.command, ...tc.argv], env: tc.env ?? {} }, null, 2) + '\n');
    writeFileSync(path.join(t, 'stdin'), stdinBytes(tc));
    modes.push(...materialize(path.join(t, 'files'), tc));
    const expected = fromStored(gold.outputs[tc.id]!);
    writeFileSync(path.join(t, 'expected_stdout'), expected.stdout);
    writeFileSync(path.join(t, 'expected_stderr'), expected.stderr);
    writeFileSync(path.join(t, 'expected_status'), `${expected.exitCode}\n`);
  }
  applyModes(modes);
}
