import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { materialize } from '../src/runner/materialize.ts';
import { checkSuite } from '../src/targets/target.ts';
import { UserError } from '../src/util/errors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'materialize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('test input files', () => {
  it('lays out files, folders and symbolic links (links last, dangling allowed)', () => {
    const [tc] = checkSuite('t', [
      { id: 'a', argv: [], files: { 'link-dir': { symlink: 'real' }, 'real/x.txt': 'x\n', 'link.txt': { symlink: 'real/x.txt' }, gone: { symlink: 'nowhere' } } },
    ]).all;
    materialize(dir, tc!);
    expect(readlinkSync(path.join(dir, 'link.txt'))).toBe('real/x.txt');
    expect(readFileSync(path.join(dir, 'link-dir', 'x.txt'), 'utf8')).toBe('x\n');
    expect(lstatSync(path.join(dir, 'gone')).isSymbolicLink()).toBe(true);
  });

  it('refuses links that could leave the folder, and files placed inside a link', () => {
    const err = (files: Record<string, unknown>): string => {
      try {
        checkSuite('tests.mjs', [{ id: 'bad', argv: [], files }]);
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(err({ l: { symlink: '/etc/passwd' } })).toMatch(/^tests\.mjs \(test bad\).*relative path without \.\./);
    expect(err({ l: { symlink: 'a/../../x' } })).toMatch(/relative path without \.\./);
    expect(err({ l: { symlink: 'real' }, 'l/x': 'x' })).toBe('tests.mjs (test bad): field files: "l/x" lies inside the symbolic link "l"; put it at the link\'s target');
  });
});
