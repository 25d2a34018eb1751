// Test cases for Miller 6.6.0 (`mlr`, Debian 12 package miller 6.6.0-2+b3): a deterministic generator.
// All variation comes from the seeded rng. `P(id, note, make)` gives a visible case and a hidden dual
// (make(0) / make(1): same idea, other data or values); `V(id, note, make)` gives a visible case only.
// Expected outputs are never written here: `mirrorcode prepare miller` runs the real program.
//
// Avoided on purpose: verbs and functions that use randomness or the clock (bootstrap, sample, shuffle,
// urand*, systime*, uptime), the machine (hostname, os, exec/system), the `tee`/`split` verbs' files
// (only stdout/stderr/exit are compared), --time/--cpuprofile, and tests mixing DSL print/dump output
// with record output on stdout (their interleaving depends on goroutine scheduling): print-style tests
// use `put -q` or go to stderr. Every input file is well below Miller's 500-record batch size.

import { gzipSync, deflateSync } from 'node:zlib';

/** @param {import('../../../main/src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  // ------------------------------------------------------------------ case helpers
  const ids = new Set();
  const claim = (id) => {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    ids.add(id);
  };
  /** visible case + hidden dual */
  // In the format, flag and error sections only every other idea gets a hidden dual.
  let thin = 0;
  const P = (id, note, make) => {
    claim(id);
    if (/^(fmt|csv|tsv|json|dkvp|csvlite|main|err|aux)-/.test(id) && thin++ % 2 === 1) cases.push({ id, note, ...make(0) });
    else add(id, note, make);
  };
  /** visible case only */
  const V = (id, note, make) => { claim(id); cases.push({ id, note, ...make(0) }); };
  /** a case: argv, files (name -> text or spec), optional stdin and env */
  const C = (argv, files, stdin, env) => {
    const c = { argv };
    if (files && Object.keys(files).length) c.files = files;
    if (stdin !== undefined) c.stdin = stdin;
    if (env) c.env = env;
    return c;
  };

  // ------------------------------------------------------------------ data helpers
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const pad2 = (n) => String(n).padStart(2, '0');
  const dec = (lo, hi, dp) => (int(Math.round(lo * 10 ** dp), Math.round(hi * 10 ** dp)) / 10 ** dp).toFixed(dp);
  const longf = () => String(int(1, 2 ** 31 - 2) / 2 ** 31);
  const sv = (v, a, b) => (v ? b : a);
  const isNum = (s) => typeof s === 'string' && /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s);

  const COLORS = ['red', 'yellow', 'purple', 'green', 'blue', 'orange', 'white'];
  const SHAPES = ['triangle', 'square', 'circle', 'pentagon', 'hexagon'];
  const AB = ['pan', 'eks', 'wye', 'zee', 'hat'];
  const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory',
    'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'zoe'];
  const CITIES = ['Boston', 'Denver', 'Austin', 'Seattle', 'Chicago', 'Portland', 'Miami', 'Atlanta'];
  const DEPTS = ['sales', 'eng', 'ops', 'hr', 'legal', 'finance'];
  const HOSTS = ['web01', 'web02', 'db01', 'cache01', 'api03'];
  const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];
  const PATHS = ['/index.html', '/api/v1/items', '/api/v1/users', '/login', '/static/app.js', '/search', '/cart'];
  const STATUS = ['200', '200', '200', '201', '204', '301', '304', '404', '500'];
  const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet',
    'kilo', 'lima', 'mike', 'november', 'oscar', 'papa'];
  const UNI = ['café', 'naïve', 'Zürich', 'Łódź', 'São Paulo', 'Kraków', 'Ελλάδα', 'Москва', '東京', 'smile 😀'];

  // The docs' example.csv.
  const EXAMPLE_CSV = `color,shape,flag,k,index,quantity,rate
yellow,triangle,true,1,11,43.6498,9.8870
red,square,true,2,15,79.2778,0.0130
red,circle,true,3,16,13.8103,2.9010
red,square,false,4,48,77.5542,7.4670
purple,triangle,false,5,51,81.2290,8.5910
red,square,false,6,64,77.1991,9.5310
purple,triangle,false,7,65,80.1405,5.8240
yellow,circle,true,8,73,63.9785,4.2370
yellow,circle,true,9,87,63.5058,8.3350
purple,square,false,10,91,72.3735,8.2430
`;
  const EXAMPLE_ROWS = (() => {
    const [h, ...ls] = EXAMPLE_CSV.trim().split('\n');
    const keys = h.split(',');
    return ls.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
  })();

  function exampleRows(n) {
    let idx = int(1, 20);
    return many(n, (i) => {
      idx += int(1, 15);
      return { color: pick(COLORS), shape: pick(SHAPES), flag: pick(['true', 'false']), k: String(i + 1), index: String(idx),
        quantity: dec(1, 99.9999, 4), rate: dec(0.001, 9.9999, 4) };
    });
  }
  /** the docs' example for variant 0, a random look-alike for variant 1 */
  const example = (v, n = 10) => (v ? exampleRows(n + int(-2, 3)) : EXAMPLE_ROWS);
  function abixy(n) {
    return many(n, (i) => ({ a: pick(AB), b: pick(AB), i: String(i + 1), x: longf(), y: longf() }));
  }
  function people(n) {
    return many(n, () => ({ name: pick(NAMES), age: String(int(18, 80)), city: pick(CITIES), dept: pick(DEPTS),
      salary: String(int(30, 200) * 1000 + pick([0, 0, 500])), start: `${int(1995, 2023)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}` }));
  }
  function logs(n) {
    let t = int(1500000000, 1700000000);
    return many(n, () => {
      t += int(1, 4000);
      return { t: String(t), host: pick(HOSTS), method: pick(METHODS), path: pick(PATHS), status: pick(STATUS),
        bytes: String(int(0, 90000)), ms: dec(0.1, 999, 3) };
    });
  }
  /** records with random subsets of keys a..f */
  function sparse(n, keys = ['a', 'b', 'c', 'd', 'e', 'f']) {
    return many(n, () => {
      const r = {};
      for (const k of keys) if (chance(0.6)) r[k] = String(int(-50, 150));
      if (!Object.keys(r).length) r[pick(keys)] = String(int(0, 9));
      return r;
    });
  }
  /** numeric-ish values of mixed kinds (ints, floats, negatives, strings, empties) */
  function mixedVal() {
    switch (int(0, 9)) {
      case 0: return String(int(-1000, 1000));
      case 1: return dec(-100, 100, int(1, 5));
      case 2: return String(int(0, 20));
      case 3: return pick(WORDS);
      case 4: return '';
      case 5: return dec(0, 1, 6);
      case 6: return String(int(1, 1e9));
      case 7: return '-' + dec(0, 50, 2);
      case 8: return String(int(-5, 5));
      default: return dec(1, 1000, 3);
    }
  }
  const numVal = () => pick([String(int(-1000, 1000)), dec(-100, 100, int(1, 5)), String(int(0, 20)), dec(0, 1, 6)]);
  const posVal = () => pick([String(int(1, 1000)), dec(0.01, 100, int(1, 4)), String(int(1, 20))]);

  // ------------------------------------------------------------------ serializers (inputs only)
  const csvField = (s, fs = ',') => (s.includes(fs) || s.includes('"') || s.includes('\n') || s.includes('\r') || /^\s|\s$/.test(s)
    ? '"' + s.replace(/"/g, '""') + '"' : s);
  function toCSV(rows, { fs = ',', header = true, eol = '\n', keys } = {}) {
    keys = keys ?? Object.keys(rows[0] ?? {});
    const out = [];
    if (header) out.push(keys.map((k) => csvField(k, fs)).join(fs));
    for (const r of rows) out.push(keys.map((k) => csvField(r[k] ?? '', fs)).join(fs));
    return out.join(eol) + eol;
  }
  const tsvEsc = (s) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  function toTSV(rows, { header = true } = {}) {
    const keys = Object.keys(rows[0] ?? {});
    const out = [];
    if (header) out.push(keys.map(tsvEsc).join('\t'));
    for (const r of rows) out.push(keys.map((k) => tsvEsc(r[k] ?? '')).join('\t'));
    return out.join('\n') + '\n';
  }
  const toDKVP = (rows, fs = ',', ps = '=') => rows.map((r) => Object.entries(r).map(([k, v]) => k + ps + v).join(fs)).join('\n') + '\n';
  const toNIDX = (rows, fs = ' ') => rows.map((r) => Object.values(r).join(fs)).join('\n') + '\n';
  function toXTAB(rows) {
    return rows.map((r) => {
      const w = Math.max(...Object.keys(r).map((k) => k.length));
      return Object.entries(r).map(([k, v]) => k.padEnd(w) + ' ' + v).join('\n') + '\n';
    }).join('\n');
  }
  function toPPRINT(rows) {
    const keys = Object.keys(rows[0]);
    const cell = (s) => (s === '' ? '-' : s);
    const w = keys.map((k) => Math.max(k.length, ...rows.map((r) => [...cell(r[k] ?? '')].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(w[i] - [...c].length))).join(' ');
    return [line(keys), ...rows.map((r) => line(keys.map((k) => cell(r[k] ?? ''))))].join('\n') + '\n';
  }
  const jv = (v) => {
    if (typeof v === 'string') return isNum(v) ? v : JSON.stringify(v);
    if (Array.isArray(v)) return '[' + v.map(jv).join(', ') + ']';
    if (v && typeof v === 'object') return '{' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ': ' + jv(x)).join(', ') + '}';
    return JSON.stringify(v);
  };
  function toJSON(rows, { stack = true } = {}) {
    if (!stack) return '[\n' + rows.map(jv).join(',\n') + '\n]\n';
    return '[\n' + rows.map((r) => '{\n' + Object.entries(r).map(([k, v]) => '  ' + JSON.stringify(k) + ': ' + jv(v)).join(',\n') + '\n}').join(',\n') + '\n]\n';
  }
  const toJSONL = (rows) => rows.map(jv).join('\n') + '\n';
  const FMT = {
    csv: (r) => toCSV(r), tsv: (r) => toTSV(r), json: (r) => toJSON(r), jsonl: (r) => toJSONL(r), dkvp: (r) => toDKVP(r),
    nidx: (r) => toNIDX(r), xtab: (r) => toXTAB(r), pprint: (r) => toPPRINT(r),
    usv: (r) => [Object.keys(r[0]), ...r.map((x) => Object.values(x))].map((a) => a.join('\u241f')).join('\u241e'),
    asv: (r) => [Object.keys(r[0]), ...r.map((x) => Object.values(x))].map((a) => a.join('\x1f')).join('\x1e'),
    csvlite: (r) => toCSV(r), tsvlite: (r) => toTSV(r),
  };
  const EXT = { csv: 'csv', tsv: 'tsv', json: 'json', jsonl: 'jsonl', dkvp: 'dkvp', nidx: 'txt', xtab: 'xtab', pprint: 'txt',
    usv: 'usv', asv: 'asv', csvlite: 'csv', tsvlite: 'tsv' };

  // frequently used shapes of cases
  const csvCase = (argv, rows, name = 'data.csv') => C([...argv, name], { [name]: toCSV(rows) });
  const dkvpCase = (argv, rows, name = 'data.dkvp') => C([...argv, name], { [name]: toDKVP(rows) });
  const jsonCase = (argv, rows, name = 'data.json') => C([...argv, name], { [name]: toJSON(rows) });

  // ================================================================== 1. format conversion
  const LETTER = { c: 'csv', t: 'tsv', j: 'json', l: 'jsonl', d: 'dkvp', n: 'nidx', x: 'xtab', p: 'pprint' };
  let fmtN = 0;
  for (const i of 'ctjldnxp') {
    for (const o of 'ctjldnxpm') {
      if (i === o || (i === 'l' && o === 'j')) continue;
      const id = `fmt-${i}2${o}`;
      const make = (v) => {
        const rows = v ? (chance(0.5) ? people(int(2, 5)) : logs(int(2, 5))) : exampleRows(int(3, 5));
        const fmt = LETTER[i];
        return C([`--${i}2${o}`, 'cat', `in.${EXT[fmt]}`], { [`in.${EXT[fmt]}`]: FMT[fmt](rows) });
      };
      if (fmtN++ % 3 === 0 && id !== 'fmt-j2l') P(id, `keystroke-saver --${i}2${o}`, make); else V(id, `keystroke-saver --${i}2${o}`, make);
    }
  }
  // long-form input/output flags, including the formats without keystroke-savers
  const LONG = [
    ['icsv', 'ojson', 'csv'], ['itsv', 'ocsv', 'tsv'], ['ijson', 'oxtab', 'json'], ['ijsonl', 'ocsv', 'jsonl'],
    ['idkvp', 'opprint', 'dkvp'], ['inidx', 'ojson', 'nidx'], ['ixtab', 'odkvp', 'xtab'], ['ipprint', 'ojsonl', 'pprint'],
    ['iusv', 'ojson', 'usv'], ['iasv', 'ocsv', 'asv'], ['icsv', 'ousv', 'csv'], ['icsv', 'oasv', 'csv'],
    ['icsvlite', 'otsvlite', 'csvlite'], ['itsvlite', 'ocsvlite', 'tsvlite'], ['iusvlite', 'oxtab', 'usv'],
    ['iasvlite', 'ojson', 'asv'], ['icsv', 'ousvlite', 'csv'], ['itsv', 'oasvlite', 'tsv'], ['icsv', 'omd', 'csv'],
    ['ijson', 'onidx', 'json'], ['icsv', 'otsv', 'csv'], ['ixtab', 'ojson', 'xtab'],
  ];
  for (const [fi, fo, fmt] of LONG) {
    P(`fmt-long-${fi}-${fo}`, `--${fi} --${fo}`, (v) => {
      const rows = v ? people(int(2, 5)) : exampleRows(int(2, 5));
      return C([`--${fi}`, `--${fo}`, 'cat', `in.${EXT[fmt]}`], { [`in.${EXT[fmt]}`]: FMT[fmt](rows) });
    });
  }
  // same-format flags
  for (const [flag, fmt] of [['--csv', 'csv'], ['-c', 'csv'], ['--tsv', 'tsv'], ['-t', 'tsv'], ['--json', 'json'], ['-j', 'json'],
    ['--jsonl', 'jsonl'], ['--dkvp', 'dkvp'], ['--nidx', 'nidx'], ['--xtab', 'xtab'], ['--pprint', 'pprint'], ['--usv', 'usv'],
    ['--asv', 'asv'], ['--csvlite', 'csvlite'], ['--tsvlite', 'tsvlite'], ['--usvlite', 'usv'], ['--asvlite', 'asv']]) {
    V(`fmt-same${flag.replace(/^-+/, '-')}`, `${flag} for input and output`, () => {
      const rows = abixy(int(3, 5));
      return C([flag, 'head', '-n', '4', `in.${EXT[fmt]}`], { [`in.${EXT[fmt]}`]: FMT[fmt](rows) });
    });
  }
  for (const [args, fmt] of [[['--io', 'json'], 'json'], [['--io', 'tsv'], 'tsv'], [['-i', 'csv', '-o', 'json'], 'csv'],
    [['-i', 'json', '-o', 'xtab'], 'json'], [['-i', 'dkvp', '-o', 'markdown'], 'dkvp'], [['-i', 'xtab', '-o', 'pprint'], 'xtab'],
    [['--c2p', '--barred'], 'csv'], [['-i', 'nidx', '-o', 'csv'], 'nidx']]) {
    P(`fmt-io-${args.join('').replace(/-/g, '')}`, `format names: ${args.join(' ')}`, (v) => {
      const rows = v ? logs(int(2, 4)) : people(int(2, 4));
      return C([...args, 'cat', `in.${EXT[fmt]}`], { [`in.${EXT[fmt]}`]: FMT[fmt](rows) });
    });
  }
  // heterogeneous records to each output format
  for (const o of ['csv', 'csvlite', 'tsv', 'pprint', 'xtab', 'json', 'markdown', 'nidx', 'dkvp', 'tsvlite']) {
    P(`fmt-hetero-${o}`, `records with differing keys written as ${o}`, (v) => {
      const rows = sparse(int(4, 7), v ? ['p', 'q', 'r', 's'] : ['a', 'b', 'c']);
      return C(['--idkvp', `--o${o === 'markdown' ? 'md' : o}`, 'cat', 'in.dkvp'], { 'in.dkvp': toDKVP(rows) });
    });
  }
  P('fmt-pprint-barred', 'pprint --barred output', (v) => csvCase(['--icsv', '--opprint', '--barred', 'cat'], v ? people(5) : example(0)));
  P('fmt-pprint-right', 'pprint --right output', (v) => csvCase(['--icsv', '--opprint', '--right', 'cat'], v ? logs(4) : exampleRows(4)));
  V('fmt-pprint-barred-right', 'pprint --barred --right', () => csvCase(['--icsv', '--opprint', '--barred', '--right', 'head', '-n', '3'], people(4)));
  P('fmt-pprint-empty-values', 'pprint shows empty values as -', (v) => {
    const rows = many(int(3, 5), () => ({ a: chance(0.5) ? '' : pick(WORDS), b: chance(0.5) ? '' : String(int(1, 99)), c: pick(WORDS) }));
    return csvCase(['--icsv', '--opprint', 'cat'], rows);
  });
  P('fmt-pprint-unicode', 'pprint alignment with UTF-8 values', (v) => {
    const rows = many(4, () => ({ city: pick(UNI), n: String(int(1, 999)), word: pick(WORDS) }));
    return csvCase(['--icsv', sv(v, '--opprint', '--oxtab'), 'cat'], rows);
  });
  P('fmt-pprint-input', 'pprint input with aligned columns and - for empty', (v) => {
    const rows = many(int(3, 5), () => ({ name: pick(NAMES), n: chance(0.3) ? '' : String(int(1, 999)), w: pick(WORDS) }));
    return C(['--ipprint', '--ojson', 'cat', 'in.txt'], { 'in.txt': toPPRINT(rows) });
  });
  V('fmt-pprint-input-barred', 'barred pprint input is not supported in 6.6', (v) => {
    const rows = v ? people(3) : exampleRows(3);
    const keys = Object.keys(rows[0]);
    const w = keys.map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
    const bar = '+' + w.map((n) => '-'.repeat(n + 2)).join('+') + '+';
    const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(w[i])).join(' | ') + ' |';
    const text = [bar, line(keys), bar, ...rows.map((r) => line(keys.map((k) => r[k]))), bar].join('\n') + '\n';
    return C(['--ipprint', '--ojson', 'cat', 'in.txt'], { 'in.txt': text });
  });
  P('fmt-pprint-multiblock-input', 'pprint input with blank-line separated blocks', (v) => {
    const a = many(2, () => ({ a: String(int(1, 9)), b: pick(WORDS) }));
    const b = many(2, () => ({ x: pick(WORDS), y: String(int(1, 99)), z: dec(0, 1, 3) }));
    return C(['--ipprint', '--ocsvlite', 'cat', 'in.txt'], { 'in.txt': toPPRINT(v ? b : a) + '\n' + toPPRINT(v ? a : b) });
  });
  P('fmt-xtab-input', 'xtab input: records separated by blank lines, values with spaces', (v) => {
    const rows = many(int(2, 4), () => ({ name: pick(NAMES), note: `${pick(WORDS)} ${pick(WORDS)}`, n: String(int(1, 99)) }));
    return C(['--ixtab', '--ojson', 'cat', 'in.xtab'], { 'in.xtab': toXTAB(rows).replace(/\n\n/g, v ? '\n\n\n' : '\n\n') });
  });
  P('fmt-xtab-xvright', 'xtab output with --xvright', (v) => csvCase(['--icsv', '--oxtab', '--xvright', 'cat'], v ? logs(3) : exampleRows(3)));
  P('fmt-xtab-ops', 'xtab output with --ops', (v) => csvCase(['--icsv', '--oxtab', '--ops', sv(v, ':', ' = '), 'cat'], people(3)));
  P('fmt-xtab-ips', 'xtab input with --ips', (v) => {
    const rows = people(3);
    const sep = sv(v, ':', '|');
    return C(['--ixtab', '--ips', sep, '--ojson', 'cat', 'in.xtab'],
      { 'in.xtab': rows.map((r) => Object.entries(r).map(([k, x]) => k + sep + x).join('\n') + '\n').join('\n') });
  });
  P('fmt-markdown-escape', 'markdown output escapes pipes', (v) => {
    const rows = many(3, () => ({ expr: `${pick(WORDS)}|${pick(WORDS)}`, n: String(int(1, 99)) }));
    return jsonCase(['--ijson', '--omd', 'cat'], rows);
  });
  P('fmt-nidx-output', 'nidx output joins values with spaces', (v) => csvCase(['--icsv', '--onidx', 'cat'], v ? people(4) : example(0)));
  P('fmt-nidx-ofs', 'nidx output with --ofs', (v) => csvCase(['--icsv', '--onidx', '--ofs', sv(v, 'comma', ';'), 'cat'], people(4)));
  P('fmt-nidx-input-spaces', 'nidx input: runs of spaces separate fields', (v) => {
    const lines = many(int(3, 5), () => many(int(2, 5), () => pick(WORDS)).join(' '.repeat(int(1, 3)))).join('\n') + '\n';
    return C(['--inidx', '--ifs', ' ', '--ojson', 'cat', 'in.txt'], { 'in.txt': lines });
  });
  P('fmt-nidx-p', '-p: nidx with space separator and repifs', (v) => {
    const lines = many(int(3, 5), () => many(int(2, 4), () => String(int(1, 99))).join('   ')).join('\n') + '\n';
    return C(['-p', 'put', '$4 = $1 . "-" . $2', 'in.txt'], { 'in.txt': lines });
  });
  P('fmt-nidx-T', '-T: nidx with tab separator', (v) => {
    const lines = many(int(3, 5), () => many(3, () => pick(WORDS)).join('\t')).join('\n') + '\n';
    return C(['-T', 'cat', '-n', 'in.txt'], { 'in.txt': lines });
  });
  P('fmt-nidx-label', 'nidx input with label', (v) => {
    const lines = many(int(3, 5), () => `${pick(NAMES)} ${int(18, 80)} ${pick(CITIES)}`).join('\n') + '\n';
    return C(['--inidx', '--ifs', ' ', '--ocsv', 'label', 'name,age,city', 'in.txt'], { 'in.txt': lines });
  });
  P('fmt-usv-roundtrip', 'USV input to pprint', (v) => C(['--iusv', '--opprint', 'cat', 'in.usv'], { 'in.usv': FMT.usv(v ? people(3) : exampleRows(3)) }));
  P('fmt-asv-output', 'ASV output bytes', (v) => csvCase(['--icsv', '--oasv', 'cat'], v ? people(3) : exampleRows(2)));
  P('fmt-jsonl-output', 'JSON Lines output of nested data', (v) => {
    const rows = many(3, () => ({ id: String(int(1, 99)), tags: many(int(0, 3), () => pick(WORDS)), m: { x: String(int(1, 9)), y: pick(WORDS) } }));
    return jsonCase(['--ijson', '--ojsonl', 'cat'], rows);
  });
  P('fmt-jsonl-input', 'JSON Lines input', (v) => {
    const rows = many(4, () => ({ id: String(int(1, 99)), name: pick(NAMES), ok: pick([true, false]), score: dec(0, 10, 2) }));
    return C(['--ijsonl', '--ocsv', 'cat', 'in.jsonl'], { 'in.jsonl': rows.map((r) => JSON.stringify(r)).join('\n') + '\n' });
  });
  P('fmt-dkvp-missing-eq', 'DKVP fields without a pair separator get positional keys', (v) => {
    const lines = many(3, () => `a=${int(1, 9)},${pick(WORDS)},c=${int(1, 9)},${pick(WORDS)}`).join('\n') + '\n';
    return C(['--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': lines });
  });
  P('fmt-dkvp-seps', 'DKVP with custom --ifs/--ips/--ofs/--ops', (v) => {
    const rows = abixy(3);
    const [ifs, ips, ofs, ops] = v ? ['|', ':', ';', '->'] : [';', ':', 'tab', '='];
    return C(['--ifs', ifs, '--ips', ips, '--ofs', ofs, '--ops', ops, 'cat', 'in.dkvp'], { 'in.dkvp': toDKVP(rows, ifs, ips) });
  });
  P('fmt-dkvp-multichar', 'DKVP with multi-character separators', (v) => {
    const rows = abixy(3);
    const [fs, ps] = v ? ['<>', '::'] : [';;', '=>'];
    return C(['--fs', fs, '--ps', ps, 'put', '$z = $i * 10', 'in.dkvp'], { 'in.dkvp': toDKVP(rows, fs, ps) });
  });
  P('fmt-dkvp-empty-lines', 'DKVP input with blank lines', (v) => {
    const rows = abixy(4);
    return C(['--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': toDKVP(rows).replace(/\n/g, v ? '\n\n' : '\n\n\n') });
  });
  P('fmt-rs-semicolon', 'custom record separator', (v) => {
    const rows = abixy(3);
    return C(['--irs', ';', '--ors', sv(v, 'lf', '|'), 'cut', '-f', 'a,i', 'in.dkvp'], { 'in.dkvp': rows.map((r) => `a=${r.a},b=${r.b},i=${r.i}`).join(';') + ';' });
  });
  P('fmt-ors-crlf', '--ors crlf', (v) => csvCase(['--icsv', sv(v, '--ocsv', '--ojson'), '--ors', 'crlf', 'head', '-n', '2'], people(3)));
  P('fmt-ifs-regex', '--ifs-regex splits fields on a regex', (v) => {
    const lines = many(4, () => `a=${int(1, 9)}${pick([';', ',', ';;', ', '])}b=${pick(WORDS)}${pick([';', ','])}c=${int(1, 99)}`).join('\n') + '\n';
    return C(['--ifs-regex', sv(v, '[;,] *', '[;, ]+'), '--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': lines });
  });
  P('fmt-ips-regex', '--ips-regex splits pairs on a regex', (v) => {
    const lines = many(4, () => `a${pick([':', '=', ':='])}${int(1, 9)},b${pick([':', '='])}${pick(WORDS)}`).join('\n') + '\n';
    return C(['--ips-regex', '[:=]+', '--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': lines });
  });
  P('fmt-nidx-ifs-regex-alias', 'named regex alias for --ifs-regex', (v) => {
    const lines = many(4, () => [pick(WORDS), int(1, 99), pick(WORDS)].join(pick([' ', '\t', ' \t ', '  ']))).join('\n') + '\n';
    return C(['--inidx', '--ifs-regex', sv(v, 'whitespace', 'whitespace'), '--ojson', 'cat', 'in.txt'], { 'in.txt': lines });
  });
  P('fmt-repifs', '--repifs collapses repeated separators', (v) => {
    const lines = many(4, () => `${int(1, 9)},,${sv(v, ',', ',,,')}${pick(WORDS)},${int(10, 99)}`).join('\n') + '\n';
    return C(['--inidx', '--ifs', 'comma', '--repifs', '--ojson', 'cat', 'in.txt'], { 'in.txt': lines });
  });
  for (const [name, ch] of [['semicolon', ';'], ['pipe', '|'], ['tab', '\t'], ['colon', ':'], ['space', ' '], ['slash', '/'], ['ascii_us', '\x1f']]) {
    V(`fmt-sep-alias-${name}`, `separator alias ${name}`, () => {
      const rows = people(3);
      return C(['--icsv', '--ifs', name, '--ojson', 'cat', 'in.csv'], { 'in.csv': toCSV(rows, { fs: ch }) });
    });
  }
  P('fmt-ofs-alias', 'output separator aliases', (v) => csvCase(['--icsv', '--ocsv', '--ofs', sv(v, 'semicolon', 'pipe'), 'cat'], people(3)));
  P('fmt-fs-escape', 'C-style escape in separator', (v) => {
    const rows = people(3);
    return C(['--icsv', '--ifs', '\\t', '--ocsv', '--ofs', sv(v, '\\x3b', '\\x7c'), 'cat', 'in.csv'], { 'in.csv': toCSV(rows, { fs: '\t' }) });
  });

  // ================================================================== 2. CSV / TSV details
  const tricky = () => pick([`${pick(WORDS)}, ${pick(WORDS)}`, `say "${pick(WORDS)}"`, `${pick(WORDS)}\n${pick(WORDS)}`, ` ${pick(WORDS)} `,
    '', pick(UNI), `${int(1, 99)}`, `"${pick(WORDS)}"`, `a;b|c`]);
  P('csv-quoted-fields', 'quoted CSV fields with commas, quotes and newlines (CSV to JSON)', (v) => {
    const rows = many(int(3, 5), () => ({ id: String(int(1, 999)), text: tricky(), other: tricky() }));
    return csvCase(['--icsv', '--ojson', 'cat'], rows);
  });
  P('csv-roundtrip-quoting', 'CSV output quotes fields only when needed', (v) => {
    const rows = many(int(3, 5), () => ({ id: String(int(1, 999)), text: tricky(), other: tricky() }));
    return csvCase(['--csv', 'cat'], rows);
  });
  P('csv-output-quoting-from-json', 'CSV output of values needing quotes', (v) => {
    const rows = many(int(3, 5), () => ({ k: pick(WORDS), v: tricky(), w: tricky() }));
    return jsonCase(['--ijson', '--ocsv', 'cat'], rows);
  });
  P('csv-quote-all', '--quote-all', (v) => csvCase(['--csv', '--quote-all', 'cat'], v ? people(3) : exampleRows(3)));
  P('csv-tsv-quote-all', '--quote-all with TSV output (no effect)', (v) => csvCase(['--icsv', '--otsv', '--quote-all', 'head', '-n', '2'], people(3)));
  P('csv-quoted-header', 'quoted header fields', (v) => {
    const keys = [`"${pick(WORDS)} ${pick(WORDS)}"`, '"x,y"', `"${pick(NAMES)}"`];
    const text = keys.join(',') + '\n' + many(3, () => [int(1, 9), int(10, 99), pick(WORDS)].join(',')).join('\n') + '\n';
    return C(['--icsv', sv(v, '--ojson', '--oxtab'), 'cat', 'in.csv'], { 'in.csv': text });
  });
  P('csv-headerless-output', '--headerless-csv-output', (v) => csvCase(['--csv', '--headerless-csv-output', 'head', '-n', '3'], v ? people(4) : example(0)));
  V('csv-ho', '--ho', () => csvCase(['--csv', '--ho', 'cat'], people(3)));
  V('tsv-headerless-output', '--headerless-tsv-output', () => C(['--tsv', '--headerless-tsv-output', 'cat', 'in.tsv'], { 'in.tsv': toTSV(people(3)) }));
  P('csv-implicit-header', '--implicit-csv-header', (v) => C(['--icsv', '--ojson', '--implicit-csv-header', 'cat', 'in.csv'], { 'in.csv': toCSV(people(3), { header: false }) }));
  V('csv-hi', '--hi', () => C(['--icsv', '--oxtab', '--hi', 'cat', 'in.csv'], { 'in.csv': toCSV(abixy(3), { header: false }) }));
  V('csv-headerless-input', '--headerless-csv-input', () => C(['--icsv', '--ocsv', '--headerless-csv-input', 'label', 'a,b,c', 'in.csv'], { 'in.csv': toCSV(abixy(3), { header: false }) }));
  V('tsv-implicit-header', '--implicit-tsv-header', () => C(['--itsv', '--ojson', '--implicit-tsv-header', 'cat', 'in.tsv'], { 'in.tsv': toTSV(people(2), { header: false }) }));
  P('csv-N', '-N: implicit header and headerless output', (v) => C(['--csv', '-N', 'put', '$4 = $2 . "x"', 'in.csv'], { 'in.csv': toCSV(v ? abixy(3) : people(3), { header: false }) }));
  V('csv-no-implicit-header', '--no-implicit-csv-header after --hi', () => csvCase(['--icsv', '--ojson', '--hi', '--no-implicit-csv-header', 'cat'], people(2)));
  P('csv-ragged', '--allow-ragged-csv-input: short rows filled, long rows get positional keys', (v) => {
    const lines = ['a,b,c', ...many(int(3, 5), () => many(int(1, 5), () => String(int(1, 99))).join(','))].join('\n') + '\n';
    return C(['--icsv', '--ojson', '--allow-ragged-csv-input', 'cat', 'in.csv'], { 'in.csv': lines });
  });
  V('csv-ragged-alias', '--ragged', () => C(['--icsv', '--ocsv', '--ragged', 'cat', 'in.csv'], { 'in.csv': 'x,y,z\n1,2\n3,4,5\n6\n' }));
  V('tsv-ragged', '--allow-ragged-tsv-input', () => C(['--itsv', '--ojson', '--allow-ragged-tsv-input', 'cat', 'in.tsv'], { 'in.tsv': 'x\ty\tz\n1\t2\n3\t4\t5\t6\n' }));
  P('csv-length-mismatch', 'data line with too few fields is an error', (v) => {
    const rows = people(int(2, 4));
    const text = toCSV(rows) + sv(v, 'zed,1\n', 'a,b,c,d,e,f,g,h\n');
    return C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': text });
  });
  P('csv-dedupe', 'duplicate header names become a_2, a_3', (v) => {
    const h = sv(v, 'a,b,a,a', 'x,x,y,x,y');
    const n = h.split(',').length;
    return C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': h + '\n' + many(2, () => many(n, () => int(1, 99)).join(',')).join('\n') + '\n' });
  });
  P('csv-no-dedupe', '--no-dedupe-field-names', (v) => {
    const h = sv(v, 'a,b,a,a', 'x,x,y,x,y');
    const n = h.split(',').length;
    return C(['--icsv', '--ojson', '--no-dedupe-field-names', 'cat', 'in.csv'], { 'in.csv': h + '\n' + many(2, () => many(n, () => int(1, 99)).join(',')).join('\n') + '\n' });
  });
  V('csv-dedupe-dkvp', 'duplicate keys in DKVP input', () => C(['--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': 'a=1,b=2,a=3\nx=5,x=6,x=7\n' }));
  V('csv-empty-file', 'empty CSV file', () => C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': '' }));
  V('csv-header-only', 'CSV file with only a header line', () => C(['--icsv', '--ocsv', 'cat', 'in.csv'], { 'in.csv': 'a,b,c\n' }));
  V('csv-header-only-json', 'CSV header only to JSON', () => C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': 'a,b,c\n' }));
  V('csv-blank-lines', 'a blank line inside CSV', () => {
    const rows = people(4);
    const lines = toCSV(rows).split('\n');
    lines.splice(int(2, 3), 0, '');
    return C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': lines.join('\n') });
  });
  P('csvlite-schema-change', 'CSV-lite input: blank line then a new header', (v) => {
    const a = abixy(2), b = people(2);
    return C(['--icsvlite', '--ojson', 'cat', 'in.csv'], { 'in.csv': toCSV(v ? b : a) + '\n' + toCSV(v ? a : b) });
  });
  V('csvlite-schema-change-csvlite-out', 'CSV-lite in and out with schema change', () => {
    return C(['--csvlite', 'cat', 'in.csv'], { 'in.csv': toCSV(abixy(2)) + '\n' + toCSV(people(2)) });
  });
  P('csv-bom', 'UTF-8 BOM at the start of CSV', (v) => C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': '\ufeff' + toCSV(v ? people(2) : exampleRows(2)) }));
  P('csv-crlf', 'CRLF line endings in CSV input', (v) => C(['--icsv', sv(v, '--ojson', '--ocsv'), 'cat', 'in.csv'], { 'in.csv': toCSV(people(3), { eol: '\r\n' }) }));
  P('dkvp-crlf', 'CRLF line endings in DKVP input', (v) => C(['--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(3)).replace(/\n/g, '\r\n') }));
  P('csv-lazy-quotes', '--lazy-quotes', (v) => C(['--icsv', '--ojson', '--lazy-quotes', 'cat', 'in.csv'], { 'in.csv': sv(v, 'a,b\n1,"x"y\n2,"p"\n', 'k,v\n"abc"def,2\n3,"q""r"\n') }));
  P('csv-no-final-newline', 'CSV without a final newline', (v) => C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': toCSV(people(int(2, 3))).replace(/\n$/, '') }));
  P('csv-ifs-semicolon', 'CSV with --ifs ;', (v) => C(['--icsv', '--ifs', ';', '--ojson', 'cat', 'in.csv'], { 'in.csv': toCSV(v ? people(3) : exampleRows(3), { fs: ';' }) }));
  V('csv-fs-multichar', 'CSV refuses a multi-character separator', () => C(['--csv', '--fs', '::', 'put', '$n = NR', 'in.csv'], { 'in.csv': toCSV(people(3), { fs: '::' }) }));
  P('csvlite-fs-multichar', 'CSV-lite with a multi-character separator', (v) => {
    const fs = sv(v, '::', '|;');
    return C(['--csvlite', '--fs', fs, 'put', '$n = NR', 'in.csv'], { 'in.csv': toCSV(people(3), { fs }) });
  });
  P('csv-unicode', 'UTF-8 header and values', (v) => {
    const rows = many(3, () => ({ 'ville': pick(UNI), 'größe': String(int(1, 999)), '名前': pick(UNI) }));
    return csvCase(['--icsv', sv(v, '--ojson', '--opprint'), 'cat'], rows);
  });
  P('csv-space-values', 'values with only spaces', (v) => C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': `a,b,c\n1, ,x\n2,"  ",${sv(v, 'y', ' z ')}\n` }));
  P('tsv-escapes', 'TSV input escapes \\t \\n \\\\', (v) => {
    const rows = many(3, () => ({ k: pick(WORDS), v: `${pick(WORDS)}${pick(['\t', '\n', '\\', ' '])}${pick(WORDS)}` }));
    return C(['--itsv', sv(v, '--ojson', '--otsv'), 'cat', 'in.tsv'], { 'in.tsv': toTSV(rows) });
  });
  P('tsv-output-escapes', 'TSV output escapes tabs and newlines', (v) => {
    const rows = many(3, () => ({ k: pick(WORDS), v: `${pick(WORDS)}${pick(['\t', '\n', ' '])}${pick(WORDS)}` }));
    return jsonCase(['--ijson', '--otsv', 'cat'], rows);
  });
  P('tsv-length-mismatch', 'TSV data line with wrong field count', (v) => C(['--itsv', '--ojson', 'cat', 'in.tsv'], { 'in.tsv': toTSV(people(2)) + sv(v, 'x\ty\n', 'a\tb\tc\td\te\tf\tg\n') }));
  P('csv-numbers-inference', 'type inference of numbers from CSV (typeof)', (v) => {
    const vals = sv(v, ['1', '-2', '+3', '0x1F', '1e3', '.5', '5.', '007', '1_000', 'abc', '', '-0', '1.2.3', '0b101', 'Inf', 'NaN'],
      ['42', '-17', '+0.25', '0xff', '-0x10', '2.5E-3', '.75', '12.', '0099', 'x1', ' ', '1e', '0o17', '-inf', 'true', '1,5']);
    const text = 'x\n' + vals.map((s) => csvField(s)).join('\n') + '\n';
    return C(['--icsv', '--ojson', 'put', '$t = typeof($x); $y = $x + 1', 'in.csv'], { 'in.csv': text });
  });
  P('csv-infer-none', '-S: no type inference', (v) => {
    const text = 'x\n' + sv(v, ['1', '2.5', '0x10', 'abc'], ['7', '-1.5', '1e2', 'q']).join('\n') + '\n';
    return C(['--icsv', '--ojson', '-S', 'put', '$t = typeof($x); $y = $x . "z"', 'in.csv'], { 'in.csv': text });
  });
  V('csv-infer-none-long', '--infer-none', () => C(['--icsv', '--ojson', '--infer-none', 'put', '$t = typeof($x)', 'in.csv'], { 'in.csv': 'x\n1\n2.5\n' }));
  P('csv-infer-int-as-float', '-A: ints inferred as floats', (v) => {
    const text = 'x\n' + sv(v, ['1', '2.5', '-3', 'abc'], ['70', '0x10', '-1.25', 'q']).join('\n') + '\n';
    return C(['--icsv', '--ojson', '-A', 'put', '$t = typeof($x); $y = $x * 2', 'in.csv'], { 'in.csv': text });
  });
  V('csv-infer-int-as-float-long', '--infer-int-as-float', () => C(['--icsv', '--ojson', '--infer-int-as-float', 'put', '$t = typeof($x)', 'in.csv'], { 'in.csv': 'x\n1\n2.5\n' }));
  P('csv-infer-octal', '-O: leading-zero numbers as octal ints', (v) => {
    const text = 'x\n' + sv(v, ['010', '007', '08', '0x10', '12'], ['0755', '0017', '09', '-010', '5']).join('\n') + '\n';
    return C(['--icsv', '--ojson', '-O', 'put', '$t = typeof($x); $y = $x + 1', 'in.csv'], { 'in.csv': text });
  });
  V('csv-infer-octal-long', '--infer-octal', () => C(['--icsv', '--ojson', '--infer-octal', 'put', '$y = $x + 1', 'in.csv'], { 'in.csv': 'x\n010\n011\n' }));
  V('csv-quote-legacy-flags', 'legacy no-op quoting flags', () => csvCase(['--csv', '--quote-original', '--quote-none', '--quote-minimal', '--quote-numeric', 'cat'], people(2)));

  // ================================================================== 3. JSON details
  const nestedRec = () => {
    const r = { id: String(int(1, 999)), name: pick(NAMES) };
    if (chance(0.8)) r.loc = { city: pick(CITIES), geo: { lat: dec(-90, 90, 4), lon: dec(-180, 180, 4) } };
    if (chance(0.8)) r.tags = many(int(0, 3), () => pick(WORDS));
    if (chance(0.5)) r.scores = many(int(1, 3), () => ({ k: pick(WORDS), v: String(int(1, 99)) }));
    return r;
  };
  P('json-flatten-csv', 'nested JSON flattened for CSV output', (v) => {
    const rows = many(3, () => { const r = nestedRec(); r.loc = { city: pick(CITIES), zip: String(int(10000, 99999)) }; r.tags = [pick(WORDS), pick(WORDS)]; return r; });
    return jsonCase(['--ijson', '--ocsv', 'cat'], rows);
  });
  P('json-flatten-xtab', 'nested JSON flattened for XTAB output', (v) => jsonCase(['--ijson', '--oxtab', 'cat'], many(3, nestedRec)));
  P('json-flatten-dkvp', 'nested JSON flattened for DKVP output', (v) => jsonCase(['--ijson', '--odkvp', 'cat'], many(3, nestedRec)));
  P('json-flatsep', '--flatsep for flattening', (v) => jsonCase(['--ijson', '--odkvp', '--flatsep', sv(v, ':', '__'), 'cat'], many(3, nestedRec)));
  V('json-jflatsep', '--jflatsep', () => jsonCase(['--ijson', '--ocsv', '--jflatsep', ';', 'head', '-n', '2'], many(3, () => ({ a: { b: String(int(1, 9)), c: { d: pick(WORDS) } } }))));
  P('json-pretty-nested', 'JSON output of nested maps and arrays', (v) => jsonCase(['--json', 'cat'], many(3, nestedRec)));
  P('json-empty-collections', 'empty maps and arrays', (v) => {
    const rows = many(3, () => ({ a: String(int(1, 9)), m: {}, arr: [], nest: { x: {}, y: [] } }));
    return jsonCase(['--ijson', sv(v, '--ocsv', '--ojson'), 'cat'], rows);
  });
  P('json-unflatten-auto', 'DKVP keys with dots become nested JSON', (v) => {
    const rows = many(3, () => ({ id: String(int(1, 99)), 'a.b': pick(WORDS), 'a.c': String(int(1, 9)), 'x.1': pick(WORDS), 'x.2': pick(WORDS), 'y.z.w': String(int(1, 9)) }));
    return dkvpCase(['--ojson', 'cat'], rows);
  });
  P('json-no-auto-unflatten', '--no-auto-unflatten', (v) => {
    const rows = many(2, () => ({ id: String(int(1, 99)), 'a.b': pick(WORDS), 'a.c': String(int(1, 9)) }));
    return dkvpCase(['--ojson', '--no-auto-unflatten', 'cat'], rows);
  });
  P('json-no-auto-flatten', '--no-auto-flatten', (v) => jsonCase(['--ijson', '--ocsv', '--no-auto-flatten', 'cat'], many(2, () => ({ a: String(int(1, 9)), m: { x: String(int(1, 9)) } }))));
  P('json-unflatten-flatsep', 'auto-unflatten with --flatsep', (v) => {
    const rows = many(2, () => ({ id: String(int(1, 99)), 'a:b': pick(WORDS), 'a:c': String(int(1, 9)) }));
    return dkvpCase(['--ojson', '--flatsep', ':', 'cat'], rows);
  });
  P('json-no-jvstack', '--no-jvstack', (v) => jsonCase(['--json', '--no-jvstack', 'cat'], many(3, nestedRec)));
  P('json-jvstack-jsonl', '--jvstack with JSON Lines output', (v) => jsonCase(['--ijson', '--ojsonl', '--jvstack', 'head', '-n', '2'], many(3, nestedRec)));
  P('json-no-jlistwrap', '--no-jlistwrap', (v) => jsonCase(['--json', '--no-jlistwrap', 'cat'], many(2, nestedRec)));
  V('json-jlistwrap-jsonl', '--jlistwrap with JSON Lines output', () => jsonCase(['--ijson', '--ojsonl', '--jlistwrap', 'cat'], many(2, nestedRec)));
  V('json-jl-alias', '--jl alias', () => jsonCase(['--ijson', '--ojsonl', '--jl', 'cat'], many(2, nestedRec)));
  P('json-jvquoteall', '--jvquoteall', (v) => jsonCase(['--json', '--jvquoteall', 'cat'], many(2, nestedRec)));
  P('json-string-escapes', 'JSON string escapes in input and output', (v) => {
    const text = sv(v, '[{"s": "tab\\there", "q": "say \\"hi\\"", "u": "\\u00e9\\u4e2d", "b": "back\\\\slash", "sl": "a\\/b", "nl": "x\\ny"}]\n',
      '[{"a": "\\u0041\\u00df", "b": "cr\\rlf\\n", "c": "\\"\\\\\\"", "d": "\\b\\f", "e": "plain"}]\n');
    return C(['--json', 'cat', 'in.json'], { 'in.json': text });
  });
  P('json-escapes-to-csv', 'JSON escapes written as CSV', (v) => C(['--ijson', '--ocsv', 'cat', 'in.json'],
    { 'in.json': sv(v, '{"s": "tab\\there", "q": "say \\"hi\\"", "nl": "x\\ny"}\n', '{"a": "1,2", "b": "\\u00e9\\u00e8", "c": "\\ttab"}\n') }));
  P('json-number-formats', 'JSON numbers keep their original text', (v) => C(['--json', 'put', '$t = typeof($x); $y = $x + 0', 'in.json'], {
    'in.json': sv(v, ['1.500', '1e3', '-0', '0.1', '12345678901234567890', '3E-2', '7'], ['2.50', '-1E2', '0.0', '1e-7', '98765432109876543210', '42', '-3.14159'])
      .map((x) => `{"x": ${x}}`).join('\n') + '\n' }));
  P('json-bool-null', 'JSON true/false/null values', (v) => C(['--ijson', sv(v, '--ocsv', '--ojson'), 'put', '$t = typeof($b); $u = typeof($n)', 'in.json'], {
    'in.json': many(3, () => `{"b": ${pick(['true', 'false'])}, "n": null, "s": "${pick(WORDS)}"}`).join('\n') + '\n' }));
  P('json-concatenated', 'concatenated top-level JSON objects', (v) => C(['--ijson', '--ocsv', 'cat', 'in.json'], {
    'in.json': many(int(2, 4), () => JSON.stringify({ a: int(1, 99), b: pick(WORDS) }, null, v ? 2 : 0)).join(v ? '\n' : ' ') + '\n' }));
  P('json-string-numbers', 'JSON string values that look numeric', (v) => C(['--json', 'put', '$t = typeof($x); $y = $x . ""', 'in.json'], {
    'in.json': many(3, () => `{"x": "${pick(['12', '0x1A', '3.5', 'abc', '-7'])}"}`).join('\n') + '\n' }));
  P('json-duplicate-keys', 'duplicate keys in a JSON object', (v) => C(['--json', 'cat', 'in.json'], { 'in.json': sv(v, '{"a": 1, "b": 2, "a": 3}\n', '{"x": "p", "x": "q", "y": 0}\n') }));
  P('json-unicode', 'UTF-8 in JSON keys and values', (v) => jsonCase(['--ijson', sv(v, '--ojson', '--oxtab'), 'cat'], many(3, () => ({ [pick(['名前', 'clé', 'ключ'])]: pick(UNI), n: String(int(1, 9)) }))));
  P('json-deep-nesting', 'deeply nested JSON', (v) => {
    let x = { leaf: String(int(1, 99)) };
    for (let i = 0; i < int(4, 7); i++) x = chance(0.5) ? { [pick(WORDS)]: x } : { arr: [x, String(int(1, 9))] };
    return jsonCase(['--ijson', sv(v, '--ojson', '--ocsv'), 'cat'], [{ id: '1', x }]);
  });
  P('json-array-top-scalars', 'JSON array holding non-objects is an error', (v) => C(['--ijson', '--ocsv', 'cat', 'in.json'], { 'in.json': sv(v, '[1, 2, 3]\n', '[{"a": 1}, "x"]\n') }));
  P('json-top-scalar', 'top-level JSON scalar is an error', (v) => C(['--ijson', '--ojson', 'cat', 'in.json'], { 'in.json': sv(v, '17\n', '"hello"\n') }));
  P('json-parse-error', 'malformed JSON', (v) => C(['--ijson', '--ojson', 'cat', 'in.json'], { 'in.json': sv(v, '[{"a": 1,}]\n', '{"a": "unterminated}\n') }));
  P('json-parse-error-2', 'malformed JSON: bad token', (v) => C(['--ijson', '--ojson', 'cat', 'in.json'], { 'in.json': sv(v, '{"a": tru}\n', '{"a" 1}\n') }));
  V('json-empty-input', 'empty JSON input', () => C(['--ijson', '--ojson', 'cat', 'in.json'], { 'in.json': '' }));
  V('json-empty-array', 'empty JSON array', () => C(['--ijson', '--ocsv', 'cat', 'in.json'], { 'in.json': '[]\n' }));
  P('json-array-values-to-pprint', 'arrays of maps flattened for PPRINT', (v) => jsonCase(['--ijson', '--opprint', 'cat'], many(2, () => ({ id: String(int(1, 9)), list: many(2, () => ({ a: String(int(1, 9)), b: pick(WORDS) })) }))));
  P('json-legacy-flags', 'legacy JSON flags accepted as no-ops', (v) => jsonCase(['--json', sv(v, '--jknquoteint', '--jquoteall'), sv(v, '--jsonx', '--ojsonx'), '--vflatsep', 'x', 'cat'], many(2, nestedRec)));
  V('json-legacy-array-flags', 'legacy JSON array flags', () => jsonCase(['--json', '--json-fatal-arrays-on-input', '--json-map-arrays-on-input', '--json-skip-arrays-on-input', 'cat'], many(2, nestedRec)));

  V('json-legacy-jquoteall', '--jquoteall and --ojsonx no-ops', () => jsonCase(['--ijson', '--ojsonx', '--jquoteall', 'cat'], many(2, nestedRec)));
  V('tsv-no-implicit-header', '--no-implicit-tsv-header after --implicit-tsv-header', () => C(['--itsv', '--ojson', '--implicit-tsv-header', '--no-implicit-tsv-header', 'cat', 'in.tsv'], { 'in.tsv': toTSV(people(2)) }));
  V('fmt-rs', '--rs for input and output', () => C(['--rs', ';', 'put', '$z = NR', 'in.dkvp'], { 'in.dkvp': abixy(3).map((r) => `a=${r.a},i=${r.i}`).join(';') }));

  // ================================================================== 4. verbs
  const ex = (v, argv, n) => csvCase(['--icsv', '--opprint', ...argv], v ? exampleRows(n ?? int(8, 12)) : EXAMPLE_ROWS);
  const abx = (argv, n = int(8, 14)) => dkvpCase(argv, abixy(n));
  const abxp = (argv, n = int(8, 14)) => dkvpCase(['--opprint', ...argv], abixy(n));
  // cat
  P('verb-cat-n', 'cat -n', (v) => ex(v, ['cat', '-n']));
  P('verb-cat-N', 'cat -N name', (v) => ex(v, ['cat', '-N', sv(v, 'idx', 'row')]));
  P('verb-cat-g', 'cat -g with -n', (v) => ex(v, ['cat', '-n', '-g', sv(v, 'shape', 'color')]));
  P('verb-cat-g-N', 'cat -g with -N', (v) => abxp(['cat', '-N', 'num', '-g', 'a,b']));
  P('verb-cat-filename', 'cat --filename --filenum over two files', (v) => {
    const a = abixy(int(2, 3)), b = abixy(int(2, 3));
    return C(['cat', '--filename', '--filenum', sv(v, 'one.dkvp', 'x.dkvp'), sv(v, 'two.dkvp', 'y.dkvp')], { [sv(v, 'one.dkvp', 'x.dkvp')]: toDKVP(a), [sv(v, 'two.dkvp', 'y.dkvp')]: toDKVP(b) });
  });
  V('verb-cat-filenum', 'cat --filenum alone', () => C(['--icsv', '--ojson', 'cat', '--filenum', 'a.csv', 'b.csv'], { 'a.csv': toCSV(people(2)), 'b.csv': toCSV(people(1)) }));
  P('verb-cat-multi-file', 'cat over several files', (v) => C(['--icsv', '--ocsv', 'cat', 'a.csv', 'b.csv', 'a.csv'], { 'a.csv': toCSV(people(2)), 'b.csv': toCSV(people(2)) }));
  P('verb-cat-stdin', 'input from stdin', (v) => C(['--icsv', '--oxtab', 'cat', '-n'], {}, toCSV(v ? people(3) : exampleRows(3))));
  // head / tail
  P('verb-head-default', 'head (default 10)', (v) => abx(['head'], int(12, 20)));
  P('verb-head-n', 'head -n', (v) => ex(v, ['head', '-n', String(int(2, 5))]));
  P('verb-head-g', 'head -n -g', (v) => ex(v, ['head', '-n', String(int(1, 2)), '-g', sv(v, 'shape', 'color')]));
  V('verb-head-0', 'head -n 0', () => ex(0, ['--ojson', 'head', '-n', '0']));
  P('verb-tail-default', 'tail (default 10)', (v) => abx(['tail'], int(12, 20)));
  P('verb-tail-n', 'tail -n', (v) => ex(v, ['tail', '-n', String(int(2, 5))]));
  P('verb-tail-g', 'tail -n -g', (v) => ex(v, ['tail', '-n', String(int(1, 2)), '-g', sv(v, 'shape', 'color')]));
  P('verb-tac', 'tac', (v) => ex(v, ['tac']));
  P('verb-group-like', 'group-like', (v) => dkvpCase(['group-like'], sparse(int(8, 12), ['a', 'b', 'c'])));
  P('verb-group-by', 'group-by one field', (v) => ex(v, ['group-by', sv(v, 'shape', 'color')]));
  P('verb-group-by-2', 'group-by two fields', (v) => abx(['group-by', 'a,b']));
  P('verb-regularize', 'regularize', (v) => {
    const rows = many(int(5, 8), () => { const ks = rng.shuffle(['a', 'b', 'c']); return Object.fromEntries(ks.map((k) => [k, String(int(1, 9))])); });
    return dkvpCase(['regularize'], rows);
  });
  P('verb-sort-within-records', 'sort-within-records', (v) => ex(v, ['sort-within-records'], 4));
  P('verb-sort-within-records-r', 'sort-within-records -r on nested JSON', (v) => {
    const rows = many(2, () => ({ z: String(int(1, 9)), m: { y: pick(WORDS), b: { q: String(int(1, 9)), c: '1' }, a: '2' }, a: pick(WORDS) }));
    return jsonCase(['--json', 'sort-within-records', '-r'], rows);
  });
  V('verb-sort-within-records-nonrec', 'sort-within-records on nested JSON without -r', () => jsonCase(['--json', 'sort-within-records'], [{ z: '1', m: { y: '2', b: '3' }, a: '4' }]));
  // sort
  P('verb-sort-f', 'sort -f', (v) => ex(v, ['sort', '-f', sv(v, 'shape', 'color')]));
  P('verb-sort-r', 'sort -r', (v) => ex(v, ['sort', '-r', sv(v, 'color', 'shape')]));
  P('verb-sort-nf', 'sort -nf', (v) => ex(v, ['sort', '-nf', sv(v, 'quantity', 'rate')]));
  P('verb-sort-nr', 'sort -nr', (v) => ex(v, ['sort', '-nr', sv(v, 'rate', 'quantity')]));
  P('verb-sort-n', 'sort -n', (v) => abx(['sort', '-n', 'x']));
  P('verb-sort-mixed', 'sort -f then -nr', (v) => ex(v, ['sort', '-f', 'shape', '-nr', 'index']));
  P('verb-sort-multi-keys', 'sort -f a,b -nr x', (v) => abxp(['sort', '-f', 'a,b', '-nr', 'x']));
  P('verb-sort-c', 'sort -c case-folded', (v) => {
    const rows = many(int(6, 9), () => ({ w: pick([pick(WORDS), pick(WORDS).toUpperCase(), pick(NAMES)[0].toUpperCase() + pick(WORDS)]), n: String(int(1, 99)) }));
    return dkvpCase(['sort', '-c', 'w'], rows);
  });
  P('verb-sort-cr', 'sort -cr', (v) => {
    const rows = many(int(6, 9), () => ({ w: pick([pick(WORDS), pick(WORDS).toUpperCase()]), n: String(int(1, 99)) }));
    return dkvpCase(['sort', '-cr', 'w'], rows);
  });
  P('verb-sort-t', 'sort -t natural', (v) => {
    const rows = many(int(6, 9), () => ({ f: `${pick(['file', 'img', 'File'])}${int(1, 120)}${pick(['', '.txt', 'b'])}`, n: String(int(1, 9)) }));
    return dkvpCase(['sort', '-t', 'f'], rows);
  });
  P('verb-sort-tr', 'sort -tr natural descending', (v) => {
    const rows = many(int(6, 9), () => ({ f: `v${int(1, 3)}.${int(0, 12)}.${int(0, 30)}`, n: String(int(1, 9)) }));
    return dkvpCase(['sort', sv(v, '-tr', '-rt'), 'f'], rows);
  });
  P('verb-sort-missing', 'sort with records lacking the key', (v) => dkvpCase(['sort', sv(v, '-nf', '-f'), 'a'], sparse(int(6, 10), ['a', 'b', 'c'])));
  P('verb-sort-nr-missing', 'sort -nr with records lacking the key', (v) => dkvpCase(['sort', '-nr', 'b'], sparse(int(6, 10), ['a', 'b', 'c'])));
  P('verb-sort-mixed-types', 'numeric sort of mixed numbers, strings, empties', (v) => {
    const rows = many(int(7, 10), () => ({ x: mixedVal(), k: String(int(1, 9)) }));
    return dkvpCase(['sort', sv(v, '-nf', '-nr'), 'x'], rows);
  });
  P('verb-sort-lexical-numbers', 'lexical sort of numbers', (v) => dkvpCase(['sort', '-f', 'x'], many(8, () => ({ x: numVal() }))));
  // uniq / count / count-distinct / count-similar
  P('verb-uniq-g', 'uniq -g', (v) => abx(['uniq', '-g', sv(v, 'a', 'b')]));
  P('verb-uniq-g-c', 'uniq -g -c', (v) => abx(['uniq', '-g', 'a,b', '-c'], 20));
  P('verb-uniq-n', 'uniq -n -g', (v) => abx(['uniq', '-n', '-g', sv(v, 'a', 'a,b')], int(6, 12)));
  P('verb-uniq-f', 'uniq -f (synonym of -g)', (v) => ex(v, ['uniq', '-f', 'shape,color']));
  P('verb-uniq-a', 'uniq -a', (v) => dkvpCase(['uniq', '-a'], many(12, () => ({ a: pick(['1', '2']), b: pick(['x', 'y']) }))));
  P('verb-uniq-a-c', 'uniq -a -c', (v) => dkvpCase(['uniq', '-a', '-c'], many(12, () => ({ a: pick(['1', '2']), b: pick(['x', 'y']) }))));
  P('verb-uniq-a-n', 'uniq -a -n', (v) => dkvpCase(['uniq', '-a', '-n'], many(12, () => ({ a: pick(sv(v, ['1', '2'], ['1', '2', '3', '4'])), b: pick(['x', 'y', 'z']) }))));
  P('verb-uniq-o', 'uniq -c -o', (v) => abx(['uniq', '-g', 'a', '-c', '-o', sv(v, 'n', 'howmany')]));
  P('verb-count', 'count', (v) => ex(v, ['count']));
  P('verb-count-g', 'count -g', (v) => ex(v, ['count', '-g', sv(v, 'shape', 'shape,color')]));
  P('verb-count-n', 'count -n -g', (v) => ex(v, ['count', '-n', '-g', sv(v, 'color', 'shape')]));
  P('verb-count-o', 'count -o', (v) => abx(['count', '-g', 'a', '-o', sv(v, 'total', 'N')]));
  P('verb-count-distinct', 'count-distinct -f', (v) => ex(v, ['count-distinct', '-f', sv(v, 'shape', 'color')]));
  P('verb-count-distinct-2', 'count-distinct -f a,b', (v) => abx(['count-distinct', '-f', 'a,b'], 20));
  P('verb-count-distinct-n', 'count-distinct -n', (v) => abx(['count-distinct', '-n', '-f', sv(v, 'a,b', 'b')], int(3, 8)));
  P('verb-count-distinct-u', 'count-distinct -u', (v) => abx(['count-distinct', '-u', '-f', 'a,b'], 20));
  P('verb-count-distinct-o', 'count-distinct -o', (v) => ex(v, ['count-distinct', '-f', 'shape', '-o', 'n']));
  P('verb-count-similar', 'count-similar -g', (v) => ex(v, ['count-similar', '-g', sv(v, 'shape', 'color')]));
  P('verb-count-similar-o', 'count-similar -o', (v) => abxp(['count-similar', '-g', 'a', '-o', 'sim']));
  // cut / having-fields / rename / reorder / label / template / regularize
  P('verb-cut-f', 'cut -f', (v) => ex(v, ['cut', '-f', sv(v, 'color,quantity', 'rate,shape,k')]));
  P('verb-cut-o', 'cut -o -f keeps argument order', (v) => ex(v, ['cut', '-o', '-f', sv(v, 'quantity,color', 'rate,shape,k')]));
  P('verb-cut-x', 'cut -x -f', (v) => ex(v, ['cut', '-x', '-f', sv(v, 'color,quantity', 'flag,k,index')]));
  V('verb-cut-complement', 'cut --complement', () => ex(0, ['cut', '--complement', '-f', 'flag']));
  P('verb-cut-r', 'cut -r -f regex', (v) => ex(v, ['cut', '-r', '-f', sv(v, '^.a', 'e$,^k')]));
  P('verb-cut-r-i', 'cut -r with case-insensitive quoted regex', (v) => ex(v, ['cut', '-r', '-f', sv(v, '"COLOR"i,"^Q"i', '"SHAPE"i')]));
  P('verb-cut-r-x', 'cut -x -r', (v) => abx(['cut', '-x', '-r', '-f', sv(v, '^[xy]$', '^a|b')]));
  P('verb-cut-missing', 'cut -f with a field some records lack', (v) => dkvpCase(['cut', '-f', 'a,c'], sparse(8, ['a', 'b', 'c', 'd'])));
  P('verb-having-at-least', 'having-fields --at-least', (v) => dkvpCase(['having-fields', '--at-least', sv(v, 'a,b', 'c')], [...sparse(10, ['a', 'b', 'c']), { c: '1', b: '2', a: '3' }]));
  P('verb-having-which-are', 'having-fields --which-are', (v) => dkvpCase(['having-fields', '--which-are', sv(v, 'a,b', 'b,a,c')], sparse(12, ['a', 'b', 'c'])));
  P('verb-having-at-most', 'having-fields --at-most', (v) => dkvpCase(['having-fields', '--at-most', sv(v, 'a,b', 'c,a')], sparse(10, ['a', 'b', 'c'])));
  V('verb-having-all-defined', 'having-fields --all-defined is not an option in 6.6', () => {
    const rows = many(8, () => ({ a: chance(0.3) ? '' : String(int(1, 9)), b: chance(0.3) ? '' : pick(WORDS), c: '1' }));
    return dkvpCase(['having-fields', '--all-defined', 'a,b'], rows);
  });
  P('verb-having-all-matching', 'having-fields --all-matching', (v) => dkvpCase(['having-fields', '--all-matching', sv(v, '^[ab]', '"^[AC]"i')], sparse(10, ['a', 'b', 'c'])));
  P('verb-having-any-matching', 'having-fields --any-matching', (v) => dkvpCase(['having-fields', '--any-matching', sv(v, '^c', 'b|d')], sparse(10, ['a', 'b', 'c', 'd'])));
  P('verb-having-none-matching', 'having-fields --none-matching', (v) => dkvpCase(['having-fields', '--none-matching', sv(v, '^c', '"B"i')], sparse(10, ['a', 'b', 'c'])));
  P('verb-rename', 'rename pairs', (v) => ex(v, ['rename', sv(v, 'color,colour,k,key', 'shape,form')]));
  P('verb-rename-missing', 'rename a field absent from some records', (v) => dkvpCase(['rename', 'a,A,z,Z'], sparse(6, ['a', 'b', 'c'])));
  P('verb-rename-r', 'rename -r with capture groups', (v) => ex(v, ['rename', '-r', sv(v, '^(.)o(.*)$,\\2_\\1', '^(q|r)(.*)$,X\\2')]));
  P('verb-rename-r-i', 'rename -r with case-insensitive regex', (v) => ex(v, ['rename', '-r', sv(v, '"^C"i,K', '"E$"i,_E')]));
  P('verb-rename-g', 'rename -g global replacement', (v) => ex(v, ['rename', '-g', '-r', sv(v, 'a,A', '[aeiou],_')]));
  P('verb-rename-onto-existing', 'rename onto an existing field name', (v) => ex(v, ['rename', sv(v, 'color,shape', 'k,rate')], 4));
  P('verb-reorder-f', 'reorder -f', (v) => ex(v, ['reorder', '-f', sv(v, 'rate,index', 'quantity')], 4));
  P('verb-reorder-e', 'reorder -e -f', (v) => ex(v, ['reorder', '-e', '-f', sv(v, 'color,shape', 'k')], 4));
  P('verb-reorder-b', 'reorder -b', (v) => ex(v, ['reorder', '-f', sv(v, 'rate', 'color,k'), '-b', sv(v, 'k', 'rate')], 4));
  P('verb-reorder-a', 'reorder -a', (v) => ex(v, ['reorder', '-f', sv(v, 'color', 'rate,index'), '-a', sv(v, 'index', 'shape')], 4));
  P('verb-reorder-sparse', 'reorder with fields some records lack', (v) => dkvpCase(['reorder', '-f', 'c,a'], sparse(6, ['a', 'b', 'c', 'd'])));
  P('verb-label', 'label', (v) => ex(v, ['label', sv(v, 'c,s,f', 'a,b,c,d,e,f,g,h,i')], 4));
  V('verb-label-dup', 'label with a duplicated name is an error', () => ex(0, ['label', 'a,a'], 4));
  P('verb-label-collide', 'label onto a name used later in the record', (v) => ex(v, ['label', sv(v, 'shape', 'rate,color')], 3));
  P('verb-template-f', 'template -f', (v) => dkvpCase(['template', '-f', sv(v, 'c,a,z', 'z,b,a,y')], sparse(6, ['a', 'b', 'c'])));
  P('verb-template-fill', 'template --fill-with', (v) => dkvpCase(['template', '-f', 'a,b,c,d', '--fill-with', sv(v, 'X', '0')], sparse(6, ['a', 'b', 'c', 'd', 'e'])));
  P('verb-template-t', 'template -t file', (v) => C(['template', '-t', 'tpl.csv', 'in.dkvp'], { 'tpl.csv': sv(v, 'd,b,a\n', 'c,e,a,q\n9,9,9,9\n'), 'in.dkvp': toDKVP(sparse(6, ['a', 'b', 'c', 'd', 'e'])) }));
  P('verb-unsparsify', 'unsparsify', (v) => dkvpCase(['unsparsify'], sparse(int(5, 8))));
  P('verb-unsparsify-fill', 'unsparsify --fill-with', (v) => dkvpCase(['--opprint', 'unsparsify', '--fill-with', sv(v, 'X', '-1')], sparse(int(5, 8))));
  P('verb-unsparsify-f', 'unsparsify -f (streaming)', (v) => dkvpCase(['unsparsify', '-f', sv(v, 'a,b,z', 'q,c')], sparse(int(5, 8))));
  V('verb-unsparsify-f-repeated', 'unsparsify with -f given twice', () => dkvpCase(['unsparsify', '-f', 'a', '-f', 'z'], sparse(5)));
  // fill-down / fill-empty
  const holes = (n) => many(n, () => ({ a: chance(0.4) ? '' : String(int(1, 9)), b: chance(0.4) ? '' : pick(WORDS), c: String(int(1, 99)) }));
  const absent = (n) => many(n, () => { const r = {}; if (chance(0.6)) r.a = chance(0.3) ? '' : String(int(1, 9)); r.b = pick(WORDS); if (chance(0.6)) r.c = String(int(1, 99)); return r; });
  P('verb-fill-down-f', 'fill-down -f', (v) => dkvpCase(['fill-down', '-f', sv(v, 'a', 'a,b')], holes(int(6, 9))));
  P('verb-fill-down-a', 'fill-down -a only absent', (v) => dkvpCase(['fill-down', '-a', '-f', 'a,c'], absent(int(6, 9))));
  V('verb-fill-down-only-if-absent', 'fill-down --only-if-absent', () => dkvpCase(['fill-down', '--only-if-absent', '-f', 'a'], absent(7)));
  P('verb-fill-down-all', 'fill-down --all', (v) => dkvpCase(['fill-down', '--all'], holes(int(6, 9))));
  P('verb-fill-down-absent-default', 'fill-down -f with absent fields', (v) => dkvpCase(['fill-down', '-f', 'a,c'], absent(int(6, 9))));
  P('verb-fill-empty', 'fill-empty default N/A', (v) => dkvpCase(['fill-empty'], holes(int(5, 7))));
  P('verb-fill-empty-v', 'fill-empty -v', (v) => dkvpCase(['--ojson', 'fill-empty', '-v', sv(v, '0', 'none')], holes(int(4, 6))));
  P('verb-fill-empty-S', 'fill-empty -S', (v) => dkvpCase(['--ojson', 'fill-empty', '-S', '-v', sv(v, '0', '7')], holes(int(4, 6))));
  V('verb-fill-empty-csv', 'fill-empty on CSV', () => C(['--icsv', '--opprint', 'fill-empty', '-v', 'X', 'in.csv'], { 'in.csv': toCSV(holes(5)) }));
  // format-values / sec2gmt / sec2gmtdate / gap / grep / decimate
  P('verb-format-values', 'format-values defaults', (v) => ex(v, ['format-values'], 5));
  P('verb-format-values-n', 'format-values -n', (v) => ex(v, ['format-values', '-n'], 5));
  P('verb-format-values-i', 'format-values -i', (v) => ex(v, ['format-values', '-i', sv(v, '%08llx', '%5d')], 5));
  P('verb-format-values-f', 'format-values -f', (v) => ex(v, ['format-values', '-f', sv(v, '%.3lf', '%10.2e')], 5));
  P('verb-format-values-s', 'format-values -s', (v) => ex(v, ['format-values', '-s', sv(v, '[%s]', '%-8s|')], 5));
  P('verb-format-values-all', 'format-values -i -f -s together', (v) => abx(['format-values', '-i', '%03d', '-f', '%.2f', '-s', '<%s>'], 5));
  const epochs = (n) => many(n, () => ({ id: String(int(1, 99)), t: String(int(0, 2000000000)), u: pick([String(int(-100000, 100000)), dec(1e9, 1.7e9, 3), 'never', '']) }));
  P('verb-sec2gmt', 'sec2gmt', (v) => dkvpCase(['sec2gmt', sv(v, 't', 't,u')], epochs(5)));
  P('verb-sec2gmt-digits', 'sec2gmt -1..-9', (v) => dkvpCase(['sec2gmt', sv(v, '-3', '-6'), 't,u'], epochs(5)));
  P('verb-sec2gmt-millis', 'sec2gmt --millis', (v) => dkvpCase(['sec2gmt', '--millis', sv(v, '', '-3'), 'x'].filter(Boolean), many(4, () => ({ x: String(int(0, 2e12)) }))));
  P('verb-sec2gmt-micros', 'sec2gmt --micros', (v) => dkvpCase(['sec2gmt', '--micros', sv(v, '-6', '-1'), 'x'], many(4, () => ({ x: String(int(0, 2e12) * 1000 + int(0, 999)) }))));
  P('verb-sec2gmt-nanos', 'sec2gmt --nanos', (v) => dkvpCase(['sec2gmt', '--nanos', sv(v, '-9', '-2'), 'x'], many(4, () => ({ x: String(int(0, 2e9)) + String(int(0, 999999999)).padStart(9, '0') }))));
  P('verb-sec2gmtdate', 'sec2gmtdate', (v) => dkvpCase(['sec2gmtdate', sv(v, 't', 't,u')], epochs(5)));
  P('verb-gap-n', 'gap -n', (v) => abx(['gap', '-n', String(int(2, 4))]));
  P('verb-gap-g', 'gap -g', (v) => dkvpCase(['gap', '-g', 'a'], many(10, (i) => ({ a: String(Math.floor(i / int(2, 3))), b: pick(WORDS) }))));
  P('verb-grep', 'grep', (v) => ex(v, ['grep', sv(v, 'circle', 'pur')]));
  P('verb-grep-i', 'grep -i', (v) => ex(v, ['grep', '-i', sv(v, 'RED', 'SQUARE')]));
  P('verb-grep-v', 'grep -v', (v) => ex(v, ['grep', '-v', sv(v, 'true', 'e,s')]));
  P('verb-grep-regex', 'grep with anchors and key=value text', (v) => abx(['grep', sv(v, '^a=pan,', 'b=(wye|zee)')]));
  V('verb-grep-a', 'grep -a is not an option in 6.6', () => abx(['grep', '-a', 'pan']));
  P('verb-decimate', 'decimate -n', (v) => abx(['decimate', '-n', String(int(2, 4))], 15));
  P('verb-decimate-b', 'decimate -b', (v) => abx(['decimate', '-b', '-n', String(int(2, 4))], 15));
  P('verb-decimate-e', 'decimate -e -g', (v) => abx(['decimate', '-e', '-n', '2', '-g', 'a'], 20));
  P('verb-decimate-g', 'decimate -g', (v) => ex(v, ['decimate', '-n', '2', '-g', 'shape']));
  // fraction / histogram / merge-fields
  P('verb-fraction', 'fraction -f', (v) => ex(v, ['fraction', '-f', sv(v, 'quantity', 'quantity,rate')]));
  P('verb-fraction-g', 'fraction -g', (v) => ex(v, ['fraction', '-f', 'quantity', '-g', sv(v, 'shape', 'color')]));
  P('verb-fraction-p', 'fraction -p', (v) => ex(v, ['fraction', '-p', '-f', 'index']));
  P('verb-fraction-c', 'fraction -c', (v) => ex(v, ['fraction', '-c', '-f', sv(v, 'k', 'quantity')]));
  P('verb-fraction-pc', 'fraction -p -c -g', (v) => abx(['fraction', '-p', '-c', '-f', 'x', '-g', 'a']));
  P('verb-fraction-negative', 'fraction with negative values', (v) => dkvpCase(['fraction', '-f', 'x'], many(6, () => ({ x: String(int(-20, 30)) }))));
  P('verb-histogram', 'histogram --lo --hi --nbins', (v) => abx(['histogram', '-f', 'x,y', '--lo', '0', '--hi', '1', '--nbins', String(int(2, 5))], 20));
  P('verb-histogram-auto', 'histogram --auto', (v) => abx(['histogram', '-f', 'x,y', '--auto', '--nbins', String(int(2, 4))], 20));
  P('verb-histogram-o', 'histogram -o prefix', (v) => ex(v, ['histogram', '-f', 'quantity', '--lo', '0', '--hi', '100', '--nbins', '4', '-o', sv(v, 'h_', 'p')]));
  P('verb-histogram-out-of-range', 'histogram drops values outside lo..hi', (v) => dkvpCase(['histogram', '-f', 'x', '--lo', '10', '--hi', '20', '--nbins', sv(v, '2', '3')], many(int(8, 14), () => ({ x: String(int(0, 30)) }))));
  const mf = (n) => many(n, () => ({ a_in_x: String(int(1, 9)), a_out_x: String(int(1, 9)), b_in_y: String(int(1, 9)), b_out_x: dec(0, 10, 2), name: pick(WORDS) }));
  P('verb-merge-fields-f', 'merge-fields -f -o', (v) => dkvpCase(['merge-fields', '-a', sv(v, 'sum,count', 'min,max,mean'), '-f', 'a_in_x,a_out_x', '-o', 'foo'], mf(4)));
  P('verb-merge-fields-r', 'merge-fields -r -o', (v) => dkvpCase(['merge-fields', '-a', sv(v, 'sum,count', 'mean,var'), '-r', 'in_,out_', '-o', 'bar'], mf(4)));
  P('verb-merge-fields-c', 'merge-fields -c collapse', (v) => dkvpCase(['merge-fields', '-a', sv(v, 'sum,count', 'max,antimode'), '-c', 'in_,out_'], mf(4)));
  P('verb-merge-fields-k', 'merge-fields -k keeps inputs', (v) => dkvpCase(['merge-fields', '-k', '-a', 'sum', '-c', 'in_,out_'], mf(3)));
  P('verb-merge-fields-stats', 'merge-fields with many accumulators', (v) => dkvpCase(['--ojson', 'merge-fields', '-a', sv(v, 'p10,p50,median,p90,sum,antimode', 'stddev,meaneb,skewness,kurtosis,minlen,maxlen,null_count,distinct_count,mode'), '-f', 'a_in_x,a_out_x,b_in_y,b_out_x', '-o', 'all'], mf(3)));
  P('verb-merge-fields-i', 'merge-fields -i interpolated percentiles', (v) => dkvpCase(['merge-fields', '-i', '-a', 'p25,median,p75', '-r', '^[ab]_', '-o', 'q'], mf(4)));
  P('verb-merge-fields-nonnumeric', 'merge-fields over non-numeric values', (v) => dkvpCase(['merge-fields', '-a', 'sum,count,max', '-f', 'p,q', '-o', 'o'], many(3, () => ({ p: mixedVal(), q: mixedVal() }))));
  // most-frequent / least-frequent
  P('verb-most-frequent', 'most-frequent -f', (v) => abx(['most-frequent', '-f', sv(v, 'a', 'b')], 25));
  P('verb-most-frequent-2', 'most-frequent -f a,b -n', (v) => abx(['most-frequent', '-f', 'a,b', '-n', String(int(2, 4))], 25));
  P('verb-most-frequent-b', 'most-frequent -b', (v) => ex(v, ['most-frequent', '-f', 'shape', '-b']));
  P('verb-most-frequent-o', 'most-frequent -o', (v) => ex(v, ['most-frequent', '-f', 'color', '-o', 'hits']));
  P('verb-least-frequent', 'least-frequent -f', (v) => abx(['least-frequent', '-f', sv(v, 'a', 'a,b')], 25));
  P('verb-least-frequent-n-b', 'least-frequent -n -b', (v) => ex(v, ['least-frequent', '-f', 'shape', '-n', '2', '-b']));
  // nest
  const nestRows = (n, sep = ';') => many(n, () => ({ x: many(int(1, 4), () => pick(WORDS)).join(sep), y: String(int(1, 99)) }));
  const nestPairs = (n, fs = ';', ps = ':') => many(n, () => ({ x: many(int(1, 3), () => `${pick(['a', 'b', 'c', 'd'])}${ps}${int(1, 9)}`).join(fs), y: pick(WORDS) }));
  P('verb-nest-explode-values-records', 'nest --explode --values --across-records', (v) => dkvpCase(['nest', '--explode', '--values', '--across-records', '-f', 'x'], nestRows(3)));
  P('verb-nest-explode-values-fields', 'nest --explode --values --across-fields', (v) => dkvpCase(['nest', '--explode', '--values', '--across-fields', '-f', 'x'], nestRows(3)));
  P('verb-nest-explode-pairs-records', 'nest --explode --pairs --across-records', (v) => dkvpCase(['nest', '--explode', '--pairs', '--across-records', '-f', 'x'], nestPairs(3)));
  P('verb-nest-explode-pairs-fields', 'nest --explode --pairs --across-fields', (v) => dkvpCase(['nest', '--explode', '--pairs', '--across-fields', '-f', 'x'], nestPairs(3)));
  P('verb-nest-implode-records', 'nest --implode --values --across-records', (v) => dkvpCase(['nest', '--implode', '--values', '--across-records', '-f', 'x'], many(8, () => ({ x: pick(WORDS), y: String(int(1, 3)) }))));
  P('verb-nest-implode-fields', 'nest --implode --values --across-fields', (v) => dkvpCase(['nest', '--implode', '--values', '--across-fields', '-f', 'x'], many(3, () => ({ x_1: pick(WORDS), x_2: pick(WORDS), y: String(int(1, 3)), x_3: pick(WORDS) }))));
  P('verb-nest-nested-fs', 'nest --nested-fs', (v) => dkvpCase(['nest', '--explode', '--values', '--across-records', '--nested-fs', sv(v, '|', 'pipe'), '-f', 'x'], nestRows(3, '|')));
  P('verb-nest-nested-ps', 'nest --nested-ps', (v) => dkvpCase(['nest', '--explode', '--pairs', '--across-fields', '--nested-fs', sv(v, ';', 'semicolon'), '--nested-ps', '=', '-f', 'x'], nestPairs(3, ';', '=')));
  P('verb-nest-evar', 'nest --evar', (v) => dkvpCase(['nest', '--evar', sv(v, ';', '|'), '-f', 'x'], nestRows(3, sv(v, ';', '|'))));
  P('verb-nest-ivar', 'nest --ivar', (v) => dkvpCase(['nest', '--ivar', sv(v, ';', '/'), '-f', 'x'], many(8, () => ({ x: pick(WORDS), y: String(int(1, 3)) }))));
  P('verb-nest-roundtrip', 'nest explode then implode', (v) => dkvpCase(['nest', '--evar', ';', '-f', 'x', 'then', 'nest', '--ivar', '|', '-f', 'x'], nestRows(3)));
  P('verb-nest-missing-field', 'nest on records lacking the field', (v) => dkvpCase(['nest', '--explode', '--values', '--across-records', '-f', 'x'], [...nestRows(2), { y: '5' }, ...nestRows(1)]));
  // reshape
  const wide = (n) => many(n, (i) => ({ time: `2009-01-${pad2(i + 1)}`, X: dec(-1, 1, 8), Y: dec(0, 3, 7), Z: String(int(1, 9)) }));
  P('verb-reshape-long', 'reshape -i wide-to-long', (v) => dkvpCase(['--opprint', 'reshape', '-i', sv(v, 'X,Y', 'X,Y,Z'), '-o', 'item,value'], wide(3)));
  P('verb-reshape-r', 'reshape -r wide-to-long', (v) => dkvpCase(['--opprint', 'reshape', '-r', sv(v, '^[XY]', '^[A-Z]$'), '-o', 'k,v'], wide(3)));
  P('verb-reshape-s', 'reshape -s long-to-wide', (v) => {
    const rows = [];
    for (let i = 1; i <= int(2, 4); i++) for (const k of ['X', 'Y', 'Z']) rows.push({ time: `2009-01-0${i}`, item: k, value: dec(-1, 1, 6) });
    return dkvpCase(['--opprint', 'reshape', '-s', 'item,value'], rows);
  });
  P('verb-reshape-s-missing', 'reshape -s with missing cells', (v) => {
    const rows = [];
    for (let i = 1; i <= 3; i++) for (const k of ['X', 'Y', 'Z']) if (chance(0.7)) rows.push({ time: `t${i}`, item: k, value: String(int(1, 9)) });
    rows.push({ other: 'record' });
    return dkvpCase(['reshape', '-s', 'item,value'], rows);
  });
  P('verb-reshape-multi-r', 'reshape with two -r', (v) => dkvpCase(['reshape', '-r', '^X', '-r', '^Z', '-o', 'k,v'], wide(2)));
  // repeat / seqgen / fill / misc
  P('verb-repeat-n', 'repeat -n', (v) => ex(v, ['repeat', '-n', String(int(2, 3)), 'then', 'head', '-n', '7'], 4));
  P('verb-repeat-f', 'repeat -f', (v) => dkvpCase(['repeat', '-f', 'n'], many(4, () => ({ n: String(int(0, 3)), w: pick(WORDS) }))));
  P('verb-seqgen', 'seqgen --start --stop --step', (v) => C(['seqgen', '--start', String(int(1, 5)), '--stop', String(int(20, 40)), '--step', String(int(2, 5))]));
  V('verb-seqgen-default', 'seqgen defaults', () => C(['seqgen', 'then', 'stats1', '-a', 'count,sum,min,max', '-f', 'i']));
  P('verb-seqgen-f', 'seqgen -f', (v) => C(['--ojson', 'seqgen', '-f', sv(v, 'j', 'idx'), '--start', '1', '--stop', String(int(3, 6))]));
  P('verb-seqgen-negative', 'seqgen with a negative step', (v) => C(['seqgen', '--start', String(int(10, 20)), '--stop', String(int(-5, 2)), '--step', String(-int(2, 4))]));
  P('verb-seqgen-float', 'seqgen with float values', (v) => C(['seqgen', '--start', sv(v, '1', '0.5'), '--stop', sv(v, '2', '3'), '--step', sv(v, '0.25', '0.5')]));
  P('verb-seqgen-zero-step', 'seqgen with step 0', (v) => C(['seqgen', '--start', sv(v, '1', '4'), '--stop', sv(v, '5', '4'), '--step', '0']));
  P('verb-seqgen-empty', 'seqgen with start past stop', (v) => C(['--ojson', 'seqgen', '--start', sv(v, '10', '3'), '--stop', sv(v, '1', '3'), '--step', sv(v, '1', '2')]));
  P('verb-seqgen-then', 'seqgen then put', (v) => C(['seqgen', '--stop', String(int(5, 9)), 'then', 'put', sv(v, '$y = $i ** 2', '$y = $i * 3 - 1; $z = $i % 2')]));
  P('verb-skip-trivial', 'skip-trivial-records', (v) => C(['skip-trivial-records', 'in.dkvp'], { 'in.dkvp': many(6, () => pick(['a=1,b=2', 'a=,b=', '', 'x=', `c=${int(1, 9)}`, 'a=,b=3'])).join('\n') + '\n' }));
  P('verb-remove-empty-columns', 'remove-empty-columns', (v) => dkvpCase(['remove-empty-columns'], many(5, () => ({ a: String(int(1, 9)), b: '', c: chance(0.3) ? pick(WORDS) : '', d: '' }))));
  P('verb-unspace', 'unspace', (v) => jsonCase(['--ijson', '--ocsv', 'unspace'], many(3, () => ({ 'first name': `${pick(NAMES)} ${pick(NAMES)}`, 'a b c': `x y ${int(1, 9)}` }))));
  P('verb-unspace-f', 'unspace -f', (v) => jsonCase(['--ijson', '--ocsv', 'unspace', '-f', sv(v, '.', 'X')], many(3, () => ({ 'first name': `${pick(NAMES)} ${pick(NAMES)}`, n: '1' }))));
  P('verb-unspace-k', 'unspace -k', (v) => jsonCase(['--ijson', '--ocsv', 'unspace', '-k'], many(3, () => ({ 'first name': `${pick(NAMES)} ${pick(NAMES)}` }))));
  P('verb-unspace-v', 'unspace -v', (v) => jsonCase(['--ijson', '--ocsv', 'unspace', '-v'], many(3, () => ({ 'first name': `${pick(NAMES)} ${pick(NAMES)}` }))));
  P('verb-altkv', 'altkv', (v) => C(['--inidx', '--ifs', ' ', '--ojson', 'altkv', 'in.txt'], { 'in.txt': many(3, () => many(int(2, 7), () => pick(WORDS)).join(' ')).join('\n') + '\n' }));
  P('verb-clean-whitespace', 'clean-whitespace', (v) => jsonCase(['--json', 'clean-whitespace'], many(3, () => ({ [`  ${pick(WORDS)}   key `]: `  ${pick(WORDS)}    ${pick(WORDS)} `, n: ` ${int(1, 9)} ` }))));
  P('verb-clean-whitespace-k', 'clean-whitespace -k', (v) => jsonCase(['--json', 'clean-whitespace', sv(v, '-k', '--keys-only')], many(2, () => ({ [`  ${pick(WORDS)}   key `]: `  a    b `}))));
  P('verb-clean-whitespace-v', 'clean-whitespace -v', (v) => jsonCase(['--json', 'clean-whitespace', sv(v, '-v', '--values-only')], many(2, () => ({ [`  ${pick(WORDS)}   key `]: `  a    b ${int(1, 9)} `}))));
  V('verb-nothing', 'nothing', () => ex(0, ['nothing']));
  V('verb-nothing-json', 'nothing with JSON output', () => ex(0, ['--ojson', 'nothing']));
  P('verb-check-error', 'check on malformed CSV', (v) => C(['--icsv', 'check', 'in.csv'], { 'in.csv': toCSV(people(3)) + sv(v, 'a,b\n', 'x\n') }));
  P('verb-tee-then', 'tee to a file then count', (v) => ex(v, ['tee', 'copy.csv', 'then', 'count', '-g', 'shape']));
  P('verb-json-parse', 'json-parse', (v) => C(['--icsv', '--ojson', 'json-parse', 'in.csv'], { 'in.csv': 'id,j,s\n' + many(3, () => `${int(1, 9)},"${pick(['{""a"":1,""b"":[1,2]}', '[1,2,3]', '3.5', 'true', '""x""', 'null'])}",${pick(WORDS)}`).join('\n') + '\n' }));
  P('verb-json-parse-f', 'json-parse -f', (v) => C(['--icsv', '--ojson', 'json-parse', '-f', 'j', 'in.csv'], { 'in.csv': 'id,j,k\n' + many(3, () => `${int(1, 9)},"{""x"":${int(1, 9)}}","[${int(1, 9)}]"`).join('\n') + '\n' }));
  P('verb-json-parse-invalid', 'json-parse of invalid JSON', (v) => C(['--icsv', '--ojson', 'json-parse', 'in.csv'], { 'in.csv': sv(v, 'j\n{abc\n', 'j,k\n"[1,",[2]\n') }));
  P('verb-json-stringify', 'json-stringify', (v) => jsonCase(['--json', 'json-stringify', '-f', 'm'], many(2, () => ({ id: String(int(1, 9)), m: { a: String(int(1, 9)), b: [pick(WORDS), '2'] } }))));
  P('verb-json-stringify-all', 'json-stringify all fields', (v) => jsonCase(['--json', 'json-stringify'], many(2, () => ({ id: String(int(1, 9)), s: pick(WORDS), m: { a: String(int(1, 9)) } }))));
  P('verb-json-stringify-jvstack', 'json-stringify --jvstack', (v) => jsonCase(['--json', 'json-stringify', sv(v, '--jvstack', '--no-jvstack'), '-f', 'm'], many(2, () => ({ id: String(int(1, 9)), m: { a: String(int(1, 9)), b: [pick(WORDS)] } }))));
  P('verb-flatten', 'flatten verb with JSON output', (v) => jsonCase(['--json', 'flatten'], many(2, nestedRec)));
  P('verb-flatten-f-s', 'flatten -f -s', (v) => jsonCase(['--json', 'flatten', '-f', 'loc', '-s', sv(v, ':', '_')], many(2, () => ({ id: '1', loc: { a: String(int(1, 9)), b: { c: pick(WORDS) } }, tags: ['x', 'y'] }))));
  P('verb-unflatten', 'unflatten verb', (v) => dkvpCase(['--ojson', '--no-auto-unflatten', 'unflatten'], many(2, () => ({ 'a.b': String(int(1, 9)), 'a.c': pick(WORDS), 'd.1': 'x', 'd.2': 'y', e: '5' }))));
  P('verb-unflatten-f-s', 'unflatten -f -s', (v) => dkvpCase(['--ojson', 'unflatten', '-f', 'a', '-s', ':'], many(2, () => ({ 'a:b': String(int(1, 9)), 'a:c': pick(WORDS), 'e:f': '5' }))));
  P('verb-sec2gmt-on-strings', 'sec2gmt leaves non-numbers', (v) => dkvpCase(['sec2gmt', 't'], many(4, () => ({ t: pick(['abc', '', '1.5e9', '-1', '0x10', '1700000000']) }))));
  // latin1 / utf8
  P('verb-utf8-to-latin1', 'utf8-to-latin1', (v) => C(['--ojson', 'utf8-to-latin1', 'then', 'put', '$n = strlen($x)', 'in.dkvp'], { 'in.dkvp': many(3, () => `x=${pick(['café', 'naïve', 'über', 'plain', 'Łódź'])}`).join('\n') + '\n' }));
  P('verb-latin1-to-utf8', 'latin1-to-utf8', (v) => C(['latin1-to-utf8', 'in.dkvp'], { 'in.dkvp': { base64: Buffer.from(many(3, () => `x=${pick(['caf\xe9', 'na\xefve', '\xfcber', 'plain'])}`).join('\n') + '\n', 'latin1').toString('base64') } }));
  // bar
  P('verb-bar', 'bar --lo --hi', (v) => abx(['--opprint', 'bar', '-f', 'x,y', '--lo', '0', '--hi', '1'], 8));
  P('verb-bar-auto', 'bar --auto', (v) => abx(['--opprint', 'bar', '-f', 'x', '--auto'], 8));
  P('verb-bar-chars', 'bar -w -c -x -b', (v) => dkvpCase(['--opprint', 'bar', '-f', 'x', '--lo', '10', '--hi', '50', '-w', String(int(8, 20)), '-c', '+', '-x', 'X', '-b', '_'], many(8, () => ({ x: String(int(0, 60)) }))));
  // step
  const series = (n) => many(n, (i) => ({ g: pick(['a', 'b']), t: String(i + 1), x: String(int(-20, 50)), y: dec(0, 10, 2) }));
  P('verb-step-delta', 'step -a delta', (v) => dkvpCase(['step', '-a', 'delta', '-f', sv(v, 'x', 'x,y')], series(6)));
  P('verb-step-shift', 'step -a shift,shift_lag,shift_lead', (v) => dkvpCase(['step', '-a', 'shift,shift_lag,shift_lead', '-f', 'x'], series(5)));
  P('verb-step-from-first', 'step -a from-first,ratio', (v) => dkvpCase(['step', '-a', 'from-first,ratio', '-f', 'x'], series(6)));
  P('verb-step-rsum-counter', 'step -a rsum,counter', (v) => dkvpCase(['step', '-a', 'rsum,counter', '-f', sv(v, 'x', 'y')], series(6)));
  P('verb-step-g', 'step -g', (v) => dkvpCase(['step', '-a', 'delta,rsum', '-f', 'x', '-g', 'g'], series(8)));
  P('verb-step-ewma', 'step -a ewma -d', (v) => dkvpCase(['step', '-a', 'ewma', '-d', sv(v, '0.1,0.9', '0.5'), '-f', 'x'], series(6)));
  P('verb-step-ewma-o', 'step -a ewma -d -o', (v) => dkvpCase(['step', '-a', 'ewma', '-d', '0.1,0.9', '-o', sv(v, 'smooth,rough', 's,r'), '-f', 'y'], series(5)));
  P('verb-step-slwin', 'step -a slwin', (v) => dkvpCase(['step', '-a', sv(v, 'slwin_2_2', 'slwin_1_0,slwin_0_2'), '-f', 'x'], series(7)));
  P('verb-step-F', 'step -F (no-op)', (v) => dkvpCase(['step', '-F', '-a', 'counter,rsum', '-f', 'x'], series(4)));
  P('verb-step-nonnumeric', 'step on non-numeric values', (v) => dkvpCase(['step', '-a', 'delta,rsum', '-f', 'x'], many(5, () => ({ x: mixedVal() }))));
  // stats1
  P('verb-stats1-basic', 'stats1 count,sum,mean,min,max', (v) => ex(v, ['stats1', '-a', 'count,sum,mean,min,max', '-f', 'quantity']));
  P('verb-stats1-g', 'stats1 -g', (v) => ex(v, ['stats1', '-a', 'mean,count', '-f', 'quantity,rate', '-g', sv(v, 'shape', 'shape,color')]));
  P('verb-stats1-var', 'stats1 var,stddev,meaneb,skewness,kurtosis', (v) => abx(['--ojson', 'stats1', '-a', 'var,stddev,meaneb,skewness,kurtosis', '-f', 'x,y'], 20));
  P('verb-stats1-percentiles', 'stats1 percentiles', (v) => abx(['--ojson', 'stats1', '-a', 'p0,p10,p25.2,median,p75,p90,p100', '-f', 'x,i'], 15));
  P('verb-stats1-i', 'stats1 -i interpolated percentiles', (v) => abx(['--ojson', 'stats1', '-i', '-a', 'p10,p25,median,p75,p99', '-f', 'x,i'], 15));
  V('verb-stats1-unknown-acc', 'stats1 with an unknown accumulator', () => abx(['--ojson', 'stats1', '-a', 'mean,iqr', '-f', 'x'], 5));
  P('verb-stats1-mode', 'stats1 mode,antimode', (v) => abx(['stats1', '-a', 'mode,antimode,count', '-f', 'a,b'], 15));
  P('verb-stats1-counts', 'stats1 null_count,distinct_count,count', (v) => dkvpCase(['stats1', '-a', 'count,null_count,distinct_count', '-f', 'a,b'], holes(10)));
  P('verb-stats1-minlen', 'stats1 minlen,maxlen', (v) => ex(v, ['stats1', '-a', 'minlen,maxlen', '-f', sv(v, 'color,shape,quantity', 'index,rate'), '-g', sv(v, 'flag', 'color')]));
  P('verb-stats1-strings', 'stats1 min/max over strings and numbers', (v) => dkvpCase(['stats1', '-a', 'min,max,sum', '-f', 'x'], many(7, () => ({ x: mixedVal() }))));
  P('verb-stats1-fr', 'stats1 --fr', (v) => abx(['stats1', '-a', 'sum,max', '--fr', sv(v, '^[xy]$', '^(i|x)$')]));
  P('verb-stats1-fx', 'stats1 --fx', (v) => abx(['stats1', '-a', 'count', '--fx', sv(v, '^[ab]$', '^[abi]$')]));
  P('verb-stats1-gr', 'stats1 --gr', (v) => abx(['stats1', '-a', 'mean', '-f', 'x', '--gr', sv(v, '^a$', '^[ab]$')], 15));
  P('verb-stats1-gx', 'stats1 --gx', (v) => dkvpCase(['stats1', '-a', 'sum', '-f', 'x', '--gx', '^[xyi]$'], many(10, () => ({ a: pick(['p', 'q']), x: String(int(1, 9)), i: '1' }))));
  P('verb-stats1-grfx', 'stats1 --grfx', (v) => dkvpCase(['stats1', '-a', 'sum,count', '--grfx', '^[ab]$'], many(10, () => ({ a: pick(['p', 'q']), b: pick(['r', 's']), x: String(int(1, 9)), y: String(int(1, 9)) }))));
  P('verb-stats1-s', 'stats1 -s running stats', (v) => abx(['stats1', '-s', '-a', 'sum,count', '-f', 'x'], 5));
  P('verb-stats1-missing-field', 'stats1 on a field that is absent or empty', (v) => dkvpCase(['stats1', '-a', 'count,sum,mean', '-f', 'a,zz'], holes(6)));
  P('verb-stats1-int-float', 'stats1 sum of ints stays int', (v) => dkvpCase(['stats1', '-a', 'sum,mean,min,max', '-f', 'x,y'], many(6, () => ({ x: String(int(-100, 100)), y: pick([String(int(1, 9)), dec(0, 1, 2)]) }))));
  // stats2
  const xy = (n) => many(n, (i) => { const x = int(0, 100) / 10; return { x: String(x), y: (2.5 * x + 1 + (int(-100, 100) / 50)).toFixed(3), g: pick(['a', 'b']) }; });
  P('verb-stats2-ols', 'stats2 linreg-ols,r2', (v) => dkvpCase(['--ojson', 'stats2', '-a', 'linreg-ols,r2', '-f', 'x,y'], xy(12)));
  P('verb-stats2-pca', 'stats2 linreg-pca', (v) => dkvpCase(['--ojson', 'stats2', '-a', 'linreg-pca', '-f', 'x,y'], xy(12)));
  P('verb-stats2-pca-v', 'stats2 linreg-pca -v', (v) => dkvpCase(['--ojson', 'stats2', '-a', 'linreg-pca', '-v', '-f', 'x,y'], xy(10)));
  P('verb-stats2-corr-cov', 'stats2 corr,cov', (v) => dkvpCase(['--ojson', 'stats2', '-a', 'corr,cov', '-f', 'x,y', '-g', 'g'], xy(14)));
  P('verb-stats2-covx', 'stats2 covx', (v) => dkvpCase(['--opprint', 'stats2', '-a', 'covx', '-f', 'x,y'], xy(10)));
  P('verb-stats2-fit', 'stats2 --fit', (v) => dkvpCase(['--opprint', 'stats2', '-a', sv(v, 'linreg-ols', 'linreg-pca'), '--fit', '-f', 'x,y'], xy(6)));
  P('verb-stats2-multi', 'stats2 with two field pairs', (v) => dkvpCase(['--ojson', 'stats2', '-a', 'cov', '-f', 'x,y,y,x'], xy(8)));
  // top
  P('verb-top', 'top -f', (v) => ex(v, ['top', '-f', sv(v, 'quantity', 'rate')]));
  P('verb-top-n-g', 'top -n -g', (v) => ex(v, ['top', '-n', '2', '-f', 'quantity', '-g', sv(v, 'shape', 'color')]));
  P('verb-top-a', 'top -a', (v) => ex(v, ['top', '-n', String(int(2, 3)), '-f', 'index', '-a']));
  P('verb-top-min', 'top --min', (v) => abx(['top', '--min', '-n', '3', '-f', 'x']));
  P('verb-top-F', 'top -F', (v) => ex(v, ['top', '-F', '-f', 'k,index']));
  P('verb-top-o', 'top -o', (v) => abx(['top', '-n', '2', '-f', 'x,y', '-o', sv(v, 'rank', 'best')]));
  P('verb-top-ints', 'top on integer values', (v) => dkvpCase(['top', '-n', '3', '-f', 'x', '-g', 'a'], many(10, () => ({ a: pick(['p', 'q']), x: String(int(-50, 50)) }))));
  // summary
  P('verb-summary', 'summary', (v) => ex(v, ['summary']));
  P('verb-summary-a', 'summary -a', (v) => ex(v, ['summary', '-a', sv(v, 'mean,median,mode', 'minlen,maxlen,null_count,field_type')]));
  P('verb-summary-x', 'summary -x', (v) => abx(['--opprint', 'summary', '-x', sv(v, 'mean,field_type', 'p25,p75,iqr,lof,lif,uif,uof')]));
  P('verb-summary-all', 'summary --all', (v) => dkvpCase(['--ojson', 'summary', '--all'], many(8, () => ({ x: mixedVal(), n: String(int(1, 9)) }))));
  // join
  const joinData = (v) => {
    const ids = rng.shuffle(many(8, (i) => String(i + 1)));
    const left = ids.slice(0, 5).map((id) => ({ id, name: pick(NAMES), city: pick(CITIES) }));
    const right = rng.shuffle([...ids.slice(2, 8), ids[3]]).map((id) => ({ id, score: String(int(1, 100)), name: pick(NAMES) }));
    return { left, right };
  };
  const joinCase = (extra, v, lfmt = 'csv') => {
    const { left, right } = joinData(v);
    return C(['--icsv', '--opprint', 'join', ...extra, '-f', `left.${lfmt}`, 'right.csv'], { [`left.${lfmt}`]: FMT[lfmt](left), 'right.csv': toCSV(right) });
  };
  P('verb-join', 'join -j (paired only)', (v) => joinCase(['-j', 'id'], v));
  P('verb-join-np-ul', 'join --np --ul', (v) => joinCase(['--np', '--ul', '-j', 'id'], v));
  P('verb-join-np-ur', 'join --np --ur', (v) => joinCase(['--np', '--ur', '-j', 'id'], v));
  P('verb-join-ul-ur', 'join --ul --ur', (v) => joinCase(['--ul', '--ur', '-j', 'id'], v));
  P('verb-join-lp-rp', 'join --lp --rp', (v) => joinCase(['--lp', 'L_', '--rp', 'R_', '-j', 'id'], v));
  P('verb-join-lk', 'join --lk', (v) => joinCase([sv(v, '--lk', '--left-keep-field-names'), 'city', '-j', 'id'], v));
  P('verb-join-l-r', 'join -l -r -j', (v) => {
    const { left, right } = joinData(v);
    return C(['--icsv', '--opprint', 'join', '-l', 'lid', '-r', 'rid', '-j', 'key', '-f', 'left.csv', 'right.csv'],
      { 'left.csv': toCSV(left.map((r) => ({ lid: r.id, name: r.name }))), 'right.csv': toCSV(right.map((r) => ({ rid: r.id, score: r.score }))) });
  });
  P('verb-join-i', 'join -i for a left file in another format', (v) => {
    const { left, right } = joinData(v);
    return C(['--icsv', '--ojson', 'join', '-i', sv(v, 'json', 'dkvp'), '-j', 'id', '-f', 'left.dat', 'right.csv'], { 'left.dat': v ? toDKVP(left) : toJSON(left), 'right.csv': toCSV(right) });
  });
  P('verb-join-s', 'join -s sorted-input mode', (v) => {
    const { left, right } = joinData(v);
    const srt = (a) => [...a].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    return C(['--icsv', '--opprint', 'join', '-s', '--ul', '--ur', '-j', 'id', '-f', 'left.csv', 'right.csv'], { 'left.csv': toCSV(srt(left)), 'right.csv': toCSV(sv(v, srt(right), right)) });
  });
  P('verb-join-u', 'join -u', (v) => joinCase(['-u', '-j', 'id'], v));
  P('verb-join-multikey', 'join on two fields', (v) => {
    const left = many(6, () => ({ a: pick(['x', 'y']), b: String(int(1, 3)), lv: pick(WORDS) }));
    const right = many(6, () => ({ a: pick(['x', 'y']), b: String(int(1, 3)), rv: String(int(1, 99)) }));
    return C(['--icsv', '--opprint', 'join', '--ul', '-j', 'a,b', '-f', 'left.csv', 'right.csv'], { 'left.csv': toCSV(left), 'right.csv': toCSV(right) });
  });
  P('verb-join-stdin', 'join with the right input from stdin', (v) => {
    const { left, right } = joinData(v);
    return C(['--icsv', '--ocsv', 'join', '--ur', '-j', 'id', '-f', 'left.csv'], { 'left.csv': toCSV(left) }, toCSV(right));
  });
  P('verb-join-implicit-header', 'join --implicit-csv-header for the left file', (v) => {
    const { left, right } = joinData(v);
    return C(['--icsv', '--ojson', 'join', '--implicit-csv-header', '-l', '1', '-r', 'id', '-j', 'id', '-f', 'left.csv', 'right.csv'],
      { 'left.csv': toCSV(left, { header: false }), 'right.csv': toCSV(right) });
  });
  V('verb-join-no-f', 'join without -f', () => C(['--icsv', '--ocsv', 'join', '-j', 'id', 'right.csv'], { 'right.csv': 'id,x\n1,2\n' }));
  // then-chains
  P('chain-sort-head-cut', 'sort then head then cut', (v) => ex(v, ['sort', '-nr', 'quantity', 'then', 'head', '-n', '3', 'then', 'cut', '-f', 'color,quantity']));
  P('chain-stats-sort', 'stats1 then sort', (v) => abx(['--opprint', 'stats1', '-a', 'mean,count', '-f', 'x', '-g', 'a', 'then', 'sort', '-nr', 'x_mean'], 20));
  P('chain-put-filter-count', 'put then filter then count', (v) => ex(v, ['put', '$z = $quantity * $rate', 'then', 'filter', '$z > 300', 'then', 'count']));
  P('chain-count-distinct-sort', 'count-distinct then sort -nr count', (v) => abx(['count-distinct', '-f', 'a', 'then', 'sort', '-nr', 'count', '-f', 'a'], 25));
  P('chain-head-g-tac', 'head -g then tac then cat -n', (v) => ex(v, ['head', '-n', '1', '-g', 'shape', 'then', 'tac', 'then', 'cat', '-n']));
  P('chain-unsparsify-regularize', 'unsparsify then sort-within-records then group-like', (v) => dkvpCase(['unsparsify', 'then', 'sort-within-records', 'then', 'group-like'], sparse(6)));
  P('chain-step-top', 'step then top', (v) => dkvpCase(['step', '-a', 'delta', '-f', 'x', 'then', 'top', '-f', 'x_delta', '-a'], series(8)));
  P('chain-nest-count', 'nest explode then count-distinct', (v) => dkvpCase(['nest', '--evar', ';', '-f', 'x', 'then', 'count-distinct', '-f', 'x', 'then', 'sort', '-f', 'x'], nestRows(6)));
  P('chain-reorder-rename-label', 'reorder then rename then label', (v) => ex(v, ['reorder', '-e', '-f', 'color', 'then', 'rename', 'shape,form', 'then', 'label', 'A,B'], 4));
  P('chain-main-then-first', 'then-chain with a leading then-free verb list and --from', (v) => C(['--icsv', '--ojson', '--from', 'in.csv', 'filter', '$age > 40', 'then', 'sort', '-f', 'name', 'then', 'cut', '-f', 'name,age'], { 'in.csv': toCSV(people(10)) }));
  P('chain-fill-down-stats', 'fill-down then stats1', (v) => dkvpCase(['fill-down', '-f', 'a', 'then', 'stats1', '-a', 'count,sum', '-f', 'c', '-g', 'a'], holes(10)));
  P('chain-sec2gmt-sort', 'sort -nf then sec2gmt', (v) => dkvpCase(['sort', '-nf', 't', 'then', 'sec2gmt', 't'], epochs(5)));

  // ================================================================== 5. DSL functions
  /** put over JSON records, JSON output */
  const putJ = (expr, rows, extra = []) => C(['--json', ...extra, 'put', expr, 'in.json'], { 'in.json': toJSON(rows) });
  /** put -q with only end-block output */
  const endp = (body, extra = []) => C(['-n', ...extra, 'put', `end {\n${body}\n}`]);
  const col = (vals) => vals.map((x) => ({ x }));
  const withJunk = (vals) => [...vals, pick(WORDS), ''];
  // math functions, one value column each
  const MATH1 = {
    abs: () => [String(-int(1, 99)), dec(-9, 9, 3), '0', String(int(1, 99))],
    acos: () => [dec(-1, 1, 3), dec(-1, 1, 2), '1', '2'],
    acosh: () => [dec(1, 10, 3), '1', String(int(2, 99)), '0.5'],
    asin: () => [dec(-1, 1, 3), '0', '-1', '1.5'],
    asinh: () => [dec(-9, 9, 3), '0', String(int(-99, 99))],
    atan: () => [dec(-9, 9, 3), '0', String(int(-99, 99))],
    atanh: () => [dec(-0.99, 0.99, 3), '0', '1'],
    cbrt: () => [String(int(-30, 30) ** 3), dec(-9, 9, 3), '0'],
    ceil: () => [dec(-9, 9, 2), String(int(-9, 9)), '-0.5', dec(0, 1, 3)],
    cos: () => [dec(-3, 3, 3), '0', String(int(-9, 9))],
    cosh: () => [dec(-3, 3, 3), '0', String(int(-5, 5))],
    erf: () => [dec(-2, 2, 3), '0', dec(-1, 1, 2)],
    erfc: () => [dec(-2, 2, 3), '0', dec(-1, 1, 2)],
    exp: () => [dec(-5, 5, 3), '0', String(int(-9, 9)), '800'],
    expm1: () => [dec(-1, 1, 5), '0', '1e-10'],
    floor: () => [dec(-9, 9, 2), String(int(-9, 9)), '-0.5', dec(0, 1, 3)],
    invqnorm: () => [dec(0.01, 0.99, 3), '0.5', '0', '1', '1.5'],
    log: () => [dec(0.1, 100, 3), '1', '0', '-1'],
    log10: () => [String(10 ** int(0, 6)), dec(0.1, 100, 3), '0'],
    log1p: () => [dec(-0.5, 5, 4), '0', '-1'],
    qnorm: () => [dec(-3, 3, 2), '0', String(int(-5, 5))],
    round: () => [dec(-9, 9, 2), '2.5', '-2.5', '0.5', String(int(-9, 9))],
    sgn: () => [String(int(-99, -1)), '0', dec(0, 9, 2), '-0.0', '-' + dec(0, 1, 3)],
    sin: () => [dec(-3, 3, 3), '0', String(int(-9, 9))],
    sinh: () => [dec(-3, 3, 3), '0', String(int(-5, 5))],
    sqrt: () => [String(int(0, 30) ** 2), dec(0, 100, 3), '-4', '2'],
    tan: () => [dec(-1.5, 1.5, 3), '0', String(int(-9, 9))],
    tanh: () => [dec(-3, 3, 3), '0', String(int(-30, 30))],
    bitcount: () => [String(int(0, 1000)), '255', '-1', String(int(-99, 0)), '1.5'],
  };
  let mi = 0;
  for (const [fn, vals] of Object.entries(MATH1)) {
    const f = mi++ % 2 === 0 ? P : V;
    f(`fn-${fn}`, `DSL function ${fn}`, () => C(['--ojson', 'put', `$y = ${fn}($x)`, 'in.dkvp'], { 'in.dkvp': toDKVP(col(withJunk(vals()))) }));
  }
  P('fn-atan2', 'atan2', (v) => C(['--ojson', 'put', '$z = atan2($y, $x)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(5, () => ({ x: numVal(), y: numVal() })).concat([{ x: '0', y: '0' }, { x: '-1', y: '0' }])) }));
  P('fn-pow', 'pow and ** on ints and floats', (v) => C(['--ojson', 'put', '$p = pow($x, $y); $q = $x ** $y', 'in.dkvp'], {
    'in.dkvp': toDKVP([...many(4, () => ({ x: String(int(-9, 9)), y: String(int(0, 12)) })), { x: '2', y: '-2' }, { x: '2', y: '63' }, { x: '2', y: '64' }, { x: dec(0, 4, 2), y: dec(0, 3, 1) }, { x: '-8', y: '0.5' }]) }));
  P('fn-roundm', 'roundm', (v) => C(['--ojson', 'put', '$r = roundm($x, $m)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(6, () => ({ x: numVal(), m: pick(['5', '10', '0.25', '3', '-2', '0.1']) }))) }));
  P('fn-truncate', 'truncate', (v) => C(['--json', 'put', '$t = truncate($s, $n)', 'in.json'], { 'in.json': toJSON(many(5, () => ({ s: pick([...WORDS, ...UNI]), n: String(int(0, 6)) }))) }));
  P('fn-logifit', 'logifit', (v) => C(['--ojson', 'put', '$yhat = logifit($x, $m, $b)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(4, () => ({ x: dec(-5, 5, 2), m: dec(-2, 2, 2), b: dec(-1, 1, 2) }))) }));
  P('fn-mod-arith', 'madd msub mexp mmul', (v) => C(['--ojson', 'put', '$madd = madd($a, $b, $m); $msub = msub($a, $b, $m); $mexp = mexp($a, $b, $m); $mmul = mmul($a, $b, $m)', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(5, () => ({ a: String(int(-50, 500)), b: String(int(0, 60)), m: String(int(2, 97)) }))) }));
  P('fn-min-max', 'min and max over mixed types', (v) => C(['--ojson', 'put', '$mn = min($a, $b, $c); $mx = max($a, $b, $c); $m0 = min(); $m1 = max($a)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(6, () => ({ a: mixedVal(), b: mixedVal(), c: mixedVal() }))) }));
  V('fn-min-max-literals', 'min/max with booleans, strings and numbers', () => endp('print min(1, "abc", true); print max(1, "abc", true); print max(1, 2.5); print min(-1, -1.0); print max("a", "B"); print min([1,2], 3)'));
  // string functions
  const strRows = (n) => many(n, () => ({ s: pick([`  ${pick(WORDS)}   ${pick(WORDS)}  `, pick(UNI), `${pick(WORDS)}-${int(1, 99)}`, pick(WORDS).toUpperCase(), `${pick(NAMES)} ${pick(NAMES)}`, '']) }));
  for (const fn of ['capitalize', 'clean_whitespace', 'collapse_whitespace', 'lstrip', 'rstrip', 'strip', 'strlen', 'tolower', 'toupper']) {
    P(`fn-${fn}`, `DSL function ${fn}`, (v) => C(['--json', 'put', `$y = ${fn}($s)`, 'in.json'], { 'in.json': toJSON(strRows(5)) }));
  }
  V('fn-strlen-types', 'strlen of numbers and UTF-8', () => endp('print strlen(12345); print strlen(1.50); print strlen("héllo"); print strlen(""); print strlen("日本語")'));
  V('fn-toupper-nonstring', 'toupper/capitalize of non-strings', () => endp('print toupper(17); print capitalize(true); print tolower("ÀÉÎ"); print capitalize("éa")'));
  P('fn-format', 'format', (v) => C(['--ojson', 'put', sv(v, '$y = format("{}:{}", $a, $b); $z = format("{}", $a, $b); $w = format("[{}-{}-{}]", $a)', '$y = format("<{}>{}", $b, $a); $z = format("none"); $w = format("{}{}{}{}", $a, $b)'), 'in.dkvp'], { 'in.dkvp': toDKVP(many(3, () => ({ a: pick(WORDS), b: String(int(1, 99)) }))) }));
  P('fn-unformat', 'unformat and unformatx', (v) => C(['--ojson', 'put', '$u = unformat("{}h{}m{}s", $d); $ux = unformatx("{}h{}m{}s", $d); $e = is_error(unformat("{}:{}", $d))', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(4, () => ({ d: pick([`${int(0, 23)}h${int(0, 59)}m${int(0, 59)}s`, `${int(0, 9)}h${dec(0, 59, 2)}m${int(0, 9)}s`, 'xhym', `${int(1, 9)}:${int(1, 9)}`]) }))) }));
  V('fn-unformat-literals', 'unformat examples', () => endp('print unformat("{}:{}:{}", "1:2:3"); print unformat("<>;<>", "3;4"); print unformatx("{}:{}", "0x1F:abc"); print unformat("{}", "")'));
  P('fn-gsub', 'gsub with regex and captures', (v) => C(['--json', 'put', sv(v, '$y = gsub($s, "[aeiou]", "_"); $z = gsub($s, "([a-z])([0-9])", "<\\2\\1>")', '$y = gsub($s, "a", "AA"); $z = gsub($s, "^(.)", "\\1\\1")'), 'in.json'], {
    'in.json': toJSON(many(4, () => ({ s: `${pick(WORDS)}${int(1, 9)}${pick(WORDS)}` }))) }));
  P('fn-sub', 'sub with regex and captures', (v) => C(['--json', 'put', sv(v, '$y = sub($s, "[aeiou]+", "_"); $z = sub($s, "(\\w+)(\\d)", "\\2:\\1")', '$y = sub($s, "l+", "L"); $z = sub($s, "^(..)(.*)$", "\\2\\1")'), 'in.json'], {
    'in.json': toJSON(many(4, () => ({ s: `${pick(WORDS)}${int(1, 9)}${pick(WORDS)}` }))) }));
  P('fn-sub-case-insensitive', 'sub/gsub with "..."i regex', (v) => C(['--json', 'put', '$y = sub($s, "A"i, "<a>"); $z = gsub($s, "[B-E]"i, "#")', 'in.json'], { 'in.json': toJSON(many(4, () => ({ s: pick(WORDS) + pick(WORDS).toUpperCase() }))) }));
  P('fn-ssub-gssub', 'ssub and gssub (no regex)', (v) => C(['--json', 'put', '$y = ssub($s, ".", "X"); $z = gssub($s, ".", "X"); $w = gssub($s, "a", "")', 'in.json'], { 'in.json': toJSON(many(4, () => ({ s: `${pick(WORDS)}.${pick(WORDS)}.${int(1, 9)}` }))) }));
  P('fn-regextract', 'regextract and regextract_or_else', (v) => C(['--json', 'put', sv(v, '$y = regextract($s, "[a-z][a-z][0-9]+"); $z = regextract_or_else($s, "[0-9]{3}", "none")', '$y = regextract($s, "[A-Z]+"); $z = regextract_or_else($s, "^[a-z]+", 0)'), 'in.json'], {
    'in.json': toJSON(many(5, () => ({ s: `${pick(WORDS)} ${pick(['ab', 'x', 'QQ'])}${int(1, 9999)} ${pick(WORDS)}` }))) }));
  P('fn-substr', 'substr, substr0, substr1 with various bounds', (v) => C(['--json', 'put', '$a = substr($s, $m, $n); $b = substr0($s, $m, $n); $c = substr1($s, $m, $n)', 'in.json'], {
    'in.json': toJSON(many(6, () => ({ s: pick([...WORDS, ...UNI, '12345']), m: String(int(-4, 5)), n: String(int(-3, 7)) }))) }));
  V('fn-substr-number', 'substr of a number', () => endp('print substr(12345, 1, 3); print substr1(3.14159, 1, 4); print substr0("hello", 5, 9); print substr1("hello", 0, 2)'));
  P('fn-dot-concat', 'the . operator', (v) => C(['--ojson', 'put', '$c = $a . $b; $d = $a . 1 . $b; $e = "" . $b', 'in.dkvp'], { 'in.dkvp': toDKVP(many(4, () => ({ a: mixedVal(), b: mixedVal() }))) }));
  P('fn-hashes', 'md5 sha1 sha256 sha512', (v) => C(['--json', 'put', '$md5 = md5($s); $sha1 = sha1($s); $sha256 = sha256($s); $sha512 = sha512($s)', 'in.json'], { 'in.json': toJSON(many(2, () => ({ s: pick([pick(WORDS), pick(UNI), '', String(int(1, 999))]) }))) }));
  V('fn-crc32', 'crc32 does not exist in 6.6', () => endp('print crc32("abc")'));
  P('fn-latin1', 'utf8_to_latin1 and latin1_to_utf8', (v) => C(['--json', 'put', '$l = utf8_to_latin1($s); $u = latin1_to_utf8($l); $n = strlen($l)', 'in.json'], { 'in.json': toJSON(many(3, () => ({ s: pick(['café', 'naïve', 'plain', 'Łódź', 'über']) }))) }));
  P('fn-leafcount', 'leafcount, length, depth', (v) => C(['--json', 'put', '$lc = leafcount($*); $len = length($*); $d = depth($*); $lx = length($nosuch); $ds = depth(1)', 'in.json'], { 'in.json': toJSON(many(3, nestedRec)) }));
  // conversion functions
  P('fn-int-float-boolean', 'int, float, boolean conversions', (v) => C(['--ojson', 'put', '$i = int($x); $f = float($x); $b = boolean($x); $s = string($x); $t = typeof(string($x))', 'in.dkvp'], {
    'in.dkvp': toDKVP(col([dec(-9, 9, 2), String(int(-99, 99)), 'true', 'false', '0x1F', '1e3', pick(WORDS), '', '0', '-3.7'])) }));
  P('fn-fmtnum', 'fmtnum with common formats', (v) => {
    const fmts = sv(v, ['%d', '%5d', '%-5d|', '%08.3lf', '%.2f', '%x', '%08x', '%o', '%e', '%.3le', '%g', '%lld', '%s'], ['%i', '%3d', '%-8d|', '%010.4f', '%.0lf', '%X', '%llx', '%.5e', '%G', '%lf', '%5.1f', '[%d]', 'x%.1fy']);
    return C(['--ojson', 'put', fmts.map((f, i) => `$f${i} = fmtnum($x, "${f}")`).join('; '), 'in.dkvp'], { 'in.dkvp': toDKVP(col([String(int(-999, 999)), dec(-99, 99, 4), '0', pick(WORDS)])) });
  });
  V('fn-fmtnum-bad-format', 'fmtnum with a format lacking %', () => endp('print fmtnum(17, "abc"); print fmtnum(3.1, "%d%d")'));
  V('fn-fmtnum-bool', 'fmtnum of booleans and strings', () => endp('print fmtnum(true, "%d"); print fmtnum("abc", "%d"); print fmtnum("", "%d"); print fmtnum(3, "%08.3lf")'));
  P('fn-fmtifnum', 'fmtifnum', (v) => C(['--ojson', 'put', sv(v, '$* = fmtifnum($*, "%.3f")', '$y = fmtifnum($x, "%08d"); $z = fmtifnum($w, "%.1e")'), 'in.dkvp'], { 'in.dkvp': toDKVP(many(3, () => ({ x: mixedVal(), w: mixedVal(), s: pick(WORDS) }))) }));
  P('fn-hexfmt', 'hexfmt', (v) => C(['--ojson', 'put', '$h = hexfmt($x)', 'in.dkvp'], { 'in.dkvp': toDKVP(col([String(int(0, 100000)), '255', '-1', String(-int(1, 99)), dec(0, 9, 2), pick(WORDS)])) }));
  P('fn-joins', 'joink, joinv, joinkv', (v) => C(['--ojson', 'put', sv(v, '$k = joink($*, ","); $v = joinv($*, ";"); $kv = joinkv($*, "=", "&")', '$k = joink($*, "|"); $v = joinv($*, " "); $kv = joinkv($*, ":", ",")'), 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(3)) }));
  V('fn-joins-arrays', 'joink/joinv/joinkv on arrays', () => endp('print joink([3,4,5], ","); print joinv([3,4,5], ","); print joinkv([3,4,5], "=", ","); print joinv({}, ",")'));
  P('fn-splits', 'splitax, splita, splitnv, splitnvx', (v) => C(['--json', 'put', '$a = splita($s, ","); $ax = splitax($s, ","); $nv = splitnv($s, ","); $nvx = splitnvx($s, ",")', 'in.json'], {
    'in.json': toJSON(many(3, () => ({ s: many(int(1, 4), () => pick([String(int(1, 99)), pick(WORDS), dec(0, 1, 2), ''])).join(',') }))) }));
  P('fn-splitkv', 'splitkv and splitkvx', (v) => C(['--json', 'put', '$kv = splitkv($s, "=", ";"); $kvx = splitkvx($s, "=", ";")', 'in.json'], {
    'in.json': toJSON(many(3, () => ({ s: many(int(1, 4), () => `${pick(['a', 'b', 'c', 'd'])}=${pick([String(int(1, 99)), pick(WORDS)])}`).join(';') + sv(v, '', ';novalue') }))) }));
  V('fn-split-empty', 'splitting the empty string and non-strings', () => endp('print splitax("", ","); print splita(12345, 3); print splitnv("a", ","); print splitkv("", "=", ","); print splitax("abc", "")'));
  V('fn-string-of-collections', 'string() of maps and arrays', () => endp('print string({"a": 1, "b": [1, 2]}); print typeof(string([1])); print string(3.0) . "|"'));
  // typing
  const typeVals = ['1', '2.5', '-3', 'abc', '', 'true', '0x10'];
  P('fn-typeof', 'typeof and asserting_null on record values', (v) => C(['--ojson', 'put', '$t = typeof($x); $u = typeof($nosuch); $m = typeof($*); $a = typeof([1]); $n = typeof(@nothing)', 'in.dkvp'], { 'in.dkvp': toDKVP(col(v ? [mixedVal(), mixedVal(), mixedVal(), 'false'] : typeVals)) }));
  const ISF = ['is_absent', 'is_array', 'is_bool', 'is_boolean', 'is_empty', 'is_empty_map', 'is_error', 'is_float', 'is_int', 'is_map',
    'is_nan', 'is_nonempty_map', 'is_not_array', 'is_not_empty', 'is_not_map', 'is_not_null', 'is_null', 'is_numeric', 'is_present', 'is_string'];
  for (let g = 0; g < ISF.length; g += 4) {
    const fns = ISF.slice(g, g + 4);
    P(`fn-is-${g / 4 + 1}`, `typing predicates ${fns.join(' ')}`, (v) => C(['--ojson', 'put', fns.map((f) => `$${f.slice(3)} = ${f}($x)`).join('; '), 'in.dkvp'], { 'in.dkvp': toDKVP(col(v ? [mixedVal(), mixedVal(), pick(WORDS), ''] : typeVals)) }));
  }
  V('fn-is-collections', 'typing predicates on maps, arrays, absent, error', () => endp(ISF.map((f) => `print "${f}: " . ${f}({}) . " " . ${f}({"a":1}) . " " . ${f}([]) . " " . ${f}(@nosuch) . " " . ${f}(asserting_int(1) . "") . " " . ${f}(true)`).join(';\n')));
  V('fn-is-nan', 'is_nan on NaN from arithmetic', () => endp('print is_nan(0/0); print is_nan(log(-1)); print is_nan(1); print is_nan("NaN")'));
  const ASSERTS = [
    ['asserting_absent', '$nosuch', '$x'], ['asserting_array', '[1,2]', '$x'], ['asserting_bool', 'true', '$x'], ['asserting_boolean', '1 < 2', '"true"'],
    ['asserting_empty', '""', '$x'], ['asserting_empty_map', '{}', '{"a":1}'], ['asserting_error', 'asserting_int(1) . ""', '$x'],
    ['asserting_float', '1.5', '$x'], ['asserting_int', '$x', '"x"'], ['asserting_map', '$*', '$x'], ['asserting_nonempty_map', '$*', '{}'],
    ['asserting_not_array', '$x', '[1]'], ['asserting_not_empty', '$x', '""'], ['asserting_not_map', '$x', '$*'], ['asserting_not_null', '$x', '""'],
    ['asserting_null', '""', '$x'], ['asserting_numeric', '$x', '"abc"'], ['asserting_present', '$x', '$nosuch'], ['asserting_string', '"s"', '$x'],
  ];
  for (const [fn, ok, bad] of ASSERTS) {
    V(`fn-${fn.replace(/_/g, '-')}`, `${fn}: a passing and a failing assertion`, () => C(['--ojson', 'put', `$ok = typeof(${fn}(${ok})); $bad = ${fn}(${bad})`, 'in.dkvp'], { 'in.dkvp': `x=${int(1, 99)}\n` }));
  }
  // collections
  P('fn-map-ops', 'mapdiff, mapsum, mapselect, mapexcept', (v) => C(['--ojson', 'put', sv(v, '$d = mapdiff($*, {"a": 0}); $s = mapsum($*, {"z": 1}); $sel = mapselect($*, "a", "x"); $exc = mapexcept($*, ["a", "b"])',
    '$d = mapdiff($*, {"x": 0}, {"y": 0}); $s = mapsum({"a": 9}, $*); $sel = mapselect($*, ["b", "i", "nope"]); $exc = mapexcept($*, "x", "y")'), 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(2)) }));
  V('fn-map-ops-empty', 'map functions with no or few arguments', () => endp('print mapdiff(); print mapsum(); print mapdiff({"a":1}); print mapselect({1:2,3:4,5:6}, 1, 5, 7); print mapexcept({1:2,3:4,5:6}, [1, 5, 7])'));
  P('fn-get-keys-values', 'get_keys, get_values, haskey', (v) => C(['--ojson', 'put', '$k = get_keys($*); $v = get_values($*); $h1 = haskey($*, "a"); $h2 = haskey($*, "zz"); $h3 = haskey([1,2,3], -1); $h4 = haskey([1,2,3], 4)', 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(2)) }));
  V('fn-haskey-array', 'haskey on arrays and bad arguments', () => endp('print haskey([1,2,3], 0); print haskey([1,2,3], -3); print haskey([1,2,3], -4); print haskey("abc", 1); print haskey({"1": 2}, 1)'));
  P('fn-append-concat', 'append and concat', (v) => C(['--ojson', 'put', '$a = append([1, 2], $x); $c = concat($x, [$y], []); $d = concat(); $e = concat($x); $f = append([], [1])', 'in.dkvp'], { 'in.dkvp': toDKVP(many(2, () => ({ x: String(int(1, 9)), y: pick(WORDS) }))) }));
  P('fn-arrayify', 'arrayify', (v) => C(['--ojson', 'put', '$a = arrayify({"1": $x, "2": $y}); $b = arrayify({"1": 2, "3": 4}); $c = arrayify({"a": {"1": "x", "2": "y"}})', 'in.dkvp'], { 'in.dkvp': toDKVP(many(2, () => ({ x: String(int(1, 9)), y: pick(WORDS) }))) }));
  P('fn-flatten-unflatten', 'flatten and unflatten functions', (v) => C(['--json', 'put', sv(v, '$f = flatten($loc, ":"); $g = flatten("pre", ".", $loc); $u = unflatten({"a.b": 1, "a.c": 2, "d": 3}, ".")', '$f = flatten($*, "_"); $u = unflatten(flatten($*, ";"), ";")'), 'in.json'], { 'in.json': toJSON(many(2, () => ({ id: String(int(1, 9)), loc: { city: pick(CITIES), geo: { lat: dec(-9, 9, 2) } } }))) }));
  P('fn-json-encode-decode', 'json_parse and json_stringify', (v) => C(['--json', 'put', '$s = json_stringify($m); $ml = json_stringify($m, true); $p = json_parse($j); $n = json_stringify(3.50)', 'in.json'], {
    'in.json': toJSON(many(2, () => ({ m: { a: String(int(1, 9)), b: [pick(WORDS), String(int(1, 9))] }, j: pick(['{"x": [1, {"y": null}]}', '[true, false]', '"str"', '12.50']) }))) }));
  V('fn-json-decode-invalid', 'json_parse of invalid text', () => endp('print json_parse("{abc"); print typeof(json_parse("[1,"))'));
  // higher-order functions
  P('fn-apply-select', 'apply and select on arrays and maps', (v) => C(['--ojson', 'put', sv(v, '$a = apply([$x, $i, 3], func(e) { return e * 2 }); $s = select($*, func(k, v) { return is_numeric(v) && v > 0.5 })',
    '$a = apply($*, func(k, v) { return {toupper(k): typeof(v)} }); $s = select([1, 2, 3, 4, 5, 6], func(e) { return e % 2 == 0 })'), 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(2)) }));
  P('fn-reduce-fold', 'reduce and fold', (v) => C(['--ojson', 'put', sv(v, '$r = reduce([1, 2, 3, $i], func(acc, e) { return acc + e ** 2 }); $f = fold($*, func(acck, accv, ek, ev) { return {"len": accv + strlen(ev)} }, {"len": 0})',
    '$r = reduce($*, func(acck, accv, ek, ev) { return {"keys": accv . ek} }); $f = fold([1, 2, 3], func(acc, e) { return acc * e }, $i + 1)'), 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(3)) }));
  P('fn-any-every', 'any and every', (v) => C(['--ojson', 'put', '$any = any([$x, $y], func(e) { return e > 0.5 }); $every = every($*, func(k, v) { return strlen(string(v)) > 2 })', 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(4)) }));
  V('fn-reduce-empty', 'reduce/fold on empty collections', () => endp('print reduce([], func(acc, e) { return acc + e }); print fold([], func(acc, e) { return acc + e }, 10); print any([], func(e) { return true }); print every([], func(e) { return false })'));
  V('fn-hofs-errors', 'higher-order function with a wrong-arity callback', () => endp('print apply([1, 2], func(a, b) { return a })'));
  P('fn-sort-flags', 'sort function with flags', (v) => {
    const arr = JSON.stringify(sv(v, [5, 'A', 1, 'b', 22, 'B', 'a10', 'a2', 3.5], [100, 'x', 7, 'X', 'file10', 'file2', -1, 'abc', 0.5]));
    return endp(['', 'f', 'c', 'cr', 't', 'tr', 'nr'].map((f) => `print sort(${arr}${f ? `, "${f}"` : ''})`).join(';\n'));
  });
  P('fn-sort-maps', 'sort on maps by key and value', (v) => C(['--ojson', 'put', '-q', 'end { emit1 {"bykey": sort(@m), "byval": sort(@m, "v"), "byvalnr": sort(@m, "vnr"), "rev": sort(@m, "r")} } @m[$a . "_" . $i] = $x', 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(5)) }));
  P('fn-sort-func', 'sort with a comparator function', (v) => C(['put', '-q', sv(v, 'begin { @v = [] } end { print sort(@v, func(a, b) { return b <=> a }); print sort(@m, func(ak, av, bk, bv) { return av <=> bv }) } @v = append(@v, $x); @m[$a . NR] = $i',
    'begin { @v = [] } end { print sort(@v, func(a, b) { return a <=> b }); print sort(@m, func(ak, av, bk, bv) { return bk <=> ak }) } @v = append(@v, $y); @m[$b . NR] = $x'), 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(4)) }));
  // time functions
  const secs = () => [String(int(0, 2000000000)), dec(1e9, 1.7e9, 3), String(-int(1, 1e8)), '0'];
  P('fn-sec2gmt', 'sec2gmt with 1 and 2 arguments', (v) => C(['--ojson', 'put', '$g = sec2gmt($t); $g3 = sec2gmt($t, 3); $g0 = sec2gmt($t, 0); $d = sec2gmtdate($t)', 'in.dkvp'], { 'in.dkvp': toDKVP(col(withJunk(secs())).map((r) => ({ t: r.x }))) }));
  P('fn-gmt2sec', 'gmt2sec', (v) => C(['--ojson', 'put', '$s = gmt2sec($g)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(5, () => ({ g: pick([`${int(1970, 2030)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}T${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))}Z`, `${int(1970, 2030)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`, `${int(1970, 2030)}-${pad2(int(1, 12))}-${pad2(int(1, 28))} ${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))}`, 'garbage']) }))) }));
  P('fn-sec2dhms', 'sec2dhms, fsec2dhms, sec2hms, fsec2hms', (v) => C(['--ojson', 'put', '$a = sec2dhms($s); $b = fsec2dhms($s); $c = sec2hms($s); $d = fsec2hms($s)', 'in.dkvp'], {
    'in.dkvp': toDKVP(col([String(int(0, 100)), String(int(100, 100000)), String(int(100000, 10000000)), dec(0, 100000, 3), String(-int(1, 5000)), '0', pick(WORDS)]).map((r) => ({ s: r.x }))) }));
  P('fn-dhms2sec', 'dhms2sec, dhms2fsec, hms2sec, hms2fsec', (v) => C(['--ojson', 'put', '$a = dhms2sec($d); $b = dhms2fsec($d); $c = hms2sec($h); $e = hms2fsec($h)', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(5, () => ({ d: pick([`${int(1, 9)}d${int(0, 23)}h${int(0, 59)}m${int(0, 59)}s`, `${int(0, 59)}m${dec(0, 59, 3)}s`, `${int(1, 99)}s`, `-${int(1, 9)}h${int(1, 9)}s`, 'xyz']),
      h: pick([`${pad2(int(0, 99))}:${pad2(int(0, 59))}:${pad2(int(0, 59))}`, `${int(0, 59)}:${pad2(int(0, 59))}`, `${int(0, 9999)}`, `${pad2(int(0, 23))}:${pad2(int(0, 59))}:${dec(0, 59, 3)}`, `-00:${pad2(int(0, 59))}:01`]) }))) }));
  P('fn-strftime', 'strftime with many conversions', (v) => C(['--ojson', 'put', sv(v, '$a = strftime($t, "%Y-%m-%dT%H:%M:%SZ"); $b = strftime($t, "%A %a %B %b %d %e %j"); $c = strftime($t, "%I:%M %p %y %D %T"); $d = strftime($t, "%3S|%6S|%9S|%1S")',
    '$a = strftime($t, "%F %T %Z %z"); $b = strftime($t, "%u %w %U %V %C %h"); $c = strftime($t, "%R %r %v %x %X"); $d = strftime($t, "%H%M%2S %k|%l")'), 'in.dkvp'], { 'in.dkvp': toDKVP(col(secs()).map((r) => ({ t: r.x }))) }));
  V('fn-strftime-unsupported', 'strftime with unsupported conversions', () => endp('print strftime(0, "%s"); print strftime(0, "%Q"); print strftime("abc", "%Y"); print strftime(0, "no conversions")'));
  P('fn-strptime', 'strptime with several formats', (v) => {
    const t = int(0, 1.9e9);
    const d = new Date(t * 1000);
    const Y = d.getUTCFullYear(), m = pad2(d.getUTCMonth() + 1), dd = pad2(d.getUTCDate()), H = pad2(d.getUTCHours()), M = pad2(d.getUTCMinutes()), S = pad2(d.getUTCSeconds());
    return endp([
      `print strptime("${Y}-${m}-${dd}T${H}:${M}:${S}Z", "%Y-%m-%dT%H:%M:%SZ")`,
      `print strptime("${Y}-${m}-${dd}", "%Y-%m-%d")`,
      `print strptime("${dd}/${m}/${Y} ${H}:${M}", "%d/%m/%Y %H:%M")`,
      `print strptime("${Y}-${m}-${dd} ${H}:${M}:${S}.${int(100, 999)}", "%Y-%m-%d %H:%M:%S")`,
      `print strptime("${t}", "%s")`,
      `print strptime("1970-01-01 00:00:00 -0${int(1, 9)}00", "%Y-%m-%d %H:%M:%S %z")`,
      `print strptime("${m}/${dd}/${String(Y).slice(2)} ${pad2(int(1, 12))}:${M} ${pick(['AM', 'PM'])}", "%m/%d/%y %I:%M %p")`,
      `print strptime("${Y}-${m}", "%Y-%m-%d")`,
      `print strptime("nonsense", "%Y")`,
      `print strptime("${Y} ${int(1, 365)}", "%Y %j")`,
    ].join(';\n'));
  });
  P('fn-localtime', 'local-time functions with explicit time zones', (v) => {
    const tz = sv(v, 'Asia/Istanbul', 'America/Sao_Paulo');
    const tz2 = sv(v, 'America/New_York', 'Asia/Tokyo');
    const t = int(0, 1.9e9);
    return endp([
      `print sec2localtime(${t}, 0, "${tz}")`, `print sec2localtime(${t}.${int(100, 999)}, 3, "${tz2}")`, `print sec2localdate(${t}, "${tz}")`,
      `print localtime2gmt("2000-01-01 00:00:00")`, `print strftime_local(${t}, "%Y-%m-%d %H:%M:%S %Z %z", "${tz2}")`,
      `print strptime_local("2015-08-28 13:33:21", "%Y-%m-%d %H:%M:%S", "${tz}")`, `print localtime2sec("2001-02-03 04:05:06", "${tz2}")`,
      `print gmt2localtime("1999-12-31T22:00:00Z", "${tz}")`, `print localtime2gmt("2000-01-01 00:00:00")`,
    ].join(';\n'));
  });
  P('fn-localtime-tz-flag', 'local-time functions using --tz', (v) => C(['--tz', sv(v, 'Europe/Berlin', 'Australia/Sydney'), '-n', 'put', `end { print sec2localtime(${int(0, 1.9e9)}); print sec2localdate(${int(0, 1.9e9)}); print localtime2sec("2020-06-01 12:00:00"); print strftime_local(${int(0, 1.9e9)}, "%c %Z") }`]));
  P('fn-localtime-TZ-env', 'local-time functions using the TZ variable', (v) => C(['-n', 'put', `end { print sec2localtime(${int(0, 1.9e9)}, 2); print localtime2gmt("2021-03-04 05:06:07"); print gmt2localtime("2021-03-04T05:06:07Z") }`], {}, undefined, { TZ: sv(v, 'Asia/Kolkata', 'America/Denver') }));
  V('fn-localtime-bad-tz', 'unknown time zone name', () => endp('print sec2localtime(0, 0, "Nowhere/Special")'));
  V('fn-version', 'version()', () => endp('print version()'));
  // ================================================================== 6. DSL operators and semantics
  P('op-arith-int', 'int arithmetic + - * / // % **', (v) => C(['--ojson', 'put', '$sum = $a + $b; $diff = $a - $b; $prod = $a * $b; $quot = $a / $b; $iq = $a // $b; $mod = $a % $b; $neg = -$a; $pos = +$b', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(6, () => ({ a: String(int(-100, 100)), b: String(pick([int(-9, -1), int(1, 9), 0])) }))) }));
  P('op-arith-float', 'float arithmetic', (v) => C(['--ojson', 'put', '$sum = $a + $b; $diff = $a - $b; $prod = $a * $b; $quot = $a / $b; $iq = $a // $b; $mod = $a % $b', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(6, () => ({ a: dec(-10, 10, int(1, 4)), b: pick([dec(-5, 5, 2), String(int(1, 5)), '0.0']) }))) }));
  P('op-int-overflow', 'integer overflow to float and dot operators', (v) => C(['--ojson', 'put', '$p = $a * $b; $s = $a + $a; $dp = $a .* $b; $ds = $a .+ $a; $dm = -$a .- $a; $dd = $a ./ $b', 'in.dkvp'], {
    'in.dkvp': toDKVP([{ a: '9223372036854775807', b: '2' }, { a: String(int(1e9, 4e9)), b: String(int(1e9, 4e9)) }, { a: '4611686018427387904', b: '-2' }, { a: String(int(-99, 99)), b: String(int(1, 9)) }]) }));
  V('op-int-literals', 'int literals: hex, binary, octal, big', () => endp('print 0xff + 1; print 0b1011; print 0o17; print 9223372036854775807; print 9223372036854775808; print -0x10; print 1e3; print .5 + 5.; print 0xffffffffffffffff'));
  P('op-bitwise', 'bitwise & | ^ ~ << >> >>>', (v) => C(['--ojson', 'put', '$and = $a & $b; $or = $a | $b; $xor = $a ^ $b; $not = ~$a; $shl = $a << 3; $shr = $a >> 2; $ushr = $a >>> 2', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(5, () => ({ a: String(int(-300, 300)), b: String(int(0, 255)) }))) }));
  V('op-bitwise-float', 'bitwise operators on floats', () => endp('print 1.5 & 3; print 7 | "a"'));
  P('op-compare', 'comparison operators on mixed types', (v) => C(['--ojson', 'put', '$lt = $a < $b; $le = $a <= $b; $gt = $a > $b; $ge = $a >= $b; $eq = $a == $b; $ne = $a != $b; $cmp = $a <=> $b', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(8, () => ({ a: mixedVal(), b: mixedVal() }))) }));
  V('op-compare-literals', 'comparisons of literals', () => endp('print 10 < 9; print "10" < "9"; print "abc" < "abd"; print 1 == 1.0; print "1" == 1; print true == "true"; print [1,2] == [1,2]; print {"a":1} == {"a":1}; print 3 <=> 3; print "b" <=> "a"'));
  P('op-logical', 'logical && || ^^ ! and short-circuit', (v) => C(['--ojson', 'put', '$and = $p && $q; $or = $p || $q; $xor = $p ^^ $q; $not = !$p', 'in.dkvp'], {
    'in.dkvp': toDKVP([{ p: 'true', q: 'false' }, { p: 'false', q: 'false' }, { p: 'true', q: 'true' }, { p: 'false', q: 'true' }].slice(v === 0 ? 0 : 1)) }));
  V('op-logical-absent', 'logical operators with absent and non-boolean operands', () => C(['--ojson', 'put', '$a = $nosuch || true; $b = true && $nosuch; $c = false || $nosuch; $d = !$nosuch; $e = false && (1/0 > 0)', 'in.dkvp'], { 'in.dkvp': 'x=1\n' }));
  V('op-logical-error', 'logical operator on a string', () => C(['put', '$y = $x && true', 'in.dkvp'], { 'in.dkvp': 'x=abc\n' }));
  P('op-ternary', 'ternary ?:', (v) => C(['--ojson', 'put', sv(v, '$size = $x > 0.5 ? "big" : "small"; $n = $i % 2 == 0 ? $i : -$i', '$size = $y < 0.3 ? "low" : $y < 0.6 ? "mid" : "high"'), 'in.dkvp'], { 'in.dkvp': toDKVP(abixy(5)) }));
  P('op-absent-coalesce', '?? and ??? operators', (v) => C(['--ojson', 'put', '$a2 = $a ?? "dflt"; $b2 = $b ??? "dflt"; $c2 = $c ?? "dflt"; $z = $nosuch ?? $nosuch2 ?? 7; $e = asserting_int(1) . "" ??? "err"', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(4, () => { const r = {}; if (chance(0.6)) r.a = chance(0.5) ? '' : pick(WORDS); r.b = chance(0.5) ? '' : String(int(1, 9)); if (chance(0.5)) r.c = ''; return r; })) }));
  P('op-regex-match', '=~ with captures and !=~', (v) => C(['--json', 'put', sv(v, 'if ($s =~ "^([a-z]+)([0-9]+)$") { $word = "\\1"; $num = "\\2" } else { $word = "none" } $nm = $s !=~ "[0-9]"',
    '$m = $s =~ "([0-9])([0-9])"; if ($m) { $swap = "\\2\\1" } $ci = $s =~ "^[A-C]"i'), 'in.json'], {
    'in.json': toJSON(many(6, () => ({ s: pick([`${pick(WORDS)}${int(1, 999)}`, pick(WORDS), `${int(10, 99)}x`, `${pick(WORDS).toUpperCase()}`]) }))) }));
  V('op-regex-captures-persist', 'captures persist until the next match', () => C(['--ojson', 'put', '$a = "\\1"; if ($s =~ "(b+)") { $b = "\\1" } $c = "\\1"; $s =~ "zzz"; $d = "\\1"', 'in.dkvp'], { 'in.dkvp': 's=abbbc\ns=xyz\n' }));
  V('op-regex-special', 'regex with special characters and escapes', () => endp('print "a.b" =~ "a\\.b"; print "a+b" =~ "a[+]b"; print sub("x*y", "\\*", "-"); print gsub("a\\tb", "\\t", "T"); print "ABC" =~ "b"i; print regextract("tel: 555-1234", "[0-9]+-[0-9]+")'));
  P('op-string-mult', 'arithmetic on numeric strings from data', (v) => C(['--ojson', 'put', '$y = $x * 2; $z = $x . $x; $w = -$x', 'in.dkvp'], { 'in.dkvp': toDKVP(col(withJunk([numVal(), numVal(), '0x10', '1e2']))) }));
  P('op-dot-precedence', 'operator precedence', (v) => endp(sv(v, 'print 1 + 2 * 3; print (1 + 2) * 3; print 2 ** 3 ** 2; print -2 ** 2; print 1 . 2 + 3; print 1 < 2 == true; print !true || true; print 7 - 3 - 2; print 2 * 3 % 4',
    'print 10 - 2 * 3; print (10 - 2) * 3; print 3 ** 2 ** 2; print -3 ** 2; print 4 . 5 * 2; print 1 + 1 == 2 && 3 > 2; print 8 / 2 / 2; print 1 << 2 + 1; print 6 & 3 | 8')));
  V('op-division', 'division results: exact ints, floats, by zero', () => endp('print 6 / 3; print 7 / 2; print -7 / 2; print 1 / 0; print -1 / 0; print 0 / 0; print 6 // 4; print -6 // 4; print 6.0 // 4; print 7 % 5; print -7 % 5; print 7 % -5; print 5 % 0; print 7.5 % 2'));
  V('op-exponent', 'exponentiation corner cases', () => endp('print 2 ** 62; print 2 ** 63; print 2 ** -2; print 0 ** 0; print (-8) ** (1/3); print 1.5 ** 2; print 10 ** 20; print 3 ** 40'));
  V('op-min-int', 'int64 edge cases', () => endp('print -9223372036854775808; print -9223372036854775807 - 1; print 9223372036854775807 * -1; print 5000000000 * 5000000000; print 3037000500 * 3037000500'));
  // ================================================================== 7. DSL statements
  P('dsl-assign-new-fields', 'assignments create fields in order', (v) => ex(v, ['put', sv(v, '$ratio = $quantity / $rate; $z = NR', '$qr = $quantity * $rate; $k = $k * 100')], 5));
  P('dsl-filter-basic', 'filter with a boolean expression', (v) => ex(v, ['filter', sv(v, '$color == "red"', '$quantity > 50 && $shape != "square"')]));
  P('dsl-filter-x', 'filter -x', (v) => ex(v, ['filter', '-x', sv(v, '$color == "red"', '$index > 50')]));
  P('dsl-filter-last-bare-boolean', 'filter uses the last bare boolean', (v) => ex(v, ['filter', sv(v, '$ab = $k + $index; $ab > 50', 'true; $rate < 5')]));
  P('dsl-filter-keyword-in-put', 'filter keyword inside put', (v) => ex(v, ['put', sv(v, 'filter $k % 2 == 0', '$x = 1; filter $shape =~ "^[ct]"')]));
  P('dsl-put-q-emit', 'put -q with emit', (v) => ex(v, ['put', '-q', sv(v, 'emit mapexcept($*, "flag", "k")', '@count[$shape] += 1; end { emit @count, "shape" }')].map((x) => x.replace('emit mapexcept', 'emit1 mapexcept'))));
  P('dsl-put-x', 'put -x (filter false records)', (v) => ex(v, ['put', '-x', sv(v, 'filter $k > 3', 'filter $color == "red"')]));
  P('dsl-put-S-F', 'put -S and -F are no-ops', (v) => ex(v, ['put', sv(v, '-S', '-F'), '$z = $k . $index'], 4));
  P('dsl-filter-S', 'filter -S no-op', (v) => ex(v, ['filter', '-S', '$k < 4']));
  P('dsl-put-s', 'put -s name=value', (v) => ex(v, ['put', '-s', `mult=${int(2, 9)}`, '-s', `tag=${pick(WORDS)}`, '$y = $k * @mult; $t = @tag; $ty = typeof(@mult)'], 4));
  P('dsl-put-f', 'put -f script file', (v) => C(['--icsv', '--ojson', 'put', '-f', 'prog.mlr', 'in.csv'], {
    'prog.mlr': sv(v, '# compute\n$total = $quantity * $rate;\nif ($total > 300) {\n  $big = true\n}\n', 'func f(x) {\n  return x * 2\n}\n$y = f($k);\n'), 'in.csv': toCSV(example(v, 5).slice(0, 5)) }));
  P('dsl-put-f-e', 'put -f with -e', (v) => C(['--icsv', '--ojson', 'put', '-f', 'lib.mlr', '-e', sv(v, '$y = double($k)', '$y = double($index) . "!"'), 'in.csv'], { 'lib.mlr': 'func double(x) {\n  return 2 * x\n}\n', 'in.csv': toCSV(exampleRows(3)) }));
  V('dsl-put-e-multi', 'put with several -e', () => ex(0, ['put', '-e', '$a = 1;', '-e', '$b = $a + $k'], 3));
  P('dsl-filter-f', 'filter -f', (v) => C(['--icsv', '--ocsv', 'filter', '-f', 'f.mlr', 'in.csv'], { 'f.mlr': sv(v, '$shape == "square"\n', '$index > 40 && $flag == "true"\n'), 'in.csv': EXAMPLE_CSV }));
  P('dsl-load', '--load a DSL library', (v) => C(['--icsv', '--ojson', '--load', 'lib.mlr', 'put', '$y = sq($k)', 'in.csv'], { 'lib.mlr': sv(v, 'func sq(x) { return x * x }\n', 'func sq(x) { return x ** 3 }\n'), 'in.csv': toCSV(exampleRows(3)) }));
  V('dsl-mload', '--mload several DSL files', () => C(['--icsv', '--ojson', '--mload', 'a.mlr', 'b.mlr', '--', 'put', '$y = f($k) + g($k)', 'in.csv'], { 'a.mlr': 'func f(x) { return x + 1 }\n', 'b.mlr': 'func g(x) { return x * 10 }\n', 'in.csv': toCSV(exampleRows(3)) }));
  P('dsl-begin-end', 'begin and end blocks with oosvars', (v) => ex(v, ['put', '-q', sv(v, 'begin { @sum = 0; @n = 0 } @sum += $quantity; @n += 1; end { emit (@sum, @n) }', 'begin { @max = -1 } @max = max(@max, $index); end { emitf @max }')]));
  P('dsl-emit-keyed', 'emit @sums, "key"', (v) => ex(v, ['put', '-q', '@sum[$shape] += $quantity; end { emit @sum, "shape" }']));
  P('dsl-emit-2keys', 'emit with two keys', (v) => ex(v, ['put', '-q', '@sum[$shape][$color] += $quantity; end { emit @sum, "shape", "color" }']));
  P('dsl-emit-1key-of-2', 'emit two-level map by one key', (v) => ex(v, ['put', '-q', '@sum[$shape][$color] += $index; end { emit @sum, "shape" }']));
  P('dsl-emit-nokeys', 'emit two-level map with no keys', (v) => ex(v, ['put', '-q', '@sum[$shape][$color] += 1; end { emit @sum }']));
  P('dsl-emitp', 'emitp with and without keys', (v) => ex(v, ['put', '-q', sv(v, '@sum[$shape][$color] += $k; end { emitp @sum, "shape" }', '@sum[$shape][$color] += $k; end { emitp @sum }')]));
  P('dsl-emitp-flatsep', 'emitp with --flatsep', (v) => ex(v, ['--flatsep', sv(v, ':', '/'), 'put', '-q', '@s[$shape][$color] += 1; end { emitp @s }']));
  P('dsl-emit-lashed', 'emit lashed (@a, @b)', (v) => ex(v, ['put', '-q', '@count[$shape] += 1; @sum[$shape] += $quantity; end { emit (@count, @sum), "shape" }']));
  P('dsl-emitp-lashed', 'emitp lashed', (v) => ex(v, ['put', '-q', '@count[$shape][$flag] += 1; @sum[$shape][$flag] += $rate; end { emitp (@count, @sum), "shape" }']));
  P('dsl-emit-all', 'emit @* and emit all', (v) => ex(v, ['put', '-q', sv(v, '@a[$shape] = $k; @b[$shape] = $index; end { emit @*, "shape" }', '@n = NR; @last = $color; end { emit all }')]));
  P('dsl-emitf', 'emitf several oosvars', (v) => ex(v, ['put', '-q', '@count += 1; @sum += $quantity; @max = max(@max, $rate); end { emitf @count, @sum, @max }']));
  P('dsl-emit1', 'emit1 of a map expression', (v) => ex(v, ['put', '-q', sv(v, 'emit1 {"k": $k, "double": $k * 2}', 'emit1 mapsum({"nr": NR}, mapselect($*, "color"))')]));
  P('dsl-emit-redirect-stderr', 'emit > stderr', (v) => ex(v, ['put', '-q', '@c[$shape] += 1; end { emit > stderr, @c, "shape" }']));
  P('dsl-emit-map-literal', 'emit of a local map and a map-valued field', (v) => ex(v, ['put', '-q', 'map m = {"shape": $shape, "x": $k * 3}; emit m']));
  P('dsl-emit-in-main', 'emit inside the main block adds records', (v) => ex(v, ['put', '@running += $quantity; emit @running'], 4));
  P('dsl-tee-redirect', 'tee > stderr', (v) => ex(v, ['put', '-q', 'tee > stderr, $*'], 4));
  P('dsl-print-stderr', 'print > stderr and eprint', (v) => ex(v, ['put', sv(v, 'print > stderr, $color; eprint "k=" . $k', 'eprintn $shape . " "; eprint ""')], 4));
  P('dsl-print-q', 'print and printn with put -q', (v) => ex(v, ['put', '-q', sv(v, 'print $color . ":" . $k', 'printn $k . ","; end { print "" }')]));
  P('dsl-dump', 'dump oosvars', (v) => ex(v, ['put', '-q', sv(v, '@sum[$shape] += $k; @n += 1; end { dump }', '@last = $*; @all[NR] = $color; end { dump }')]));
  P('dsl-edump', 'edump to stderr', (v) => ex(v, ['put', '-q', '@c[$color] += 1; end { edump }']));
  P('dsl-dump-expr', 'dump of an expression', (v) => ex(v, ['put', '-q', sv(v, 'end { dump {"a": [1, {"b": 2}]} } @x = 1', 'end { dump @x } @x[NR] = $k')], 3));
  P('dsl-unset', 'unset fields', (v) => ex(v, ['put', sv(v, 'unset $flag, $k', 'unset $*["rate"]; unset $[[1]]')], 4));
  V('dsl-unset-all', 'unset $*', () => ex(0, ['put', 'unset $*; $new = NR'], 3));
  P('dsl-unset-oosvar', 'unset oosvars', (v) => ex(v, ['put', '-q', '@s[$shape] = $k; @t = 1; end { unset @s["circle"]; unset @t; dump }']));
  P('dsl-if-elif-else', 'if / elif / else', (v) => ex(v, ['put', sv(v, 'if ($k < 3) { $c = "low" } elif ($k < 7) { $c = "mid" } else { $c = "high" }', 'if ($shape == "square") { $s = 1 } elif ($shape == "circle") { $s = 2 }')]));
  P('dsl-pattern-action', 'pattern-action blocks', (v) => ex(v, ['put', sv(v, 'NR == 2 { $second = true } $k > 8 { $late = "yes" }', '$color =~ "^p" { $p = 1 }')]));
  P('dsl-while', 'while loop', (v) => ex(v, ['put', sv(v, 'var n = $k; var steps = 0; while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 } $collatz = steps', 'var i = 0; var s = ""; while (i < $k) { s .= "*"; i += 1 } $bar = s')], 6));
  P('dsl-do-while', 'do-while loop', (v) => ex(v, ['put', 'var i = 0; do { i += 1 } while (i < $k % 4); $i = i'], 6));
  P('dsl-for-kv', 'for (k, v in $*)', (v) => ex(v, ['put', sv(v, 'for (k, v in $*) { if (is_numeric(v)) { $[k . "_sq"] = v * v } }', 'for (k, v in $*) { $[toupper(k)] = v; unset $[k] }')], 3));
  P('dsl-for-single', 'for (k in map) and for (e in array)', (v) => ex(v, ['put', '-q', sv(v, 'for (k in $*) { print k } for (e in [1, "two", 3.5]) { print e }', 'for (v in [$k, $index]) { print v * 10 }')], 2));
  P('dsl-for-multikey', 'for ((k1, k2), v in @map)', (v) => ex(v, ['put', '-q', '@s[$shape][$color] += $k; end { for ((a, b), v in @s) { print a . "/" . b . "=" . v } }']));
  P('dsl-for-c-style', 'C-style for loop', (v) => ex(v, ['put', sv(v, 'for (int i = 0; i < 3; i += 1) { $["c" . i] = i * $k }', 'for (var i = 0, var b = 1; i < 5; i += 1, b *= 2) { $p = b }')], 3));
  P('dsl-break-continue', 'break and continue', (v) => ex(v, ['put', 'var s = 0; for (int i = 0; i < 20; i += 1) { if (i % 3 == 0) { continue } if (i > $k + 5) { break } s += i } $s = s'], 5));
  P('dsl-func', 'user-defined functions with recursion', (v) => ex(v, ['put', sv(v, 'func fact(n) { if (n <= 1) { return 1 } return n * fact(n - 1) } $f = fact($k)', 'func fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } $fib = fib($k)')], 8));
  P('dsl-func-typed', 'typed function parameters and return', (v) => ex(v, ['put', 'func f(str s, num n): str { return s . ":" . n } $y = f($color, $k)'], 4));
  P('dsl-func-type-error', 'typed function called with the wrong type', (v) => ex(v, ['put', sv(v, 'func f(int n): int { return n * 2 } $y = f($quantity)', 'func f(str s): int { return s } $y = f($color)')], 3));
  P('dsl-subr', 'subr and call', (v) => ex(v, ['put', '-q', 'subr p(str s, num n) { print s . " is " . n } call p($color, $k)'], 4));
  P('dsl-func-absent-return', 'function without return gives absent', (v) => ex(v, ['put', 'func f(x) { if (x > 5) { return "big" } } $y = f($k); $t = typeof(f($k))'], 8));
  P('dsl-func-literal', 'function literal in a local variable', (v) => ex(v, ['put', 'f = func(a, b) { return a . "-" . b }; $y = apply([$k, $index], func(e) { return e + 1 })[1]; $z = f($color, $shape)'], 3));
  P('dsl-funct-param', 'funct-typed parameter', (v) => ex(v, ['put', 'func g(num a, funct f): num { return f(a) } $y = g($k, func(x) { return x ** 2 })'], 4));
  P('dsl-locals-scope', 'local variable scoping', (v) => ex(v, ['put', 'var x = 1; if (true) { var x = 2; $inner = x } $outer = x; if (true) { x = 3 } $after = x'], 2));
  P('dsl-typed-locals', 'typed local declarations', (v) => ex(v, ['put', 'str s = $color; num n = $k; int i = $index; float f = $quantity; bool b = $k > 5; map m = {}; m[s] = n; $m = m; $b = b'], 3));
  P('dsl-typed-local-error', 'type-check failure on a typed local', (v) => ex(v, ['put', sv(v, 'int i = $quantity', 'str s = $k')], 3));
  P('dsl-oosvar-map-build', 'nested oosvar maps and emit', (v) => abx(['--ojson', 'put', '-q', '@r[$a][$b] = $x; @count[$a] += 1; end { emit @r; emit @count }'], 8));
  P('dsl-positional', 'positional names $[[n]] and values $[[[n]]]', (v) => ex(v, ['put', sv(v, '$name2 = $[[2]]; $value3 = $[[[3]]]; $[[1]] = "COLOR"', '$[[[2]]] = "changed"; $missing = $[[99]]')], 3));
  P('dsl-field-names-special', '${...} field names and $*[...]', (v) => C(['--icsv', '--ojson', 'put', '${new field} = ${a b} . "!"; $c = $*["a b"]; $*["d e"] = 1', 'in.csv'], { 'in.csv': 'a b,x\n' + many(2, () => `${pick(WORDS)},${int(1, 9)}`).join('\n') + '\n' }));
  P('dsl-dollar-star-assign', 'assigning $* and map-valued fields', (v) => ex(v, ['put', sv(v, '$* = mapsum({"nr": NR}, $*)', '$* = {"only": $color, "m": {"x": $k}}')], 3));
  P('dsl-indexing', 'array and string indexing and slices', (v) => endp(sv(v, 'a = [1, 2, 3, 4, 5]; print a[1]; print a[-1]; print a[2:3]; print a[-2:-1]; s = "hello"; print s[1:2]; print substr(s, -4, -2); m = {"a": {"b": [10, 20]}}; print m["a"]["b"][2]',
    'a = ["x", "y", "z"]; print a[3]; print a[1:1]; print a[2:1]; print "wörld"[2:3]; m = {}; m[1][2] = 3; print m; a[2] = "Y"; print a')));
  V('dsl-index-out-of-bounds', 'array index out of bounds', () => endp('a = [1, 2, 3]; print a[4]'));
  V('dsl-array-assign-oob', 'assigning past the end of an array', () => endp('a = [1, 2, 3]; a[5] = 9; print a'));
  V('dsl-array-auto-extend', 'assigning one past the end extends an array', () => endp('a = [1, 2, 3]; a[4] = 9; print a; a[0] = 1'));
  P('dsl-builtin-vars', 'NR FNR FILENAME FILENUM NF M_PI M_E', (v) => C(['put', '$nr = NR; $fnr = FNR; $file = FILENAME; $num = FILENUM; $nf = NF; $pi = M_PI; $e = M_E', sv(v, 'a.dkvp', 'one.dkvp'), sv(v, 'b.dkvp', 'two.dkvp')],
    { [sv(v, 'a.dkvp', 'one.dkvp')]: toDKVP(abixy(2)), [sv(v, 'b.dkvp', 'two.dkvp')]: toDKVP(abixy(2)) }));
  P('dsl-separators-vars', 'IFS IPS IRS OFS OPS ORS FLATSEP variables', (v) => C([...sv(v, ['--ifs', ';', '--ops', ':'], ['--icsv', '--ojson', '--flatsep', '_']), 'put', '$s = format("[{}][{}][{}][{}][{}][{}][{}]", IFS, IPS, IRS, OFS, OPS, ORS, FLATSEP)', 'in.dat'], { 'in.dat': sv(v, 'a=1;b=2\n', 'a,b\n1,2\n') }));
  P('dsl-env', 'ENV map', (v) => C(['-n', 'put', 'end { print ENV["MYVAR"]; print ENV["HOME"]; print typeof(ENV["NOPE"]); ENV["NEW"] = "x"; print ENV["NEW"] }'], {}, undefined, { MYVAR: sv(v, 'hello world', 'other value') }));
  P('dsl-absent-semantics', 'absent rules for arithmetic and assignment', (v) => C(['--ojson', 'put', '$a = $nosuch + 1; $b = $nosuch . "x"; $c = $nosuch; $d = -$nosuch; $e = $x + $nosuch; @s += $nosuch; $f = @s; $g = is_absent(@t)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(2, () => ({ x: String(int(1, 9)) }))) }));
  P('dsl-empty-semantics', 'empty-string rules for arithmetic', (v) => C(['--ojson', 'put', '$a = $e + 1; $b = $e * 2; $c = $e . "x"; $d = min($e, 3); $f = $e < 1; $g = typeof($e + $e)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(2, () => ({ e: '', x: String(int(1, 9)) }))) }));
  P('dsl-error-values', 'arithmetic on non-numeric strings gives (error)', (v) => C(['--ojson', 'put', '$a = $s + 1; $b = $s * $s; $c = typeof($s - 1); $d = is_error($s / 2)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(2, () => ({ s: pick(WORDS) }))) }));
  P('dsl-compound-assign', 'compound assignment operators', (v) => C(['--ojson', 'put', '$a += 1; $b -= 2; $c *= 3; $d /= 2; $e //= 2; $f %= 3; $g **= 2; $h .= "x"; $i <<= 1; $j >>= 1; $k &= 6; $l |= 1; $m ^= 5; $n ??= 9; $o ???= 8', 'in.dkvp'], {
    'in.dkvp': toDKVP(many(2, () => Object.fromEntries('abcdefghijklmno'.split('').filter((k) => k !== 'n').map((k) => [k, String(int(-9, 20))])))) }));
  P('dsl-map-literals', 'map and array literals, nested assignment', (v) => C(['--json', 'put', '$m = {"a": $x, "b": [1, {"c": $y}]}; $m["b"][2]["d"] = "new"; $arr = [ [1, 2], [3] ]; $arr[1][2] = 20', 'in.json'], { 'in.json': toJSON(many(2, () => ({ x: String(int(1, 9)), y: pick(WORDS) }))) }));
  P('dsl-nested-field-access', 'indexing into map-valued fields', (v) => C(['--json', 'put', '$city = $loc["city"]; $lat = $loc["geo"]["lat"]; $first_tag = $tags[1] ?? "none"; $loc["geo"]["alt"] = 100', 'in.json'], { 'in.json': toJSON(many(2, () => ({ id: '1', loc: { city: pick(CITIES), geo: { lat: dec(-9, 9, 2) } }, tags: many(int(0, 2), () => pick(WORDS)) }))) }));
  P('dsl-string-escapes', 'string literal escapes', (v) => endp(sv(v, 'print "tab[\\t] quote[\\"] backslash[\\\\] nl[\\n]"; print "unicode: \\u00e9"; print strlen("a\\tb")', 'print "a\\"b"; print "x\\ty" . "|"; print format("{}\\n{}", 1, 2)')));
  P('dsl-comments', 'comments and newlines in DSL text', (v) => ex(v, ['put', '# leading comment\n$a = 1; # trailing\n\n$b = $a + 1 # more\n'], 2));
  P('dsl-semicolons', 'extra semicolons and empty statements', (v) => ex(v, ['put', ';;$a = 1;;; $b = 2;'], 2));
  V('dsl-empty-expression', 'empty put expression', () => ex(0, ['put', ''], 2));
  P('dsl-filter-false-put', 'filter false inside put drops records', (v) => ex(v, ['put', sv(v, 'NR == 2 { filter false } $kept = NR', '$k > 5 { filter false }')], 5));
  P('dsl-nr-progress', 'NR in end block and @-counting', (v) => abx(['put', '-q', 'end { print NR; print FNR; print FILENAME }'], sv(v, int(2, 5), int(6, 9))));
  P('dsl-case-insensitive-literal', 'regex literal with i flag in a variable comparison', (v) => ex(v, ['filter', sv(v, '$color =~ "^R"i', '$color =~ "^[RGY]"i')]));
  P('dsl-splitax-loop', 'split a field and loop over it', (v) => C(['--ojson', 'put', 'parts = splitax($s, ";"); $n = length(parts); $last = parts[-1]; $joined = joinv(apply(parts, func(p) { return toupper(p) }), "+")', 'in.dkvp'], { 'in.dkvp': toDKVP(nestRows(3).map((r) => ({ s: r.x }))) }));
  P('dsl-strings-numbers-from-data', 'numbers from data keep their formatting when unmodified', (v) => C(['--ojson', 'put', '$same = $x; $plus0 = $x + 0; $times1 = $x * 1; $str = $x . ""', 'in.dkvp'], { 'in.dkvp': toDKVP(col(['1.500', '0x1F', '1e3', '007', '-0.0', '+5', dec(0, 9, 5)])) }));
  P('dsl-ofmt', '--ofmt applies to computed floats', (v) => ex(v, ['--ofmt', sv(v, '%.3f', '%.2e'), 'put', '$z = $quantity * $rate; $w = $k * 2; $s = "str"'], 4));
  V('dsl-ofmt-lf', '--ofmt with %lf', () => ex(0, ['--ofmt', '%.4lf', 'put', '$z = $quantity / 3'], 3));
  P('dsl-stream-order', 'emit in main and end with records', (v) => ex(v, ['put', '@n += 1; if (NR % 3 == 0) { emit @n } end { emit @n }'], 7));
  P('dsl-nested-functions', 'function calling function with locals', (v) => ex(v, ['put', 'func sq(x) { return x * x } func hyp(a, b) { var s = sq(a) + sq(b); return sqrt(s) } $h = hyp($k, $index)'], 4));
  P('dsl-oosvar-across-records', 'oosvars persist across records', (v) => ex(v, ['put', '$prev = @last ?? "none"; @last = $color; $running = @sum += $k'].map((s) => s.replace('$running = @sum += $k', '@sum += $k; $running = @sum')), 5));
  P('dsl-map-in-record-output', 'assigning maps to fields with non-JSON output flattens', (v) => ex(v, ['put', '$m = {"a": $k, "b": {"c": $index}}; $arr = [1, [2, 3]]; $e = {}'], 3));
  P('dsl-unflatten-input', 'flattened input fields addressed after auto-unflatten', (v) => C(['--ojson', 'put', '$a.c = "new"; $t = typeof($a)', 'in.dkvp'], { 'in.dkvp': toDKVP(many(2, () => ({ 'a.b': String(int(1, 9)), x: pick(WORDS) }))) }));
  P('dsl-printn', 'printn without newlines', (v) => ex(v, ['put', '-q', sv(v, 'printn $k . ","; end { print "" }', 'printn $color; printn " "; end { print "." }')]));
  P('dsl-eprintn', 'eprintn to stderr', (v) => ex(v, ['put', '-q', sv(v, 'eprintn $k . ";"', 'eprintn $shape . "|"; end { eprint "" }')]));
  V('dsl-print-stdout', 'print > stdout', () => ex(0, ['put', '-q', 'print > stdout, $color . "/" . $shape'], 4));
  P('dsl-redirect-stdout', 'print/tee/emit > stdout', (v) => ex(v, ['put', '-q', sv(v, 'tee > stdout, $*', 'tee > stdout, mapexcept($*, "k")')], 4));
  V('dsl-emit-redirect-file', 'emit > file does not go to stdout', (v) => ex(v, ['put', '-q', '@c[$shape] += 1; end { emit > "counts.txt", @c, "shape"; print "done" }']));
  P('dsl-emitf-stderr', 'emitf > stderr', (v) => ex(v, ['put', '-q', '@n += 1; @s += $index; end { emitf > stderr, @n, @s }']));
  P('dsl-dump-stderr', 'dump > stderr', (v) => ex(v, ['put', '-q', '@s[$color] = $k; end { dump > stderr }']));

  // parse-time and run-time DSL errors
  P('dsl-parse-error', 'DSL parse error', (v) => ex(v, ['put', sv(v, '$x = 1 +', '$y = (1 + 2')], 2));
  V('dsl-parse-error-brace', 'DSL parse error: missing brace', () => ex(0, ['put', 'if ($k > 1) { $x = 1'], 2));
  V('dsl-parse-error-semicolon', 'DSL parse error: missing semicolon', () => ex(0, ['put', '$x = 1 $y = 2'], 2));
  V('dsl-parse-error-bad-token', 'DSL parse error: bad character', () => ex(0, ['put', '$x = 1 # ok\n$y = `bad`'], 2));
  P('dsl-unknown-function', 'unknown function name', (v) => ex(v, ['put', sv(v, '$y = nosuchfunc($k)', '$y = strlenn($color)')], 2));
  P('dsl-wrong-arity', 'function called with the wrong number of arguments', (v) => ex(v, ['put', sv(v, '$y = strlen($k, 1)', '$y = sub($color, "a")')], 2));
  V('dsl-begin-field-error', 'field reference in a begin block', () => ex(0, ['put', 'begin { $x = 1 }'], 2));
  V('dsl-return-outside-func', 'return outside a function', () => ex(0, ['put', 'return 1'], 2));
  V('dsl-break-outside-loop', 'break outside a loop', () => ex(0, ['put', 'break'], 2));
  V('dsl-func-redefined', 'function defined twice', () => ex(0, ['put', 'func f(x) { return 1 } func f(y) { return 2 } $z = f(1)'], 2));
  V('dsl-func-builtin-name', 'user function named like a builtin', () => ex(0, ['put', 'func strlen(x) { return 1 } $z = strlen("abc")'], 2));
  V('dsl-srec-assign-map-error', 'assigning a non-map to $*', () => ex(0, ['put', '$* = 1'], 2));
  V('dsl-filter-nonboolean', 'filter with a non-boolean final expression', () => ex(0, ['--ojson', 'filter', '$k + 1'], 3));
  V('dsl-filter-string-condition', 'if with a non-boolean condition', () => ex(0, ['put', 'if ($color) { $x = 1 }'], 2));
  V('dsl-put-no-expression', 'put without an expression', () => ex(0, ['--ojson', 'put'], 2));
  V('dsl-put-f-missing', 'put -f with a missing file', () => ex(0, ['put', '-f', 'nope.mlr'], 2));
  V('dsl-parse-v', 'put -v prints the AST', () => C(['-n', 'put', '-v', '$y = 2 + $x * 3; if (NR > 1) { @s[$a] = max(@s[$a], $y) }']));
  V('dsl-parse-d', 'put -d parenthesized AST', () => C(['-n', 'put', '-d', '$y = 1 . 2 + 3 ** -4']));
  V('dsl-parse-D', 'put -D one-line AST', () => C(['-n', 'put', '-D', 'func f(a) { return a ?? "x" } $z = f($y) =~ "a(b)c"i']));
  V('dsl-parse-X', 'put -v -X exits after parsing', () => ex(0, ['put', '-v', '-X', 'filter $k > 5 || !($color == "red")']));
  V('dsl-parse-E', 'filter -E -p', () => C(['-n', 'filter', '-E', '-p', 'true && $x =~ "^a.*b$" || NR < 2']));
  V('dsl-parse-v-statements', 'AST of control-flow statements', () => C(['-n', 'put', '-v', 'begin { @a = {} } for (k, v in $*) { unset $[k] } while (false) { break } emit @a, "x"; tee > "f", $*; end { dump }']));
  V('dsl-warnings-w', 'put -w warnings', () => ex(0, ['put', '-w', '$y = x + 1'], 2));
  V('dsl-warnings-W', 'put -W exits on warnings', () => ex(0, ['put', '-W', '$y = x + 1'], 2));

  // ================================================================== 8. main flags
  P('main-from', '--from', (v) => C(['--icsv', '--opprint', '--from', 'in.csv', 'head', '-n', '3'], { 'in.csv': toCSV(v ? people(5) : example(0)) }));
  P('main-from-twice', '--from given twice', (v) => C(['--icsv', '--ocsv', '--from', 'a.csv', '--from', 'b.csv', 'cat', '-n'], { 'a.csv': toCSV(people(2)), 'b.csv': toCSV(people(2)) }));
  P('main-mfrom', '--mfrom files --', (v) => C(['--icsv', '--ojson', '--mfrom', 'a.csv', 'b.csv', '--', 'put', '$f = FILENAME'], { 'a.csv': toCSV(people(1)), 'b.csv': toCSV(people(2)) }));
  P('main-from-and-args', '--from with file arguments after the verb', (v) => C(['--icsv', '--ocsv', '--from', 'a.csv', 'cat', 'b.csv'], { 'a.csv': toCSV(people(2)), 'b.csv': toCSV(people(2)) }));
  P('main-n', '-n with only an end block', (v) => C(['-n', 'put', `end { print ${int(1, 99)} + ${int(1, 99)} }`]));
  V('main-n-with-files', '-n ignores file arguments', () => C(['-n', '--ojson', 'cat', 'in.dkvp'], { 'in.dkvp': 'a=1\n' }));
  P('main-nr-progress-mod', '--nr-progress-mod', (v) => abx(['--nr-progress-mod', String(int(2, 4)), 'cat'], 9));
  P('main-records-per-batch', '--records-per-batch', (v) => abx(['--records-per-batch', String(int(1, 3)), 'head', '-n', '4', 'then', 'put', '$z = NR'], 9));
  V('main-hash-records', '--hash-records', () => abx(['--hash-records', 'sort', '-nr', 'x'], 6));
  V('main-no-hash-records', '--no-hash-records', () => abx(['--no-hash-records', 'cut', '-f', 'a,x'], 4));
  V('main-fflush', '--fflush', () => abx(['--fflush', 'cat'], 3));
  V('main-no-fflush', '--no-fflush', () => abx(['--no-fflush', 'tac'], 3));
  V('main-seed', '--seed with deterministic verbs', () => abx(['--seed', '12345', 'sort', '-f', 'a'], 5));
  V('main-seed-hex', '--seed in hex', () => abx(['--seed', '0xcafefeed', 'head', '-n', '2'], 5));
  V('main-legacy-mmap', '--mmap and --no-mmap no-ops', () => abx(['--mmap', '--no-mmap', 'head', '-n', '2'], 3));
  P('main-argsfile', '-s argument file', (v) => C(['-s', 'args.txt', 'in.csv'], { 'args.txt': sv(v, '--icsv --ojson head -n 2', '--c2p\nsort -nr age\n'), 'in.csv': toCSV(people(4)) }));
  V('main-argsfile-missing', '-s with a missing file', () => C(['-s', 'nope.txt', 'cat']));
  P('main-mlrrc-cwd', './.mlrrc sets default flags', (v) => C(['head', '-n', '2', 'in.csv'], { '.mlrrc': sv(v, '# defaults\ncsv\n', '--icsv\nojson\n\n# done\n'), 'in.csv': toCSV(people(3)) }));
  P('main-mlrrc-env', 'MLRRC names the rc file', (v) => C(['cat', 'in.csv'], { 'my.rc': sv(v, 'icsv\nopprint\n', '--c2j\n'), 'in.csv': toCSV(people(3)) }, undefined, { MLRRC: 'my.rc' }));
  V('main-mlrrc-none', 'MLRRC=__none__ ignores .mlrrc', () => C(['--icsv', '--ojson', 'cat', 'in.csv'], { '.mlrrc': 'oxtab\n', 'in.csv': toCSV(people(2)) }, undefined, { MLRRC: '__none__' }));
  V('main-norc', '--norc ignores .mlrrc', () => C(['--norc', '--icsv', '--ojson', 'cat', 'in.csv'], { '.mlrrc': 'oxtab\n', 'in.csv': toCSV(people(2)) }));
  V('main-mlrrc-override', 'command-line flags override .mlrrc', () => C(['--ojson', 'cat', 'in.csv'], { '.mlrrc': 'csv\n', 'in.csv': toCSV(people(2)) }));
  V('main-mlrrc-bad', '.mlrrc with an unknown flag', () => C(['cat', 'in.csv'], { '.mlrrc': 'csv\n--nosuchflag\n', 'in.csv': toCSV(people(2)) }));
  V('main-mlrrc-prepipe', '.mlrrc may not set --prepipe', () => C(['cat', 'in.csv'], { '.mlrrc': 'csv\nprepipe cat\n', 'in.csv': toCSV(people(2)) }));
  P('main-igen', '--igen with --gen-start/--gen-stop/--gen-step', (v) => C(['--igen', '--gen-start', String(int(1, 5)), '--gen-stop', String(int(10, 20)), '--gen-step', String(int(2, 4)), '--ojson', 'put', '$sq = $i ** 2']));
  P('main-igen-field-name', '--igen with --gen-field-name', (v) => C(['--igen', '--gen-field-name', sv(v, 'x', 'n'), '--gen-stop', String(int(3, 6)), 'cat']));
  P('main-pass-comments', '--pass-comments', (v) => C(['--icsv', '--ojson', '--pass-comments', 'cat', 'in.csv'], { 'in.csv': '# top comment\n' + toCSV(people(3)) }));
  P('main-skip-comments', '--skip-comments', (v) => C(['--icsv', '--ocsv', '--skip-comments', 'cat', 'in.csv'], { 'in.csv': `# comment ${pick(WORDS)}\n` + toCSV(people(2)) + `#another\n` + toCSV(people(2), { header: false }) }));
  P('main-skip-comments-with', '--skip-comments-with', (v) => C(['--ojson', '--skip-comments-with', sv(v, '//', '%%'), 'cat', 'in.dkvp'], { 'in.dkvp': `${sv(v, '//', '%%')} note\n` + toDKVP(abixy(2)) + `${sv(v, '//', '%%')} end\n` }));
  P('main-pass-comments-with', '--pass-comments-with', (v) => C(['--ojson', '--pass-comments-with', sv(v, ';', 'REM'), 'cat', 'in.dkvp'], { 'in.dkvp': `${sv(v, ';', 'REM')} header\n` + toDKVP(abixy(2)) }));
  V('main-comments-not-at-start', 'comment marker not at line start is data', () => C(['--ojson', '--skip-comments', 'cat', 'in.dkvp'], { 'in.dkvp': 'a=1 # not a comment\n#b=2\n c=3\n' }));
  V('main-comments-off', 'without comment flags, # lines are data', () => C(['--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': 'a,b\n#x,y\n1,2\n' }));
  const CSV_A = 'a,b,c\n1,2,3\n4,5,6\n7,8,9\n', CSV_B = 'name,n\nalice,10\nbob,20\ncarol,30\ndave,40\n';
  const BZ_A = 'QlpoOTFBWSZTWeLp1kQAAArZAAAQAAQ/4DgAIAAhqfqgNGahAAAeonfI76adNAgQL4u5IpwoSHF06yIA';
  const BZ_B = 'QlpoOTFBWSZTWZb2RSwAABHZgAAQAAR8AD4nkQAgACGoNGj1NDIKZMTIMjO1AY8oFxkkAltug7NPRy8Aq/kHxdyRThQkJb2RSwA=';
  const gz = (t) => ({ base64: gzipSync(Buffer.from(t)).toString('base64') });
  const zl = (t) => ({ base64: deflateSync(Buffer.from(t)).toString('base64') });
  P('main-gzin', '--gzin', (v) => { const t = toCSV(v ? people(4) : abixy(4)); return C(['--gzin', '--icsv', '--ojson', 'cat', 'in.dat'], { 'in.dat': gz(t) }); });
  P('main-gz-suffix', '.gz files are decompressed automatically', (v) => { const t = toCSV(v ? people(3) : abixy(3)); return C(['--icsv', '--opprint', 'cat', 'in.csv.gz'], { 'in.csv.gz': gz(t) }); });
  P('main-zin', '--zin', (v) => { const t = toDKVP(abixy(3)); return C(['--zin', '--ojson', 'cat', 'in.dat'], { 'in.dat': zl(t) }); });
  P('main-z-suffix', '.z files are decompressed automatically', (v) => { const t = toDKVP(abixy(3)); return C(['--oxtab', 'cat', 'in.z'], { 'in.z': zl(t) }); });
  P('main-bz2in', '--bz2in', (v) => C(['--bz2in', '--icsv', '--ojson', 'cat', 'in.dat'], { 'in.dat': { base64: v ? BZ_B : BZ_A } }));
  P('main-bz2-suffix', '.bz2 files are decompressed automatically', (v) => C(['--icsv', '--oxtab', 'cat', 'in.csv.bz2'], { 'in.csv.bz2': { base64: v ? BZ_A : BZ_B } }));
  V('main-gzin-not-gzip', '--gzin on plain text', () => C(['--gzin', '--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': CSV_A }));
  V('main-gz-stdin', '--gzin on standard input', () => C(['--gzin', '--icsv', '--ojson', 'cat'], {}, gz(CSV_B)));
  P('main-color-always', '-C forces colors', (v) => C(['-C', '--icsv', sv(v, '--ojson', '--ocsv'), 'head', '-n', '2', 'in.csv'], { 'in.csv': toCSV(people(3)) }));
  P('main-color-key-value', '--key-color and --value-color', (v) => C(['--always-color', '--key-color', sv(v, 'red', '208'), '--value-color', sv(v, '33', 'orchid'), '--icsv', '--ojson', 'head', '-n', '1', 'in.csv'], { 'in.csv': toCSV(people(2)) }));
  P('main-color-dkvp', '-C with DKVP and PPRINT output', (v) => abx(['-C', sv(v, '--odkvp', '--opprint'), 'head', '-n', '2'], 3));
  P('main-color-env', 'MLR_KEY_COLOR / MLR_VALUE_COLOR / MLR_ALWAYS_COLOR', (v) => C(['--icsv', '--oxtab', 'head', '-n', '1', 'in.csv'], { 'in.csv': toCSV(people(2)) }, undefined, { MLR_ALWAYS_COLOR: 'true', MLR_KEY_COLOR: sv(v, 'blue', '9'), MLR_VALUE_COLOR: sv(v, 'bold-170', 'underline') }));
  V('main-color-M', '-M turns colors off', () => C(['-C', '-M', '--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': toCSV(people(1)) }));
  V('main-no-color', '--no-color with MLR_ALWAYS_COLOR', () => C(['--no-color', '--icsv', '--ojson', 'cat', 'in.csv'], { 'in.csv': toCSV(people(1)) }, undefined, { MLR_ALWAYS_COLOR: 'true' }));
  V('main-mlr-no-color-env', 'MLR_NO_COLOR', () => C(['-C', '--icsv', '--ocsv', 'cat', 'in.csv'], { 'in.csv': toCSV(people(1)) }, undefined, { MLR_NO_COLOR: 'true' }));
  V('main-bad-color', 'an unknown color name', () => C(['-C', '--key-color', 'nosuchcolor', '-n', 'cat']));
  V('main-list-color-names', '--list-color-names', () => C(['--list-color-names']));
  V('main-list-color-codes', '--list-color-codes', () => C(['--list-color-codes']));
  V('main-help-color', '--help-color with help output', () => C(['--help-color', 'red', 'help', 'type-arithmetic-info']));
  V('main-pass-fail-color', '--pass-color/--fail-color accepted', () => abx(['--pass-color', 'green', '--fail-color', 'red', 'head', '-n', '1'], 2));
  P('main-ofs-for-pprint', '--ofs for PPRINT output', (v) => ex(v, ['--ofs', sv(v, ';', 'tab'), 'head', '-n', '3']));
  P('main-load-dir', '--load of a directory of .mlr files', (v) => C(['--icsv', '--ojson', '--load', 'lib', 'put', '$y = f($k); $z = g($k)', 'in.csv'], { 'lib/a.mlr': 'func f(x) { return x + 100 }\n', 'lib/b.mlr': 'func g(x) { return x * 100 }\n', 'lib/c.txt': 'not loaded', 'in.csv': toCSV(exampleRows(2)) }));
  V('main-tz-flag', '--tz sets the local time zone', () => C(['--tz', 'Asia/Istanbul', '--ojson', 'sec2gmt', 't', 'then', 'put', '$l = sec2localtime(0)', 'in.dkvp'], { 'in.dkvp': 't=1500000000\n' }));
  V('main-in-place', '-I rewrites files in place (nothing on stdout)', () => C(['-I', '--csv', 'sort', '-f', 'name', 'in.csv'], { 'in.csv': toCSV(people(3)) }));
  V('main-in-place-no-files', '-I with no file names', () => C(['-I', '--csv', 'cat']));
  V('main-version', '--version', () => C(['--version']));
  V('main-version-verb', 'version subcommand', () => C(['version']));
  // ================================================================== 9. command-line and input errors
  V('err-no-args', 'no arguments at all', () => C([]));
  V('err-no-verb', 'flags but no verb', () => C(['--icsv', '--ojson']));
  P('err-unknown-verb', 'unknown verb', (v) => C([sv(v, 'nosuchverb', 'sortt'), 'x.csv']));
  P('err-unknown-main-flag', 'unknown main flag', (v) => C([sv(v, '--nosuchflag', '--icsvv'), 'cat']));
  P('err-unknown-verb-flag', 'unknown verb flag', (v) => C([sv(v, 'cat', 'tac'), sv(v, '-z', '--bogus'), 'x.dkvp']));
  V('err-main-flag-missing-arg', 'main flag missing its argument', () => C(['--ifs']));
  P('err-head-bad-int', 'head -n with a non-integer', (v) => C(['head', '-n', sv(v, 'x', '1.5')], {}, 'a=1\n'));
  V('err-then-dangling', 'then at the end of the chain', () => C(['cat', 'then'], {}, 'a=1\n'));
  V('err-then-then', 'then then', () => C(['cat', 'then', 'then', 'head'], {}, 'a=1\n'));
  V('err-then-first', 'chain starting with then', () => C(['then', 'cat'], {}, 'a=1\n'));
  V('err-directory-dkvp', 'a directory as DKVP input', () => C(['--ojson', 'cat', 'd1', 'in.dkvp'], { 'd1': { dir: true }, 'in.dkvp': 'a=1\n' }));
  V('err-unreadable-put-f', 'put -f on an unreadable file', () => C(['put', '-f', 'p.mlr', 'in.dkvp'], { 'p.mlr': { text: '$y = 1', mode: 0 }, 'in.dkvp': 'a=1\n' }));
  V('err-template-t-missing', 'template -t with a missing file', () => C(['template', '-t', 'nope.csv', 'in.dkvp'], { 'in.dkvp': 'a=1\n' }));
  P('err-bad-format-name', 'unknown format name for -i / -o', (v) => C([sv(v, '-i', '-o'), sv(v, 'yaml', 'xml'), 'cat'], {}, 'a=1\n'));
  V('err-io-bad', '--io with an unknown format', () => C(['--io', 'parquet', 'cat'], {}, 'a=1\n'));
  V('err-sort-no-flags', 'sort without flags', () => C(['sort', 'in.dkvp'], { 'in.dkvp': 'a=1\n' }));
  V('err-cut-no-f', 'cut without -f', () => C(['cut'], {}, 'a=1\n'));
  V('err-head-negative', 'head -n -1', () => C(['head', '-n', '-1'], {}, 'a=1\na=2\n'));
  V('err-nest-incomplete', 'nest without enough options', () => C(['nest', '--explode', '-f', 'x'], {}, 'x=1\n'));
  V('err-nest-no-f', 'nest without -f', () => C(['nest', '--ivar', ';'], {}, 'x=1\n'));
  V('err-step-bad-stepper', 'step with an unknown stepper', () => C(['step', '-a', 'nosuch', '-f', 'x'], {}, 'x=1\n'));
  V('err-step-no-a', 'step without -a', () => C(['step', '-f', 'x'], {}, 'x=1\n'));
  V('err-merge-fields-no-o', 'merge-fields -f without -o', () => C(['merge-fields', '-a', 'sum', '-f', 'x,y'], {}, 'x=1,y=2\n'));
  V('err-top-a-two-fields', 'top -a with two fields', () => C(['top', '-a', '-f', 'x,y'], {}, 'x=1,y=2\n'));
  V('err-fill-down-no-f', 'fill-down without -f or --all', () => C(['fill-down'], {}, 'x=1\n'));
  V('err-sec2gmt-no-fields', 'sec2gmt without field names', () => C(['sec2gmt'], {}, 'x=1\n'));
  V('err-rename-odd', 'rename with an odd number of names', () => C(['rename', 'a,b,c'], {}, 'a=1\n'));
  V('err-reorder-no-f', 'reorder without -f', () => C(['reorder'], {}, 'a=1\n'));
  V('err-label-none', 'label without names', () => C(['label'], {}, 'a=1\n'));
  V('err-stats1-no-a', 'stats1 without -a', () => C(['stats1', '-f', 'x'], {}, 'x=1\n'));
  V('err-stats2-odd', 'stats2 with an odd number of fields', () => C(['stats2', '-a', 'cov', '-f', 'x,y,z'], {}, 'x=1,y=2,z=3\n'));
  V('err-stats2-bad-acc', 'stats2 with an unknown accumulator', () => C(['stats2', '-a', 'nosuch', '-f', 'x,y'], {}, 'x=1,y=2\n'));
  V('err-histogram-no-lo', 'histogram without --lo/--hi', () => C(['histogram', '-f', 'x'], {}, 'x=1\n'));
  V('err-fraction-no-f', 'fraction without -f', () => C(['fraction'], {}, 'x=1\n'));
  V('err-split-no-options', 'split without -n/-m/-g', () => C(['split'], {}, 'x=1\n'));
  V('err-join-no-j', 'join without -j', () => C(['join', '-f', 'left.dkvp', 'in.dkvp'], { 'left.dkvp': 'a=1\n', 'in.dkvp': 'a=1\n' }));
  V('err-seqgen-bad-number', 'seqgen with a non-numeric start', () => C(['seqgen', '--start', 'abc']));
  V('err-decimate-bad', 'decimate -n 0', () => C(['decimate', '-n', '0'], {}, 'x=1\nx=2\n'));
  V('err-count-distinct-no-f', 'count-distinct without -f', () => C(['count-distinct'], {}, 'x=1\n'));
  V('err-having-fields-none', 'having-fields without a criterion', () => C(['having-fields'], {}, 'x=1\n'));
  V('err-uniq-nothing', 'uniq without -g or -a', () => C(['uniq'], {}, 'x=1\n'));
  V('err-uniq-a-g', 'uniq -a with -g', () => C(['uniq', '-a', '-g', 'x'], {}, 'x=1\n'));
  V('err-grep-no-pattern', 'grep without a pattern', () => C(['grep'], {}, 'x=1\n'));
  V('err-template-none', 'template without -f or -t', () => C(['template'], {}, 'x=1\n'));
  V('err-bar-no-f', 'bar without -f', () => C(['bar'], {}, 'x=1\n'));
  V('err-clean-whitespace-kv', 'clean-whitespace -k -v', () => C(['clean-whitespace', '-k', '-v'], {}, 'x=1\n'));
  V('err-ifs-csv-regex', 'CSV with --ifs-regex', () => C(['--icsv', '--ifs-regex', '[;,]', '--ojson', 'cat'], {}, 'a;b\n1,2\n'));
  V('err-pprint-multichar-ofs', 'PPRINT multi-char OFS', () => C(['--icsv', '--opprint', '--ofs', '::', 'cat'], {}, 'a,b\n1,2\n'));
  V('err-tee-no-file', 'tee verb without a file name', () => C(['tee'], {}, 'x=1\n'));
  V('err-repeat-none', 'repeat without -n or -f', () => C(['repeat'], {}, 'x=1\n'));
  V('err-reshape-none', 'reshape without options', () => C(['reshape'], {}, 'x=1\n'));
  V('err-sec2gmt-bad-flag', 'sec2gmt with -0', () => C(['sec2gmt', '-0', 'x'], {}, 'x=1\n'));
  V('err-gen-bad', '--gen-start with a non-number', () => C(['--igen', '--gen-start', 'x', 'cat']));
  V('err-nr-progress-bad', '--nr-progress-mod with a non-number', () => C(['--nr-progress-mod', 'x', 'cat'], {}, 'a=1\n'));
  V('err-load-missing', '--load with a missing file', () => C(['--load', 'nope.mlr', '-n', 'put', 'end {}']));
  V('err-xtab-ragged', 'XTAB line without a value', () => C(['--ixtab', '--ojson', 'cat'], {}, 'a 1\nb\n\nc 3\n'));
  V('err-dkvp-empty-key', 'DKVP pair with an empty key', () => C(['--ojson', 'cat'], {}, '=1,b=2\n'));
  // ================================================================== 10. help and auxiliary commands
  V('help-main', 'mlr --help', () => C(['--help']));
  V('help-h', 'mlr -h', () => C(['-h']));
  V('help-topics', 'mlr help topics', () => C(['help', 'topics']));
  V('help-list-verbs', 'mlr -l', () => C(['-l']));
  V('help-list-functions', 'mlr -f', () => C(['-f']));
  V('help-list-keywords', 'mlr -k', () => C(['-k']));
  V('help-list-verbs-long', 'mlr help list-verbs', () => C(['help', 'list-verbs']));
  V('help-type-arithmetic', 'mlr help type-arithmetic-info', () => C(['help', 'type-arithmetic-info']));
  V('help-function-classes', 'mlr help list-function-classes', () => C(['help', 'list-function-classes']));
  V('help-functions-in-class', 'mlr help list-functions-in-class', () => C(['help', 'list-functions-in-class', 'hashing']));
  V('help-comments-flags', 'mlr help comments-in-data-flags', () => C(['help', 'comments-in-data-flags']));
  V('help-separator-aliases', 'mlr help list-separator-aliases', () => C(['help', 'list-separator-aliases']));
  V('help-mlrrc', 'mlr help mlrrc', () => C(['help', 'mlrrc']));
  V('help-nonesuch-topic', 'mlr help with an unknown topic', () => C(['help', 'nonesuchtopic']));
  for (const fn of ['strlen', 'sub', 'splitax', 'strftime', 'sort', 'fmtnum', '+', '=~']) {
    V(`help-function-${fn.replace(/\W/g, 'op')}`, `mlr help function ${fn}`, () => C(['help', 'function', fn]));
  }
  V('help-function-nonesuch', 'mlr help function for an unknown name', () => C(['help', 'function', 'nosuchfunction']));
  for (const kw of ['emit', 'unset', 'ENV', 'func']) V(`help-keyword-${kw}`, `mlr help keyword ${kw}`, () => C(['help', 'keyword', kw]));
  for (const vb of ['cut', 'sort', 'head', 'nest', 'stats1', 'join', 'top', 'step']) V(`help-verb-${vb}`, `mlr help verb ${vb}`, () => C(['help', 'verb', vb]));
  for (const vb of ['cat', 'uniq', 'fill-down', 'sec2gmt', 'merge-fields', 'summary', 'split', 'reorder', 'template', 'having-fields']) V(`help-${vb}--help`, `mlr ${vb} --help`, () => C([vb, '--help']));
  V('help-verb-h', 'mlr sort -h', () => C(['sort', '-h']));
  V('help-search', 'mlr help <name> searches flags, verbs, functions, keywords', () => C(['help', 'uniq']));
  V('help-functions-in-class-math', 'mlr help list-functions-in-class math', () => C(['help', 'list-functions-in-class', 'math']));
  V('aux-list', 'mlr aux-list', () => C(['aux-list']));
  P('aux-lecat', 'mlr lecat --mono', (v) => C(['lecat', '--mono', 'in.txt'], { 'in.txt': sv(v, 'ab\r\ncd\nef', 'x\ty\r\n\r\nz\n') }));
  V('aux-lecat-color', 'mlr lecat with colors', () => C(['lecat', 'in.txt'], { 'in.txt': 'ab\r\ncd\n' }));
  P('aux-hex', 'mlr hex', (v) => C(['hex', 'in.bin'], { 'in.bin': { base64: rng.bytes(int(20, 60)).toString('base64') } }));
  V('aux-hex-r', 'mlr hex -r', () => C(['hex', '-r', 'in.txt'], { 'in.txt': 'hello, world\nline two\n' }));
  V('aux-hex-stdin', 'mlr hex on stdin', () => C(['hex'], {}, 'stdin data\n'));
  P('aux-unhex', 'mlr unhex', (v) => C(['unhex'], {}, sv(v, '68 65 6c 6c 6f 0a\n', '4d 69 6c 6c 65 72 21 0a\n')));
  P('aux-termcvt', 'mlr termcvt', (v) => C(['termcvt', sv(v, '--lf2crlf', '--crlf2lf'), 'in.txt'], { 'in.txt': sv(v, 'a\nb\nc\n', 'a\r\nb\r\n') }));
  V('aux-termcvt-cr', 'mlr termcvt --cr2lf', () => C(['termcvt', '--cr2lf'], {}, 'a\rb\rc\r'));
  V('aux-termcvt-help', 'mlr termcvt --help', () => C(['termcvt', '--help']));
  V('aux-lecat-help', 'mlr lecat --help', () => C(['lecat', '--help']));

  return cases;
}
