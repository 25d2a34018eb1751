import { describe, expect, it } from 'vitest';
import { plainProgress } from '../src/cli/progress.ts';

describe('plain progress lines (stderr not a terminal)', () => {
  it('writes on each new stage and then at most once per interval', () => {
    const lines: string[] = [];
    let t = 0;
    const p = plainProgress((l) => lines.push(l), () => t, 30_000);
    p.update('capture cal', 0, 100);
    t = 10_000;
    p.update('capture cal', 40, 100);
    t = 31_000;
    p.update('capture cal', 90, 100);
    t = 32_000;
    p.update('validate cal', 1, 4);
    p.update('validate cal', 2, 4);
    expect(lines).toEqual(['capture cal: 0/100', 'capture cal: 90/100', 'validate cal: 1/4']);
  });
});
