// Test-case generator for lz4 1.9.4 (Debian 12 packages lz4 and liblz4-1 1.9.4-1), decoding side only.
// Deterministic: all variation comes from the seeded `rng`. Compressed inputs are made here by a
// small LZ4 encoder (below: xxHash32, the block format with real matches, frames, the legacy
// format, skippable frames); damaged inputs are made by the same encoder (wrong checksums, bad
// headers, hand-made bad sequences) or by cutting and flipping bits. Every idea gives one to
// four visible cases and one hidden dual that keeps the idea with other data, names and values.
// ------------------------------------------------------------------ a small LZ4 encoder
// xxHash32, the LZ4 block format (greedy matcher with a 64 KiB window, optional history for
// linked blocks and dictionaries), the LZ4 frame format, the legacy format and skippable frames.

const P1 = 2654435761, P2 = 2246822519, P3 = 3266489917, P4 = 668265263, P5 = 374761393;
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;
const round = (acc, lane) => mul(rotl((acc + mul(lane, P2)) >>> 0, 13), P1);

function xxh32(buf, seed = 0) {
  const len = buf.length;
  let i = 0, h;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0, v2 = (seed + P2) >>> 0, v3 = seed >>> 0, v4 = (seed - P1) >>> 0;
    while (i + 16 <= len) {
      v1 = round(v1, buf.readUInt32LE(i)); v2 = round(v2, buf.readUInt32LE(i + 4));
      v3 = round(v3, buf.readUInt32LE(i + 8)); v4 = round(v4, buf.readUInt32LE(i + 12));
      i += 16;
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else h = (seed + P5) >>> 0;
  h = (h + len) >>> 0;
  while (i + 4 <= len) { h = mul(rotl((h + mul(buf.readUInt32LE(i), P3)) >>> 0, 17), P4); i += 4; }
  while (i < len) { h = mul(rotl((h + mul(buf[i], P5)) >>> 0, 11), P1); i++; }
  h ^= h >>> 15; h = mul(h, P2); h ^= h >>> 13; h = mul(h, P3); h ^= h >>> 16;
  return h >>> 0;
}

const le32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); return b; };
const le64 = (v) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); return b; };

function pushLen(out, n) { // extension bytes for a length field that reached 15
  while (n >= 255) { out.push(255); n -= 255; }
  out.push(n);
}

/**
 * One LZ4 block. `history` (<= 64 KiB used) may be referenced by matches. Options:
 * maxMatch (cap on a match's length), maxOffset, skip (0..1: chance to leave a position as a
 * literal without looking for a match, which makes longer literal runs), chain (candidates
 * tried per position), rnd() in [0,1), endMatch (break the end rules: a match may reach the
 * very end), noMatch (literals only).
 */
function lz4Block(src, o = {}) {
  const hist = o.history ? o.history.subarray(Math.max(0, o.history.length - 65536)) : Buffer.alloc(0);
  const buf = hist.length ? Buffer.concat([hist, src]) : src;
  const start = hist.length, end = buf.length;
  const rnd = o.rnd ?? (() => 0.5);
  const maxOffset = Math.min(o.maxOffset ?? 65535, 65535);
  const maxMatch = o.maxMatch ?? Infinity;
  const chain = o.chain ?? 16;
  const out = [];
  const table = new Map();
  const key = (p) => buf.readUInt32LE(p);
  const insert = (p) => {
    if (p + 4 > end) return;
    const k = key(p);
    let a = table.get(k);
    if (!a) table.set(k, (a = []));
    a.push(p);
    if (a.length > chain) a.shift();
  };
  for (let p = 0; p < start; p++) insert(p);
  const matchLimit = o.endMatch ? end : end - 5; // a match must end 5 bytes before the end
  const lastStart = o.endMatch ? end - 4 : end - 12; // and start 12 bytes before it
  let anchor = start, i = start;
  while (!o.noMatch && i <= lastStart) {
    if (o.skip && rnd() < o.skip) { insert(i); i++; continue; }
    let best = 0, bestOff = 0;
    if (i + 4 <= end) {
      const cands = table.get(key(i)) ?? [];
      const lim = Math.min(matchLimit, i + maxMatch);
      for (let c = cands.length - 1; c >= 0; c--) {
        const m = cands[c], off = i - m;
        if (off < 1 || off > maxOffset) continue;
        let l = 0;
        while (i + l < lim && buf[m + l] === buf[i + l]) l++;
        if (l > best) { best = l; bestOff = off; }
      }
    }
    if (best >= 4) {
      const lit = i - anchor, ml = best - 4;
      out.push((Math.min(lit, 15) << 4) | Math.min(ml, 15));
      if (lit >= 15) pushLen(out, lit - 15);
      for (let k = anchor; k < i; k++) out.push(buf[k]);
      out.push(bestOff & 255, bestOff >> 8);
      if (ml >= 15) pushLen(out, ml - 15);
      for (let k = 0; k < best; k++) insert(i + k);
      i += best;
      anchor = i;
    } else {
      insert(i);
      i++;
    }
  }
  if (!(o.endMatch && anchor === end)) {
    const lit = end - anchor;
    out.push(Math.min(lit, 15) << 4);
    if (lit >= 15) pushLen(out, lit - 15);
    for (let k = anchor; k < end; k++) out.push(buf[k]);
  }
  return Buffer.from(out);
}

/** Builds a block by hand from sequences: [{lit: Buffer, off, len}] (last one without off). */
function rawSequences(seqs) {
  const out = [];
  for (const s of seqs) {
    const lit = s.lit ?? Buffer.alloc(0);
    const ml = s.off !== undefined ? s.len - 4 : 0;
    out.push((Math.min(lit.length, 15) << 4) | Math.min(Math.max(ml, 0), 15));
    if (lit.length >= 15) pushLen(out, lit.length - 15);
    for (const b of lit) out.push(b);
    if (s.off !== undefined) {
      out.push(s.off & 255, (s.off >> 8) & 255);
      if (ml >= 15) pushLen(out, ml - 15);
    }
  }
  return Buffer.from(out);
}

const BLOCK_MAX = { 4: 65536, 5: 262144, 6: 1048576, 7: 4194304 };

/**
 * An LZ4 frame. content: Buffer; o:
 *  bsid (4..7, header id; may be 0..3 to be invalid), indep (true), blockCrc (false),
 *  contentCrc (true), contentSize (false | true | number to write), dictId (number),
 *  dict (Buffer the blocks may reference), chunks ([sizes] or chunk size: how content is cut),
 *  raw ('auto' | 'always' | 'never' | fn(i)), version (1), reserved (flag bit 1), bdReserved,
 *  hc (header checksum override / xor), blockOpts (lz4Block options), blocks (prebuilt
 *  [{data, raw}] instead of content cutting), damage: { blockCrcXor: {i, x}, contentCrcXor,
 *  endMark (Buffer), noEndMark, blockSize: {i, size} }.
 */
function lz4Frame(content, o = {}) {
  const bsid = o.bsid ?? 4;
  const indep = o.indep ?? true;
  const blockCrc = o.blockCrc ?? false;
  const contentCrc = o.contentCrc ?? true;
  const csize = o.contentSize ?? false;
  const hasDictId = o.dictId !== undefined;
  const flg = ((o.version ?? 1) << 6) | ((indep ? 1 : 0) << 5) | ((blockCrc ? 1 : 0) << 4) |
    ((csize !== false ? 1 : 0) << 3) | ((contentCrc ? 1 : 0) << 2) | ((o.reserved ?? 0) << 1) | (hasDictId ? 1 : 0);
  const bd = ((bsid & 7) << 4) | (o.bdReserved ?? 0);
  const desc = [Buffer.from([flg, bd])];
  if (csize !== false) desc.push(le64(csize === true ? content.length : csize));
  if (hasDictId) desc.push(le32(o.dictId));
  const d = Buffer.concat(desc);
  let hc = (xxh32(d) >>> 8) & 255;
  if (o.hcXor) hc ^= o.hcXor;
  const parts = [Buffer.from([0x04, 0x22, 0x4d, 0x18]), d, Buffer.from([hc])];
  const dmg = o.damage ?? {};
  // cut the content into blocks
  let blocks = o.blocks;
  if (!blocks) {
    blocks = [];
    const max = BLOCK_MAX[bsid] ?? 65536;
    let sizes = [];
    if (Array.isArray(o.chunks)) sizes = o.chunks;
    else {
      const cs = Math.min(o.chunks ?? max, max);
      for (let p = 0; p < content.length; p += cs) sizes.push(Math.min(cs, content.length - p));
    }
    let pos = 0;
    sizes.forEach((sz, i) => {
      const data = content.subarray(pos, pos + sz);
      let history;
      if (indep) history = o.dict;
      else {
        const prev = content.subarray(Math.max(0, pos - 65536), pos);
        history = o.dict ? Buffer.concat([o.dict, prev]) : prev;
      }
      pos += sz;
      const comp = lz4Block(data, { ...(o.blockOpts ?? {}), history });
      const rawMode = typeof o.raw === 'function' ? o.raw(i) : o.raw ?? 'auto';
      const raw = rawMode === 'always' || rawMode === true || ((rawMode === 'auto') && comp.length >= data.length);
      blocks.push(raw ? { data, raw: true } : { data: comp, raw: false });
    });
  }
  blocks.forEach((b, i) => {
    let size = b.data.length | (b.raw ? 0x80000000 : 0);
    if (dmg.blockSize && dmg.blockSize.i === i) size = dmg.blockSize.size;
    parts.push(le32(size >>> 0), b.data);
    if (blockCrc) {
      let c = xxh32(b.data);
      if (dmg.blockCrcXor && dmg.blockCrcXor.i === i) c ^= dmg.blockCrcXor.x;
      parts.push(le32(c));
    }
  });
  if (!dmg.noEndMark) parts.push(dmg.endMark ?? le32(0));
  if (contentCrc && !dmg.noEndMark) parts.push(le32((xxh32(content) ^ (dmg.contentCrcXor ?? 0)) >>> 0));
  return Buffer.concat(parts);
}

/** The legacy format: magic 0x184C2102, then blocks of [LE32 compressed size][LZ4 block]. */
function lz4Legacy(content, o = {}) {
  const parts = [Buffer.from([0x02, 0x21, 0x4c, 0x18])];
  const cs = o.chunk ?? 8 * 1024 * 1024;
  const sizes = o.chunks ?? [];
  if (!o.chunks) for (let p = 0; p < content.length; p += cs) sizes.push(Math.min(cs, content.length - p));
  let pos = 0;
  for (const sz of sizes) {
    const comp = lz4Block(content.subarray(pos, pos + sz), o.blockOpts ?? {});
    pos += sz;
    parts.push(le32(comp.length), comp);
  }
  return Buffer.concat(parts);
}

/** A skippable frame: magic 0x184D2A5n, LE32 size, data. */
function skippable(data, nibble = 0, sizeOverride) {
  return Buffer.concat([le32(0x184d2a50 + (nibble & 15)), le32(sizeOverride ?? data.length), data]);
}

// ------------------------------------------------------------------ the test cases

const WORDS = ['the', 'of', 'and', 'a', 'to', 'in', 'is', 'you', 'that', 'it', 'he', 'was', 'for', 'on', 'are',
  'as', 'with', 'his', 'they', 'at', 'be', 'this', 'have', 'from', 'or', 'one', 'had', 'by', 'word', 'but', 'not',
  'what', 'all', 'were', 'we', 'when', 'your', 'can', 'said', 'there', 'use', 'an', 'each', 'which', 'she', 'do',
  'how', 'their', 'if', 'will', 'up', 'other', 'about', 'out', 'many', 'then', 'them', 'these', 'so', 'some', 'her',
  'would', 'make', 'like', 'him', 'into', 'time', 'has', 'look', 'two', 'more', 'write', 'go', 'see', 'number', 'no',
  'way', 'could', 'people', 'my', 'than', 'first', 'water', 'been', 'call', 'who', 'oil', 'its', 'now', 'find',
  'compression', 'block', 'frame', 'stream', 'checksum', 'buffer', 'literal', 'match', 'offset', 'window', 'kernel',
  'archive', 'decoder', 'header', 'magic', 'legacy', 'dictionary', 'Linux', 'Debian', 'fast', 'LZ4', 'byte'];
const UWORDS = ['café', 'naïve', 'über', 'smörgåsbord', 'façade', 'jalapeño', 'Ærø', 'Ελλάδα', 'Москва', '東京',
  '数据压缩', 'κόσμε', 'résumé', 'Zürich', 'piñata', 'crème brûlée', 'ß', '→', '★', 'ñandú', 'Ω≈ç√'];
const BASES = ['data', 'report', 'notes', 'archive', 'access_log', 'dump', 'table', 'page', 'sample', 'backup-2023',
  'config', 'results', 'kernel', 'initrd', 'corpus', 'events', 'measurements', 'index', 'payload', 'chunk_07',
  'Makefile', 'readme', 'words', 'messages', 'out', 'snapshot', 'db', 'trace', 'x', 'fw'];
const EXTS = ['.txt', '.csv', '.log', '.json', '.bin', '', '.tar', '.dat', '.html', '.img'];

/** @param {import('../../../main/src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const rnd = () => rng.float();
  const ids = new Set();

  /** nVis visible variants (make(0..nVis-1)) and one hidden dual (make(nVis)) of the first. */
  function addT(id, note, nVis, make) {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    ids.add(id);
    if (nVis === 1) { add(id, note, (v) => make(v)); return; }
    const vid = (v) => (v === 0 ? id : `${id}.${v + 1}`);
    for (let v = 0; v < nVis; v++) cases.push({ id: vid(v), note, ...make(v) });
    cases.push({ id: id + '.dual', note, ...make(nVis), hidden: true, dualOf: id });
  }

  // ---------------------------------------------------------------- data
  const word = () => (rng.chance(0.03) ? String(int(0, 99999)) : pick(WORDS));
  const line = () => {
    const ws = Array.from({ length: int(1, 14) }, word);
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(' ') + pick(['.', '.', '.', ',', '!', '?', ':', '']);
  };
  const text = (lo = 5, hi = 60) => Buffer.from(Array.from({ length: int(lo, hi) }, line).join('\n') + (rng.chance(0.9) ? '\n' : ''));
  const utext = (lo = 5, hi = 40) => Buffer.from(Array.from({ length: int(lo, hi) }, () =>
    Array.from({ length: int(1, 9) }, () => (rng.chance(0.4) ? pick(UWORDS) : pick(WORDS))).join(' ')).join('\n') + '\n');
  const csv = (lo = 10, hi = 200) => {
    const cols = int(3, 7);
    const names = rng.shuffle(['id', 'name', 'city', 'price', 'qty', 'date', 'score', 'tag', 'lat', 'lon']).slice(0, cols);
    const rows = [names.join(',')];
    for (let r = 0, n = int(lo, hi); r < n; r++) {
      rows.push(names.map((c) => {
        if (c === 'id') return String(r + 1);
        if (c === 'name' || c === 'tag') return pick(WORDS);
        if (c === 'city') return pick(['Paris', 'Lyon', 'Berlin', 'Oslo', 'Lima', 'Quito', 'Perth', 'Austin']);
        if (c === 'date') return `20${int(10, 24)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
        if (c === 'lat' || c === 'lon') return (rng.float() * 180 - 90).toFixed(4);
        return String(int(0, 999)) + (rng.chance(0.5) ? '.' + int(0, 99) : '');
      }).join(','));
    }
    return Buffer.from(rows.join('\n') + '\n');
  };
  const logs = (lo = 10, hi = 150) => {
    const out = [];
    let t = int(0, 80000);
    for (let i = 0, n = int(lo, hi); i < n; i++) {
      t += int(0, 90);
      const hh = String(Math.floor(t / 3600) % 24).padStart(2, '0'), mm = String(Math.floor(t / 60) % 60).padStart(2, '0'), ss = String(t % 60).padStart(2, '0');
      out.push(`2023-0${int(1, 9)}-1${int(0, 9)} ${hh}:${mm}:${ss} ${pick(['INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR'])} [${pick(['main', 'worker-1', 'worker-2', 'http', 'db'])}] ` +
        `${pick(['request served', 'cache miss', 'connection closed', 'retrying', 'block decoded', 'user login'])} id=${int(1, 5000)} ms=${int(0, 999)}`);
    }
    return Buffer.from(out.join('\n') + '\n');
  };
  const json = (lo = 5, hi = 80) => Buffer.from(Array.from({ length: int(lo, hi) }, (_, i) =>
    JSON.stringify({ id: i, name: pick(WORDS), tags: [pick(WORDS), pick(WORDS)], score: int(0, 100), ok: rng.chance(0.5) })).join('\n') + '\n');
  /** Structured binary: little records with counters, a few random bytes and zero padding. */
  const binary = (lo = 500, hi = 12000) => {
    const n = int(lo, hi);
    const out = Buffer.alloc(n);
    const rec = int(8, 40);
    let c = int(0, 1000);
    for (let p = 0; p < n; p += rec) {
      const r = Buffer.alloc(rec);
      r.writeUInt32LE(c++ >>> 0, 0);
      r[4] = int(0, 3);
      for (let k = 5; k < Math.min(rec, 9); k++) r[k] = int(0, 255);
      r.copy(out, p, 0, Math.min(rec, n - p));
    }
    return out;
  };
  const random = (lo = 100, hi = 6000) => rng.bytes(int(lo, hi));
  /** Runs of equal bytes and short repeated patterns (matches that overlap their own output). */
  const runs = (lo = 4, hi = 30) => {
    const parts = [];
    for (let i = 0, n = int(lo, hi); i < n; i++) {
      const kind = int(0, 3);
      if (kind === 0) parts.push(Buffer.alloc(int(1, 600), int(0, 255)));
      else if (kind === 1) { const pat = rng.bytes(int(2, 7)); parts.push(Buffer.alloc(int(8, 900), pat)); }
      else if (kind === 2) parts.push(Buffer.from(rng.string(int(2, 60), 'abcdefgh')));
      else { const pat = Buffer.from(pick(WORDS) + ' '); parts.push(Buffer.alloc(pat.length * int(2, 60), pat)); }
    }
    return Buffer.concat(parts);
  };
  const mixed = () => Buffer.concat(rng.shuffle([text(2, 10), csv(3, 20), binary(100, 2000), runs(2, 6), logs(2, 10)]).slice(0, int(2, 5)));
  const content = () => pick([text, text, csv, logs, json, utext, binary, runs, mixed])();

  // ---------------------------------------------------------------- frames
  const blockOpts = () => ({
    rnd,
    skip: rng.chance(0.3) ? rng.float() * 0.5 : 0,
    maxMatch: rng.chance(0.2) ? int(4, 60) : undefined,
    chain: pick([1, 2, 4, 16, 16]),
  });
  /** A valid frame with random settings (any of them can be fixed through o). */
  const frame = (c, o = {}) => lz4Frame(c, {
    bsid: pick([4, 4, 4, 5, 6, 7]),
    indep: rng.chance(0.7),
    blockCrc: rng.chance(0.3),
    contentCrc: rng.chance(0.8),
    contentSize: rng.chance(0.3),
    chunks: rng.chance(0.5) ? int(300, 20000) : undefined,
    blockOpts: blockOpts(),
    ...o,
  });
  const good = () => frame(content());
  const legacy = (c, o = {}) => lz4Legacy(c, { chunk: rng.chance(0.5) ? int(500, 9000) : undefined, blockOpts: blockOpts(), ...o });
  const cat = (...b) => Buffer.concat(b);
  const b64 = (buf) => ({ base64: buf.toString('base64') });
  const base = () => pick(BASES) + (rng.chance(0.3) ? '_' + int(1, 99) : '');
  const lzName = () => base() + pick(EXTS) + '.lz4';
  const distinct = (n, f) => { const s = new Set(); while (s.size < n) s.add(f()); return [...s]; };
  const onFile = (buf, argv, name = lzName()) => ({ argv: [...argv, name], files: { [name]: b64(buf) } });
  const onStdin = (buf, argv) => ({ argv, stdin: b64(buf) });
  /** entries: [name, Buffer | file spec]; argv gets the names appended unless names is false. */
  const onFiles = (entries, argv, names = true) => {
    const files = {};
    for (const [n, c] of entries) files[n] = Buffer.isBuffer(c) ? b64(c) : c;
    return { argv: names ? [...argv, ...entries.map((e) => e[0])] : argv, files };
  };
  const truncate = (buf, lo = 5) => buf.subarray(0, int(lo, buf.length - 1));
  /** At least four bytes that start no frame (shorter tails are tested on their own). */
  const garbage = () => pick([() => Buffer.from(pick(['garbage', 'trailing junk\n', 'PK\x03\x04', '\n\n\n\n', 'xxxxxx'])), () => cat(Buffer.from('#'), rng.bytes(int(3, 40))),
    () => Buffer.alloc(int(4, 20))])();
  const shortTail = () => pick([Buffer.from([0x04, 0x22, 0x4d]), Buffer.from('\n'), Buffer.from('ab'), Buffer.from([0x02, 0x21])]);


  // ================================================================ decoding frames
  addT('dc-text', 'plain text, -dc FILE', 1, () => onFile(frame(text()), ['-dc']));
  addT('dc-data', 'CSV, log lines, JSON lines, UTF-8 text; flags bundled or apart', 2, (v) => {
    const c = [csv, utext, logs, json][v]();
    return onFile(frame(c), [['-dc'], ['-c', '-d'], ['-cd']][v]);
  });
  addT('dc-binary', 'structured binary data, incompressible data (stored blocks)', 2, (v) => onFile(frame(v === 1 ? random() : binary()), ['-dc']));
  addT('dc-runs', 'byte runs and short periodic patterns (matches overlapping their own output)', 1, () => onFile(frame(runs()), ['-dc']));
  addT('long-literals', 'literal runs of 15, 270, 600+ bytes (length extension bytes)', 1, () => {
    const c = cat(text(2, 5), random(300, 1500), text(1, 4), random(15, 15), text(1, 3));
    return onFile(frame(c, { blockOpts: { rnd, skip: rng.float() * 0.3 } }), ['-dc']);
  });
  addT('long-matches', 'matches of 19, 274, thousands of bytes (match length extension)', 1, () => {
    const unit = text(1, 3);
    const c = cat(unit, unit, Buffer.alloc(int(2000, 9000), pick([0, 32, 65, 255])), unit.subarray(0, Math.min(unit.length, 23)), unit);
    return onFile(frame(c, { blockOpts: { rnd } }), ['-dc']);
  });
  addT('len-boundaries', 'hand-made sequences with lengths at the 4-bit and 255-byte boundaries', 2, (v) => {
    const lits = [14, 15, 16, 269, 270, 271, 524, 525][(v * 3 + int(0, 2)) % 8];
    const seqs = [];
    let out = Buffer.alloc(0);
    const pushLit = (n) => Buffer.from(rng.string(n, 'abcdefghijklmnopqrstuvwxyz0123456789'));
    for (let k = 0; k < 6; k++) {
      const lit = pushLit(k === 0 ? Math.max(lits, 8) : pick([0, 1, 14, 15, 16, lits, 270]));
      out = cat(out, lit);
      const ml = pick([4, 18, 19, 20, 273, 274, 275, 529, 1000]);
      const off = Math.min(out.length, pick([1, 2, 3, 8, out.length]));
      seqs.push({ lit, off, len: ml });
      const m = Buffer.alloc(ml);
      for (let i = 0; i < ml; i++) m[i] = (i < off ? out[out.length - off + i] : m[i - off]);
      out = cat(out, m);
    }
    const last = pushLit(pick([5, 15, 16, 300]));
    seqs.push({ lit: last });
    out = cat(out, last);
    return onFile(lz4Frame(out, { blocks: [{ data: rawSequences(seqs) }] }), ['-dc']);
  });
  addT('stdin', 'standard input: no operand, "-" or "stdin"; "-" or "stdout" as output', 3, (v) =>
    onStdin(good(), [['-d'], ['-dc', '-'], ['-d', 'stdin', 'stdout'], ['--decompress', '-', '-']][v]));
  addT('default-output', 'no -c: a warning, then standard output; a .lz4 name implies -d', 3, (v) =>
    onFile(good(), [['-d'], [], ['-c'], ['--uncompress']][v]));
  addT('long-names', '--decompress, --uncompress, --stdout, --to-stdout', 2, (v) => onFile(good(), [['--decompress', '--stdout'], ['--to-stdout', '--uncompress'], ['--uncompress', '--stdout']][v]));
  addT('empty', 'a frame without blocks, an empty file, empty standard input', 4, (v) => {
    if (v === 0 || v === 4) return onFile(frame(Buffer.alloc(0)), v ? ['-tv'] : ['-t']);
    if (v === 1) return onFile(frame(Buffer.alloc(0)), ['-dc']);
    if (v === 2) return onFile(Buffer.alloc(0), ['-t']);
    return { argv: ['-t'] };
  });
  addT('frame-flags', 'block checksums, no content checksum, content size, dictionary ID', 4, (v) => {
    const o = [{ blockCrc: true, chunks: int(200, 3000) }, { contentCrc: false }, { contentSize: true }, { dictId: int(0, 2 ** 32 - 1) }][v % 4];
    return onFile(frame(content(), o), ['-dc']);
  });
  addT('linked-blocks', 'dependent blocks: matches reach into earlier blocks', 2, () => {
    const unit = text(3, 12);
    const c = cat(unit, text(2, 6), unit, csv(5, 20), unit, text(2, 4));
    return onFile(frame(c, { indep: false, chunks: int(100, Math.max(101, Math.floor(c.length / 3))) }), ['-dc']);
  });
  addT('block-size-id', 'block maximum sizes 256 KiB .. 4 MiB in the header', 2, (v) => {
    const c = cat(text(50, 300), binary(1000, 20000));
    return onFile(frame(c, { bsid: [5, 7, 6][v], chunks: undefined }), ['-dc']);
  });
  addT('block-kinds', 'many tiny blocks; stored (uncompressed) blocks mixed with compressed ones', 2, (v) => {
    if (v === 1) return onFile(frame(text(10, 40), { chunks: int(8, 60) }), ['-dc']);
    return onFile(frame(mixed(), { chunks: int(200, 2000), raw: () => rng.chance(0.5) }), ['-dc']);
  });
  addT('skippable', 'skippable frames before, between and after frames, or alone', 2, (v) => {
    const s = () => skippable(rng.chance(0.3) ? Buffer.alloc(0) : text(1, 3), int(0, 15));
    if (v === 1) return onFile(cat(s(), s()), ['-t']);
    return onFile(cat(...rng.shuffle([frame(content()), frame(content()), s(), s()]), s()), ['-dc']);
  });
  addT('concat', 'concatenated frames with different settings, some empty', 2, (v) =>
    onFile(v === 1 ? cat(frame(Buffer.alloc(0)), frame(text(1, 5)), frame(Buffer.alloc(0))) : cat(...Array.from({ length: int(2, 5) }, () => frame(content()))), ['-dc']));
  addT('big-test', '-t on a larger stream of full-size blocks', 1, (v) => {
    const c = cat(...Array.from({ length: int(8, 20) }, () => pick([() => text(100, 300), () => binary(10000, 30000), () => csv(200, 600)])()));
    return onFile(frame(c, { bsid: v ? 5 : 4, chunks: undefined, indep: v === 1 }), ['-t']);
  });

  // ================================================================ legacy format
  addT('legacy', 'the legacy format (magic 0x184C2102), one or several blocks', 2, (v) =>
    onFile(v === 1 ? legacy(cat(text(20, 60), binary()), { chunk: int(300, 3000) }) : legacy(content()), ['-dc']));
  addT('legacy-mix', 'legacy streams next to frames, other legacy streams and skippable frames', 2, (v) => {
    if (v === 1) return onFile(cat(legacy(text()), legacy(csv())), ['-dc']);
    return onFile(cat(legacy(text()), frame(content()), skippable(text(1, 2), int(0, 15)), legacy(logs()), frame(csv())), ['-dc']);
  });
  addT('legacy-test', '-t on a legacy stream; a legacy stream on standard input', 2, (v) => (v === 1 ? onStdin(legacy(content()), ['-d']) : onFile(legacy(content()), ['-t'])));

  // ================================================================ test mode, verbosity
  addT('test', '-t: integrity test, one status line', 1, (v) => onFile(good(), v ? ['-t'] : ['--test']));
  addT('test-names', 'the status line pads or cuts names to 20 characters', 2, (v) => {
    const n = v === 1 ? pick(['a', 'x', 'f1', 'zz']) + '.lz4' : Array.from({ length: int(3, 6) }, base).join('-') + '.lz4';
    return onFile(good(), ['-t'], n);
  });
  addT('odd-names', 'file names with spaces, non-ASCII letters, in a sub-folder', 2, (v) => {
    if (v === 1) {
      const d = base();
      const n = `${d}/${lzName()}`;
      return { argv: ['-t', n], files: { [d]: { dir: true }, [n]: b64(good()) } };
    }
    const n = pick(['my file', 'données', 'résumé 2', 'a b c', 'naïve', '日本語', 'tab\there']) + '.lz4';
    return onFiles([[n, good()]], ['-t', n], false);
  });
  addT('test-stdin', '-t on standard input', 1, (v) => onStdin(good(), v ? ['-t'] : ['--test', 'stdin']));
  addT('test-c', '-t and -c together: testing wins', 1, (v) => onFile(good(), v ? ['-c', '--test'] : ['-tc']));
  addT('verbose', '-v: banner and status line', 2, (v) => onFile(good(), [['-v', '-dc'], ['--verbose', '-t'], ['-tv']][v]));
  addT('quiet', '-q silences the status line and warnings, -qq errors too; -q and -v count', 3, (v) => {
    const k = v % 3;
    if (k === 0) return onFile(cat(good(), garbage()), v ? ['-tq'] : ['--quiet', '-t']);
    if (k === 1) return onFile(text(1, 3), ['-qq', '-dc']);
    return onFile(good(), ['-vq', '-t']);
  });

  // ================================================================ several files
  addT('multi-dc', '-m -dc: several files to standard output; no file: standard input', 2, (v) => {
    if (v === 1) return onStdin(good(), ['-m', '-dc']);
    const names = distinct(int(2, 4), lzName);
    return onFiles(names.map((n) => [n, good()]), v === 2 ? ['-m', '-dc'] : ['--multiple', '-dc']);
  });
  addT('multi-test', '-m -t is quiet; -m -tv prints a status line per file', 2, (v) => {
    const names = distinct(int(2, 4), lzName);
    return onFiles(names.map((n) => [n, rng.chance(0.3) ? legacy(content()) : good()]), [['-m', '-t'], ['-m', '-tv'], ['-tm']][v]);
  });
  addT('multi-vv', '-m -vv: information lines', 1, () => {
    const names = distinct(2, lzName);
    return onFiles(names.map((n) => [n, good()]), ['-m', '-vv', pick(['-t', '-dc'])]);
  });
  addT('multi-to-files', '-m -d: each NAME.lz4 decompressed to NAME; without -d the first .lz4 name decides', 2, (v) => {
    const names = distinct(int(2, 3), lzName);
    return onFiles(names.map((n) => [n, good()]), [['-m', '-dv'], ['-m', '-v'], ['-vmd']][v]);
  });
  addT('multi-errors', '-m: a missing file; a file that is not LZ4 stops everything', 2, (v) => {
    const [a, b, c] = distinct(3, lzName);
    if (v === 1) return onFiles([[a, good()], [b, text(1, 3)], [c, good()]], ['-mdc']);
    return { ...onFiles([[a, good()], [c, good()]], []), argv: ['-mtv', a, b, c] };
  });
  addT('multi-garbage', '-m: after trailing garbage, the next bad file counts as garbage too', 2, (v) => {
    const [a, b, c] = distinct(3, lzName);
    return onFiles([[a, cat(good(), garbage())], [b, text(1, 2)], [c, good()]], [['-mdc'], ['-m', '-tv'], ['-m', '-t']][v]);
  });
  addT('multi-ext', '-m -d: a name without .lz4 is skipped; an existing output is kept', 2, (v) => {
    if (v === 1) {
      const a = lzName();
      return onFiles([[a, good()], [a.slice(0, -4), text(1, 2)]], ['-m', '-dv', a], false);
    }
    const [a, c] = distinct(2, lzName);
    const b = base() + pick(['.txt', '.lz', '.LZ4', '.lz4.bak', '']);
    return onFiles([[a, good()], [b, good()], [c, good()]], ['-m', '-d']);
  });
  addT('multi-dirs', '-r: .lz4 files inside a directory; -m with a directory operand', 2, (v) => {
    const d = base(), sub = pick(['sub', 'inner', 'x']);
    if (v === 1) {
      const a = lzName();
      return onFiles([[a, good()], [d, { dir: true }]], ['-m', '-tv', d, a], false);
    }
    const n = `${d}/${sub}/${lzName()}`;
    return { argv: [['-r', '-dc', d], , ['-r', '-tv', d]][v], files: { [d]: { dir: true }, [`${d}/${sub}`]: { dir: true }, [n]: b64(good()) } };
  });

  // ================================================================ output files
  addT('to-file', '-d IN OUT: decompress to a file (OUT may be null or /dev/null)', 3, (v) => {
    const n = lzName();
    return onFiles([[n, good()]], [['-d', '--keep', n, 'out.txt'], ['-dv', n, 'null'], ['-d', n, pick(['nodir', 'a/b']) + '/out'], ['-d', n, base() + '.dat']][v], false);
  });
  addT('to-file-exists', 'OUT exists: lz4 asks on stderr and reads the answer from stdin', 3, (v) => {
    const n = lzName(), o = base() + '.out';
    const answers = ['y\n', 'n\n', '', 'Yes please\n'];
    if (v === 2) return onFiles([[n, good()], [o, text(1, 2)]], ['-dq', n, o], false);
    return { ...onFiles([[n, good()], [o, text(1, 2)]], ['-d', n, o], false), stdin: answers[v] };
  });
  addT('to-file-force', '-f / --force overwrite OUT; --no-force takes it back', 2, (v) => {
    const n = lzName(), o = base() + '.out';
    return onFiles([[n, good()], [o, text(1, 2)]], [['--force', '-d', n, o], ['-f', '--no-force', '-d', n, o], ['-df', n, o]][v], false);
  });
  addT('extra-operand', 'a third operand: error, or a warning with -f', 2, (v) => {
    const n = lzName();
    return onFiles([[n, good()]], [['-d', n, 'out', 'extra'], ['-df', n, 'out', 'more'], ['-dc', n, 'o', 'p']][v], false);
  });
  addT('rm-keep', '--rm removes the input (the second mention is missing); -k keeps it', 2, (v) => {
    const n = lzName();
    return onFiles([[n, good()]], [['-m', '-dc', '--rm', n, n], ['-m', '--rm', '-k', '-dc', n, n], ['-m', '-tv', '--rm', n, n]][v], false);
  });
  addT('sparse-to-file', '--sparse / --no-sparse when writing a file with zero runs', 1, (v) => {
    const n = lzName();
    return onFiles([[n, frame(cat(text(1, 3), Buffer.alloc(int(40000, 90000)), text(1, 3)))]], ['-d', v ? '--no-sparse' : '--sparse', n, 'out.bin'], false);
  });

  // ================================================================ --list
  addT('list', '--list: one summary line (frame, frame with content size, legacy)', 2, (v) => {
    const k = v % 3;
    return onFile(k === 2 ? legacy(content()) : frame(content(), k === 1 ? { contentSize: true } : {}), ['--list']);
  });
  addT('list-concat', '--list on concatenated frames, legacy streams and skippable frames', 2, (v) => {
    if (v === 1) return onFile(cat(...rng.shuffle([frame(content()), legacy(text()), skippable(text(1, 3), int(0, 15)), frame(content())])), ['--list']);
    const o = { bsid: pick([4, 5, 6, 7]), indep: rng.chance(0.5), contentSize: true };
    return onFile(cat(...Array.from({ length: int(2, 4) }, () => frame(content(), rng.chance(0.7) ? o : {}))), ['--list']);
  });
  addT('list-sizes', '--list: huge content sizes (not decoded), tiny files', 2, (v) => {
    const k = v % 2;
    if (k === 0) return onFile(frame(text(), { contentSize: pick([int(2 ** 20, 2 ** 30), int(2 ** 30, 2 ** 40), int(5000, 900000)]) }), ['--list']);
    return onFile(frame(Buffer.from(pick(['x\n', '', 'hello\n'])), { contentSize: true }), ['--list']);
  });
  addT('list-verbose', '-v --list: a table per frame on stderr; -vv', 2, (v) => {
    const f = cat(...Array.from({ length: int(1, 3) }, () => pick([() => frame(content()), () => legacy(text()), () => skippable(text(1, 2), int(0, 15))])()));
    return onFile(f, v === 1 ? ['--list', '-vv'] : ['-v', '--list']);
  });
  addT('list-multi', '-m --list: one line per file; without -m the second name is the output', 2, (v) => {
    const names = distinct(int(2, 4), lzName);
    const e = names.map((n) => [n, pick([good, () => legacy(text()), good])()]);
    return onFiles(e, [['-m', '--list'], ['--list'], ['--list', '-m', '-v']][v]);
  });
  addT('list-errors', '--list: not LZ4, missing file, directory, standard input', 4, (v) => {
    const k = v % 4;
    if (k === 0) return onFile(v ? random(10, 100) : text(1, 5), ['--list'], base() + pick(['.txt', '.lz4', '']));
    if (k === 1) return { argv: ['--list', lzName()] };
    if (k === 2) { const d = base(); return { argv: ['--list', d], files: { [d]: { dir: true } } }; }
    return onStdin(good(), ['--list']);
  });
  addT('list-damaged', '--list: dictionary ID, damaged header, truncation', 3, (v) => {
    const k = v % 3;
    if (k === 0) return onFile(frame(text(), { dictId: int(1, 99999), contentSize: rng.chance(0.5) }), ['--list']);
    if (k === 1) return onFile(frame(text(), pick([{ version: 0 }, { hcXor: 1 << int(0, 7) }])), ['--list']);
    const g = frame(content());
    return onFile(rng.chance(0.5) ? g.subarray(0, int(5, 6)) : truncate(g, 12), ['--list']);
  });
  addT('list-legacy-bad', '--list on a damaged legacy stream', 1, () => {
    const l = legacy(text());
    return onFile(pick([cat(l, Buffer.from('junk')), l.subarray(0, 6), cat(l, le32(int(2 ** 24, 2 ** 31)))]), ['--list']);
  });
  addT('list-multi-bad', '-m --list stops at the first bad file', 1, () => {
    const [a, b, c] = distinct(3, lzName);
    return onFiles([[a, good()], [b, text(1, 3)], [c, good()]], ['-m', '--list']);
  });
  addT('list-path', '--list shows the base name only; trailing garbage', 2, (v) => {
    if (v === 1) return onFile(cat(good(), garbage()), ['--list', pick(['-v', '-q'])]);
    const d = base();
    const n = `${d}/${lzName()}`;
    return { argv: ['--list', n], files: { [d]: { dir: true }, [n]: b64(good()) } };
  });

  // ================================================================ not LZ4, pass-through
  addT('not-lz4', 'a file or standard input that is not LZ4', 2, (v) => (v === 1 ? onStdin(text(1, 5), ['-d']) : onFile(v ? random(10, 200) : text(1, 5), ['-dc'])));
  addT('magic-short', 'fewer than four bytes', 1, (v) => onFile(Buffer.from(rng.string(int(1, 3), 'abc\x04\x22')), [v ? '-t' : '-dc']));
  addT('passthrough', '-dcf copies data that is not LZ4 unchanged', 2, (v) => {
    if (v === 1) return onStdin(text(1, 5), ['-dfc']);
    return onFile(v ? binary(50, 500) : text(1, 10), v ? ['-d', '-c', '-f'] : ['-dcf']);
  });
  addT('passthrough-not', 'no pass-through without -c, in test mode, or after a frame', 2, (v) => {
    if (v === 1) return onFile(cat(good(), text(1, 3)), ['-dcf']);
    return onFile(text(1, 4), v ? ['-tf'] : ['-df']);
  });

  // ================================================================ trailing data, truncation
  addT('trailing-garbage', 'data after the last frame: silent with -c (exit 1), position with -t', 4, (v) => {
    const k = v % 4;
    if (k === 3) return onFile(cat(good(), shortTail()), [pick(['-dc', '-t'])]);
    if (k === 0) return onFile(cat(good(), garbage()), v ? ['-v', '-dc'] : ['-dc']);
    if (k === 1) return onFile(cat(good(), rng.chance(0.5) ? frame(text()) : Buffer.alloc(0), garbage()), ['-t']);
    return onStdin(cat(good(), garbage()), ['-tv']);
  });
  addT('truncated', 'a frame cut short: anywhere, in the header, before the end mark or checksum', 3, (v) => {
    const k = v % 3;
    if (k === 0) return onFile(truncate(good()), ['-dc']);
    if (k === 1) {
      const g = frame(text(), { contentSize: rng.chance(0.5), dictId: rng.chance(0.3) ? 5 : undefined });
      return onFile(g.subarray(0, int(5, 10)), ['-dc']);
    }
    const g = frame(text(), { contentCrc: true });
    return onFile(g.subarray(0, g.length - pick([1, 4, 6])), ['-dc']);
  });
  addT('truncated-more', 'truncation with -t, on standard input, in a second frame', 3, (v) => {
    const k = v % 3;
    if (k === 0) return onFile(truncate(good()), ['-t']);
    if (k === 1) return onStdin(truncate(good()), ['-d']);
    return onFile(cat(good(), truncate(good())), ['-dc']);
  });

  // ================================================================ damaged frames
  const hdrDamage = (k) => [{ hcXor: 1 << int(0, 7) }, { version: pick([0, 2, 3]) }, { reserved: 1 }, { bdReserved: pick([1, 2, 4, 8, 128]) },
    { bsid: int(0, 3) }][k];
  addT('header-checksum', 'a wrong header checksum', 1, (v) => onFile(frame(content(), hdrDamage(0)), [v ? '-t' : '-dc']));
  addT('header-bits', 'wrong version bits, reserved bits set in FLG or BD', 2, (v) => onFile(frame(content(), hdrDamage([1, 2, 3][v])), ['-dc']));
  addT('header-bsid', 'a block maximum size id below 4', 1, () => onFile(frame(content(), hdrDamage(4)), ['-dc']));
  addT('checksum-bad', 'a wrong block or content checksum: what was decoded before is written', 3, (v) => {
    const k = v % 3;
    if (k === 0) {
      const c = content();
      const chunk = Math.max(50, Math.floor(c.length / int(2, 5)));
      const n = Math.ceil(c.length / chunk);
      return onFile(frame(c, { blockCrc: true, chunks: chunk, damage: { blockCrcXor: { i: int(0, n - 1), x: 1 << int(0, 31) } } }), ['-dc']);
    }
    if (k === 1) return onFile(frame(content(), { contentCrc: true, damage: { contentCrcXor: 1 << int(0, 31) } }), ['-dc']);
    return onFile(cat(good(), frame(text(), { contentCrc: true, damage: { contentCrcXor: 256 } })), ['-t']);
  });
  addT('no-crc', '--no-crc and --no-frame-crc skip verification; --frame-crc or -BX bring it back', 4, (v) => {
    const k = v % 4;
    const f = frame(text(10, 40), { contentCrc: true, damage: { contentCrcXor: int(1, 2 ** 31) } });
    return onFile(f, [['-dc', '--no-crc'], ['--no-frame-crc', '-dc'], ['--no-frame-crc', '--frame-crc', '-dc'], ['--no-crc', '-BX', '-t']][k]);
  });
  addT('content-size-wrong', 'a content size that does not match the data', 2, (v) => {
    const c = text(5, 40);
    const size = [c.length + int(1, 100), Math.max(0, c.length - int(1, 100)), c.length * 2][v];
    return onFile(frame(c, { contentSize: size, chunks: int(100, 400) }), ['-dc']);
  });
  addT('block-size-errors', 'a block bigger than the maximum; a block size field past the data', 3, (v) => {
    const k = v % 3;
    if (k === 2) {
      const blk = lz4Block(text(3, 8));
      return onFile(lz4Frame(Buffer.alloc(0), { bsid: 4, blocks: [{ data: blk }], damage: { blockSize: { i: 0, size: blk.length + int(20, 5000) } } }), ['-dc']);
    }
    const c = Buffer.alloc(int(65537, 80000), pick([0, 97]));
    return onFile(lz4Frame(c, { bsid: 4, blocks: [{ data: k === 1 ? c : lz4Block(c), raw: k === 1 }] }), ['-dc']);
  });
  const badBlocks = (k) => {
    const lit = Buffer.from(rng.string(int(8, 30), 'abcdefghijklmnopqrstuvwxyz'));
    if (k === 0) return [{ data: rawSequences([{ lit, off: lit.length + int(1, 500), len: int(4, 40) }, { lit: Buffer.from('end of block\n') }]) }];
    if (k === 1) return [{ data: cat(Buffer.from([0xf0, int(1, 200)]), lit) }];
    if (k === 2) return [{ data: rawSequences(rng.chance(0.5) ? [{ lit, off: int(1, 8), len: int(4, 30) }, { lit: Buffer.from('ab') }] : [{ lit, off: int(1, lit.length), len: int(4, 30) }]) }];
    const c = text(20, 40);
    return [{ data: lz4Block(c.subarray(0, Math.floor(c.length / 2))) },
      { data: rawSequences([{ lit: Buffer.from('xyz'), off: int(40000, 65535), len: 10 }, { lit: Buffer.from('0123456789ab') }]) }];
  };
  const badFrame = (k) => lz4Frame(Buffer.alloc(0), { contentCrc: false, blocks: badBlocks(k) });
  addT('bad-offset', 'a match offset before the start of the data', 1, () => onFile(badFrame(0), ['-dc']));
  addT('bad-literals', 'a literal length that runs past the block', 1, () => onFile(badFrame(1), ['-dc']));
  addT('bad-end-match', 'a block that ends with a match or with too few literals', 1, () => onFile(badFrame(2), ['-dc']));
  addT('bad-second-block', 'a damaged second block: the first block is written', 1, () => onFile(badFrame(3), ['-dc']));
  addT('bit-flip', 'one bit flipped in a frame without block checksums, or in a legacy stream', 2, (v) => {
    const g = Buffer.from(v === 1 ? legacy(text(5, 30)) : frame(text(5, 30), { blockCrc: false }));
    g[int(v === 1 ? 4 : 7, g.length - 1)] ^= 1 << int(0, 7);
    return onFile(g, ['-dc']);
  });

  // ================================================================ damaged legacy and skippable
  const leg2 = () => legacy(text(10, 40), { chunk: int(200, 900) });
  addT('legacy-truncated', 'a legacy stream cut inside a block or inside a block size', 2, (v) => {
    const l = leg2();
    return onFile(v === 1 ? l.subarray(0, int(5, 7)) : l.subarray(0, int(10, l.length - 1)), ['-dc']);
  });
  addT('legacy-bad-size', 'a legacy block size beyond the limit (which ends the stream), or of 0', 2, (v) =>
    onFile(cat(leg2(), le32(v === 1 ? 0 : int(0x01000000, 0x7fffffff))), v === 2 ? ['-t'] : ['-dc']));
  addT('legacy-junk', 'junk after a legacy stream', 1, (v) => onFile(cat(leg2(), Buffer.from(pick(['junk', 'xyz\n', '\x01']))), [v ? '-t' : '-dc']));
  addT('skippable-damaged', 'a skippable frame cut short (fine in a file, an error on a pipe) or without its size', 3, (v) => {
    const k = v % 3;
    const s = skippable(text(1, 3), int(0, 15));
    const data = cat(good(), s.subarray(0, int(9, s.length - 1)));
    if (k === 0) return onFile(data, ['-dc']);
    if (k === 1) return onStdin(data, ['-d']);
    return onFile(cat(good(), s.subarray(0, int(4, 7))), ['-dc']);
  });

  // ================================================================ dictionaries
  const dictFor = () => cat(text(20, 80), csv(10, 30));
  const dictContent = (dict) => {
    const parts = [];
    for (let i = 0, n = int(3, 6); i < n; i++) {
      const at = int(0, Math.max(0, dict.length - 300));
      parts.push(dict.subarray(at, at + int(20, 300)), text(1, 3));
    }
    return cat(...parts);
  };
  addT('dict', '-D FILE: blocks that refer to the dictionary (independent or linked, -DFILE, over 64 KiB)', 3, (v) => {
    const dn = pick(['dict', 'words.dict', 'd.bin', 'shared']);
    const n = lzName();
    if (v === 2) {
      const dict = cat(binary(30000, 40000), text(300, 600), csv(100, 200));
      const c = dictContent(dict.subarray(dict.length - 60000));
      return onFiles([[dn, dict], [n, frame(c, { dict: dict.subarray(dict.length - 65536), chunks: int(200, 800) })]], ['-dc', '-D', dn, n], false);
    }
    const dict = dictFor(), c = dictContent(dict);
    const f = frame(c, { dict, indep: v !== 1, chunks: int(60, 400), dictId: rng.chance(0.5) ? int(1, 9999) : undefined });
    return onFiles([[dn, dict], [n, f]], [['-dc', '-D', dn, n], ['-D' + dn, '-dc', n], , ['-d', '-c', '-D', dn, n]][v], false);
  });
  addT('dict-errors', 'no dictionary, another dictionary, a dictionary file that does not exist', 3, (v) => {
    const k = v % 3;
    const dict = dictFor(), c = dictContent(dict);
    const n = lzName();
    if (k === 0) return onFile(frame(c, { dict, indep: rng.chance(0.5) }), ['-dc']);
    if (k === 1) return onFiles([['other.dict', dictFor()], [n, frame(c, { dict, contentCrc: true })]], ['-dc', '-D', 'other.dict', n], false);
    return onFiles([[n, good()]], [pick(['-dc', '-t']), '-D', pick(['nosuch.dict', 'absent']), n], false);
  });
  addT('dict-unneeded', '-D with data that does not use it (frame or legacy)', 1, (v) => {
    const n = lzName();
    return onFiles([['x.dict', text(5, 10)], [n, v ? legacy(text()) : good()]], ['-dc', '-D', 'x.dict', n], false);
  });

  // ================================================================ options that do not change decoding
  addT('levels', 'compression levels, --fast[=N], --best, --favor-decSpeed are accepted and ignored', 2, (v) =>
    onFile(good(), ['-dc', ...[['-9', '--favor-decSpeed'], ['--fast=3', '--best', '-12'], ['-1', '--fast']][v]]));
  addT('block-options', '-B4..-B7, -B# bytes, -B#K, -BD/-BI/-BX when decoding: a note on stderr', 3, (v) =>
    onFile(good(), [[`-B${int(4, 7)}`, '-dc'], ['-dc', `-B${int(32, 1023)}`], ['-BD', '-BI', '-BX', `-B${pick([64, 128, 256, 512])}K`, '-dc'], ['-dc', `-B${int(4, 7)}`]][v]));
  addT('frame-options', '--content-size, --no-content-size, -l, -e#, -i# when decoding', 2, (v) =>
    onFile(v === 1 ? legacy(text()) : good(), [['--content-size', '-dc', '--no-content-size', '-e5', '-i2', '--no-sparse'], ['-dl', '-c'], ['-dc', '-i1', '--no-content-size', '--content-size', '-e9']][v]));
  addT('z-then-d', 'the last of -z and -d wins', 1, (v) => onFile(good(), v ? ['-zd', '-c'] : ['-z', '--compress', '--decompress', '-c']));

  // ================================================================ usage errors, help, names
  addT('bad-option', 'an unknown short or long option; -qq hides the usage', 2, (v) =>
    onFile(good(), [['-dcx'], ['-qq', '--bogus', '-dc'], ['-dc', '--decompres']][v]));
  addT('bad-values', '-B below 4 or between 8 and 31, --fast=0, --fast junk, -D last', 4, (v) => {
    const n = lzName();
    return onFiles([[n, good()]], [['-B3', '-dc', n], ['-dc', n, '-B20'], [pick(['--fast=0', '--fastest', '--fast=x']), '-dc', n], ['-dc', n, '-D'],
      ['-dc', '-B' + pick(['0', '1', '2', '8', '31']), n]][v], false);
  });
  addT('help', '-h, --help, -H: usage on stderr; they stop before any file is read', 3, (v) =>
    ({ argv: [['-h'], ['--help'], ['-H'], ['-dh']][v] }));
  addT('version', '-V, --version on stdout; first of help and version wins', 3, (v) => ({ argv: [['-V'], ['--version', '-h'], ['-h', '-V'], ['--version']][v] }));
  addT('dashdash', '-- ends the options: names that start with a dash', 2, (v) => {
    if (v === 1) return { argv: ['-dc', '--', pick(['-v', '-q', '--help'])] };
    const n = '-' + base() + '.lz4';
    return onFiles([[n, good()]], ['-dc', '--', n], false);
  });
  addT('missing', 'a file that does not exist', 1, (v) => ({ argv: [v ? '-t' : '-dc', lzName()] }));
  addT('unreadable', 'a file without read permission', 1, (v) => {
    const n = lzName();
    return { argv: [v ? '-t' : '-dc', n], files: { [n]: { ...b64(good()), mode: 0 } } };
  });
  addT('directory', 'a directory operand', 1, (v) => {
    const d = base() + pick(['', '.lz4', '.d']);
    return { argv: [v ? '-tv' : '-t', d], files: { [d]: { dir: true } } };
  });

  return cases;
}
