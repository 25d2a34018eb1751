// Test-case generator for seqtk 1.3-r106 (Debian 12 package seqtk 1.3-4).
// Deterministic: all variation comes from the seeded `rng`.
// Every scenario gives one visible case and one hidden dual that keeps the idea but draws
// other sequences, names, lengths and option values.

import zlib from 'node:zlib';

const gz = (text) => ({ base64: zlib.gzipSync(Buffer.from(text, 'latin1'), { level: 6 }).toString('base64') });

const FA_NAMES = ['in.fa', 'ref.fa', 'genome.fasta', 'contigs.fa', 'seqs.fa', 'chr.fa', 'asm.fna', 'input.fasta'];
const FQ_NAMES = ['in.fq', 'reads.fq', 'sample.fastq', 'lib1.fq', 'run.fastq', 'R.fq', 'input.fastq'];
const CHR = ['chr1', 'chr2', 'chr3', 'chrX', 'chrM', 'scaffold_12', 'ctg7', 'contig_3', 'NC_000913.3', 'seq1', 'seq2',
  'seqA', 'tig00001', 'utg42', 'Pt', 'chr2L', 'chr3R', 'scf_99', 'LG04', 'plasmid_pX'];
const COMMENTS = ['len=1200', 'Escherichia coli K-12', 'assembled by hand', 'cov=33.1 circular=false', 'dna:chromosome',
  'organism=test', 'masked', 'primary_assembly', 'rev', 'x', 'A B C', 'length=42\tgc=0.5'];

export default function generate({ rng, add, cases }) {


  // ------------------------------------------------------------------ sequence material
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);

  /** Random DNA: mostly ACGT, optional soft-masked runs, N runs and IUPAC codes. */
  function dna(n, o = {}) {
    const gcBias = o.gc ?? 0.5;
    let s = '';
    for (let i = 0; i < n; i++) {
      const r = rng.float();
      let c;
      if (o.iupac && r < o.iupac) c = pick(['R', 'Y', 'K', 'M', 'S', 'W', 'B', 'D', 'H', 'V']);
      else if (o.n && r < (o.iupac ?? 0) + o.n) c = 'N';
      else c = rng.float() < gcBias ? pick(['G', 'C']) : pick(['A', 'T']);
      s += c;
    }
    if (o.nrun && n > 10) {
      const runs = typeof o.nrun === 'number' ? o.nrun : int(1, 2);
      const arr = s.split('');
      for (let k = 0; k < runs; k++) {
        const len = Math.min(int(3, o.nrunLen ?? 15), n - 1);
        const at = int(0, n - len);
        for (let j = at; j < at + len; j++) arr[j] = 'N';
      }
      s = arr.join('');
    }
    if (o.lower && n > 4) {
      const arr = s.split('');
      const runs = int(1, 3);
      for (let k = 0; k < runs; k++) {
        const len = int(1, Math.max(1, Math.floor(n / 3)));
        const at = int(0, n - len);
        for (let j = at; j < at + len; j++) arr[j] = arr[j].toLowerCase();
      }
      s = arr.join('');
    }
    return s;
  }

  /** Phred+33 qualities; `lo`/`hi` are Phred values. Tails degrade like real reads. */
  function qual(n, lo = 2, hi = 41, shift = 33) {
    let q = '';
    for (let i = 0; i < n; i++) {
      let v = int(Math.max(lo, 20), hi);
      if (i > n * 0.7 && rng.chance(0.5)) v = int(lo, Math.max(lo, 25));
      if (rng.chance(0.05)) v = int(lo, hi);
      q += String.fromCharCode(v + shift);
    }
    return q;
  }

  let readCounter = int(1000, 90000);
  const runId = () => pick(['SRR', 'ERR', 'DRR']) + int(100000, 9999999);
  function illuminaName() {
    return `${pick(['M00123', 'NB501234', 'A00987', 'HWI-ST1234'])}:${int(1, 400)}:${pick(['000000000-A1B2C', 'HFJ2KBGXB', 'H7TL3DSXX'])}:${int(1, 4)}:${int(1101, 2212)}:${int(1000, 30000)}:${int(1000, 30000)}`;
  }
  /** A read-name style: returns a function (i) -> { name, comment }. */
  function nameStyle() {
    const style = int(0, 4);
    const base = runId();
    return (i) => {
      readCounter++;
      switch (style) {
        case 0: return { name: `${base}.${i + 1}`, comment: rng.chance(0.7) ? `${illuminaName()} length=${int(30, 150)}` : '' };
        case 1: return { name: illuminaName(), comment: `${pick(['1', '2'])}:N:0:${pick(['ATCACG', 'CGATGT', '1', '2'])}` };
        case 2: return { name: `read_${readCounter}`, comment: '' };
        case 3: return { name: `r${i + 1}`, comment: rng.chance(0.3) ? pick(COMMENTS) : '' };
        default: return { name: `${pick(['frag', 'q', 'seq'])}${int(0, 99999)}`, comment: rng.chance(0.5) ? `barcode=${rng.string(8, 'ACGT')}` : '' };
      }
    };
  }
  const header = (prefix, r) => `${prefix}${r.name}${r.comment ? ' ' + r.comment : ''}\n`;

  /** FASTQ records: [{name, comment, seq, qual}] */
  function fqRecs(n, o = {}) {
    const nm = o.names ?? nameStyle();
    const out = [];
    for (let i = 0; i < n; i++) {
      const len = o.len !== undefined ? (typeof o.len === 'function' ? o.len(i) : o.len) : int(o.min ?? 20, o.max ?? 90);
      const r = nm(i);
      out.push({ ...r, seq: dna(len, { n: o.n ?? 0.02, iupac: o.iupac, lower: o.lower, gc: o.gc }), qual: qual(len, o.qlo ?? 2, o.qhi ?? 41, o.shift ?? 33) });
    }
    return out;
  }
  const fqText = (recs, plusName = false) => recs.map((r) => `${header('@', r)}${r.seq}\n+${plusName ? r.name : ''}\n${r.qual}\n`).join('');
  const fq = (n, o) => fqText(fqRecs(n, o));

  /** FASTA records with sequence split into lines of `width` (0: one line). */
  function faRecs(n, o = {}) {
    const out = [];
    const names = rng.shuffle(CHR);
    for (let i = 0; i < n; i++) {
      const len = o.len !== undefined ? (typeof o.len === 'function' ? o.len(i) : o.len) : int(o.min ?? 30, o.max ?? 300);
      const name = i < names.length ? names[i] : `extra${i}`;
      out.push({ name, comment: rng.chance(o.comments ?? 0.4) ? pick(COMMENTS) : '', seq: dna(len, { lower: o.lower ?? rng.chance(0.5), nrun: o.nrun ?? rng.chance(0.4), n: o.n, iupac: o.iupac, gc: o.gc, nrunLen: o.nrunLen }) });
    }
    return out;
  }
  function faText(recs, width) {
    return recs.map((r) => {
      const w = width === undefined ? pick([50, 60, 60, 70, 80, 0]) : width;
      let body = '';
      if (r.seq.length === 0) body = '';
      else if (w === 0) body = r.seq + '\n';
      else for (let i = 0; i < r.seq.length; i += w) body += r.seq.slice(i, i + w) + '\n';
      return `>${r.name}${r.comment ? ' ' + r.comment : ''}\n${body}`;
    }).join('');
  }
  const fa = (n, o = {}) => faText(faRecs(n, o), o.width);

  const faName = () => pick(FA_NAMES);
  const fqName = () => pick(FQ_NAMES);

  /** A case reading one file. */
  function withFile(argvBefore, fname, content, argvAfter = []) {
    return { argv: [...argvBefore, fname, ...argvAfter], files: { [fname]: content } };
  }

  // ------------------------------------------------------------------ BED / list builders
  function bedFor(recs, n, o = {}) {
    const lines = [];
    for (let i = 0; i < n; i++) {
      const r = pick(recs);
      const L = Math.max(1, r.seq.length);
      const beg = int(0, Math.max(0, L - 2));
      const end = Math.min(L + (o.overshoot && rng.chance(0.3) ? int(1, 20) : 0), beg + int(1, Math.max(1, o.maxLen ?? 40)));
      lines.push(`${r.name}\t${beg}\t${end}${o.extra ? `\tfeat${i}\t${int(0, 1000)}\t${pick(['+', '-'])}` : ''}`);
    }
    return lines.join('\n') + '\n';
  }
  function nameList(recs, k, o = {}) {
    const chosen = rng.shuffle(recs).slice(0, k).map((r) => r.name);
    if (o.missing) chosen.push('no_such_' + int(1, 99));
    return chosen.join('\n') + '\n';
  }

  // ================================================================== seq
  const seqSimple = [
    ['a', ['-a'], 'fq', 'FASTQ to FASTA with -a'],
    ['A', ['-A'], 'fq', 'FASTQ to FASTA with -A'],
    ['l60-fa', ['-l', '60'], 'fa', 'rewrap FASTA at 60 columns'],
    ['l10-fa', ['-l', '10'], 'fa', 'rewrap FASTA at 10 columns'],
    ['l1-fa', ['-l', '1'], 'fa', 'one residue per line'],
    ['l0-fa', ['-l', '0'], 'fa', 'unwrap multi-line FASTA'],
    ['l7-fq', ['-l', '7'], 'fq', 'line length applies to FASTQ sequence and quality'],
    ['l-exact', ['-l', 'EXACT'], 'fa', 'line length equal to a record length'],
    ['r-fa', ['-r'], 'fa', 'reverse complement FASTA (case and IUPAC kept)'],
    ['r-fq', ['-r'], 'fq', 'reverse complement FASTQ reverses qualities'],
    ['r-iupac', ['-r'], 'iupac', 'reverse complement of IUPAC codes'],
    ['C-fa', ['-C'], 'fa', 'drop comments'],
    ['C-fq', ['-C'], 'fq', 'drop comments in FASTQ'],
    ['U-fa', ['-U'], 'fa', 'uppercase soft-masked bases'],
    ['U-fq', ['-U'], 'fqlower', 'uppercase FASTQ bases'],
    ['q20', ['-q', '20'], 'fq', 'lowercase bases with quality < 20'],
    ['q30-nN', ['-q', '30', '-n', 'N'], 'fq', 'mask low-quality bases with N'],
    ['q10-nX', ['-q10', '-nX'], 'fq', 'attached option values'],
    ['q25-a', ['-aq25'], 'fq', 'bundled -a and -q'],
    ['X35', ['-q', '1', '-X', '35'], 'fq', 'mask bases with quality above -X'],
    ['X-only', ['-X', '30'], 'fq', '-X without -q has no effect'],
    ['n-without-q', ['-n', 'N'], 'fq', '-n alone does nothing'],
    ['Q64-q20', ['-Q', '64', '-q', '20'], 'fq64', 'Phred+64 input with quality threshold'],
    ['Q64-V', ['-Q64', '-V'], 'fq64', 'convert Phred+64 to Phred+33'],
    ['V-alone', ['-V'], 'fq', '-V with the default shift is a no-op'],
    ['L50-fa', ['-L', '50'], 'fa', 'drop sequences shorter than 50'],
    ['L40-fq', ['-L', '40'], 'fq', 'drop short reads'],
    ['N-fa', ['-N'], 'iupacfa', 'drop sequences with ambiguous bases'],
    ['N-fq', ['-N'], 'fq', 'drop reads containing N'],
    ['odd', ['-1'], 'fq', 'odd-numbered records only'],
    ['even', ['-2'], 'fq', 'even-numbered records only'],
    ['odd-fa', ['-1'], 'fa', 'odd-numbered FASTA records'],
    ['even-fa', ['-2'], 'fa', 'even-numbered FASTA records'],
    ['F-fa', ['-F', '#'], 'fa', 'fake quality turns FASTA into FASTQ'],
    ['F-fa-I', ['-FI'], 'fa', 'fake quality I'],
    ['F-fq', ['-F', '5'], 'fq', 'fake quality replaces FASTQ qualities'],
    ['F-space', ['-F', ' '], 'fa', 'fake quality below 33 is ignored'],
    ['f-half', ['-f', '0.5'], 'fq', 'sample half the reads with the default seed'],
    ['f-seed', ['-f', '0.3', '-s', 'SEED'], 'fq', 'sample a fraction with a seed'],
    ['f-seed-fa', ['-s', 'SEED', '-f', '0.6'], 'fa', 'fraction sampling of FASTA'],
    ['f-one', ['-f', '1'], 'fq', '-f 1 keeps everything'],
    ['f-small', ['-f', '0.05', '-s', 'SEED', '-L', '1'], 'fqmany', 'small fraction of many reads'],
    ['S-fa', ['-S'], 'spaces', 'strip white space inside sequences'],
    ['no-S-spaces', [], 'spaces', 'white space inside sequence lines is kept without -S'],
    ['plain-fa', [], 'fa', 'no options: FASTA is unwrapped'],
    ['plain-fq', [], 'fq', 'no options: FASTQ is normalised'],
    ['plain-fq-plusname', [], 'fqplus', 'the name after + is dropped'],
    ['plain-fqml', [], 'fqml', 'multi-line FASTQ is joined'],
    ['plain-mixed', [], 'mixed', 'FASTA and FASTQ records in one file'],
    ['plain-empty-records', [], 'emptyrec', 'FASTA records with empty sequences'],
    ['plain-gz-fa', [], 'gzfa', 'gzip-compressed FASTA'],
    ['plain-gz-fq', ['-a'], 'gzfq', 'gzip-compressed FASTQ'],
    ['plain-crlf', [], 'crlf', 'CRLF line ends'],
    ['plain-junk-before', [], 'junk', 'text before the first header is skipped'],
    ['plain-tab-comment', [], 'tabcomment', 'header comment separated by a tab'],
    ['plain-blank-lines', [], 'blanklines', 'blank lines inside FASTA records'],
    ['plain-lowercase', ['-l', '30'], 'lowerfa', 'lowercase FASTA rewrapped'],
    ['r-l', ['-r', '-l', '25'], 'fa', 'reverse complement and rewrap'],
    ['a-C-l', ['-aC', '-l', '40'], 'fq', 'FASTA output, no comments, wrapped'],
    ['r-a', ['-r', '-a'], 'fq', 'reverse complement then FASTA'],
    ['q-r', ['-q', '20', '-r'], 'fq', 'masking happens before reverse complement'],
    ['U-q', ['-U', '-q', '30'], 'fq', '-U undoes lowercase masking'],
    ['N-r', ['-N', '-r'], 'fq', '-N after reverse complement'],
    ['L-1', ['-L', '60', '-1'], 'fq', 'length filter and odd records'],
    ['L-f', ['-L', '40', '-f', '0.5', '-s', 'SEED'], 'fq', 'length filter applied before sampling'],
    ['F-r', ['-F', 'J', '-r'], 'fa', 'fake quality and reverse complement'],
    ['q-nlower', ['-q', '20', '-n', '0'], 'fq', '-n 0 means the character 0'],
    ['stdin-fq', ['STDIN'], 'fq', 'FASTQ from stdin'],
    ['stdin-dash', ['-a', '-'], 'fq', '- reads stdin'],
    ['stdin-gz', ['STDIN'], 'gzfa', 'gzip data on stdin'],
    ['extra-args', ['EXTRA'], 'fa', 'operands after the first are ignored'],
    ['bad-option', ['-Z'], 'fa', 'unknown option: getopt warning, processing continues'],
    ['malformed-qual-short', [], 'badqual', 'quality shorter than sequence stops reading'],
    ['malformed-truncated', [], 'truncfq', 'FASTQ truncated after the + line'],
  ];
  for (const [id, opts, kind, note] of seqSimple) {
    add('seq-' + id, note, (v) => {
      let content; let fname; let stdin;
      const n = int(3, 9);
      switch (kind) {
        case 'fq': content = fq(n, { lower: rng.chance(0.3) }); fname = fqName(); break;
        case 'fqmany': content = fq(int(60, 120), { min: 20, max: 40 }); fname = fqName(); break;
        case 'fqlower': content = fq(n, { lower: true }); fname = fqName(); break;
        case 'fq64': content = fq(n, { shift: 64 }); fname = fqName(); break;
        case 'fqplus': content = fqText(fqRecs(n), true); fname = fqName(); break;
        case 'fqml': {
          const recs = fqRecs(n, { min: 30, max: 80 });
          content = recs.map((r) => `@${r.name}\n${r.seq.match(/.{1,25}/g).join('\n')}\n+\n${r.qual.match(/.{1,25}/g).join('\n')}\n`).join('');
          fname = fqName(); break;
        }
        case 'fa': content = fa(n); fname = faName(); break;
        case 'iupac': content = fa(n, { iupac: 0.1 }); fname = faName(); break;
        case 'iupacfa': {
          const recs = faRecs(n, { iupac: 0.004, nrun: false, n: 0.004, max: 200 });
          content = faText(recs); fname = faName(); break;
        }
        case 'lowerfa': content = fa(n).toLowerCase().replace(/^>.*$/gm, (h) => h); fname = faName(); break;
        case 'spaces': {
          const recs = faRecs(n, { max: 100 });
          content = recs.map((r) => `>${r.name}\n${r.seq.replace(/(.{7})/g, (m) => m + pick([' ', ' ', '  ', '\t']))}\n`).join('');
          fname = faName(); break;
        }
        case 'mixed': {
          const a = faRecs(int(2, 4)); const b = fqRecs(int(2, 4));
          const parts = [...a.map((r) => faText([r])), ...b.map((r) => fqText([r]))];
          content = rng.shuffle(parts).join(''); fname = pick(['mixed.txt', 'all.seq']); break;
        }
        case 'emptyrec': {
          const recs = faRecs(n, { max: 80 });
          recs.forEach((r) => { if (rng.chance(0.4)) r.seq = ''; });
          recs[int(0, recs.length - 1)].seq = '';
          content = faText(recs); fname = faName(); break;
        }
        case 'gzfa': content = gz(fa(n)); fname = faName() + '.gz'; break;
        case 'gzfq': content = gz(fq(n)); fname = fqName() + '.gz'; break;
        case 'crlf': content = fa(n, { width: 60 }).replace(/\n/g, '\r\n'); fname = faName(); break;
        case 'junk': content = pick(['# comment line\n', 'garbage text\nmore\n', '\n\n']) + fa(n); fname = faName(); break;
        case 'tabcomment': content = faRecs(n).map((r) => `>${r.name}\t${pick(COMMENTS)}\n${r.seq}\n`).join(''); fname = faName(); break;
        case 'blanklines': content = faRecs(n, { max: 120 }).map((r) => `>${r.name}\n${r.seq.slice(0, 40)}\n\n${r.seq.slice(40)}\n\n`).join(''); fname = faName(); break;
        case 'badqual': {
          const recs = fqRecs(n);
          const k = int(1, recs.length - 1);
          recs[k].qual = recs[k].qual.slice(0, Math.max(1, recs[k].qual.length - int(1, 5)));
          content = fqText(recs); fname = fqName(); break;
        }
        case 'truncfq': {
          const recs = fqRecs(n);
          content = fqText(recs) + `@${recs[0].name}x\n${dna(20)}\n+\n`; fname = fqName(); break;
        }
        default: throw new Error(kind);
      }
      const argv = [];
      let useStdin = false; let extra = false;
      for (const o of opts) {
        if (o === 'STDIN') useStdin = true;
        else if (o === 'EXTRA') extra = true;
        else if (o === 'SEED') argv.push(String(int(1, 100000)));
        else if (o === 'EXACT') argv.push(String(int(40, 80)));
        else argv.push(o);
      }
      if (opts.includes('-')) {
        argv.pop();
        stdin = content;
        return { argv: [...argv, '-'], stdin };
      }
      if (useStdin) return { argv, stdin: content };
      const c = withFile(argv, fname, content);
      if (extra) { c.argv.push('other.fa'); c.files['other.fa'] = fa(2); }
      return c;
    });
  }

  // seq -M masking (BED and name lists)
  const maskVariants = [
    ['M-bed', [], 'bed', 'lowercase BED regions'],
    ['M-bed-nN', ['-n', 'N'], 'bed', 'mask BED regions with N'],
    ['M-bed-c', ['-c'], 'bed', 'lowercase the complement of BED regions'],
    ['M-bed-c-nX', ['-c', '-n', 'X'], 'bed', 'mask the complement with X'],
    ['M-names', [], 'names', 'a name list masks whole sequences'],
    ['M-names-c', ['-c'], 'names', 'complement of a name list'],
    ['M-names-c-n', ['-c', '-nN'], 'names', 'complement of a name list with N'],
    ['M-pos', [], 'pos', 'two-column list: name and one position'],
    ['M-overshoot', ['-n', '-'], 'overshoot', 'regions running past the end'],
    ['M-fq', ['-n', 'N'], 'bedfq', 'masking FASTQ reads'],
    ['M-r', ['-r'], 'bed', 'masking then reverse complement'],
    ['M-gz', [], 'bedgz', 'gzip-compressed BED'],
    ['M-beyond', [], 'beyond', 'region start beyond the sequence end'],
    ['M-extra-cols', ['-nN'], 'bedextra', 'BED with six columns'],
  ];
  for (const [id, opts, kind, note] of maskVariants) {
    add('seq-' + id, note, () => {
      const fqMode = kind === 'bedfq';
      const recs = fqMode ? fqRecs(int(3, 7)) : faRecs(int(3, 7), { lower: false, max: 150 });
      const content = fqMode ? fqText(recs) : faText(recs);
      let list;
      if (kind === 'names') list = nameList(recs, int(1, recs.length - 1), { missing: true });
      else if (kind === 'pos') list = recs.slice(0, 3).map((r) => `${r.name}\t${int(1, r.seq.length)}`).join('\n') + '\n';
      else if (kind === 'overshoot') list = bedFor(recs, int(3, 6), { overshoot: true, maxLen: 200 });
      else if (kind === 'beyond') list = recs.map((r) => `${r.name}\t${r.seq.length + int(0, 30)}\t${r.seq.length + int(31, 60)}`).join('\n') + '\n' + bedFor(recs, 2);
      else if (kind === 'bedextra') list = bedFor(recs, int(3, 6), { extra: true });
      else list = bedFor(recs, int(2, 7));
      const lname = kind === 'names' ? pick(['names.lst', 'ids.txt']) : pick(['mask.bed', 'regions.bed', 'reg.txt']);
      const fname = fqMode ? fqName() : faName();
      const files = { [fname]: content };
      if (kind === 'bedgz') { files[lname + '.gz'] = gz(list); return { argv: ['seq', '-M', lname + '.gz', ...opts, fname], files }; }
      files[lname] = list;
      return { argv: ['seq', '-M', lname, ...opts, fname], files };
    });
  }

  // seq: random combinations of options on FASTQ and FASTA
  const comboOpts = [
    () => ['-a'], () => ['-C'], () => ['-r'], () => ['-U'], () => ['-N'], () => ['-1'], () => ['-2'],
    () => ['-l', String(int(0, 50))], () => ['-q', String(int(5, 35))], () => ['-n', pick(['N', 'X', '.'])],
    () => ['-L', String(int(10, 70))], () => ['-f', pick(['0.2', '0.5', '0.75', '0.9']), '-s', String(int(1, 9999))],
    () => ['-F', pick(['#', 'I', '?', '+'])], () => ['-X', String(int(30, 40))], () => ['-S'], () => ['-V'],
  ];
  for (let k = 0; k < 40; k++) {
    add(`seq-combo-${String(k + 1).padStart(2, '0')}`, 'a random combination of seq options', () => {
      let opts = rng.shuffle(comboOpts).slice(0, int(2, 4)).flatMap((f) => f());
      if (opts.includes('-1') && opts.includes('-2')) opts = opts.filter((o) => o !== '-2'); // together they drop everything
      const isFq = k % 3 !== 2;
      const fname = isFq ? fqName() : faName();
      const content = isFq ? fq(int(4, 12), { lower: rng.chance(0.4), iupac: rng.chance(0.3) ? 0.02 : undefined }) : fa(int(3, 8), { iupac: rng.chance(0.3) ? 0.01 : undefined });
      return withFile(['seq', ...opts], fname, content);
    });
  }
  // prefix "seq" into the argv of the simple seq cases
  for (const c of cases) if (c.id.startsWith('seq-') && c.argv[0] !== 'seq') c.argv.unshift('seq');

  // ================================================================== comp
  const compVariants = [
    ['fa', [], () => fa(int(3, 8), { iupac: 0.03 }), 'composition of FASTA'],
    ['fq', [], () => fq(int(3, 8), { iupac: 0.03 }), 'composition of FASTQ'],
    ['u', ['-u'], () => fa(int(3, 8), { lower: true, iupac: 0.03 }), 'count uppercase bases only'],
    ['cpg', [], () => faText(faRecs(int(2, 5), { gc: 0.8, iupac: 0.05 })), 'CpG and transition counts in GC-rich sequences'],
    ['iupac-heavy', [], () => fa(int(2, 5), { iupac: 0.4 }), 'many IUPAC codes: #2 #3 #4 columns'],
    ['gz', [], () => gz(fa(int(2, 6))), 'gzip input'],
    ['empty-seq', [], () => '>e1\n>e2 comment\nACGT\n>e3\n', 'records with empty sequences'],
    ['stdin', ['STDIN'], () => fa(int(2, 5)), 'FASTA from stdin'],
    ['u-fq', ['-u'], () => fq(int(3, 6), { lower: true }), '-u on FASTQ'],
    ['long', [], () => fa(int(1, 2), { len: () => int(3000, 9000) }), 'long sequences'],
    ['other-chars', [], () => '>x\nACGU-*.acgu--NNnnXx\n>y\nACGTBDHVacgtbdhv\n', 'U, gaps and odd characters'],
  ];
  for (const [id, opts, make, note] of compVariants) {
    add('comp-' + id, note, () => {
      if (opts.includes('STDIN')) return { argv: ['comp'], stdin: make() };
      const c = make();
      return withFile(['comp', ...opts], typeof c === 'string' && c.startsWith('@') ? fqName() : faName() + (typeof c === 'object' ? '.gz' : ''), c);
    });
  }
  for (const [id, kind, note] of [['r-bed', 'bed', 'composition of BED regions'], ['r-bed-u', 'bedu', 'regions with -u'],
    ['r-pos', 'pos', 'two-column lines: name and a 1-based position'], ['r-overlap', 'overlap', 'overlapping regions on one sequence, listed out of order'],
    ['r-missing', 'missing', 'regions on sequences not in the file']]) {
    add('comp-' + id, note, () => {
      const recs = faRecs(int(3, 6), { lower: kind === 'bedu', iupac: 0.03, min: 60, max: 300 });
      let list;
      if (kind === 'pos') list = recs.map((r) => `${r.name}\t${int(1, r.seq.length)}`).join('\n') + '\n';
      else if (kind === 'overlap') { const r = recs[0]; const L = r.seq.length; list = `${r.name}\t${int(L >> 1, L - 5)}\t${L}\n${r.name}\t0\t${int(10, L >> 1)}\n${r.name}\t${int(1, 10)}\t${int(L >> 1, L)}\n`; }
      else if (kind === 'missing') list = bedFor(recs, 3) + `nope\t1\t10\nmissing_chr\t0\t5\n`;
      else list = bedFor(recs, int(3, 8), { maxLen: 60 });
      const f = faName();
      const ln = pick(['reg.bed', 'target.bed', 'list.txt']);
      return { argv: ['comp', ...(kind === 'bedu' ? ['-u'] : []), '-r', ln, f], files: { [f]: faText(recs), [ln]: list } };
    });
  }

  // ================================================================== sample
  const sampleVariants = [
    ['frac', () => [], () => '0.5', 'fq', 'fraction with the default seed 11'],
    ['frac-seed', () => ['-s', String(int(1, 1e6))], () => pick(['0.1', '0.25', '0.4', '0.6']), 'fq', 'fraction with a seed'],
    ['frac-seed-fa', () => ['-s', String(int(1, 1e6))], () => pick(['0.3', '0.5', '0.7']), 'fa', 'fraction of FASTA records'],
    ['num', () => [], () => String(int(2, 6)), 'fq', 'reservoir sampling of a number of reads'],
    ['num-seed', () => ['-s', String(int(1, 1e6))], () => String(int(3, 10)), 'fq', 'a number of reads with a seed'],
    ['num-seed2', () => [`-s${int(1, 99)}`], () => String(int(5, 20)), 'fqmany', 'attached seed, many reads'],
    ['num-fa', () => ['-s', String(int(1, 1e6))], () => String(int(2, 5)), 'fa', 'a number of FASTA records'],
    ['num-more', () => ['-s', String(int(1, 1e6))], () => String(int(50, 90)), 'fq', 'more than the input holds: all reads in reservoir order'],
    ['num-round', () => ['-s', String(int(1, 1e6))], () => pick(['2.5', '3.49', '4.6', '1.0']), 'fq', 'non-integer counts are rounded'],
    ['twopass', () => ['-2', '-s', String(int(1, 1e6))], () => String(int(3, 8)), 'fqmany', '2-pass mode keeps input order'],
    ['twopass-default', () => ['-2'], () => String(int(3, 8)), 'fq', '2-pass mode with the default seed'],
    ['twopass-frac', () => ['-2', '-s', String(int(1, 1e6))], () => '0.5', 'fq', '-2 with a fraction: warning without newline'],
    ['twopass-stdin', () => ['-2'], () => '3', 'stdin', '-2 cannot read stdin'],
    ['stdin', () => ['-s', String(int(1, 1e6))], () => '0.5', 'stdin', 'fraction of stdin'],
    ['gz', () => ['-s', String(int(1, 1e6))], () => String(int(2, 6)), 'gz', 'gzip input'],
    ['empty-records', () => ['-s', String(int(1, 1e6))], () => String(int(4, 8)), 'emptyrec', 'records with empty sequences are not printed'],
    ['frac-zero', () => [], () => '0', 'fq', 'fraction 0 keeps nothing... but stats?'],
    ['frac-big', () => ['-s', String(int(1, 1e6))], () => pick(['0.99', '0.95']), 'fqmany', 'a fraction close to 1'],
  ];
  for (const [id, o, amount, kind, note] of sampleVariants) {
    if (id === 'frac-zero') continue;
    add('sample-' + id, note, () => {
      const opts = o();
      const amt = amount();
      if (kind === 'stdin') return { argv: ['sample', ...opts, '-', amt], stdin: fq(int(10, 30), { min: 20, max: 50 }) };
      if (kind === 'fa') { const f = faName(); return { argv: ['sample', ...opts, f, amt], files: { [f]: fa(int(10, 25), { max: 120 }) } }; }
      if (kind === 'gz') { const f = fqName() + '.gz'; return { argv: ['sample', ...opts, f, amt], files: { [f]: gz(fq(int(10, 25), { min: 20, max: 50 })) } }; }
      if (kind === 'emptyrec') {
        const recs = faRecs(int(10, 18), { max: 60 });
        recs.forEach((r) => { if (rng.chance(0.35)) r.seq = ''; });
        const f = faName(); return { argv: ['sample', ...opts, f, amt], files: { [f]: faText(recs) } };
      }
      const f = fqName();
      return { argv: ['sample', ...opts, f, amt], files: { [f]: fq(kind === 'fqmany' ? int(80, 200) : int(10, 30), { min: 20, max: 50 }) } };
    });
  }
  for (let k = 0; k < 12; k++) {
    add(`sample-seeds-${String(k + 1).padStart(2, '0')}`, 'sampling with various seeds, counts and fractions', () => {
      const f = fqName();
      const amt = rng.chance(0.5) ? String(int(1, 15)) : (int(5, 95) / 100).toFixed(2);
      const opts = rng.chance(0.2) && !amt.includes('.') ? ['-2'] : [];
      return { argv: ['sample', ...opts, '-s', String(int(0, 2 ** 31 - 1)), f, amt], files: { [f]: fq(int(20, 120), { min: 15, max: 40 }) } };
    });
  }

  // ================================================================== subseq
  const subseqVariants = [
    ['names-fa', 'names', [], 'fa', 'extract whole sequences by name'],
    ['names-fq', 'names', [], 'fq', 'extract reads by name'],
    ['names-missing', 'namesmissing', [], 'fa', 'names not in the file are ignored'],
    ['names-dup', 'namesdup', [], 'fa', 'a name listed twice is printed twice'],
    ['names-extra-cols', 'namesextra', [], 'fa', 'non-numeric columns after the name'],
    ['bed-fa', 'bed', [], 'fa', 'extract BED regions with name:beg-end headers'],
    ['bed-fq', 'bed', [], 'fq', 'regions of FASTQ reads keep qualities'],
    ['bed-l', 'bed', ['-l', 'LL'], 'fa', 'wrap extracted sequences'],
    ['bed-l-fq', 'bed', ['-l', 'LL'], 'fq', 'wrap FASTQ subsequences'],
    ['bed-t', 'bed', ['-t'], 'fa', 'tab-delimited output'],
    ['bed-t-fq', 'bed', ['-t'], 'fq', 'tab-delimited output ignores quality'],
    ['bed-beyond', 'beyond', [], 'fa', 'start beyond the end gives a warning'],
    ['bed-overshoot', 'overshoot', [], 'fa', 'end beyond the sequence end is clipped'],
    ['bed-start0', 'start0', [], 'fa', 'regions starting at 0'],
    ['pos-only', 'pos', [], 'fa', 'name and a single 1-based position'],
    ['bed-six-cols', 'bedextra', [], 'fa', 'six-column BED (strand ignored)'],
    ['bed-gz', 'bedgz', [], 'fa', 'gzip-compressed region list'],
    ['fa-gz', 'bed', [], 'gzfa', 'gzip-compressed FASTA input'],
    ['stdin-fa', 'bed', [], 'stdin', 'FASTA from stdin via -'],
    ['comments', 'bed', [], 'facomment', 'comments are kept after name:beg-end'],
    ['order', 'bedmany', [], 'fa', 'output follows the FASTA order, regions in list order'],
    ['space-sep', 'space', [], 'fa', 'space-separated columns'],
    ['t-l', 'bed', ['-t', '-l', '5'], 'fa', '-l has no effect with -t'],
    ['names-l', 'names', ['-l', 'LL'], 'fq', 'whole reads wrapped'],
  ];
  for (const [id, kind, opts, inp, note] of subseqVariants) {
    add('subseq-' + id, note, () => {
      let recs; let content; let fname;
      if (inp === 'fq') {
        recs = fqRecs(int(4, 10), { names: ((s) => (i) => ({ ...s(i) }))(nameStyle()) });
        content = fqText(recs); fname = fqName();
      } else {
        recs = faRecs(int(3, 8), { comments: inp === 'facomment' ? 1 : 0.3, min: 40, max: 250 });
        content = faText(recs); fname = faName();
      }
      let list;
      switch (kind) {
        case 'names': list = nameList(recs, int(1, recs.length)); break;
        case 'namesmissing': list = nameList(recs, int(1, 3), { missing: true }); break;
        case 'namesdup': { const n = pick(recs).name; list = `${n}\n${nameList(recs, 2)}${n}\n`; break; }
        case 'namesextra': list = rng.shuffle(recs).slice(0, 3).map((r) => `${r.name}\tfoo\tbar`).join('\n') + '\n'; break;
        case 'beyond': list = `${recs[0].name}\t${recs[0].seq.length + int(0, 10)}\t${recs[0].seq.length + int(20, 40)}\n` + bedFor(recs, 2); break;
        case 'overshoot': list = bedFor(recs, int(3, 5), { overshoot: true, maxLen: 400 }); break;
        case 'start0': list = recs.slice(0, 3).map((r) => `${r.name}\t0\t${int(1, r.seq.length)}`).join('\n') + '\n'; break;
        case 'pos': list = recs.slice(0, 3).map((r) => `${r.name}\t${int(1, r.seq.length)}`).join('\n') + '\n'; break;
        case 'bedextra': list = bedFor(recs, int(3, 6), { extra: true }); break;
        case 'bedmany': list = bedFor(recs, int(8, 14)); break;
        case 'space': list = recs.slice(0, 3).map((r) => `${r.name} ${int(0, 10)} ${int(11, r.seq.length)}`).join('\n') + '\n'; break;
        default: list = bedFor(recs, int(3, 7));
      }
      const argv = ['subseq', ...opts.map((o) => (o === 'LL' ? String(pick([5, 10, 13, 20, 60])) : o))];
      const files = {};
      let stdin;
      if (inp === 'gzfa') { fname += '.gz'; files[fname] = gz(content); }
      else if (inp === 'stdin') { stdin = content; fname = '-'; }
      else files[fname] = content;
      let lname = kind.startsWith('names') ? pick(['names.lst', 'ids.txt', 'want.list']) : pick(['regions.bed', 'in.bed', 'targets.bed']);
      if (kind === 'bedgz') { lname += '.gz'; files[lname] = gz(list); } else files[lname] = list;
      return { argv: [...argv, fname, lname], files, ...(stdin !== undefined ? { stdin } : {}) };
    });
  }
  add('subseq-list-stdin', 'region list from stdin via -', () => {
    const recs = faRecs(int(3, 6), { min: 40, max: 200 });
    const f = faName();
    return { argv: ['subseq', f, '-'], files: { [f]: faText(recs) }, stdin: bedFor(recs, int(2, 5)) };
  });

  // ================================================================== fqchk
  const fqchkVariants = [
    ['default', [], () => fq(int(5, 20), { min: 10, max: 40 }), 'per-position base and quality summary'],
    ['q0', ['-q0'], () => fq(int(5, 15), { min: 10, max: 30 }), 'distribution of all quality values'],
    ['q30', ['-q', '30'], () => fq(int(5, 15), { min: 10, max: 40 }), 'threshold 30'],
    ['q10', ['-q', '10'], () => fq(int(5, 15), { min: 10, max: 40, qlo: 2, qhi: 20 }), 'low-quality data'],
    ['equal-len', [], () => fq(int(5, 15), { len: 25 }), 'all reads the same length'],
    ['single', [], () => fq(1, { min: 5, max: 15 }), 'a single read'],
    ['n-heavy', [], () => fq(int(4, 10), { n: 0.3, iupac: 0.05, len: () => int(10, 20) }), 'many N and IUPAC bases counted as %N'],
    ['lower', ['-q', '20'], () => fq(int(4, 10), { lower: true, min: 10, max: 30 }), 'lowercase bases'],
    ['gz', [], () => gz(fq(int(5, 15), { min: 10, max: 40 })), 'gzip input'],
    ['mixed-fa', [], () => fa(2, { max: 40 }) + fq(int(3, 6), { min: 10, max: 20 }), 'FASTA records are skipped'],
    ['fa-only', [], () => fa(int(1, 3), { max: 30 }), 'no FASTQ record: nan values'],
    ['q0-narrow', ['-q', '0'], () => fq(int(3, 8), { min: 5, max: 15, qlo: 30, qhi: 35 }), 'few distinct qualities'],
    ['q-neg', ['-q', '-5'], () => fq(int(3, 8), { min: 5, max: 15 }), 'negative threshold behaves like 0'],
    ['high-qual', [], () => fq(int(3, 8), { min: 5, max: 15, qlo: 40, qhi: 60 }), 'qualities above 41'],
    ['qual-zero', ['-q0'], () => fq(int(3, 6), { min: 5, max: 12, qlo: 0, qhi: 5 }), 'quality values 0 to 5 (error probability capped at 0.5)'],
  ];
  for (const [id, opts, make, note] of fqchkVariants) {
    add('fqchk-' + id, note, () => {
      const c = make();
      return withFile(['fqchk', ...opts], typeof c === 'object' ? fqName() + '.gz' : fqName(), c);
    });
  }
  add('fqchk-stdin', 'FASTQ from stdin via -', () => ({ argv: ['fqchk', '-'], stdin: fq(int(4, 10), { min: 10, max: 25 }) }));
  for (let k = 0; k < 8; k++) {
    add(`fqchk-random-${k + 1}`, 'fqchk on random reads with a random threshold', () => {
      const opts = rng.chance(0.3) ? ['-q0'] : ['-q', String(int(1, 40))];
      return withFile(['fqchk', ...opts], fqName(), fq(int(3, 25), { min: 3, max: 60 }));
    });
  }

  // ================================================================== mergepe
  function pePair(n, o = {}) {
    const nm = nameStyle();
    const base = Array.from({ length: n }, (_, i) => nm(i));
    const slash = o.slash ?? rng.chance(0.5);
    const r1 = base.map((b) => { const len = int(20, 60); return { name: slash ? b.name + '/1' : b.name, comment: b.comment, seq: dna(len), qual: qual(len) }; });
    const r2 = base.map((b) => { const len = int(20, 60); return { name: slash ? b.name + '/2' : b.name, comment: b.comment, seq: dna(len), qual: qual(len) }; });
    return [r1, r2];
  }
  const mergepeVariants = [
    ['fq', 'equal', 'interleave two FASTQ files'],
    ['fa', 'fa', 'interleave two FASTA files'],
    ['first-short', 'first', 'the 1st file has fewer records'],
    ['second-short', 'second', 'the 2nd file has fewer records'],
    ['gz', 'gz', 'gzip-compressed mates'],
    ['stdin-first', 'stdin', 'the 1st file from stdin'],
    ['same-file', 'same', 'the same file twice'],
    ['multiline-fa', 'mlfa', 'multi-line FASTA is unwrapped'],
  ];
  for (const [id, kind, note] of mergepeVariants) {
    add('mergepe-' + id, note, () => {
      const [r1, r2] = pePair(int(2, 8));
      const f1 = pick(['R1.fq', 'reads_1.fq', 'a_1.fastq']); const f2 = f1.replace('1', '2');
      let t1 = fqText(r1); let t2 = fqText(r2);
      if (kind === 'fa' || kind === 'mlfa') { t1 = faText(r1, kind === 'mlfa' ? 20 : 0); t2 = faText(r2, kind === 'mlfa' ? 20 : 0); }
      if (kind === 'first') t1 = fqText(r1.slice(0, int(0, r1.length - 1)));
      if (kind === 'second') t2 = fqText(r2.slice(0, int(0, r2.length - 1)));
      if (kind === 'gz') return { argv: ['mergepe', f1 + '.gz', f2 + '.gz'], files: { [f1 + '.gz']: gz(t1), [f2 + '.gz']: gz(t2) } };
      if (kind === 'stdin') return { argv: ['mergepe', '-', f2], files: { [f2]: t2 }, stdin: t1 };
      if (kind === 'same') return { argv: ['mergepe', f1, f1], files: { [f1]: t1 } };
      return { argv: ['mergepe', f1, f2], files: { [f1]: t1, [f2]: t2 } };
    });
  }

  // ================================================================== trimfq
  const trimVariants = [
    ['default', [], 'fq', 'Phred-style quality trimming with defaults'],
    ['q01', ['-q', '0.01'], 'fq', 'stricter error threshold'],
    ['q2', ['-q', '0.2'], 'fq', 'looser error threshold'],
    ['l10', ['-l', '10'], 'fq', 'minimum length 10'],
    ['l10-q01', ['-l', '10', '-q', '0.01'], 'fq', 'minimum length and threshold'],
    ['l50', ['-l', '50'], 'fq', 'reads not longer than -l are kept whole'],
    ['b', ['-b', 'B'], 'fq', 'trim a fixed number of bases from the left'],
    ['e', ['-e', 'E'], 'fq', 'trim from the right'],
    ['b-e', ['-b', 'B', '-e', 'E'], 'fq', 'trim both ends'],
    ['b-e-over', ['-b', '40', '-e', '40'], 'fq', 'trimming more than the read leaves an empty record'],
    ['L', ['-L', 'LL'], 'fq', 'retain at most L bases'],
    ['b-L', ['-b', 'B', '-L', 'LL'], 'fq', 'left trim then retain at most L'],
    ['fa-b-e', ['-b', 'B', '-e', 'E'], 'fa', 'FASTA input with fixed trimming'],
    ['fa-default', [], 'fa', 'FASTA input without qualities is not trimmed'],
    ['low-all', [], 'lowq', 'all-low-quality reads keep the best window'],
    ['low-all-l5', ['-l', '5'], 'lowq', 'all-low-quality reads, window of 5'],
    ['good-all', [], 'highq', 'high-quality reads are untouched'],
    ['tails', ['-l', '15'], 'tails', 'low-quality tails and heads'],
    ['gz', [], 'gz', 'gzip input'],
    ['stdin', ['-q', '0.03'], 'stdin', 'FASTQ from stdin via -'],
    ['comments', ['-l', '20'], 'fqc', 'comments are kept'],
    ['Q-invalid', ['-Q'], 'fq', 'option -Q is listed but not accepted'],
    ['q-zero', ['-q', '0'], 'fq', 'threshold 0'],
  ];
  for (const [id, opts, kind, note] of trimVariants) {
    add('trimfq-' + id, note, () => {
      const argv = ['trimfq', ...opts.map((o) => (o === 'B' ? String(int(1, 10)) : o === 'E' ? String(int(1, 10)) : o === 'LL' ? String(int(5, 30)) : o))];
      let content; let f = fqName();
      const n = int(4, 10);
      switch (kind) {
        case 'fa': content = fa(n, { max: 80 }); f = faName(); break;
        case 'lowq': content = fq(n, { min: 35, max: 70, qlo: 0, qhi: 8 }); break;
        case 'highq': content = fq(n, { min: 35, max: 70, qlo: 38, qhi: 41 }); break;
        case 'tails': {
          const recs = fqRecs(n, { min: 40, max: 90 });
          for (const r of recs) {
            const h = int(0, 8); const t = int(0, 20);
            r.qual = rng.string(h, '!"#$%&') + r.qual.slice(h, r.qual.length - t) + rng.string(Math.min(t, r.qual.length - h), '!"#$%&\'(');
            r.qual = r.qual.slice(0, r.seq.length).padEnd(r.seq.length, '#');
          }
          content = fqText(recs); break;
        }
        case 'gz': content = gz(fq(n, { min: 35, max: 90 })); f += '.gz'; break;
        case 'stdin': return { argv: [...argv, '-'], stdin: fq(n, { min: 35, max: 90 }) };
        case 'fqc': content = fq(n, { min: 35, max: 90, names: (i) => ({ name: `r${i}`, comment: pick(COMMENTS) }) }); break;
        default: content = fq(n, { min: 25, max: 100 });
      }
      return withFile(argv, f, content);
    });
  }
  for (let k = 0; k < 10; k++) {
    add(`trimfq-random-${k + 1}`, 'trimfq with random thresholds on random reads', () => {
      const opts = [];
      if (rng.chance(0.6)) opts.push('-q', pick(['0.01', '0.02', '0.05', '0.1', '0.5']));
      if (rng.chance(0.6)) opts.push('-l', String(int(1, 40)));
      return withFile(['trimfq', ...opts], fqName(), fq(int(3, 10), { min: 20, max: 120, qlo: 0 }));
    });
  }

  // ================================================================== hety
  const hetyVariants = [
    ['w-small', ['-w', '100'], 'het density in 100-bp windows'],
    ['w-t', ['-w', '200', '-t', '4'], 'window 200, 4 start positions'],
    ['m', ['-w', '100', '-m'], 'lowercase bases treated as masked'],
    ['default-w', [], 'default 50 kb window on short sequences'],
    ['w-t1', ['-w', '50', '-t', '1'], 'non-overlapping windows'],
    ['w-t10', ['-w', '80', '-t', '10'], 'many start positions'],
    ['gz', ['-w', '120'], 'gzip input'],
  ];
  for (const [id, opts, note] of hetyVariants) {
    add('hety-' + id, note, () => {
      const recs = faRecs(int(1, 4), { iupac: 0.03, lower: true, n: 0.02, min: 200, max: 900 });
      const f = faName();
      if (id === 'gz') return { argv: ['hety', ...opts, f + '.gz'], files: { [f + '.gz']: gz(faText(recs)) } };
      return withFile(['hety', ...opts], f, faText(recs));
    });
  }
  add('hety-stdin', 'FASTA from stdin via -', () => ({ argv: ['hety', '-w', '100', '-'], stdin: fa(2, { iupac: 0.04, min: 200, max: 500 }) }));

  // ================================================================== gc
  function gcSeq(n) {
    // alternating GC-rich and AT-rich blocks
    let s = '';
    while (s.length < n) s += dna(int(20, 120), { gc: pick([0.9, 0.8, 0.2, 0.1, 0.5]), n: 0.01 });
    return s.slice(0, n);
  }
  const gcVariants = [
    ['default', [], 'high-GC regions with defaults'],
    ['w', ['-w'], 'high-AT regions'],
    ['f07', ['-f', '0.7'], 'GC fraction 0.7'],
    ['f05-l10', ['-f', '0.5', '-l', '10'], 'fraction 0.5 and length 10'],
    ['l50', ['-l', '50'], 'minimum length 50'],
    ['x5', ['-x', '5'], 'smaller X-dropoff'],
    ['x20', ['-x', '20', '-l', '30'], 'larger X-dropoff'],
    ['w-f08', ['-w', '-f', '0.8'], 'AT fraction 0.8'],
    ['gz', [], 'gzip input'],
    ['fq', [], 'FASTQ input'],
  ];
  for (const [id, opts, note] of gcVariants) {
    add('gc-' + id, note, () => {
      const recs = faRecs(int(1, 4), { len: () => int(200, 1200) });
      recs.forEach((r) => { r.seq = gcSeq(r.seq.length); if (rng.chance(0.3)) r.seq = r.seq.toLowerCase(); });
      const f = faName();
      if (id === 'gz') return { argv: ['gc', ...opts, f + '.gz'], files: { [f + '.gz']: gz(faText(recs)) } };
      if (id === 'fq') return withFile(['gc', ...opts], fqName(), fqText(recs.map((r) => ({ ...r, qual: qual(r.seq.length) }))));
      return withFile(['gc', ...opts], f, faText(recs));
    });
  }

  // ================================================================== mutfa
  const mutfaVariants = [
    ['basic', 'basic', 'apply SNPs at 1-based positions'],
    ['lower', 'lower', 'replacement bases keep their case as given'],
    ['beyond', 'beyond', 'positions beyond the end are ignored'],
    ['invalid', 'invalid', 'lines whose 4th column is not one letter are skipped'],
    ['missing-chr', 'missing', 'SNPs on absent sequences'],
    ['extra-cols', 'extra', 'more than four columns'],
    ['gz', 'gz', 'gzip FASTA and SNP list'],
    ['fq', 'fq', 'FASTQ input is written as FASTA'],
  ];
  for (const [id, kind, note] of mutfaVariants) {
    add('mutfa-' + id, note, () => {
      const recs = faRecs(int(2, 5), { min: 50, max: 200 });
      const lines = [];
      for (let i = 0; i < int(3, 10); i++) {
        const r = pick(recs);
        const pos = kind === 'beyond' && rng.chance(0.5) ? r.seq.length + int(1, 50) : int(1, r.seq.length);
        let b = pick(['A', 'C', 'G', 'T', 'N', 'R', 'Y']);
        if (kind === 'lower') b = b.toLowerCase();
        if (kind === 'invalid' && rng.chance(0.5)) b = pick(['AC', '1', '-', 'ACGT']);
        lines.push(`${r.name}\t${pos}\t${pick(['A', 'C', 'G', 'T', '.'])}\t${b}${kind === 'extra' ? `\t${int(1, 60)}\tPASS` : ''}`);
      }
      if (kind === 'missing') lines.push(`not_here\t3\tA\tC`, `chrZ\t1\tG\tT`);
      const sn = pick(['snps.txt', 'in.snp', 'variants.tsv']);
      const f = kind === 'fq' ? fqName() : faName();
      const text = kind === 'fq' ? fqText(recs.map((r) => ({ ...r, qual: qual(r.seq.length) }))) : faText(recs);
      if (kind === 'gz') return { argv: ['mutfa', f + '.gz', sn + '.gz'], files: { [f + '.gz']: gz(text), [sn + '.gz']: gz(lines.join('\n') + '\n') } };
      return { argv: ['mutfa', f, sn], files: { [f]: text, [sn]: lines.join('\n') + '\n' } };
    });
  }

  // ================================================================== mergefa / famask
  function hetVariant(seq, rate) {
    const s = seq.split('');
    for (let i = 0; i < s.length; i++) {
      if (rng.chance(rate)) s[i] = pick(['A', 'C', 'G', 'T', 'R', 'Y', 'M', 'K', 'S', 'W', 'N', 'a', 'c', 'g', 't', 'n']);
    }
    return s.join('');
  }
  const mergefaVariants = [
    ['default', [], 'union of alleles, lowercase unless both upper'],
    ['i', ['-i'], 'intersection'],
    ['m', ['-m'], 'lowercase when one base is N'],
    ['r', ['-r'], 'random allele from hets (srand48(11))'],
    ['h', ['-h'], 'suppress hets'],
    ['q', ['-q', '20'], 'quality threshold on FASTQ input'],
    ['h-r', ['-h', '-r'], 'suppress hets and random alleles'],
    ['m-i', ['-m', '-i'], '-m and -i together are refused'],
    ['diff-names', [], 'different names give a warning'],
    ['diff-len', [], 'unequal lengths give a warning'],
  ];
  for (const [id, opts, note] of mergefaVariants) {
    add('mergefa-' + id, note, () => {
      const recs = faRecs(int(1, 4), { lower: true, iupac: 0.03, n: 0.02, min: 60, max: 300 });
      const other = recs.map((r) => ({ ...r, seq: hetVariant(r.seq, 0.1) }));
      if (id === 'diff-names') other[0].name = other[0].name + '_alt';
      if (id === 'diff-len') other[other.length - 1].seq = other[other.length - 1].seq.slice(0, -int(1, 20));
      const f1 = pick(['hap1.fa', 'a.fa', 'sample1.fa']); const f2 = f1.replace('1', '2').replace('a.fa', 'b.fa');
      if (id === 'q') {
        const w = (rs) => fqText(rs.map((r) => ({ ...r, qual: qual(r.seq.length, 2, 41) })));
        return { argv: ['mergefa', ...opts, f1.replace('.fa', '.fq'), f2.replace('.fa', '.fq')], files: { [f1.replace('.fa', '.fq')]: w(recs), [f2.replace('.fa', '.fq')]: w(other) } };
      }
      return { argv: ['mergefa', ...opts, f1, f2], files: { [f1]: faText(recs), [f2]: faText(other) } };
    });
  }
  const famaskVariants = [
    ['basic', 'X keeps, x lowercases, other letters replace'],
    ['names-diff', 'different names warn'],
    ['len-diff', 'unequal lengths warn and output the shorter length'],
    ['gz', 'gzip inputs'],
  ];
  for (const [id, note] of famaskVariants) {
    add('famask-' + id, note, () => {
      const recs = faRecs(int(1, 4), { min: 60, max: 240, lower: false });
      const masks = recs.map((r) => ({ ...r, seq: r.seq.split('').map(() => pick(['X', 'X', 'X', 'x', 'x', 'N', 'n', 'A'])).join('') }));
      if (id === 'names-diff') masks[0].name += 'm';
      if (id === 'len-diff') masks[0].seq = masks[0].seq.slice(0, -int(1, 30));
      const a = pick(['src.fa', 'genome.fa']); const b = pick(['mask.fa', 'xmask.fa']);
      if (id === 'gz') return { argv: ['famask', a + '.gz', b + '.gz'], files: { [a + '.gz']: gz(faText(recs)), [b + '.gz']: gz(faText(masks)) } };
      return { argv: ['famask', a, b], files: { [a]: faText(recs), [b]: faText(masks) } };
    });
  }

  // ================================================================== dropse / rename
  function interleaved(o = {}) {
    const [r1, r2] = pePair(int(3, 8), { slash: o.slash });
    const out = [];
    for (let i = 0; i < r1.length; i++) {
      const k = rng.float();
      if (k < 0.2) out.push(r1[i]);
      else if (k < 0.3) out.push(r2[i]);
      else out.push(r1[i], r2[i]);
    }
    return out;
  }
  const dseVariants = [
    ['slash', { slash: true }, 'fq', 'pairs named /1 and /2'],
    ['same-name', { slash: false }, 'fq', 'pairs with identical names'],
    ['fa', { slash: true }, 'fa', 'interleaved FASTA'],
    ['gz', { slash: true }, 'gz', 'gzip input'],
    ['stdin', { slash: false }, 'stdin', 'stdin without operands'],
    ['triple', { slash: true }, 'triple', 'three records with one name'],
  ];
  for (const cmd of ['dropse', 'rename']) {
    for (const [id, o, kind, note] of dseVariants) {
      add(`${cmd}-${id}`, `${cmd}: ${note}`, () => {
        let recs = interleaved(o);
        if (kind === 'triple') { const r = recs[0]; recs = [r, { ...r }, { ...r }, ...recs.slice(1)]; }
        const text = kind === 'fa' ? faText(recs, 0) : fqText(recs);
        const pre = cmd === 'rename' && rng.chance(0.6) ? [pick(['read_', 'S', 'frag.', 'x'])] : [];
        if (kind === 'stdin') return { argv: [cmd], stdin: text };
        const f = kind === 'fa' ? faName() : fqName();
        if (kind === 'gz') return { argv: [cmd, f + '.gz', ...pre], files: { [f + '.gz']: gz(text) } };
        return { argv: [cmd, f, ...pre], files: { [f]: text } };
      });
    }
  }
  add('rename-prefix-stdin', 'rename: - with a prefix', () => ({ argv: ['rename', '-', pick(['P', 'sample1_'])], stdin: fqText(interleaved({ slash: true })) }));
  add('rename-slash-digits', 'rename: names ending in /digit pair only with the same length', (v) => {
    const [a, b] = v === 0 ? ['ab', 'q'] : ['rd7', 'zz'];
    const recs = [{ name: `${a}/1`, comment: '', seq: 'ACGT', qual: 'IIII' }, { name: `${a}/2`, comment: '', seq: 'TTGA', qual: 'IIII' },
      { name: `${a}c/1`, comment: '', seq: 'GG', qual: 'II' }, { name: `${a}/3`, comment: 'x', seq: 'C', qual: '#' },
      { name: `${b}/x`, comment: '', seq: 'A', qual: 'I' }, { name: `${b}/y`, comment: '', seq: 'A', qual: 'I' }];
    return { argv: ['rename', 'f.fq'], files: { 'f.fq': fqText(rng.chance(0.5) ? recs : recs.slice(1).concat(recs.slice(0, 1))) } };
  });
  add('dropse-slash-digits', 'dropse: /digit suffix handling and near-identical names', () => {
    const recs = [{ name: 'x1/1', comment: '', seq: 'ACGT', qual: 'IIII' }, { name: 'x1/2', comment: '', seq: 'TTGA', qual: 'IIII' },
      { name: 'x2/1', comment: '', seq: 'GG', qual: 'II' }, { name: 'x3/2', comment: 'x', seq: 'C', qual: '#' },
      { name: 'ab', comment: '', seq: 'A', qual: 'I' }, { name: 'ab', comment: '', seq: 'C', qual: 'I' },
      { name: 'a/b', comment: '', seq: 'G', qual: 'I' }, { name: 'a/c', comment: '', seq: 'T', qual: 'I' }];
    return { argv: ['dropse', 'g.fq'], files: { 'g.fq': fqText(rng.chance(0.5) ? recs : recs.slice(2)) } };
  });

  // ================================================================== randbase / listhet / cutN
  for (const [id, note] of [['basic', 'choose a base for two-base IUPAC codes'], ['lower', 'lowercase hets stay lowercase'],
    ['fq', 'FASTQ input written as FASTA'], ['long', 'long sequence, 60 columns'], ['gz', 'gzip input'], ['stdin', '- reads stdin']]) {
    add('randbase-' + id, note, () => {
      const recs = faRecs(int(1, 4), { iupac: 0.15, lower: id === 'lower', min: id === 'long' ? 500 : 20, max: id === 'long' ? 1500 : 150 });
      const f = faName();
      if (id === 'fq') return withFile(['randbase'], fqName(), fqText(recs.map((r) => ({ ...r, qual: qual(r.seq.length) }))));
      if (id === 'gz') return { argv: ['randbase', f + '.gz'], files: { [f + '.gz']: gz(faText(recs)) } };
      if (id === 'stdin') return { argv: ['randbase', '-'], stdin: faText(recs) };
      return withFile(['randbase'], f, faText(recs));
    });
  }
  for (const [id, note] of [['basic', 'positions of two-base IUPAC codes'], ['lower', 'lowercase hets'], ['fq', 'FASTQ input'],
    ['gz', 'gzip input'], ['stdin', '- reads stdin']]) {
    add('listhet-' + id, note, () => {
      const recs = faRecs(int(2, 4), { iupac: 0.1, lower: id === 'lower', min: 60, max: 200 });
      const f = faName();
      if (id === 'fq') return withFile(['listhet'], fqName(), fqText(recs.map((r) => ({ ...r, qual: qual(r.seq.length) }))));
      if (id === 'gz') return { argv: ['listhet', f + '.gz'], files: { [f + '.gz']: gz(faText(recs)) } };
      if (id === 'stdin') return { argv: ['listhet', '-'], stdin: faText(recs) };
      return withFile(['listhet'], f, faText(recs));
    });
  }
  function gappy(n) {
    let s = '';
    while (s.length < n) {
      s += dna(int(10, 200), { lower: rng.chance(0.3) });
      if (rng.chance(0.6)) {
        let gap = 'N'.repeat(int(1, 60));
        if (rng.chance(0.3)) gap = gap.slice(0, gap.length >> 1) + pick(['A', 'C', 'n']) + gap.slice(gap.length >> 1);
        s += gap;
      }
    }
    return s.slice(0, n);
  }
  const cutNVariants = [
    ['n10', ['-n', '10'], 'fa', 'split at N tracts of at least 10'],
    ['n5-p3', ['-n', '5', '-p', '3'], 'fa', 'lower non-N penalty'],
    ['g', ['-g', '-n', '6', '-p', '2'], 'fa', 'print gaps only'],
    ['g-n1', ['-g', '-n', '1'], 'fa', 'every N is a gap'],
    ['default', [], 'fa', 'default: only tracts of 1000 Ns'],
    ['default-long', [], 'long', 'long N tract splits with the defaults'],
    ['fq', ['-n', '8'], 'fq', 'FASTQ pieces keep qualities'],
    ['lead-trail', ['-n', '5'], 'edges', 'N tracts at the ends'],
    ['p0', ['-n', '20', '-p', '0'], 'fa', 'penalty 0'],
    ['gz', ['-n', '15'], 'gz', 'gzip input'],
    ['stdin', ['-n', '10', '-'], 'stdin', '- reads stdin'],
    ['lowercase-n', ['-n', '5'], 'lowern', 'lowercase n counts as N'],
  ];
  for (const [id, opts, kind, note] of cutNVariants) {
    add('cutN-' + id, note, () => {
      const recs = faRecs(int(1, 4), { len: () => int(150, 600), lower: false, nrun: false });
      recs.forEach((r) => { r.seq = gappy(r.seq.length); });
      if (kind === 'long') recs[0].seq = dna(int(100, 300)) + 'N'.repeat(int(1000, 1300)) + dna(int(50, 200));
      if (kind === 'edges') recs.forEach((r) => { r.seq = 'N'.repeat(int(5, 20)) + r.seq + 'N'.repeat(int(5, 20)); });
      if (kind === 'lowern') recs.forEach((r) => { r.seq = r.seq.replace(/N/g, 'n'); });
      const f = faName();
      if (kind === 'fq') return withFile(['cutN', ...opts], fqName(), fqText(recs.map((r) => ({ ...r, qual: qual(r.seq.length) }))));
      if (kind === 'gz') return { argv: ['cutN', ...opts, f + '.gz'], files: { [f + '.gz']: gz(faText(recs)) } };
      if (kind === 'stdin') return { argv: ['cutN', ...opts], stdin: faText(recs) };
      return withFile(['cutN', ...opts], f, faText(recs));
    });
  }

  // ================================================================== usage, errors
  const usageCmds = ['sample', 'subseq', 'fqchk', 'mergepe', 'trimfq', 'hety', 'gc', 'mutfa', 'mergefa', 'famask', 'randbase', 'cutN', 'listhet'];
  for (const cmd of usageCmds) {
    add(`usage-${cmd}`, `${cmd} without arguments prints its usage and exits 1`, (v) => (v === 0 ? { argv: [cmd] } : { argv: [cmd], stdin: fa(1) }));
  }
  add('usage-main', 'no command: main usage, exit 1', (v) => (v === 0 ? { argv: [] } : { argv: [], stdin: fa(1) }));
  add('usage-unknown', 'an unknown command', () => ({ argv: [pick(['foo', 'size', 'split', 'SEQ', 'telo', 'hpc', 'kfreq'])] }));
  add('usage-one-arg', 'commands needing two operands given one', () => {
    const cmd = pick(['sample', 'subseq', 'mergepe', 'mutfa', 'mergefa', 'famask']);
    const f = faName();
    return { argv: [cmd, f], files: { [f]: fa(2) } };
  });
  for (const cmd of ['sample', 'subseq', 'mergefa']) {
    add(`usage-${cmd}-opts-only`, `${cmd} with options but no operands`, (v) => ({
      argv: [cmd, ...(cmd === 'sample' ? ['-s', String(int(1, 99))] : cmd === 'subseq' ? (v === 0 ? ['-t'] : ['-l', String(int(10, 80))]) : v === 0 ? ['-i'] : ['-r'])],
    }));
  }
  add('usage-trimfq-opts-only', 'trimfq with options but no operand', (v) => ({ argv: ['trimfq', '-q', v === 0 ? '0.1' : '0.01'] }));
  add('usage-cutN-opts-only', 'cutN with options but no operand', () => ({ argv: ['cutN', '-n', String(int(1, 50))] }));
  add('usage-fqchk-opts-only', 'fqchk with options but no operand', () => ({ argv: ['fqchk', '-q', String(int(1, 50))] }));
  add('usage-gc-opts-only', 'gc with options but no operand', (v) => ({ argv: v === 0 ? ['gc', '-w'] : ['gc', '-l', String(int(5, 40))] }));
  add('usage-cutN-bad-opt', 'cutN with an unknown option returns 1', () => ({ argv: ['cutN', pick(['-Z', '-x', '-q']), 'x.fa'], files: { 'x.fa': fa(1) } }));

  const missingCmds = [
    ['seq', (f) => ['seq', f]], ['seq-a', (f) => ['seq', '-a', f]], ['comp', (f) => ['comp', f]], ['sample', (f) => ['sample', f, '3']],
    ['sample-2', (f) => ['sample', '-2', f, '3']], ['subseq-fa', (f) => ['subseq', f, 'list.txt']], ['subseq-list', (f) => ['subseq', 'x.fa', f]],
    ['fqchk', (f) => ['fqchk', f]], ['mergepe-1', (f) => ['mergepe', f, 'x.fa']], ['mergepe-2', (f) => ['mergepe', 'x.fa', f]],
    ['trimfq', (f) => ['trimfq', f]], ['hety', (f) => ['hety', f]], ['gc', (f) => ['gc', f]], ['mutfa-snp', (f) => ['mutfa', 'x.fa', f]],
    ['mutfa-fa', (f) => ['mutfa', f, 'list.txt']], ['famask', (f) => ['famask', f, 'x.fa']],
    ['dropse', (f) => ['dropse', f]], ['rename', (f) => ['rename', f]], ['randbase', (f) => ['randbase', f]], ['cutN', (f) => ['cutN', f]],
    ['listhet', (f) => ['listhet', f]],
  ];
  for (const [id, mk] of missingCmds) {
    add(`missing-${id}`, `missing input file for ${id.split('-')[0]}`, () => {
      const f = pick(['missing.fa', 'nope.fq', 'absent.fa.gz', 'does/not/exist.fa']);
      return { argv: mk(f), files: { 'x.fa': fa(2, { max: 40 }), 'list.txt': 'chr1\n' } };
    });
  }
  add('missing-comp-r', 'comp -r with a missing list: regions are ignored', () => {
    const f = faName();
    return { argv: ['comp', '-r', 'nolist.bed', f], files: { [f]: fa(2) } };
  });
  add('missing-seq-M', 'seq -M with a missing list: no masking', () => {
    const f = faName();
    return { argv: ['seq', '-M', 'nolist.bed', f], files: { [f]: fa(2) } };
  });

  // ================================================================== more seq coverage for tier M breadth
  for (let k = 0; k < 30; k++) {
    add(`seq-random-${String(k + 1).padStart(2, '0')}`, 'seq on random FASTA/FASTQ with one random option', () => {
      const opt = pick([['-l', String(int(1, 90))], ['-r'], ['-a'], ['-C'], ['-U'], ['-q', String(int(2, 40))], ['-L', String(int(5, 150))],
        ['-N'], ['-1'], ['-2'], ['-f', (int(1, 99) / 100).toFixed(2), '-s', String(int(1, 1e6))], ['-F', pick(['!', '~', 'A'])], []]);
      const useFq = rng.chance(0.5);
      const gzIt = rng.chance(0.2);
      const text = useFq ? fq(int(2, 15), { lower: rng.chance(0.3), iupac: rng.chance(0.3) ? 0.03 : undefined, min: 5, max: 150 })
        : fa(int(2, 10), { iupac: rng.chance(0.3) ? 0.03 : undefined, max: 400 });
      const f = (useFq ? fqName() : faName()) + (gzIt ? '.gz' : '');
      return withFile(['seq', ...opt], f, gzIt ? gz(text) : text);
    });
  }
  for (let k = 0; k < 20; k++) {
    add(`comp-random-${String(k + 1).padStart(2, '0')}`, 'comp on random sequences', () => {
      const u = rng.chance(0.3) ? ['-u'] : [];
      const text = rng.chance(0.5) ? fa(int(1, 8), { iupac: int(0, 1) ? 0.05 : undefined, gc: int(1, 9) / 10 }) : fq(int(1, 10), { iupac: 0.02, lower: true });
      return withFile(['comp', ...u], text.startsWith('@') ? fqName() : faName(), text);
    });
  }
  for (let k = 0; k < 20; k++) {
    add(`subseq-random-${String(k + 1).padStart(2, '0')}`, 'subseq with random regions and options', () => {
      const recs = faRecs(int(2, 8), { min: 20, max: 400 });
      const opts = rng.chance(0.3) ? ['-t'] : rng.chance(0.4) ? ['-l', String(int(1, 70))] : [];
      const list = rng.chance(0.3) ? nameList(recs, int(1, recs.length)) : bedFor(recs, int(1, 10), { maxLen: int(5, 150) });
      const f = faName();
      return { argv: ['subseq', ...opts, f, 'reg.txt'], files: { [f]: faText(recs), 'reg.txt': list } };
    });
  }
  for (let k = 0; k < 12; k++) {
    add(`cutN-random-${String(k + 1).padStart(2, '0')}`, 'cutN with random parameters', () => {
      const recs = faRecs(int(1, 4), { len: () => int(100, 700), lower: false, nrun: false });
      recs.forEach((r) => { r.seq = gappy(r.seq.length); });
      const opts = ['-n', String(int(1, 40)), ...(rng.chance(0.5) ? ['-p', String(int(0, 20))] : []), ...(rng.chance(0.3) ? ['-g'] : [])];
      return withFile(['cutN', ...opts], faName(), faText(recs));
    });
  }
  for (let k = 0; k < 12; k++) {
    add(`gc-random-${String(k + 1).padStart(2, '0')}`, 'gc with random parameters', () => {
      const recs = faRecs(int(1, 3), { len: () => int(200, 1500) });
      recs.forEach((r) => { r.seq = gcSeq(r.seq.length); });
      const opts = [...(rng.chance(0.4) ? ['-w'] : []), '-f', pick(['0.55', '0.6', '0.65', '0.7', '0.75']), '-l', String(int(5, 60)), ...(rng.chance(0.4) ? ['-x', String(int(2, 25))] : [])];
      return withFile(['gc', ...opts], faName(), faText(recs));
    });
  }
  for (let k = 0; k < 10; k++) {
    add(`hety-random-${String(k + 1).padStart(2, '0')}`, 'hety with random windows', () => {
      const recs = faRecs(int(1, 3), { iupac: int(1, 8) / 100, lower: true, min: 100, max: 1500 });
      const w = int(20, 400);
      const opts = ['-w', String(w), '-t', String(int(1, Math.min(10, w))), ...(rng.chance(0.3) ? ['-m'] : [])];
      return withFile(['hety', ...opts], faName(), faText(recs));
    });
  }
  for (let k = 0; k < 8; k++) {
    add(`mergefa-random-${k + 1}`, 'mergefa with random flags', () => {
      const recs = faRecs(int(1, 3), { lower: true, iupac: 0.05, n: 0.03, min: 50, max: 250 });
      const other = recs.map((r) => ({ ...r, seq: hetVariant(r.seq, 0.15) }));
      const opts = rng.shuffle(['-i', '-r', '-h', '-m']).slice(0, int(0, 2)).filter((o, _, a) => !(o === '-m' && a.includes('-i')));
      return { argv: ['mergefa', ...opts, 'a.fa', 'b.fa'], files: { 'a.fa': faText(recs), 'b.fa': faText(other) } };
    });
  }
  for (let k = 0; k < 8; k++) {
    add(`mutfa-random-${k + 1}`, 'mutfa with random SNP lists', () => {
      const recs = faRecs(int(1, 5), { min: 30, max: 300 });
      const lines = Array.from({ length: int(1, 15) }, () => { const r = pick(recs); return `${r.name}\t${int(1, r.seq.length)}\t.\t${pick(['A', 'C', 'G', 'T', 'a', 't', 'N', 'S'])}`; });
      return { argv: ['mutfa', 'ref.fa', 'snp.txt'], files: { 'ref.fa': faText(recs), 'snp.txt': lines.join('\n') + '\n' } };
    });
  }
  for (let k = 0; k < 8; k++) {
    add(`listhet-random-${k + 1}`, 'listhet on random sequences', () => withFile(['listhet'], faName(), fa(int(1, 5), { iupac: int(2, 20) / 100, min: 10, max: 300 })));
    add(`randbase-random-${k + 1}`, 'randbase on random sequences', () => withFile(['randbase'], faName(), fa(int(1, 5), { iupac: int(2, 30) / 100, min: 10, max: 300 })));
  }
  for (let k = 0; k < 8; k++) {
    add(`dropse-random-${k + 1}`, 'dropse on random interleaved reads', () => withFile(['dropse'], fqName(), fqText(interleaved({ slash: rng.chance(0.5) }))));
    add(`rename-random-${k + 1}`, 'rename on random interleaved reads', () => {
      const pre = rng.chance(0.5) ? [pick(['r', 'read', 'S1_', 'p.'])] : [];
      return withFile(['rename'], fqName(), fqText(interleaved({ slash: rng.chance(0.5) })), pre);
    });
  }
  for (let k = 0; k < 6; k++) {
    add(`mergepe-random-${k + 1}`, 'mergepe on random pairs', () => {
      const [r1, r2] = pePair(int(1, 10));
      return { argv: ['mergepe', 'r1.fq', 'r2.fq'], files: { 'r1.fq': fqText(r1), 'r2.fq': fqText(r2) } };
    });
  }

  return cases;
}
