// Test cases for bedtools 2.30.0 (Debian 12 package bedtools 2.30.0+dfsg-3): a deterministic
// generator. All variation comes from the seeded rng; most visible cases have a hidden dual with
// the same idea and other data and values (add), the rest are visible only (one).
// Expected outputs are never written here: `mirrorcode prepare bedtools` runs the real program.
//
// Subcommands tested (see notes.md): intersect, subtract, closest, coverage, genomecov, merge,
// cluster, complement, slop, flank, sort, getfasta, nuc, groupby.

import zlib from 'node:zlib';

const gz = (text) => ({ base64: zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 6 }).toString('base64') });

const CHROM_SETS = [
  ['chr1', 'chr2', 'chr3', 'chrX'],
  ['chr1', 'chr2', 'chr10', 'chr11', 'chrM'],
  ['2L', '2R', '3L', '3R', 'X', '4'],
  ['NC_000913.3', 'pX1'],
  ['scaffold_1', 'scaffold_2', 'scaffold_10', 'scaffold_3'],
  ['chrI', 'chrII', 'chrIII', 'chrIV', 'chrV'],
  ['chr5', 'chr12', 'chr7', 'chrY', 'chr1_random'],
  ['ctg1', 'ctg2', 'ctg3'],
];
const GENE_NAMES = ['BRCA1', 'TP53', 'EGFR', 'MYC', 'KRAS', 'PTEN', 'APOE', 'CFTR', 'GAPDH', 'ACTB', 'SOX2', 'PAX6', 'HOXA1',
  'NOTCH1', 'WNT3A', 'SHH', 'FOXP2', 'TNF', 'IL6', 'VEGFA', 'gene_x', 'orf12', 'lncRNA-3', 'mir21'];
const A_NAMES = ['a.bed', 'query.bed', 'genes.bed', 'reads.bed', 'peaks.bed', 'exons.bed', 'A.bed', 'regions.bed'];
const B_NAMES = ['b.bed', 'db.bed', 'features.bed', 'repeats.bed', 'snps.bed', 'targets.bed', 'B.bed', 'annot.bed'];
const G_NAMES = ['genome.txt', 'my.genome', 'chrom.sizes', 'g.txt', 'sizes.genome'];
const FA_NAMES = ['ref.fa', 'genome.fa', 'chroms.fasta', 'seq.fa', 'asm.fna'];

export default function generate({ rng, add: addDual, cases }) {
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);
  const ids = new Set();
  /** A visible case without a hidden dual. */
  const one = (id, note, make) => {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    ids.add(id);
    cases.push({ id, note, ...make(0) });
  };
  const pad = (k) => String(k + 1).padStart(2, '0');
  // Error paths and fixed inputs get no hidden dual (there is little to vary); of the other ideas
  // about every second one has a dual, so that the hidden set spans every subcommand.
  const NO_DUAL = /missing|^noargs|-no-|bad|unknown|unsorted|empty|conflict|unreadable|namecheck|-dir$|mismatch|two-cols|spaces|start-gt|crlf|only-l|b-and-l|float-no-pct|beyond|out-of-range|iu-no-D|non-numeric|-zero$|-neg$|bed3-s|final-newline|blank-lines|mixed-cols|-header|stdin|gzip|-nobuf|-iobuf|bed-flag|version|help/;
  let nIdeas = 0;
  const DUAL_RATE = 0.57;
  const add = (id, note, make) => {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    if (NO_DUAL.test(id)) return one(id, note, make);
    nIdeas++;
    if (Math.floor(nIdeas * DUAL_RATE) === Math.floor((nIdeas - 1) * DUAL_RATE)) return one(id, note, make);
    ids.add(id);
    return addDual(id, note, make);
  };
  const fname = (pool, avoid = []) => { let f; do f = pick(pool); while (avoid.includes(f)); return f; };

  // ------------------------------------------------------------------ genomes and intervals
  /** A genome: [{chrom, size}] in file order (not always lexicographic). */
  function genome(o = {}) {
    const set = o.set ?? pick(CHROM_SETS);
    let names = set.slice(0, Math.min(set.length, o.n ?? int(2, set.length)));
    if (o.shuffle ?? chance(0.3)) names = rng.shuffle(names);
    return names.map((chrom) => ({ chrom, size: int(o.min ?? 800, o.max ?? 4000) }));
  }
  const genomeText = (g) => g.map((c) => `${c.chrom}\t${c.size}\n`).join('');

  let nameCounter = 0;
  function featName(style) {
    nameCounter++;
    switch (style) {
      case 0: return `${pick(GENE_NAMES)}`;
      case 1: return `feat${nameCounter}`;
      case 2: return `${pick(['peak', 'read', 'exon', 'rep'])}_${int(1, 999)}`;
      default: return pick(['a', 'b', 'c', 'd', 'e']);
    }
  }
  /** Random intervals on genome g. Records: {chrom,start,end,name,score,strand,extra}. */
  function ivals(g, n, o = {}) {
    const out = [];
    const style = o.nameStyle ?? int(0, 3);
    const chroms = o.chroms ?? g;
    for (let i = 0; i < n; i++) {
      const c = pick(chroms);
      const len = Math.min(c.size, int(o.minLen ?? 1, o.maxLen ?? 250));
      const start = int(o.startMin ?? 0, Math.max(o.startMin ?? 0, Math.min(o.startMax ?? c.size, c.size) - len));
      const score = o.scores ? pick(o.scores) : o.floatScore ? (int(0, 10000) / 100).toString() : String(int(0, o.scoreMax ?? 1000));
      let strand = pick(['+', '-']);
      if (o.dotStrand && chance(o.dotStrand)) strand = '.';
      out.push({ chrom: c.chrom, start, end: start + len, name: featName(style), score, strand, extra: o.extra ? o.extra(i) : [] });
    }
    return out;
  }
  const cmpChrom = (order) => (a, b) => {
    if (order) return order.indexOf(a) - order.indexOf(b);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  /** Sort like `sort -k1,1 -k2,2n` (or by the genome order given). */
  function sorted(recs, order) {
    const cc = cmpChrom(order);
    return [...recs].sort((x, y) => cc(x.chrom, y.chrom) || x.start - y.start || x.end - y.end);
  }
  function line(r, cols) {
    const f = [r.chrom, r.start, r.end, r.name, r.score, r.strand].slice(0, cols);
    return [...f, ...(cols >= 6 ? r.extra : [])].join('\t');
  }
  const bedText = (recs, cols = 3) => recs.map((r) => line(r, cols) + '\n').join('');

  /** BED12 records with 1-4 blocks. */
  function bed12(g, n, o = {}) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const c = pick(g);
      const k = int(1, o.maxBlocks ?? 4);
      const sizes = []; const starts = []; let pos = 0;
      for (let j = 0; j < k; j++) {
        if (j > 0) pos += int(5, o.maxGap ?? 120);
        starts.push(pos);
        const s = int(5, o.maxBlock ?? 60);
        sizes.push(s);
        pos += s;
      }
      const span = pos;
      const start = int(0, Math.max(0, c.size - span));
      const trail = chance(0.5) ? ',' : '';
      out.push([c.chrom, start, start + span, `tx${int(1, 999)}`, int(0, 1000), pick(['+', '-']), start, start + span,
        pick(['0', '255,0,0', '0,0,255']), k, sizes.join(',') + trail, starts.join(',') + trail]);
    }
    return out;
  }
  const b12Text = (recs) => recs.map((r) => r.join('\t') + '\n').join('');
  const sorted12 = (recs) => [...recs].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) || x[1] - y[1]);

  /** GFF lines (1-based) for the records. */
  function gffText(recs, o = {}) {
    return (o.header ? '##gff-version 3\n' : '') + recs.map((r) => [r.chrom, pick(['ensembl', 'havana', '.']), pick(['exon', 'gene', 'CDS', 'mRNA']),
      r.start + 1, r.end, chance(0.5) ? '.' : r.score, r.strand, pick(['.', '0', '1', '2']), `ID=${r.name};Name=${r.name}`].join('\t') + '\n').join('');
  }
  /** VCF text with a header; records are 1-base SNVs or short indels. */
  function vcfText(g, n, o = {}) {
    const recs = [];
    for (let i = 0; i < n; i++) {
      const c = pick(g);
      const pos = int(1, c.size - 5);
      const ref = rng.string(chance(0.8) ? 1 : int(2, 4), 'ACGT');
      const alt = chance(0.8) ? rng.string(1, 'ACGT') : rng.string(int(2, 5), 'ACGT');
      recs.push({ chrom: c.chrom, pos, ref, alt });
    }
    const cc = cmpChrom(null);
    if (o.sort) recs.sort((x, y) => cc(x.chrom, y.chrom) || x.pos - y.pos);
    let t = '##fileformat=VCFv4.2\n##source=test\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n';
    for (const r of recs) t += `${r.chrom}\t${r.pos}\t${chance(0.5) ? 'rs' + int(1000, 999999) : '.'}\t${r.ref}\t${r.alt}\t${int(10, 99)}\tPASS\tDP=${int(1, 80)}\n`;
    return t;
  }

  // ------------------------------------------------------------------ sequences
  function dna(n, o = {}) {
    let s = '';
    for (let i = 0; i < n; i++) {
      const r = rng.float();
      if (o.iupac && r < o.iupac) s += pick(['R', 'Y', 'K', 'M', 'S', 'W', 'B', 'D', 'H', 'V']);
      else if (o.n && r < (o.iupac ?? 0) + o.n) s += 'N';
      else s += rng.string(1, o.rna ? 'ACGU' : 'ACGT');
    }
    if (o.lower) {
      const arr = s.split('');
      for (let k = 0; k < int(1, 3); k++) {
        const len = int(1, Math.max(1, Math.floor(n / 4)));
        const at = int(0, Math.max(0, n - len));
        for (let j = at; j < at + len && j < n; j++) arr[j] = arr[j].toLowerCase();
      }
      s = arr.join('');
    }
    return s;
  }
  /** FASTA for a genome (sizes kept small); returns {text, fai, seqs}. */
  function fasta(g, o = {}) {
    let text = ''; let fai = ''; const seqs = {};
    for (const c of g) {
      const seq = dna(c.size, o);
      seqs[c.chrom] = seq;
      const w = o.width ?? pick([50, 60, 60, 70, 80, 0]);
      const header = `>${c.chrom}${o.comments && chance(0.7) ? pick([' desc', ' len=' + c.size, '\tsome description', ' dna:chromosome chromosome:X']) : ''}\n`;
      text += header;
      const offset = Buffer.byteLength(text);
      const lw = w === 0 ? c.size : w;
      for (let i = 0; i < seq.length; i += lw) text += seq.slice(i, i + lw) + '\n';
      fai += `${c.chrom}\t${c.size}\t${offset}\t${lw}\t${lw + 1}\n`;
    }
    return { text, fai, seqs };
  }

  // ------------------------------------------------------------------ common builders
  /** Two-file case: A and B interval sets on one genome. */
  function pairData(o = {}) {
    const g = o.g ?? genome({ min: o.gmin ?? 500, max: o.gmax ?? 2000, n: int(1, 3) });
    const ca = o.colsA ?? pick([3, 4, 6, 6]);
    const cb = o.colsB ?? pick([3, 4, 6, 6]);
    // Redraw until some A overlap B and some do not (and, on BED6, both strand relations occur),
    // so that -u, -v, -s and -S all have something to report.
    const ov = (x, y) => x.chrom === y.chrom && x.start < y.end && y.start < x.end;
    let A; let B;
    const na = o.na ?? int(4, 20); const nb = o.nb ?? int(4, 25);
    for (let tries = 0; tries < 30; tries++) {
      A = ivals(g, na, { maxLen: o.maxLenA ?? 300, ...(o.ivA ?? {}) });
      B = ivals(g, nb, { maxLen: o.maxLenB ?? 200, ...(o.ivB ?? {}) });
      const hit = A.map((a) => B.filter((b) => ov(a, b)));
      const mixed = hit.some((h) => h.length > 0) && hit.some((h) => h.length === 0);
      const strands = hit.some((h, i) => h.some((b) => b.strand === A[i].strand)) && hit.some((h, i) => h.some((b) => b.strand !== A[i].strand));
      if (mixed && strands) break;
    }
    if (o.sort) { A = sorted(A, o.order); B = sorted(B, o.order); }
    const fa = fname(A_NAMES); const fb = fname(B_NAMES, [fa]);
    return { g, A, B, fa, fb, ta: bedText(A, ca), tb: bedText(B, cb), ca, cb };
  }

  // ==================================================================== general
  one('main-usage', 'no subcommand: the main usage', () => ({ argv: [] }));
  one('main-help', '--help', () => ({ argv: ['--help'] }));
  one('main-help-short', '-h', () => ({ argv: ['-h'] }));
  one('main-version', '--version', () => ({ argv: ['--version'] }));
  one('main-contact', '--contact', () => ({ argv: ['--contact'] }));
  add('main-unknown', 'unknown subcommand', (v) => ({ argv: [v ? 'intersekt' : 'frobnicate', '-i', 'x.bed'] }));
  one('main-version-word', '"version" is not a subcommand', () => ({ argv: ['version'] }));
  const SUBS = ['intersect', 'subtract', 'closest', 'coverage', 'genomecov', 'merge', 'cluster', 'complement', 'slop', 'flank',
    'sort', 'getfasta', 'nuc', 'groupby'];
  for (const s of SUBS) one(`help-${s}`, `${s} -h prints the usage`, () => ({ argv: [s, '-h'] }));
  for (const s of ['intersect', 'merge', 'groupby']) one(`help-long-${s}`, `${s} --help prints the usage`, () => ({ argv: [s, '--help'] }));
  for (const s of SUBS.filter((x) => x !== 'groupby')) {
    const readsStdin = ['merge', 'cluster', 'sort'].includes(s);
    one(`noargs-${s}`, `${s} without its input options${readsStdin ? ' (reads stdin)' : ''}`, () => ({ argv: [s], stdin: `chr1\t${int(1, 50)}\t${int(60, 100)}\nchr1\t${int(80, 120)}\t${int(130, 200)}\n` }));
  }

  // ==================================================================== intersect
  const INTERSECT_MODES = [
    ['default', [], 'overlapping part of A for each overlap'],
    ['wa', ['-wa'], 'original A entry for each overlap'],
    ['wb', ['-wb'], 'A part and B entry'],
    ['wa-wb', ['-wa', '-wb'], 'original A and B entries'],
    ['loj', ['-loj'], 'left outer join'],
    ['wo', ['-wo'], 'A and B plus overlap bp'],
    ['wao', ['-wao'], 'A and B plus overlap bp, A without hits too'],
    ['u', ['-u'], 'A once if any overlap'],
    ['c', ['-c'], 'count of overlaps per A'],
    ['v', ['-v'], 'A without overlaps'],
  ];
  for (const [id, opts, note] of INTERSECT_MODES) {
    add(`intersect-${id}`, `intersect ${opts.join(' ')}: ${note}`, () => {
      const d = pairData();
      return { argv: ['intersect', '-a', d.fa, '-b', d.fb, ...opts], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    });
    if (['wb', 'loj', 'u', 'v'].includes(id)) add(`intersect-${id}-strand`, `intersect ${opts.join(' ')} with -s or -S on BED6`, (v) => {
      const d = pairData({ colsA: 6, colsB: 6 });
      return { argv: ['intersect', ...opts, v ? '-S' : '-s', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    });
  }
  for (const [id, opts] of INTERSECT_MODES.filter((_, i) => i % 2 === 1)) {
    one(`intersect-${id}-frac`, `intersect ${opts.join(' ')} with -f/-F/-r/-e fractions`, () => {
      const d = pairData();
      const fr = pick([['-f', pick(['0.5', '0.25', '0.9', '1.0', '0.1'])], ['-F', pick(['0.5', '0.3', '1E-1'])],
        ['-f', pick(['0.5', '0.6']), '-r'], ['-f', '0.8', '-F', '0.2', '-e'], ['-f', '0.3', '-F', '0.4']]);
      return { argv: ['intersect', '-a', d.fa, '-b', d.fb, ...opts, ...fr], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    });
  }
  add('intersect-f-half', 'intersect -wo -f 0.5: at least half of A overlapped', (v) => {
    const d = pairData({ maxLenA: 120, maxLenB: 150 });
    return { argv: ['intersect', '-wo', '-f', v ? '0.60' : '0.5', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-F', 'intersect -wa -wb -F: fraction of B', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-wa', '-wb', '-F', v ? '0.75' : '0.4', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-f-r', 'intersect -u -f -r: reciprocal fraction', (v) => {
    const d = pairData({ maxLenA: 100, maxLenB: 100, na: 25, nb: 25 });
    return { argv: ['intersect', '-u', '-f', v ? '0.3' : '0.5', '-r', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-f-F-e', 'intersect -wo -f -F -e: either fraction', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-wo', '-f', v ? '0.7' : '0.9', '-F', v ? '0.2' : '0.1', '-e', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-f-F-both', 'intersect -c -f -F without -e: both fractions', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-c', '-f', v ? '0.2' : '0.4', '-F', v ? '0.5' : '0.3', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-f-1', 'intersect -f 1.0: B must cover all of A', (v) => {
    const d = pairData({ maxLenA: 40, maxLenB: 300, na: 30 });
    return { argv: ['intersect', v ? '-wa' : '-u', '-f', '1.0', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-split', 'intersect -split with BED12 A', (v) => {
    const g = genome({ min: 500, max: 1500 });
    const A = bed12(g, int(4, 10));
    const B = ivals(g, int(8, 20), { maxLen: 60 });
    return { argv: ['intersect', '-split', v ? '-wo' : '-wa', '-a', 'tx.bed', '-b', 'feat.bed'], files: { 'tx.bed': b12Text(A), 'feat.bed': bedText(B, 4) } };
  });
  add('intersect-nosplit', 'intersect BED12 A without -split: whole span', () => {
    const g = genome({ min: 500, max: 1500 });
    const A = bed12(g, int(4, 10));
    const B = ivals(g, int(8, 20), { maxLen: 60 });
    return { argv: ['intersect', '-wo', '-a', 'tx.bed', '-b', 'feat.bed'], files: { 'tx.bed': b12Text(A), 'feat.bed': bedText(B, 4) } };
  });
  add('intersect-split-default', 'intersect -split default output: each block overlap', () => {
    const g = genome({ min: 500, max: 1500 });
    const A = bed12(g, int(4, 8));
    const B = ivals(g, int(8, 20), { maxLen: 80 });
    return { argv: ['intersect', '-split', '-a', 'tx.bed', '-b', 'feat.bed'], files: { 'tx.bed': b12Text(A), 'feat.bed': bedText(B, 3) } };
  });
  add('intersect-split-both', 'intersect -split with BED12 on both sides, -c', () => {
    const g = genome({ min: 400, max: 1000 });
    return { argv: ['intersect', '-split', '-c', '-a', 'a12.bed', '-b', 'b12.bed'], files: { 'a12.bed': b12Text(bed12(g, int(4, 8))), 'b12.bed': b12Text(bed12(g, int(4, 8))) } };
  });
  add('intersect-sorted', 'intersect -sorted on sorted input', (v) => {
    const d = pairData({ sort: true });
    return { argv: ['intersect', '-sorted', ...(v ? ['-wao'] : ['-wa', '-wb']), '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-sorted-g', 'intersect -sorted -g with a genome order', (v) => {
    const g = genome({ shuffle: true, n: 4, set: pick(CHROM_SETS.filter((s) => s.length >= 4)) });
    const order = g.map((c) => c.chrom);
    const d = pairData({ g, sort: true, order });
    return { argv: ['intersect', '-sorted', '-g', 'g.txt', v ? '-c' : '-u', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb, 'g.txt': genomeText(g) } };
  });
  add('intersect-sorted-unsorted', 'intersect -sorted on unsorted input: error', () => {
    const d = pairData({ na: 12 });
    const A = [...d.A].sort((x, y) => y.start - x.start);
    return { argv: ['intersect', '-sorted', '-a', d.fa, '-b', d.fb], files: { [d.fa]: bedText(A, d.ca), [d.fb]: bedText(sorted(d.B), d.cb) } };
  });
  add('intersect-sorted-g-missing', 'intersect -sorted -g where the genome lacks a chromosome', () => {
    const g = genome({ n: 3, set: pick(CHROM_SETS.filter((s) => s.length >= 3)) });
    const d = pairData({ g, sort: true, order: g.map((c) => c.chrom) });
    return { argv: ['intersect', '-sorted', '-g', 'g.txt', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb, 'g.txt': genomeText(g.slice(0, 1)) } };
  });
  add('intersect-namecheck', 'intersect -sorted with chr1 vs 1 naming: error', (v) => {
    const A = [`chr1\t${int(10, 50)}\t${int(60, 200)}`, `chr2\t${int(10, 50)}\t${int(60, 200)}`].join('\n') + '\n';
    const B = [`1\t${int(10, 50)}\t${int(60, 200)}`, `2\t${int(10, 50)}\t${int(60, 200)}`].join('\n') + '\n';
    return { argv: ['intersect', '-sorted', v ? '-wa' : '-u', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': A, 'b.bed': B } };
  });
  add('intersect-nonamecheck', 'intersect -sorted -nonamecheck with chr1 vs 1 naming', (v) => {
    const A = [`chr1\t${int(10, 50)}\t${int(60, 200)}`, `chr2\t${int(10, 50)}\t${int(60, 200)}`].join('\n') + '\n';
    const B = [`1\t${int(10, 50)}\t${int(60, 200)}`, `chr2\t${int(10, 50)}\t${int(60, 200)}`].join('\n') + '\n';
    return { argv: ['intersect', '-sorted', '-nonamecheck', v ? '-wa' : '-u', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': A, 'b.bed': B } };
  });
  function multiDb(o = {}) {
    const g = genome({ min: 500, max: 2000 });
    const A = ivals(g, int(4, 12), { maxLen: 300 });
    const k = o.k ?? int(2, 3);
    const files = { 'q.bed': bedText(o.sort ? sorted(A) : A, 4) };
    const dbs = [];
    for (let i = 0; i < k; i++) {
      const f = pick(['rep', 'cpg', 'tfbs', 'snp', 'dnase', 'ctcf']) + (i + 1) + '.bed';
      const B = ivals(g, int(3, 12), { maxLen: 150 });
      files[f] = bedText(o.sort ? sorted(B) : B, pick([3, 4, 6]));
      dbs.push(f);
    }
    return { files, dbs };
  }
  add('intersect-multi', 'intersect -wa -wb with several -b files: file index column', () => {
    const m = multiDb();
    return { argv: ['intersect', '-wa', '-wb', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('intersect-multi-names', 'intersect several -b with -names', () => {
    const m = multiDb();
    const names = m.dbs.map((f) => f.replace('.bed', '').toUpperCase());
    return { argv: ['intersect', '-wa', '-wb', '-a', 'q.bed', '-b', ...m.dbs, '-names', ...names], files: m.files };
  });
  add('intersect-multi-filenames', 'intersect several -b with -filenames', () => {
    const m = multiDb();
    return { argv: ['intersect', '-wo', '-a', 'q.bed', '-b', ...m.dbs, '-filenames'], files: m.files };
  });
  add('intersect-multi-sortout', 'intersect several -b with -sortout', () => {
    const m = multiDb({ k: 3 });
    return { argv: ['intersect', '-wa', '-wb', '-sortout', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('intersect-multi-C', 'intersect -C: counts per database', () => {
    const m = multiDb();
    return { argv: ['intersect', '-C', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('intersect-multi-C-names', 'intersect -C -names', () => {
    const m = multiDb();
    return { argv: ['intersect', '-C', '-a', 'q.bed', '-b', ...m.dbs, '-names', ...m.dbs.map((_, i) => pick(['x', 'y', 'z', 'db']) + i)], files: m.files };
  });
  add('intersect-multi-sorted', 'intersect -sorted with several sorted databases', () => {
    const m = multiDb({ sort: true });
    return { argv: ['intersect', '-sorted', '-wa', '-wb', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('intersect-multi-names-count', 'intersect -names with the wrong number of names', () => {
    const m = multiDb({ k: 3 });
    return { argv: ['intersect', '-wa', '-wb', '-a', 'q.bed', '-b', ...m.dbs, '-names', 'only'], files: m.files };
  });
  function headerLines() {
    return pick([
      '# a comment line\n',
      'track name=test description="test track"\n',
      'browser position chr1:1-1000\ntrack name=x\n',
      '#chrom\tstart\tend\tname\n',
      '# header one\n# header two\n',
    ]);
  }
  add('intersect-header', 'intersect -header prints the A header', () => {
    const d = pairData();
    return { argv: ['intersect', '-header', '-wa', '-a', d.fa, '-b', d.fb], files: { [d.fa]: headerLines() + d.ta, [d.fb]: d.tb } };
  });
  add('intersect-header-skipped', 'intersect: header/track lines skipped without -header', () => {
    const d = pairData();
    return { argv: ['intersect', '-wa', '-wb', '-a', d.fa, '-b', d.fb], files: { [d.fa]: headerLines() + d.ta, [d.fb]: headerLines() + d.tb } };
  });
  add('intersect-nobuf', 'intersect -nobuf', () => {
    const d = pairData();
    return { argv: ['intersect', '-nobuf', '-wo', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-iobuf', 'intersect -iobuf with a size suffix', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-iobuf', v ? '64K' : '1M', '-u', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-bed-flag', 'intersect -bed on BED input (no effect)', () => {
    const d = pairData();
    return { argv: ['intersect', '-bed', '-wa', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-gff', 'intersect GFF A with BED B', (v) => {
    const g = genome();
    const A = ivals(g, int(4, 12), { maxLen: 300 });
    const B = ivals(g, int(4, 15), { maxLen: 200 });
    return { argv: ['intersect', v ? '-wo' : '-wa', '-a', 'genes.gff', '-b', 'b.bed'], files: { 'genes.gff': gffText(A, { header: v === 1 }), 'b.bed': bedText(B, 4) } };
  });
  add('intersect-gff-default', 'intersect GFF A default output: clipped GFF', () => {
    const g = genome();
    return { argv: ['intersect', '-a', 'genes.gff', '-b', 'b.bed'], files: { 'genes.gff': gffText(ivals(g, int(4, 12), { maxLen: 300 })), 'b.bed': bedText(ivals(g, int(4, 15)), 3) } };
  });
  add('intersect-bed-gff', 'intersect BED A with GFF B -wa -wb', () => {
    const g = genome();
    return { argv: ['intersect', '-wa', '-wb', '-a', 'a.bed', '-b', 'ann.gff3'], files: { 'a.bed': bedText(ivals(g, int(4, 12), { maxLen: 300 }), 6), 'ann.gff3': gffText(ivals(g, int(4, 15)), { header: true }) } };
  });
  add('intersect-vcf', 'intersect VCF A with BED B', (v) => {
    const g = genome({ min: 300, max: 800 });
    return { argv: ['intersect', v ? '-v' : '-u', '-a', 'calls.vcf', '-b', 'targets.bed'], files: { 'calls.vcf': vcfText(g, int(5, 20)), 'targets.bed': bedText(ivals(g, int(3, 8), { maxLen: 150 }), 3) } };
  });
  add('intersect-vcf-header', 'intersect VCF A with -header', () => {
    const g = genome({ min: 300, max: 800 });
    return { argv: ['intersect', '-header', '-wa', '-wb', '-a', 'calls.vcf', '-b', 'targets.bed'], files: { 'calls.vcf': vcfText(g, int(5, 20)), 'targets.bed': bedText(ivals(g, int(3, 8), { maxLen: 150 }), 4) } };
  });
  add('intersect-bed-vcf', 'intersect BED A with VCF B -c', () => {
    const g = genome({ min: 300, max: 800 });
    return { argv: ['intersect', '-c', '-a', 'win.bed', '-b', 'calls.vcf'], files: { 'calls.vcf': vcfText(g, int(5, 25)), 'win.bed': bedText(ivals(g, int(3, 8), { maxLen: 250 }), 3) } };
  });
  add('intersect-stdin-a', 'intersect -a stdin', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-a', v ? '-' : 'stdin', '-b', d.fb, '-wa'], stdin: d.ta, files: { [d.fb]: d.tb } };
  });
  add('intersect-stdin-b', 'intersect -b stdin', () => {
    const d = pairData();
    return { argv: ['intersect', '-a', d.fa, '-b', 'stdin', '-wb'], stdin: d.tb, files: { [d.fa]: d.ta } };
  });
  add('intersect-gzip', 'intersect on gzip-compressed inputs', (v) => {
    const d = pairData();
    return { argv: ['intersect', v ? '-wo' : '-wa', '-a', d.fa + '.gz', '-b', d.fb], files: { [d.fa + '.gz']: gz(d.ta), [d.fb]: v ? d.tb : d.tb } };
  });
  add('intersect-gzip-b', 'intersect on a gzip-compressed B', () => {
    const d = pairData();
    return { argv: ['intersect', '-c', '-a', d.fa, '-b', d.fb + '.gz'], files: { [d.fa]: d.ta, [d.fb + '.gz']: gz(d.tb) } };
  });
  add('intersect-empty-a', 'intersect with an empty A', (v) => {
    const d = pairData();
    return { argv: ['intersect', ...(v ? ['-c'] : []), '-a', 'empty.bed', '-b', d.fb], files: { 'empty.bed': '', [d.fb]: d.tb } };
  });
  add('intersect-empty-b', 'intersect with an empty B', (v) => {
    const d = pairData();
    return { argv: ['intersect', v ? '-loj' : '-c', '-a', d.fa, '-b', 'empty.bed'], files: { [d.fa]: d.ta, 'empty.bed': '' } };
  });
  add('intersect-empty-b-v', 'intersect -v with an empty B', () => {
    const d = pairData();
    return { argv: ['intersect', '-v', '-a', d.fa, '-b', 'none.bed'], files: { [d.fa]: d.ta, 'none.bed': '' } };
  });
  add('intersect-bookended', 'intersect: book-ended intervals do not overlap', () => {
    const s = int(100, 500); const m = s + int(10, 90); const e = m + int(10, 90);
    const c = pick(['chr1', 'chr2', 'chrX']);
    return { argv: ['intersect', '-wao', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': `${c}\t${s}\t${m}\tleft\n${c}\t${m}\t${e}\tright\n`, 'b.bed': `${c}\t${m}\t${e}\tB1\n${c}\t${m - 1}\t${m}\tB2\n${c}\t${e}\t${e + 5}\tB3\n` } };
  });
  add('intersect-zero-length', 'intersect with zero-length intervals (insertions)', (v) => {
    const c = pick(['chr1', 'chr2', 'chr7']);
    const p = int(100, 400);
    const A = `${c}\t${p}\t${p}\tins1\n${c}\t${p + 20}\t${p + 20}\tins2\n${c}\t${p + 50}\t${p + 60}\tnormal\n`;
    const B = `${c}\t${p - 10}\t${p + 10}\tb1\n${c}\t${p + 20}\t${p + 30}\tb2\n${c}\t${p + 55}\t${p + 55}\tb3\n`;
    return { argv: ['intersect', v ? '-wo' : '-wa', ...(v ? [] : ['-wb']), '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': A, 'b.bed': B } };
  });
  add('intersect-no-common-chrom', 'intersect: chromosomes absent from B', () => {
    const g = genome({ set: ['chr1', 'chr2', 'chr3', 'chr4'], n: 4 });
    const A = ivals(g.slice(0, 2), int(3, 8));
    const B = ivals(g.slice(2), int(3, 8));
    return { argv: ['intersect', '-loj', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': bedText(A, 4), 'b.bed': bedText(B, 4) } };
  });
  add('intersect-wao-overlap-count', 'intersect -wao: overlap bp column incl. 0 rows', () => {
    const d = pairData({ na: int(10, 20), nb: int(3, 6) });
    return { argv: ['intersect', '-wao', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-extra-cols', 'intersect with extra BED columns past six', () => {
    const g = genome();
    const A = ivals(g, int(4, 10), { extra: () => [int(0, 100), pick(['x', 'y', 'zz']), (int(0, 999) / 10).toFixed(1)] });
    const B = ivals(g, int(4, 10), { extra: () => [pick(['p', 'q'])] });
    return { argv: ['intersect', '-wa', '-wb', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': bedText(A, 6), 'b.bed': bedText(B, 6) } };
  });
  add('intersect-crlf', 'intersect on CRLF line ends', () => {
    const d = pairData({ colsA: 3, colsB: 3 });
    return { argv: ['intersect', '-wa', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta.replace(/\n/g, '\r\n'), [d.fb]: d.tb } };
  });
  add('intersect-no-final-newline', 'intersect: last line without a newline', () => {
    const d = pairData();
    return { argv: ['intersect', '-wa', '-wb', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta.replace(/\n$/, ''), [d.fb]: d.tb.replace(/\n$/, '') } };
  });
  add('intersect-blank-lines', 'intersect: blank lines in the input', () => {
    const d = pairData({ colsA: 4 });
    const lines = d.ta.split('\n');
    lines.splice(int(1, lines.length - 1), 0, '');
    return { argv: ['intersect', '-c', '-a', d.fa, '-b', d.fb], files: { [d.fa]: lines.join('\n'), [d.fb]: d.tb } };
  });
  add('intersect-bad-coord', 'intersect: a non-integer coordinate', (v) => {
    const d = pairData({ colsA: 3 });
    const lines = d.ta.trim().split('\n');
    const i = int(0, lines.length - 1);
    const f = lines[i].split('\t'); f[v ? 2 : 1] = pick(['abc', '1e3', '12x', '-']);
    lines[i] = f.join('\t');
    return { argv: ['intersect', '-a', d.fa, '-b', d.fb], files: { [d.fa]: lines.join('\n') + '\n', [d.fb]: d.tb } };
  });
  add('intersect-start-gt-end', 'intersect: start greater than end', () => {
    const d = pairData({ colsA: 3 });
    const c = d.g[0].chrom;
    return { argv: ['intersect', '-wa', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta + `${c}\t${int(300, 500)}\t${int(100, 299)}\n`, [d.fb]: d.tb } };
  });
  add('intersect-two-cols', 'intersect: a line with only two columns', () => {
    const d = pairData({ colsA: 3 });
    return { argv: ['intersect', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta + `${d.g[0].chrom}\t${int(1, 100)}\n`, [d.fb]: d.tb } };
  });
  add('intersect-spaces', 'intersect: space-delimited input', () => {
    const d = pairData({ colsA: 3, colsB: 3 });
    return { argv: ['intersect', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta.replace(/\t/g, ' '), [d.fb]: d.tb } };
  });
  add('intersect-mixed-cols', 'intersect: differing number of columns in A', () => {
    const d = pairData({ colsA: 4 });
    return { argv: ['intersect', '-wa', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta + bedText(ivals(d.g, 2), 6), [d.fb]: d.tb } };
  });
  add('intersect-missing-b', 'intersect without -b', () => ({ argv: ['intersect', '-a', 'a.bed'], files: { 'a.bed': 'chr1\t1\t100\n' } }));
  add('intersect-missing-file', 'intersect: B file does not exist', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-a', d.fa, '-b', v ? 'nope.bed' : 'missing.bed'], files: { [d.fa]: d.ta } };
  });
  add('intersect-missing-a', 'intersect: A file does not exist', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-a', v ? 'gone.bed' : 'absent.bed', '-b', d.fb], files: { [d.fb]: d.tb } };
  });
  add('intersect-unreadable', 'intersect: unreadable A file', () => {
    const d = pairData();
    return { argv: ['intersect', '-a', d.fa, '-b', d.fb], files: { [d.fa]: { text: d.ta, mode: 0 }, [d.fb]: d.tb } };
  });
  add('intersect-unknown-opt', 'intersect: unknown option', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-a', d.fa, '-b', d.fb, v ? '-wz' : '--wa'], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-conflict', 'intersect: conflicting -wa/-wb with -u or -v', (v) => {
    const d = pairData();
    return { argv: ['intersect', v ? '-v' : '-u', '-wb', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-f-bad', 'intersect -f out of range', (v) => {
    const d = pairData();
    return { argv: ['intersect', '-f', v ? '2.5' : '1.5', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-bed3-s', 'intersect -s on BED3 (no strand)', () => {
    const d = pairData({ colsA: 3, colsB: 3 });
    return { argv: ['intersect', '-s', '-wa', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('intersect-dot-strand', 'intersect -s with "." strands', () => {
    const g = genome();
    const A = ivals(g, int(5, 12), { dotStrand: 0.4 }); const B = ivals(g, int(5, 12), { dotStrand: 0.4 });
    return { argv: ['intersect', '-s', '-wa', '-wb', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': bedText(A, 6), 'b.bed': bedText(B, 6) } };
  });
  for (let k = 0; k < 8; k++) {
    const make = () => {
      const isSorted = chance(0.3);
      const d = pairData({ sort: isSorted, na: int(5, 25), nb: int(5, 30) });
      const groups = [pick(INTERSECT_MODES)[1]];
      if (d.ca === 6 && d.cb === 6 && chance(0.4)) groups.push([pick(['-s', '-S'])]);
      const f = chance(0.4); const F = chance(0.25);
      if (f) groups.push(['-f', pick(['0.1', '0.25', '0.5', '0.75'])]);
      if (F) groups.push(['-F', pick(['0.2', '0.5', '0.8'])]);
      if (f && chance(0.3)) groups.push(['-r']);
      else if (f && F && chance(0.5)) groups.push(['-e']);
      if (isSorted && chance(0.6)) groups.push(['-sorted']);
      return { argv: ['intersect', ...rng.shuffle(groups).flat(), '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    };
    if (k < 5) add(`intersect-random-${pad(k)}`, 'intersect with random options on random data', make);
    else one(`intersect-random-${pad(k)}`, 'intersect with random options on random data', make);
  }

  // ==================================================================== subtract
  const SUB_MODES = [
    ['default', [], 'remove overlapping parts'],
    ['A', ['-A'], 'remove whole A if any overlap'],
    ['N', ['-N', '-f', '0.5'], 'remove A if B covers the fraction in total'],
    ['f', ['-f', '0.5'], 'subtract only B with 50% overlap of A'],
    ['F', ['-F', '0.6'], 'subtract only B overlapped 60%'],
    ['f-r', ['-f', '0.3', '-r'], 'reciprocal fraction'],
    ['f-F-e', ['-f', '0.9', '-F', '0.5', '-e'], 'either fraction'],
    ['s', ['-s'], 'same strand'],
    ['S', ['-S'], 'opposite strand'],
    ['A-s', ['-A', '-s'], 'whole A, same strand'],
    ['A-f', ['-A', '-f', '0.3'], 'whole A, fraction'],
  ];
  for (const [id, opts, note] of SUB_MODES) {
    add(`subtract-${id}`, `subtract ${opts.join(' ')}: ${note}`, () => {
      const d = pairData({ colsA: opts.some((o) => /^-[sS]$/.test(o)) ? 6 : pick([3, 4, 6]), colsB: opts.some((o) => /^-[sS]$/.test(o)) ? 6 : pick([3, 6]) });
      return { argv: ['subtract', '-a', d.fa, '-b', d.fb, ...opts], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    });
  }
  add('subtract-split', 'subtract -split with BED12 B', () => {
    const g = genome({ min: 400, max: 1000 });
    return { argv: ['subtract', '-split', '-a', 'a.bed', '-b', 'tx.bed'], files: { 'a.bed': bedText(ivals(g, int(4, 10), { maxLen: 300 }), 4), 'tx.bed': b12Text(bed12(g, int(3, 8))) } };
  });
  add('subtract-sorted', 'subtract -sorted on sorted data', () => {
    const d = pairData({ sort: true });
    return { argv: ['subtract', '-sorted', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('subtract-sorted-g', 'subtract -sorted -g genome order', () => {
    const g = genome({ shuffle: true, n: 3, set: pick(CHROM_SETS.filter((s) => s.length >= 3)) });
    const d = pairData({ g, sort: true, order: g.map((c) => c.chrom) });
    return { argv: ['subtract', '-sorted', '-g', 'chrom.sizes', '-A', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb, 'chrom.sizes': genomeText(g) } };
  });
  add('subtract-header', 'subtract -header', () => {
    const d = pairData();
    return { argv: ['subtract', '-header', '-a', d.fa, '-b', d.fb], files: { [d.fa]: headerLines() + d.ta, [d.fb]: d.tb } };
  });
  add('subtract-multi', 'subtract with several -b files', () => {
    const m = multiDb();
    return { argv: ['subtract', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('subtract-stdin', 'subtract -a stdin', () => {
    const d = pairData();
    return { argv: ['subtract', '-a', 'stdin', '-b', d.fb], stdin: d.ta, files: { [d.fb]: d.tb } };
  });
  add('subtract-gff', 'subtract on GFF A', () => {
    const g = genome();
    return { argv: ['subtract', '-a', 'genes.gff', '-b', 'mask.bed'], files: { 'genes.gff': gffText(ivals(g, int(4, 10), { maxLen: 400 })), 'mask.bed': bedText(ivals(g, int(4, 15), { maxLen: 80 }), 3) } };
  });
  add('subtract-contained', 'subtract: B inside A splits A in two', () => {
    const c = pick(['chr1', 'chr2', 'chr3']); const s = int(100, 500); const e = s + int(200, 500);
    const b1 = s + int(20, 80); const b2 = b1 + int(10, 50);
    return { argv: ['subtract', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': `${c}\t${s}\t${e}\tregion\t7\t+\n`, 'b.bed': `${c}\t${b1}\t${b2}\n${c}\t${b2 + 5}\t${b2 + 20}\n${c}\t${e - 3}\t${e + 30}\n` } };
  });
  add('subtract-empty-b', 'subtract with an empty B', () => {
    const d = pairData();
    return { argv: ['subtract', '-a', d.fa, '-b', 'empty.bed'], files: { [d.fa]: d.ta, 'empty.bed': '' } };
  });
  add('subtract-missing', 'subtract: missing B file', () => {
    const d = pairData();
    return { argv: ['subtract', '-a', d.fa, '-b', 'missing.bed'], files: { [d.fa]: d.ta } };
  });
  add('subtract-no-b', 'subtract without -b', () => {
    const d = pairData();
    return { argv: ['subtract', '-a', d.fa], files: { [d.fa]: d.ta } };
  });
  for (let k = 0; k < 6; k++) {
    const make = () => {
      const d = pairData({ colsA: 6, colsB: 6, na: int(5, 20), nb: int(5, 25) });
      const opts = [];
      if (chance(0.3)) opts.push(pick(['-A', '-N']));
      if (chance(0.4)) opts.push(pick(['-s', '-S']));
      if (chance(0.5)) opts.push('-f', pick(['0.1', '0.2', '0.5', '0.7']));
      if (chance(0.2)) opts.push('-F', pick(['0.3', '0.9']));
      if (opts.includes('-f') && chance(0.3)) opts.push('-r');
      return { argv: ['subtract', '-a', d.fa, '-b', d.fb, ...opts], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    };
    if (k < 3) add(`subtract-random-${pad(k)}`, 'subtract with random options', make);
    else one(`subtract-random-${pad(k)}`, 'subtract with random options', make);
  }

  // ==================================================================== closest
  function closestData(o = {}) {
    const g = genome({ min: 1000, max: 6000, n: o.nchrom });
    const A = sorted(ivals(g, o.na ?? int(4, 15), { maxLen: 100, nameStyle: o.nameStyle }));
    let B = sorted(ivals(o.bChroms ? g.slice(0, o.bChroms) : g, o.nb ?? int(4, 20), { maxLen: 80, nameStyle: o.nameStyle }));
    if (o.ties) {
      // duplicate some B records at the same distance (ties)
      const extra = [];
      for (const r of B.slice(0, int(1, 3))) extra.push({ ...r, name: r.name + '_dup', score: String(int(0, 999)) });
      B = sorted([...B, ...extra]);
    }
    const fa = fname(A_NAMES); const fb = fname(B_NAMES, [fa]);
    const ca = o.cols ?? 6; const cb = o.cols ?? 6;
    return { g, A, B, fa, fb, files: { [fa]: bedText(A, ca), [fb]: bedText(B, cb) } };
  }
  const CLOSEST_MODES = [
    ['default', [], 'closest B, all ties'],
    ['d', ['-d'], 'with distance'],
    ['D-ref', ['-D', 'ref'], 'signed distance w.r.t. the reference'],
    ['D-a', ['-D', 'a'], 'signed distance w.r.t. A strand'],
    ['D-b', ['-D', 'b'], 'signed distance w.r.t. B strand'],
    ['io', ['-io', '-d'], 'ignore overlaps'],
    ['iu', ['-iu', '-D', 'ref'], 'ignore upstream'],
    ['id', ['-id', '-D', 'a'], 'ignore downstream'],
    ['fu', ['-fu', '-D', 'b'], 'first upstream'],
    ['fd', ['-fd', '-D', 'ref'], 'first downstream'],
    ['iu-a', ['-iu', '-D', 'a'], 'ignore upstream w.r.t. A'],
    ['t-first', ['-t', 'first', '-d'], 'ties: first'],
    ['t-last', ['-t', 'last', '-d'], 'ties: last'],
    ['k', ['-k', '3', '-d'], 'k closest'],
    ['k-first', ['-k', '2', '-t', 'first', '-D', 'ref'], 'k closest, first ties'],
    ['N', ['-N', '-d'], 'different names'],
    ['s', ['-s', '-d'], 'same strand'],
    ['S', ['-S', '-D', 'a'], 'opposite strand'],
  ];
  for (const [id, opts, note] of CLOSEST_MODES) {
    add(`closest-${id}`, `closest ${opts.join(' ')}: ${note}`, () => {
      const d = closestData({ ties: /^t|^k/.test(id), nameStyle: id === 'N' ? 3 : undefined });
      return { argv: ['closest', '-a', d.fa, '-b', d.fb, ...opts], files: d.files };
    });
  }
  add('closest-f', 'closest -f: overlaps must cover a fraction of A', () => {
    const d = closestData();
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, '-d', '-f', pick(['0.5', '0.8'])], files: d.files };
  });
  add('closest-F-r-e', 'closest: overlap fractions -F, -r, -e', (v) => {
    const d = closestData({ na: int(6, 15), nb: int(10, 25) });
    const fr = v ? ['-f', '0.3', '-r'] : ['-f', '0.9', '-F', '0.2', '-e'];
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, '-d', ...fr, ...(v ? ['-F', '0.1'] : [])], files: d.files };
  });
  add('closest-g', 'closest on input sorted by a genome-file order, with -g', () => {
    const g = genome({ shuffle: true, n: 3, set: pick(CHROM_SETS.filter((x) => x.length >= 3)), min: 1000, max: 5000 });
    const order = g.map((c) => c.chrom);
    const A = sorted(ivals(g, int(4, 12), { maxLen: 100 }), order);
    const B = sorted(ivals(g, int(4, 15), { maxLen: 80 }), order);
    return { argv: ['closest', '-a', 'a.bed', '-b', 'b.bed', '-g', 'g.txt', '-d'], files: { 'a.bed': bedText(A, 6), 'b.bed': bedText(B, 6), 'g.txt': genomeText(g) } };
  });
  add('closest-no-chrom', 'closest: no B on the chromosome (none -1)', () => {
    const d = closestData({ bChroms: 1, nchrom: 3 });
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, '-d'], files: d.files };
  });
  add('closest-bed3', 'closest on BED3', () => {
    const d = closestData({ cols: 3 });
    return { argv: ['closest', '-a', d.fa, '-b', d.fb], files: d.files };
  });
  add('closest-overlap', 'closest: overlapping features have distance 0', () => {
    const c = pick(['chr1', 'chr2']); const s = int(100, 300);
    return { argv: ['closest', '-a', 'a.bed', '-b', 'b.bed', '-d'], files: { 'a.bed': `${c}\t${s}\t${s + 100}\tq1\t0\t+\n${c}\t${s + 500}\t${s + 520}\tq2\t0\t-\n`, 'b.bed': `${c}\t${s + 50}\t${s + 60}\tb1\t0\t+\n${c}\t${s + 80}\t${s + 150}\tb2\t0\t-\n${c}\t${s + 480}\t${s + 490}\tb4\t0\t+\n${c}\t${s + 530}\t${s + 540}\tb3\t0\t+\n` } };
  });
  add('closest-bookended', 'closest: book-ended features (distance 1)', () => {
    const c = pick(['chr1', 'chr3']); const s = int(100, 300); const e = s + int(10, 50);
    return { argv: ['closest', '-a', 'a.bed', '-b', 'b.bed', '-D', 'ref'], files: { 'a.bed': `${c}\t${s}\t${e}\tq\t0\t+\n`, 'b.bed': `${c}\t${s - 10}\t${s}\tleft\t0\t-\n${c}\t${e}\t${e + 10}\tright\t0\t+\n` } };
  });
  function multiClosest() {
    const g = genome({ min: 1000, max: 5000 });
    const files = { 'q.bed': bedText(sorted(ivals(g, int(3, 10), { maxLen: 100 })), 6) };
    const dbs = [];
    for (let i = 0; i < int(2, 3); i++) {
      const f = pick(['tss', 'cpg', 'enh', 'gene']) + (i + 1) + '.bed';
      files[f] = bedText(sorted(ivals(g, int(3, 10), { maxLen: 80 })), 6);
      dbs.push(f);
    }
    return { files, dbs };
  }
  add('closest-mdb-each', 'closest with several databases, -mdb each', () => {
    const m = multiClosest();
    return { argv: ['closest', '-a', 'q.bed', '-b', ...m.dbs, '-mdb', 'each', '-d'], files: m.files };
  });
  add('closest-mdb-all', 'closest with several databases, -mdb all', () => {
    const m = multiClosest();
    return { argv: ['closest', '-a', 'q.bed', '-b', ...m.dbs, '-mdb', 'all', '-d'], files: m.files };
  });
  add('closest-multi-default', 'closest with several databases: file index column', () => {
    const m = multiClosest();
    return { argv: ['closest', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('closest-multi-names', 'closest several databases with -names', () => {
    const m = multiClosest();
    return { argv: ['closest', '-a', 'q.bed', '-b', ...m.dbs, '-names', ...m.dbs.map((f) => f.slice(0, 3).toUpperCase())], files: m.files };
  });
  add('closest-multi-filenames', 'closest several databases with -filenames', () => {
    const m = multiClosest();
    return { argv: ['closest', '-a', 'q.bed', '-b', ...m.dbs, '-filenames', '-D', 'ref'], files: m.files };
  });
  add('closest-header', 'closest -header', () => {
    const d = closestData();
    d.files[d.fa] = headerLines() + d.files[d.fa];
    return { argv: ['closest', '-header', '-a', d.fa, '-b', d.fb, '-d'], files: d.files };
  });
  add('closest-unsorted', 'closest on unsorted A: error', () => {
    const d = closestData({ na: 8 });
    const A = [...d.A].reverse();
    d.files[d.fa] = bedText(A, 6);
    return { argv: ['closest', '-a', d.fa, '-b', d.fb], files: d.files };
  });
  add('closest-iu-no-D', 'closest -iu without -D: error', (v) => {
    const d = closestData();
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, v ? '-fd' : '-iu'], files: d.files };
  });
  add('closest-bad-D', 'closest -D with a bad value', () => {
    const d = closestData();
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, '-D', pick(['up', 'x', 'A'])], files: d.files };
  });
  add('closest-bad-t', 'closest -t with a bad value', () => {
    const d = closestData();
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, '-t', pick(['none', 'some'])], files: d.files };
  });
  add('closest-empty-b', 'closest with an empty B', () => {
    const d = closestData();
    d.files[d.fb] = '';
    return { argv: ['closest', '-a', d.fa, '-b', d.fb, '-d'], files: d.files };
  });
  add('closest-stdin', 'closest -a stdin', () => {
    const d = closestData();
    const ta = d.files[d.fa]; delete d.files[d.fa];
    return { argv: ['closest', '-a', 'stdin', '-b', d.fb, '-D', 'b'], stdin: ta, files: d.files };
  });
  for (let k = 0; k < 6; k++) {
    const make = () => {
      const d = closestData({ ties: chance(0.5) });
      const opts = [];
      const D = chance(0.6) ? pick(['ref', 'a', 'b']) : null;
      if (D) opts.push('-D', D); else if (chance(0.6)) opts.push('-d');
      if (D && chance(0.5)) opts.push(pick(['-iu', '-id', '-fu', '-fd']));
      if (chance(0.3)) opts.push('-io');
      if (chance(0.3)) opts.push('-t', pick(['all', 'first', 'last']));
      if (chance(0.3)) opts.push('-k', String(int(1, 4)));
      if (chance(0.2)) opts.push(pick(['-s', '-S']));
      return { argv: ['closest', '-a', d.fa, '-b', d.fb, ...opts], files: d.files };
    };
    if (k < 5) add(`closest-random-${pad(k)}`, 'closest with random options', make);
    else one(`closest-random-${pad(k)}`, 'closest with random options', make);
  }

  // ==================================================================== coverage
  const COV_MODES = [
    ['default', [], 'count, bases covered, length, fraction'],
    ['hist', ['-hist'], 'depth histogram per A and overall'],
    ['d', ['-d'], 'per-base depth'],
    ['counts', ['-counts'], 'only the count'],
    ['mean', ['-mean'], 'mean depth'],
    ['s', ['-s'], 'same strand'],
    ['S', ['-S', '-counts'], 'opposite strand counts'],
    ['f', ['-f', '0.2'], 'fraction of A'],
    ['F', ['-F', '0.5'], 'fraction of B'],
    ['f-r', ['-f', '0.1', '-r'], 'reciprocal'],
    ['s-hist', ['-s', '-hist'], 'histogram, same strand'],
  ];
  for (const [id, opts, note] of COV_MODES) {
    add(`coverage-${id}`, `coverage ${opts.join(' ')}: ${note}`, () => {
      const d = pairData({ colsA: pick([3, 4, 6]), colsB: 6, na: opts.includes('-d') ? int(2, 5) : int(3, 12), nb: int(5, 30), maxLenA: opts.includes('-d') ? 60 : 300, gmin: 400, gmax: 1500 });
      if (opts.some((o) => /^-[sS]$/.test(o))) { d.ta = bedText(d.A, 6); }
      return { argv: ['coverage', '-a', d.fa, '-b', d.fb, ...opts], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    });
  }
  add('coverage-f-F-e', 'coverage -f -F -e: either fraction', (v) => {
    const d = pairData({ colsA: 4, colsB: 3, gmin: 400, gmax: 1500 });
    return { argv: ['coverage', '-a', d.fa, '-b', d.fb, '-f', v ? '0.5' : '0.8', '-F', v ? '0.3' : '0.6', '-e'], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('coverage-split', 'coverage -split with BED12 B', (v) => {
    const g = genome({ min: 400, max: 900 });
    return { argv: ['coverage', '-split', ...(v ? ['-hist'] : []), '-a', 'win.bed', '-b', 'tx.bed'], files: { 'win.bed': bedText(ivals(g, int(3, 6), { maxLen: 300 }), 3), 'tx.bed': b12Text(bed12(g, int(4, 10))) } };
  });
  add('coverage-sorted', 'coverage -sorted', (v) => {
    const d = pairData({ sort: true, gmin: 400, gmax: 1500 });
    return { argv: ['coverage', '-sorted', ...(v ? ['-mean'] : []), '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
  });
  add('coverage-sorted-g', 'coverage -sorted -g', () => {
    const g = genome({ shuffle: true, n: 3, set: pick(CHROM_SETS.filter((s) => s.length >= 3)), min: 400, max: 1500 });
    const d = pairData({ g, sort: true, order: g.map((c) => c.chrom) });
    return { argv: ['coverage', '-sorted', '-g', 'g.txt', '-a', d.fa, '-b', d.fb], files: { [d.fa]: d.ta, [d.fb]: d.tb, 'g.txt': genomeText(g) } };
  });
  add('coverage-header', 'coverage -header', () => {
    const d = pairData({ gmin: 400, gmax: 1500 });
    return { argv: ['coverage', '-header', '-a', d.fa, '-b', d.fb], files: { [d.fa]: headerLines() + d.ta, [d.fb]: d.tb } };
  });
  add('coverage-multi', 'coverage with several -b files', () => {
    const m = multiDb();
    return { argv: ['coverage', '-a', 'q.bed', '-b', ...m.dbs], files: m.files };
  });
  add('coverage-empty-b', 'coverage with an empty B', (v) => {
    const d = pairData();
    return { argv: ['coverage', ...(v ? ['-hist'] : []), '-a', d.fa, '-b', 'empty.bed'], files: { [d.fa]: d.ta, 'empty.bed': '' } };
  });
  add('coverage-gff', 'coverage of GFF features by BED reads', () => {
    const g = genome({ min: 400, max: 1500 });
    return { argv: ['coverage', '-a', 'genes.gff', '-b', 'reads.bed'], files: { 'genes.gff': gffText(ivals(g, int(3, 8), { maxLen: 300 })), 'reads.bed': bedText(ivals(g, int(10, 40), { maxLen: 50 }), 3) } };
  });
  add('coverage-dense', 'coverage -hist with many stacked reads', () => {
    const g = genome({ n: 1, min: 300, max: 600 });
    return { argv: ['coverage', '-hist', '-a', 'a.bed', '-b', 'reads.bed'], files: { 'a.bed': bedText(ivals(g, int(2, 4), { maxLen: 200 }), 4), 'reads.bed': bedText(ivals(g, int(40, 80), { maxLen: 40, minLen: 20 }), 3) } };
  });
  add('coverage-zero-length', 'coverage with zero-length A intervals', () => {
    const c = pick(['chr1', 'chr2']); const p = int(50, 200);
    return { argv: ['coverage', '-a', 'a.bed', '-b', 'b.bed'], files: { 'a.bed': `${c}\t${p}\t${p}\n${c}\t${p}\t${p + 30}\n`, 'b.bed': `${c}\t${p - 5}\t${p + 5}\n${c}\t${p + 10}\t${p + 12}\n` } };
  });
  add('coverage-missing-b', 'coverage without -b', () => ({ argv: ['coverage', '-a', 'a.bed'], files: { 'a.bed': 'chr1\t5\t50\n' } }));
  for (let k = 0; k < 5; k++) {
    const make = () => {
      const d = pairData({ colsA: 6, colsB: 6, na: int(3, 10), nb: int(5, 30), gmin: 400, gmax: 1500 });
      const opts = [];
      const m = pick([[], ['-hist'], ['-counts'], ['-mean'], []]);
      opts.push(...m);
      if (chance(0.3)) opts.push(pick(['-s', '-S']));
      if (chance(0.3)) opts.push('-f', pick(['0.1', '0.5', '1E-3']));
      if (chance(0.2)) opts.push('-F', pick(['0.5', '0.9']));
      return { argv: ['coverage', '-a', d.fa, '-b', d.fb, ...opts], files: { [d.fa]: d.ta, [d.fb]: d.tb } };
    };
    if (k < 4) add(`coverage-random-${pad(k)}`, 'coverage with random options', make);
    else one(`coverage-random-${pad(k)}`, 'coverage with random options', make);
  }

  // ==================================================================== genomecov
  function gcovData(o = {}) {
    const g = genome({ min: o.min ?? 300, max: o.max ?? 2000, n: o.n });
    const order = g.map((c) => c.chrom);
    let I = ivals(o.onChroms ? g.slice(0, o.onChroms) : g, o.count ?? int(5, 30), { maxLen: o.maxLen ?? 150, dotStrand: o.dot });
    I = sorted(I, chance(0.5) ? order : null);
    const fi = pick(['reads.bed', 'in.bed', 'cov.bed', 'aln.bed']); const fg = fname(G_NAMES);
    return { g, I, fi, fg, files: { [fi]: bedText(I, o.cols ?? pick([3, 6, 6])), [fg]: genomeText(g) } };
  }
  const GCOV_MODES = [
    ['hist', [], 'default histogram'],
    ['bg', ['-bg'], 'BedGraph'],
    ['bga', ['-bga'], 'BedGraph with zero regions'],
    ['dz', ['-dz'], 'non-zero depth per base, 0-based'],
    ['max', ['-max', '2'], 'histogram with a cap'],
    ['strand-plus', ['-strand', '+', '-bg'], 'plus strand only'],
    ['strand-minus', ['-strand', '-', '-bga'], 'minus strand only'],
    ['5', ['-5', '-bg'], '5\' ends'],
    ['3', ['-3', '-bg'], '3\' ends'],
    ['scale', ['-scale', '0.5', '-bg'], 'scaled BedGraph'],
    ['trackline', ['-bg', '-trackline'], 'track line'],
    ['trackopts', ['-bg', '-trackline', '-trackopts', 'name="My Track" visibility=2 color=255,30,30'], 'track line with options'],
  ];
  for (const [id, opts, note] of GCOV_MODES) {
    add(`genomecov-${id}`, `genomecov ${opts.join(' ')}: ${note}`, () => {
      const d = gcovData({ cols: opts.includes('-strand') || opts.includes('-5') || opts.includes('-3') ? 6 : undefined, max: opts.includes('-dz') ? 800 : 2000 });
      return { argv: ['genomecov', '-i', d.fi, '-g', d.fg, ...opts], files: d.files };
    });
  }
  add('genomecov-d', 'genomecov -d: depth at every position (small genome)', (v) => {
    const d = gcovData({ min: 20, max: 120, n: 2, count: int(3, 8), maxLen: 30 });
    return { argv: ['genomecov', '-i', d.fi, '-g', d.fg, '-d', ...(v ? ['-scale', '3'] : [])], files: d.files };
  });
  add('genomecov-split', 'genomecov -split with BED12', (v) => {
    const g = genome({ min: 300, max: 900, n: 2 });
    const I = sorted12(bed12(g, int(3, 8)));
    return { argv: ['genomecov', '-split', v ? '-bga' : '-bg', '-i', 'tx.bed', '-g', 'g.txt'], files: { 'tx.bed': b12Text(I), 'g.txt': genomeText(g) } };
  });
  add('genomecov-nosplit', 'genomecov on BED12 without -split', () => {
    const g = genome({ min: 300, max: 900, n: 2 });
    return { argv: ['genomecov', '-bg', '-i', 'tx.bed', '-g', 'g.txt'], files: { 'tx.bed': b12Text(sorted12(bed12(g, int(3, 8)))), 'g.txt': genomeText(g) } };
  });
  add('genomecov-hist-unused-chrom', 'genomecov histogram with chromosomes lacking intervals', () => {
    const d = gcovData({ onChroms: 1, n: 3 });
    return { argv: ['genomecov', '-i', d.fi, '-g', d.fg], files: d.files };
  });
  add('genomecov-bga-unused-chrom', 'genomecov -bga with chromosomes lacking intervals', () => {
    const d = gcovData({ onChroms: 1, n: 3 });
    return { argv: ['genomecov', '-bga', '-i', d.fi, '-g', d.fg], files: d.files };
  });
  add('genomecov-unsorted', 'genomecov: chromosomes not grouped: error', () => {
    const g = genome({ n: 2, set: ['chr1', 'chr2'] });
    const I = [...ivals([g[0]], 2), ...ivals([g[1]], 2), ...ivals([g[0]], 1)];
    return { argv: ['genomecov', '-bg', '-i', 'in.bed', '-g', 'g.txt'], files: { 'in.bed': bedText(I, 3), 'g.txt': genomeText(g) } };
  });
  add('genomecov-beyond-end', 'genomecov: intervals past the chromosome end', () => {
    const g = genome({ n: 1, min: 200, max: 400 });
    const c = g[0];
    return { argv: ['genomecov', '-bga', '-i', 'in.bed', '-g', 'g.txt'], files: { 'in.bed': `${c.chrom}\t${c.size - 20}\t${c.size + 30}\n`, 'g.txt': genomeText(g) } };
  });
  add('genomecov-stdin', 'genomecov -i stdin', () => {
    const d = gcovData();
    const t = d.files[d.fi]; delete d.files[d.fi];
    return { argv: ['genomecov', '-i', 'stdin', '-g', d.fg, '-bg'], stdin: t, files: d.files };
  });
  add('genomecov-no-g', 'genomecov without -g', () => {
    const d = gcovData();
    return { argv: ['genomecov', '-i', d.fi], files: d.files };
  });
  add('genomecov-missing-g', 'genomecov: genome file missing', () => {
    const d = gcovData();
    return { argv: ['genomecov', '-i', d.fi, '-g', 'nope.genome'], files: { [d.fi]: d.files[d.fi] } };
  });
  add('genomecov-bad-strand', 'genomecov -strand with a bad value', () => {
    const d = gcovData({ cols: 6 });
    return { argv: ['genomecov', '-i', d.fi, '-g', d.fg, '-strand', pick(['x', 'plus'])], files: d.files };
  });
  add('genomecov-empty', 'genomecov on an empty input', (v) => {
    const g = genome();
    return { argv: ['genomecov', '-i', 'empty.bed', '-g', 'g.txt', ...(v ? ['-bga'] : [])], files: { 'empty.bed': '', 'g.txt': genomeText(g) } };
  });
  add('genomecov-gff', 'genomecov on GFF input', () => {
    const g = genome({ min: 300, max: 1500 });
    const I = sorted(ivals(g, int(4, 12)));
    return { argv: ['genomecov', '-bg', '-i', 'f.gff', '-g', 'g.txt'], files: { 'f.gff': gffText(I), 'g.txt': genomeText(g) } };
  });
  for (let k = 0; k < 6; k++) {
    const make = () => {
      const d = gcovData({ cols: 6, max: 1200 });
      const out = pick([[], ['-bg'], ['-bga'], ['-dz'], ['-bg'], ['-max', String(int(1, 4))]]);
      const opts = [...out];
      if (chance(0.3)) opts.push('-strand', pick(['+', '-']));
      if (chance(0.3)) opts.push(pick(['-5', '-3']));
      if (out.length && out[0] !== '-max' && chance(0.3)) opts.push('-scale', pick(['0.1', '2', '1.5', '100', '0.333']));
      return { argv: ['genomecov', '-i', d.fi, '-g', d.fg, ...opts], files: d.files };
    };
    if (k < 4) add(`genomecov-random-${pad(k)}`, 'genomecov with random options', make);
    else one(`genomecov-random-${pad(k)}`, 'genomecov with random options', make);
  }

  // ==================================================================== merge
  function mergeData(o = {}) {
    const g = genome({ min: 500, max: 2500, n: o.n });
    const I = sorted(ivals(g, o.count ?? int(6, 30), { maxLen: o.maxLen ?? 200, floatScore: o.floatScore, scoreMax: o.scoreMax, dotStrand: o.dot, scores: o.scores, nameStyle: o.nameStyle }));
    const fi = pick(['in.bed', 'peaks.bed', 'reads.bed', 'intervals.bed']);
    return { g, I, fi, text: bedText(I, o.cols ?? 6) };
  }
  add('merge-default', 'merge overlapping and book-ended intervals', (v) => {
    const d = mergeData({ cols: v ? 3 : 6 });
    return { argv: ['merge', '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('merge-s', 'merge -s: per strand', () => {
    const d = mergeData();
    return { argv: ['merge', '-s', '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('merge-S-plus', 'merge -S +', () => {
    const d = mergeData();
    return { argv: ['merge', '-S', '+', '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('merge-S-minus', 'merge -S -', () => {
    const d = mergeData();
    return { argv: ['merge', '-S', '-', '-i', d.fi, '-c', '4', '-o', 'collapse'], files: { [d.fi]: d.text } };
  });
  add('merge-d', 'merge -d: merge nearby intervals', (v) => {
    const d = mergeData({ maxLen: 60 });
    return { argv: ['merge', '-d', String(v ? int(20, 60) : int(5, 19)), '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('merge-d-negative', 'merge -d negative: require overlap', (v) => {
    const d = mergeData();
    return { argv: ['merge', '-d', String(-int(1, v ? 30 : 10)), '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('merge-s-c', 'merge -s with -c 6 -o distinct', () => {
    const d = mergeData();
    return { argv: ['merge', '-s', '-c', '6', '-o', 'distinct', '-i', d.fi], files: { [d.fi]: d.text } };
  });
  const MERGE_OPS = ['sum', 'min', 'max', 'absmin', 'absmax', 'mean', 'median', 'mode', 'antimode', 'stdev', 'sstdev', 'collapse',
    'distinct', 'distinct_sort_num', 'distinct_sort_num_desc', 'distinct_only', 'count', 'count_distinct', 'first', 'last'];
  for (const op of MERGE_OPS) {
    add(`merge-op-${op}`, `merge -c -o ${op}`, (v) => {
      const numeric = !['collapse', 'distinct', 'distinct_only', 'count', 'count_distinct', 'first', 'last'].includes(op) || chance(0.5);
      const d = mergeData({ floatScore: v === 1 && numeric, scores: op.startsWith('abs') ? ['-5', '3', '-12', '7', '0', '-1', '15'] : (op === 'mode' || op === 'antimode' || op.startsWith('distinct')) ? ['1', '2', '2', '3', '5', '8', '10'] : undefined });
      return { argv: ['merge', '-i', d.fi, '-c', numeric ? '5' : '4', '-o', op], files: { [d.fi]: d.text } };
    });
  }
  add('merge-multi-ops', 'merge -c 5,4,6 -o sum,collapse,distinct', (v) => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', v ? '4,5,5' : '5,4,6', '-o', v ? 'count,mean,max' : 'sum,collapse,distinct'], files: { [d.fi]: d.text } };
  });
  add('merge-one-col-many-ops', 'merge: one column, several operations', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', '5', '-o', rng.shuffle(['min', 'max', 'mean', 'count', 'median']).slice(0, 3).join(',')], files: { [d.fi]: d.text } };
  });
  add('merge-many-cols-one-op', 'merge: several columns, one operation', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', '2,3,5', '-o', pick(['max', 'min', 'collapse'])], files: { [d.fi]: d.text } };
  });
  add('merge-delim', 'merge -delim for collapse', (v) => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', '4', '-o', v ? 'distinct' : 'collapse', '-delim', v ? ';' : '|'], files: { [d.fi]: d.text } };
  });
  add('merge-prec', 'merge -prec for mean', (v) => {
    const d = mergeData({ floatScore: true });
    return { argv: ['merge', '-i', d.fi, '-c', '5', '-o', v ? 'stdev' : 'mean', '-prec', String(v ? 2 : 8)], files: { [d.fi]: d.text } };
  });
  add('merge-header', 'merge -header', () => {
    const d = mergeData();
    return { argv: ['merge', '-header', '-i', d.fi], files: { [d.fi]: headerLines() + d.text } };
  });
  add('merge-unsorted', 'merge on unsorted input: error', () => {
    const d = mergeData({ count: 10 });
    return { argv: ['merge', '-i', d.fi], files: { [d.fi]: bedText([...d.I].reverse(), 3) } };
  });
  add('merge-bad-col', 'merge -c beyond the last column', () => {
    const d = mergeData({ cols: 3 });
    return { argv: ['merge', '-i', d.fi, '-c', pick(['4', '5']), '-o', 'sum'], files: { [d.fi]: d.text } };
  });
  add('merge-bad-op', 'merge -o with an unknown operation', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', '5', '-o', pick(['average', 'total', 'concat'])], files: { [d.fi]: d.text } };
  });
  add('merge-non-numeric', 'merge -o sum on a text column', () => {
    const d = mergeData({ nameStyle: 0 });
    return { argv: ['merge', '-i', d.fi, '-c', '4', '-o', 'sum'], files: { [d.fi]: d.text } };
  });
  add('merge-col-op-mismatch', 'merge: -c and -o lists of different lengths', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', '4,5,6', '-o', 'count,sum'], files: { [d.fi]: d.text } };
  });
  add('merge-o-without-c', 'merge -o without -c (default column 5)', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-o', pick(['sum', 'max'])], files: { [d.fi]: d.text } };
  });
  add('merge-c-without-o', 'merge -c without -o (default sum)', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi, '-c', '5'], files: { [d.fi]: d.text } };
  });
  add('merge-gff', 'merge on GFF input', () => {
    const g = genome({ min: 500, max: 1500 });
    return { argv: ['merge', '-i', 'f.gff'], files: { 'f.gff': gffText(sorted(ivals(g, int(5, 15)))) } };
  });
  add('merge-vcf', 'merge on VCF input', () => {
    const g = genome({ min: 100, max: 300 });
    return { argv: ['merge', '-i', 'calls.vcf', '-c', '1', '-o', 'count'], files: { 'calls.vcf': vcfText(g, int(8, 25), { sort: true }) } };
  });
  add('merge-stdin', 'merge from stdin', (v) => {
    const d = mergeData();
    return { argv: ['merge', '-i', v ? '-' : 'stdin'], stdin: d.text };
  });
  add('merge-gzip', 'merge on a gzip-compressed input', () => {
    const d = mergeData();
    return { argv: ['merge', '-i', d.fi + '.gz', '-c', '4', '-o', 'count'], files: { [d.fi + '.gz']: gz(d.text) } };
  });
  add('merge-empty', 'merge on an empty file', () => ({ argv: ['merge', '-i', 'empty.bed'], files: { 'empty.bed': '' } }));
  add('merge-missing', 'merge: missing input file', () => ({ argv: ['merge', '-i', pick(['none.bed', 'x.bed'])] }));
  add('merge-dir', 'merge: input is a directory', () => ({ argv: ['merge', '-i', 'sub'], files: { 'sub/a.bed': 'chr1\t1\t2\n' } }));
  add('merge-nested', 'merge: intervals nested in a long one', () => {
    const c = pick(['chr1', 'chr5']); const s = int(10, 100); const e = s + int(300, 600);
    const inner = Array.from({ length: int(2, 5) }, () => { const a = int(s, e - 20); return { chrom: c, start: a, end: a + int(1, 20), name: 'n', score: String(int(1, 9)), strand: '+', extra: [] }; });
    const all = sorted([{ chrom: c, start: s, end: e, name: 'big', score: '1', strand: '+', extra: [] }, ...inner, { chrom: c, start: e + int(1, 5), end: e + 40, name: 'after', score: '2', strand: '-', extra: [] }]);
    return { argv: ['merge', '-i', 'in.bed', '-c', '4,5', '-o', 'collapse,sum'], files: { 'in.bed': bedText(all, 6) } };
  });
  for (let k = 0; k < 5; k++) {
    const make = () => {
      const d = mergeData({ floatScore: chance(0.3) });
      const opts = [];
      if (chance(0.3)) opts.push('-s');
      else if (chance(0.15)) opts.push('-S', pick(['+', '-']));
      if (chance(0.4)) opts.push('-d', String(int(-10, 50)));
      if (chance(0.6)) {
        const n = int(1, 3);
        const cols = []; const ops = [];
        for (let i = 0; i < n; i++) {
          const c = pick([4, 5, 6, 2, 3]);
          cols.push(c);
          ops.push(c === 5 || c === 2 || c === 3 ? pick(MERGE_OPS) : pick(['collapse', 'distinct', 'count', 'count_distinct', 'first', 'last', 'distinct_only']));
        }
        opts.push('-c', cols.join(','), '-o', ops.join(','));
        if (chance(0.3)) opts.push('-delim', pick([';', '|', ':']));
        if (chance(0.3)) opts.push('-prec', String(int(0, 6)));
      }
      return { argv: ['merge', '-i', d.fi, ...opts], files: { [d.fi]: d.text } };
    };
    if (k < 4) add(`merge-random-${pad(k)}`, 'merge with random options', make);
    else one(`merge-random-${pad(k)}`, 'merge with random options', make);
  }

  // ==================================================================== cluster
  add('cluster-default', 'cluster: cluster id per interval', (v) => {
    const d = mergeData({ cols: v ? 3 : 6 });
    return { argv: ['cluster', '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('cluster-s', 'cluster -s: per strand', () => {
    const d = mergeData();
    return { argv: ['cluster', '-s', '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('cluster-d', 'cluster -d: nearby intervals', (v) => {
    const d = mergeData({ maxLen: 60 });
    return { argv: ['cluster', '-d', String(v ? int(30, 80) : int(5, 29)), '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('cluster-s-d', 'cluster -s -d', () => {
    const d = mergeData({ maxLen: 80 });
    return { argv: ['cluster', '-s', '-d', String(int(10, 60)), '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('cluster-d-negative', 'cluster -d negative', () => {
    const d = mergeData();
    return { argv: ['cluster', '-d', String(-int(1, 20)), '-i', d.fi], files: { [d.fi]: d.text } };
  });
  add('cluster-unsorted', 'cluster on unsorted input: error', () => {
    const d = mergeData({ count: 10 });
    return { argv: ['cluster', '-i', d.fi], files: { [d.fi]: bedText([...d.I].reverse(), 4) } };
  });
  add('cluster-stdin', 'cluster from stdin', () => {
    const d = mergeData();
    return { argv: ['cluster', '-i', 'stdin'], stdin: d.text };
  });
  add('cluster-gff', 'cluster on GFF', () => {
    const g = genome({ min: 500, max: 1500 });
    return { argv: ['cluster', '-i', 'f.gff'], files: { 'f.gff': gffText(sorted(ivals(g, int(5, 15)))) } };
  });
  add('cluster-missing', 'cluster: missing file', () => ({ argv: ['cluster', '-i', 'nofile.bed'] }));
  for (let k = 0; k < 3; k++) {
    one(`cluster-random-${pad(k)}`, 'cluster with random options', () => {
      const d = mergeData({ count: int(10, 35) });
      const opts = [];
      if (chance(0.5)) opts.push('-s');
      if (chance(0.6)) opts.push('-d', String(int(-5, 80)));
      return { argv: ['cluster', '-i', d.fi, ...opts], files: { [d.fi]: d.text } };
    });
  }

  // ==================================================================== complement
  function complData(o = {}) {
    const g = o.g ?? genome({ n: o.n, shuffle: o.shuffle });
    const order = g.map((c) => c.chrom);
    const I = sorted(ivals(o.onChroms ? g.slice(0, o.onChroms) : g, o.count ?? int(3, 15), { maxLen: 400 }), o.lex ? null : order);
    return { g, I, files: { 'in.bed': bedText(I, o.cols ?? pick([3, 4, 6])), 'g.txt': genomeText(g) } };
  }
  add('complement-default', 'complement: gaps between intervals', () => {
    const d = complData();
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
  });
  add('complement-empty-chroms', 'complement: chromosomes without intervals are whole', () => {
    const d = complData({ onChroms: 1, n: 3 });
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
  });
  add('complement-L', 'complement -L: only chromosomes with intervals', () => {
    const d = complData({ onChroms: 2, n: 4 });
    return { argv: ['complement', '-L', '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
  });
  add('complement-shuffled-genome', 'complement with a genome order that is not lexicographic', () => {
    const d = complData({ shuffle: true, n: 4 });
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
  });
  add('complement-lex-input', 'complement: input sorted lexicographically, genome in another order', () => {
    const g = genome({ n: int(2, 4), set: pick(CHROM_SETS.filter((x) => x.length >= 4)) });
    const lexOrder = g.map((c) => c.chrom).sort();
    if (g.every((c, i) => c.chrom === lexOrder[i])) g.reverse();
    const d = complData({ g, lex: true });
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
  });
  add('complement-edges', 'complement: intervals at the chromosome start and end', () => {
    const g = genome({ n: 2, min: 200, max: 500 });
    const t = g.map((c) => `${c.chrom}\t0\t${int(5, 50)}\n${c.chrom}\t${c.size - int(5, 50)}\t${c.size}\n`).join('');
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: { 'in.bed': t, 'g.txt': genomeText(g) } };
  });
  add('complement-beyond', 'complement: interval past the chromosome end', () => {
    const g = genome({ n: 2, min: 200, max: 500 });
    const t = `${g[0].chrom}\t${int(10, 50)}\t${int(60, 100)}\n${g[0].chrom}\t${g[0].size - 10}\t${g[0].size + 50}\n`;
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: { 'in.bed': t, 'g.txt': genomeText(g) } };
  });
  add('complement-overlapping', 'complement with overlapping input intervals', () => {
    const d = complData({ count: int(20, 40) });
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
  });
  add('complement-unsorted', 'complement on unsorted input', () => {
    const d = complData({ count: 10 });
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: { ...d.files, 'in.bed': bedText([...d.I].reverse(), 3) } };
  });
  add('complement-missing-chrom', 'complement: input chromosome not in the genome', () => {
    const d = complData({ n: 3 });
    return { argv: ['complement', '-i', 'in.bed', '-g', 'g.txt'], files: { ...d.files, 'g.txt': genomeText(d.g.slice(0, 1)) } };
  });
  add('complement-empty', 'complement of an empty file: whole genome', () => {
    const g = genome();
    return { argv: ['complement', '-i', 'empty.bed', '-g', 'g.txt'], files: { 'empty.bed': '', 'g.txt': genomeText(g) } };
  });
  add('complement-no-g', 'complement without -g', () => {
    const d = complData();
    return { argv: ['complement', '-i', 'in.bed'], files: d.files };
  });
  add('complement-stdin', 'complement -i stdin', () => {
    const d = complData();
    return { argv: ['complement', '-i', 'stdin', '-g', 'g.txt'], stdin: d.files['in.bed'], files: { 'g.txt': d.files['g.txt'] } };
  });
  for (let k = 0; k < 3; k++) {
    one(`complement-random-${pad(k)}`, 'complement on random data', () => {
      const d = complData({ count: int(5, 30) });
      return { argv: ['complement', ...(chance(0.3) ? ['-L'] : []), '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
    });
  }

  // ==================================================================== slop / flank
  for (const tool of ['slop', 'flank']) {
    const data = (o = {}) => {
      const g = genome({ min: 300, max: 2000 });
      const I = ivals(g, o.count ?? int(3, 15), { maxLen: 200, dotStrand: o.dot });
      return { g, files: { 'in.bed': bedText(I, o.cols ?? 6), 'g.txt': genomeText(g) } };
    };
    const IDEAS = [
      ['b', () => ['-b', String(int(1, 200))], 'both sides'],
      ['l-r', () => ['-l', String(int(0, 150)), '-r', String(int(0, 150))], 'left and right'],
      ['l-r-s', () => ['-l', String(int(10, 150)), '-r', String(int(0, 50)), '-s'], 'by strand'],
      ['b-s', () => ['-b', String(int(10, 100)), '-s'], 'both sides, by strand'],
      ['pct', () => ['-b', pick(['0.1', '0.5', '0.25', '1.5']), '-pct'], 'fraction of length'],
      ['pct-l-r', () => ['-l', pick(['0.2', '0.5']), '-r', pick(['0.1', '1']), '-pct'], 'left/right fractions'],
      ['pct-s', () => ['-l', pick(['0.3', '0.05']), '-r', pick(['0', '0.7']), '-pct', '-s'], 'fractions by strand'],
      ['clip', () => ['-b', String(int(1000, 5000))], 'clipped at the chromosome ends'],
      ['zero', () => ['-b', '0'], 'zero width'],
      ['l-only-0', () => ['-l', String(int(1, 80)), '-r', '0'], 'only left'],
      ['neg', () => ['-b', String(-int(1, 20))], 'negative value'],
    ];
    for (const [id, opts, note] of IDEAS) {
      if (tool === 'flank' && (id === 'zero' || id === 'neg')) continue;
      add(`${tool}-${id}`, `${tool}: ${note}`, () => {
        const d = data();
        return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', ...opts()], files: d.files };
      });
    }
    add(`${tool}-bed3-s`, `${tool} -s on BED3 (no strand)`, () => {
      const d = data({ cols: 3 });
      return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', '-l', String(int(5, 50)), '-r', String(int(5, 50)), '-s'], files: d.files };
    });
    add(`${tool}-header`, `${tool} -header`, () => {
      const d = data();
      d.files['in.bed'] = headerLines() + d.files['in.bed'];
      return { argv: [tool, '-header', '-i', 'in.bed', '-g', 'g.txt', '-b', String(int(5, 50))], files: d.files };
    });
    if (tool === 'slop') add(`${tool}-gff`, `${tool} on GFF`, () => {
      const g = genome({ min: 300, max: 2000 });
      return { argv: [tool, '-i', 'f.gff', '-g', 'g.txt', '-b', String(int(5, 80))], files: { 'f.gff': gffText(ivals(g, int(3, 8))), 'g.txt': genomeText(g) } };
    });
    if (tool === 'slop') add(`${tool}-stdin`, `${tool} -i stdin`, () => {
      const d = data();
      return { argv: [tool, '-i', 'stdin', '-g', 'g.txt', '-b', String(int(5, 80))], stdin: d.files['in.bed'], files: { 'g.txt': d.files['g.txt'] } };
    });
    if (tool === 'slop') add(`${tool}-no-g`, `${tool} without -g`, () => {
      const d = data();
      return { argv: [tool, '-i', 'in.bed', '-b', '10'], files: d.files };
    });
    if (tool === 'slop') add(`${tool}-no-size`, `${tool} without -b, -l or -r`, () => {
      const d = data();
      return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt'], files: d.files };
    });
    add(`${tool}-only-l`, `${tool} -l without -r`, (v) => {
      const d = data();
      return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', v ? '-r' : '-l', '10'], files: d.files };
    });
    if (tool === 'slop') add(`${tool}-b-and-l`, `${tool} -b together with -l`, () => {
      const d = data();
      return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', '-b', '10', '-l', '5'], files: d.files };
    });
    add(`${tool}-missing-chrom`, `${tool}: chromosome not in genome`, () => {
      const d = data();
      d.files['in.bed'] += 'chrUn_x\t10\t20\tlost\t0\t+\n';
      return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', '-b', '5'], files: d.files };
    });
    if (tool === 'slop') add(`${tool}-missing-g-file`, `${tool}: genome file does not exist`, () => {
      const d = data();
      return { argv: [tool, '-i', 'in.bed', '-g', 'hg99.genome', '-b', '5'], files: { 'in.bed': d.files['in.bed'] } };
    });
    add(`${tool}-float-no-pct`, `${tool}: fractional -b without -pct`, () => {
      const d = data();
      return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', '-b', pick(['2.5', '0.5'])], files: d.files };
    });
    for (let k = 0; k < 3; k++) {
      one(`${tool}-random-${pad(k)}`, `${tool} with random options`, () => {
        const d = data({ dot: 0.2 });
        const pct = chance(0.3);
        const val = () => (pct ? pick(['0.1', '0.3', '0.5', '1', '2']) : String(int(0, 300)));
        const opts = chance(0.4) ? ['-b', val()] : ['-l', val(), '-r', val()];
        if (pct) opts.push('-pct');
        if (chance(0.5)) opts.push('-s');
        return { argv: [tool, '-i', 'in.bed', '-g', 'g.txt', ...opts], files: d.files };
      });
    }
  }

  // ==================================================================== sort
  function sortData(o = {}) {
    const g = genome({ n: o.n, min: 500, max: 5000 });
    let I = ivals(g, o.count ?? int(8, 30), { maxLen: 300, floatScore: o.floatScore, scores: o.scores });
    if (o.dups) I = [...I, ...I.slice(0, int(1, 3)).map((r) => ({ ...r, name: r.name + 'b' }))];
    I = rng.shuffle(I);
    return { g, I, text: bedText(I, o.cols ?? pick([3, 4, 5, 6])) };
  }
  const SORT_MODES = [
    ['default', []], ['sizeA', ['-sizeA']], ['sizeD', ['-sizeD']], ['chrThenSizeA', ['-chrThenSizeA']], ['chrThenSizeD', ['-chrThenSizeD']],
    ['chrThenScoreA', ['-chrThenScoreA']], ['chrThenScoreD', ['-chrThenScoreD']],
  ];
  for (const [id, opts] of SORT_MODES) {
    add(`sort-${id}`, `sort ${opts.join(' ') || '(chrom, start)'}`, () => {
      const d = sortData({ cols: id.includes('Score') ? pick([5, 6]) : undefined, floatScore: id.includes('Score') && chance(0.5) });
      return { argv: ['sort', '-i', 'in.bed', ...opts], files: { 'in.bed': d.text } };
    });
    if (['default', 'sizeA', 'chrThenScoreD'].includes(id)) one(`sort-${id}-ties`, `sort ${opts.join(' ') || '(chrom, start)'} with ties`, () => {
      const d = sortData({ cols: 6, dups: true, scores: ['1', '5', '5', '10', '3'] });
      return { argv: ['sort', '-i', 'in.bed', ...opts], files: { 'in.bed': d.text } };
    });
  }
  add('sort-g', 'sort -g: chromosome order from a genome file', () => {
    const d = sortData({ n: 4 });
    const g = rng.shuffle(d.g);
    return { argv: ['sort', '-i', 'in.bed', '-g', 'g.txt'], files: { 'in.bed': d.text, 'g.txt': genomeText(g) } };
  });
  add('sort-faidx', 'sort -faidx: chromosome order from a names file', () => {
    const d = sortData({ n: 4 });
    const g = rng.shuffle(d.g);
    return { argv: ['sort', '-i', 'in.bed', '-faidx', 'names.txt'], files: { 'in.bed': d.text, 'names.txt': g.map((c) => `${c.chrom}\t${c.size}\t${int(1, 99999)}\t60\t61\n`).join('') } };
  });
  add('sort-g-missing-chrom', 'sort -g where a chromosome is not in the genome file', () => {
    const d = sortData({ n: 3 });
    return { argv: ['sort', '-i', 'in.bed', '-g', 'g.txt'], files: { 'in.bed': d.text, 'g.txt': genomeText(d.g.slice(1)) } };
  });
  add('sort-header', 'sort -header', () => {
    const d = sortData();
    return { argv: ['sort', '-header', '-i', 'in.bed'], files: { 'in.bed': headerLines() + d.text } };
  });
  add('sort-no-header-opt', 'sort: header lines without -header', () => {
    const d = sortData();
    return { argv: ['sort', '-i', 'in.bed'], files: { 'in.bed': headerLines() + d.text } };
  });
  add('sort-gff', 'sort a GFF file', () => {
    const g = genome();
    return { argv: ['sort', '-i', 'f.gff'], files: { 'f.gff': gffText(rng.shuffle(ivals(g, int(5, 15)))) } };
  });
  add('sort-vcf', 'sort a VCF file (-header keeps the VCF header)', (v) => {
    const g = genome({ min: 300, max: 900 });
    return { argv: ['sort', ...(v ? [] : ['-header']), '-i', 'calls.vcf'], files: { 'calls.vcf': vcfText(g, int(5, 15)) } };
  });
  add('sort-stdin', 'sort from stdin', () => {
    const d = sortData();
    return { argv: ['sort', '-i', 'stdin'], stdin: d.text };
  });
  add('sort-stdin-implicit', 'sort without -i reads stdin', () => {
    const d = sortData();
    return { argv: ['sort'], stdin: d.text };
  });
  add('sort-natural-chroms', 'sort: chr1, chr10, chr2 order (lexicographic)', () => {
    const g = genome({ set: ['chr1', 'chr2', 'chr10', 'chr11', 'chr9', 'chrX', 'chr1_random'], n: 7 });
    return { argv: ['sort', '-i', 'in.bed'], files: { 'in.bed': bedText(rng.shuffle(ivals(g, int(10, 25))), 3) } };
  });
  add('sort-same-start', 'sort: same start, different ends', () => {
    const c = pick(['chr1', 'chr2']); const s = int(10, 100);
    const I = rng.shuffle([0, 1, 2, 3, 4].map((i) => ({ chrom: c, start: s + (i % 2) * 5, end: s + int(10, 100), name: 'n' + i, score: '0', strand: '+', extra: [] })));
    return { argv: ['sort', '-i', 'in.bed'], files: { 'in.bed': bedText(I, 4) } };
  });
  add('sort-missing', 'sort: input file missing', () => ({ argv: ['sort', '-i', 'nothere.bed'] }));
  add('sort-g-missing-file', 'sort -g: genome file missing', () => {
    const d = sortData();
    return { argv: ['sort', '-i', 'in.bed', '-g', 'none.genome'], files: { 'in.bed': d.text } };
  });
  add('sort-bad-line', 'sort: a malformed line', () => {
    const d = sortData({ cols: 3 });
    return { argv: ['sort', '-i', 'in.bed'], files: { 'in.bed': d.text + `chr1\tten\t20\n` } };
  });
  add('sort-empty', 'sort: empty input', () => ({ argv: ['sort', '-i', 'empty.bed'], files: { 'empty.bed': '' } }));
  for (let k = 0; k < 4; k++) {
    one(`sort-random-${pad(k)}`, 'sort with a random mode', () => {
      const d = sortData({ cols: 6, count: int(15, 40), dups: chance(0.3) });
      return { argv: ['sort', '-i', 'in.bed', ...pick(SORT_MODES)[1]], files: { 'in.bed': d.text } };
    });
  }

  // ==================================================================== getfasta
  function faData(o = {}) {
    const g = genome({ min: o.min ?? 60, max: o.max ?? 400, n: o.n });
    const f = fasta(g, { lower: o.lower ?? chance(0.5), n: o.nfrac ?? 0.03, iupac: o.iupac, width: o.width, comments: o.comments, rna: o.rna });
    const I = ivals(g, o.count ?? int(3, 10), { maxLen: o.maxLen ?? 40, nameStyle: 1 });
    const ffa = fname(FA_NAMES);
    const files = { [ffa]: f.text, 'r.bed': bedText(I, o.cols ?? pick([3, 4, 6])) };
    if (o.fai ?? chance(0.4)) files[ffa + '.fai'] = f.fai;
    return { g, I, f, ffa, files };
  }
  const GF_MODES = [
    ['default', [], 'FASTA of each interval'],
    ['name', ['-name'], 'name and coordinates as header'],
    ['name-plus', ['-name+'], 'deprecated -name+'],
    ['nameOnly', ['-nameOnly'], 'only the name as header'],
    ['tab', ['-tab'], 'tab-delimited output'],
    ['bedOut', ['-bedOut'], 'BED with the sequence appended'],
    ['s', ['-s'], 'reverse complement on minus strand'],
    ['s-name', ['-s', '-name'], 'strand and name'],
    ['s-nameOnly', ['-s', '-nameOnly', '-tab'], 'strand, name only, tab'],
    ['fullHeader', ['-fullHeader'], 'full FASTA header for chromosome matching'],
    ['name-tab', ['-name', '-tab'], 'name, tab'],
    ['s-bedOut', ['-s', '-bedOut'], 'strand, BED output'],
  ];
  for (const [id, opts, note] of GF_MODES) {
    add(`getfasta-${id}`, `getfasta ${opts.join(' ')}: ${note}`, () => {
      const d = faData({ cols: opts.includes('-s') || opts.some((o) => o.startsWith('-name')) ? 6 : undefined, comments: id === 'fullHeader' ? true : undefined });
      return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed', ...opts], files: d.files };
    });
  }
  add('getfasta-fullHeader-names', 'getfasta -fullHeader with BED naming the full header', () => {
    const g = genome({ n: 2, min: 60, max: 200 });
    const seq = g.map((c) => dna(c.size));
    const desc = ['desc one', 'len=' + int(1, 99)];
    const text = g.map((c, i) => `>${c.chrom} ${desc[i]}\n${seq[i]}\n`).join('');
    const bed = g.map((c, i) => `${c.chrom} ${desc[i]}\t${int(0, 20)}\t${int(25, 50)}\n`).join('');
    return { argv: ['getfasta', '-fi', 'ref.fa', '-bed', 'r.bed', '-fullHeader'], files: { 'ref.fa': text, 'r.bed': bed } };
  });
  add('getfasta-rna', 'getfasta -rna -s: RNA reverse complement', () => {
    const d = faData({ rna: true, cols: 6 });
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed', '-rna', '-s'], files: d.files };
  });
  add('getfasta-split', 'getfasta -split on BED12: blocks concatenated', (v) => {
    const g = genome({ min: 200, max: 500, n: 2 });
    const f = fasta(g, { lower: true });
    return { argv: ['getfasta', '-fi', 'ref.fa', '-bed', 'tx.bed', '-split', ...(v ? ['-s', '-name'] : [])], files: { 'ref.fa': f.text, 'tx.bed': b12Text(bed12(g, int(2, 5), { maxBlock: 20, maxGap: 40 })) } };
  });
  add('getfasta-bed12-nosplit', 'getfasta on BED12 without -split', () => {
    const g = genome({ min: 200, max: 500, n: 2 });
    const f = fasta(g, {});
    return { argv: ['getfasta', '-fi', 'ref.fa', '-bed', 'tx.bed'], files: { 'ref.fa': f.text, 'tx.bed': b12Text(bed12(g, int(2, 5), { maxBlock: 20, maxGap: 40 })) } };
  });
  add('getfasta-fo', 'getfasta -fo writes to a file', () => {
    const d = faData();
    delete d.files[d.ffa + '.fai'];
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed', '-fo', 'out.fa'], files: d.files };
  });
  add('getfasta-multiline', 'getfasta across line breaks of a wrapped FASTA', () => {
    const d = faData({ width: pick([10, 13, 20]), maxLen: 60, min: 100, max: 300 });
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed'], files: d.files };
  });
  add('getfasta-out-of-range', 'getfasta: interval past the chromosome end', () => {
    const d = faData({ cols: 3 });
    d.files['r.bed'] += `${d.g[0].chrom}\t${d.g[0].size - 5}\t${d.g[0].size + 20}\n${d.g[0].chrom}\t${int(0, 5)}\t${int(10, 20)}\n`;
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed'], files: d.files };
  });
  add('getfasta-unknown-chrom', 'getfasta: chromosome not in the FASTA', () => {
    const d = faData({ cols: 3 });
    d.files['r.bed'] += `chrNope\t1\t10\n${d.g[0].chrom}\t0\t5\n`;
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed'], files: d.files };
  });
  add('getfasta-zero-length', 'getfasta: zero-length interval', () => {
    const d = faData({ cols: 3, fai: true });
    d.files['r.bed'] += `${d.g[0].chrom}\t10\t10\n`;
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed'], files: d.files };
  });
  add('getfasta-gff', 'getfasta with GFF intervals', () => {
    const d = faData();
    d.files['f.gff'] = gffText(d.I);
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'f.gff', ...(chance(0.5) ? ['-s'] : [])], files: d.files };
  });
  add('getfasta-stdin-bed', 'getfasta -bed stdin', () => {
    const d = faData({ fai: true });
    const t = d.files['r.bed']; delete d.files['r.bed'];
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'stdin'], stdin: t, files: d.files };
  });
  add('getfasta-missing-fasta', 'getfasta: FASTA missing', () => {
    const d = faData();
    return { argv: ['getfasta', '-fi', 'missing.fa', '-bed', 'r.bed'], files: { 'r.bed': d.files['r.bed'] } };
  });
  add('getfasta-missing-bed', 'getfasta: BED missing', () => {
    const d = faData({ fai: true });
    delete d.files['r.bed'];
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'regions.bed'], files: d.files };
  });
  add('getfasta-no-bed', 'getfasta without -bed', () => {
    const d = faData({ fai: true });
    return { argv: ['getfasta', '-fi', d.ffa], files: d.files };
  });
  add('getfasta-iupac', 'getfasta -s with IUPAC codes and N', () => {
    const d = faData({ iupac: 0.1, nfrac: 0.1, cols: 6 });
    return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed', '-s'], files: d.files };
  });
  for (let k = 0; k < 4; k++) {
    const make = () => {
      const d = faData({ cols: 6, comments: chance(0.3) });
      const opts = [];
      if (chance(0.5)) opts.push('-s');
      const h = pick([[], ['-name'], ['-nameOnly'], ['-name+'], []]);
      opts.push(...h);
      const o = pick([[], ['-tab'], ['-bedOut'], []]);
      opts.push(...o);
      return { argv: ['getfasta', '-fi', d.ffa, '-bed', 'r.bed', ...rng.shuffle(opts)], files: d.files };
    };
    if (k < 4) add(`getfasta-random-${pad(k)}`, 'getfasta with random options', make);
    else one(`getfasta-random-${pad(k)}`, 'getfasta with random options', make);
  }

  // ==================================================================== nuc
  const NUC_MODES = [
    ['default', [], 'composition columns'],
    ['s', ['-s'], 'by strand'],
    ['seq', ['-seq'], 'with the sequence'],
    ['seq-s', ['-seq', '-s'], 'sequence by strand'],
    ['pattern', ['-pattern', 'ACG'], 'pattern count, case-sensitive'],
    ['pattern-C', ['-pattern', 'acg', '-C'], 'pattern count, ignore case'],
    ['pattern-s', ['-pattern', 'GA', '-s', '-seq'], 'pattern on the strand sequence'],
    ['fullHeader', ['-fullHeader'], 'full FASTA header'],
  ];
  for (const [id, opts, note] of NUC_MODES) {
    add(`nuc-${id}`, `nuc ${opts.join(' ')}: ${note}`, (v) => {
      const d = faData({ cols: opts.includes('-s') ? 6 : pick([3, 4, 6]), iupac: 0.05, nfrac: 0.05, lower: true, comments: id === 'fullHeader' ? true : undefined });
      const o = opts.map((x) => (x === 'ACG' ? (v ? 'TT' : 'ACG') : x === 'acg' ? (v ? 'gc' : 'acg') : x === 'GA' ? (v ? 'CA' : 'GA') : x));
      return { argv: ['nuc', '-fi', d.ffa, '-bed', 'r.bed', ...o], files: d.files };
    });
  }
  add('nuc-bed12', 'nuc on BED12 (whole span)', () => {
    const g = genome({ min: 200, max: 500, n: 2 });
    return { argv: ['nuc', '-fi', 'ref.fa', '-bed', 'tx.bed'], files: { 'ref.fa': fasta(g, {}).text, 'tx.bed': b12Text(bed12(g, int(2, 5), { maxBlock: 20, maxGap: 40 })) } };
  });
  add('nuc-gff', 'nuc on GFF intervals', () => {
    const d = faData();
    d.files['f.gff'] = gffText(d.I);
    return { argv: ['nuc', '-fi', d.ffa, '-bed', 'f.gff'], files: d.files };
  });
  add('nuc-header', 'nuc: input header lines', () => {
    const d = faData({ cols: 4 });
    d.files['r.bed'] = '# my regions\n' + d.files['r.bed'];
    return { argv: ['nuc', '-fi', d.ffa, '-bed', 'r.bed'], files: d.files };
  });
  add('nuc-all-n', 'nuc on a stretch of N', () => {
    const n = int(20, 60);
    return { argv: ['nuc', '-fi', 'ref.fa', '-bed', 'r.bed', '-seq'], files: { 'ref.fa': `>chrN\n${'N'.repeat(n)}ACGT\n`, 'r.bed': `chrN\t0\t${n}\nchrN\t${n - 2}\t${n + 4}\n` } };
  });
  add('nuc-out-of-range', 'nuc: interval past the chromosome end', () => {
    const d = faData({ cols: 3 });
    d.files['r.bed'] += `${d.g[0].chrom}\t${d.g[0].size - 5}\t${d.g[0].size + 20}\n`;
    return { argv: ['nuc', '-fi', d.ffa, '-bed', 'r.bed'], files: d.files };
  });
  add('nuc-missing-fasta', 'nuc: FASTA missing', () => {
    const d = faData();
    return { argv: ['nuc', '-fi', 'nope.fa', '-bed', 'r.bed'], files: { 'r.bed': d.files['r.bed'] } };
  });
  add('nuc-no-fi', 'nuc without -fi', () => {
    const d = faData();
    return { argv: ['nuc', '-bed', 'r.bed'], files: d.files };
  });
  for (let k = 0; k < 4; k++) {
    const make = () => {
      const d = faData({ cols: 6, iupac: 0.03, nfrac: 0.05, count: int(3, 12) });
      const opts = [];
      if (chance(0.5)) opts.push('-s');
      if (chance(0.5)) opts.push('-seq');
      if (chance(0.5)) opts.push('-pattern', rng.string(int(1, 3), 'ACGTacgt'));
      if (opts.includes('-pattern') && chance(0.5)) opts.push('-C');
      return { argv: ['nuc', '-fi', d.ffa, '-bed', 'r.bed', ...opts], files: d.files };
    };
    if (k < 3) add(`nuc-random-${pad(k)}`, 'nuc with random options', make);
    else one(`nuc-random-${pad(k)}`, 'nuc with random options', make);
  }

  // ==================================================================== groupby
  /** A table sorted by its first columns: chrom, start, end, gene, sample, int value, float value, text. */
  function table(o = {}) {
    const rows = [];
    const ng = o.groups ?? int(2, 6);
    for (let gi = 0; gi < ng; gi++) {
      const chrom = pick(['chr1', 'chr2', 'chr3', 'chrX']);
      const start = int(0, 9000); const end = start + int(10, 900);
      const gene = pick(GENE_NAMES);
      const nr = int(1, o.maxPer ?? 5);
      for (let i = 0; i < nr; i++) {
        const sample = o.caseMix && chance(0.5) ? pick(['s1', 'S1', 'tumor', 'Tumor', 'NORMAL', 'normal']) : pick(['s1', 's2', 'tumor', 'normal', 'ctrl']);
        rows.push([chrom, start, end, o.caseMix && chance(0.4) ? gene.toLowerCase() : gene, sample, int(o.neg ? -50 : 0, 100),
          (int(o.neg ? -5000 : 0, 10000) / 100).toFixed(int(0, 3)), pick(['A', 'C', 'G', 'T', 'AC', 'GT'])]);
      }
    }
    return rows;
  }
  const tableText = (rows) => rows.map((r) => r.join('\t') + '\n').join('');
  const GB_OPS = ['sum', 'count', 'count_distinct', 'min', 'max', 'mean', 'median', 'mode', 'antimode', 'stdev', 'sstdev',
    'collapse', 'distinct', 'distinct_sort_num', 'distinct_sort_num_desc', 'concat', 'freqdesc', 'freqasc', 'first', 'last'];
  for (const op of GB_OPS) {
    add(`groupby-op-${op}`, `groupby -o ${op}`, (v) => {
      const rows = table({ neg: v === 1 });
      const textOp = ['collapse', 'distinct', 'concat', 'freqdesc', 'freqasc', 'first', 'last', 'count', 'count_distinct', 'mode', 'antimode'].includes(op);
      const col = textOp && chance(0.5) ? (v ? '8' : '5') : (v ? '7' : '6');
      return { argv: ['groupby', '-i', 'data.tsv', '-g', '1,2,3,4', '-c', col, '-o', op], files: { 'data.tsv': tableText(rows) } };
    });
  }
  add('groupby-default-grp', 'groupby: default -g 1,2,3', () => ({ argv: ['groupby', '-i', 'data.tsv', '-c', '6'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-one-col', 'groupby -g 1', (v) => ({ argv: ['groupby', '-i', 'data.tsv', '-g', v ? '4' : '1', '-c', '6', '-o', 'sum'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-multi-ops', 'groupby -c 6,7,5 -o sum,mean,collapse', (v) => ({ argv: ['groupby', '-i', 'data.tsv', '-g', v ? '1' : '1,2,3,4', '-c', v ? '7,6,8' : '6,7,5', '-o', v ? 'max,min,distinct' : 'sum,mean,collapse'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-one-col-many-ops', 'groupby: one column, several operations', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1,2,3', '-c', '6', '-o', rng.shuffle(['sum', 'max', 'min', 'count', 'mean']).slice(0, 3).join(',')], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-many-cols-one-op', 'groupby: several columns, one operation', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '6,7', '-o', pick(['sum', 'max', 'collapse'])], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-long-names', 'groupby -grp -opCols -ops', () => ({ argv: ['groupby', '-i', 'data.tsv', '-grp', '1,4', '-opCols', '6,6', '-ops', 'sum,max'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-full', 'groupby -full: all columns of the first line', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '6', '-o', 'max', '-full'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-inheader', 'groupby -inheader: skip the header line', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1,4', '-c', '6', '-inheader'], files: { 'data.tsv': 'chrom\tstart\tend\tgene\tsample\tcount\tvalue\tbase\n' + tableText(table()) } }));
  add('groupby-outheader', 'groupby -outheader: col_N names', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1,4', '-c', '6,7', '-o', 'sum,mean', '-outheader'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-header', 'groupby -header: input names in the output header', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '6', '-o', 'collapse', '-header'], files: { 'data.tsv': 'chrom\tstart\tend\tgene\tsample\tcount\tvalue\tbase\n' + tableText(table()) } }));
  add('groupby-inheader-outheader', 'groupby -inheader -outheader', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1', '-c', '7', '-o', 'max', '-inheader', '-outheader'], files: { 'data.tsv': '#chrom\tstart\tend\tgene\tsample\tcount\tvalue\tbase\n' + tableText(table()) } }));
  add('groupby-full-outheader', 'groupby -full -outheader', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '6', '-full', '-outheader'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-ignorecase', 'groupby -ignorecase', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '5', '-c', '6', '-o', 'sum', '-ignorecase'], files: { 'data.tsv': tableText(table({ caseMix: true, groups: 1, maxPer: 12 })) } }));
  add('groupby-case-sensitive', 'groupby without -ignorecase on mixed case', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '6', '-o', 'count'], files: { 'data.tsv': tableText(table({ caseMix: true })) } }));
  add('groupby-prec', 'groupby -prec', (v) => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1,2,3', '-c', '7', '-o', v ? 'stdev' : 'mean', '-prec', String(v ? 3 : 10)], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-delim', 'groupby -delim', (v) => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '5', '-o', v ? 'distinct' : 'collapse', '-delim', v ? ':' : '|'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-stdin', 'groupby reads stdin without -i', () => ({ argv: ['groupby', '-g', '1', '-c', '6', '-o', 'count'], stdin: tableText(table()) }));
  add('groupby-stdin-i', 'groupby -i stdin', () => ({ argv: ['groupby', '-i', 'stdin', '-g', '4', '-c', '7', '-o', 'min'], stdin: tableText(table()) }));
  add('groupby-unsorted', 'groupby: only consecutive lines are grouped', () => {
    const rows = rng.shuffle(table({ groups: 3, maxPer: 5 }));
    return { argv: ['groupby', '-i', 'data.tsv', '-g', '4', '-c', '6', '-o', 'sum'], files: { 'data.tsv': tableText(rows) } };
  });
  add('groupby-non-numeric', 'groupby -o sum on a text column: error', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1', '-c', '5', '-o', 'sum'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-no-c', 'groupby without -c', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1'], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-bad-col', 'groupby -c beyond the last column', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1', '-c', String(int(9, 15))], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-bad-op', 'groupby -o unknown operation', () => ({ argv: ['groupby', '-i', 'data.tsv', '-g', '1', '-c', '6', '-o', pick(['total', 'avg', 'absmax'])], files: { 'data.tsv': tableText(table()) } }));
  add('groupby-missing-file', 'groupby: missing input file', () => ({ argv: ['groupby', '-i', 'nothing.tsv', '-g', '1', '-c', '2'] }));
  add('groupby-empty', 'groupby on empty input', () => ({ argv: ['groupby', '-i', 'empty.tsv', '-g', '1', '-c', '2'], files: { 'empty.tsv': '' } }));
  add('groupby-bed-intersect', 'groupby on intersect -wa -wb style output (docs example)', (v) => {
    const lines = [];
    for (let i = 0; i < int(2, 4); i++) {
      const c = pick(['chr1', 'chr2']); const s = int(10, 500); const e = s + int(10, 100); const nm = pick(['A', 'B', 'C', 'G1', 'G2']) + i;
      for (let j = 0; j < int(1, 3); j++) {
        const bs = s + int(-5, 5); lines.push([c, s, e, nm, c, bs, bs + 10, `B.${j + 1}`, int(1, 10000), rng.string(4, 'ACGT')].join('\t'));
      }
    }
    return { argv: ['groupby', '-i', 'ex1.out', '-g', '1,2,3,4', '-c', v ? '10' : '8,9', '-o', v ? 'concat' : 'collapse,mean'], files: { 'ex1.out': lines.join('\n') + '\n' } };
  });
  add('groupby-spaces', 'groupby on space-separated input (tab-only splitting)', () => ({ argv: ['groupby', '-i', 'data.txt', '-g', '1', '-c', '2'], files: { 'data.txt': tableText(table()).replace(/\t/g, ' ') } }));
  for (let k = 0; k < 5; k++) {
    const make = () => {
      const rows = table({ groups: int(2, 8), maxPer: 6, neg: chance(0.3) });
      const grp = pick(['1', '4', '1,4', '1,2,3', '1,2,3,4', '5', '4,5']);
      const n = int(1, 3);
      const cols = []; const ops = [];
      for (let i = 0; i < n; i++) {
        const c = pick([6, 7, 5, 8]);
        cols.push(c);
        ops.push(c >= 6 && c <= 7 ? pick(GB_OPS) : pick(['collapse', 'distinct', 'concat', 'freqdesc', 'freqasc', 'first', 'last', 'count', 'count_distinct', 'mode', 'antimode']));
      }
      const opts = ['-g', grp, '-c', cols.join(','), '-o', ops.join(',')];
      if (chance(0.2)) opts.push('-full');
      if (chance(0.2)) opts.push('-outheader');
      if (chance(0.2)) opts.push('-prec', String(int(1, 8)));
      return { argv: ['groupby', '-i', 'data.tsv', ...opts], files: { 'data.tsv': tableText(rows) } };
    };
    if (k < 4) add(`groupby-random-${pad(k)}`, 'groupby with random options', make);
    else one(`groupby-random-${pad(k)}`, 'groupby with random options', make);
  }

  return cases;
}
