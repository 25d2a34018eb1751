import { isDeepStrictEqual } from 'node:util';
import type { TestCase } from '../targets/test-case.js';
import type { TestSuite } from '../targets/target.js';

/** What a test feeds the program: a dual that feeds the same as its twin proves nothing. */
function inputs(t: TestCase): unknown {
  return { argv: t.argv, stdin: t.stdin ?? '', files: t.files ?? {}, env: t.env ?? {} };
}

/** Problems with the hidden duals: ones naming no visible test, and ones identical to their twin. Pure. */
export function dualProblems(suite: TestSuite): { orphans: string[]; identical: string[] } {
  const visible = new Map(suite.visible.map((t) => [t.id, t]));
  const orphans: string[] = [];
  const identical: string[] = [];
  for (const t of suite.hidden) {
    const twin = t.dualOf === undefined ? undefined : visible.get(t.dualOf);
    if (!twin) orphans.push(t.id);
    else if (isDeepStrictEqual(inputs(t), inputs(twin))) identical.push(t.id);
  }
  return { orphans, identical };
}
