// Test-case generator for hexyl 0.8.0 (Debian 12).
// Deterministic: all variation comes from the seeded `rng`.
// Every scenario produces one visible case and (usually) one hidden dual that
// keeps the idea but draws other bytes, lengths, offsets and file names.

/** Base64 of byte values (Buffer is a Node global: no import needed). */
function b64(bytes) {
  return Buffer.from(bytes).toString('base64');
}

function utf8(str) {
  const out = [];
  for (const ch of str) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const latin1 = (str) => Array.from(str, (c) => c.charCodeAt(0) & 0xff);
const fill = (b, n) => new Array(n).fill(b);
const hex = (n) => n.toString(16);

const WORDS = [
  'alpha', 'beta', 'gamma', 'delta', 'hexyl', 'viewer', 'byte', 'offset', 'line', 'column',
  'the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum', 'dolor',
  'sit', 'amet', 'data', 'file', 'stream', 'buffer', 'border', 'color', 'squeeze', 'Kernel',
  'README', 'main()', 'return', '0x1f', '42', 'config', 'path=/usr/bin', 'key:value', '#include',
];

const BIN_NAMES = ['data.bin', 'input.dat', 'sample', 'blob.raw', 'dump.bin', 'x.bin', 'payload',
  'test.dat', 'file.img', 'chunk.bin', 'record.db', 'core.part'];
const TXT_NAMES = ['notes.txt', 'readme.txt', 'message', 'poem.txt', 'log.txt', 'words', 'letter.md'];

export default function generate({ rng }) {
  const rand = (n) => Array.from(rng.bytes(n));

  function text(n) {
    let s = '';
    while (s.length < n) {
      s += rng.pick(WORDS);
      const r = rng.int(0, 11);
      s += r === 0 ? '\n' : r === 1 ? ', ' : r === 2 ? '.\n' : r === 3 ? '\t' : ' ';
    }
    return s.slice(0, n);
  }

  function elf() {
    const u16 = (v) => [v & 255, (v >>> 8) & 255];
    const u32 = (v) => [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255];
    const u64 = (v) => [...u32(v), 0, 0, 0, 0];
    const nph = rng.int(1, 3);
    const nsh = rng.int(3, 9);
    const h = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    h.push(...u16(rng.pick([2, 3])), ...u16(rng.pick([0x3e, 0xb7])), ...u32(1),
      ...u64(0x400000 + rng.int(0, 0xfff) * 16), ...u64(64), ...u64(rng.int(1000, 9000)),
      ...u32(0), ...u16(64), ...u16(56), ...u16(nph), ...u16(64), ...u16(nsh), ...u16(nsh - 1));
    for (let i = 0; i < nph; i++) {
      const size = rng.int(0x100, 0x4000);
      h.push(...u32(rng.pick([1, 1, 2, 3, 4, 6])), ...u32(rng.pick([4, 5, 6])), ...u64(i * 0x1000),
        ...u64(0x400000 + i * 0x1000), ...u64(0x400000 + i * 0x1000), ...u64(size), ...u64(size),
        ...u64(0x1000));
    }
    h.push(...rand(rng.int(20, 90)));
    h.push(...fill(0, rng.int(0, 70)));
    h.push(...latin1('\0.text\0.data\0.bss\0.shstrtab\0.symtab\0'));
    h.push(...fill(0, rng.int(0, 20)));
    return h;
  }

  function png() {
    const be32 = (v) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
    const chunk = (type, data) => [...be32(data.length), ...latin1(type), ...data, ...rand(4)];
    const out = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    out.push(...chunk('IHDR', [...be32(rng.int(1, 640)), ...be32(rng.int(1, 480)), 8,
      rng.pick([0, 2, 3, 4, 6]), 0, 0, 0]));
    if (rng.chance(0.5)) out.push(...chunk('tEXt', latin1('Software\0' + rng.pick(['hexyl', 'GIMP', 'ImageMagick']))));
    if (rng.chance(0.5)) out.push(...chunk('gAMA', be32(45455)));
    out.push(...chunk('IDAT', [0x78, 0x9c, ...rand(rng.int(30, 160))]));
    out.push(0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82);
    return out;
  }

  // random pieces separated by long zero runs (squeezing)
  function zeroRuns(segs) {
    const out = [];
    for (let i = 0; i < segs; i++) {
      out.push(...rand(rng.int(1, 24)));
      out.push(...fill(0, rng.int(16, 130)));
    }
    out.push(...rand(rng.int(0, 20)));
    return out;
  }

  // runs of uniform (non-zero) bytes mixed with text
  function uniformRuns() {
    const out = [];
    const segs = rng.int(2, 4);
    for (let i = 0; i < segs; i++) {
      out.push(...latin1(text(rng.int(3, 30))));
      out.push(...fill(rng.pick([0xff, 0x20, 0x41, 0x2e, 0x90, 0x0a, 0xcc]), rng.int(20, 100)));
    }
    return out;
  }

  // mostly zeros with a few markers: long, but small output thanks to squeezing
  function sparse(n) {
    const out = fill(0, n);
    const k = rng.int(2, 5);
    for (let i = 0; i < k; i++) {
      const at = rng.int(0, n - 8);
      const m = rand(rng.int(1, 8));
      for (let j = 0; j < m.length; j++) out[at + j] = m[j];
    }
    return out;
  }

  function allBytes(v) {
    const a = [];
    for (let i = 0; i < 256; i++) a.push(i);
    if (v === 0) return a;
    const k = rng.int(1, 255);
    const rot = a.map((_, i) => (i + k) & 255);
    return rng.chance(0.5) ? rot.reverse() : rot;
  }

  const UTF8_SAMPLES = ['Grüße aus Köln', 'naïve café', 'Ελληνικά', 'Привет, мир', '日本語のテキスト',
    'emoji 🎉🚀', '½ + ¼ = ¾', 'façade — déjà vu', 'Zürich → Genève', '€100 ≈ £85'];

  function utf8Text() {
    const parts = [];
    const n = rng.int(3, 6);
    for (let i = 0; i < n; i++) parts.push(rng.pick(UTF8_SAMPLES));
    return utf8(parts.join(rng.pick(['\n', ' | ', '\t'])) + '\n');
  }

  const SHAPES = {
    text: () => latin1(text(rng.int(40, 260))),
    elf: () => elf(),
    png: () => png(),
    zeros: () => zeroRuns(rng.int(2, 4)),
    allbytes: (v) => allBytes(v),
    random: () => rand(rng.int(40, 300)),
    uniform: () => uniformRuns(),
    utf8: () => utf8Text(),
  };
  const SHAPE_NAMES = {
    text: TXT_NAMES, elf: ['a.out', 'prog', 'libfoo.so', 'main.o', 'tool.elf'],
    png: ['image.png', 'icon.png', 'logo.png', 'pic.png'], zeros: BIN_NAMES, allbytes: BIN_NAMES,
    random: BIN_NAMES, uniform: BIN_NAMES, utf8: TXT_NAMES,
  };

  const STYLES = [
    ['default', []],
    ['never', ['--color=never']],
    ['ascii', ['--border=ascii']],
    ['ascii-never', ['--border', 'ascii', '--color', 'never']],
    ['none', ['--border=none']],
    ['none-never', ['--color=never', '--border=none']],
  ];

  const cases = [];
  const ids = new Set();

  // One visible case, its hidden dual, and optional extra hidden variants of the
  // same idea (used where the visible output is just the frame or an error
  // message that several inputs share).
  function add(id, note, make, { dual = true, extra = [] } = {}) {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    ids.add(id);
    cases.push({ id, note, ...make(0) });
    if (dual) {
      cases.push({ id: id + '.dual', note, ...make(1), hidden: true, dualOf: id });
    }
    for (const [suffix, xnote, xmake] of extra) {
      cases.push({ id: id + '.' + suffix, note: xnote, ...xmake(), hidden: true, dualOf: id });
    }
  }

  // helpers building a case
  const bin = (bytes, mode) => (mode === undefined ? { base64: b64(bytes) } : { base64: b64(bytes), mode });
  function onFile(opts, bytes, names = BIN_NAMES, after = []) {
    const name = rng.pick(names);
    return { argv: [...opts, name, ...after], files: { [name]: bin(bytes) } };
  }
  function onStdin(opts, bytes) {
    return { argv: opts, stdin: { base64: b64(bytes) } };
  }

  // ---------------------------------------------------------------- shapes x styles
  for (const shape of Object.keys(SHAPES)) {
    for (const [sname, sargs] of STYLES) {
      add(`shape-${shape}-${sname}`, `${shape} input, style ${sname}`, (v) =>
        onFile(sargs, SHAPES[shape](v), SHAPE_NAMES[shape]));
    }
  }

  // ---------------------------------------------------------------- basic sizes and contents
  const SIZE_BRACKETS = [
    ['size-1-7', 1, 7], ['size-8', 8, 8], ['size-9-15', 9, 15], ['size-16', 16, 16],
    ['size-17-23', 17, 23], ['size-24-31', 24, 31], ['size-32', 32, 32], ['size-33-47', 33, 47],
  ];
  for (const [id, lo, hi] of SIZE_BRACKETS) {
    add(`text-${id}`, `text input of ${lo}..${hi} bytes (line ends mid-way or exactly)`, (v) => {
      const n = rng.int(lo, hi);
      return onFile(rng.chance(0.5) ? ['--color=never'] : [], latin1(text(n)), TXT_NAMES);
    });
  }
  add('single-control-byte', 'a single non-printable byte', () =>
    onFile(['--color=never'], [rng.pick([0x01, 0x07, 0x1b, 0x7f, 0x0b, 0x08])]));
  add('single-high-byte', 'a single byte >= 0x80', () => onFile([], [rng.int(0x80, 0xff)]));
  add('whitespace-kinds', 'space, \\t, \\n, \\v, \\f, \\r mixed with letters', () => {
    const ws = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d];
    const out = [];
    for (let i = 0; i < rng.int(30, 60); i++) out.push(rng.chance(0.5) ? rng.pick(ws) : rng.int(0x61, 0x7a));
    return onFile([], out);
  });
  add('control-chars', 'ASCII control characters and DEL', () => {
    const out = [];
    for (let i = 0; i < rng.int(20, 50); i++) out.push(rng.chance(0.8) ? rng.int(1, 31) : 0x7f);
    return onFile(['--color=never'], out);
  });
  add('control-chars-color', 'ASCII control characters and DEL, colored', () => {
    const out = [];
    for (let i = 0; i < rng.int(20, 50); i++) out.push(rng.chance(0.8) ? rng.int(1, 31) : 0x7f);
    return onFile([], out);
  });
  add('crlf-text', 'DOS line endings', () => {
    const lines = [];
    for (let i = 0; i < rng.int(3, 6); i++) lines.push(text(rng.int(5, 30)).replace(/\n/g, ' '));
    return onFile([], latin1(lines.join('\r\n') + '\r\n'), TXT_NAMES);
  });
  add('allbytes-shuffled', 'all 256 byte values in shuffled order', () =>
    onFile(['--color=never'], rng.shuffle(allBytes(0))));
  add('allbytes-shuffled-color', 'all 256 byte values in shuffled order, colored', () =>
    onFile([], rng.shuffle(allBytes(0))));
  add('random-large', 'a few KB of random binary', () =>
    onFile(['--color=never'], rand(rng.int(1500, 2500))));
  add('random-large-ascii', 'a few KB of random binary, ascii border', () =>
    onFile(['--color=never', '--border=ascii'], rand(rng.int(1000, 1800))));
  add('elf-header-only', 'the 64-byte ELF header via -n', (v) =>
    onFile(['-n', v === 0 ? '64' : '0x40'], elf(), SHAPE_NAMES.elf));
  add('png-signature-ihdr', 'PNG signature and IHDR chunk via -n', (v) =>
    onFile(['-n', v === 0 ? '33' : '0x21', '--color=never'], png(), SHAPE_NAMES.png));
  add('file-in-subdir', 'file given by a relative path in a subdirectory', () => {
    const name = rng.pick(['sub/data.bin', 'a/b/c.bin', 'dir/file', 'nested/deep/x.dat']);
    return { argv: [name], files: { [name]: bin(rand(rng.int(10, 60))) } };
  });
  add('filename-with-space', 'file name containing spaces', () => {
    const name = rng.pick(['my file.bin', 'a b c', 'data set.dat', 'x y.txt']);
    return { argv: ['--color=never', name], files: { [name]: bin(latin1(text(rng.int(10, 50)))) } };
  });
  add('filename-leading-dash', 'file name starting with a dash after --', () => {
    const name = rng.pick(['-data.bin', '-x', '-n', '-v.txt']);
    return { argv: ['--color=never', '--', name], files: { [name]: bin(latin1(text(rng.int(10, 50)))) } };
  });
  add('file-before-options', 'FILE given before the options', () =>
    onFile([], latin1(text(rng.int(40, 80))), TXT_NAMES, ['-n', String(rng.int(5, 30)), '--border=none']));
  add('color-auto', '--color=auto with stdout not a terminal', (v) =>
    onFile(v === 0 ? ['--color=auto'] : ['--color', 'auto', '--border', 'ascii'], rand(rng.int(20, 60))));
  add('color-always-explicit', '--color=always --border=unicode spelled out', (v) =>
    onFile(v === 0 ? ['--color=always', '--border=unicode'] : ['--border', 'unicode', '--color', 'always'],
      latin1(text(rng.int(20, 60)))));
  add('color-never-separate', '--color never (value as separate argument)', () =>
    onFile(['--color', 'never'], rand(rng.int(20, 60))));
  add('border-none-separate', '--border none (value as separate argument)', () =>
    onFile(['--border', 'none'], latin1(text(rng.int(20, 60)))));
  add('option-default-value-at-end', 'an option with a default value given last without a value', (v) =>
    onFile([], latin1(text(rng.int(20, 50))), TXT_NAMES, [v === 0 ? '--color' : '--border']));

  // ---------------------------------------------------------------- stdin and empty input
  add('stdin-text', 'text read from stdin', () => ({ argv: [], stdin: text(rng.int(30, 120)) }));
  add('stdin-binary', 'binary read from stdin', () => onStdin(['--color=never'], rand(rng.int(30, 120))));
  add('stdin-binary-color', 'binary read from stdin, colored', () => onStdin([], rand(rng.int(20, 70))));
  add('stdin-double-dash', '-- and no file: read stdin', (v) =>
    onStdin(v === 0 ? ['--'] : ['--color=never', '--'], latin1(text(rng.int(10, 40)))));
  add('stdin-options', 'stdin with several options', () =>
    onStdin(['-n', String(rng.int(20, 40)), '--border', 'ascii'], rand(rng.int(40, 80))));
  add('empty-input', 'empty stdin: only the frame is printed', (v) =>
    (v === 0 ? { argv: [] } : { argv: ['--color=never'], stdin: '' }), {
    extra: [
      ['file', 'empty file', () => onFile([], [])],
      ['file-ascii', 'empty file, ascii border', () => onFile(['--border=ascii', '--color=never'], [])],
      ['file-none', 'empty file, no border: no output at all', () => onFile(['--border=none'], [])],
      ['stdin-none', 'empty stdin, no border', () => ({ argv: ['--border', 'none', '--color', 'never'], stdin: '' })],
      ['file-skip', 'empty file with --skip', () => onFile(['-s', String(rng.int(1, 100))], [])],
      ['file-offset', 'empty file with --display-offset', () => onFile(['-o', '0x' + hex(rng.int(16, 4096))], [])],
      ['stdin-squeeze-off', 'empty stdin with -v', () => ({ argv: ['-v'], stdin: '' })],
    ],
  });

  // ---------------------------------------------------------------- length
  const someData = () => (rng.chance(0.5) ? latin1(text(rng.int(60, 140))) : rand(rng.int(60, 140)));
  add('len-decimal', '-n N (decimal)', () => onFile(['-n', String(rng.int(5, 50))], someData()));
  add('len-decimal-stdin', '-n N on stdin', () => onStdin(['-n', String(rng.int(5, 50))], someData()));
  add('len-hex', '-n 0xN', () => onFile(['-n', '0x' + hex(rng.int(17, 90))], someData()));
  add('len-hex-upper-digits', '-n 0xNN with upper-case hex digits', () =>
    onFile(['--color=never', '-n', '0x' + hex(16 * rng.int(1, 5) + rng.int(10, 15)).toUpperCase()], someData()));
  add('len-hex-plus', '-n +0xN', () => onFile(['--border=none', '-n', '+0x' + hex(rng.int(3, 40))], someData()));
  add('len-plus-decimal', '-n +N', () => onFile(['-n', '+' + rng.int(3, 40)], someData()));
  add('len-zero', '-n 0: nothing printed but the frame', (v) =>
    onFile(['--border=ascii', '-n', v === 0 ? '0' : rng.pick(['0x0', '+0', '0kB'])], someData()), {
    extra: [
      ['unit', '-n 0 with a unit', () => onFile(['-n', rng.pick(['0KiB', '0MB', '0tb'])], someData())],
      ['bytes', '-c 0', () => onFile(['--color=never', '-c', '0'], someData())],
      ['blocksize-zero', '--block-size=0 makes Nblock zero bytes', () =>
        onFile(['--block-size=0', '-n', rng.int(1, 9) + 'block'], someData())],
      ['stdin', '-n 0 on stdin, no border', () => onStdin(['--border=none', '-n', '0'], someData())],
    ],
  });
  add('len-beyond-input', '-n larger than the input', () => {
    const d = someData();
    return onFile(['--color=never', '-n', String(d.length + rng.int(1, 1000))], d);
  });
  add('len-exact-lines', '-n a multiple of 16', () =>
    onFile(['--color=never', '-n', String(16 * rng.int(1, 4))], someData()));
  add('len-long-eq', '--length=N', () => onFile(['--length=' + rng.int(5, 60)], someData()));
  add('len-long-space', '--length N', () => onFile(['--color=never', '--length', String(rng.int(5, 60))], someData()));
  add('len-attached', '-nN (value attached)', () => onFile(['--color=never', '-n' + rng.int(5, 60)], someData()));
  add('len-short-eq', '-n=N', () => onFile(['--color=never', '-n=' + rng.int(5, 60)], someData()));
  add('bytes-short', '-c N', () => onFile(['-c', String(rng.int(5, 60))], someData()));
  add('bytes-long-eq', '--bytes=N', () => onFile(['--color=never', '--bytes=' + rng.int(5, 60)], someData()));
  add('bytes-and-length', '-c and -n together: --length wins', (v) => {
    const a = String(rng.int(5, 30));
    const b = String(rng.int(31, 60));
    const opts = v === 0 ? ['-c', a, '-n', b] : ['--length', a, '--bytes', b];
    return onFile(['--color=never', ...opts], someData());
  });
  add('len-combined-flags', '-vnN (flag and option combined)', () =>
    onFile(['--color=never', '-vn' + rng.int(20, 60)], fill(rng.pick([0, 0xff]), 80)));
  add('len-unit-b', '-n with unit b/B', () =>
    onFile(['--color=never', '-n', rng.int(5, 40) + rng.pick(['b', 'B'])], someData()));
  add('len-unit-kb', '-n 1kB (decimal kilo)', (v) =>
    onFile(['--color=never', '-n', v === 0 ? '1kB' : rng.pick(['1KB', '1kb'])], sparse(rng.int(1010, 1200))));
  add('len-unit-kib', '-n 1KiB (binary kilo)', (v) =>
    onFile(['--color=never', '-n', v === 0 ? '1KiB' : rng.pick(['1kib', '1KIB'])], sparse(rng.int(1030, 1200))));
  add('len-unit-large', '-n with a large unit exceeding the input', (v) =>
    onFile(['--color=never', '-n', v === 0 ? '1MB' : rng.pick(['2GiB', '1TB', '3mib'])], someData()));
  add('len-block-default', '-n 1block (default block size 512)', (v) =>
    onFile(['--color=never', '-n', v === 0 ? '1block' : rng.pick(['1BLOCK', '1Block'])], sparse(rng.int(520, 700))));
  add('len-block-custom', '--block-size=K -n Mblock', () => {
    const k = rng.int(3, 12);
    const m = rng.int(2, 5);
    return onFile(['--block-size=' + k, '-n', m + 'block'], someData());
  });
  const INVALID_N = [
    ['len-invalid-word', 'a word', ['abc', 'ten', 'all']],
    ['len-invalid-suffix', 'an unknown unit suffix', ['12x', '7bytes', '3kk', '5 ']],
    ['len-invalid-hex-sign', 'a sign after 0x', ['0x-5', '0x+5', '0x-a']],
    ['len-invalid-space', 'leading space', [' 5', ' 12']],
    ['len-invalid-fraction', 'a fraction', ['1.5', '2.0', '0.5kB']],
    ['len-invalid-overflow', 'an overflowing value', ['20000000TiB', '99999999999999999999', '0xfffffffffffffffff']],
    ['len-invalid-upper-x', 'an upper-case 0X prefix', ['0X10', '0X1f']],
    ['len-invalid-unit-only', 'a unit without a number', ['k', 'KiB', 'block', '0x']],
  ];
  for (const [id, what, vals] of INVALID_N) {
    add(id, `-n with ${what}: the option is ignored`, (v) =>
      onFile(['--color=never', '-n', v === 0 ? vals[0] : rng.pick(vals.slice(1))], someData()));
  }
  add('len-negative-eq', '--length=-N (negative, ignored)', () =>
    onFile(['--color=never', '--length=-' + rng.int(1, 20)], someData()));
  add('len-empty-value', '--length= (empty, ignored)', (v) =>
    onFile(['--color=never', v === 0 ? '--length=' : '--bytes='], someData()));
  add('len-missing-value', '-n without a value: usage error', (v) =>
    onFile([], someData(), BIN_NAMES, [v === 0 ? '-n' : '--bytes']));
  add('len-repeated', '-n given twice: usage error', (v) =>
    onFile(v === 0 ? ['-n', '4', '-n', '8'] : ['--bytes=3', '-c', '5'], someData()));
  add('len-negative-arg', '-n -N: the value looks like an option', (v) =>
    onFile([v === 0 ? '-n' : '-c', '-' + rng.int(1, 9)], someData()));

  // ---------------------------------------------------------------- skip
  add('skip-decimal', '-s N', () => onFile(['-s', String(rng.int(1, 40))], someData()));
  add('skip-decimal-stdin', '-s N on stdin', () => onStdin(['-s', String(rng.int(1, 40))], someData()));
  add('skip-hex', '-s 0xN', () => onFile(['--color=never', '-s', '0x' + hex(rng.int(1, 60))], someData()));
  add('skip-hex-stdin', '-s 0xN on stdin', () => onStdin(['--color=never', '-s', '0x' + hex(rng.int(1, 60))], someData()));
  add('skip-long-eq', '--skip=N', () => onFile(['--color=never', '--skip=' + rng.int(1, 40)], someData()));
  add('skip-attached', '-sN (value attached)', (v) =>
    onFile(['--border=none', v === 0 ? '-s' + rng.int(1, 40) : '-s0x' + hex(rng.int(1, 40))], someData()));
  add('skip-plus', '-s +N', () => onFile(['--color=never', '-s', '+' + rng.int(1, 40)], someData()));
  add('skip-unit-kib', '-s 1KiB', (v) =>
    onFile(['--color=never', '-s', v === 0 ? '1KiB' : rng.pick(['1kib', '1kB'])], sparse(rng.int(1100, 1300))));
  add('skip-block-default', '-s 1block (default block size 512)', () =>
    onFile(['--color=never', '-s', '1block'], sparse(rng.int(540, 700))));
  add('skip-block-custom', '--block-size=K -s Mblock', () => {
    const k = rng.int(3, 12);
    return onFile(['--color=never', '--block-size', String(k), '-s', rng.int(1, 4) + 'block'], someData());
  });
  add('skip-beyond-eof', '-s past the end of a file (no border: empty output)', () => {
    const d = someData();
    return onFile(['--border=none', '-s', String(d.length + rng.int(1, 500))], d);
  }, {
    extra: [
      ['stdin', '-s past the end of stdin', () => {
        const d = someData();
        return onStdin(['--color=never', '-s', String(d.length + rng.int(1, 500))], d);
      }],
      ['exact', '-s equal to the input size', () => {
        const d = someData();
        return onFile(['--color=never', '--border=ascii', '-s', String(d.length)], d);
      }],
      ['exact-stdin', '-s equal to the stdin size', () => {
        const d = someData();
        return onStdin(['-s', '0x' + hex(d.length)], d);
      }],
      ['unit', '-s with a unit past the end', () => onFile(['-s', rng.pick(['1MB', '2KiB', '1block'])], someData())],
    ],
  });
  add('skip-and-length', '-s with -n', () =>
    onFile(['-s', String(rng.int(1, 30)), '-n', String(rng.int(5, 40))], someData()));
  add('skip-and-length-stdin', '-s with -n on stdin', () =>
    onStdin(['--color=never', '-n', String(rng.int(5, 40)), '-s', String(rng.int(1, 30))], someData()));
  add('skip-with-offset', '-s with -o: -o replaces the displayed offset', () =>
    onFile(['--color=never', '-s', String(rng.int(1, 30)), '-o', '0x' + hex(rng.int(0x100, 0xfff))], someData()));
  add('skip-offset-zero', '-s with -o 0', (v) =>
    onFile(['--color=never', '-s', String(rng.int(1, 30)), '-o', v === 0 ? '0' : '0x0'], someData()));
  add('skip-negative-eq', '--skip=-N (negative, ignored)', (v) =>
    onFile(['--color=never', (v === 0 ? '--skip=-' : '-s=-') + rng.int(1, 20)], someData()));
  add('skip-invalid', '-s with an invalid value (ignored)', (v) =>
    onFile(['--color=never', '-s', v === 0 ? '4q' : rng.pick(['x', '1.0', '0xz'])], someData()));
  add('skip-misaligned-squeeze', '-s not a multiple of 16 on data with zero runs', () =>
    onFile(['--color=never', '-s', String(rng.int(1, 15))], zeroRuns(3)));
  add('skip-negative-arg', '-s -N: the value looks like an option', (v) =>
    onFile([v === 0 ? '-s' : '--skip', '-' + rng.int(1, 9)], someData()));
  add('skip-missing-value', '--skip without a value', (v) =>
    onFile(v === 0 ? ['--color=never'] : ['-n', String(rng.int(1, 50))], someData(), BIN_NAMES, [v === 0 ? '--skip' : '-s']));
  add('skip-repeated', '--skip given twice', (v) =>
    onFile([...(v === 0 ? [] : ['-n', String(rng.int(1, 9)), '--border=ascii']),
      '-s', String(rng.int(1, 9)), '--skip', String(rng.int(1, 9))], someData()));

  // ---------------------------------------------------------------- display offset
  add('offset-decimal', '-o N', () => onFile(['-o', String(rng.int(1, 5000))], someData()));
  add('offset-hex', '-o 0xN', () => onFile(['--color=never', '-o', '0x' + hex(rng.int(0x10, 0xfffff))], someData()));
  add('offset-long-eq', '--display-offset=N', () =>
    onFile(['--color=never', '--display-offset=' + rng.int(1, 100000)], someData()));
  add('offset-unit', '-o with a unit', (v) =>
    onFile(['--border=none', '-o', v === 0 ? '2KiB' : rng.pick(['3kB', '5mib', '1MB'])], someData()));
  add('offset-block', '-o Nblock', (v) =>
    onFile(['--color=never', ...(v === 0 ? [] : ['--block-size=' + rng.int(2, 100)]), '-o', rng.int(1, 4) + 'block'], someData()));
  add('offset-wide', '-o beyond 8 hex digits', () =>
    onFile(['--color=never', '-o', '0x' + hex(rng.int(1, 0xff)) + 'deadbee0'], someData()));
  add('offset-crossing-8-digits', '-o so that the offset grows past 8 hex digits', () =>
    onFile(['--color=never', '-o', '0x' + hex(0x100000000 - 16 * rng.int(1, 3) - rng.int(0, 8))],
      rand(rng.int(50, 90))));
  add('offset-with-squeeze', '-o on data with zero runs', () =>
    onFile(['-o', String(rng.int(100, 9999))], zeroRuns(2)));
  add('offset-invalid', '-o with an invalid value (ignored)', (v) =>
    onFile(['--color=never', '-o', v === 0 ? 'xyz' : rng.pick(['0xg', '12q', 'block'])], someData()));
  add('offset-negative-eq', '--display-offset=-N (ignored)', () =>
    onFile(['--color=never', '--display-offset=-' + rng.int(1, 99)], someData()));
  add('offset-plus', '-o +0xN', () => onFile(['--border=ascii', '-o', '+0x' + hex(rng.int(16, 999))], someData()));
  add('offset-skip-length', '-o with -s and -n', () =>
    onFile(['--color=never', '-o', String(rng.int(1, 999)), '-s', String(rng.int(1, 20)), '-n', String(rng.int(10, 40))], someData()));
  add('offset-stdin', '-o on stdin', () => onStdin(['-o', '0x' + hex(rng.int(1, 0xffff))], someData()));
  add('offset-negative-arg', '-o -N: the value looks like an option', (v) =>
    onFile([v === 0 ? '-o' : '--display-offset', '-' + rng.int(1, 9)], someData()));

  // ---------------------------------------------------------------- block size
  add('blocksize-skip-length', '--block-size with block units on -s and -n', () => {
    const k = rng.int(2, 9);
    return onFile(['--color=never', '--block-size=' + k, '-s', '1block', '-n', rng.int(2, 6) + 'block'], someData());
  });
  add('blocksize-offset', '--block-size with -o Nblock', () =>
    onFile(['--color=never', '--block-size=' + rng.int(100, 5000), '-o', rng.int(1, 9) + 'block'], someData()));
  add('blocksize-invalid-word', '--block-size not a number: default 512 is used', (v) =>
    onFile(['--color=never', '--block-size=' + (v === 0 ? 'big' : 'small'), '-n', '1block'], sparse(rng.int(530, 700))));
  add('blocksize-unit-ignored', '--block-size with a unit is not accepted: default 512', (v) =>
    onFile(['--color=never', '--block-size=' + (v === 0 ? '1kB' : rng.pick(['2KiB', '16b'])), '-n', '1block'], sparse(rng.int(530, 700))));
  add('blocksize-hex-ignored', '--block-size with 0x is not accepted: default 512', () =>
    onFile(['--color=never', '--block-size=0x' + hex(rng.int(4, 64)), '-n', '1block'], sparse(rng.int(530, 700))));
  add('blocksize-negative', '--block-size negative: default 512', () =>
    onFile(['--color=never', '--block-size=-' + rng.int(2, 64), '-n', '1block'], sparse(rng.int(530, 700))));
  add('blocksize-plus', '--block-size=+K', () =>
    onFile(['--color=never', '--block-size=+' + rng.int(2, 12), '-n', rng.int(2, 5) + 'block'], someData()));
  add('blocksize-unused', '--block-size without a block unit has no effect', () =>
    onFile(['--color=never', '--block-size', String(rng.int(2, 99)), '-n', String(rng.int(10, 50))], someData()));
  add('blocksize-missing-value', '--block-size without a value', (v) =>
    onFile(v === 0 ? [] : ['-o', String(rng.int(1, 99))], someData(), BIN_NAMES, ['--block-size']));

  // ---------------------------------------------------------------- squeezing
  const tail = () => rand(rng.int(1, 15));
  const head = () => rand(rng.int(1, 15));
  add('squeeze-two-lines', 'two identical zero lines then a tail', () =>
    onFile(['--color=never'], [...fill(0, 32), ...tail()]));
  add('squeeze-three-lines', 'three identical zero lines then a tail', () =>
    onFile(['--color=never'], [...fill(0, 48), ...tail()]));
  add('squeeze-long-run', 'long zero run between data', () =>
    onFile(['--color=never'], [...latin1(text(rng.int(16, 40))), ...fill(0, rng.int(100, 300)), ...latin1(text(rng.int(5, 40)))]));
  add('squeeze-eof-aligned', 'zero run reaching the end of input on a line boundary', () =>
    onFile(['--color=never'], [...rand(16 * rng.int(1, 3)), ...fill(0, 16 * rng.int(2, 6))]));
  add('squeeze-eof-midline', 'zero run reaching the end of input mid-line', () =>
    onFile(['--color=never'], [...rand(rng.int(3, 30)), ...fill(0, rng.int(40, 120))]));
  add('squeeze-only-16', 'exactly one line of a single repeated byte', (v) =>
    onFile(['--color=never'], fill(v === 0 ? 0 : rng.pick([0xff, 0x41, 0x20]), 16)));
  add('squeeze-only-zeros', 'only zeros, a multiple of 16 bytes', () =>
    onFile(['--color=never'], fill(0, 16 * rng.int(3, 8))));
  add('squeeze-only-zeros-color', 'only zeros, colored', () => onFile([], fill(0, rng.int(40, 120))));
  add('squeeze-uniform-ff', 'runs of 0xff', () =>
    onFile(['--color=never'], [...head(), ...fill(0xff, rng.int(40, 120)), ...tail()]));
  add('squeeze-uniform-space', 'runs of spaces', () =>
    onFile(['--color=never'], [...latin1(text(rng.int(5, 30))), ...fill(0x20, rng.int(40, 120)), ...latin1(text(rng.int(5, 30)))]));
  add('squeeze-uniform-letter', 'runs of one printable letter', () => {
    const c = rng.int(0x41, 0x5a);
    return onFile([], [...fill(c, rng.int(40, 100)), ...latin1(text(rng.int(3, 20)))]);
  });
  add('squeeze-repeated-pattern', 'identical but non-uniform lines are not squeezed', () => {
    const line = rand(16);
    const out = [];
    const k = rng.int(3, 6);
    for (let i = 0; i < k; i++) out.push(...line);
    return onFile(['--color=never'], out);
  });
  add('squeeze-repeated-text-lines', 'identical text lines are not squeezed', () => {
    const line = latin1(text(16));
    const out = [];
    for (let i = 0; i < rng.int(3, 5); i++) out.push(...line);
    out.push(...latin1(text(rng.int(1, 10))));
    return onFile([], out, TXT_NAMES);
  });
  add('squeeze-run-starts-midline', 'zero run starting in the middle of a line', () =>
    onFile(['--color=never'], [...rand(rng.int(3, 12)), ...fill(0, rng.int(50, 100)), ...rand(rng.int(3, 20))]));
  add('squeeze-last-byte-differs', 'a line of a repeated byte whose last byte differs', () => {
    const b = rng.pick([0x14, 0x00, 0x55]);
    return onFile(['--color=never'], [...fill(b, 16), ...fill(b, 15), rng.int(0x60, 0x7a), ...fill(b, 32)]);
  });
  add('squeeze-first-byte-differs', 'a line of a repeated byte whose first byte differs', () => {
    const b = rng.pick([0x14, 0x00, 0x55]);
    return onFile(['--color=never'], [...fill(b, 16), rng.int(0x60, 0x7a), ...fill(b, 15), ...fill(b, 16), ...fill(b, rng.int(0, 20))]);
  });
  add('squeeze-two-different-runs', 'a zero run followed by a run of another byte', () => {
    const b = rng.pick([0xff, 0x01, 0x30]);
    return onFile(['--color=never'], [...fill(0, 16 * rng.int(2, 4)), ...fill(b, 16 * rng.int(2, 4)), ...fill(0, rng.int(20, 60))]);
  });
  add('squeeze-half-lines', 'lines made of two different halves', () => {
    const a = rng.int(0, 3);
    const b = rng.int(4, 9);
    const out = [];
    for (let i = 0; i < rng.int(3, 5); i++) out.push(...fill(a, 8), ...fill(b, 8));
    return onFile(['--color=never'], out);
  });
  add('squeeze-mix', 'alternating uniform lines and squeezable runs', () => {
    const out = [];
    const x = rng.int(1, 40);
    const y = rng.int(41, 90);
    out.push(...fill(x, 16), ...fill(y, 16), ...fill(0, 32), ...fill(x, 16), ...fill(y, 16), ...fill(0, 64),
      ...fill(y, 16), ...fill(0, rng.int(1, 15)));
    return onFile(['--color=never'], out);
  });
  add('squeeze-carry-previous-byte', 'a line ending in byte b followed by lines of b', () => {
    const b = rng.pick([0x41, 0x00, 0xee]);
    return onFile(['--color=never'], [...rand(15), b, ...fill(b, 16 * rng.int(2, 3)), ...rand(rng.int(1, 9))]);
  });
  add('squeeze-disabled-short', '-v shows all lines', () =>
    onFile(['--color=never', '-v'], zeroRuns(2)));
  add('squeeze-disabled-long', '--no-squeezing shows all lines', () =>
    onFile(['--no-squeezing'], [...head(), ...fill(0xff, rng.int(40, 90))]));
  add('squeeze-disabled-eof', '-v with a zero run reaching the end', () =>
    onFile(['--border=none', '-v', '--color=never'], [...rand(rng.int(1, 20)), ...fill(0, 16 * rng.int(2, 4))]));
  add('squeeze-ascii-border', 'squeezing with ascii border', () => onFile(['--border=ascii'], zeroRuns(2)));
  add('squeeze-no-border', 'squeezing without border', () => onFile(['--border=none'], zeroRuns(2)));
  add('squeeze-no-border-eof', 'squeezing to the end without border', () =>
    onFile(['--border=none', '--color=never'], [...rand(rng.int(1, 16)), ...fill(0, 16 * rng.int(3, 5))]));
  add('squeeze-ascii-eof-color', 'squeezing to the end, ascii border, colored', () =>
    onFile(['--border=ascii'], [...rand(16), ...fill(0xff, 16 * rng.int(2, 5))]));
  add('squeeze-color', 'squeezing, colored', () => onFile([], zeroRuns(3)));
  add('squeeze-length-cut', '-n ending inside a zero run', () => {
    const d = [...rand(rng.int(5, 20)), ...fill(0, 200)];
    return onFile(['--color=never', '-n', String(16 * rng.int(3, 8))], d);
  });
  add('squeeze-stdin', 'squeezing on stdin', () => onStdin(['--color=never'], zeroRuns(3)));
  add('squeeze-skip-into-run', '-s into the middle of a zero run', () => {
    const h = rand(rng.int(10, 30));
    return onFile(['--color=never', '-s', String(h.length + rng.int(3, 20))], [...h, ...fill(0, rng.int(60, 120)), ...rand(rng.int(1, 10))]);
  });
  add('squeeze-sparse-image', 'a sparse disk-image-like file', () =>
    onFile(['--color=never', '--border=ascii'], sparse(rng.int(2000, 4000))));
  add('squeeze-sparse-image-offset', 'a sparse file with -o', () =>
    onFile(['-o', '0x' + hex(rng.int(1, 0xffff) * 512)], sparse(rng.int(1500, 3000))));

  // ---------------------------------------------------------------- errors and meta
  add('err-missing-file', 'the file does not exist', (v) =>
    ({ argv: [v === 0 ? 'missing.bin' : rng.pick(['nope', 'no/such/file.dat', 'gone.txt'])] }), {
    extra: [
      ['options', 'missing file with options', () =>
        ({ argv: ['-n', String(rng.int(1, 99)), '--border=ascii', rng.pick(['absent.bin', 'void.dat', 'x'])] })],
      ['dash', '"-" is a file name, not stdin', () =>
        ({ argv: rng.chance(0.5) ? ['-'] : ['--color=never', '-'], stdin: text(rng.int(5, 20)) })],
    ],
  });
  add('err-unreadable', 'a file without read permission', () => {
    const name = rng.pick(['secret.bin', 'locked.dat', 'private']);
    return { argv: [name], files: { [name]: bin(rand(rng.int(10, 40)), 0) } };
  }, {
    extra: [
      ['options', 'an unreadable file with options', () => {
        const name = rng.pick(['secret.bin', 'locked.dat', 'private']);
        return { argv: ['--color=never', '-s', String(rng.int(1, 9)), name], files: { [name]: bin(rand(rng.int(10, 40)), 0) } };
      }],
    ],
  });
  add('err-directory', 'a directory as input', (v) => {
    const name = v === 0 ? 'somedir' : rng.pick(['folder', 'd', 'data.d']);
    return { argv: [name], files: { [name]: { dir: true } } };
  }, {
    extra: [
      ['options', 'a directory as input with -s and -n', () => {
        const name = rng.pick(['somedir', 'd', 'data.d']);
        return { argv: ['-s', String(rng.int(1, 99)), '-n', String(rng.int(1, 99)), name], files: { [name]: { dir: true } } };
      }],
    ],
  });
  add('err-bad-color', '--color with an unknown value', (v) =>
    onFile(['--color=' + (v === 0 ? 'sometimes' : rng.pick(['yes', 'on', '1']))], someData()));
  add('err-color-case', '--color values are case-sensitive', (v) =>
    onFile(['--color', v === 0 ? 'ALWAYS' : 'Never'], someData()));
  add('err-bad-border', '--border with an unknown value', (v) =>
    onFile(['--border=' + (v === 0 ? 'double' : rng.pick(['thick', 'round', 'box']))], someData()));
  add('err-border-case', '--border values are case-sensitive', (v) =>
    onFile(['--border', v === 0 ? 'ASCII' : 'Unicode'], someData()));
  // Both --color and --border invalid at once is left out: which error clap reports first
  // varies from run to run (validation found it unstable).
  add('err-unknown-long', 'an unknown long option', (v) =>
    onFile([v === 0 ? '--width=16' : rng.pick(['--plain', '--cols', '--format'])], someData()));
  add('err-unknown-short', 'an unknown short option', (v) =>
    onFile([v === 0 ? '-x' : rng.pick(['-q', '-p', '-g'])], someData()));
  add('err-unknown-suggest', 'a misspelled long option: did-you-mean hint', (v) =>
    onFile([v === 0 ? '--colour=never' : rng.pick(['--lenght', '--no-squeeze', '--skp', '--boder=none'])], someData()));
  add('err-unknown-after-options', 'an unknown option after valid ones', (v) =>
    onFile([...(v === 0 ? ['-n', String(rng.int(1, 9)), '--border=none'] : ['-s', String(rng.int(1, 9)), '-v', '--color=never']),
      rng.pick(['--hex', '--wide', '-z'])], someData()));
  add('err-two-files', 'two file arguments', () => {
    const a = rng.pick(['one.bin', 'a.bin', 'left']);
    const b = rng.pick(['two.bin', 'b.bin', 'right']);
    return { argv: [a, b], files: { [a]: bin(rand(10)), [b]: bin(rand(10)) } };
  });
  add('err-repeated-color', '--color given twice', (v) =>
    onFile(v === 0 ? ['--color=never', '--color=always'] : ['-n', String(rng.int(1, 99)), '--color', 'auto', '--color', 'auto'], someData()));
  add('err-repeated-flag', '-v given twice', (v) =>
    onFile(v === 0 ? ['-v', '-v'] : ['--no-squeezing', '-s', String(rng.int(1, 99)), '-v'], someData()), {
    extra: [['combined', '-vv combined', () => onFile(['--color=never', '-vv'], someData())]],
  });
  add('offset-missing-value', '-o without a value, after other options', (v) =>
    onFile(v === 0 ? ['--color=never', '--border=ascii'] : ['-v'], someData(), BIN_NAMES, [v === 0 ? '-o' : '--display-offset']));
  add('help', '--help (printed on stderr, exit 0)', (v) => ({ argv: [v === 0 ? '--help' : '-h'] }), {
    extra: [
      ['with-args', '--help among other arguments', () => ({ argv: ['-n', '4', '--help'] })],
      ['with-file', '-h with options and a file', () => ({ argv: ['--border=none', '-h', 'x.bin'] })],
    ],
  });
  add('version', '--version', (v) => ({ argv: [v === 0 ? '--version' : '-V'] }), {
    extra: [
      ['with-args', '-V among other arguments', () => ({ argv: ['--color=never', '-V'] })],
      ['with-file', '--version with options and a file', () => ({ argv: ['-s', '3', '--version', 'in.bin'] })],
    ],
  });

  return cases;
}
