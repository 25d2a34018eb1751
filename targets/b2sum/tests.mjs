// Test-case generator for b2sum from GNU coreutils 9.1 (Debian 12).
// Deterministic: all variation comes from the seeded `rng`. Digests written into check files are
// computed here (a small BLAKE2b in plain JavaScript, since node:crypto only offers the 512-bit
// variant); expected outputs are captured from the real program.
// Every scenario gives one visible case and one hidden dual that keeps the idea but draws other
// contents, sizes, digest lengths and file names.
import { createHash } from 'node:crypto';

// ------------------------------------------------------------------ BLAKE2b (RFC 7693), any digest length
const M64 = (1n << 64n) - 1n;
const IV = [0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n];
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]];
const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & M64;

/** Hex BLAKE2b digest of `bits` bits (a multiple of 8, 8..512) of a string (UTF-8) or Buffer. */
function b2(data, bits = 512) {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (bits === 512) return createHash('blake2b512').update(buf).digest('hex');
  const outBytes = bits / 8;
  const h = IV.slice();
  h[0] ^= 0x01010000n ^ BigInt(outBytes);
  const nBlocks = Math.max(1, Math.ceil(buf.length / 128));
  const v = new Array(16);
  const m = new Array(16);
  const G = (a, b, c, d, x, y) => {
    v[a] = (v[a] + v[b] + x) & M64; v[d] = rotr(v[d] ^ v[a], 32n);
    v[c] = (v[c] + v[d]) & M64; v[b] = rotr(v[b] ^ v[c], 24n);
    v[a] = (v[a] + v[b] + y) & M64; v[d] = rotr(v[d] ^ v[a], 16n);
    v[c] = (v[c] + v[d]) & M64; v[b] = rotr(v[b] ^ v[c], 63n);
  };
  for (let blk = 0; blk < nBlocks; blk++) {
    const last = blk === nBlocks - 1;
    const block = Buffer.alloc(128);
    buf.copy(block, 0, blk * 128, Math.min(buf.length, blk * 128 + 128));
    for (let i = 0; i < 16; i++) m[i] = block.readBigUInt64LE(i * 8);
    const t = BigInt(last ? buf.length : (blk + 1) * 128);
    for (let i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = IV[i]; }
    v[12] ^= t & M64; v[13] ^= t >> 64n;
    if (last) v[14] ^= M64;
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      G(0, 4, 8, 12, m[s[0]], m[s[1]]); G(1, 5, 9, 13, m[s[2]], m[s[3]]);
      G(2, 6, 10, 14, m[s[4]], m[s[5]]); G(3, 7, 11, 15, m[s[6]], m[s[7]]);
      G(0, 5, 10, 15, m[s[8]], m[s[9]]); G(1, 6, 11, 12, m[s[10]], m[s[11]]);
      G(2, 7, 8, 13, m[s[12]], m[s[13]]); G(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }
  const out = Buffer.alloc(64);
  for (let i = 0; i < 8; i++) out.writeBigUInt64LE(h[i], i * 8);
  return out.subarray(0, outBytes).toString('hex');
}

// ------------------------------------------------------------------ helpers
const b64 = (buf) => Buffer.from(buf).toString('base64');

/** A file spec from a string (UTF-8 text) or a Buffer, with an optional mode. */
const spec = (data, mode) => {
  const base = typeof data === 'string' ? { text: data } : { base64: b64(data) };
  return mode === undefined ? (typeof data === 'string' ? data : base) : { ...base, mode };
};
const stdinOf = (data) => (typeof data === 'string' ? data : { base64: b64(data) });

/** How b2sum writes a name: a leading backslash and escapes when it holds \, LF or CR. */
function escName(name) {
  if (!/[\\\n\r]/.test(name)) return { pre: '', name };
  return { pre: '\\', name: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
/** The BSD tag for a digest length. */
const tagOf = (bits) => (bits === 512 ? 'BLAKE2b' : `BLAKE2b-${bits}`);
/** One check-file line for `name` with digest `hex` in the given style ('gnu', 'bin' or 'bsd'). */
function line(hex, name, style = 'gnu', bits = hex.length * 4) {
  const e = escName(name);
  if (style === 'bsd') return `${e.pre}${tagOf(bits)} (${e.name}) = ${hex}\n`;
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

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'checksum', 'digest', 'hash', 'blake', 'file', 'data', 'the',
  'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'block',
  'message', 'compress', 'round', '0x6a09e667', '42', 'key=value', '#include', 'hello,', 'world!', 'a', 'I'];
const NAMES = ['a.txt', 'b.bin', 'data', 'notes.txt', 'readme.md', 'image.png', 'archive.tar', 'log.txt', 'x',
  'report.pdf', 'main.c', 'config.ini', 'input.dat', 'out.json', 'list', 'empty.txt', 'file1', 'file2'];
const SUMS = ['B2SUMS', 'sums.txt', 'checksums', 'CHECK', 'list.b2', 'digests'];
// digest lengths worth trying, in bits
const LENGTHS = [8, 16, 24, 32, 40, 64, 96, 128, 160, 192, 224, 256, 320, 384, 448, 496, 504, 512];

export default function generate({ rng, add, cases }) {
  const word = () => rng.pick(WORDS);
  const words = (lo, hi) => Array.from({ length: rng.int(lo, hi) }, word).join(' ');
  const text = (lo = 2, hi = 8) => Array.from({ length: rng.int(lo, hi) }, () => words(1, 8)).join('\n') + '\n';
  const name = () => rng.pick(NAMES);
  const names = (n) => rng.shuffle(NAMES).slice(0, n);
  const sums = () => rng.pick(SUMS);
  const letters = (n, alphabet = 'abcdefghijklmnopqrstuvwxyz') => rng.string(n, alphabet);
  const bytes = (n) => rng.bytes(n);
  const bits = () => rng.pick(LENGTHS);
  const shortBits = () => rng.pick(LENGTHS.filter((b) => b !== 512));
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
  const fileSet = (n) => names(n).map((f) => [f, rng.chance(0.6) ? text(1, 4) : bytes(rng.int(0, 600))]);

  // ------------------------------------------------------------ hashing stdin: BLAKE2b block boundaries (128 bytes)
  const SIZES = [[0, 0], [1, 2], [127, 127], [128, 128], [129, 129], [256, 384], [257, 385],
    [1024, 2048], [4097, 8191], [65536, 65537]];
  for (const [a, b] of SIZES) {
    add(`stdin-size-${a}`, `stdin of ${a} bytes (128-byte block boundaries)`, (v) => ({
      argv: v === 1 && a === 0 ? ['--tag', '-'] : [], stdin: stdinOf(bytes(v === 0 ? a : b)),
    }));
  }
  add('stdin-large', 'about 300 kB on stdin', (v) => ({ argv: [], stdin: stdinOf(bytes(v === 0 ? 300000 : 262145)) }));
  for (const [a, b] of [[127, 255], [128, 640], [10000, 12345]]) {
    add(`file-size-${a}`, `a file of ${a} bytes of binary data`, (v) => {
      const f = name();
      return { argv: [f], files: { [f]: spec(bytes(v === 0 ? a : b)) } };
    });
  }
  add('stdin-no-newline', 'text without a final newline', () => ({ argv: [], stdin: words(2, 9) }));
  add('stdin-all-bytes', 'every byte value 0..255, shuffled', () => ({ argv: [], stdin: stdinOf(Buffer.from(rng.shuffle([...Array(256).keys()]))) }));
  add('stdin-utf8', 'UTF-8 text', (v) => ({ argv: [], stdin: (v === 0 ? 'Grüße, Köln — 日本語 🎉\n' : 'naïve café ελληνικά Привет 🚀\n') + text(1, 3) }));
  add('stdin-dash', '- names standard input', () => ({ argv: ['-'], stdin: text(1, 5) }));
  add('stdin-double-dash', '-- and no file: stdin is read', () => ({ argv: ['--'], stdin: text(1, 5) }));
  add('stdin-twice', '- twice: the second read sees end of input', (v) => ({ argv: v === 0 ? ['-', '-'] : ['-', '-', '-'], stdin: text(1, 3) }));

  // ------------------------------------------------------------ files and output formats
  add('file-text', 'one text file', () => {
    const f = name();
    return { argv: [f], files: { [f]: text(2, 8) } };
  });
  add('file-empty', 'an empty file', () => {
    const f = name();
    return { argv: [f], files: { [f]: '' } };
  });
  add('files-many', 'several files', () => {
    const ns = names(rng.int(3, 6));
    return { argv: ns, files: Object.fromEntries(ns.map((n) => [n, rng.chance(0.5) ? text(1, 3) : spec(bytes(rng.int(0, 600)))])) };
  });
  add('files-with-stdin', '- among files', () => {
    const [a, b] = names(2);
    return { argv: [a, '-', b], files: { [a]: text(1, 2), [b]: text(1, 2) }, stdin: text(1, 3) };
  });
  add('file-options-after', 'options after file names still count', () => {
    const [a, b] = names(2);
    return { argv: [a, rng.pick(['--tag', '-b']), b], files: { [a]: text(1, 2), [b]: text(1, 2) } };
  });
  add('file-double-dash-dashname', 'a file named like an option, after --', () => {
    const f = rng.pick(['-c', '--tag', '-l8', '-z']);
    return { argv: ['--', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-binary-short', '-b: space and * before the name', () => {
    const f = name();
    return { argv: ['-b', f], files: { [f]: spec(bytes(rng.int(1, 700))) } };
  });
  add('fmt-binary-long', '--binary', () => {
    const [a, b] = names(2);
    return { argv: ['--binary', a, b], files: { [a]: text(1, 3), [b]: text(1, 3) } };
  });
  add('fmt-text', '-t / --text: two spaces', (v) => {
    const f = name();
    return { argv: [v === 0 ? '-t' : '--text', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-binary-then-text', '-b then -t: the last one wins (the output has no *)', (v) => {
    const f = name();
    return { argv: v === 0 ? ['-b', '-t', f] : ['-bt', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-tag', '--tag: BSD style with the BLAKE2b tag', () => {
    const [a, b] = names(2);
    return { argv: ['--tag', a, b], files: { [a]: text(1, 3), [b]: '' } };
  });
  add('fmt-tag-stdin', '--tag with stdin: BLAKE2b (-) = ...', () => ({ argv: ['--tag'], stdin: text(1, 4) }));
  add('fmt-tag-binary', '--tag with -b', () => {
    const f = name();
    return { argv: ['--tag', '-b', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-tag-text-error', '--tag with -t is an error', (v) => {
    const f = name();
    return { argv: v === 0 ? ['--tag', '-t', f] : ['--tag', '-l', '128', '--text', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-text-then-tag', '-t before --tag is no error: --tag comes later and wins', (v) => {
    const f = name();
    return { argv: v === 0 ? ['--text', '--tag', f] : ['-t', '-l', '64', '--tag', f], files: { [f]: text(1, 3) } };
  });
  add('fmt-zero', '-z / --zero: lines end in NUL', (v) => {
    const [a, b] = names(2);
    return { argv: [v === 0 ? '-z' : '--zero', a, b], files: { [a]: text(1, 3), [b]: text(1, 3) } };
  });
  add('fmt-zero-tag', '-z with --tag', () => {
    const f = name();
    return { argv: ['-z', '--tag', f], files: { [f]: text(1, 3) } };
  });

  // ------------------------------------------------------------ -l/--length: digest lengths
  const LEN_CASES = [[8, 16], [64, 40], [128, 96], [160, 192], [256, 224], [504, 496], [512, 448]];
  for (const [a, b] of LEN_CASES) {
    add(`len-${a}`, `-l ${a}: a ${a / 4}-digit digest`, (v) => {
      const [f, g] = names(2);
      return { argv: ['-l', String(v === 0 ? a : b), f, g], files: { [f]: text(1, 4), [g]: spec(bytes(rng.int(0, 400))) } };
    });
  }
  add('len-0', '-l 0 means the default length', (v) => ({ argv: v === 0 ? ['-l', '0'] : ['--length=00'], stdin: text(1, 3) }));
  add('len-long-eq', '--length=BITS', () => {
    const f = name();
    return { argv: [`--length=${shortBits()}`, f], files: { [f]: text(1, 3) } };
  });
  add('len-long-sep', '--length BITS as two words', () => {
    const f = name();
    return { argv: ['--length', String(shortBits()), f], files: { [f]: text(1, 3) } };
  });
  add('len-attached', '-lBITS attached', () => ({ argv: [`-l${shortBits()}`], stdin: text(1, 3) }));
  add('len-abbrev', 'abbreviated --len=BITS / --l BITS', (v) => ({ argv: v === 0 ? [`--len=${shortBits()}`] : ['--l', String(shortBits())], stdin: text(1, 3) }));
  add('len-twice', '-l given twice: the last one wins', (v) => {
    const f = name();
    return { argv: v === 0 ? ['-l', '8', '-l', '256', f] : ['--length=384', f, '-l', '32'], files: { [f]: text(1, 3) } };
  });
  add('len-clustered', '-l clustered after other short options', (v) => {
    const f = name();
    return { argv: [v === 0 ? '-bl64' : '-zl', ...(v === 0 ? [] : ['32']), f], files: { [f]: text(1, 3) } };
  });
  add('len-leading-zero-plus', 'leading zeros, + and blanks are accepted in the length', (v) => ({ argv: ['-l', v === 0 ? '0256' : '+128'], stdin: text(1, 2) }));
  add('len-leading-space', 'a leading space in the length', (v) => ({ argv: [v === 0 ? '--length= 64' : '-l  16'], stdin: text(1, 2) }));
  add('len-tag', '--tag with -l: BLAKE2b-BITS tag', () => {
    const [a, b] = names(2);
    return { argv: ['--tag', '-l', String(shortBits()), a, b], files: { [a]: text(1, 3), [b]: spec(bytes(rng.int(1, 300))) } };
  });
  add('len-tag-512', '--tag with -l 512: the plain BLAKE2b tag', (v) => {
    const f = name();
    return { argv: v === 0 ? ['--tag', '-l', '512', f] : ['--tag', '--length=0', f], files: { [f]: text(1, 3) } };
  });
  add('len-zero-output', '-l with -z / --zero', (v) => {
    const [a, b] = names(2);
    return { argv: [v === 0 ? '--zero' : '-z', '-l', String(shortBits()), a, b], files: { [a]: text(1, 2), [b]: text(1, 2) } };
  });
  add('len-binary-output', '-l with -b', () => {
    const f = name();
    return { argv: ['-b', '-l', String(shortBits()), f], files: { [f]: spec(bytes(rng.int(100, 900))) } };
  });
  add('len-err-not-multiple', 'a length that is not a multiple of 8', (v) => ({ argv: ['-l', String(v === 0 ? rng.pick([7, 12, 100, 250]) : rng.pick([1, 9, 255, 511]))], stdin: 'x' }));
  add('len-err-too-big', 'a length above 512', (v) => ({ argv: ['-l', String(v === 0 ? 520 : rng.pick([1024, 4096, 600]))], stdin: 'x' }));
  add('len-err-negative', 'a negative length', (v) => ({ argv: ['-l', v === 0 ? '-8' : '-256'], stdin: 'x' }));
  add('len-err-not-number', 'a length that is not a number, or has a suffix or fraction', (v) => ({ argv: ['-l', v === 0 ? 'abc' : rng.pick(['256k', '128.0', 'sixteen'])], stdin: 'x' }));
  add('len-err-hex', 'a hexadecimal length is not accepted on the command line', (v) => ({ argv: ['-l', v === 0 ? '0x100' : '0x80'], stdin: 'x' }));
  add('len-err-octal-looking', 'a leading zero is decimal, not octal: 010 is ten', (v) => ({ argv: ['-l', v === 0 ? '010' : '020'], stdin: 'x' }));
  add('len-err-empty', 'an empty or blank length', (v) => ({ argv: v === 0 ? ['--length='] : ['-l', ' '], stdin: 'x' }));
  add('len-err-trailing-space', 'a trailing blank in the length', (v) => ({ argv: ['-l', v === 0 ? '256 ' : '8 8'], stdin: 'x' }));
  add('len-err-huge', 'a length that overflows', (v) => ({ argv: ['-l', v === 0 ? '99999999999999999999999' : '18446744073709551616'], stdin: 'x' }));
  add('len-err-missing-arg', '-l or --length without a value', (v) => ({ argv: v === 0 ? ['-l'] : ['--length'], stdin: 'x' }));
  add('len-err-before-files', 'a bad length stops before any file is read', () => {
    const f = name();
    return { argv: [f, '-l', String(rng.pick([3, 11, 700]))], files: { [f]: text(1, 2) } };
  });
  add('len-with-check', '-l is ignored with --check', (v) => {
    const fs = fileSet(2);
    const lb = v === 0 ? 128 : 256;
    return check(fs.map(([f, d]) => line(b2(d, lb), f)), fs, ['-l', String(v === 0 ? 8 : 512)]);
  });

  // ------------------------------------------------------------ file names needing escapes
  const specialNames = {
    'space': ['my file.txt', 'a b c'],
    'backslash': ['back\\slash.txt', 'c:\\dir\\f'],
    'backslash-end': ['end\\', 'ends.with\\'],
    'newline': ['new\nline', 'two\nlines\n'],
    'cr': ['car\rriage', 'r\r'],
    'backslash-newline': ['mix\\and\nmatch', '\\\n'],
    'tab-star': ['tab\there', '*star'],
    'utf8': ['café.txt', '日本語.bin'],
  };
  for (const [k, [n0, n1]] of Object.entries(specialNames)) {
    add(`name-${k}`, `a file name with ${k}`, (v) => {
      const f = v === 0 ? n0 : n1;
      return { argv: [f], files: { [f]: text(1, 2) } };
    });
  }
  add('name-escaped-tag', '--tag with a name needing escapes', (v) => {
    const f = v === 0 ? 'tag\\ged\n.txt' : 'x\ry';
    return { argv: ['--tag', '-l', String(shortBits()), f], files: { [f]: text(1, 2) } };
  });
  add('name-zero-no-escape', '-z writes names unescaped', (v) => {
    const f = v === 0 ? 'new\nline\\x' : 'a\\b\rc';
    return { argv: ['-z', f], files: { [f]: text(1, 2) } };
  });
  add('name-zero-tag-no-escape', '-z with --tag writes names unescaped', (v) => {
    const f = v === 0 ? 'z\\tag' : 'zt\nx';
    return { argv: ['-z', '--tag', '-l', String(shortBits()), f], files: { [f]: text(1, 2) } };
  });

  // ------------------------------------------------------------ errors while hashing
  add('err-missing', 'a missing file', () => ({ argv: [`no-such-${letters(5)}.txt`] }));
  add('err-missing-among', 'a missing file between existing ones: the others are still hashed', () => {
    const [a, b] = names(2);
    return { argv: [a, 'missing.bin', b], files: { [a]: text(1, 2), [b]: text(1, 2) } };
  });
  add('err-unreadable', 'a file without read permission', () => {
    const [a, b] = names(2);
    return { argv: [a, b], files: { [a]: spec(text(1, 2), 0), [b]: text(1, 2) } };
  });
  add('err-directory', 'a directory', (v) => {
    const d = v === 0 ? 'adir' : 'sub';
    return { argv: ['-l', String(shortBits()), d], files: { [d]: { dir: true } } };
  });
  add('err-not-a-directory', 'a path through a regular file', () => {
    const f = name();
    return { argv: [f + '/x'], files: { [f]: text(1, 2) } };
  });
  add('err-empty-name', 'an empty file name', (v) => {
    const f = name();
    return v === 0 ? { argv: [''], stdin: text(1, 2) } : { argv: [f, ''], files: { [f]: text(1, 2) } };
  });
  add('err-missing-newline-name', 'a missing file whose name holds a newline (quoted in the message)', (v) => ({ argv: [v === 0 ? 'no\nsuch' : 'x\ny\n'] }));
  add('err-name-too-long', 'a file name longer than 255 bytes', () => ({ argv: [letters(rng.int(256, 300))] }));
  add('err-mixed-zero', 'errors with -z', () => {
    const f = name();
    return { argv: ['-z', 'missing', f, 'dd'], files: { [f]: text(1, 2), dd: { dir: true } } };
  });

  // ------------------------------------------------------------ check mode: the basics
  add('check-one-ok', 'one correct line', () => {
    const fs = fileSet(1);
    return check(fs.map(([f, d]) => line(b2(d), f)), fs);
  });
  add('check-many-ok', 'several correct lines', () => {
    const fs = fileSet(rng.int(3, 6));
    return check(fs.map(([f, d]) => line(b2(d), f)), fs);
  });
  add('check-long-option', '--check', () => {
    const fs = fileSet(2);
    const s = sums();
    return { argv: ['--check', s], files: { ...filesOf(fs), [s]: fs.map(([f, d]) => line(b2(d), f)).join('') } };
  });
  add('check-one-failed', 'one wrong digest', () => {
    const fs = fileSet(1);
    return check(fs.map(([f, d]) => line(corrupt(b2(d), rng), f)), fs);
  });
  add('check-some-failed', 'some digests wrong: FAILED lines and a warning with a count', () => {
    const fs = fileSet(rng.int(4, 6));
    return check(fs.map(([f, d], i) => line(i % 2 ? corrupt(b2(d), rng) : b2(d), f)), fs);
  });
  add('check-all-failed', 'every digest wrong (plural warning)', () => {
    const fs = fileSet(rng.int(2, 4));
    return check(fs.map(([f, d]) => line(corrupt(b2(d, bits()), rng), f)), fs);
  });
  add('check-binary-star', 'lines with the * binary marker', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d]) => line(b2(d, bits()), f, 'bin')), fs);
  });
  add('check-uppercase-hex', 'upper- and mixed-case hex digits are accepted', () => {
    const fs = fileSet(2);
    const mixed = (h) => h.split('').map((c) => (rng.chance(0.5) ? c.toUpperCase() : c)).join('');
    return check([line(b2(fs[0][1]).toUpperCase(), fs[0][0]), line(mixed(b2(fs[1][1], shortBits())), fs[1][0])], fs);
  });
  add('check-separators', 'one space or a tab between digest and name', (v) => {
    const fs = fileSet(2);
    return check(fs.map(([f, d], i) => `${b2(d)}${(v + i) % 2 ? ' ' : '\t'}${f}\n`), fs);
  });
  add('check-crlf', 'a check file with CRLF line ends', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(b2(d, bits()), f, rng.pick(['gnu', 'bsd'])).replace('\n', '\r\n')), fs);
  });
  add('check-no-final-newline', 'the last line has no newline', () => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), line(b2(fs[1][1], shortBits()), fs[1][0]).slice(0, -1)], fs);
  });
  add('check-comments-blank', 'comment lines are skipped, blank lines are not', (v) => {
    const fs = fileSet(2);
    const extra = v === 0 ? '\n' : '#\n\n';
    return check(['# ' + words(1, 4) + '\n', line(b2(fs[0][1]), fs[0][0]), extra, line(corrupt(b2(fs[1][1]), rng), fs[1][0])], fs);
  });
  add('check-nul-in-line', 'a NUL ends the name', () => {
    const fs = fileSet(1);
    const s = sums();
    const body = Buffer.concat([Buffer.from(`${b2(fs[0][1])}  ${fs[0][0]}`), Buffer.from([0]), Buffer.from('junk\n')]);
    return { argv: ['-c', s], files: { ...filesOf(fs), [s]: spec(body) } };
  });
  add('check-many-lines', 'a check file of many lines with a few failures', () => {
    const fs = Array.from({ length: rng.int(30, 50) }, (_, i) => [`f${i}.dat`, bytes(rng.int(0, 100))]);
    return check(fs.map(([f, d]) => line(rng.chance(0.1) ? corrupt(b2(d), rng) : b2(d), f)), fs);
  });
  add('check-stdin-listed', '- in a check file means standard input', (v) => {
    const data = text(1, 3);
    const fs = fileSet(1);
    return { ...check([line(b2(v === 0 ? data : data + 'x', shortBits()), '-'), line(b2(fs[0][1]), fs[0][0])], fs), stdin: data };
  });
  add('check-block-boundary', 'listed files of 127, 128 and 129 bytes', (v) => {
    const fs = [127, 128, 129].map((n, i) => [`${v === 0 ? 'blk' : 'part'}${i}.bin`, bytes(v === 0 ? n : n + 128)]);
    return check(fs.map(([f, d]) => line(b2(d, v === 0 ? 512 : 256), f)), fs);
  });

  // ------------------------------------------------------------ check mode: digest length from the line
  add('check-auto-length', 'untagged lines of different lengths: each length is taken from its digest', () => {
    const fs = fileSet(4);
    const ls = rng.shuffle([8, 128, 256, 512, shortBits()]).slice(0, 4);
    return check(fs.map(([f, d], i) => line(b2(d, ls[i]), f)), fs);
  });
  add('check-auto-length-failed', 'an untagged short digest that does not match', () => {
    const fs = fileSet(2);
    return check([line(corrupt(b2(fs[0][1], shortBits()), rng), fs[0][0]), line(b2(fs[1][1], shortBits()), fs[1][0])], fs);
  });
  add('check-auto-length-truncated', 'a truncated 512-bit digest is a different (shorter) BLAKE2b, so it fails', () => {
    const fs = fileSet(2);
    const lb = shortBits();
    return check([line(b2(fs[0][1]).slice(0, lb / 4), fs[0][0]), line(b2(fs[1][1], lb), fs[1][0])], fs);
  });
  add('check-odd-hex', 'an odd number of hex digits is malformed', () => {
    const fs = fileSet(2);
    const h = b2(fs[0][1], shortBits());
    return check([`${h}${rng.pick('0123456789abcdef'.split(''))}  ${fs[0][0]}\n`, line(b2(fs[1][1]), fs[1][0])], fs);
  });
  add('check-too-long-hex', 'more than 128 hex digits is malformed', (v) => {
    const fs = fileSet(2);
    const extra = v === 0 ? '00' : b2('x', 64);
    return check([`${b2(fs[0][1])}${extra}  ${fs[0][0]}\n`, line(b2(fs[1][1]), fs[1][0])], fs);
  });
  add('check-one-hex-digit', 'a single hex digit is malformed', (v) => {
    const fs = fileSet(1);
    return check([`${v === 0 ? 'a' : '7'}  ${fs[0][0]}\n`, line(b2(fs[0][1], 8), fs[0][0])], fs);
  });
  add('check-bsd-ok', 'BSD-style lines with BLAKE2b and BLAKE2b-BITS tags', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d]) => { const lb = bits(); return line(b2(d, lb), f, 'bsd', lb); }), fs);
  });
  add('check-bsd-failed', 'BSD-style lines with a wrong digest', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d], i) => { const lb = bits(); return line(i === 1 ? corrupt(b2(d, lb), rng) : b2(d, lb), f, 'bsd', lb); }), fs);
  });
  add('check-bsd-length-mismatch', 'a BLAKE2b-BITS tag whose digest has another length is malformed', () => {
    const fs = fileSet(2);
    const lb = shortBits();
    return check([`BLAKE2b-${lb} (${fs[0][0]}) = ${b2(fs[0][1])}\n`, `BLAKE2b (${fs[1][0]}) = ${b2(fs[1][1], lb)}\n`, line(b2(fs[1][1], lb), fs[1][0], 'bsd', lb)], fs);
  });
  add('check-bsd-bad-length', 'BLAKE2b-BITS with a length not a multiple of 8, above 512 or zero', (v) => {
    const fs = fileSet(1);
    const h = b2(fs[0][1], 256);
    const bad = v === 0 ? ['12', '520', '0'] : ['255', '1024', '00'];
    return check([...bad.map((b) => `BLAKE2b-${b} (${fs[0][0]}) = ${h}\n`), line(h, fs[0][0], 'bsd', 256)], fs);
  });
  add('check-bsd-length-number-forms', 'BLAKE2b-BITS read as a C number: hex 0x.., octal 0.., + and blanks', (v) => {
    const fs = fileSet(2);
    const forms = v === 0 ? [['0x80', 128], ['+64', 64]] : [['0400', 256], [' 32', 32]];
    return check(fs.map(([f, d], i) => `BLAKE2b-${forms[i][0]} (${f}) = ${b2(d, forms[i][1])}\n`), fs, ['--warn']);
  });
  add('check-bsd-length-octal-trap', 'a leading zero in the tag length is octal (0200 is 128, not 200)', (v) => {
    const fs = fileSet(2);
    const [form, octal, decimal] = v === 0 ? ['0200', 128, 200] : ['0240', 160, 240];
    return check([`BLAKE2b-${form} (${fs[0][0]}) = ${b2(fs[0][1], octal)}\n`, `BLAKE2b-${form} (${fs[1][0]}) = ${b2(fs[1][1], decimal)}\n`], fs, ['--warn']);
  });
  add('check-bsd-spacing', 'BSD-style without the blank before = or (', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d], i) => { const lb = bits(); return `${tagOf(lb)}${i ? '' : ' '}(${f})= ${b2(d, lb)}\n`; }), fs);
  });
  add('check-bsd-name-parens', 'BSD-style with parentheses and = in the name', (v) => {
    const fs = [[v === 0 ? 'f (1).txt' : 'a) = b', text(1, 2)]];
    return check(fs.map(([f, d]) => line(b2(d, 256), f, 'bsd', 256)), fs);
  });
  add('check-bsd-other-algo', 'other algorithm tags are not BLAKE2b lines', (v) => {
    const fs = fileSet(2);
    const t = v === 0 ? ['MD5', 'BLAKE2s'] : ['SHA512', 'blake2b'];
    return check([`${t[0]} (${fs[0][0]}) = ${b2(fs[0][1])}\n`, `${t[1]} (${fs[1][0]}) = ${b2(fs[1][1])}\n`, line(b2(fs[1][1]), fs[1][0], 'bsd', 512)], fs);
  });
  add('check-bsd-malformed', 'broken BSD-style lines', (v) => {
    const fs = fileSet(1);
    const h = b2(fs[0][1]);
    const bad = v === 0
      ? [`BLAKE2b (${fs[0][0]} = ${h}\n`, `BLAKE2b-256 (${fs[0][0]}) = \n`, `BLAKE2b- (${fs[0][0]}) = ${h}\n`]
      : [`BLAKE2b ${fs[0][0]}) = ${h}\n`, `BLAKE2b (${fs[0][0]}) =\n`, `BLAKE2b-x8 (${fs[0][0]}) = ${h}\n`];
    return check([...bad, line(h, fs[0][0], 'bsd', 512)], fs);
  });
  add('check-mixed-styles', 'GNU, binary and BSD lines of several lengths in one file', () => {
    const fs = fileSet(3);
    const styles = rng.shuffle(['gnu', 'bin', 'bsd']);
    return check(fs.map(([f, d], i) => { const lb = bits(); return line(b2(d, lb), f, styles[i], lb); }), fs);
  });
  add('check-own-output', 'checking what b2sum --tag -l wrote, after one file changed', () => {
    const fs = fileSet(3);
    const lb = shortBits();
    const changed = [fs[0], [fs[1][0], text(1, 2) + 'changed\n'], fs[2]];
    return check(fs.map(([f, d]) => line(b2(d, lb), f, 'bsd', lb)), changed);
  });

  // ------------------------------------------------------------ check mode: escaped names
  for (const k of ['backslash', 'newline', 'cr', 'backslash-newline']) {
    const [n0, n1] = specialNames[k];
    add(`check-escaped-${k}`, `a listed name with ${k}, written with the leading backslash`, (v) => {
      const f = v === 0 ? n0 : n1;
      return check([line(b2('x' + f), f, v === 0 ? 'gnu' : 'bin'), line(corrupt(b2('x' + f, 128), rng), f)], [[f, 'x' + f]]);
    });
  }
  add('check-escaped-bsd', 'BSD-style lines with escaped names', (v) => {
    const f = v === 0 ? 'tag\\ged' : 'tag\nged';
    const lb = shortBits();
    return check([line(b2('y', lb), f, 'bsd', lb)], [[f, 'y']]);
  });
  add('check-escaped-missing', 'a missing listed name with a backslash or newline', (v) => {
    const f = v === 0 ? 'miss\ning' : 'gone\\x';
    const fs = fileSet(1);
    return check([line(b2('q'), f), line(b2(fs[0][1]), fs[0][0])], fs);
  });
  add('check-backslash-no-escape', 'a name with a backslash but no leading backslash is literal', (v) => {
    const f = v === 0 ? 'lit\\eral' : 'c:\\x';
    const s = sums();
    return { argv: ['-c', s], files: { [f]: 'data\n', [s]: `${b2('data\n')}  ${f}\n` } };
  });
  add('check-bad-escape', 'an unknown escape or a lone trailing backslash after a leading backslash is malformed', (v) => {
    const fs = fileSet(1);
    const bad = v === 0 ? `\\${b2('a')}  bad\\qx\n` : `\\${b2('a')}  ends\\\n`;
    return check([bad, line(b2(fs[0][1]), fs[0][0])], fs, ['--warn']);
  });

  // ------------------------------------------------------------ check mode: malformed lines
  add('check-malformed-some', 'improperly formatted lines among good ones (summary warning)', () => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), words(1, 4) + '\n', line(b2(fs[1][1]), fs[1][0]), 'garbage\n'], fs);
  });
  add('check-malformed-one', 'one improperly formatted line (singular warning)', () => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), 'not a checksum line\n', line(b2(fs[1][1]), fs[1][0])], fs);
  });
  add('check-malformed-only', 'only improperly formatted lines: no properly formatted lines found', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: text(2, 5) } };
  });
  add('check-non-hex', 'a non-hex character in the digest', () => {
    const fs = fileSet(2);
    const h = b2(fs[0][1]);
    const i = rng.int(2, 120);
    return check([h.slice(0, i) + rng.pick(['g', 'z', 'x', '-']) + h.slice(i + 1) + '  ' + fs[0][0] + '\n', line(b2(fs[1][1]), fs[1][0])], fs);
  });
  add('check-no-name', 'a digest with nothing after it is malformed', () => {
    const fs = fileSet(1);
    return check([`${b2('a', bits())}\n`, line(b2(fs[0][1]), fs[0][0])], fs);
  });
  add('check-single-space-lock', 'a line in the single-space form fixes that form for the rest of the file', (v) => {
    const fs = fileSet(2);
    const first = v === 0 ? `${b2('a', bits())}  \n` : `${b2(fs[0][1])} ${fs[0][0]}\n`;
    return check([first, ...fs.map(([f, d]) => line(b2(d), f))], fs);
  });

  // ------------------------------------------------------------ check mode: missing, unreadable, directories
  add('check-missing-one', 'a listed file that does not exist', () => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), line(b2('a'), 'nosuch.txt'), line(b2(fs[1][1]), fs[1][0])], fs);
  });
  add('check-missing-many', 'several listed files missing (plural warning)', () => {
    const fs = fileSet(1);
    return check([line(b2('a'), 'gone1'), line(b2(fs[0][1]), fs[0][0]), line(b2('b', 256), 'gone2', 'bsd', 256), line(b2('c'), 'gone3')], fs);
  });
  add('check-unreadable', 'a listed file without read permission', () => {
    const [a, b] = names(2);
    return check([line(b2('u'), a), line(b2('r'), b)], [[a, 'u', 0], [b, 'r']]);
  });
  add('check-directory', 'a listed directory', () => {
    const fs = fileSet(1);
    const s = sums();
    return { argv: ['-c', s], files: { ...filesOf(fs), adir: { dir: true }, [s]: line(b2('a', 64), 'adir') + line(b2(fs[0][1]), fs[0][0]) } };
  });
  add('check-all-problems', 'failed, missing and malformed lines together', () => {
    const fs = fileSet(3);
    return check(rng.shuffle([line(b2(fs[0][1]), fs[0][0]), line(corrupt(b2(fs[1][1]), rng), fs[1][0]), line(b2(fs[2][1], 128), fs[2][0]),
      line(b2('m'), 'missing.bin'), 'junk line\n']), fs);
  });

  // ------------------------------------------------------------ check mode: --quiet, --status, --warn, --strict, --ignore-missing
  add('quiet-failed', '--quiet: only failures are shown', () => {
    const fs = fileSet(4);
    return check(fs.map(([f, d], i) => line(i === 1 ? corrupt(b2(d), rng) : b2(d), f)), fs, ['--quiet']);
  });
  add('quiet-all-ok', '--quiet with everything correct: no output', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d]) => line(b2(d), f)), fs, ['--quiet']);
  });
  add('quiet-missing-malformed', '--quiet with a missing file and an improperly formatted line', (v) => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), line(b2('a'), v === 0 ? 'absent' : 'not-here.bin'), 'bad\n', line(b2(fs[1][1]), fs[1][0])], fs, ['--quiet']);
  });
  add('status-failed', '--status: nothing printed, exit 1', () => {
    const fs = fileSet(3);
    return check(fs.map(([f, d], i) => line(i === 0 ? corrupt(b2(d), rng) : b2(d), f)), fs, ['--status']);
  });
  add('status-missing', '--status with a missing file: the open error is still reported', (v) => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), line(b2('a'), v === 0 ? 'absent.txt' : 'vanished')], fs, ['--status']);
  });
  add('status-malformed-only', '--status with no properly formatted lines', () => {
    const s = sums();
    return { argv: ['-c', '--status', s], files: { [s]: text(1, 3) } };
  });
  add('warn-malformed', '--warn: a message for each improperly formatted line, with line numbers', () => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), words(1, 3) + '\n', '\n', line(b2(fs[1][1]), fs[1][0]), `${b2('a').slice(1)}  x\n`], fs, ['--warn']);
  });
  add('warn-short', '-w', () => {
    const fs = fileSet(1);
    return check(['junk\n', line(b2(fs[0][1]), fs[0][0])], fs, ['-w']);
  });
  add('warn-quiet', '--warn and --quiet with a malformed line and a failure', () => {
    const fs = fileSet(2);
    return check([line(corrupt(b2(fs[0][1]), rng), fs[0][0]), 'junk\n', line(b2(fs[1][1]), fs[1][0])], fs, ['--warn', '--quiet']);
  });
  add('warn-name-quoted-checkfile', '--warn on a check file whose name needs quoting', (v) => {
    const s = v === 0 ? 'my sums' : "it's.b2";
    const fs = fileSet(1);
    return { argv: ['-c', '--warn', s], files: { ...filesOf(fs), [s]: 'junk\n' + line(b2(fs[0][1]), fs[0][0]) } };
  });
  add('strict-malformed', '--strict: a malformed line makes the exit status 1', () => {
    const fs = fileSet(2);
    return check([line(b2(fs[0][1]), fs[0][0]), 'oops\n', line(b2(fs[1][1]), fs[1][0])], fs, ['--strict']);
  });
  add('strict-all-ok', '--strict with every line well formed', () => {
    const fs = fileSet(2);
    return check(fs.map(([f, d]) => line(b2(d), f)), fs, ['--strict']);
  });
  add('strict-warn', '--strict and --warn', () => {
    const fs = fileSet(2);
    return check(['first bad\n', line(b2(fs[0][1]), fs[0][0]), 'x\n', line(b2(fs[1][1]), fs[1][0])], fs, ['--strict', '--warn']);
  });
  add('ignore-missing-some', '--ignore-missing: missing files are skipped', () => {
    const fs = fileSet(2);
    return check([line(b2('a'), 'gone'), line(b2(fs[0][1]), fs[0][0]), line(b2(fs[1][1]), fs[1][0])], fs, ['--ignore-missing']);
  });
  add('ignore-missing-all', '--ignore-missing and every file missing: no file was verified', (v) => {
    const s = sums();
    const gone = v === 0 ? ['gone1', 'gone2'] : ['lost.txt', 'old/data.bin', 'x'];
    return { argv: ['-c', '--ignore-missing', s], files: { [s]: gone.map((g, i) => line(b2(g, i === 1 ? 128 : 512), g)).join('') } };
  });
  add('ignore-missing-failed', '--ignore-missing still reports wrong digests', () => {
    const fs = fileSet(2);
    return check([line(b2('a'), 'gone'), line(corrupt(b2(fs[0][1]), rng), fs[0][0]), line(b2(fs[1][1]), fs[1][0])], fs, ['--ignore-missing']);
  });
  add('ignore-missing-unreadable', '--ignore-missing does not skip unreadable files', () => {
    const [a, b] = names(2);
    return check([line(b2('a'), 'gone'), line(b2('u'), a), line(b2('r'), b)], [[a, 'u', 0], [b, 'r']], ['--ignore-missing']);
  });
  add('ignore-missing-status', '--ignore-missing with --status and a wrong digest: exit 1, no output', () => {
    const fs = fileSet(2);
    return check([line(b2('a'), 'gone'), line(b2(fs[0][1]), fs[0][0]), line(corrupt(b2(fs[1][1]), rng), fs[1][0])], fs, ['--ignore-missing', '--status']);
  });

  // ------------------------------------------------------------ check files: stdin, several, empty, missing
  add('checkfile-stdin', 'check lines from stdin (-c alone or -c -)', (v) => {
    const fs = fileSet(2);
    return { argv: v === 0 ? ['-c'] : ['-c', '-'], files: filesOf(fs), stdin: fs.map(([f, d], i) => line(i ? corrupt(b2(d), rng) : b2(d), f)).join('') };
  });
  add('checkfile-stdin-malformed', 'malformed check lines from stdin: standard input is named in messages', () => ({ argv: ['-c', '--warn'], stdin: text(1, 3) }));
  add('checkfile-empty', 'an empty check file, or empty stdin', (v) => {
    const s = sums();
    return v === 0 ? { argv: ['-c', s], files: { [s]: '' } } : { argv: ['-c'] };
  });
  add('checkfile-missing', 'a missing check file', () => ({ argv: ['-c', sums()] }));
  add('checkfile-unreadable', 'an unreadable check file', () => {
    const s = sums();
    return { argv: ['-c', s], files: { [s]: spec(line(b2('a'), 'a'), 0) } };
  });
  add('checkfile-directory', 'a directory as the check file', (v) => {
    const d = v === 0 ? 'sumsdir' : 'B2SUMS.d';
    return { argv: ['-c', d], files: { [d]: { dir: true } } };
  });
  add('checkfile-two', 'two check files: each has its own summary', () => {
    const fs = fileSet(4);
    return {
      argv: ['-c', 'one.b2', 'two.b2'],
      files: {
        ...filesOf(fs),
        'one.b2': line(b2(fs[0][1]), fs[0][0]) + line(corrupt(b2(fs[1][1], 256), rng), fs[1][0]),
        'two.b2': line(b2(fs[2][1]), fs[2][0]) + 'junk\n' + line(b2(fs[3][1]), fs[3][0]),
      },
    };
  });
  add('checkfile-and-stdin', 'a check file and - (stdin) as a second check file', () => {
    const fs = fileSet(2);
    return { argv: ['-c', 'a.b2', '-'], files: { ...filesOf(fs), 'a.b2': line(b2(fs[0][1]), fs[0][0]) }, stdin: line(corrupt(b2(fs[1][1]), rng), fs[1][0]) };
  });

  // ------------------------------------------------------------ options
  add('opt-help', '--help', (v) => ({ argv: v === 0 ? ['--help'] : ['--he'] }));
  add('opt-version', '--version', (v) => ({ argv: v === 0 ? ['--version'] : ['--vers'] }));
  add('opt-unknown-short', 'an unknown short option', (v) => ({ argv: [rng.pick(v === 0 ? ['-q', '-x', '-a'] : ['-n', '-s', '-L'])], stdin: 'x' }));
  add('opt-unknown-long', 'an unknown long option', () => ({ argv: [rng.pick(['--algorithm=blake2b', '--verbose', '--untagged', '--base64', '--bits=256'])], stdin: 'x' }));
  add('opt-ambiguous', '--st is ambiguous', (v) => ({ argv: [v === 0 ? '--st' : '--s'], stdin: 'x' }));
  add('opt-arg-not-allowed', 'a long option without an argument given =value', (v) => ({ argv: [v === 0 ? '--tag=yes' : '--binary=1', name()] }));
  add('opt-tag-check', '--tag with -c', () => {
    const fs = fileSet(1);
    return check([line(b2(fs[0][1]), fs[0][0])], fs, ['--tag']);
  });
  add('opt-binary-check', '-b or -t with -c', (v) => {
    const fs = fileSet(1);
    return check([line(b2(fs[0][1]), fs[0][0])], fs, [v === 0 ? '-b' : '-t']);
  });
  add('opt-zero-check', '-z with -c', () => {
    const fs = fileSet(1);
    return check([line(b2(fs[0][1], 256), fs[0][0])], fs, ['-z']);
  });
  for (const o of ['--status', '--warn', '--ignore-missing']) {
    add(`opt-${o.slice(2)}-without-check`, `${o} without -c`, (v) => {
      const f = name();
      return { argv: v === 0 ? [o, f] : [f, o], files: { [f]: text(1, 2) } };
    });
  }
  add('opt-clustered-check', '-cw clustered', () => {
    const fs = fileSet(1);
    const s = sums();
    return { argv: ['-cw', s], files: { ...filesOf(fs), [s]: 'junk\n' + line(b2(fs[0][1]), fs[0][0]) } };
  });
  add('opt-posixly-correct', 'POSIXLY_CORRECT: options after a file are file names', (v) => {
    const f = name();
    return { argv: [f, v === 0 ? '--tag' : '-l'], files: { [f]: text(1, 2) }, env: { POSIXLY_CORRECT: '1' } };
  });
  add('opt-locale-c', 'LC_ALL=C: non-ASCII bytes in quoted names become escapes', (v) => ({ argv: v === 0 ? ['café', 'no such'] : ['ñandú.txt', 'x\ny'], env: { LC_ALL: 'C' } }));

  return cases;
}
