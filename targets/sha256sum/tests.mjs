// Test-case generator for sha256sum from GNU coreutils 9.1 (Debian 12).
// Deterministic: all variation comes from the seeded `rng`. Correct digests for check files are
// computed here with node:crypto; expected outputs are captured from the real program.
// Every scenario gives one visible case and one hidden dual that keeps the idea but draws other
// contents, sizes and file names.
import { createHash } from 'node:crypto';

const sha = (data) => createHash('sha256').update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).digest('hex');
const b64 = (buf) => Buffer.from(buf).toString('base64');
const repeat = (s, n) => new Array(n).fill(s).join('');

/** A file spec from a string (UTF-8 text) or a Buffer. */
const spec = (data, mode) => {
  const base = typeof data === 'string' ? { text: data } : { base64: b64(data) };
  return mode === undefined ? (typeof data === 'string' ? data : base) : { ...base, mode };
};
const stdinOf = (data) => (typeof data === 'string' ? data : { base64: b64(data) });

/** How sha256sum writes a name: a leading backslash and escapes when it holds \, LF or CR. */
function escName(name) {
  if (!/[\\\n\r]/.test(name)) return { pre: '', name };
  return { pre: '\\', name: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
/** One check-file line for `name` with digest `hex` in the given style. */
function line(hex, name, style = 'gnu') {
  const e = escName(name);
  if (style === 'bsd') return `${e.pre}SHA256 (${e.name}) = ${hex}\n`;
  if (style === 'bin') return `${e.pre}${hex} *${e.name}\n`;
  return `${e.pre}${hex}  ${e.name}\n`;
}
/** Flip one hex digit so the digest no longer matches. */
function corrupt(hex, rng) {
  const i = rng.int(0, hex.length - 1);
  const c = hex[i];
  let d = c;
  while (d === c) d = rng.pick('0123456789abcdef'.split(''));
  return hex.slice(0, i) + d + hex.slice(i + 1);
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'checksum', 'digest', 'hash', 'sha', 'file', 'data', 'the',
  'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'block',
  'message', 'padding', 'length', '0x5c', '42', 'key=value', '#include', 'hello,', 'world!', 'a', 'I'];
const NAMES = ['a.txt', 'b.bin', 'data', 'notes.txt', 'readme.md', 'image.png', 'archive.tar', 'log.txt', 'x',
  'report.pdf', 'main.c', 'config.ini', 'input.dat', 'out.json', 'list', 'empty.txt', 'file1', 'file2'];
const SUMS = ['SHA256SUMS', 'sums.txt', 'checksums', 'CHECK', 'list.sha256', 'digests'];

export default function generate({ rng, add, cases }) {
  const word = () => rng.pick(WORDS);
  const words = (lo, hi) => Array.from({ length: rng.int(lo, hi) }, word).join(' ');
  const text = (lo = 2, hi = 8) => Array.from({ length: rng.int(lo, hi) }, () => words(1, 8)).join('\n') + '\n';
  const name = () => rng.pick(NAMES);
  const names = (n) => rng.shuffle(NAMES).slice(0, n);
  const sums = () => rng.pick(SUMS);
  const letters = (n, alphabet = 'abcdefghijklmnopqrstuvwxyz') => rng.string(n, alphabet);
  const bytes = (n) => rng.bytes(n);
  const textOfSize = (n) => {
    let s = '';
    while (s.length < n) s += words(1, 10) + '\n';
    return s.slice(0, n);
  };


  /** Files from [name, data, mode?] triples. */
  const filesOf = (list) => Object.fromEntries(list.map(([n, d, m]) => [n, spec(d, m)]));
  /** A check case: listed files, a check file built from lines, extra argv. */
  const check = (lines, listed, argv = [], extra = {}) => {
    const s = sums();
    return { argv: ['-c', ...argv, s], files: { ...filesOf(listed), [s]: lines.join('') }, ...extra };
  };

  // ------------------------------------------------------------ hashing stdin: SHA-256 block boundaries
  const SIZES = [[0, 0], [1, 2], [3, 5], [55, 55], [56, 56], [57, 57], [63, 62], [64, 64], [65, 66], [111, 112],
    [119, 119], [120, 120], [127, 126], [128, 128], [129, 130], [183, 184], [200, 250], [1000, 1024], [4095, 4097],
    [4096, 8192], [65535, 65537]];
  for (const [a, b] of SIZES) {
    add(`stdin-size-${a}`, `stdin of ${a} bytes (padding and block boundaries)`, (v) => ({ argv: v === 1 && a === 0 ? ['-'] : [], stdin: textOfSize(v === 0 ? a : b) }));
  }
  for (const [a, b] of [[0, 0], [1, 1], [55, 119], [56, 120], [64, 128], [100, 300], [8191, 8193], [32768, 40000]]) {
    add(`file-size-${a}`, `a file of ${a} bytes of binary data`, (v) => {
      const f = name();
      return { argv: [f], files: { [f]: spec(bytes(v === 0 ? a : b)) } };
    });
  }
  add('stdin-large', 'about 1 MB on stdin', (v) => ({ argv: [], stdin: stdinOf(bytes(v === 0 ? 1048576 : 1000003)) }));
  add('file-large', 'a file of about 1 MB', (v) => {
    const f = name();
    return { argv: [f], files: { [f]: spec(bytes(v === 0 ? 1040000 : 1048577)) } };
  });
  add('file-large-text', 'a text file of several hundred kB', (v) => {
    const f = name();
    return { argv: ['--tag', f], files: { [f]: textOfSize(v === 0 ? 300000 : 512345) } };
  });
  add('stdin-text', 'lines of text on stdin', () => ({ argv: [], stdin: text(3, 10) }));
  add('stdin-no-newline', 'text without a final newline', () => ({ argv: [], stdin: words(2, 9) }));
  add('stdin-binary', 'random binary data on stdin', () => ({ argv: [], stdin: stdinOf(bytes(rng.int(200, 3000))) }));
  add('stdin-all-bytes', 'every byte value 0..255, shuffled', () => ({ argv: [], stdin: stdinOf(Buffer.from(rng.shuffle([...Array(256).keys()]))) }));
  add('stdin-nuls', 'NUL bytes only', (v) => ({ argv: [], stdin: stdinOf(Buffer.alloc(v === 0 ? 100 : 513)) }));
  add('stdin-crlf', 'CRLF text', () => ({ argv: [], stdin: text(2, 6).replace(/\n/g, '\r\n') }));
  add('stdin-utf8', 'UTF-8 text', (v) => ({ argv: [], stdin: (v === 0 ? 'Grüße, Köln — 日本語 🎉\n' : 'naïve café ελληνικά Привет 🚀\n') + text(1, 3) }));
  add('stdin-dash', '- names standard input', () => ({ argv: ['-'], stdin: text(1, 5) }));
  add('stdin-double-dash', '-- and no file: stdin is read', () => ({ argv: ['--'], stdin: text(1, 5) }));
  add('stdin-dash-binary', '-b with stdin: the name is *-', () => ({ argv: ['-b'], stdin: stdinOf(bytes(rng.int(10, 500))) }));
  add('stdin-dash-tag', '--tag with stdin: SHA256 (-) = ...', () => ({ argv: ['--tag'], stdin: text(1, 4) }));
  add('stdin-zero', '-z with stdin: NUL-terminated line', () => ({ argv: ['-z'], stdin: text(1, 4) }));
  add('stdin-twice', '- twice: the second read sees end of input', (v) => ({ argv: v === 0 ? ['-', '-'] : ['-', '-', '-'], stdin: text(1, 3) }));
  add('stdin-ignored-with-file', 'with a file argument, stdin is not read', () => {
    const f = name();
    return { argv: [f], files: { [f]: text(1, 3) }, stdin: text(1, 3) };
  });

  // ------------------------------------------------------------ files and output formats
  add('file-text', 'one text file', () => {
    const f = name();
    return { argv: [f], files: { [f]: text(2, 8) } };
  });
  add('file-empty', 'an empty file', () => {
    const f = name();
    return { argv: [f], files: { [f]: '' } };
  });
  add('files-two', 'two files', () => {
    const [a, b] = names(2);
    return { argv: [a, b], files: { [a]: text(1, 4), [b]: spec(bytes(rng.int(1, 900))) } };
  });
  add('files-many', 'six files', () => {
    const ns = names(6);
    return { argv: ns, files: Object.fromEntries(ns.map((n) => [n, rng.chance(0.5) ? text(1, 3) : spec(bytes(rng.int(0, 600)))])) };
  });
  add('files-same-twice', 'the same file named twice', () => {
    const f = name();
    return { argv: [f, f], files: { [f]: text(1, 3) } };
  });
  add('files-empty-among', 'an empty file among others', () => {
    const [a, b, c] = names(3);
    return { argv: [a, b, c], files: { [a]: text(1, 2), [b]: '', [c]: text(1, 2) } };
  });
  add('files-with-stdin', '- among files', () => {
    const [a, b] = names(2);
    return { argv: [a, '-', b], files: { [a]: text(1, 2), [b]: text(1, 2) }, stdin: text(1, 3) };
  });
  add('file-subdir', 'a path with directories', () => {
    const f = rng.pick(['sub/in.txt', 'a/b/c.bin', 'dir/file', 'deep/er/x.dat']);
    return { argv: [f], files: { [f]: text(1, 3) } };
  });
  add('file-dot-slash', './name keeps the ./ in the output', () => {
    const f = name();
    return { argv: ['./' + f], files: { [f]: text(1, 3) } };
  });
  add('file-options-after', 'options after file names still count', () => {
    const [a, b] = names(2);
    return { argv: [a, rng.pick(['--tag', '-b']), b], files: { [a]: text(1, 2), [b]: text(1, 2) } };
  });
  add('file-double-dash-dashname', 'a file named like an option, after --', () => {
    const f = rng.pick(['-c', '--tag', '-b.txt', '-z']);
    return { argv: ['--', f], files: { [f]: text(1, 3) } };
  });
  add('file-named-dash', 'a real file named - is not read: - means stdin', () => ({ argv: ['-'], files: { '-': text(1, 3) }, stdin: text(1, 2) }));
  add('fmt-binary-short', '-b: space and * before the name', () => {
    const f = name();
    return { argv: ['-b', f], files: { [f]: spec(bytes(rng.int(1, 700))) } };
  });
  add('fmt-binary-long', '--binary', () => {
    const [a, b] = names(2);
    return { argv: ['--binary', a, b], files: { [a]: text(1, 3), [b]: text(1, 3) } };
  });
  add('fmt-text-short', '-t: two spaces', () => {
    const f = name();
    return { argv: ['-t', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-text-long', '--text', () => {
    const f = name();
    return { argv: ['--text', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-binary-then-text', '-b then -t: the last one wins', (v) => {
    const f = name();
    return { argv: v === 0 ? ['-b', '-t', f] : ['--binary', '--text', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-text-then-binary', '-t then -b: the last one wins', (v) => {
    const f = name();
    return { argv: v === 0 ? ['-t', '-b', f] : ['-tb', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-tag', '--tag: BSD style', () => {
    const [a, b] = names(2);
    return { argv: ['--tag', a, b], files: { [a]: text(1, 3), [b]: '' } };
  });
  add('fmt-tag-binary', '--tag with -b', () => {
    const f = name();
    return { argv: ['--tag', '-b', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-tag-text-error', '--tag with -t is an error', (v) => {
    const f = name();
    return { argv: v === 0 ? ['--tag', '-t', f] : ['-t', '--tag', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-zero', '-z: lines end in NUL', () => {
    const [a, b] = names(2);
    return { argv: ['-z', a, b], files: { [a]: text(1, 3), [b]: text(1, 3) } };
  });
  add('fmt-zero-long', '--zero', () => {
    const f = name();
    return { argv: ['--zero', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-zero-tag', '-z with --tag', () => {
    const f = name();
    return { argv: ['-z', '--tag', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-zero-binary', '-z with -b', () => {
    const f = name();
    return { argv: ['-zb', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-tag-abbrev', 'abbreviated long options', (v) => {
    const f = name();
    return { argv: v === 0 ? ['--ta', '--bin', f] : ['--t', f], files: { [f]: text(1, 3) } };
  });

  // ------------------------------------------------------------ file names needing escapes
  const specialNames = {
    'space': ['my file.txt', 'a b c'],
    'leading-space': [' lead.txt', '  two'],
    'trailing-space': ['trail.txt ', 'x  '],
    'backslash': ['back\\slash.txt', 'c:\\dir\\f'],
    'backslash-end': ['end\\', 'ends.with\\'],
    'double-backslash': ['a\\\\b', '\\\\x'],
    'newline': ['new\nline', 'two\nlines\n'],
    'newline-start': ['\nstart', '\n\nx'],
    'cr': ['car\rriage', 'r\r'],
    'backslash-newline': ['mix\\and\nmatch', '\\\n'],
    'backslash-n-literal': ['lit\\n', 'x\\r\\n'],
    'tab': ['tab\there', '\tt'],
    'star': ['*star', '*'],
    'parens': ['f (1).txt', 'a) = b'],
    'utf8': ['café.txt', '日本語.bin'],
    'hash-like': ['0123456789abcdef', 'SHA256 (x) = y'],
  };
  for (const [k, [n0, n1]] of Object.entries(specialNames)) {
    add(`name-${k}`, `a file name with ${k.replace(/-/g, ' ')}`, (v) => {
      const f = v === 0 ? n0 : n1;
      return { argv: [f], files: { [f]: text(1, 3) } };
    });
  }
  for (const k of ['backslash', 'newline', 'cr', 'backslash-newline']) {
    const [n0, n1] = specialNames[k];
    add(`name-${k}-tag`, `--tag and a name with ${k}`, (v) => {
      const f = v === 0 ? n0 : n1;
      return { argv: ['--tag', f], files: { [f]: text(1, 3) } };
    });
    add(`name-${k}-zero`, `-z: a name with ${k} is written as is`, (v) => {
      const f = v === 0 ? n0 : n1;
      return { argv: ['-z', f], files: { [f]: text(1, 3) } };
    });
  }
  add('name-newline-binary', '-b and a name with a newline', (v) => {
    const f = v === 0 ? 'bin\nname' : 'n\\b\n';
    return { argv: ['-b', f], files: { [f]: spec(bytes(rng.int(1, 200))) } };
  });
  add('name-escapes-mixed', 'plain and escaped names together', (v) => {
    const list = v === 0 ? ['plain', 'bs\\x', 'nl\ny', 'also plain'] : ['q\\', 'ok.txt', 'l\nm', 'n'];
    return { argv: list, files: Object.fromEntries(list.map((n) => [n, text(1, 2)])) };
  });
  add('name-escapes-dir', 'a backslash in a directory part', (v) => {
    const f = v === 0 ? 'd\\ir/file' : 'x\ny/z';
    return { argv: [f], files: { [f]: text(1, 2) } };
  });

  // ------------------------------------------------------------ errors while hashing
  add('err-missing', 'a missing file', () => ({ argv: [name()] }));
  add('err-missing-among', 'a missing file between good ones: exit 1, the others are hashed', () => {
    const [a, b] = names(2);
    return { argv: [a, 'nosuch', b], files: { [a]: text(1, 2), [b]: text(1, 2) } };
  });
  add('err-all-missing', 'several missing files', () => ({ argv: names(rng.int(2, 4)) }));
  add('err-unreadable', 'a file without read permission', () => {
    const f = name();
    return { argv: [f], files: { [f]: spec(text(1, 2), 0) } };
  });
  add('err-unreadable-among', 'an unreadable file between readable ones', () => {
    const [a, b, c] = names(3);
    return { argv: [a, b, c], files: { [a]: text(1, 2), [b]: spec(text(1, 2), 0), [c]: text(1, 2) } };
  });
  add('err-directory', 'a directory', () => {
    const d = rng.pick(['dir', 'sub', 'folder']);
    return { argv: [d], files: { [d]: { dir: true } } };
  });
  add('err-directory-among', 'a directory between files', () => {
    const [a, b] = names(2);
    return { argv: [a, 'adir', b], files: { [a]: text(1, 2), adir: { dir: true }, [b]: text(1, 2) } };
  });
  add('err-directory-tag', 'a directory with --tag', () => {
    const f = name();
    return { argv: ['--tag', 'd', f], files: { d: { dir: true }, [f]: text(1, 2) } };
  });
  add('err-not-a-directory', 'a path through a regular file', () => {
    const f = name();
    return { argv: [f + '/x'], files: { [f]: text(1, 2) } };
  });
  add('err-missing-dir', 'a file in a missing directory', (v) => ({ argv: [v === 0 ? rng.pick(['nodir/x.txt', 'a/b/c']) : rng.pick(['gone/data.bin', 'p/q'])] }));
  add('err-empty-name', 'an empty file name', () => ({ argv: [''], stdin: text(1, 2) }));
  add('err-missing-newline-name', 'a missing file whose name holds a newline (quoted in the message)', (v) => ({ argv: [v === 0 ? 'no\nsuch' : 'x\ny\n'] }));
  add('err-missing-quote-name', 'a missing file whose name holds quotes or spaces', (v) => ({ argv: [v === 0 ? "it's here" : 'a "b" c'] }));
  add('err-missing-backslash-name', 'a missing file with a backslash', (v) => ({ argv: [v === 0 ? 'no\\file' : '\\x'] }));
  add('err-missing-utf8-name', 'a missing file with a non-ASCII name', (v) => ({ argv: [v === 0 ? 'café' : 'ñandú.txt'] }));
  add('err-name-too-long', 'a file name longer than 255 bytes', () => ({ argv: [letters(rng.int(256, 300))] }));
  add('err-mixed-zero', 'errors with -z', () => {
    const f = name();
    return { argv: ['-z', 'missing', f, 'dd'], files: { [f]: text(1, 2), dd: { dir: true } } };
  });
  add('err-unreadable-binary', 'an unreadable file with -b', () => {
    const [a, b] = names(2);
    return { argv: ['-b', a, b], files: { [a]: spec(text(1, 2), 0), [b]: text(1, 2) } };
  });

  // ------------------------------------------------------------ check mode: the basics
  const fileSet = (n) => names(n).map((f) => [f, rng.chance(0.6) ? text(1, 4) : bytes(rng.int(0, 800))]);
  add('check-one-ok', 'one correct line', () => {
    const fs = fileSet(1);
    return check(fs.map(([f, d]) => line(sha(d), f)), fs);
  });
  add('check-many-ok', 'several correct lines', () => {
    const fs = fileSet(rng.int(3, 6));
    return check(fs.map(([f, d]) => line(sha(d), f)), fs);
  });
  add('check-long-option', '--check', () => {
    const fs = fileSet(2);
    const s = sums();
    return { argv: ['--check', s], files: { ...filesOf(fs), [s]: fs.map(([f, d]) => line(sha(d), f)).join('') } };
  });
  add('check-one-failed', 'one wrong digest', () => {
    const fs = fileSet(1);
    return check(fs.map(([f, d]) => line(corrupt(sha(d), rng), f)), fs);
  });
  add('check-some-failed', 'some digests wrong: FAILED lines and a warning with a count', () => {
    const fs = fileSet(rng.int(4, 6));
    return check(fs.map(([f, d], i) => line(i % 2 ? corrupt(sha(d), rng) : sha(d), f)), fs);
  });
  add('check-all-failed', 'every digest wrong (plural warning)', () => {
    const fs = fileSet(rng.int(2, 4));
    return check(fs.map(([f, d]) => line(corrupt(sha(d), rng), f)), fs);
  });
  add('check-binary-star', 'lines with the * binary marker', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d]) => line(sha(d), f, 'bin')), fs);
  });
  add('check-uppercase-hex', 'upper-case hex digits are accepted', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d], i) => line(i === 0 ? sha(d).toUpperCase() : corrupt(sha(d), rng).toUpperCase(), f)), fs);
  });
  add('check-mixed-case-hex', 'mixed-case hex digits', () => {
    const fs = fileSet(1);
    const h = sha(fs[0][1]).split('').map((c) => (rng.chance(0.5) ? c.toUpperCase() : c)).join('');
    return check([line(h, fs[0][0])], fs);
  });
  add('check-single-space', 'one space between digest and name', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => `${sha(d)} ${f}\n`), fs);
  });
  add('check-tab-separator', 'a tab between digest and name', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => `${sha(d)}\t${f}\n`), fs);
  });
  add('check-leading-blanks', 'blanks before the digest', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => `${rng.pick([' ', '  ', '\t', ' \t'])}${sha(d)}  ${f}\n`), fs);
  });
  add('check-name-spaces', 'listed names with spaces', (v) => {
    const fs = [[v === 0 ? 'my file.txt' : 'a b', text(1, 2)], [v === 0 ? ' lead' : 'trail ', text(1, 2)]];
    return check(fs.map(([f, d]) => line(sha(d), f)), fs);
  });
  add('check-crlf', 'a check file with CRLF line ends', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(sha(d), f).replace('\n', '\r\n')), fs);
  });
  add('check-no-final-newline', 'the last line has no newline', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), line(sha(fs[1][1]), fs[1][0]).slice(0, -1)], fs);
  });
  add('check-comments', 'comment lines are skipped', () => {
    const fs = fileSet(2);
    return check(['# ' + words(1, 4) + '\n', line(sha(fs[0][1]), fs[0][0]), '#\n', line(corrupt(sha(fs[1][1]), rng), fs[1][0])], fs);
  });
  add('check-blank-lines', 'blank lines count as improperly formatted', () => {
    const fs = fileSet(2);
    return check(['\n', line(sha(fs[0][1]), fs[0][0]), '\n\n', line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-nul-in-line', 'a NUL ends the name', () => {
    const fs = fileSet(1);
    const s = sums();
    const body = Buffer.concat([Buffer.from(`${sha(fs[0][1])}  ${fs[0][0]}`), Buffer.from([0]), Buffer.from('junk\n')]);
    return { argv: ['-c', s], files: { ...filesOf(fs), [s]: spec(body) } };
  });
  add('check-same-file-twice', 'the same file listed twice, right and wrong', () => {
    const fs = fileSet(1);
    const h = sha(fs[0][1]);
    return check([line(h, fs[0][0]), line(corrupt(h, rng), fs[0][0])], fs);
  });
  add('check-subdir', 'listed files in subdirectories', () => {
    const fs = [['sub/' + name(), text(1, 2)], ['a/b/' + name(), text(1, 2)]];
    return check(fs.map(([f, d]) => line(sha(d), f)), fs);
  });
  add('check-large-file', 'a listed file of about 1 MB', (v) => {
    const fs = [[name(), bytes(v === 0 ? 1000000 : 1048576)]];
    return check([line(sha(fs[0][1]), fs[0][0])], fs);
  });
  add('check-empty-file-listed', 'a listed empty file', () => {
    const fs = [[name(), '']];
    return check([line(sha(''), fs[0][0])], fs);
  });
  add('check-many-lines', 'a check file of many lines with a few failures', () => {
    const fs = Array.from({ length: rng.int(30, 60) }, (_, i) => [`f${i}.dat`, bytes(rng.int(0, 100))]);
    return check(fs.map(([f, d]) => line(rng.chance(0.1) ? corrupt(sha(d), rng) : sha(d), f)), fs);
  });
  add('check-options-after', '-c after the check file name', () => {
    const fs = fileSet(2);
    const s = sums();
    return { argv: [s, '-c'], files: { ...filesOf(fs), [s]: fs.map(([f, d]) => line(sha(d), f)).join('') } };
  });
  add('check-stdin-listed', '- in a check file means standard input', () => {
    const data = text(1, 3);
    const fs = fileSet(1);
    return { ...check([line(sha(data), '-'), line(sha(fs[0][1]), fs[0][0])], fs), stdin: data };
  });
  add('check-stdin-listed-wrong', '- in a check file, digest of other data', () => {
    const fs = fileSet(1);
    const data = text(1, 2);
    return { ...check([line(sha(data + 'x'), '-'), line(sha(fs[0][1]), fs[0][0])], fs), stdin: data };
  });

  // ------------------------------------------------------------ check mode: BSD style and mixing
  add('check-bsd-ok', 'BSD-style lines (SHA256 (name) = digest)', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d]) => line(sha(d), f, 'bsd')), fs);
  });
  add('check-bsd-failed', 'BSD-style lines with a wrong digest', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d], i) => line(i === 1 ? corrupt(sha(d), rng) : sha(d), f, 'bsd')), fs);
  });
  add('check-bsd-no-space-eq', 'BSD-style without the space before =', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => `SHA256 (${f})= ${sha(d)}\n`), fs);
  });
  add('check-bsd-no-space-paren', 'BSD-style without the space before (', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => `SHA256(${f})= ${sha(d)}\n`), fs);
  });
  add('check-bsd-name-parens', 'BSD-style with parentheses and = in the name', (v) => {
    const fs = [[v === 0 ? 'f (1).txt' : 'a) = b', text(1, 2)]];
    return check(fs.map(([f, d]) => line(sha(d), f, 'bsd')), fs);
  });
  add('check-bsd-other-algo', 'MD5/SHA512 tags are not SHA256 lines', () => {
    const fs = fileSet(2);
    return check([`${rng.pick(['MD5', 'SHA1', 'SHA512', 'SHA224', 'BLAKE2b'])} (${fs[0][0]}) = ${sha(fs[0][1])}\n`, line(sha(fs[1][1]), fs[1][0], 'bsd')], fs);
  });
  add('check-bsd-lowercase-tag', 'sha256 in lower case is not the tag', () => {
    const fs = fileSet(2);
    return check([`sha256 (${fs[0][0]}) = ${sha(fs[0][1])}\n`, line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-bsd-uppercase-hex', 'BSD-style with upper-case digest', () => {
    const fs = fileSet(1);
    return check([line(sha(fs[0][1]).toUpperCase(), fs[0][0], 'bsd')], fs);
  });
  add('check-mixed-styles', 'GNU, binary and BSD lines in one file', () => {
    const fs = fileSet(3);
    const styles = rng.shuffle(['gnu', 'bin', 'bsd']);
    return check(fs.map(([f, d], i) => line(sha(d), f, styles[i])), fs);
  });
  add('check-mixed-styles-failed', 'mixed styles with failures and a missing file', () => {
    const fs = fileSet(4);
    const lines = fs.map(([f, d], i) => line(i === 2 ? corrupt(sha(d), rng) : sha(d), f, rng.pick(['gnu', 'bin', 'bsd'])));
    lines.push(line(sha('x'), 'gone.txt', 'bsd'));
    return check(rng.shuffle(lines), fs);
  });
  add('check-tagged-output', 'checking what --tag wrote', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(sha(d), f, 'bsd')), fs, ['--strict']);
  });

  // ------------------------------------------------------------ check mode: escaped names
  for (const k of ['backslash', 'newline', 'cr', 'backslash-newline', 'backslash-n-literal']) {
    const [n0, n1] = specialNames[k];
    add(`check-escaped-${k}`, `a listed name with ${k}, written with the leading backslash`, (v) => {
      const f = v === 0 ? n0 : n1;
      return check([line(sha('x' + f), f, v === 0 ? 'gnu' : 'bin'), line(sha(text(1, 1)), f)], [[f, 'x' + f]]);
    });
  }
  add('check-escaped-bsd', 'BSD-style lines with escaped names', (v) => {
    const f = v === 0 ? 'tag\\ged' : 'tag\nged';
    return check([line(sha('y'), f, 'bsd')], [[f, 'y']]);
  });
  add('check-escaped-failed', 'a FAILED line for a name with a newline', (v) => {
    const f = v === 0 ? 'fail\ning' : 'bad\\one';
    return check([line(corrupt(sha('z'), rng), f)], [[f, 'z']]);
  });
  add('check-escaped-missing', 'a missing listed name with a backslash or newline', (v) => {
    const f = v === 0 ? 'miss\ning' : 'gone\\x';
    const fs = fileSet(1);
    return check([line(sha('q'), f), line(sha(fs[0][1]), fs[0][0])], fs);
  });
  add('check-backslash-no-escape', 'a name with a backslash but no leading backslash is literal', (v) => {
    const f = v === 0 ? 'lit\\eral' : 'c:\\x';
    const s = sums();
    return { argv: ['-c', s], files: { [f]: 'data\n', [s]: `${sha('data\n')}  ${f}\n` } };
  });
  add('check-bad-escape', 'an unknown escape after a leading backslash is malformed', (v) => {
    const fs = fileSet(1);
    return check([`\\${sha('a')}  bad\\${v === 0 ? 'q' : 't'}x\n`, line(sha(fs[0][1]), fs[0][0])], fs);
  });
  add('check-escape-trailing-backslash', 'a lone backslash at the end of an escaped name', () => {
    const fs = fileSet(1);
    return check([`\\${sha('a')}  ends\\\n`, line(sha(fs[0][1]), fs[0][0])], fs, ['--warn']);
  });
  add('check-roundtrip', 'check what sha256sum would write for tricky names', (v) => {
    const list = v === 0 ? ['p q', 'b\\s', 'n\nl', 'c\rr'] : ['\\', '\n', 'sp ace', 'x\\n'];
    const fs = list.map((f) => [f, text(1, 2)]);
    return check(fs.map(([f, d]) => line(sha(d), f)), fs);
  });

  // ------------------------------------------------------------ check mode: malformed lines
  add('check-malformed-some', 'improperly formatted lines among good ones (summary warning)', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), words(1, 4) + '\n', line(sha(fs[1][1]), fs[1][0]), 'garbage\n'], fs);
  });
  add('check-malformed-one', 'one improperly formatted line (singular warning)', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), 'not a checksum line\n', line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-malformed-only', 'only improperly formatted lines: no properly formatted lines found', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: text(2, 5) } };
  });
  add('check-short-digest', 'a digest one hex digit short', () => {
    const fs = fileSet(2);
    return check([`${sha(fs[0][1]).slice(0, 63)}  ${fs[0][0]}\n`, line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-long-digest', 'a digest one hex digit long', () => {
    const fs = fileSet(2);
    return check([`${sha(fs[0][1])}0  ${fs[0][0]}\n`, line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-md5-length', 'a 32-digit (MD5-length) digest', () => {
    const fs = fileSet(2);
    return check([`${sha(fs[0][1]).slice(0, 32)}  ${fs[0][0]}\n`, line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-sha512-length', 'a 128-digit digest', () => {
    const fs = fileSet(2);
    return check([`${sha(fs[0][1])}${sha('x')}  ${fs[0][0]}\n`, line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-non-hex', 'a non-hex character in the digest', () => {
    const fs = fileSet(2);
    const h = sha(fs[0][1]);
    const i = rng.int(0, 63);
    return check([h.slice(0, i) + rng.pick(['g', 'z', 'x', ' ', '-']) + h.slice(i + 1) + '  ' + fs[0][0] + '\n', line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-no-name', 'a digest with no file name', () => {
    const fs = fileSet(1);
    return check([`${sha('a')}${rng.pick(['', ' ', '  '])}\n`, line(sha(fs[0][1]), fs[0][0])], fs);
  });
  add('check-name-only-space', 'the listed name is a single space', () => {
    const fs = fileSet(1);
    return check([`${sha('a')}   \n`, line(sha(fs[0][1]), fs[0][0])], fs);
  });
  add('check-bsd-malformed', 'broken BSD-style lines', (v) => {
    const fs = fileSet(1);
    const bad = v === 0 ? `SHA256 (${fs[0][0]} = ${sha(fs[0][1])}\n` : `SHA256 ${fs[0][0]}) = ${sha(fs[0][1])}\n`;
    return check([bad, line(sha(fs[0][1]), fs[0][0], 'bsd')], fs);
  });
  add('check-bsd-short-digest', 'a BSD-style line with a short digest', () => {
    const fs = fileSet(2);
    return check([`SHA256 (${fs[0][0]}) = ${sha(fs[0][1]).slice(0, 60)}\n`, line(sha(fs[1][1]), fs[1][0], 'bsd')], fs);
  });
  add('check-tag-without-digest', 'a BSD-style line without a digest', () => {
    const fs = fileSet(1);
    return check([`SHA256 (${fs[0][0]}) = \n`, line(sha(fs[0][1]), fs[0][0])], fs);
  });

  // ------------------------------------------------------------ check mode: missing, unreadable, directories
  add('check-missing-one', 'a listed file that does not exist', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), line(sha('a'), 'nosuch.txt'), line(sha(fs[1][1]), fs[1][0])], fs);
  });
  add('check-missing-many', 'several listed files missing (plural warning)', () => {
    const fs = fileSet(1);
    return check([line(sha('a'), 'gone1'), line(sha(fs[0][1]), fs[0][0]), line(sha('b'), 'gone2'), line(sha('c'), 'gone3')], fs);
  });
  add('check-unreadable', 'a listed file without read permission', () => {
    const [a, b] = names(2);
    return check([line(sha('u'), a), line(sha('r'), b)], [[a, 'u', 0], [b, 'r']]);
  });
  add('check-directory', 'a listed directory', () => {
    const fs = fileSet(1);
    const s = sums();
    return { argv: ['-c', s], files: { ...filesOf(fs), adir: { dir: true }, [s]: line(sha('a'), 'adir') + line(sha(fs[0][1]), fs[0][0]) } };
  });
  add('check-all-problems', 'failed, missing and malformed lines together', () => {
    const fs = fileSet(3);
    return check(rng.shuffle([line(sha(fs[0][1]), fs[0][0]), line(corrupt(sha(fs[1][1]), rng), fs[1][0]), line(sha(fs[2][1]), fs[2][0]),
      line(sha('m'), 'missing.bin'), 'junk line\n']), fs);
  });

  // ------------------------------------------------------------ check mode: --quiet, --status, --warn, --strict, --ignore-missing
  add('quiet-failed', '--quiet: only failures are shown', () => {
    const fs = fileSet(4);
    return check(fs.map(([f, d], i) => line(i === 1 ? corrupt(sha(d), rng) : sha(d), f)), fs, ['--quiet']);
  });
  add('quiet-all-ok', '--quiet with everything correct: no output', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d]) => line(sha(d), f)), fs, ['--quiet']);
  });
  add('quiet-missing', '--quiet with a missing file', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), line(sha('a'), 'absent'), line(sha(fs[1][1]), fs[1][0])], fs, ['--quiet']);
  });
  add('quiet-malformed', '--quiet with an improperly formatted line', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), 'bad\n', line(corrupt(sha(fs[1][1]), rng), fs[1][0])], fs, ['--quiet']);
  });
  add('status-failed', '--status: nothing printed, exit 1', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d], i) => line(i === 0 ? corrupt(sha(d), rng) : sha(d), f)), fs, ['--status']);
  });
  add('status-all-ok', '--status with everything correct', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(sha(d), f)), fs, ['--status']);
  });
  add('status-missing', '--status with a missing file: the open error is still reported', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), line(sha('a'), 'absent.txt')], fs, ['--status']);
  });
  add('status-malformed-only', '--status with no properly formatted lines', () => {
    const s = sums();
    return { argv: ['-c', '--status', s], files: { [s]: text(1, 3) } };
  });
  add('status-malformed-warn', '--status with --warn and a malformed line', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), 'bogus line\n', line(sha(fs[1][1]), fs[1][0])], fs, ['--status', '--warn']);
  });
  add('status-quiet', '--status and --quiet together with a failure', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d], i) => line(i === 0 ? corrupt(sha(d), rng) : sha(d), f)), fs, ['--quiet', '--status']);
  });
  add('warn-malformed', '--warn: a message for each improperly formatted line, with line numbers', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), words(1, 3) + '\n', '\n', line(sha(fs[1][1]), fs[1][0]), `${sha('a').slice(1)}  x\n`], fs, ['--warn']);
  });
  add('warn-short', '-w', () => {
    const fs = fileSet(1);
    return check(['junk\n', line(sha(fs[0][1]), fs[0][0])], fs, ['-w']);
  });
  add('warn-all-ok', '--warn with nothing malformed: normal output', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(sha(d), f)), fs, ['--warn']);
  });
  add('warn-quiet', '--warn and --quiet with a malformed line and a failure', () => {
    const fs = fileSet(2);
    return check([line(corrupt(sha(fs[0][1]), rng), fs[0][0]), 'junk\n', line(sha(fs[1][1]), fs[1][0])], fs, ['--warn', '--quiet']);
  });
  add('warn-name-escaped-checkfile', '--warn on a check file whose name needs quoting', (v) => {
    const s = v === 0 ? 'my sums' : "it's.sha";
    const fs = fileSet(1);
    return { argv: ['-c', '--warn', s], files: { ...filesOf(fs), [s]: 'junk\n' + line(sha(fs[0][1]), fs[0][0]) } };
  });
  add('strict-malformed', '--strict: a malformed line makes the exit status 1', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), 'oops\n', line(sha(fs[1][1]), fs[1][0])], fs, ['--strict']);
  });
  add('strict-all-ok', '--strict with every line well formed', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(sha(d), f)), fs, ['--strict']);
  });
  add('strict-warn', '--strict and --warn', () => {
    const fs = fileSet(2);
    return check(['first bad\n', line(sha(fs[0][1]), fs[0][0]), 'x\n', line(sha(fs[1][1]), fs[1][0])], fs, ['--strict', '--warn']);
  });
  add('strict-quiet', '--strict with --quiet and a malformed line', () => {
    const fs = fileSet(2);
    return check([line(sha(fs[0][1]), fs[0][0]), '??\n', line(sha(fs[1][1]), fs[1][0])], fs, ['--strict', '--quiet']);
  });
  add('ignore-missing-some', '--ignore-missing: missing files are skipped', () => {
    const fs = fileSet(2);
    return check([line(sha('a'), 'gone'), line(sha(fs[0][1]), fs[0][0]), line(sha(fs[1][1]), fs[1][0])], fs, ['--ignore-missing']);
  });
  add('ignore-missing-all', '--ignore-missing and every file missing: no file was verified', () => {
    const s = sums();
    return { argv: ['-c', '--ignore-missing', s], files: { [s]: line(sha('a'), 'gone1') + line(sha('b'), 'gone2') } };
  });
  add('ignore-missing-failed', '--ignore-missing still reports wrong digests', () => {
    const fs = fileSet(2);
    return check([line(sha('a'), 'gone'), line(corrupt(sha(fs[0][1]), rng), fs[0][0]), line(sha(fs[1][1]), fs[1][0])], fs, ['--ignore-missing']);
  });
  add('ignore-missing-unreadable', '--ignore-missing does not skip unreadable files', () => {
    const [a, b] = names(2);
    return check([line(sha('a'), 'gone'), line(sha('u'), a), line(sha('r'), b)], [[a, 'u', 0], [b, 'r']], ['--ignore-missing']);
  });
  add('ignore-missing-quiet', '--ignore-missing with --quiet and a failure', () => {
    const fs = fileSet(2);
    return check([line(sha('a'), 'gone'), line(corrupt(sha(fs[0][1]), rng), fs[0][0]), line(sha(fs[1][1]), fs[1][0])], fs, ['--ignore-missing', '--quiet']);
  });
  add('ignore-missing-status', '--ignore-missing with --status and a wrong digest: exit 1, no output', () => {
    const fs = fileSet(2);
    return check([line(sha('a'), 'gone'), line(sha(fs[0][1]), fs[0][0]), line(corrupt(sha(fs[1][1]), rng), fs[1][0])], fs, ['--ignore-missing', '--status']);
  });
  add('ignore-missing-malformed-only', '--ignore-missing with no properly formatted lines', () => {
    const s = sums();
    return { argv: ['-c', '--ignore-missing', s], files: { [s]: 'nothing here\n' } };
  });

  // ------------------------------------------------------------ check files: stdin, several, empty, missing
  add('checkfile-stdin', 'check lines from stdin (-c alone)', () => {
    const fs = fileSet(2);
    return { argv: ['-c'], files: filesOf(fs), stdin: fs.map(([f, d], i) => line(i ? corrupt(sha(d), rng) : sha(d), f)).join('') };
  });
  add('checkfile-stdin-dash', 'check lines from stdin (-c -)', () => {
    const fs = fileSet(2);
    return { argv: ['-c', '-'], files: filesOf(fs), stdin: fs.map(([f, d]) => line(sha(d), f, 'bsd')).join('') };
  });
  add('checkfile-stdin-malformed', 'malformed check lines from stdin: standard input is named in messages', () => ({ argv: ['-c', '--warn'], stdin: text(1, 3) }));
  add('checkfile-stdin-empty', 'empty stdin as a check file', (v) => ({ argv: v === 0 ? ['-c'] : ['-c', '-'] }));
  add('checkfile-empty', 'an empty check file', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: '' } };
  });
  add('checkfile-only-comments', 'a check file of comments only', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: '# ' + words(1, 3) + '\n#\n' } };
  });
  add('checkfile-missing', 'a missing check file', () => ({ argv: ['-c', sums()] }));
  add('checkfile-unreadable', 'an unreadable check file', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: spec(line(sha('a'), 'a'), 0) } };
  });
  add('checkfile-directory', 'a directory as the check file', (v) => {
    const d = v === 0 ? 'sumsdir' : 'checks';
    return { argv: ['-c', d], files: { [d]: { dir: true } } };
  });
  add('checkfile-two', 'two check files: each has its own summary', () => {
    const fs = fileSet(4);
    return {
      argv: ['-c', 'one.sha', 'two.sha'],
      files: {
        ...filesOf(fs),
        'one.sha': line(sha(fs[0][1]), fs[0][0]) + line(corrupt(sha(fs[1][1]), rng), fs[1][0]),
        'two.sha': line(sha(fs[2][1]), fs[2][0]) + 'junk\n' + line(sha(fs[3][1]), fs[3][0]),
      },
    };
  });
  add('checkfile-two-one-empty', 'a good check file and an empty one', () => {
    const fs = fileSet(2);
    return { argv: ['-c', 'good.sha', 'empty.sha'], files: { ...filesOf(fs), 'good.sha': fs.map(([f, d]) => line(sha(d), f)).join(''), 'empty.sha': '' } };
  });
  add('checkfile-missing-and-good', 'a missing check file and a good one', () => {
    const fs = fileSet(2);
    return { argv: ['-c', 'nosums', 'good.sha'], files: { ...filesOf(fs), 'good.sha': fs.map(([f, d]) => line(sha(d), f)).join('') } };
  });
  add('checkfile-and-stdin', 'a check file and - (stdin) as a second check file', () => {
    const fs = fileSet(2);
    return { argv: ['-c', 'a.sha', '-'], files: { ...filesOf(fs), 'a.sha': line(sha(fs[0][1]), fs[0][0]) }, stdin: line(corrupt(sha(fs[1][1]), rng), fs[1][0]) };
  });
  add('checkfile-binary-garbage', 'a binary file as the check file', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: spec(bytes(rng.int(100, 400))) } };
  });
  add('checkfile-name-quoted', 'a check file with spaces in its name and malformed lines', (v) => {
    const s = v === 0 ? 'my sums.txt' : 'a b';
    return { argv: ['-c', s], files: { [s]: 'bad line\n' } };
  });
  add('checkfile-own-output', 'check a list written by sha256sum itself, one file changed', () => {
    const fs = fileSet(3);
    const changed = [fs[0], [fs[1][0], text(1, 2) + 'changed\n'], fs[2]];
    return check(fs.map(([f, d]) => line(sha(d), f)), changed);
  });

  // ------------------------------------------------------------ options
  add('opt-help', '--help', (v) => ({ argv: v === 0 ? ['--help'] : ['--he'] }));
  add('opt-version', '--version', (v) => ({ argv: v === 0 ? ['--version'] : ['--vers'] }));
  add('opt-help-with-files', '--help wins over files', () => ({ argv: [name(), '--help'] }));
  add('opt-unknown-short', 'an unknown short option', () => ({ argv: [rng.pick(['-q', '-x', '-l', '-a', '-n', '-s'])], stdin: 'x' }));
  add('opt-unknown-long', 'an unknown long option', (v) => ({ argv: [rng.pick(v === 0 ? ['--length=256', '--algorithm=sha256', '--verbose'] : ['--untagged', '--base64', '--raw'])], stdin: 'x' }));
  add('opt-ambiguous', '--st is ambiguous', (v) => ({ argv: [v === 0 ? '--st' : '--s'], stdin: 'x' }));
  add('opt-arg-not-allowed', 'a long option with =value', (v) => ({ argv: [v === 0 ? '--tag=yes' : '--binary=1', name()] }));
  add('opt-tag-check', '--tag with -c', () => {
    const fs = fileSet(1);
    return check([line(sha(fs[0][1]), fs[0][0])], fs, ['--tag']);
  });
  add('opt-binary-check', '-b or -t with -c', (v) => {
    const fs = fileSet(1);
    return check([line(sha(fs[0][1]), fs[0][0])], fs, [v === 0 ? '-b' : '-t']);
  });
  add('opt-zero-check', '-z with -c', () => {
    const fs = fileSet(1);
    return check([line(sha(fs[0][1]), fs[0][0])], fs, ['-z']);
  });
  for (const o of ['--quiet', '--status', '--warn', '--strict', '--ignore-missing']) {
    add(`opt-${o.slice(2)}-without-check`, `${o} without -c`, (v) => {
      const f = name();
      return { argv: v === 0 ? [o, f] : [f, o], files: { [f]: text(1, 2) } };
    });
  }
  add('opt-w-without-check', '-w without -c', (v) => (v === 0 ? { argv: ['-w'], stdin: 'abc' } : { argv: ['--warn', 'f.txt'], files: { 'f.txt': 'xyz\n' } }));
  add('opt-double-dash-check', 'after --, -c is a file name', (v) => (v === 0 ? { argv: ['--', '-c'], stdin: 'abc' } : { argv: ['--', '-w'], stdin: 'xyz' }));
  add('opt-clustered-check', '-cw clustered', () => {
    const fs = fileSet(1);
    const s = sums();
    return { argv: ['-cw', s], files: { ...filesOf(fs), [s]: 'junk\n' + line(sha(fs[0][1]), fs[0][0]) } };
  });
  add('opt-posixly-correct', 'POSIXLY_CORRECT: options after a file are file names', () => {
    const f = name();
    return { argv: [f, '--tag'], files: { [f]: text(1, 2) }, env: { POSIXLY_CORRECT: '1' } };
  });
  add('opt-locale-c', 'LC_ALL=C: non-ASCII bytes in quoted names become escapes', (v) => ({ argv: v === 0 ? ['café', 'no such'] : ['ñandú.txt', 'x\ny'], env: { LC_ALL: 'C' } }));
  add('opt-locale-c-hash', 'LC_ALL=C: hashing and checking a non-ASCII name', (v) => {
    const f = v === 0 ? 'Grüße.txt' : '日本.bin';
    return { argv: ['-c', 'sums'], files: { [f]: 'abc\n', sums: line(sha('abc\n'), f) + line(sha('x'), 'nö') }, env: { LC_ALL: 'C' } };
  });
  add('opt-tag-twice', '--tag given twice', () => {
    const f = name();
    return { argv: ['--tag', '--tag', f], files: { [f]: text(1, 2) } };
  });

  return cases;
}
