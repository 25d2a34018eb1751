// Test-case generator for rhash 1.4.3 (Debian 12 packages rhash 1.4.3-3 and librhash0 1.4.3-3).
// Deterministic: all variation comes from the seeded `rng`. Correct digests inside check files
// are computed here (node:crypto plus small JS versions of CRC32, CRC32C and MD4); expected
// outputs are always captured from the real program.
// Every `add` scenario gives one visible case and one hidden dual that keeps the idea but draws
// other contents, sizes, names and option values; the per-algorithm size sweeps are visible only.
//
// Things deliberately left out (see notes.md): the SFV output format (its banner holds the
// current date and time and the files' mtimes), %{mtime}, --speed, --benchmark, --percents,
// directory listings whose order depends on readdir order, ED2K/AICH inputs of 9.5 MB or more.
import { createHash } from 'node:crypto';

// ------------------------------------------------------------------ small digest helpers
const CRC32_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
const CRC32C_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crcWith(table, buf) {
  let c = 0xffffffff;
  for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
const crc32 = (buf) => crcWith(CRC32_TABLE, buf);
const crc32c = (buf) => crcWith(CRC32C_TABLE, buf);

/** MD4 (RFC 1320): node's OpenSSL may lack it, and ED2K of a file under 9,728,000 bytes is MD4. */
function md4(buf) {
  const len = buf.length;
  const padLen = ((len + 8) >> 6) * 64 + 64;
  const m = Buffer.alloc(padLen);
  buf.copy(m);
  m[len] = 0x80;
  m.writeUInt32LE((len * 8) >>> 0, padLen - 8);
  m.writeUInt32LE(Math.floor((len * 8) / 0x100000000), padLen - 4);
  let a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
  const rotl = (x, s) => (x << s) | (x >>> (32 - s));
  const F = (x, y, z) => (x & y) | (~x & z);
  const G = (x, y, z) => (x & y) | (x & z) | (y & z);
  const H = (x, y, z) => x ^ y ^ z;
  for (let off = 0; off < padLen; off += 64) {
    const X = [];
    for (let i = 0; i < 16; i++) X.push(m.readUInt32LE(off + 4 * i));
    const [aa, bb, cc, dd] = [a, b, c, d];
    const r1 = [3, 7, 11, 19];
    for (let i = 0; i < 16; i++) {
      const s = r1[i % 4];
      const t = (a + F(b, c, d) + X[i]) | 0;
      [a, b, c, d] = [d, rotl(t, s), b, c];
    }
    const r2 = [3, 5, 9, 13];
    const o2 = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
    for (let i = 0; i < 16; i++) {
      const t = (a + G(b, c, d) + X[o2[i]] + 0x5a827999) | 0;
      [a, b, c, d] = [d, rotl(t, r2[i % 4]), b, c];
    }
    const r3 = [3, 9, 11, 15];
    const o3 = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
    for (let i = 0; i < 16; i++) {
      const t = (a + H(b, c, d) + X[o3[i]] + 0x6ed9eba1) | 0;
      [a, b, c, d] = [d, rotl(t, r3[i % 4]), b, c];
    }
    a = (a + aa) | 0; b = (b + bb) | 0; c = (c + cc) | 0; d = (d + dd) | 0;
  }
  const out = Buffer.alloc(16);
  out.writeInt32LE(a, 0); out.writeInt32LE(b, 4); out.writeInt32LE(c, 8); out.writeInt32LE(d, 12);
  return out.toString('hex');
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(buf) {
  let bits = 0, value = 0, out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}
const hexToB32 = (hex) => base32(Buffer.from(hex, 'hex'));
const hexToB64 = (hex) => Buffer.from(hex, 'hex').toString('base64');

const nodeHash = (alg) => (buf) => createHash(alg).update(buf).digest('hex');
/** Digests the generator can compute: rhash name (BSD tag) -> function(Buffer) -> hex. */
const DIGEST = {
  CRC32: crc32,
  CRC32C: crc32c,
  MD4: md4,
  MD5: nodeHash('md5'),
  SHA1: nodeHash('sha1'),
  SHA224: nodeHash('sha224'),
  SHA256: nodeHash('sha256'),
  SHA384: nodeHash('sha384'),
  SHA512: nodeHash('sha512'),
  'SHA3-224': nodeHash('sha3-224'),
  'SHA3-256': nodeHash('sha3-256'),
  'SHA3-384': nodeHash('sha3-384'),
  'SHA3-512': nodeHash('sha3-512'),
  BLAKE2s: nodeHash('blake2s256'),
  BLAKE2b: nodeHash('blake2b512'),
  ED2K: md4,
};
/** Option selecting each computable digest. */
const OPT_OF = {
  CRC32: '--crc32', CRC32C: '--crc32c', MD4: '--md4', MD5: '--md5', SHA1: '--sha1', SHA224: '--sha224',
  SHA256: '--sha256', SHA384: '--sha384', SHA512: '--sha512', 'SHA3-224': '--sha3-224', 'SHA3-256': '--sha3-256',
  'SHA3-384': '--sha3-384', 'SHA3-512': '--sha3-512', BLAKE2s: '--blake2s', BLAKE2b: '--blake2b', ED2K: '--ed2k',
};
/** Extensions of hash files by which rhash guesses the algorithm. */
const EXT_OF = { MD5: '.md5', SHA1: '.sha1', SHA256: '.sha256', SHA512: '.sha512', CRC32: '.sfv', SHA224: '.sha224', SHA384: '.sha384' };

// ------------------------------------------------------------------ the algorithms
// [option, printf name, short option or null, sizes swept (visible only), [visible size, hidden size]]
const ALGOS = [
  ['crc32', 'crc32', '-C', [0, 1, 1000], [17, 31]],
  ['crc32c', 'crc32c', null, [0, 2, 777], [32, 63]],
  ['md4', 'md4', null, [0, 56, 64], [119, 120]],
  ['md5', 'md5', '-M', [0, 55, 64], [119, 120]],
  ['sha1', 'sha1', '-H', [0, 56, 64], [119, 120]],
  ['sha224', 'sha-224', null, [0, 55, 64], [119, 121]],
  ['sha256', 'sha-256', null, [0, 56, 1000], [119, 120]],
  ['sha384', 'sha-384', null, [0, 112, 128], [239, 240]],
  ['sha512', 'sha-512', null, [0, 111, 128], [239, 240]],
  ['sha3-224', 'sha3-224', null, [0, 143, 144], [1, 287]],
  ['sha3-256', 'sha3-256', null, [0, 135, 136], [1, 271]],
  ['sha3-384', 'sha3-384', null, [0, 104, 105], [1, 207]],
  ['sha3-512', 'sha3-512', null, [0, 72, 73], [1, 143]],
  ['tiger', 'tiger', null, [0, 56, 64], [119, 120]],
  ['tth', 'tth', '-T', [0, 1024, 1025], [2048, 5000]],
  ['btih', 'btih', null, [0, 1024, 65537], [64, 4096]],
  ['aich', 'aich', '-A', [0, 9728, 184321], [184320, 190000]],
  ['ed2k', 'ed2k', '-E', [0, 56, 10000], [119, 120]],
  ['whirlpool', 'whirlpool', '-W', [0, 32, 64], [95, 96]],
  ['gost12-256', 'gost12-256', '-G', [0, 64, 128], [127, 129]],
  ['gost12-512', 'gost12-512', null, [0, 63, 64], [127, 129]],
  ['gost94', 'gost94', null, [0, 32, 33], [50, 96]],
  ['gost94-cryptopro', 'gost94-cryptopro', null, [0, 31, 32], [50, 96]],
  ['ripemd160', 'ripemd160', null, [0, 56, 64], [119, 120]],
  ['has160', 'has160', null, [0, 56, 64], [119, 120]],
  ['snefru128', 'snefru128', null, [0, 48, 49], [95, 97]],
  ['snefru256', 'snefru256', null, [0, 32, 33], [63, 65]],
  ['edonr256', 'edon-r256', null, [0, 56, 64], [119, 120]],
  ['edonr512', 'edon-r512', null, [0, 112, 128], [239, 240]],
  ['blake2s', 'blake2s', null, [0, 64, 65], [127, 129]],
  ['blake2b', 'blake2b', null, [0, 128, 129], [255, 257]],
];
// Hash-letter directives of --printf and the algorithms they stand for.
const LETTERS = ['a', 'c', 'g', 'h', 'e', 'm', 'r', 't', 'w'];

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'hash', 'digest', 'magnet', 'torrent', 'tiger', 'tree', 'the',
  'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'block',
  'message', 'padding', 'length', 'crc', 'check', 'sum', '42', '0x5c', 'key=value', 'hello,', 'world!', 'a', 'I'];
const NAMES = ['data.bin', 'notes.txt', 'photo.jpg', 'report.pdf', 'archive.tar', 'song.mp3', 'main.c', 'README',
  'video.mkv', 'disk.iso', 'a.txt', 'b.txt', 'log.1', 'setup.exe', 'image.png', 'index.html', 'config.ini', 'x',
  'table.csv', 'book.epub'];
const DIRS = ['docs', 'src', 'media', 'backup', 'pub', 'incoming', 'music', 'old', 'tmp1', 'data'];

// Scenarios kept visible only (no hidden dual): simple variants whose idea other pairs cover.
const SOLO = new Set([
  'fmt-single-default', 'fmt-simple-crc-only', 'fmt-bsd-default-hash', 'fmt-magnet-message', 'fmt-ed2k-link-upper',
  'fmt-ed2k-link-magnet', 'fmt-hex-bsd', 'fmt-base32-bsd', 'fmt-base64-bsd', 'fmt-base64-long', 'fmt-base64-long-bsd',
  'fmt-uppercase-base32', 'fmt-lowercase', 'fmt-all-simple', 'fmt-all-default', 'fmt-sfv-printf', 'fmt-gost-reverse-printf',
  'fmt-magnet-name-escape', 'fmt-ed2k-link-long', 'fmt-ed2k-link-extra', 'fmt-uppercase-multi', 'fmt-lowercase-magnet',
  'printf-path-size', 'printf-letters-tth-aich', 'printf-base64-prefix', 'printf-braces-prefix', 'printf-url-raw',
  'printf-octal', 'printf-unknown-escape', 'printf-trailing', 'printf-no-newline', 'printf-literal-only', 'printf-empty',
  'printf-size-upper', 'printf-case-opt', 'printf-short-opt', 'printf-attached', 'template-unreadable', 'template-empty',
  'printf-stdin', 'printf-escapes', 'printf-percent', 'printf-unknown-brace', 'printf-multi-files', 'printf-dir-path',
  'msg-long-opt', 'msg-empty', 'stdin-twice', 'stdin-no-args', 'same-file-twice', 'name-newline-bsd', 'subdir-path',
  'file-list-two', 'file-list-dir-entry', 'file-list-missing', 'msg-special', 'stdin-dash', 'name-spaces',
  'check-ok-md5', 'check-ok-sha1', 'check-ok-sha256', 'check-ok-sha512', 'check-ok-crc32', 'check-bsd-md4',
  'check-bsd-sha224', 'check-bsd-sha384', 'check-bsd-sha3-224', 'check-bsd-sha3-384', 'check-bsd-blake2s',
  'check-bsd-crc32c', 'check-brief-ok', 'check-skip-ok-all-good', 'check-long-opt', 'check-comments-only',
  'check-no-final-newline', 'check-missing-sumfile', 'check-unreadable-sumfile', 'check-dir-sumfile', 'check-name-spaces',
  'check-dup-lines', 'check-stdin-dash-entry', 'check-with-output', 'check-ignore-case', 'check-embedded-none',
  'check-embedded-missing', 'check-escaped-name', 'check-skip-ok-brief', 'check-upper', 'check-sfv-lower-tab',
  'check-comments-blank', 'check-two-files-brief', 'check-magnet-size',
  'rec-trailing-slash', 'rec-accept-file-operand', 'rec-maxdepth-bad', 'rec-path-separator-bad', 'rec-follow',
  'rec-magnet', 'rec-empty-dir', 'rec-chain-bsd', 'rec-accept-q', 'rec-accept-case',
  'update-create', 'update-unreadable', 'update-ignore-case', 'output-file-bad', 'log-file-bad', 'output-and-log',
  'verbose-printf', 'openssl-bad', 'torrent-piece-length-bad', 'torrent-batch-btih', 'embed-crc-already', 'config-false',
  'config-bad-option', 'torrent-announce-magnet', 'config-printf',
  'list-hashes', 'unknown-short', 'missing-arg-equals', 'bool-with-value', 'ambiguous-prefix',
  'path-through-file', 'empty-name', 'bad-after-files', 'benchmark-raw-alone',
]);

export default function generate({ rng, add: addPair, cases }) {
  /** A visible case and its hidden dual, or the visible case alone for SOLO scenarios. */
  const add = (id, note, make) => {
    if (SOLO.has(id)) cases.push({ id, note, ...make(0) });
    else addPair(id, note, make);
  };
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const word = () => pick(WORDS);
  const words = (lo, hi) => Array.from({ length: int(lo, hi) }, word).join(' ');
  const text = (lo = 2, hi = 8) => Array.from({ length: int(lo, hi) }, () => words(1, 8)).join('\n') + '\n';
  const textOfSize = (n) => {
    let s = '';
    while (s.length < n) s += words(1, 10) + '\n';
    return s.slice(0, n);
  };
  /** Exactly n bytes: text or binary. */
  const dataOfSize = (n, binary = rng.chance(0.5)) => (binary ? rng.bytes(n) : Buffer.from(textOfSize(n), 'latin1'));
  const spec = (buf, mode) => {
    const s = { base64: Buffer.from(buf).toString('base64') };
    return mode === undefined ? s : { ...s, mode };
  };
  const stdinOf = (buf) => ({ base64: Buffer.from(buf).toString('base64') });
  const name = () => pick(NAMES);
  const names = (n) => rng.shuffle(NAMES).slice(0, n);
  const dir = () => pick(DIRS);
  const v2 = (v, a, b) => (v === 0 ? a : b);
  const filesOf = (list) => Object.fromEntries(list.map(([n, d, m]) => [n, spec(d, m)]));
  /** n random files: [[name, Buffer]]. */
  const someFiles = (n, lo = 0, hi = 400) => names(n).map((nm) => [nm, dataOfSize(int(lo, hi))]);
  const corrupt = (hex) => {
    const i = int(0, hex.length - 1);
    let d = hex[i];
    while (d === hex[i]) d = pick('0123456789abcdef'.split(''));
    return hex.slice(0, i) + d + hex.slice(i + 1);
  };
  const algoSubset = (n, pool = ALGOS) => rng.shuffle(pool).slice(0, n);
  const nonCrc = ALGOS.filter((a) => a[0] !== 'crc32');
  const computable = Object.keys(DIGEST);

  // ================================================================== 1. every algorithm
  for (const [opt, pname, short, sweep, [sv, sh]] of ALGOS) {
    const sel = short ?? `--${opt}`;
    // A message given with -m, BSD output.
    cases.push({ id: `alg-${opt}-message`, note: `${opt} of a -m message, BSD format`, argv: [sel, '--bsd', '-m', words(1, 6)] });
    // Standard input around a block boundary, printf with the named directive.
    add(`alg-${opt}-stdin`, `${opt} of stdin (${sv} vs ${sh} bytes), --printf %{${pname}}`, (v) => ({
      argv: ['--printf', v === 0 ? `%{${pname}}\\n` : `%{${pname}} %s\\n`, '-'],
      stdin: stdinOf(dataOfSize(v2(v, sv, sh))),
    }));
    // A binary file, simple format, upper case.
    {
      const f = name();
      cases.push({ id: `alg-${opt}-file`, note: `${opt} of a binary file, --simple --uppercase`, argv: [`--${opt}`, '--simple', '--uppercase', f], files: { [f]: spec(dataOfSize(int(100, 3000), true)) } });
    }
    // Size sweep (visible only): padding and block boundaries.
    for (const n of sweep) {
      cases.push({
        id: `alg-${opt}-size-${n}`,
        note: `${opt} of ${n} bytes on stdin (block and padding boundaries)`,
        argv: [sel, '--simple', '-'],
        stdin: stdinOf(dataOfSize(n, n % 2 === 1)),
      });
    }
  }
  // Well-known test vectors (visible only).
  for (const [id, msg] of [['empty', ''], ['abc', 'abc'], ['fox', 'The quick brown fox jumps over the lazy dog'],
    ['digits', '12345678901234567890123456789012345678901234567890123456789012345678901234567890'],
    ['alphabet', 'abcdefghijklmnopqrstuvwxyz'], ['a', 'a'], ['message-digest', 'message digest']]) {
    cases.push({ id: `vector-all-${id}`, note: 'all hash functions of a classic test vector, BSD format', argv: ['-a', '--bsd', '-m', msg] });
  }

  // ================================================================== 2. output formats
  add('fmt-default-multi', 'several hashes without a format option: name then digests', (v) => {
    const algos = algoSubset(v === 0 ? 2 : 4, nonCrc).map((a) => `--${a[0]}`);
    const fs = someFiles(v === 0 ? 2 : 3);
    return { argv: [...algos, ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-default-crc-md5', 'CRC32 and MD5 by short options: not SFV', (v) => {
    const fs = someFiles(v === 0 ? 1 : 3);
    return { argv: [v === 0 ? '-CM' : '-MC', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-single-default', 'one non-CRC32 hash without a format option', (v) => {
    const a = pick(nonCrc)[0];
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: [`--${a}`, ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-simple-multi', '--simple with several hashes', (v) => {
    const algos = algoSubset(v === 0 ? 3 : 5).map((a) => `--${a[0]}`);
    const fs = someFiles(2);
    return { argv: ['--simple', ...algos, ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-simple-crc-only', '--simple with CRC32 only', (v) => {
    const fs = someFiles(v === 0 ? 2 : 3);
    return { argv: ['--simple', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-bsd-multi', '--bsd with several hashes and files', (v) => {
    const algos = algoSubset(v === 0 ? 3 : 6).map((a) => `--${a[0]}`);
    const fs = someFiles(2);
    return { argv: ['--bsd', ...algos, ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-bsd-default-hash', '--bsd without a hash option (CRC32)', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: ['--bsd', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-magnet-default', '--magnet without hash options (TTH, ED2K, AICH)', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2, 0, 3000);
    return { argv: ['--magnet', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-magnet-selected', '-g with chosen hashes', (v) => {
    const algos = algoSubset(v === 0 ? 2 : 4).map((a) => `--${a[0]}`);
    const fs = someFiles(1);
    return { argv: ['-g', ...algos, fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-magnet-all', '--magnet -a: every hash as an xt parameter', (v) => {
    const fs = someFiles(1, 0, 200);
    return { argv: v === 0 ? ['--magnet', '-a', fs[0][0]] : ['-a', '-g', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-magnet-name-escape', 'magnet dn= of a name with spaces and reserved characters', (v) => {
    const f = v === 0 ? 'my file (1).txt' : 'a&b=c+d #2.dat';
    return { argv: ['--magnet', '--sha1', f], files: { [f]: spec(dataOfSize(int(1, 100))) } };
  });
  add('fmt-magnet-message', 'magnet link of a -m message', (v) => ({ argv: ['-g', '-m', words(2, 6)] }));
  add('fmt-magnet-btih', 'magnet link with BTIH', (v) => {
    const fs = someFiles(1, 10, 2000);
    return { argv: ['--magnet', '--btih', ...(v === 0 ? [] : ['--md5']), fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-ed2k-link', '-L: eDonkey links', (v) => {
    const fs = someFiles(v === 0 ? 1 : 3, 0, 2000);
    return { argv: ['-L', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-ed2k-link-long', '--ed2k-link with a name that needs escaping', (v) => {
    const f = v === 0 ? 'Some Movie [720p].mkv' : 'my|pipe %20 name.avi';
    return { argv: ['--ed2k-link', f], files: { [f]: spec(dataOfSize(int(10, 500))) } };
  });
  add('fmt-ed2k-link-extra', '-L together with other hashes and --simple', (v) => {
    const fs = someFiles(1, 0, 500);
    return { argv: ['-L', v === 0 ? '-M' : '--sha256', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-ed2k-link-upper', '-L --uppercase', (v) => {
    const fs = someFiles(1, 0, 500);
    return { argv: ['-L', '--uppercase', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-ed2k-link-magnet', '-L and -g together', (v) => {
    const fs = someFiles(1, 0, 500);
    return { argv: v === 0 ? ['-L', '-g', fs[0][0]] : ['-g', '-L', fs[0][0]], files: filesOf(fs) };
  });
  for (const [enc, encId] of [['--hex', 'hex'], ['--base32', 'base32'], ['-b', 'base64'], ['--base64', 'base64-long']]) {
    add(`fmt-${encId}`, `${enc} with several hashes`, (v) => {
      const algos = algoSubset(v === 0 ? 3 : 4).map((a) => `--${a[0]}`);
      const fs = someFiles(1);
      return { argv: [enc, ...algos, fs[0][0]], files: filesOf(fs) };
    });
    add(`fmt-${encId}-bsd`, `${enc} --bsd`, (v) => {
      const algos = algoSubset(2).map((a) => `--${a[0]}`);
      const fs = someFiles(v === 0 ? 1 : 2);
      return { argv: [enc, '--bsd', ...algos, ...fs.map((f) => f[0])], files: filesOf(fs) };
    });
  }
  add('fmt-base32-tth', '--base32/--hex on TTH and AICH (base32 by default)', (v) => {
    const fs = someFiles(1, 0, 3000);
    return { argv: [v === 0 ? '--hex' : '--base32', '-T', '-A', '-H', '--simple', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-uppercase-multi', '--uppercase with several hashes', (v) => {
    const algos = algoSubset(3).map((a) => `--${a[0]}`);
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: ['--uppercase', ...algos, ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('fmt-uppercase-base32', '--uppercase --base32', (v) => {
    const fs = someFiles(1);
    return { argv: ['--uppercase', '--base32', v === 0 ? '-M' : '-H', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-lowercase', '--lowercase', (v) => {
    const fs = someFiles(1);
    return { argv: ['--lowercase', '-T', v === 0 ? '-M' : '-W', '--bsd', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-lowercase-magnet', '--lowercase and --uppercase on magnet links', (v) => {
    const fs = someFiles(1);
    return { argv: [v === 0 ? '--uppercase' : '--lowercase', '-g', '-T', '-H', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-all-simple', '-a --simple', (v) => {
    const fs = someFiles(1, 0, 300);
    return { argv: ['--all', '--simple', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-all-default', '-a without a format: one long line', (v) => {
    const fs = someFiles(1, 0, 300);
    return { argv: [v === 0 ? '-a' : '--all', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-all-base64', '-a -b --bsd', (v) => {
    const fs = someFiles(1, 0, 300);
    return { argv: ['-a', '-b', '--bsd', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-incompatible', 'two formatting options that conflict', (v) => {
    const fs = someFiles(1);
    const pairs = [['--bsd', '--simple'], ['--sfv', '--bsd'], ['--magnet', '--printf=%c\\n'], ['--simple', '--magnet']];
    return { argv: [...pick(pairs), fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-sfv-printf', '--sfv and --template conflict', (v) => {
    const fs = someFiles(1);
    return { argv: ['--template=t.txt', v === 0 ? '--sfv' : '--bsd', fs[0][0]], files: { ...filesOf(fs), 't.txt': '%p\\n' } };
  });
  add('fmt-hash-order', 'order of digests does not follow the command line', (v) => {
    const algos = algoSubset(4).map((a) => `--${a[0]}`);
    const fs = someFiles(1);
    return { argv: ['--simple', ...algos.reverse(), fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-gost-reverse', '--gost-reverse on the GOST hashes', (v) => {
    const fs = someFiles(1);
    return { argv: ['--gost-reverse', '--gost94', v === 0 ? '--gost94-cryptopro' : '--gost12-256', '--gost12-512', '--simple', fs[0][0]], files: filesOf(fs) };
  });
  add('fmt-gost-reverse-printf', '--gost-reverse with --printf', (v) => ({
    argv: ['--gost-reverse', '-p', v === 0 ? '%{gost94}\\n%g\\n' : '%{gost94-cryptopro} %G %{gost12-512}\\n', '-m', words(1, 5)],
  }));

  // ================================================================== 3. --printf / --template
  const pf = (id, note, fmts, opts = {}) => {
    add(id, note, (v) => {
      const fs = opts.files ? opts.files(v) : someFiles(opts.n ?? 1, 0, opts.max ?? 600);
      return { argv: [...(opts.pre ?? []), '--printf', fmts[v], ...fs.map((f) => f[0])], files: filesOf(fs) };
    });
  };
  pf('printf-path-size', '%p %f %s', ['%p %f %s\\n', '%s:%f:%p\\n']);
  pf('printf-letters-lower', 'one-letter hash directives, lower case', ['%c %m %h\\n', '%e %r %w\\n']);
  pf('printf-letters-upper', 'one-letter hash directives, upper case', ['%C %M %H %T\\n', '%E %R %W %A %G\\n']);
  pf('printf-letters-tth-aich', '%t %a %g', ['%t|%a|%g\\n', '%a %t\\n']);
  pf('printf-hex-prefix', '%x on base32 hashes', ['%xt %xa %xh\\n', '%xT %xA %xH\\n']);
  pf('printf-base32-prefix', '%b on hex hashes', ['%bm %bc %bh\\n', '%bM %bC %bW\\n']);
  pf('printf-base64-prefix', '%B on hashes', ['%Bm %Bh\\n', '%BH %Bc %Bt\\n']);
  pf('printf-braces', '%{name} directives', ['%{md5} %{sha-1} %{sha1}\\n', '%{sha-512} %{crc32c}\\n']);
  pf('printf-braces-upper', '%{Name} prints upper case', ['%{Md5} %{TTH}\\n', '%{Sha-224} %{Blake2s}\\n']);
  pf('printf-braces-prefix', '%x/%b/%B with braces', ['%b{md4} %B{sha-256}\\n', '%x{tth} %b{sha3-256}\\n']);
  pf('printf-ed2k-link', '%l and %L', ['%l\\n', '%L\\n%f\\n']);
  pf('printf-url-name', '%u and %U on names', ['%uf %Up\\n', '%Uf|%up\\n'], {
    files: (v) => [[v === 0 ? 'a b&c=d.txt' : 'x+y @z#.bin', dataOfSize(int(0, 30))]],
  });
  pf('printf-url-hash', '%u on base64 and raw digests', ['%uBm %UBh\\n', '%uBh %UBm\\n']);
  pf('printf-url-raw', '%u@ raw digest url-encoded', ['%u@c %U@m\\n', '%U@c %u@h\\n']);
  pf('printf-raw', '%@ raw binary digests', ['%@m', '%@h%@c']);
  pf('printf-escapes', 'backslash escapes', ['%c\\t%s\\r\\n', '\\x41%c\\101\\\\\\n']);
  pf('printf-nul', '\\0 NUL separators', ['%p\\0%c\\0', '%m\\0%p\\0']);
  pf('printf-octal', 'octal escapes', ['\\61\\062\\0063 %c\\n', '\\101\\102 %s\\012']);
  pf('printf-unknown-escape', 'a backslash before another character', ['\\q%c\\z\\n', '\\%c\\ \\n']);
  pf('printf-percent', '%% and unknown directives', ['%%%c%% %z %\\n', '100%% %q%s\\n']);
  pf('printf-unknown-brace', 'an unknown %{name}', ['%{foo}%c\\n', '%{sha256}|%{md5}\\n']);
  pf('printf-trailing', 'a trailing % or \\', ['%c %', '%s \\']);
  pf('printf-no-newline', 'no newline: records run together', ['%c ', '[%s]'], { n: 2 });
  pf('printf-multi-files', 'printf with several files', ['%f %c\\n', '%c %s %f\\n'], { n: 3 });
  pf('printf-literal-only', 'a format without directives', ['x\\n', 'file\\n'], { n: 2 });
  pf('printf-empty', 'an empty format', ['', ''], { n: 2 });
  pf('printf-size-upper', '%s with --uppercase', ['%s %m\\n', '%s %h\\n'], { pre: ['--uppercase'] });
  pf('printf-encoding-conflict', '--base64/--base32 cannot be combined with --printf', ['%m %xm\\n', '%h %xh\\n'], { pre: ['--base64'] });
  add('printf-case-opt', '--lowercase/--uppercase do not change --printf directives', (v) => {
    const fs = someFiles(1);
    return { argv: [v === 0 ? '--lowercase' : '--uppercase', '-p', v === 0 ? '%C %m\\n' : '%c %{md5}\\n', fs[0][0]], files: filesOf(fs) };
  });
  pf('printf-all-names', 'every %{name} directive', [
    ALGOS.slice(0, 16).map((a) => `%{${a[1]}}`).join(' ') + '\\n',
    ALGOS.slice(16).map((a) => `%{${a[1]}}`).join(' ') + '\\n',
  ], { max: 100 });
  pf('printf-dir-path', '%p and %f of a path with folders', ['%p|%f\\n', '%f|%up\\n'], {
    files: (v) => [[`${dir()}/${v === 0 ? 'sub/' : ''}${name()}`, dataOfSize(int(0, 50))]],
  });
  add('printf-dot-slash', 'a ./ prefix is dropped from %p', (v) => {
    const f = name();
    return { argv: ['-p', v === 0 ? '%p %c\\n' : '%f %p\\n', `./${f}`], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('printf-message', '%p %f %s of a message', (v) => ({ argv: ['-p', v === 0 ? '%p|%f|%s|%c\\n' : '%s %f %m\\n', '-m', words(1, 6)] }));
  add('printf-stdin', '%p %f %s of stdin', (v) => ({ argv: ['-p', v === 0 ? '%p|%f|%s|%c\\n' : '%f %s %h\\n', '-'], stdin: text(1, 4) }));
  add('printf-short-opt', '-p short option', (v) => {
    const fs = someFiles(1);
    return { argv: ['-p', v === 0 ? '%C %f\\n' : '%M %f\\n', fs[0][0]], files: filesOf(fs) };
  });
  add('printf-attached', '--printf=FORMAT', (v) => {
    const fs = someFiles(1);
    return { argv: [v === 0 ? '--printf=%f %h\\n' : '--printf=%h|%s\\n', fs[0][0]], files: filesOf(fs) };
  });
  add('printf-with-hash-opt', '--printf with hash options: extra digests are not printed', (v) => {
    const fs = someFiles(1);
    return { argv: ['--sha256', '-M', '-p', v === 0 ? '%m\\n' : '%{sha-256} %m\\n', fs[0][0]], files: filesOf(fs) };
  });
  add('template-file', '--template read from a file', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    const t = v === 0 ? '%f %c %m\n' : 'name=%f\\nsize=%s\\nsha1=%h\\n';
    return { argv: ['--template', 'fmt.tpl', ...fs.map((f) => f[0])], files: { ...filesOf(fs), 'fmt.tpl': t } };
  });
  add('template-multiline', '--template with several lines and escapes', (v) => {
    const fs = someFiles(1);
    const t = v === 0 ? '[%f]\n  crc=%C\n  md5=%m\n' : '%p:\\t%{sha-256}\n%p:\\t%{blake2b}\n';
    return { argv: [`--template=${v === 0 ? 'my.tpl' : 'x.template'}`, fs[0][0]], files: { ...filesOf(fs), [v === 0 ? 'my.tpl' : 'x.template']: t } };
  });
  add('template-missing', '--template naming a missing file', (v) => {
    const fs = someFiles(1);
    return { argv: ['--template', v === 0 ? 'none.tpl' : 'fmt/absent', fs[0][0]], files: filesOf(fs) };
  });
  add('template-unreadable', '--template naming an unreadable file', (v) => {
    const fs = someFiles(1);
    return { argv: ['--template=t.tpl', fs[0][0]], files: { ...filesOf(fs), 't.tpl': { text: '%c\n', mode: 0 } } };
  });
  add('template-empty', '--template of an empty file', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: ['--template=t.tpl', ...fs.map((f) => f[0])], files: { ...filesOf(fs), 't.tpl': '' } };
  });

  // ================================================================== 4. inputs: messages, stdin, lists
  add('msg-several', 'several -m messages', (v) => ({
    argv: ['--simple', '-H', ...Array.from({ length: v === 0 ? 2 : 3 }, () => ['-m', words(1, 4)]).flat()],
  }));
  add('msg-empty', 'an empty message', (v) => ({ argv: [v === 0 ? '-M' : '--sha256', '--simple', '-m', ''] }));
  add('msg-long-opt', '--message=TEXT', (v) => ({ argv: ['--sha1', `--message=${words(2, 6)}`] }));
  add('msg-utf8', 'a UTF-8 message', (v) => ({ argv: ['-M', '--bsd', '-m', v === 0 ? 'héllo wörld' : 'Привет, мир ✓'] }));
  add('msg-and-files', 'messages and files mixed: processing order', (v) => {
    const fs = someFiles(2);
    return { argv: ['-M', '--simple', fs[0][0], '-m', word(), fs[1][0]], files: filesOf(fs) };
  });
  add('msg-special', 'a message with newlines and tabs', (v) => ({ argv: ['-p', '%c %m\\n', '-m', v === 0 ? 'a\nb\tc' : '\n\n\t '] }));
  add('stdin-dash', '- reads stdin', (v) => ({ argv: ['-H', '--simple', '-'], stdin: text(1, 6) }));
  add('stdin-twice', '- given twice: second read is empty', (v) => ({ argv: ['-M', '--simple', '-', '-'], stdin: text(1, 3) }));
  add('stdin-and-file', 'stdin between files', (v) => {
    const fs = someFiles(2);
    return { argv: ['--sha224', '--simple', fs[0][0], '-', fs[1][0]], files: filesOf(fs), stdin: text(1, 3) };
  });
  add('stdin-binary', 'binary stdin', (v) => ({ argv: ['-a', '--bsd', '-'], stdin: stdinOf(rng.bytes(int(1, 300))) }));
  add('stdin-no-args', 'no file operand with data on stdin: usage', (v) => ({ argv: v === 0 ? ['-M'] : [], stdin: text(1, 2) }));
  add('double-dash', '-- before names starting with a dash', (v) => {
    const f = v === 0 ? '-file.txt' : '--weird';
    return { argv: ['-M', '--', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('dash-name-no-ddash', 'a name starting with a dash without --', (v) => {
    const f = v === 0 ? '-file.txt' : '-q';
    return { argv: ['-M', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('same-file-twice', 'the same file named twice', (v) => {
    const f = name();
    return { argv: ['-H', f, f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('empty-file', 'an empty file with several hashes', (v) => {
    const f = name();
    return { argv: [...algoSubset(3).map((a) => `--${a[0]}`), '--bsd', f], files: { [f]: '' } };
  });
  add('name-spaces', 'names with spaces', (v) => {
    const f = v === 0 ? 'my file.txt' : '  lead and trail  ';
    return { argv: ['-M', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('name-backslash', 'a backslash in a name', (v) => {
    const f = v === 0 ? 'back\\slash.txt' : 'a\\b';
    return { argv: ['-M', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('name-newline', 'a newline in a name', (v) => {
    const f = v === 0 ? 'new\nline.txt' : 'a\rb';
    return { argv: ['-H', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('name-newline-bsd', 'a newline in a name, BSD format', (v) => {
    const f = v === 0 ? 'two\nlines' : 'x\ny\nz';
    return { argv: ['--bsd', '-M', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('name-utf8', 'a UTF-8 name', (v) => {
    const f = v === 0 ? 'résumé.txt' : 'данные.bin';
    return { argv: [...(v === 0 ? ['-M'] : ['-g', '-H']), f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('no-path-escaping', '--no-path-escaping', (v) => {
    const f = v === 0 ? 'new\nline.txt' : 'tab\there';
    return { argv: ['--no-path-escaping', '-M', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('subdir-path', 'a file in a folder keeps its path', (v) => {
    const f = `${dir()}/${v === 0 ? '' : dir() + '/'}${name()}`;
    return { argv: ['--sha1', '--bsd', f], files: { [f]: spec(dataOfSize(int(0, 100))) } };
  });
  add('file-list', '--file-list with names', (v) => {
    const fs = someFiles(v === 0 ? 2 : 4);
    const list = fs.map((f) => f[0]).join('\n') + '\n';
    return { argv: ['-M', '--file-list', 'list.txt'], files: { ...filesOf(fs), 'list.txt': list } };
  });
  add('file-list-mixed', '--file-list between operands', (v) => {
    const fs = someFiles(4);
    const list = fs.slice(1, 3).map((f) => f[0]).join('\n') + '\n';
    return { argv: ['-p', '%f ', fs[0][0], `--file-list=${v === 0 ? 'l' : 'files.lst'}`, fs[3][0]], files: { ...filesOf(fs), [v === 0 ? 'l' : 'files.lst']: list } };
  });
  add('file-list-blank-crlf', '--file-list with blank lines, CRLF and no final newline', (v) => {
    const fs = someFiles(3);
    const list = v === 0 ? `${fs[0][0]}\r\n\r\n${fs[1][0]}\n\n${fs[2][0]}` : `\n${fs[2][0]}\r\n${fs[0][0]}\n\n\n${fs[1][0]}\r\n`;
    return { argv: ['-H', '--file-list', 'list'], files: { ...filesOf(fs), list } };
  });
  add('file-list-missing-entry', '--file-list naming a missing file', (v) => {
    const fs = someFiles(2);
    const list = [fs[0][0], v === 0 ? 'gone.txt' : 'nope/x', fs[1][0]].join('\n') + '\n';
    return { argv: ['-M', '--file-list', 'list'], files: { ...filesOf(fs), list } };
  });
  add('file-list-stdin', '--file-list - reads names from stdin', (v) => {
    const fs = someFiles(v === 0 ? 2 : 3);
    return { argv: ['-M', '--file-list', '-'], files: filesOf(fs), stdin: fs.map((f) => f[0]).join('\n') + '\n' };
  });
  add('file-list-missing', '--file-list naming a missing list', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', '--file-list', v === 0 ? 'nolist' : 'lists/none.txt', fs[0][0]], files: filesOf(fs) };
  });
  add('file-list-two', 'two --file-list options', (v) => {
    const fs = someFiles(4);
    return {
      argv: ['-p', '%f %c\\n', '--file-list', 'l1', '--file-list', 'l2'],
      files: { ...filesOf(fs), l1: `${fs[0][0]}\n${fs[1][0]}\n`, l2: `${fs[v === 0 ? 2 : 3][0]}\n` },
    };
  });
  add('file-list-dir-entry', '--file-list naming a folder', (v) => {
    const fs = someFiles(1);
    const d = dir();
    return { argv: ['-M', '--file-list', 'list'], files: { ...filesOf(fs), [d]: { dir: true }, list: `${d}\n${fs[0][0]}\n` } };
  });

  // ================================================================== 5. check mode
  /** A check-file line for file `nm` with contents `buf`. */
  const lineFor = (style, alg, nm, buf, o = {}) => {
    let hex = DIGEST[alg](buf);
    if (o.bad) hex = corrupt(hex);
    if (o.upper) hex = hex.toUpperCase();
    const nl = o.crlf ? '\r\n' : '\n';
    switch (style) {
      case 'gnu': return `${hex}  ${nm}${nl}`;
      case 'star': return `${hex} *${nm}${nl}`;
      case 'bsd': return `${alg} (${nm}) = ${hex}${nl}`;
      case 'bsd-tight': return `${alg}(${nm})= ${hex}${nl}`;
      case 'sfv': return `${nm} ${hex.toUpperCase()}${nl}`;
      case 'b32': return `${hexToB32(o.bad ? hex : DIGEST[alg](buf))}  ${nm}${nl}`;
      case 'b64': return `${hexToB64(hex)}  ${nm}${nl}`;
      default: throw new Error(style);
    }
  };
  /** Check file scenario: files good/bad/missing. */
  const checkCase = (v, o) => {
    const alg = o.alg ?? pick(o.algs ?? ['MD5', 'SHA1', 'SHA256']);
    const n = o.n ? o.n[v] : int(2, 4);
    const fs = someFiles(n + (o.missing ? 1 : 0), 0, 500);
    const lines = [];
    const files = {};
    fs.forEach(([nm, buf], i) => {
      const isMissing = o.missing && i === fs.length - 1;
      const isBad = o.bad && i === (v === 0 ? 0 : Math.min(1, fs.length - 1)) && !isMissing;
      lines.push(lineFor(o.style ?? 'gnu', alg, nm, buf, { bad: isBad, upper: o.upper, crlf: o.crlf }));
      if (!isMissing) files[nm] = spec(buf);
    });
    const sumName = o.sumName ?? `sums${o.ext ?? EXT_OF[alg] ?? '.txt'}`;
    files[sumName] = lines.join('');
    return { argv: [...(o.pre ?? []), '-c', ...(o.post ?? []), sumName], files };
  };
  for (const alg of ['MD5', 'SHA1', 'SHA256', 'SHA512', 'CRC32']) {
    add(`check-ok-${alg.toLowerCase()}`, `-c of a ${alg} file, all good (algorithm from the extension)`, (v) => checkCase(v, { alg, style: alg === 'CRC32' ? 'sfv' : 'gnu', n: [2, 3] }));
    add(`check-bad-${alg.toLowerCase()}`, `-c of a ${alg} file with a wrong digest`, (v) => checkCase(v, { alg, style: alg === 'CRC32' ? 'sfv' : 'gnu', bad: true, n: [2, 4] }));
  }
  for (const alg of ['MD4', 'SHA224', 'SHA384', 'SHA3-224', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'BLAKE2s', 'BLAKE2b', 'CRC32C', 'ED2K']) {
    add(`check-bsd-${alg.toLowerCase()}`, `-c of BSD lines with ${alg}`, (v) => checkCase(v, { alg, style: 'bsd', bad: v === 1, n: [2, 3], ext: '.txt' }));
  }
  add('check-missing', '-c with a listed file missing', (v) => checkCase(v, { missing: true, n: [1, 3] }));
  add('check-missing-bad', '-c with missing and wrong entries', (v) => checkCase(v, { missing: true, bad: true, n: [2, 3] }));
  add('check-ignore-missing', '--ignore-missing', (v) => checkCase(v, { missing: true, n: [2, 3], pre: ['--ignore-missing'] }));
  add('check-ignore-missing-bad', '--ignore-missing with a wrong entry too', (v) => checkCase(v, { missing: true, bad: true, n: [2, 3], pre: ['--ignore-missing'] }));
  add('check-brief', '--brief', (v) => checkCase(v, { bad: v === 1, n: [2, 3], pre: ['--brief'] }));
  add('check-brief-ok', '--brief, all good', (v) => checkCase(v, { n: [1, 3], pre: ['--brief'] }));
  add('check-brief-missing', '--brief with a missing file', (v) => checkCase(v, { missing: true, n: [1, 2], pre: ['--brief'] }));
  add('check-skip-ok', '--skip-ok', (v) => checkCase(v, { bad: true, n: [2, 4], pre: ['--skip-ok'] }));
  add('check-skip-ok-all-good', '--skip-ok with all good', (v) => checkCase(v, { n: [2, 3], pre: ['--skip-ok'] }));
  add('check-skip-ok-brief', '--skip-ok --brief', (v) => checkCase(v, { bad: v === 0, missing: v === 1, n: [2, 3], pre: ['--skip-ok', '--brief'] }));
  add('check-verbose', '-c -v', (v) => checkCase(v, { bad: true, n: [1, 2], pre: ['-v'] }));
  add('check-star', 'md5sum binary-mode lines (*name)', (v) => checkCase(v, { style: 'star', bad: v === 1, n: [2, 3] }));
  add('check-bsd-tight', 'BSD lines without spaces: MD5(name)= digest', (v) => checkCase(v, { style: 'bsd-tight', algs: ['MD5', 'SHA1'], n: [1, 2], ext: '.txt' }));
  add('check-upper', 'upper-case digests', (v) => checkCase(v, { upper: true, bad: v === 1, n: [2, 3] }));
  add('check-crlf', 'CRLF line ends', (v) => checkCase(v, { crlf: true, bad: v === 1, n: [2, 3] }));
  add('check-base32', 'base32 digests in a check file', (v) => checkCase(v, { style: 'b32', alg: v === 0 ? 'SHA1' : 'MD5', n: [2, 2], ext: '.txt' }));
  add('check-base64', 'base64 digests in a check file', (v) => checkCase(v, { style: 'b64', alg: v === 0 ? 'SHA256' : 'SHA1', n: [1, 2], ext: '.txt' }));
  add('check-long-opt', '--check', (v) => { const c = checkCase(v, { n: [1, 2] }); c.argv[0] = '--check'; return c; });
  add('check-no-ext', 'a check file without a known extension: all same-length hashes tried', (v) => checkCase(v, { alg: v === 0 ? 'MD5' : 'SHA256', n: [2, 2], sumName: v === 0 ? 'CHECKSUMS' : 'list.txt' }));
  add('check-ext-mismatch', 'extension says MD5 but the digests are MD4', (v) => checkCase(v, { alg: v === 0 ? 'MD4' : 'ED2K', n: [1, 2], ext: '.md5' }));
  add('check-no-detect-by-ext', '--no-detect-by-ext', (v) => checkCase(v, { alg: v === 0 ? 'MD4' : 'MD5', n: [1, 2], ext: '.md5', pre: ['--no-detect-by-ext'] }));
  add('check-explicit-algo', 'the hash option chooses the algorithm', (v) => checkCase(v, { alg: v === 0 ? 'MD4' : 'SHA3-256', n: [2, 1], ext: '.txt', pre: [v === 0 ? '--md4' : '--sha3-256'] }));
  add('check-explicit-wrong-algo', 'the hash option names another algorithm than the file has', (v) => checkCase(v, { alg: 'MD5', n: [1, 2], ext: '.md5', pre: [v === 0 ? '--sha1' : '-C'] }));
  add('check-sfv', 'an SFV file with comment lines', (v) => {
    const fs = someFiles(v === 0 ? 2 : 3);
    const body = `; Generated by someone\n;\n;   ${fs[0][1].length}  12:00.00 2020-01-01 ${fs[0][0]}\n` +
      fs.map(([nm, buf], i) => `${nm} ${(i === 1 && v === 1 ? corrupt(crc32(buf)) : crc32(buf)).toUpperCase()}\n`).join('');
    return { argv: ['-c', 'files.sfv'], files: { ...filesOf(fs), 'files.sfv': body } };
  });
  add('check-sfv-lower-tab', 'SFV lines with lower-case CRCs and extra blanks', (v) => {
    const fs = someFiles(2);
    const body = fs.map(([nm, buf]) => `${nm}${v === 0 ? '\t' : '   '}${crc32(buf)}\n`).join('');
    return { argv: ['-c', 'a.sfv'], files: { ...filesOf(fs), 'a.sfv': body } };
  });
  add('check-comments-blank', 'comments (# ;) and blank lines are ignored', (v) => {
    const fs = someFiles(2);
    const body = `# made by hand\n\n${lineFor('gnu', 'MD5', fs[0][0], fs[0][1])}; another comment\n\n${lineFor('gnu', 'MD5', fs[1][0], fs[1][1])}\n`;
    return { argv: ['-c', v === 0 ? 'x.md5' : 'sums.md5'], files: { ...filesOf(fs), [v === 0 ? 'x.md5' : 'sums.md5']: body } };
  });
  add('check-malformed', 'lines that cannot be parsed', (v) => {
    const fs = someFiles(1);
    const junk = v === 0 ? ['not a hash line', 'zz  file'] : ['1234  short', 'MD5 (x) =', 'abc'];
    const body = `${junk.join('\n')}\n${lineFor('gnu', 'MD5', fs[0][0], fs[0][1])}`;
    return { argv: ['-c', 'bad.md5'], files: { ...filesOf(fs), 'bad.md5': body } };
  });
  add('check-malformed-only', 'a check file of junk only', (v) => ({ argv: ['-c', 'junk.txt'], files: { 'junk.txt': v === 0 ? 'hello world\n' : text(2, 4) } }));
  add('check-empty', 'an empty check file', (v) => ({ argv: ['-c', ...(v === 1 ? ['--brief'] : []), 'e.md5'], files: { 'e.md5': '' } }));
  add('check-comments-only', 'a check file of comments only', (v) => ({ argv: ['-c', 's.sfv'], files: { 's.sfv': v === 0 ? '; only a comment\n' : '# a\n\n; b\n' } }));
  add('check-no-final-newline', 'a check file without a final newline', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    const body = fs.map(([nm, buf]) => lineFor('gnu', 'SHA1', nm, buf)).join('').replace(/\n$/, '');
    return { argv: ['-c', 's.sha1'], files: { ...filesOf(fs), 's.sha1': body } };
  });
  add('check-stdin', '-c - reads the check file from stdin', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: ['-c', '-'], files: filesOf(fs), stdin: fs.map(([nm, buf]) => lineFor('gnu', 'MD5', nm, buf)).join('') };
  });
  add('check-two-files', 'two check files', (v) => {
    const fs = someFiles(3);
    return {
      argv: ['-c', 'one.md5', 'two.sha1'],
      files: { ...filesOf(fs), 'one.md5': lineFor('gnu', 'MD5', fs[0][0], fs[0][1]) + lineFor('gnu', 'MD5', fs[1][0], fs[1][1], { bad: v === 1 }),
        'two.sha1': lineFor('gnu', 'SHA1', fs[2][0], fs[2][1]) },
    };
  });
  add('check-two-files-brief', 'two check files with --brief', (v) => {
    const fs = someFiles(2);
    return {
      argv: ['-c', '--brief', 'one.md5', 'two.sha256'],
      files: { ...filesOf(fs), 'one.md5': lineFor('gnu', 'MD5', fs[0][0], fs[0][1], { bad: v === 0 }), 'two.sha256': lineFor('gnu', 'SHA256', fs[1][0], fs[1][1]) },
    };
  });
  add('check-missing-sumfile', '-c of a missing check file', (v) => ({ argv: ['-c', v === 0 ? 'none.md5' : 'sums/none'] }));
  add('check-missing-and-present', 'a missing check file and a good one', (v) => {
    const fs = someFiles(1);
    return { argv: ['-c', 'absent.md5', 'ok.md5'], files: { ...filesOf(fs), 'ok.md5': lineFor('gnu', 'MD5', fs[0][0], fs[0][1], { bad: v === 1 }) } };
  });
  add('check-unreadable-sumfile', '-c of an unreadable check file', (v) => {
    const fs = someFiles(1);
    return { argv: ['-c', 's.md5'], files: { ...filesOf(fs), 's.md5': { text: lineFor('gnu', 'MD5', fs[0][0], fs[0][1]), mode: 0 } } };
  });
  add('check-dir-sumfile', '-c of a folder', (v) => ({ argv: ['-c', v === 0 ? 'd' : 'sums'], files: { [v === 0 ? 'd' : 'sums']: { dir: true } } }));
  add('check-unreadable-entry', 'a listed file that cannot be read', (v) => {
    const fs = someFiles(2);
    const files = filesOf(fs);
    files[fs[0][0]] = spec(fs[0][1], 0);
    return { argv: ['-c', 's.md5'], files: { ...files, 's.md5': fs.map(([nm, buf]) => lineFor('gnu', 'MD5', nm, buf)).join('') } };
  });
  add('check-dir-entry', 'a listed name that is a folder', (v) => {
    const fs = someFiles(1);
    const d = dir();
    return { argv: ['-c', 's.sha1'], files: { ...filesOf(fs), [d]: { dir: true }, 's.sha1': lineFor('gnu', 'SHA1', d, Buffer.alloc(0)) + lineFor('gnu', 'SHA1', fs[0][0], fs[0][1]) } };
  });
  add('check-subdir-relative', 'names in a check file inside a folder are looked up from the current folder', (v) => {
    const d = dir();
    const fs = someFiles(2);
    const files = {};
    for (const [nm, buf] of fs) files[v === 0 ? nm : `${d}/${nm}`] = spec(buf);
    files[`${d}/sums.md5`] = fs.map(([nm, buf]) => lineFor('gnu', 'MD5', nm, buf, { bad: v === 1 && nm === fs[0][0] })).join('');
    return { argv: ['-c', `${d}/sums.md5`], files };
  });
  add('check-subdir-paths', 'check lines with folder paths', (v) => {
    const d = dir();
    const fs = someFiles(2);
    const files = {};
    for (const [nm, buf] of fs) files[`${d}/${nm}`] = spec(buf);
    files['all.sha256'] = fs.map(([nm, buf]) => lineFor('gnu', 'SHA256', `${d}/${nm}`, buf)).join('');
    return { argv: ['-c', 'all.sha256'], files };
  });
  add('check-long-name', 'names longer than the report column', (v) => {
    const nm = `${'very_long_file_name_'.repeat(v === 0 ? 3 : 5)}${v}.dat`;
    const buf = dataOfSize(int(0, 100));
    return { argv: ['-c', 'l.md5'], files: { [nm]: spec(buf), 'l.md5': lineFor('gnu', 'MD5', nm, buf, { bad: v === 1 }) } };
  });
  add('check-name-spaces', 'names with spaces in check lines', (v) => {
    const nm = v === 0 ? 'my file.txt' : 'a  b  c.dat';
    const buf = dataOfSize(int(0, 100));
    return { argv: ['-c', 's.sha1'], files: { [nm]: spec(buf), 's.sha1': lineFor('gnu', 'SHA1', nm, buf) } };
  });
  add('check-name-spaces-sfv', 'SFV lines whose names contain spaces', (v) => {
    const nm = v === 0 ? 'my file.txt' : 'Track 01 - Intro.mp3';
    const buf = dataOfSize(int(0, 100));
    return { argv: ['-c', 's.sfv'], files: { [nm]: spec(buf), 's.sfv': lineFor('sfv', 'CRC32', nm, buf) } };
  });
  add('check-name-only-hash', 'hash-only lines verify the file named like the check file', (v) => {
    const nm = v === 0 ? 'data.bin' : 'movie.avi';
    const buf = dataOfSize(int(10, 300));
    const lines = v === 0 ? [crc32(buf), DIGEST.MD5(buf), DIGEST.SHA1(buf)] : [DIGEST.SHA256(buf), corrupt(DIGEST.MD5(buf))];
    return { argv: ['-c', `${nm}.sum`], files: { [nm]: spec(buf), [`${nm}.sum`]: lines.join('\n') + '\n' } };
  });
  add('check-magnet', 'a file of magnet links', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2, 1, 500);
    const body = fs.map(([nm, buf], i) => `magnet:?xl=${buf.length}&dn=${encodeURIComponent(nm)}&xt=urn:md5:${DIGEST.MD5(buf)}&xt=urn:sha1:${hexToB32(i === 1 ? corrupt(DIGEST.SHA1(buf)) : DIGEST.SHA1(buf))}\n`).join('');
    return { argv: ['-c', 'links.magnet'], files: { ...filesOf(fs), 'links.magnet': body } };
  });
  add('check-magnet-size', 'a magnet link with a wrong xl= size', (v) => {
    const fs = someFiles(1, 10, 300);
    const [nm, buf] = fs[0];
    return { argv: ['-c', 'l.magnet'], files: { ...filesOf(fs), 'l.magnet': `magnet:?xl=${buf.length + (v === 0 ? 1 : 100)}&dn=${nm}&xt=urn:sha256:${DIGEST.SHA256(buf)}\n` } };
  });
  add('check-magnet-crc', 'magnet links with crc32 and crc32c', (v) => {
    const fs = someFiles(1, 1, 300);
    const [nm, buf] = fs[0];
    return { argv: ['-c', 'l.magnet'], files: { ...filesOf(fs), 'l.magnet': `magnet:?xl=${buf.length}&dn=${nm}&xt=urn:crc32:${crc32(buf)}&xt=urn:crc32c:${v === 1 ? corrupt(crc32c(buf)) : crc32c(buf)}\n` } };
  });
  add('check-ed2k', 'a file of ed2k links', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2, 0, 500);
    const body = fs.map(([nm, buf], i) => `ed2k://|file|${encodeURIComponent(nm)}|${buf.length}|${i === 1 ? corrupt(md4(buf)) : md4(buf)}|/\n`).join('');
    return { argv: ['-c', 'links.ed2k'], files: { ...filesOf(fs), 'links.ed2k': body } };
  });
  add('check-ed2k-upper', 'an ed2k link with an upper-case hash and escaped name', (v) => {
    const nm = v === 0 ? 'My Song.mp3' : 'a(b)c d.txt';
    const buf = dataOfSize(int(1, 300));
    return { argv: ['-c', 'l.txt'], files: { [nm]: spec(buf), 'l.txt': `ed2k://|file|${encodeURIComponent(nm)}|${buf.length}|${md4(buf).toUpperCase()}|/\n` } };
  });
  add('check-mixed-formats', 'one check file mixing GNU, BSD and SFV lines', (v) => {
    const fs = someFiles(3);
    const body = lineFor('gnu', 'SHA1', fs[0][0], fs[0][1]) + lineFor('bsd', 'SHA256', fs[1][0], fs[1][1], { bad: v === 1 }) + lineFor('sfv', 'CRC32', fs[2][0], fs[2][1]);
    return { argv: ['-c', 'mixed.txt'], files: { ...filesOf(fs), 'mixed.txt': body } };
  });
  add('check-bsd-many-algos', 'BSD lines of several algorithms for one file', (v) => {
    const fs = someFiles(1);
    const algs = rng.shuffle(computable).slice(0, v === 0 ? 4 : 6);
    const body = algs.map((a, i) => lineFor('bsd', a, fs[0][0], fs[0][1], { bad: v === 1 && i === 2 })).join('');
    return { argv: ['-c', 'multi.txt'], files: { ...filesOf(fs), 'multi.txt': body } };
  });
  add('check-bsd-unknown-tag', 'BSD line with an unknown algorithm tag', (v) => {
    const fs = someFiles(1);
    const [nm, buf] = fs[0];
    return { argv: ['-c', 's.txt'], files: { ...filesOf(fs), 's.txt': `${v === 0 ? 'FOO' : 'SHA999'} (${nm}) = ${DIGEST.MD5(buf)}\n` } };
  });
  add('check-uncomputable-bad', 'BSD lines for GOST/Tiger/etc. with wrong digests', (v) => {
    const fs = someFiles(1);
    const [nm] = fs[0];
    const tags = v === 0 ? [['GOST12-256', 64], ['TIGER', 48], ['WHIRLPOOL', 128]] : [['GOST94', 64], ['HAS-160', 40], ['EDON-R256', 64], ['SNEFRU-128', 32]];
    const body = tags.map(([t, len]) => `${t} (${nm}) = ${rng.string(len, '0123456789abcdef')}\n`).join('');
    return { argv: ['-c', 'g.txt'], files: { ...filesOf(fs), 'g.txt': body } };
  });
  add('check-multi-hash-line', 'a line with several digests (default multi-hash format)', (v) => {
    const fs = someFiles(1);
    const [nm, buf] = fs[0];
    const body = v === 0 ? `${nm}  ${crc32(buf)}  ${DIGEST.MD5(buf)}\n` : `${nm}  ${DIGEST.MD5(buf)}  ${corrupt(DIGEST.SHA1(buf))}\n`;
    return { argv: ['-c', 'multi.txt', ...(v === 0 ? ['-CM'] : ['-MH'])], files: { ...filesOf(fs), 'multi.txt': body } };
  });
  add('check-embedded-sums', '-c --embed-crc: embedded CRC32 in the names checked too', (v) => {
    const buf = dataOfSize(int(1, 200));
    const c = crc32(buf).toUpperCase();
    const nm = `file_[${v === 0 ? c : corrupt(c.toLowerCase()).toUpperCase()}].dat`;
    return { argv: ['-c', '--embed-crc', 's.sfv'], files: { [nm]: spec(buf), 's.sfv': `${nm} ${c}\n` } };
  });
  add('check-dup-lines', 'the same line twice', (v) => {
    const fs = someFiles(1);
    const l = lineFor('gnu', 'MD5', fs[0][0], fs[0][1], { bad: v === 1 });
    return { argv: ['-c', 'd.md5'], files: { ...filesOf(fs), 'd.md5': l + l } };
  });
  add('check-escaped-name', 'a backslash-escaped name (leading \\)', (v) => {
    const nm = v === 0 ? 'a\\b.txt' : 'x\\y';
    const buf = dataOfSize(int(1, 60));
    return { argv: ['-c', 's.md5'], files: { [nm]: spec(buf), 's.md5': `\\${DIGEST.MD5(buf)}  ${nm.replace(/\\/g, '\\\\')}\n` } };
  });
  add('check-stdin-dash-entry', 'a check line naming -', (v) => {
    const buf = Buffer.from(text(1, 3));
    return { argv: ['-c', 's.md5'], files: { 's.md5': lineFor('gnu', 'MD5', '-', buf, { bad: v === 1 }) }, stdin: stdinOf(buf) };
  });
  add('check-update', '-c -u: verify then update', (v) => {
    const fs = someFiles(3);
    return { argv: ['-c', '-u', 'u.md5', '-M', ...fs.map((f) => f[0])], files: { ...filesOf(fs), 'u.md5': lineFor('gnu', 'MD5', fs[0][0], fs[0][1], { bad: v === 1 }) } };
  });
  add('check-with-output', '-c -o: report written to a file', (v) => {
    const fs = someFiles(2);
    return { argv: ['-c', '-o', 'report.txt', 's.md5'], files: { ...filesOf(fs), 's.md5': fs.map(([nm, buf], i) => lineFor('gnu', 'MD5', nm, buf, { bad: i === v })).join('') } };
  });
  add('check-crc-accept', '-c -r with --crc-accept picks the hash files of a folder', (v) => {
    const d = dir();
    const fs = someFiles(1);
    const files = { [`${d}/${fs[0][0]}`]: spec(fs[0][1]) };
    files[`${d}/sums.${v === 0 ? 'md5' : 'chk'}`] = lineFor('gnu', 'MD5', fs[0][0], fs[0][1]);
    files[`${d}/ignored.txt`] = 'not a hash file\n';
    return { argv: ['-c', '-r', `--crc-accept=${v === 0 ? '.md5' : '.chk,.zzz'}`, d], files };
  });
  add('check-recursive-default', '-c -r on a folder holding one .sfv file (default accepted extensions)', (v) => {
    const d = `${dir()}/${v === 0 ? '' : 'inner/'}`;
    const fs = someFiles(1);
    return { argv: ['-c', '-r', d.replace(/\/$/, '')], files: { [`${d}${fs[0][0]}`]: spec(fs[0][1]), [`${d}files.sfv`]: lineFor('sfv', 'CRC32', fs[0][0], fs[0][1], { bad: v === 1 }) } };
  });
  add('check-t-short', '-t short option for --crc-accept', (v) => {
    const d = dir();
    const fs = someFiles(1);
    return { argv: ['-crt', v === 0 ? '.lst' : '.sums', d], files: { [`${d}/${fs[0][0]}`]: spec(fs[0][1]), [`${d}/h${v === 0 ? '.lst' : '.sums'}`]: lineFor('gnu', 'SHA1', fs[0][0], fs[0][1]) } };
  });
  add('check-ignore-case', '-c -i: names differing in case', (v) => {
    const buf = dataOfSize(int(1, 100));
    const nm = v === 0 ? 'Report.TXT' : 'DATA.bin';
    return { argv: ['-c', ...(v === 0 ? ['--ignore-case'] : ['-i']), 's.md5'], files: { [nm]: spec(buf), 's.md5': lineFor('gnu', 'MD5', nm.toLowerCase(), buf) } };
  });
  add('check-embedded', '-k: CRC32 embedded in file names', (v) => {
    const fs = someFiles(2, 1, 200).map(([nm, buf], i) => {
      const c = crc32(buf).toUpperCase();
      const stem = nm.replace(/\.[^.]*$/, '');
      const ext = nm.includes('.') ? nm.slice(nm.lastIndexOf('.')) : '.dat';
      return [`${stem} [${i === v ? corrupt(c.toLowerCase()).toUpperCase() : c}]${ext}`, buf];
    });
    return { argv: ['-k', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('check-embedded-single', '--check-embedded on one good file', (v) => {
    const buf = dataOfSize(int(1, 200));
    const nm = v === 0 ? `video_[${crc32(buf).toUpperCase()}].mkv` : `[Group] Episode 01 (${crc32(buf).toUpperCase()}).avi`;
    return { argv: ['--check-embedded', nm], files: { [nm]: spec(buf) } };
  });
  add('check-embedded-none', '-k on a name without a CRC32', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: ['-k', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('check-embedded-brief', '-k --brief', (v) => {
    const buf = dataOfSize(int(1, 200));
    const c = crc32(buf).toUpperCase();
    const nm = `clip[${v === 0 ? c : corrupt(c.toLowerCase()).toUpperCase()}].bin`;
    return { argv: ['-k', '--brief', nm], files: { [nm]: spec(buf) } };
  });
  add('check-embedded-missing', '-k on a missing file', (v) => ({ argv: ['-k', v === 0 ? 'gone_[12345678].dat' : 'none [ABCDEF01].txt'] }));

  // ================================================================== 6. recursion (only orders that cannot vary)
  /** A chain of folders, each holding one entry. */
  const chain = (depth) => Array.from({ length: depth }, () => dir()).join('/');
  add('rec-chain', '-r on a chain of folders, one file at the bottom', (v) => {
    const p = chain(v === 0 ? 2 : 4);
    const f = `${p}/${name()}`;
    return { argv: ['-r', '-M', p.split('/')[0]], files: { [f]: spec(dataOfSize(int(0, 200))) } };
  });
  add('rec-chain-bsd', '--recursive --bsd on a chain', (v) => {
    const p = chain(v === 0 ? 1 : 3);
    const f = `${p}/${name()}`;
    return { argv: ['--recursive', '--bsd', '-H', p.split('/')[0]], files: { [f]: spec(dataOfSize(int(0, 200))) } };
  });
  add('rec-trailing-slash', '-r with a trailing slash on the folder', (v) => {
    const d = dir();
    const f = `${d}/${name()}`;
    return { argv: ['-r', '-M', `${d}/${v === 0 ? '' : '/'}`], files: { [f]: spec(dataOfSize(int(0, 200))) } };
  });
  add('rec-dot', '-r . on a folder with one file', (v) => {
    const f = v === 0 ? name() : `${dir()}/${name()}`;
    return { argv: ['-r', '--sha256', '.'], files: { [f]: spec(dataOfSize(int(0, 200))) } };
  });
  add('rec-accept', '--accept keeps one file of a folder', (v) => {
    const d = dir();
    const files = {
      [`${d}/keep${v === 0 ? '.iso' : '.flac'}`]: spec(dataOfSize(int(0, 300))),
      [`${d}/skip.txt`]: spec(dataOfSize(10)),
      [`${d}/other.dat`]: spec(dataOfSize(20)),
    };
    return { argv: ['-r', '-H', `--accept=${v === 0 ? '.iso' : '.flac,.ape'}`, d], files };
  });
  add('rec-accept-q', '-q short option for --accept', (v) => {
    const d = dir();
    const files = { [`${d}/a.${v === 0 ? 'md' : 'rs'}`]: spec(dataOfSize(int(0, 100))), [`${d}/b.c`]: spec(dataOfSize(5)), [`${d}/sub/c.h`]: spec(dataOfSize(5)) };
    return { argv: ['-rq', v === 0 ? '.md' : '.rs', '-M', d], files };
  });
  add('rec-exclude', '--exclude drops all but one file', (v) => {
    const d = dir();
    const files = {
      [`${d}/a.txt`]: spec(dataOfSize(10)), [`${d}/b.log`]: spec(dataOfSize(10)), [`${d}/keep.${v === 0 ? 'bin' : 'jpg'}`]: spec(dataOfSize(int(0, 300))),
    };
    return { argv: ['-r', '-M', '--exclude=.txt,.log', d], files };
  });
  add('rec-accept-exclude', '--accept and --exclude together', (v) => {
    const d = dir();
    const files = { [`${d}/x.tar.gz`]: spec(dataOfSize(10)), [`${d}/y.gz`]: spec(dataOfSize(int(0, 100))), [`${d}/z.txt`]: spec(dataOfSize(10)) };
    return { argv: ['-r', '-H', '--accept=.gz', `--exclude=${v === 0 ? '.tar.gz' : '.tar.gz,.txt'}`, d], files };
  });
  add('rec-accept-file-operand', '--accept does not filter files named on the command line', (v) => {
    const fs = someFiles(1);
    return { argv: ['--accept=.nomatch', '-M', fs[0][0]], files: filesOf(fs) };
  });
  add('rec-accept-case', '--accept matches extensions ignoring case', (v) => {
    const d = dir();
    const files = { [`${d}/PHOTO.${v === 0 ? 'JPG' : 'Png'}`]: spec(dataOfSize(int(0, 100))), [`${d}/note.txt`]: spec(dataOfSize(5)) };
    return { argv: ['-r', '-M', `--accept=${v === 0 ? '.jpg' : '.PNG'}`, d], files };
  });
  add('rec-maxdepth', '--maxdepth limits the descent', (v) => {
    const d = dir();
    const files = { [`${d}/top.iso`]: spec(dataOfSize(int(0, 100))), [`${d}/sub/deep.iso`]: spec(dataOfSize(int(0, 100))), [`${d}/sub/deeper/x.iso`]: spec(dataOfSize(5)) };
    return { argv: ['-r', '-M', `--maxdepth=${v === 0 ? 1 : 2}`, '--accept=.iso', v === 0 ? d : `${d}/sub`], files };
  });
  add('rec-maxdepth-zero', '--maxdepth 0', (v) => {
    const d = dir();
    const fs = someFiles(1);
    return { argv: ['-r', '-M', '--maxdepth', '0', d, fs[0][0]], files: { ...filesOf(fs), [`${d}/${v === 0 ? 'a' : 'b/c'}`]: spec(dataOfSize(5)) } };
  });
  add('rec-maxdepth-bad', '--maxdepth with a non-number', (v) => {
    const fs = someFiles(1);
    return { argv: ['-r', v === 0 ? '--maxdepth=-1' : '--maxdepth=two', fs[0][0]], files: filesOf(fs) };
  });
  add('rec-path-separator', '--path-separator=\\ in recursive output', (v) => {
    const p = chain(v === 0 ? 1 : 2);
    return { argv: ['-r', '-M', '--path-separator=\\', p.split('/')[0]], files: { [`${p}/${name()}`]: spec(dataOfSize(int(0, 100))) } };
  });
  add('rec-path-separator-slash', '--path-separator=/', (v) => {
    const p = chain(2);
    return { argv: ['-r', v === 0 ? '--simple' : '--bsd', '--path-separator=/', p.split('/')[0]], files: { [`${p}/${name()}`]: spec(dataOfSize(int(0, 100))) } };
  });
  add('rec-path-separator-bad', '--path-separator with an invalid value', (v) => ({ argv: ['-M', `--path-separator=${v === 0 ? ':' : '||'}`, 'x'], files: { x: 'x' } }));
  add('rec-without-r', 'a folder operand without -r', (v) => {
    const d = dir();
    const fs = someFiles(1);
    return { argv: ['-M', d, ...(v === 1 ? [fs[0][0]] : [])], files: { ...filesOf(fs), [`${d}/f`]: spec(dataOfSize(5)) } };
  });
  add('rec-empty-dir', '-r on an empty folder and a file', (v) => {
    const d = dir();
    const fs = someFiles(1);
    return { argv: ['-r', v === 0 ? '-M' : '--bsd', d, fs[0][0]], files: { ...filesOf(fs), [d]: { dir: true } } };
  });
  add('rec-unreadable-sibling', 'a readable and an unreadable file in one folder', (v) => {
    const d = dir();
    return { argv: ['-r', '-H', d], files: { [`${d}/ok.txt`]: spec(dataOfSize(int(0, 100))), [`${d}/secret.${v === 0 ? 'key' : 'db'}`]: { text: 'x', mode: 0 } } };
  });
  add('rec-unreadable-dir', '-r on a folder that cannot be listed', (v) => {
    const d = dir();
    const fs = someFiles(1);
    return { argv: ['-r', '-M', d, fs[0][0]], files: { ...filesOf(fs), [`${d}/f.txt`]: spec(dataOfSize(5)), [d]: { dir: true, mode: v === 0 ? 0 : 0o300 } } };
  });
  add('rec-printf', '-r with --printf', (v) => {
    const p = chain(v === 0 ? 2 : 3);
    return { argv: ['-r', '-p', v === 0 ? '%p %s\\n' : '%f|%p|%c\\n', p.split('/')[0]], files: { [`${p}/${name()}`]: spec(dataOfSize(int(0, 100))) } };
  });
  add('rec-follow', '--follow on a tree without links', (v) => {
    const p = chain(v === 0 ? 1 : 2);
    return { argv: ['-r', '--follow', '-M', p.split('/')[0]], files: { [`${p}/${name()}`]: spec(dataOfSize(int(0, 100))) } };
  });
  add('rec-update', '-r -u: a new file appended to the hash file', (v) => {
    const d = dir();
    const buf = dataOfSize(int(1, 100));
    return { argv: ['-r', '-M', '-u', 'h.md5', d], files: { [`${d}/new.bin`]: spec(buf), 'h.md5': v === 0 ? '' : lineFor('gnu', 'MD5', 'other.bin', buf) } };
  });
  add('rec-magnet', '-r --magnet', (v) => {
    const p = chain(v === 0 ? 1 : 2);
    return { argv: ['-r', '--magnet', p.split('/')[0]], files: { [`${p}/${name()}`]: spec(dataOfSize(int(0, 100))) } };
  });

  // ================================================================== 7. other modes and options
  add('update-new-file', '-u adds the missing entries', (v) => {
    const fs = someFiles(v === 0 ? 2 : 3);
    return { argv: ['-M', '-u', 'sums.md5', ...fs.map((f) => f[0])], files: { ...filesOf(fs), 'sums.md5': lineFor('gnu', 'MD5', fs[0][0], fs[0][1]) } };
  });
  add('update-nothing-new', '-u when every file is already listed', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2);
    return { argv: ['--update=s.md5', '-M', ...fs.map((f) => f[0])], files: { ...filesOf(fs), 's.md5': fs.map(([nm, buf]) => lineFor('gnu', 'MD5', nm, buf)).join('') } };
  });
  add('update-create', '-u on a missing hash file creates it', (v) => {
    const fs = someFiles(1);
    return { argv: ['-u', v === 0 ? 'new.sha1' : 'out.txt', '-H', fs[0][0]], files: filesOf(fs) };
  });
  add('update-missing-operand', '-u with a missing file operand', (v) => {
    const fs = someFiles(1);
    return { argv: ['-u', 's.md5', '-M', fs[0][0], v === 0 ? 'ghost.txt' : 'none.bin'], files: { ...filesOf(fs), 's.md5': '' } };
  });
  add('update-unreadable', '-u on an unreadable hash file', (v) => {
    const fs = someFiles(1);
    return { argv: ['-u', 's.md5', '-M', fs[0][0]], files: { ...filesOf(fs), 's.md5': { text: v === 0 ? '' : 'x\n', mode: 0 } } };
  });
  add('update-case-sensitive', '-u without -i: a name differing in case is a new entry', (v) => {
    const buf = dataOfSize(int(1, 50));
    const nm = v === 0 ? 'Notes.TXT' : 'Photo.JPG';
    return { argv: ['-u', 's.md5', '-M', nm], files: { [nm]: spec(buf), 's.md5': lineFor('gnu', 'MD5', nm.toLowerCase(), buf) } };
  });
  add('update-ignore-case', '-u -i: names differing only in case are already listed', (v) => {
    const buf = dataOfSize(int(1, 50));
    const nm = v === 0 ? 'File.TXT' : 'Image.PNG';
    return { argv: ['-u', 's.md5', '-i', '-M', nm], files: { [nm]: spec(buf), 's.md5': lineFor('gnu', 'MD5', nm.toLowerCase(), buf) } };
  });
  add('output-file', '-o writes digests to a file, errors still on stderr', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', '-o', 'out.txt', fs[0][0], v === 0 ? 'missing.txt' : 'nothere'], files: filesOf(fs) };
  });
  add('output-file-bad', '-o into a missing folder', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', `--output=${v === 0 ? 'nodir/out.txt' : 'a/b/c'}`, fs[0][0]], files: filesOf(fs) };
  });
  add('log-file', '-l sends errors to a log file', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', '-l', 'err.log', fs[0][0], v === 0 ? 'missing.txt' : 'nope'], files: filesOf(fs) };
  });
  add('log-file-bad', '--log into a missing folder', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', `--log=${v === 0 ? 'nodir/log' : 'x/y.log'}`, fs[0][0]], files: filesOf(fs) };
  });
  add('output-and-log', '-o and -l naming files that are also operands', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', fs[0][0], 'o.txt', 'l.txt', '-o', 'o.txt', '-l', 'l.txt'], files: { ...filesOf(fs), 'o.txt': '', 'l.txt': '' } };
  });
  add('verbose', '-v in hashing mode', (v) => {
    const fs = someFiles(1);
    return { argv: ['-v', v === 0 ? '-M' : '--sha1', fs[0][0]], files: filesOf(fs) };
  });
  add('verbose-printf', '--verbose shows the format string', (v) => {
    const fs = someFiles(1);
    return { argv: ['--verbose', '-p', v === 0 ? '%c\\t%f\\n' : '%{sha-256} %p\\n', fs[0][0]], files: filesOf(fs) };
  });
  add('percents', '-P/--percents: nothing extra when stderr is not a terminal', (v) => {
    const fs = someFiles(1);
    return v === 0
      ? { argv: ['-P', '-M', fs[0][0]], files: filesOf(fs) }
      : { argv: ['--percents', '-c', 's.md5'], files: { ...filesOf(fs), 's.md5': lineFor('gnu', 'MD5', fs[0][0], fs[0][1]) } };
  });
  add('benchmark-raw-alone', '--benchmark-raw without --benchmark changes nothing', (v) => {
    const fs = someFiles(1);
    return { argv: ['--benchmark-raw', '-H', fs[0][0]], files: filesOf(fs) };
  });
  add('openssl-option', '--openssl=LIST leaves digests unchanged', (v) => {
    const fs = someFiles(1, 0, 2000);
    return { argv: [v === 0 ? '--openssl=md5,sha1' : '--openssl=sha256,sha512,whirlpool', '-M', '-H', '--sha256', '--sha512', '-W', '--bsd', fs[0][0]], files: filesOf(fs) };
  });
  add('openssl-bad', '--openssl with an unsupported algorithm', (v) => {
    const fs = someFiles(1);
    return { argv: [v === 0 ? '--openssl=tiger' : '--openssl=md5,foo', '-M', fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-create', '--torrent: creates NAME.torrent and prints BTIH', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2, 1, 2000);
    return { argv: ['--torrent', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('torrent-private', '--btih --bt-private', (v) => {
    const fs = someFiles(1, 1, 3000);
    return { argv: ['--btih', '--bt-private', '--simple', fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-transmission', '--btih --bt-transmission', (v) => {
    const fs = someFiles(1, 1, 3000);
    return { argv: ['--btih', '--bt-transmission', ...(v === 1 ? ['--bt-private'] : []), '--simple', fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-piece-length', '--bt-piece-length', (v) => {
    const fs = someFiles(1, 1000, 5000);
    return { argv: ['--btih', `--bt-piece-length=${v === 0 ? 1024 : 512}`, '--simple', fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-piece-length-bad', '--bt-piece-length not a number', (v) => {
    const fs = someFiles(1);
    return { argv: ['--btih', `--bt-piece-length=${v === 0 ? 'big' : '1k'}`, fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-announce', '--bt-announce', (v) => {
    const fs = someFiles(1, 1, 3000);
    const urls = v === 0 ? ['http://tracker.example.org/announce'] : ['udp://t1.example.net:6969', 'http://t2.example.com/a?x=1'];
    return { argv: ['--btih', '--simple', ...urls.map((u) => `--bt-announce=${u}`), fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-announce-magnet', '--bt-announce with a magnet link', (v) => {
    const fs = someFiles(1, 1, 3000);
    return { argv: ['-g', '--btih', `--bt-announce=${v === 0 ? 'http://tr.example/ann' : 'udp://x.example:80'}`, fs[0][0]], files: filesOf(fs) };
  });
  add('torrent-btih-message', 'BTIH of a -m message and of stdin', (v) => (v === 0 ? { argv: ['--btih', '--simple', '-m', words(1, 5)] } : { argv: ['--btih', '--simple', '-'], stdin: text(1, 4) }));
  add('torrent-batch', '--bt-batch writes one torrent for all files', (v) => {
    const fs = someFiles(v === 0 ? 2 : 3, 1, 2000);
    return { argv: [`--bt-batch=${v === 0 ? 'all.torrent' : 'b.torrent'}`, ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('torrent-batch-btih', '--bt-batch with --btih and a format', (v) => {
    const fs = someFiles(2, 1, 2000);
    return { argv: ['--bt-batch', 'x.torrent', '--btih', v === 0 ? '--simple' : '-g', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('embed-crc', '-e renames files to hold their CRC32', (v) => {
    const fs = someFiles(v === 0 ? 1 : 2, 1, 200).map(([nm, buf]) => [nm.includes('.') ? nm : `${nm}.dat`, buf]);
    return { argv: ['-e', '--simple', ...fs.map((f) => f[0])], files: filesOf(fs) };
  });
  add('embed-crc-delimiter', '--embed-crc-delimiter', (v) => {
    const fs = someFiles(1, 1, 200).map(([nm, buf]) => [nm.includes('.') ? nm : `${nm}.dat`, buf]);
    return { argv: ['--embed-crc', `--embed-crc-delimiter=${v === 0 ? '_' : ''}`, '-M', fs[0][0]], files: filesOf(fs) };
  });
  add('embed-crc-already', '-e on a name that already holds a CRC32', (v) => {
    const buf = dataOfSize(int(1, 100));
    const nm = `song [${crc32(buf).toUpperCase()}].mp3`;
    return { argv: ['-e', v === 0 ? '--simple' : '-M', nm], files: { [nm]: spec(buf) } };
  });
  add('embed-crc-printf', '-e with --printf (holding %c: without it the reference crashes)', (v) => {
    const fs = someFiles(1, 1, 200).map(([nm, buf]) => [nm.includes('.') ? nm : `${nm}.dat`, buf]);
    return { argv: ['-e', '-p', v === 0 ? '%c %p\\n' : '%f %c\\n', fs[0][0]], files: filesOf(fs) };
  });
  add('config-file', 'options from $XDG_CONFIG_HOME/rhash/rhashrc', (v) => {
    const fs = someFiles(1);
    const rc = v === 0 ? '# my settings\nmd5 = on\nsimple=on\n' : '; comment\nsha1=yes\nbsd = true\n';
    return { argv: [fs[0][0]], files: { ...filesOf(fs), 'cfg/rhash/rhashrc': rc }, env: { XDG_CONFIG_HOME: 'cfg' } };
  });
  add('config-printf', 'a printf setting in the config file', (v) => {
    const fs = someFiles(1);
    return { argv: [fs[0][0]], files: { ...filesOf(fs), 'c/rhash/rhashrc': `printf = ${v === 0 ? '%f %m\\n' : '%s bytes: %h\\n'}\n` }, env: { XDG_CONFIG_HOME: 'c' } };
  });
  add('config-overridden', 'command-line options combine with the config file', (v) => {
    const fs = someFiles(1);
    return { argv: [v === 0 ? '-H' : '--sha256', fs[0][0]], files: { ...filesOf(fs), 'conf/rhash/rhashrc': 'md5=on\nuppercase=on\n' }, env: { XDG_CONFIG_HOME: 'conf' } };
  });
  add('config-false', 'a boolean set to another value is false', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', fs[0][0]], files: { ...filesOf(fs), 'c/rhash/rhashrc': `uppercase = ${v === 0 ? 'no' : 'off'}\nsimple = on\n` }, env: { XDG_CONFIG_HOME: 'c' } };
  });
  add('config-bad-option', 'an unknown option in the config file', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', fs[0][0]], files: { ...filesOf(fs), 'c/rhash/rhashrc': v === 0 ? 'colour = on\n' : 'md5 = on\nbogus\n' }, env: { XDG_CONFIG_HOME: 'c' } };
  });
  add('config-verbose', '-v reports the config file', (v) => {
    const fs = someFiles(1);
    return { argv: ['-v', fs[0][0]], files: { ...filesOf(fs), 'x/rhash/rhashrc': v === 0 ? 'sha256=on\n' : 'crc32c=on\nbsd=on\n' }, env: { XDG_CONFIG_HOME: 'x' } };
  });
  add('config-xdg-dirs', 'config found through $XDG_CONFIG_DIRS', (v) => {
    const fs = someFiles(1);
    return { argv: [fs[0][0]], files: { ...filesOf(fs), 'sys/rhash/rhashrc': v === 0 ? 'sha1 = on\n' : 'magnet = on\n' }, env: { XDG_CONFIG_DIRS: 'sys' } };
  });
  add('config-accept', 'accept= in the config file with -r', (v) => {
    const d = dir();
    return {
      argv: ['-r', '-M', d],
      files: { [`${d}/a.${v === 0 ? 'ogg' : 'wav'}`]: spec(dataOfSize(int(0, 50))), [`${d}/b.txt`]: 'x', 'cf/rhash/rhashrc': `accept = ${v === 0 ? '.ogg' : '.wav,.mp3'}\n` },
      env: { XDG_CONFIG_HOME: 'cf' },
    };
  });

  // ================================================================== 8. informational options and errors
  add('help', '--help and -h', (v) => ({ argv: [v === 0 ? '--help' : '-h'] }));
  add('version', '--version and -V', (v) => ({ argv: [v === 0 ? '--version' : '-V'] }));
  add('list-hashes', '--list-hashes', (v) => ({ argv: v === 0 ? ['--list-hashes'] : ['--list-hashes', 'ignored.txt'] }));
  add('no-args', 'no arguments at all', (v) => (v === 0 ? { argv: [] } : { argv: ['-H', '--bsd'] }));
  add('unknown-long', 'an unknown long option', (v) => ({ argv: [v === 0 ? '--bogus' : '--sha-256', 'x'], files: { x: 'x' } }));
  add('unknown-short', 'an unknown short option', (v) => ({ argv: [v === 0 ? '-Z' : '-MZ', 'x'], files: { x: 'x' } }));
  add('missing-arg', 'an option missing its argument', (v) => ({ argv: v === 0 ? ['-M', 'x', '--printf'] : ['x', '-o'], files: { x: 'x' } }));
  add('missing-arg-equals', 'an option with = but no value', (v) => ({ argv: [v === 0 ? '--output=' : '--log=', '-M', 'x'], files: { x: 'x' } }));
  add('empty-accept', '--accept= with an empty list', (v) => {
    const fs = someFiles(1);
    return { argv: ['--accept=', v === 0 ? '-M' : '-H', fs[0][0]], files: filesOf(fs) };
  });
  add('bool-with-value', 'a flag given a value', (v) => ({ argv: [v === 0 ? '--md5=yes' : '--simple=1', 'x'], files: { x: 'x' } }));
  add('ambiguous-prefix', 'a prefix of a long option', (v) => ({ argv: [v === 0 ? '--sim' : '--base', '-M', 'x'], files: { x: 'x' } }));
  add('missing-file', 'a file that does not exist', (v) => ({ argv: ['-M', v === 0 ? 'no-such.txt' : 'dir/none.bin'] }));
  add('missing-and-present', 'a missing file between good ones', (v) => {
    const fs = someFiles(2);
    return { argv: ['-H', fs[0][0], v === 0 ? 'gone' : 'x/y/z', fs[1][0]], files: filesOf(fs) };
  });
  add('unreadable-file', 'a file without read permission', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', fs[0][0], 'locked.bin'], files: { ...filesOf(fs), 'locked.bin': { text: v === 0 ? 'secret' : '', mode: 0 } } };
  });
  add('path-through-file', 'a path through a regular file', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', `${fs[0][0]}/x`], files: filesOf(fs) };
  });
  add('empty-name', 'an empty file name', (v) => ({ argv: v === 0 ? ['-M', ''] : ['-H', 'x', ''], files: { x: 'x' } }));
  add('bad-after-files', 'an unknown option after file names', (v) => {
    const fs = someFiles(1);
    return { argv: ['-M', fs[0][0], v === 0 ? '--nope' : '-y'], files: filesOf(fs) };
  });
  add('exit-code-mixed', 'exit status when one of several files fails', (v) => {
    const fs = someFiles(2);
    return { argv: ['--bsd', '-M', fs[0][0], 'absent', fs[1][0]], files: filesOf(fs) };
  });

  // ------------------------------------------------------------------ more visible-only variety
  // %x/%b/%B on each letter.
  for (const l of LETTERS) {
    cases.push({ id: `printf-encodings-${l}`, note: `%x${l} %b${l} %B${l}`, argv: ['--printf', `%x${l} %b${l} %B${l}\\n`, '-m', words(1, 5)] });
  }
  // Check mode for each computable algorithm with the algorithm given explicitly.
  for (const alg of computable) {
    const fs = someFiles(2, 0, 300);
    const body = fs.map(([nm, buf], i) => lineFor('gnu', alg, nm, buf, { bad: i === 1 })).join('');
    cases.push({ id: `check-explicit-${alg.toLowerCase()}`, note: `-c ${OPT_OF[alg]} on GNU lines`, argv: ['-c', OPT_OF[alg], 'h.txt'], files: { ...filesOf(fs), 'h.txt': body } });
  }

  return cases;
}
