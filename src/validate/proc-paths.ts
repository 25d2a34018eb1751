import type { TestSuite } from '../targets/target.js';

/** Paths that exist only through /proc, which the reference's sandbox does not have. */
const PROC_PATH = /^(\/dev\/(stdin|stdout|stderr|fd\/\d+)|\/proc(\/|$))/;

/**
 * Tests that name such a path as an argument: the reference would fail to open it while a solution,
 * which runs with /proc, would succeed, so no faithful solution could pass. Pure.
 */
export function procPathTests(suite: TestSuite): string[] {
  return suite.all.filter((t) => t.argv.some((a) => PROC_PATH.test(a))).map((t) => t.id);
}
