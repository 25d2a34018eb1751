// Test-case generator for the decoding side of GNU gzip 1.12 (Debian 12).
// Deterministic: all variation comes from the seeded `rng`. Inputs are built here: DEFLATE
// bodies from node:zlib, gzip headers and trailers written byte by byte.
// Every scenario gives two visible cases (variants 0 and 1) and one hidden dual (variant 2)
// that keeps the idea but draws other data, names and header fields.
import zlib from 'node:zlib';

const C = zlib.constants;

const CRC_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c;
}
function crc32(buf) {
  let c = -1;
  for (const x of buf) c = CRC_TABLE[(c ^ x) & 255] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
const le32 = (n) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

/**
 * One gzip member. opts: name, comment (latin1 strings), extra (byte array), hcrc, ftext,
 * mtime, xfl, os, method, flags (raw override), level, strategy, windowBits, memLevel,
 * body (a ready DEFLATE body), crc / isize overrides.
 */
function member(data, opts = {}) {
  const d = Buffer.from(data);
  let flg = 0;
  if (opts.ftext) flg |= 1;
  if (opts.hcrc) flg |= 2;
  if (opts.extra) flg |= 4;
  if (opts.name !== undefined) flg |= 8;
  if (opts.comment !== undefined) flg |= 16;
  if (opts.flags !== undefined) flg = opts.flags;
  const h = [0x1f, 0x8b, opts.method ?? 8, flg, ...le32(opts.mtime ?? 0), opts.xfl ?? 0, opts.os ?? 3];
  if (opts.extra) h.push(opts.extra.length & 255, opts.extra.length >> 8, ...opts.extra);
  if (opts.name !== undefined) h.push(...Buffer.from(opts.name, 'latin1'), 0);
  if (opts.comment !== undefined) h.push(...Buffer.from(opts.comment, 'latin1'), 0);
  if (opts.hcrc) {
    const c = crc32(h);
    h.push(c & 255, (c >>> 8) & 255);
  }
  const zo = { level: opts.level ?? 6 };
  if (opts.strategy !== undefined) zo.strategy = opts.strategy;
  if (opts.windowBits !== undefined) zo.windowBits = opts.windowBits;
  if (opts.memLevel !== undefined) zo.memLevel = opts.memLevel;
  const body = opts.body ?? zlib.deflateRawSync(d, zo);
  const trailer = [...le32(opts.crc ?? crc32(d)), ...le32(opts.isize ?? d.length)];
  return Buffer.concat([Buffer.from(h), body, Buffer.from(trailer)]);
}

const b64 = (buf) => ({ base64: Buffer.from(buf).toString('base64') });
const bin = (buf, mode) => (mode === undefined ? b64(buf) : { ...b64(buf), mode });

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'gzip', 'deflate', 'inflate', 'member', 'header', 'trailer',
  'the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum', 'dolor', 'sit', 'amet',
  'data', 'file', 'output', 'stream', 'block', 'huffman', 'window', 'crc', 'length', 'distance', '42', '0x1f8b'];
const BASES = ['notes', 'report', 'data', 'archive', 'log', 'readme', 'image', 'table', 'config', 'backup', 'dump', 'page'];
const EXTS = ['.txt', '.csv', '.bin', '.log', '.html', '', '.json', '.tar'];

export default function generate({ rng }) {
  const word = () => rng.pick(WORDS);
  const line = () => Array.from({ length: rng.int(1, 10) }, word).join(' ');
  const text = (lo = 3, hi = 30) => Buffer.from(Array.from({ length: rng.int(lo, hi) }, line).join('\n') + '\n');
  const bytes = (lo, hi) => rng.bytes(rng.int(lo, hi));
  const mtime = () => rng.int(978307200, 1924991999); // 2001..2030, never 0
  const base = () => rng.pick(BASES) + (rng.chance(0.3) ? String(rng.int(1, 99)) : '');
  const plainName = () => base() + rng.pick(EXTS);
  const gzName = () => plainName() + '.gz';
  const distinct = (n, f) => {
    const s = new Set();
    while (s.size < n) s.add(f());
    return [...s];
  };
  /** Mixed content: text, binary, runs. */
  const content = (kind) => {
    switch (kind ?? rng.pick(['text', 'text', 'binary', 'runs', 'mixed'])) {
      case 'text': return text();
      case 'binary': return bytes(1, 3000);
      case 'runs': return Buffer.concat(Array.from({ length: rng.int(2, 12) }, () => Buffer.alloc(rng.int(1, 3000), rng.int(0, 255))));
      default: return Buffer.concat([text(1, 5), bytes(10, 400), text(1, 5)]);
    }
  };
  const gzOf = (data, opts = {}) => member(data, { mtime: mtime(), ...opts });
  const good = (opts = {}) => gzOf(content(), opts);

  const cases = [];
  const ids = new Set();
  function add(id, note, make) {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    ids.add(id);
    cases.push({ id: id + '.1', note, ...make(0) });
    cases.push({ id: id + '.2', note, ...make(1) });
    cases.push({ id: id + '.dual', note, ...make(2), hidden: true, dualOf: id + '.1' });
  }
  const onStdin = (buf, argv) => ({ argv, stdin: b64(buf) });
  const onFile = (buf, argv, f = gzName()) => ({ argv: [...argv, f], files: { [f]: bin(buf) } });
  const onFiles = (bufs, argv, names = distinct(bufs.length, gzName)) => {
    const files = {};
    bufs.forEach((b, i) => { files[names[i]] = bin(b); });
    return { argv: [...argv, ...names], files };
  };

  // ------------------------------------------------------------ decompressing to stdout
  add('stdin-d', 'gzip -d with no file: stdin to stdout', () => onStdin(good(), ['-d']));
  add('stdin-dc', '-dc on stdin', () => onStdin(good(), [rng.pick(['-dc', '-cd', '-d', '-c'].slice(0, 2))]));
  add('stdin-dash', 'a - operand means stdin', (v) => onStdin(good(), v === 1 ? ['-d', '-'] : ['-dc', '-']));
  add('stdin-long-options', '--decompress, --stdout, --to-stdout', (v) =>
    onStdin(good(), [['--decompress', '--stdout'], ['--decompress', '--to-stdout'], ['--uncompress', '-c']][v]));
  add('stdin-long-abbrev', 'abbreviated long options', (v) => onStdin(good(), [['--decomp', '--std'], ['--de', '--to'], ['--unc', '--stdo']][v]));
  add('file-dc', '-dc on one file', () => onFile(good(), ['-dc']));
  add('file-dc-separate', '-d -c as separate options, after the file name', () => {
    const c = onFile(good(), []);
    return { ...c, argv: [...c.argv, '-d', '-c'] };
  });
  add('file-levels', 'compression levels 0 (stored blocks), 1 and 9', (v) => onFile(gzOf(content('text'), { level: [0, 1, 9][v] }), ['-dc']));
  add('file-level0-binary', 'stored blocks holding binary data', () => onFile(gzOf(content('binary'), { level: 0 }), ['-dc']));
  add('file-strategy-huffman', 'Huffman-only DEFLATE (no matches)', () => onFile(gzOf(content(), { strategy: C.Z_HUFFMAN_ONLY }), ['-dc']));
  add('file-strategy-rle', 'RLE strategy (distance-1 matches)', () => onFile(gzOf(content('runs'), { strategy: C.Z_RLE }), ['-dc']));
  add('file-strategy-fixed', 'fixed Huffman codes only', (v) => onFile(gzOf(content(v === 1 ? 'binary' : 'text'), { strategy: C.Z_FIXED }), ['-dc']));
  add('file-strategy-filtered', 'filtered strategy', () => onFile(gzOf(content('mixed'), { strategy: C.Z_FILTERED, level: 9 }), ['-dc']));
  add('file-small-window', 'small window and memLevel', (v) =>
    onFile(gzOf(content('text'), { windowBits: [9, 10, 12][v], memLevel: rng.int(1, 4) }), ['-dc']));
  add('file-binary', 'random binary data', () => onFile(gzOf(bytes(500, 6000)), ['-dc']));
  add('file-empty-content', 'a member holding no data', (v) => (v === 1
    ? onStdin(Buffer.concat([gzOf(Buffer.alloc(0)), good()]), ['-dc'])
    : onFile(gzOf(Buffer.alloc(0)), v === 0 ? ['-dcv'] : ['-tv'])));
  add('file-one-byte', 'a member holding one byte', () => onFile(gzOf(Buffer.from([rng.int(0, 255)])), ['-dc']));
  add('file-large-text', 'tens of kilobytes of text', () => onFile(gzOf(Buffer.concat(Array.from({ length: 8 }, () => text(60, 90))), { level: 9 }), ['-dc']));
  add('file-stored-64k', 'a stored member longer than one 65535-byte stored block', () =>
    onFile(gzOf(Buffer.concat(Array.from({ length: 5 }, () => text(60, 80))).subarray(0, rng.int(66000, 72000)), { level: 0 }), ['-dc']));
  add('file-far-distance', 'matches reaching back almost 32 KiB', () => {
    const chunk = bytes(31000, 32700);
    return onFile(gzOf(Buffer.concat([chunk, chunk.subarray(0, rng.int(200, 2000))]), { level: 9 }), ['-dc']);
  });
  add('file-long-matches', 'long runs: length-258 matches', () => onFile(gzOf(Buffer.alloc(rng.int(5000, 40000), rng.pick([0, 32, 65, 255]))), ['-dc']));
  add('file-many-blocks', 'a body of several flushed DEFLATE streams (empty stored blocks between)', () => {
    const parts = Array.from({ length: rng.int(2, 5) }, () => content());
    const bodies = parts.map((p, i) => zlib.deflateRawSync(p, i < parts.length - 1
      ? { finishFlush: rng.pick([C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH]), level: rng.int(0, 9) } : { level: rng.int(0, 9) }));
    const all = Buffer.concat(parts);
    return onFile(member(all, { mtime: mtime(), body: Buffer.concat(bodies) }), ['-dc']);
  });
  add('file-hand-stored', 'a hand-made body: non-final stored blocks, then an empty final fixed block', () => {
    const a = text(1, 4), b = bytes(0, 50);
    const stored = (buf, final) => Buffer.concat([Buffer.from([final ? 1 : 0, buf.length & 255, buf.length >> 8, ~buf.length & 255, (~buf.length >> 8) & 255]), buf]);
    // final fixed-Huffman block with only end-of-block: bits 1, 01 (BTYPE=1), 0000000 => 0x03 0x00
    const body = Buffer.concat([stored(a, false), stored(b, false), Buffer.from([0x03, 0x00])]);
    return onFile(member(Buffer.concat([a, b]), { mtime: mtime(), body }), ['-dc']);
  });

  // ------------------------------------------------------------ header fields
  add('hdr-name', 'FNAME does not change -dc output', () => onFile(good({ name: plainName() }), ['-dc']));
  add('hdr-comment', 'FCOMMENT', () => onFile(good({ comment: line() }), ['-dc']));
  add('hdr-extra', 'FEXTRA is skipped (a warning with -v)', (v) => onFile(good({ extra: [...bytes(0, 40)] }), v === 1 ? ['-dcv'] : ['-dc']));
  add('hdr-extra-verbose-t', 'FEXTRA with -tv', () => onFile(good({ extra: [...bytes(1, 60)], name: plainName() }), ['-tv']));
  add('hdr-hcrc', 'FHCRC with a correct header CRC', () => onFile(good({ hcrc: true, name: rng.chance(0.5) ? plainName() : undefined }), ['-dc']));
  add('hdr-hcrc-bad', 'FHCRC with a wrong header CRC', (v) => {
    const m = good({ hcrc: true, name: plainName(), comment: v === 1 ? line() : undefined });
    const hlen = 10 + (m.indexOf(0, 10) - 10 + 1) + (v === 1 ? m.indexOf(0, m.indexOf(0, 10) + 1) - m.indexOf(0, 10) : 0);
    m[hlen] ^= 1 << rng.int(0, 7);
    return onFile(m, [v === 2 ? '-t' : '-dc']);
  });
  add('hdr-all-fields', 'FTEXT, FHCRC, FEXTRA, FNAME and FCOMMENT together', (v) =>
    onFile(good({ ftext: true, hcrc: true, extra: [...bytes(2, 20)], name: plainName(), comment: line() }), [['-dc'], ['-dcq'], ['-tv']][v]));
  add('hdr-os-xfl', 'OS and XFL bytes are ignored', () => onFile(good({ os: rng.pick([0, 3, 7, 11, 255]), xfl: rng.pick([0, 2, 4, 77]) }), ['-dc']));
  add('hdr-mtime-zero', 'an mtime of 0', () => onStdin(member(content(), { mtime: 0 }), ['-dc']));
  add('hdr-bad-method', 'a compression method other than 8', (v) => onFile(good({ method: [0, 7, 9][v] }), ['-dc']));
  add('hdr-encrypted', 'flag bit 0x20 (encrypted)', () => onFile(good({ flags: 0x20 | rng.pick([0, 8]), name: 'x' }), ['-dc']));
  add('hdr-reserved-flags', 'reserved flag bits 0x40 / 0x80', (v) => onFile(good({ flags: [0x40, 0x80, 0xc0][v] }), ['-dc']));
  add('hdr-truncated-in-name', 'input ending inside the FNAME field', () => {
    const m = good({ name: plainName() + 'longer-name' });
    return onFile(m.subarray(0, rng.int(11, 15)), ['-dc']);
  });
  add('hdr-truncated-in-extra', 'input ending inside FEXTRA', () => onFile(good({ extra: [...bytes(30, 60)] }).subarray(0, rng.int(13, 30)), ['-dc']));

  // ------------------------------------------------------------ concatenation and trailing data
  add('multi-member', 'concatenated members decompress as one stream', () =>
    onFile(Buffer.concat(Array.from({ length: rng.int(2, 4) }, () => good({ name: rng.chance(0.5) ? plainName() : undefined }))), ['-dc']));
  add('multi-member-stdin', 'concatenated members on stdin, with an empty member', () =>
    onStdin(Buffer.concat(rng.shuffle([good(), good(), gzOf(Buffer.alloc(0))])), ['-d']));
  add('multi-files', 'several files to stdout', (v) => onFiles(Array.from({ length: v + 2 }, () => good()), ['-dc']));
  add('multi-files-same', 'the same file twice', () => {
    const f = gzName();
    return { argv: ['-dc', f, f], files: { [f]: bin(good()) } };
  });
  add('trailing-garbage', 'data after the last member: warning, exit 2', (v) =>
    onFile(Buffer.concat([good(), Buffer.from(v === 1 ? 'PK' : line())]), ['-dc']));
  add('trailing-garbage-stdin', 'trailing garbage on stdin', () => onStdin(Buffer.concat([good(), bytes(1, 30)]), ['-d']));
  add('trailing-garbage-quiet', 'trailing garbage with -q: no warning, still exit 2', (v) =>
    onFile(Buffer.concat([good(), Buffer.from(line())]), [['-dcq'], ['-dc', '--quiet'], ['-q', '-dc']][v]));
  add('trailing-zeros', 'zero bytes after the last member (tar padding)', (v) =>
    onFile(Buffer.concat([good(), Buffer.alloc(v === 1 ? 1 : rng.int(2, 600))]), ['-dc']));
  add('trailing-zeros-then-garbage', 'zero bytes then other bytes', () =>
    onFile(Buffer.concat([good(), Buffer.alloc(rng.int(1, 20)), Buffer.from(word())]), ['-dc']));
  add('trailing-magic-start', 'trailing data that starts like a member', (v) =>
    onFile(Buffer.concat([good(), Buffer.from([0x1f, 0x8b].slice(0, v === 1 ? 1 : 2))]), ['-dc']));
  add('trailing-bad-member', 'a second member with a bad method', () =>
    onFile(Buffer.concat([good(), good({ method: rng.pick([1, 9, 15]) })]), ['-dc']));
  add('trailing-garbage-then-file', 'trailing garbage in one file, the next is still processed', () =>
    onFiles([Buffer.concat([good(), Buffer.from(line())]), good()], ['-dc']));
  add('trailing-garbage-force', '-f with trailing garbage', () => onFile(Buffer.concat([good(), Buffer.from(line() + '\n')]), ['-dcf']));

  // ------------------------------------------------------------ damaged input
  const damaged = {
    truncTrailer: () => { const m = good(); return m.subarray(0, m.length - rng.int(1, 7)); },
    truncBody: () => { const m = gzOf(text(20, 40)); return m.subarray(0, rng.int(14, m.length - 12)); },
    crc: () => { const m = good(); m[m.length - 8 + rng.int(0, 3)] ^= 1 << rng.int(0, 7); return m; },
    len: () => { const m = good(); m[m.length - 4 + rng.int(0, 3)] ^= 1 << rng.int(0, 7); return m; },
  };
  add('trunc-trailer', 'input ends inside the trailer', () => onFile(damaged.truncTrailer(), ['-dc']));
  add('trunc-body', 'input ends inside the DEFLATE body', () => onFile(damaged.truncBody(), ['-dc']));
  add('trunc-body-stdin', 'truncated body on stdin', () => onStdin(damaged.truncBody(), ['-d']));
  add('trunc-header', 'input ends inside the fixed 10-byte header', (v) => onFile(good().subarray(0, [2, 5, 9][v]), ['-dc']));
  add('trunc-one-byte', 'a file holding only 0x1f', (v) => onFile(Buffer.from(v === 1 ? [0x1f, 0x8b] : [0x1f]), ['-dc']));
  add('empty-file', 'an empty file', (v) => onFile(Buffer.alloc(0), [['-dc'], ['-t'], ['-dcv']][v]));
  add('empty-stdin', 'empty stdin', (v) => ({ argv: [['-d'], ['-dc', '-'], ['-t']][v] }));
  add('crc-error', 'a wrong CRC-32 in the trailer', () => onFile(damaged.crc(), ['-dc']));
  add('length-error', 'a wrong ISIZE in the trailer', () => onFile(damaged.len(), ['-dc']));
  add('crc-error-stdin', 'a CRC error on stdin', () => onStdin(damaged.crc(), ['-d']));
  add('crc-error-multi', 'a CRC error in the second member', () => onFile(Buffer.concat([good(), damaged.crc()]), ['-dc']));
  add('invalid-block-type', 'BTYPE 3 is invalid', () => {
    const d = content();
    return onFile(member(d, { mtime: mtime(), body: Buffer.from([rng.pick([0x07, 0x06]), ...bytes(4, 20)]) }), ['-dc']);
  });
  add('invalid-stored-nlen', 'a stored block whose NLEN is not the complement of LEN', () => {
    const d = text(1, 3);
    const body = Buffer.concat([Buffer.from([1, d.length & 255, d.length >> 8, d.length & 255, 0]), d]);
    return onFile(member(d, { mtime: mtime(), body }), ['-dc']);
  });
  add('invalid-distance', 'a match distance before the start of the output', () => {
    // fixed block: literal 'a', then length 3 (code 257) distance 2 (code 1), then end of block.
    // bits: BFINAL=1 BTYPE=01, 'a'=0x61 -> code 0x30+0x61=0x91 (8 bits), 257 -> 0000001 (7 bits), dist 1 -> 00001 (5 bits), 256 -> 0000000
    const bits = [];
    const put = (val, n) => { for (let i = 0; i < n; i++) bits.push((val >> i) & 1); };
    const putRev = (code, n) => { for (let i = n - 1; i >= 0; i--) bits.push((code >> i) & 1); };
    put(1, 1); put(1, 2);
    const lit = rng.int(0x61, 0x7a);
    putRev(0x30 + lit, 8);
    putRev(1, 7); putRev(rng.int(1, 4), 5);
    putRev(0, 7);
    const out = Buffer.alloc(Math.ceil(bits.length / 8));
    bits.forEach((b, i) => { out[i >> 3] |= b << (i & 7); });
    return onFile(member(Buffer.from([lit, lit, lit, lit]), { mtime: mtime(), body: out }), ['-dc']);
  });
  add('corrupt-body', 'bytes flipped inside the DEFLATE body', () => {
    const m = gzOf(text(20, 40), { level: 9 });
    for (let i = 0; i < rng.int(1, 3); i++) m[rng.int(12, m.length - 10)] ^= rng.int(1, 255);
    return onFile(m, ['-dc']);
  });
  add('corrupt-body-random', 'random bytes as a DEFLATE body', () => onFile(member(text(1, 3), { mtime: mtime(), body: bytes(20, 200) }), ['-dc']));
  add('not-gzip', 'plain text is not in gzip format', (v) => onFile(text(1, 4), ['-dc'], v === 1 ? plainName() + '.gz' : gzName()));
  add('not-gzip-stdin', 'plain data on stdin', () => onStdin(text(1, 3), ['-d']));
  add('not-gzip-binary', 'random bytes whose first byte is not 0x1f', () => {
    const b = bytes(10, 300);
    b[0] = rng.pick([0x00, 0x50, 0x8b, 0xff]);
    return onFile(b, ['-dc']);
  });
  add('bad-second-magic', '0x1f followed by another byte than 0x8b', () => onFile(Buffer.concat([Buffer.from([0x1f, rng.pick([0x8c, 0x00, 0x8a])]), bytes(10, 40)]), ['-dc']));
  add('force-passthrough', '-dcf copies data that is not gzip unchanged', (v) =>
    v === 1 ? onStdin(text(1, 5), ['-dcf']) : onFile(Buffer.concat([text(1, 3), bytes(0, 40)]), ['-dcf'], plainName()));
  add('force-passthrough-mixed', '-dcf with gzip and plain files', () => {
    const [a, b] = distinct(2, gzName);
    return { argv: ['-dcf', a, b], files: { [a]: bin(good()), [b]: bin(text(1, 3)) } };
  });
  add('damaged-among-good', 'a damaged file between good ones: the others are processed, exit 1', (v) =>
    onFiles([good(), [damaged.crc, damaged.truncBody, damaged.len][v](), good()], ['-dc']));
  add('damaged-quiet', 'errors are still reported with -q', (v) => onFile([damaged.crc, damaged.truncBody, () => text(1, 2)][v](), ['-dcq']));

  // ------------------------------------------------------------ files that cannot be read
  add('missing-file', 'a file that does not exist', (v) => ({ argv: ['-dc', [gzName(), plainName(), 'nofile'][v]] }));
  add('missing-among', 'a missing file among good ones', () => {
    const c = onFiles([good(), good()], ['-dc']);
    c.argv.splice(2, 0, 'missing-' + gzName());
    return c;
  });
  add('missing-stdin-no-suffix', 'a name without suffix: name.gz is tried', () => {
    const b = base();
    return { argv: ['-dc', b], files: { [b + rng.pick(['.gz', '.z', '-gz', '-z', '_z'])]: bin(good()) } };
  });
  add('suffix-preferred', 'a name that exists as given and with .gz', () => {
    const b = base();
    return { argv: ['-dc', b], files: { [b]: bin(good()), [b + '.gz']: bin(good()) } };
  });
  add('unreadable', 'a file without read permission', () => {
    const f = gzName();
    return { argv: ['-dc', f], files: { [f]: bin(good(), 0) } };
  });
  add('unreadable-among', 'an unreadable file between good ones', () => {
    const [a, b, c] = distinct(3, gzName);
    return { argv: ['-dc', a, b, c], files: { [a]: bin(good()), [b]: bin(good(), 0), [c]: bin(good()) } };
  });
  add('directory', 'a directory operand is ignored with a warning', (v) => {
    const d = rng.pick(['dir', 'sub', 'folder.gz', 'data']);
    return { argv: [['-dc', d], ['-d', d], ['-t', d]][v], files: { [d]: { dir: true } } };
  });
  add('directory-among', 'a directory among files', () => {
    const f = gzName();
    return { argv: ['-dc', 'somedir', f], files: { somedir: { dir: true }, [f]: bin(good()) } };
  });

  // ------------------------------------------------------------ decompressing files in place (-d)
  add('silent-ok', 'success without output: -t, -d and -dk', (v) => onFile(good(), [['-t'], ['-d'], ['-dk']][v]));
  add('d-verbose', '-dv reports the ratio and the new file name', () => onFile(good(), ['-dv']));
  add('d-verbose-keep', '-dkv', (v) => onFile(good(), [['-dkv'], ['-d', '--keep', '--verbose'], ['-kdv']][v]));
  add('d-verbose-multi', '-dv on several files', () => onFiles([good(), good(), good()], ['-dv']));
  add('d-verbose-ratios', 'ratios: incompressible, empty and very compressible data', (v) =>
    onFile(gzOf([bytes(100, 900), Buffer.alloc(0), Buffer.alloc(rng.int(20000, 60000), 120)][v]), ['-dv']));
  add('d-suffixes', 'the recognised suffixes: .gz .z -gz -z _z', (v) => {
    const b = base();
    const files = {};
    const sfx = rng.shuffle(['.gz', '.z', '-gz', '-z', '_z', '.GZ'.toLowerCase()]).slice(0, 3);
    const names = sfx.map((s, i) => b + i + s);
    names.forEach((n) => { files[n] = bin(good()); });
    return { argv: [v === 1 ? '-dvk' : '-dv', ...names], files };
  });
  add('d-tgz', '.tgz and .taz become .tar', (v) => onFile(good(), ['-dv'], base() + ['.tgz', '.taz', '.tgz'][v]));
  add('d-uppercase-suffix', '.GZ and .Z in capitals', (v) => onFile(good(), ['-dv'], base() + ['.GZ', '.Z', '.Gz'][v]));
  add('d-unknown-suffix', 'a file without a known suffix is skipped', (v) => onFile(good(), [['-d'], ['-dv'], ['-d']][v], plainName().replace(/\.gz$/, '') + rng.pick(['', '.gzip', '.zip', '.bz2', '.xz'])));
  add('d-suffix-only', 'a file named just .gz', (v) => onFile(good(), v === 1 ? ['-dv', '--'] : ['-dv'], ['.gz', '.gz', '.z'][v]));
  add('d-S-suffix', '-S sets another suffix', (v) => {
    const s = ['.foo', '_packed', '.zz'][v];
    return onFile(good(), v === 1 ? ['-dv', '--suffix=' + s] : ['-dv', '-S', s], base() + s);
  });
  add('d-S-suffix-gz-too', 'with -S the .gz suffix is still recognised', () => onFile(good(), ['-dv', '-S', rng.pick(['.x', '.pack'])]));
  add('d-S-mismatch', '-S with a file that does not end in it', () => onFile(good(), ['-d', '-S', rng.pick(['.foo', '.bar'])], base() + '.baz'));
  add('d-S-dc-lookup', '-S suffix used to look up a missing name with -c', () => {
    const b = base();
    const s = rng.pick(['.q', '.zip1', '.pk']);
    return { argv: ['-dc', '-S', s, b], files: { [b + s]: bin(good()) } };
  });
  add('d-S-empty', 'an empty suffix is refused', (v) => onFile(good(), [['-d', '-S', ''], ['-dc', '--suffix='], ['-t', '-S', '']][v]));
  add('d-S-long', 'a suffix longer than 30 characters', (v) =>
    onFile(good(), ['-dv', '-S', '.' + 'x'.repeat([30, 31, 40][v])]));
  add('d-N-name', '-N restores the name stored in the header', () => onFile(good({ name: plainName() }), ['-dvN']));
  add('d-N-no-name', '-N with no name in the header keeps the file name', () => onFile(good(), ['-dvN']));
  add('d-n-name', 'without -N (or with -n) the stored name is not used', (v) => onFile(good({ name: plainName() }), [['-dv'], ['-dvn'], ['-dv', '--no-name']][v]));
  add('d-N-path-name', 'a stored name with directories: only the last part is used', () =>
    onFile(good({ name: rng.pick(['dir/', 'a/b/', '/abs/path/', '../up/']) + plainName() }), ['-dvN']));
  add('d-N-long-option', '--name', () => onFile(good({ name: plainName() }), ['--decompress', '--name', '--verbose']));
  add('d-N-empty-name', 'an empty stored name', () => onFile(good({ name: '' }), ['-dvN']));
  add('d-N-dc', '-N with -c writes to stdout', () => onFile(good({ name: plainName() }), ['-dcvN']));
  add('d-exists', 'the output file exists: not overwritten', (v) => {
    const b = base();
    return { argv: [['-d'], ['-dk'], ['-dv']][v].concat([b + '.gz']), files: { [b + '.gz']: bin(good()), [b]: 'old\n' } };
  });
  add('d-exists-force', '-f overwrites an existing output file', (v) => {
    const b = base();
    return { argv: [['-dfv'], ['-dvf', '-k'], ['--force', '-dv']][v].concat([b + '.gz']), files: { [b + '.gz']: bin(good()), [b]: 'old\n' } };
  });
  add('d-exists-quiet', '-q with an existing output file', () => {
    const b = base();
    return { argv: ['-dq', b + '.gz'], files: { [b + '.gz']: bin(good()), [b]: 'old\n' } };
  });
  add('d-exists-N', 'the header name exists', () => {
    const n = plainName();
    const f = base() + '.gz';
    return { argv: ['-dN', f], files: { [f]: bin(good({ name: n })), [n]: 'x\n' } };
  });
  add('d-exists-among', 'an existing output among other files', () => {
    const [a, b] = distinct(2, base);
    return { argv: ['-dv', a + '.gz', b + '.gz'], files: { [a + '.gz']: bin(good()), [b + '.gz']: bin(good()), [a]: 'x\n' } };
  });
  add('d-errors-verbose', '-dv with damaged files', (v) => onFile([damaged.crc, damaged.truncBody, () => text(1, 2)][v](), ['-dv']));
  add('d-garbage-verbose', '-dv with trailing garbage', () => onFile(Buffer.concat([good(), Buffer.from(line())]), ['-dv']));
  add('dc-verbose', '-dcv on a file', () => onFile(good(), ['-dcv']));
  add('dc-verbose-multi', '-dcv on a multi-member file', () => onFile(Buffer.concat([good(), good()]), ['-dcv']));
  add('dc-verbose-stdin', '-dv on stdin', (v) => onStdin(v === 1 ? Buffer.concat([good(), good()]) : good(), ['-dv']));

  // ------------------------------------------------------------ testing (-t)
  add('t-verbose', '-tv reports OK', (v) => onFiles(Array.from({ length: v + 1 }, () => good()), ['-tv']));
  add('t-verbose-stdin', '-tv on stdin', () => onStdin(good(), ['-tv']));
  add('t-long', '--test --verbose', (v) => onFile(good(), [['--test', '--verbose'], ['--te', '--verb'], ['--test', '-v']][v]));
  add('t-damaged', '-t on damaged files', (v) => onFile([damaged.crc, damaged.len, damaged.truncBody][v](), ['-t']));
  add('t-damaged-verbose', '-tv on damaged files', (v) => onFile([damaged.crc, damaged.truncTrailer, () => text(1, 2)][v](), ['-tv']));
  add('t-mixed', '-tv on good, damaged and garbage-trailing files', () =>
    onFiles(rng.shuffle([good(), damaged.crc(), Buffer.concat([good(), Buffer.from(word())]), text(1, 2)]), ['-tv']));
  add('t-multi-member', '-tv on a multi-member file', () => onFile(Buffer.concat([good(), good(), good()]), ['-tv']));
  add('t-quiet', '-tq on a damaged file', (v) => onFile([damaged.crc, () => text(1, 2), damaged.truncBody][v](), ['-tq']));
  add('t-not-gzip-stdin', '-t on plain stdin', () => onStdin(text(1, 2), ['-t']));
  add('t-missing', '-t on a missing file', () => ({ argv: ['-tv', gzName()] }));

  // ------------------------------------------------------------ listing (-l)
  add('l-basic', '-l on one file', () => onFile(good(), ['-l']));
  add('l-multi-files', '-l on several files: a totals line', (v) => onFiles(Array.from({ length: v + 2 }, () => good()), ['-l']));
  add('l-stdin', '-l on stdin lists it as stdout', () => onStdin(good(), ['-l']));
  add('l-quiet', '-lq leaves out the heading', (v) => onFiles(Array.from({ length: v + 1 }, () => good()), ['-lq']));
  add('l-verbose-N', '-lvN: method, CRC and the header date', (v) => onFile(good({ name: v === 1 ? plainName() : undefined }), ['-lvN']));
  add('l-verbose-N-multi', '-lvN on several files: totals', () => onFiles([good(), good({ name: plainName() }), good()], ['-lvN']));
  add('l-verbose-N-stdin', '-lvN on stdin', () => onStdin(good({ name: rng.chance(0.5) ? plainName() : undefined }), ['-lvN']));
  add('l-N-name', '-lN shows the stored name', () => onFile(good({ name: plainName() }), ['-lN']));
  add('l-n-name', 'without -N the stored name is not shown', () => onFile(good({ name: plainName() }), ['-l']));
  add('l-N-path-name', '-lN with a stored name holding directories', () => onFile(good({ name: 'dir/sub/' + plainName() }), ['-lN']));
  add('l-suffixes', '-l strips .tgz, .taz, -gz and other suffixes', (v) => {
    const b = base();
    const names = [['.tgz', '-gz', '_z'], ['.taz', '.z', '-z'], ['.tgz', '.gz', '_z']][v].map((s, i) => b + i + s);
    const files = {};
    names.forEach((n) => { files[n] = bin(good()); });
    return { argv: ['-l', ...names], files };
  });
  add('l-S', '-l with -S', () => {
    const s = rng.pick(['.foo', '.pk']);
    return onFile(good(), ['-l', '-S', s], base() + s);
  });
  add('l-empty-content', '-l on a member holding no data: ratio 0.0%', () => onFile(gzOf(Buffer.alloc(0)), ['-l']));
  add('l-isize-large', '-l with a wrong, large ISIZE in the trailer', (v) =>
    onFile(good({ isize: [0xffffffff, 123456789, 4000000000][v] }), v === 1 ? ['-lvN'] : ['-l']));
  add('l-isize-small', '-l with a wrong, small ISIZE in the trailer', () => onFile(good({ isize: rng.int(0, 5) }), ['-l']));
  add('l-bad-crc', '-l with a wrong CRC in the trailer', () => onFile(damaged.crc(), ['-lvN']));
  add('l-multi-member', '-l on a multi-member file: sizes from the last trailer', () => onFile(Buffer.concat([good(), good()]), ['-l']));
  add('l-trailing-garbage', '-l with trailing garbage or zeros after a good file', (v) =>
    onFiles([good(), Buffer.concat([good(), v === 1 ? Buffer.alloc(rng.int(1, 9)) : Buffer.from(line())])], ['-l']));
  add('l-trailing-garbage-quiet', '-lq with trailing garbage or zeros after a good file', (v) =>
    onFiles([good(), Buffer.concat([good(), v === 1 ? Buffer.alloc(rng.int(1, 9)) : Buffer.from(line())])], ['-lq']));
  add('l-errors', '-l on input that is not gzip or too short', (v) => onFile([text(1, 2), Buffer.from([0x1f, 0x8b, 8]), Buffer.alloc(0)][v], ['-l']));
  add('l-error-among', '-l: an error among good files', () => {
    const [a, b, c] = distinct(3, gzName);
    return { argv: ['-l', a, b, c], files: { [a]: bin(good()), [b]: bin(text(1, 3)), [c]: bin(good()) } };
  });
  add('l-missing-among', '-l: a missing file among good ones', () => {
    const [a, b] = distinct(2, gzName);
    return { argv: ['-l', a, 'missing.gz', b], files: { [a]: bin(good()), [b]: bin(good()) } };
  });
  add('l-bad-method', '-l on a member with another method', () => onFile(good({ method: rng.pick([0, 9]) }), ['-l']));
  add('l-long-option', '--list', (v) => onFile(good(), [['--list'], ['--li', '--verbose', '--name'], ['--list', '-q']][v]));
  add('l-directory', '-l on a directory', (v) => {
    const d = v === 0 ? 'dir' : 'archive.d';
    return { argv: ['-l', d], files: { [d]: { dir: true } } };
  });
  add('l-hdr-extra', '-lvN with an extra field', () => onFile(good({ extra: [...bytes(1, 30)], name: plainName() }), ['-lvN']));
  add('l-big-file', '-l on a larger file', () => onFile(gzOf(Buffer.concat([bytes(20000, 60000), text(100, 300)])), ['-l']));

  // ------------------------------------------------------------ options and usage
  add('opt-help', '--help / -h', (v) => ({ argv: [['--help'], ['-h'], ['--he']][v] }));
  add('opt-version', '--version / -V', (v) => ({ argv: [['--version'], ['-V'], ['--vers']][v] }));
  add('opt-license', '-L / --license', (v) => ({ argv: [['-L'], ['--license'], ['--lic']][v] }));
  add('opt-invalid-short', 'an unknown short option', (v) => onStdin(good(), [['-x'], ['-dY'], ['-d', '-j']][v]));
  add('opt-invalid-long', 'an unknown long option', (v) => onStdin(good(), [['--bogus'], ['--decompress', '--unknown'], ['--foo=1']][v]));
  add('opt-ambiguous', 'an ambiguous abbreviation', (v) => onStdin(good(), [['--n'], ['--no', '-dc'], ['--s']][v]));
  add('opt-missing-arg', '-S without its argument', (v) => ({ argv: [['-d', '-S'], ['--suffix'], ['-dcS']][v] }));
  add('opt-arg-to-flag', 'a long option without argument given one', (v) => onStdin(good(), [['--stdout=yes', '-d'], ['-d', '--test=1'], ['--list=x']][v]));
  add('opt-double-dash', '-- ends the options: a file named like an option', () => {
    const f = rng.pick(['-x.gz', '-d.gz', '--help.gz']);
    return { argv: ['-dc', '--', f], files: { [f]: bin(good()) } };
  });
  add('opt-levels-ignored', 'compression level options do not matter when decompressing', (v) =>
    onStdin(good(), [['-d', '-9'], ['-dc1'], ['-d', '--best']][v]));
  add('opt-last-mode-wins', '-l and -t together', (v) => onFile(good(), [['-lt'], ['-tl'], ['-dl']][v]));
  add('opt-gzip-env', 'the obsolescent GZIP environment variable', (v) => ({
    ...onStdin(good(), ['-d']), env: { GZIP: ['-v', '-q', '-n'][v] },
  }));
  add('opt-keep-stdin', '-k on stdin', () => onStdin(good(), ['-dk']));
  add('opt-force-stdin', '-f on stdin', () => onStdin(good(), ['-df']));
  add('opt-t-c', '-t with -c', (v) => onStdin(v === 1 ? damaged.crc() : good(), ['-tcv']));

  return cases;
}
