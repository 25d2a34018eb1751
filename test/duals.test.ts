import { describe, expect, it } from 'vitest';
import type { TestSuite } from '../src/targets/target.ts';
import { dualProblems } from '../src/validate/duals.ts';

describe('hidden duals', () => {
  it('names duals without a visible twin and duals that feed the program exactly what their twin does', () => {
    const suite: TestSuite = {
      visible: [
        { id: 'a', argv: ['-n', '3'], stdin: 'x' },
        { id: 'b', argv: ['f'], files: { f: 'one\n' } },
        { id: 'c', argv: ['--help'] },
      ],
      hidden: [
        { id: 'a.dual', argv: ['-n', '4'], stdin: 'x', hidden: true, dualOf: 'a' },
        { id: 'b.dual', argv: ['f'], files: { f: 'one\n' }, hidden: true, dualOf: 'b' },
        { id: 'c.dual', argv: ['--help'], stdin: '', hidden: true, dualOf: 'c' },
        { id: 'd.dual', argv: ['x'], hidden: true, dualOf: 'nope' },
        { id: 'e.dual', argv: ['f'], files: { f: 'two\n' }, env: { LC_ALL: 'C' }, hidden: true, dualOf: 'b' },
      ],
      all: [],
    };
    // an absent stdin is the same input as an empty one
    expect(dualProblems(suite)).toEqual({ orphans: ['d.dual'], identical: ['b.dual', 'c.dual'] });
  });
});

describe('paths that need /proc', () => {
  it('names tests whose arguments are /dev/stdin, /dev/fd/N or under /proc', async () => {
    const { procPathTests } = await import('../src/validate/proc-paths.ts');
    const all = [
      { id: 'a', argv: ['-f', '/dev/stdin'] },
      { id: 'b', argv: ['/dev/fd/3'] },
      { id: 'c', argv: ['/proc/self/status'] },
      { id: 'd', argv: ['s/x/y/w /dev/stdout', '/dev/null', 'dev/stdin', '/procedures'] },
    ];
    expect(procPathTests({ visible: all, hidden: [], all })).toEqual(['a', 'b', 'c']);
  });
});
