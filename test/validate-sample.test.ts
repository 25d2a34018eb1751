import { describe, expect, it } from 'vitest';
import { ensurePrepared } from '../src/reference/prepare.js';
import { BwrapSandbox } from '../src/sandbox/bwrap.js';
import { listTargets } from '../src/targets/target.js';
import { validateTarget } from '../src/validate/validate.js';

/**
 * The default test run validates a rotating sample of targets (two a day, by day of the year), so
 * every target is re-validated every few days while the run stays short. The whole suite is
 * validated by `mirrorcode validate --all` (the README's first command). The timeout leaves room for
 * the largest targets (up to about 6 minutes each with their preparation, unloaded) on a busy machine.
 */
const all = listTargets();
const day = Math.floor(Date.now() / 86_400_000);
const count = Number(process.env.MIRRORCODE_VALIDATE_SAMPLE ?? 2);
const sample = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[(day * count + i) % all.length]!);

describe('validation of a rotating sample of targets', () => {
  for (const target of sample) {
    it(`${target.name} passes validation`, { timeout: 1_200_000 }, async () => {
      const sandbox = new BwrapSandbox();
      const p = await ensurePrepared(sandbox, target);
      const r = await validateTarget(sandbox, target, p.reference, p.suite);
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
    });
  }
});
