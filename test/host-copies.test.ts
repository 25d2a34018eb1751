import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostCopies, hostLibraries } from '../src/sandbox/system-root.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'host-copies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what the sandboxes hide of the host', () => {
  it('finds the program under its names and under other names (hard link, renamed copy), not look-alikes', () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'prog'), 'ELF program bytes');
    linkSync(path.join(bin, 'prog'), path.join(bin, 'unprog'));
    copyFileSync(path.join(bin, 'prog'), path.join(bin, 'progcat'));
    writeFileSync(path.join(bin, 'other'), 'ELF another bytes'); // same size, other content
    symlinkSync('prog', path.join(bin, 'prog2'));
    expect(hostCopies('prog', '/usr/bin/prog', [bin])).toEqual({ named: [path.join(bin, 'prog')], aliases: [path.join(bin, 'progcat'), path.join(bin, 'unprog')] });
    expect(hostCopies('absent', '/usr/bin/absent', [bin])).toEqual({ named: [], aliases: [] });
  });

  it('lists the shared libraries the host installed from the given packages', () => {
    const info = path.join(dir, 'info');
    mkdirSync(info);
    const libs = '/usr/lib/x86_64-linux-gnu';
    // Real host files stand in for a package's list: only listed, existing .so files in library folders count.
    writeFileSync(path.join(info, 'libfake1:amd64.list'), ['/.', '/usr/lib/x86_64-linux-gnu/libc.so.6', `${libs}/libnot-there.so.9`, '/usr/share/doc/libfake1/copyright', `${libs}/gconv/UTF-16.so`].join('\n'));
    expect(hostLibraries(['libfake1', 'libabsent'], info)).toEqual(['/usr/lib/x86_64-linux-gnu/libc.so.6']);
  });
});
