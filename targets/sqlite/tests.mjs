// Test-case generator for sqlite3 (the SQLite 3.40.1 command-line shell, Debian 12).
//
// Tests are grouped in families: fam(id, note, n, make, duals) adds n visible tests
// "<id>-<i>" (or "<id>" when n is 1) and, for the first `duals` of them, a hidden dual
// "<id>-<i>.dual" made by the same code with other rng values (ctx.add).
// make(isDual, i) returns { argv?, stdin?, files?, env? }.
//
// Determinism rules followed by every script below:
//  - no random()/randomblob(), no 'now' in date functions, no current_date/time/timestamp;
//  - no .timer, .stats, .eqp, EXPLAIN, -memtrace, .dbinfo, and no .databases/.show on a
//    database file (they print absolute paths); .show/.databases only on :memory:;
//  - database files are created by the test itself (from SQL), or are empty/garbage files;
//  - row order is fixed by ORDER BY wherever SQLite's natural order would be a detail
//    of its query planner (plain rowid-order table scans are kept as they are).
// Every test prints something (stdout or stderr) or exits non-zero, so a stub fails.

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Eve', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Xavier', 'Yara', 'Zoë'];
const LAST = ['Okafor', 'Lindqvist', 'García', 'Nakamura', 'Smith', 'Novak', 'Haddad', 'Kowalski', 'Dubois', 'Patel', 'Rossi', 'Müller', "O'Brien", 'Ivanova', 'Chen', 'Silva'];
const DEPTS = ['eng', 'ops', 'sales', 'hr', 'legal', 'finance', 'support'];
const CITIES = ['Lisbon', 'Osaka', 'Nairobi', 'Quito', 'Oslo', 'Austin', 'Pune', 'Lyon', 'Perth', 'Cusco', 'São Paulo', 'Kraków'];
const PRODUCTS = ['Widget', 'Gadget', 'Sprocket', 'Gizmo', 'Doohickey', 'Flange', 'Bracket', 'Hinge', 'Valve', 'Gasket', 'Lever', 'Spindle'];
const CATS = ['tools', 'parts', 'garden', 'kitchen', 'toys'];
const SUBJECTS = ['math', 'physics', 'history', 'art', 'biology', 'music'];
const SENSORS = ['s1', 's2', 'north', 'south', 'lab-a', 'lab-b'];
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo'];
const TAGS = ['red', 'green', 'blue', 'urgent', 'low', 'new', 'old', 'vip', 'beta'];
const UNI = ['héllo', 'naïve', 'café', 'Ünïcödé', '日本語', 'Привет', 'Ελλάδα', 'smörgåsbord', '中文字', 'κόσμε', 'Zoë', 'ça va'];
const TRICKY = ['a,b', 'say "hi"', "it's", 'tab\there', 'line1\nline2', '  padded  ', '', 'x|y', '<b>&amp;</b>', 'back\\slash', 'semi;colon', '50%', 'naïve café', '日本語'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DBN = ['test.db', 'data.db', 'app.sqlite', 'shop.db', 'work.sqlite3', 'x.db'];
const SQLN = ['setup.sql', 'init.sql', 'schema.sql', 'script.sql', 'load.sql', 'q.sql'];
const CSVN = ['data.csv', 'people.csv', 'input.csv', 'rows.csv', 'export.csv', 'sales.csv'];

/** a script from a template: a leading newline dropped, the first line's indentation removed */
function sql(strings, ...vals) {
  let s = String.raw({ raw: strings.raw }, ...vals);
  if (s.startsWith('\n')) s = s.slice(1);
  const ind = /^[ ]*/.exec(s)[0];
  if (ind) s = s.split('\n').map((l) => (l.startsWith(ind) ? l.slice(ind.length) : l)).join('\n');
  s = s.replace(/[ ]+$/, '');
  return s.endsWith('\n') ? s : `${s}\n`;
}

/** an SQL string literal */
const sq = (s) => `'${String(s).replace(/'/g, "''")}'`;
/** an SQL literal for a JS value (null, number, string, {blob: hex}) */
const lit = (v) => {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v.blob !== undefined) return `x'${v.blob}'`;
  if (typeof v === 'object' && v.raw !== undefined) return v.raw;
  return sq(v);
};

/** @param {import('../../../main/src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  // ---------------------------------------------------------------- helpers
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);
  const sample = (arr, k) => rng.shuffle(arr).slice(0, k);
  const word = () => pick(WORDS);
  const lower = (n) => rng.string(n, LOWER);
  const money = (lo = 100, hi = 99999) => int(lo, hi) / 100;
  const pad2 = (n) => String(n).padStart(2, '0');
  const date = (y0 = 2018, y1 = 2024) => `${int(y0, y1)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`;
  const time = () => `${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))}`;
  const dt = () => `${date()} ${time()}`;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const uniq = (n, f) => {
    const s = new Set();
    for (let t = 0; s.size < n && t < n * 50; t++) s.add(f());
    return [...s];
  };

  // ---------------------------------------------------------------- datasets
  // A dataset: { name, cols: [names], decl: 'CREATE TABLE ...', rows: [[values]] }
  const tableSql = (ds, style) => {
    const st = style ?? pick(['multi', 'single', 'single', 'cols']);
    let out = `${ds.decl}\n`;
    if (ds.rows.length === 0) return out;
    if (st === 'multi') out += `INSERT INTO ${ds.name} VALUES\n${ds.rows.map((r) => `  (${r.map(lit).join(', ')})`).join(',\n')};\n`;
    else if (st === 'cols') out += ds.rows.map((r) => `INSERT INTO ${ds.name}(${ds.cols.join(', ')}) VALUES (${r.map(lit).join(', ')});`).join('\n') + '\n';
    else out += ds.rows.map((r) => `INSERT INTO ${ds.name} VALUES(${r.map(lit).join(',')});`).join('\n') + '\n';
    return out;
  };
  const people = (n = int(5, 9), name = pick(['people', 'employees', 'staff', 'members'])) => {
    const names = uniq(n, person);
    const base = pick([0, 0, 100, 1000]);
    return {
      name,
      cols: ['id', 'name', 'dept', 'salary', 'city', 'hired'],
      decl: `CREATE TABLE ${name}(id INTEGER PRIMARY KEY, name TEXT NOT NULL, dept TEXT, salary INTEGER, city TEXT, hired TEXT);`,
      rows: names.map((nm, i) => [base + i + 1, nm, pick(DEPTS.slice(0, 4)), chance(0.12) ? null : int(35, 160) * 1000, pick(CITIES), date(2012, 2024)]),
    };
  };
  const products = (n = int(5, 9), name = pick(['products', 'items', 'catalog', 'stock'])) => {
    const names = uniq(n, () => `${pick(PRODUCTS)} ${rng.string(1, 'ABCDEFGH')}${int(1, 9)}`);
    return {
      name,
      cols: ['sku', 'name', 'category', 'price', 'qty'],
      decl: `CREATE TABLE ${name}(sku TEXT PRIMARY KEY, name TEXT, category TEXT, price REAL, qty INTEGER);`,
      rows: names.map((nm) => [`${rng.string(2, 'ABCDEFGHJK')}-${int(100, 999)}`, nm, pick(CATS), money(99, 29999), int(0, 250)]),
    };
  };
  const orders = (pids, skus, n = int(6, 12), name = pick(['orders', 'sales', 'purchases'])) => ({
    name,
    cols: ['id', 'person_id', 'sku', 'amount', 'day'],
    decl: `CREATE TABLE ${name}(id INTEGER PRIMARY KEY, person_id INTEGER, sku TEXT, amount INTEGER, day TEXT);`,
    rows: many(n, (i) => [i + 1, pick(pids), pick(skus), int(1, 20), date(2023, 2024)]),
  });
  const scores = (name = pick(['scores', 'grades', 'results'])) => {
    const studs = sample(FIRST, int(3, 5));
    const subs = sample(SUBJECTS, int(2, 4));
    const rows = [];
    for (const s of studs) for (const sub of subs) if (chance(0.85)) rows.push([s, sub, int(35, 100), int(1, 2)]);
    return { name, cols: ['student', 'subject', 'score', 'term'], decl: `CREATE TABLE ${name}(student TEXT, subject TEXT, score INTEGER, term INTEGER);`, rows };
  };
  const tree = (n = int(6, 10), name = pick(['org', 'tree', 'nodes', 'hierarchy'])) => {
    const names = uniq(n, () => pick(FIRST));
    return {
      name,
      cols: ['id', 'name', 'boss'],
      decl: `CREATE TABLE ${name}(id INTEGER PRIMARY KEY, name TEXT, boss INTEGER REFERENCES ${name}(id));`,
      rows: names.map((nm, i) => [i + 1, nm, i === 0 ? null : int(1, Math.max(1, i))]),
    };
  };
  const readings = (n = int(8, 14), name = pick(['readings', 'samples', 'metrics'])) => {
    const sens = sample(SENSORS, int(2, 3));
    const day = date(2022, 2024);
    return {
      name,
      cols: ['sensor', 'ts', 'value'],
      decl: `CREATE TABLE ${name}(sensor TEXT, ts TEXT, value REAL);`,
      rows: many(n, (i) => [pick(sens), `${day} ${pad2(Math.min(23, i + int(0, 1)))}:${pad2(int(0, 59))}`, chance(0.1) ? null : int(-200, 900) / 10]),
    };
  };
  const docs = (n = int(3, 6), name = pick(['docs', 'events', 'payloads'])) => ({
    name,
    cols: ['id', 'body'],
    decl: `CREATE TABLE ${name}(id INTEGER PRIMARY KEY, body TEXT);`,
    rows: many(n, (i) => {
      const o = { name: pick(FIRST), age: int(18, 80), tags: sample(TAGS, int(0, 3)), address: { city: pick(CITIES), zip: String(int(10000, 99999)) } };
      if (chance(0.5)) o.score = int(0, 1000) / 10;
      if (chance(0.3)) o.active = chance(0.5);
      if (chance(0.2)) o.extra = null;
      return [i + 1, JSON.stringify(o)];
    }),
  });
  /** a small table of mixed values, for output-mode tests */
  const mixed = (name = pick(['t', 'mix', 'vals', 'demo'])) => {
    const n = int(3, 5);
    const rows = many(n, (i) => [
      i + 1,
      pick([...TRICKY, ...UNI, word(), person()]),
      pick([null, int(-999, 9999), money(-5000, 50000), int(0, 3) * 0.5]),
      chance(0.25) ? { blob: rng.bytes(int(1, 4)).toString('hex') } : chance(0.3) ? null : word(),
    ]);
    return { name, cols: ['id', 'label', 'num', 'extra'], decl: `CREATE TABLE ${name}(id INTEGER, label TEXT, num, extra);`, rows };
  };

  // ---------------------------------------------------------------- invocation
  const DISPLAY = [
    { dot: '', opt: [] },
    { dot: '.headers on\n', opt: ['-header'] },
    { dot: '.mode box\n', opt: ['-box'] },
    { dot: '.mode csv\n.headers on\n', opt: ['-csv', '-header'] },
    { dot: '.mode column\n.headers on\n', opt: ['-column'] },
    { dot: '.mode json\n', opt: ['-json'] },
    { dot: '.mode line\n', opt: ['-line'] },
    { dot: '.mode markdown\n', opt: ['-markdown'] },
    { dot: '.mode table\n', opt: ['-table'] },
    { dot: '.mode tabs\n.headers on\n', opt: ['-tabs', '-header'] },
    { dot: '.mode quote\n', opt: ['-quote'] },
  ];
  /**
   * Runs an SQL script (setup + queries) in one of several ways: on stdin, on stdin against a
   * database file, as one argv argument, from a -init file, or through .read.
   * o.how forces a way; o.display: 'plain' | 'any' (default: plain 60%).
   */
  const Q = (script, o = {}) => {
    const hasDot = /^\./m.test(script);
    const ways = o.ways ?? (hasDot ? ['stdin', 'stdin', 'stdin', 'db', 'read', 'init'] : ['stdin', 'stdin', 'stdin', 'db', 'argv', 'argv', 'read', 'init']);
    const how = o.how ?? pick(ways);
    const disp = o.display === 'plain' ? DISPLAY[0] : o.display === 'any' ? pick(DISPLAY) : (chance(0.6) ? DISPLAY[0] : pick(DISPLAY));
    const pre = [...(o.pre ?? [])];
    const files = { ...(o.files ?? {}) };
    const env = o.env;
    let res;
    const useOpt = how === 'argv' || how === 'init' || chance(0.5);
    const dotPre = useOpt ? '' : disp.dot;
    if (useOpt) pre.push(...disp.opt);
    if (how === 'stdin') res = { argv: pre, stdin: dotPre + script };
    else if (how === 'db') res = { argv: [...pre, pick(DBN)], stdin: dotPre + script };
    else if (how === 'argv') res = { argv: [...pre, ':memory:', script.replace(/\n$/, '')] };
    else if (how === 'init') {
      const f = pick(SQLN);
      files[f] = dotPre + script;
      res = { argv: ['-init', f, ...pre], stdin: '' };
    } else {
      const f = pick(SQLN);
      files[f] = script;
      res = chance(0.5) ? { argv: pre, stdin: `${dotPre}.read ${f}\n` } : { argv: [...pre, ':memory:', ...(dotPre ? dotPre.trim().split('\n') : []), `.read ${f}`] };
    }
    if (Object.keys(files).length) res.files = files;
    if (env) res.env = env;
    return res;
  };
  /** stdin only, no display prefix */
  const S = (script, o = {}) => ({ argv: o.argv ?? [], stdin: script, ...(o.files ? { files: o.files } : {}), ...(o.env ? { env: o.env } : {}) });

  // ---------------------------------------------------------------- registry
  const ids = new Set();
  const norm = (v) => ({ argv: v.argv ?? [], ...(v.stdin !== undefined ? { stdin: v.stdin } : {}), ...(v.files ? { files: v.files } : {}), ...(v.env ? { env: v.env } : {}) });
  const fam = (id, note, n, make, duals = Math.ceil(n * 0.4)) => {
    for (let i = 1; i <= n; i++) {
      const vid = n === 1 ? id : `${id}-${i}`;
      if (ids.has(vid)) throw new Error(`duplicate id ${vid}`);
      ids.add(vid);
      if (i <= duals) add(vid, note, (v) => norm(make(v === 1, i)));
      else cases.push({ id: vid, note, ...norm(make(false, i)) });
    }
  };
  /** one family per [name, make] entry, each entry one visible test (with a dual when dual=true) */
  const each = (id, note, list, dualsEvery = 2) => {
    list.forEach(([name, make, dual], k) => fam(`${id}-${name}`, note, 1, make, (dual ?? k % dualsEvery === 0) ? 1 : 0));
  };

  // ================================================================ output modes
  const MODES = ['list', 'csv', 'column', 'box', 'markdown', 'json', 'line', 'html', 'insert', 'quote', 'table', 'tabs', 'ascii', 'tcl', 'qbox'];
  const MODEOPT = { list: '-list', csv: '-csv', column: '-column', box: '-box', markdown: '-markdown', json: '-json', line: '-line', html: '-html', quote: '-quote', table: '-table', tabs: '-tabs', ascii: '-ascii' };
  /** set a mode (and maybe headers) by dot-command, command-line option or -cmd */
  const withMode = (mode, body, o = {}) => {
    const hdr = o.hdr ?? pick([null, 'on', 'off']);
    const way = o.way ?? (MODEOPT[mode] ? pick(['dot', 'dot', 'opt', 'cmd']) : pick(['dot', 'dot', 'cmd']));
    const argv = [];
    let pre = '';
    const tbl = o.tbl ? ` ${o.tbl}` : '';
    if (way === 'dot') {
      pre = `.mode ${mode}${tbl}\n` + (hdr ? `.headers ${hdr}\n` : '');
    } else if (way === 'opt') {
      argv.push(MODEOPT[mode]);
      if (hdr) argv.push(hdr === 'on' ? '-header' : '-noheader');
    } else {
      argv.push('-cmd', `.mode ${mode}${tbl}`);
      if (hdr) argv.push('-cmd', `.headers ${hdr}`);
    }
    return { argv: [...argv, ...(o.db ? [o.db] : [])], stdin: (o.setup ?? '') + pre + body, ...(o.files ? { files: o.files } : {}) };
  };
  for (const mode of MODES) {
    fam(`mode-${mode}`, `.mode ${mode} / -${mode}`, 4, (d, i) => {
      if (i === 1) {
        const t = mixed();
        return withMode(mode, `SELECT * FROM ${t.name};\n`, { setup: tableSql(t) });
      }
      if (i === 2) {
        const t = people();
        const q = pick([`SELECT id, name, salary FROM ${t.name} ORDER BY id;`, `SELECT name AS "Full Name", dept, city FROM ${t.name} WHERE salary IS NOT NULL ORDER BY name;`, `SELECT dept, count(*) AS n, max(salary) AS top FROM ${t.name} GROUP BY dept ORDER BY dept;`]);
        return withMode(mode, `${q}\n`, { setup: tableSql(t), db: chance(0.3) ? pick(DBN) : undefined });
      }
      if (i === 3) {
        const t = products();
        return withMode(mode, `SELECT sku, name, price, qty, round(price * qty, 2) AS total FROM ${t.name} ORDER BY total DESC LIMIT ${int(3, 5)};\n`, { setup: tableSql(t), tbl: mode === 'insert' && chance(0.6) ? pick(['report', 'out', '"my table"']) : undefined });
      }
      const a = pick(UNI), b = pick(TRICKY);
      return withMode(mode, sql`
        SELECT ${int(-50, 50)} AS n, ${sq(a)} AS word, NULL AS empty, ${money()} AS price, x'${rng.bytes(2).toString('hex')}' AS bin;
        SELECT ${sq(b)} AS tricky, ${int(1000000, 9999999)} * ${int(1000, 99999)} AS big, 1e${int(16, 30)} AS sci, -0.0 AS negz, ${int(1, 9)}.0 / 3 AS third;
        SELECT 'none' AS x WHERE 0;
      `);
    }, 2);
  }
  fam('mode-multi', 'switching modes between queries', 8, () => {
    const t = people(int(3, 5));
    const ms = sample(MODES.filter((m) => m !== 'insert'), 3);
    const q = `SELECT id, name, dept FROM ${t.name} ORDER BY id DESC LIMIT 3;`;
    return S(tableSql(t) + ms.map((m) => `.mode ${m}\n${q}\n`).join('') + (chance(0.5) ? '.mode\n' : ''));
  });
  fam('mode-query', '.mode with no argument shows the current mode', 4, () => {
    const m = pick(MODES);
    return S(`.mode ${m}${m === 'insert' ? ` ${pick(['t1', 'dest'])}` : ''}\n.mode\n.mode ${pick(MODES.filter((x) => x !== 'insert'))}\n.mode\nSELECT ${int(1, 99)} AS v;\n`);
  });
  fam('mode-bad', 'unknown mode and bad mode options', 6, (d, i) => {
    const bad = pick(['fancy', 'xml', 'yaml', 'cvs', 'boxy', 'tab']);
    const cmd = [`.mode ${bad}`, `.mode box --wrap`, `.mode column --frobnicate`, `.mode table --wrap x`, `.mode list extra args here`, `.mode csv --quote`][i - 1];
    return S(`${cmd}\nSELECT ${int(1, 9)} AS a, ${sq(word())} AS b;\n`);
  }, 3);

  // wrapping options of the columnar modes
  const sentence = (n) => many(n, () => pick([...WORDS, 'the', 'a', 'of', 'and', 'supercalifragilistic', 'internationalization'])).join(' ');
  fam('mode-wrap', 'columnar modes with --wrap/--wordwrap/--ww/--quote/--noquote', 18, (d, i) => {
    const m = pick(['box', 'table', 'column', 'markdown', 'qbox']);
    const opts = pick([`--wrap ${int(4, 20)}`, `--wrap ${int(6, 16)} --wordwrap on`, `--wrap ${int(8, 18)} --ww`, `--wrap ${int(5, 15)} --wordwrap off`, '--quote', '--noquote', `--wrap ${int(5, 12)} --quote`, `--wordwrap on --wrap ${int(10, 30)}`, '--wrap 0']);
    const rows = many(int(2, 4), (k) => `(${k + 1}, ${sq(sentence(int(3, 12)))}, ${sq(pick([...UNI, ...TRICKY.filter((x) => !x.includes('\t'))]))}, ${chance(0.3) ? 'NULL' : money()})`);
    return S(sql`
      CREATE TABLE notes(id INTEGER, body TEXT, tag TEXT, cost REAL);
      INSERT INTO notes VALUES ${rows.join(', ')};
      .mode ${m} ${opts}
      SELECT * FROM notes;
    `);
  }, 8);
  fam('mode-width', '.width in column-type modes (negative = right-justify)', 12, () => {
    const m = pick(['column', 'column', 'box', 'table', 'markdown']);
    const t = people(int(3, 6));
    const w = many(int(1, 5), () => pick([int(1, 12), -int(1, 12), 0]));
    return S(tableSql(t) + sql`
      .mode ${m}
      .width ${w.join(' ')}
      SELECT id, name, dept, salary, city FROM ${t.name} ORDER BY id;
      ${pick(['.width', '.width 0', `.width ${int(2, 6)}`])}
      SELECT name, length(name) AS len FROM ${t.name} ORDER BY len DESC, name LIMIT 3;
    `);
  }, 5);
  fam('mode-column-layout', 'column mode: header underline, wide values, many columns', 6, () => {
    const n = int(3, 8);
    const cols = many(n, (k) => `${sq(pick([word(), pick(UNI), String(int(1, 99999)), ''].concat(k % 3 === 0 ? [sentence(3)] : [])))} AS ${pick(['c', 'col', 'x'])}${k}`);
    return withMode(pick(['column', 'box', 'table', 'markdown']), `SELECT ${cols.join(', ')};\nSELECT ${cols.slice(0, 2).join(', ')} UNION ALL SELECT 'a', NULL;\n`, { hdr: pick(['on', 'off', null]) });
  }, 3);

  // headers, separators, nullvalue
  fam('headers', '.headers on|off and -header/-noheader', 12, () => {
    const t = products(int(3, 5));
    const m = pick(['list', 'csv', 'tabs', 'line', 'column', 'html', 'quote', 'ascii']);
    const way = pick(['dot', 'opt', 'toggle']);
    const q = `SELECT name, price FROM ${t.name} ORDER BY price LIMIT 3;`;
    if (way === 'opt') return { argv: [`-${m}`, pick(['-header', '-noheader', '-header', '--header'])], stdin: tableSql(t) + q + '\n' };
    if (way === 'toggle') return S(tableSql(t) + `.mode ${m}\n.headers on\n${q}\n.headers off\n${q}\n.headers ${pick(['yes', '1', 'true', 'no', '0', 'off'])}\n${q}\n`);
    return S(tableSql(t) + `.mode ${m}\n.headers ${pick(['on', 'off'])}\n${q}\n`);
  }, 5);
  fam('headers-usage', '.headers with a missing or odd argument', 3, (d, i) => S(`${['.headers', '.headers maybe', '.header ON'][i - 1]}\nSELECT ${int(1, 99)} AS k;\n`), 1);
  const SEPS = [';', ':', ' | ', '\\t', ',', '::', '#', '\\x', '->', '\\n', '\\\\', '\\101'];
  fam('separator', '.separator COL ?ROW? with escapes', 14, () => {
    const t = people(int(3, 5));
    const m = pick(['list', 'list', 'csv', 'tabs', 'quote']);
    const col = pick(SEPS);
    const rsep = pick(['\\n\\n', ';\\n', ' ~ ', '\\r\\n', 'EOL\\n', '|']);
    const row = pick(['', '', ` ${/\s/.test(rsep) ? `"${rsep}"` : rsep}`]);
    const q = `SELECT id, name, salary FROM ${t.name} ORDER BY id LIMIT 4;`;
    return S(tableSql(t) + `.mode ${m}\n.separator ${/\s/.test(col) ? `"${col}"` : col}${row}\n${pick(['.headers on\n', ''])}${q}\n${chance(0.4) ? '.separator\n' : ''}`);
  }, 6);
  fam('separator-opt', '-separator and -newline options', 8, () => {
    const t = products(int(3, 5));
    const argv = [];
    if (chance(0.8)) argv.push('-separator', pick([';', '\t', ' :: ', ',', '|x|']));
    if (chance(0.6) || argv.length === 0) argv.push('-newline', pick(['\n\n', ';\n', '\r\n', ' || ', 'END\n']));
    if (chance(0.3)) argv.unshift(pick(['-list', '-csv', '-header']));
    return { argv, stdin: tableSql(t) + `SELECT name, category, qty FROM ${t.name} ORDER BY qty;\n` };
  }, 3);
  fam('nullvalue', '.nullvalue / -nullvalue across modes', 12, () => {
    const m = pick(['list', 'csv', 'column', 'box', 'line', 'html', 'json', 'quote', 'insert', 'table', 'tabs', 'markdown']);
    const nv = pick(['NULL', '(null)', '-', 'N/A', '∅', '', 'nil', '<none>']);
    const t = people(int(4, 6));
    t.rows[0][3] = null;
    if (t.rows.length > 2) t.rows[2][4] = null;
    const body = `SELECT id, salary, city, NULL AS z FROM ${t.name} ORDER BY id LIMIT 4;\n`;
    if (chance(0.4)) return { argv: [`-${m === 'insert' ? 'list' : m}`, '-nullvalue', nv], stdin: tableSql(t) + body };
    return S(tableSql(t) + `.mode ${m}\n.nullvalue ${nv === '' ? '""' : /\s/.test(nv) ? `'${nv}'` : nv}\n${body}`);
  }, 5);
  fam('insert-mode', 'insert mode with a table name and every value type', 8, () => {
    const tbl = pick(['dest', 'copy', 'backup_t', '"odd name"', 'main_x', 'T']);
    const t = mixed();
    return S(tableSql(t) + sql`
      .mode insert ${tbl}
      ${pick(['.headers on', '.headers off', ''])}
      SELECT * FROM ${t.name};
      SELECT ${int(1, 1000)} AS k, ${money()} AS r, 'it''s ${word()}' AS s, char(10) || 'x' AS nl, x'${rng.bytes(3).toString('hex')}' AS b, NULL AS n, 1e300*1e10 AS inf;
    `);
  }, 3);
  fam('empty-result', 'queries returning no rows print nothing (even headers)', 8, () => {
    const m = pick(MODES);
    const t = people(int(3, 4));
    return S(tableSql(t) + `.mode ${m}\n.headers on\nSELECT * FROM ${t.name} WHERE id < 0;\n.print --- ${word()}\nSELECT count(*) AS n FROM ${t.name} WHERE id < 0;\n`);
  }, 3);

  // ================================================================ .import
  const csvField = (v, sep = ',') => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /["\n\r]/.test(s) || s.includes(sep) || /^\s|\s$/.test(s) && chance(0.3) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const csvText = (header, rows, sep = ',', eol = '\n', last = true) => {
    const lines = [...(header ? [header] : []), ...rows].map((r) => r.map((v) => csvField(v, sep)).join(sep));
    return lines.join(eol) + (last ? eol : '');
  };
  const importData = () => {
    const kind = pick(['people', 'products', 'readings', 'scores']);
    const ds = kind === 'people' ? people() : kind === 'products' ? products() : kind === 'readings' ? readings(int(5, 8)) : scores();
    return ds;
  };
  fam('import-new', '.import CSV into a new table (first row = column names)', 12, () => {
    const ds = importData();
    const f = pick(CSVN);
    const tbl = pick(['imported', 't', 'csvdata', ds.name, '"new table"']);
    const eol = pick(['\n', '\n', '\n', '\r\n']);
    const files = { [f]: csvText(ds.cols, ds.rows, ',', eol, chance(0.85)) };
    const how = pick(['mode', 'flag', 'flag']);
    const after = pick([
      `.mode box\nSELECT * FROM ${tbl} LIMIT 4;\n`,
      `.schema ${tbl.replace(/"/g, '')}\nSELECT count(*) FROM ${tbl};\n`,
      `SELECT typeof(${ds.cols[0]}), typeof(${ds.cols[ds.cols.length - 1]}), count(*) FROM ${tbl} GROUP BY 1, 2;\n`,
      `.headers on\nSELECT ${ds.cols.slice(0, 2).join(', ')} FROM ${tbl} ORDER BY 2 DESC LIMIT 3;\n`,
    ]);
    return S(`${how === 'mode' ? '.mode csv\n' : ''}.import ${how === 'flag' ? '--csv ' : ''}${f} ${tbl}\n${how === 'mode' ? '.mode list\n' : ''}${after}`, { files });
  }, 5);
  fam('import-existing', '.import into an existing table (every row is data, affinity applies)', 8, () => {
    const ds = products(int(3, 6));
    const f = pick(CSVN);
    const hdr = chance(0.4);
    const files = { [f]: csvText(hdr ? ds.cols : null, ds.rows) };
    return S(sql`
      ${ds.decl}
      .import ${hdr ? '--skip 1 ' : ''}--csv ${f} ${ds.name}
      SELECT typeof(price), typeof(qty), count(*), round(sum(price * qty), 2) FROM ${ds.name} GROUP BY 1, 2;
      SELECT * FROM ${ds.name} ORDER BY price DESC LIMIT 2;
    `, { files });
  }, 3);
  fam('import-skip', '.import --skip N', 5, () => {
    const ds = people(int(4, 7));
    const f = pick(CSVN);
    const junk = many(int(1, 3), () => [`# ${sentence(3)}`]);
    const files = { [f]: csvText(null, [...junk, ds.cols, ...ds.rows]) };
    const t = pick(['people_in', 'imp']);
    return S(`.import --csv --skip ${junk.length} ${f} ${t}\n.headers on\nSELECT * FROM ${t};\n`, { files });
  }, 2);
  fam('import-separator', '.import using the current .mode/.separator (list, tabs, ascii, custom)', 10, () => {
    const ds = importData();
    const f = pick(['data.txt', 'in.tsv', 'rows.psv', 'table.dat']);
    const kind = pick(['tabs', 'pipe', 'semi', 'ascii', 'asciiflag', 'custom']);
    let text, pre;
    if (kind === 'tabs') { text = csvText(ds.cols, ds.rows, '\t'); pre = '.mode tabs\n'; }
    else if (kind === 'pipe') { text = csvText(ds.cols, ds.rows, '|'); pre = ''; }
    else if (kind === 'semi') { text = csvText(ds.cols, ds.rows, ';'); pre = '.separator ;\n'; }
    else if (kind === 'custom') { text = csvText(ds.cols, ds.rows, ':', '\n'); pre = '.mode list\n.separator : \\n\n'; }
    else {
      text = [ds.cols, ...ds.rows].map((r) => r.map((v) => (v === null ? '' : String(v))).join('\x1f')).join('\x1e') + '\x1e';
      pre = kind === 'ascii' ? '.mode ascii\n' : '';
    }
    const flag = kind === 'asciiflag' ? '--ascii ' : '';
    return S(`${pre}.import ${flag}${f} imp\n.mode ${pick(['box', 'list', 'line', 'json'])}\nSELECT * FROM imp LIMIT 3;\n`, { files: { [f]: text } });
  }, 4);
  fam('import-quoting', '.import CSV quoting rules: embedded separators, quotes, newlines, CRLF, empty fields', 8, () => {
    const f = pick(CSVN);
    const rows = many(int(3, 5), (k) => [k + 1, pick(TRICKY), pick([...UNI, '', null, word()]), pick([`${int(1, 99)}`, `  ${int(1, 9)}`, '3.50', '-0', '1e3', 'abc', ''])]);
    const eol = pick(['\n', '\r\n']);
    let text = csvText(['id', 'text', 'other', 'num'], rows, ',', eol, chance(0.8));
    if (chance(0.4)) text = text.replace(/\r?\n/, `${eol}"${int(1, 9)}"",x",plain,"a""b"${eol}`);
    return S(`.import --csv ${f} q\n.mode ${pick(['quote', 'json', 'insert q2', 'box'])}\nSELECT * FROM q;\nSELECT typeof(num) FROM q;\n`, { files: { [f]: text } });
  }, 3);
  fam('import-ragged', '.import rows with too few or too many fields', 6, () => {
    const f = pick(CSVN);
    const cols = ['a', 'b', 'c'].slice(0, int(2, 3)).concat(chance(0.5) ? ['d'] : []);
    const rows = many(int(3, 6), () => many(int(1, cols.length + 2), () => String(int(0, 99))));
    const exists = chance(0.5);
    return S(`${exists ? `CREATE TABLE r(${cols.join(', ')});\n` : ''}.import --csv ${f} r\nSELECT ${cols.join(', ')} FROM r;\n`, { files: { [f]: csvText(exists ? null : cols, rows) } });
  }, 3);
  fam('import-verbose', '.import -v reports the row count', 4, () => {
    const ds = pick([people, products, readings])(int(2, 9));
    const f = pick(CSVN);
    const t = pick(['v', 'verbose', 'imp']);
    return S(`.import -v --csv ${f} ${t}\nSELECT count(*) FROM ${t};\n`, { files: { [f]: csvText(ds.cols, ds.rows) } });
  }, 2);
  fam('import-schema', '.import --schema into an attached or temp schema', 3, () => {
    const ds = products(int(3, 5));
    const f = pick(CSVN);
    const schema = pick(['temp', 'aux']);
    return S(`${schema === 'aux' ? "ATTACH ':memory:' AS aux;\n" : ''}.import --csv --schema ${schema} ${f} p\nSELECT name, price FROM ${schema}.p ORDER BY price LIMIT 3;\n.tables\n`, { files: { [f]: csvText(ds.cols, ds.rows) } });
  }, 1);
  fam('import-dump', '.import then .dump of the new table', 4, () => {
    const ds = readings(int(3, 5));
    const f = pick(CSVN);
    const t = pick(['r', 'imp', 'data']);
    return S(`.import --csv ${f} ${t}\n.dump ${t}\n`, { files: { [f]: csvText(ds.cols, ds.rows) } });
  }, 2);
  fam('import-header-odd', '.import header row with empty, duplicate or quoted names', 4, () => {
    const f = pick(CSVN);
    const hdr = pick([['a', 'a', 'b'], ['', 'x', ''], ['first name', 'Last "Name"', 'x,y'], ['id', 'ID', 'Id'], ['1', '2', '3']]);
    const rows = many(int(1, 3), () => many(3, () => String(int(0, 9))));
    return S(`.import --csv ${f} h\n.schema h\n.headers on\nSELECT * FROM h;\n`, { files: { [f]: csvText(hdr, rows) } });
  }, 2);
  const missingCsv = () => `${pick(['missing', 'nope', 'absent'])}${int(1, 99)}.csv`;
  each('import-err', '.import error paths', [
    ['missing-file', () => S(`.import --csv ${missingCsv()} t\nSELECT ${int(1, 9)};\n`)],
    ['no-args', () => S(`.import\nSELECT ${int(1, 9)};\n`)],
    ['one-arg', () => { const f = pick(CSVN); return S(`.import ${f}\nSELECT ${int(1, 99)};\n`, { files: { [f]: 'a\n1\n' } }); }],
    ['too-many', () => S(`.import a.csv t ${word()}\n`, { files: { 'a.csv': 'x\n1\n' } })],
    ['bad-option', () => S(`.import --${pick(['tsv', 'json', 'skip-all'])} a.csv t\n`, { files: { 'a.csv': 'x\n1\n' } })],
    ['directory', () => { const f = pick(['dir', 'folder', 'sub']); return S(`.import --csv ${f} t\nSELECT ${int(1, 99)};\n`, { files: { [f]: { dir: true } } }); }],
    ['unreadable', () => { const f = pick(CSVN); return S(`.import --csv ${f} t\nSELECT ${int(1, 9)};\n`, { files: { [f]: { text: 'a,b\n1,2\n', mode: 0 } } }); }],
    ['empty-file', () => { const f = pick(CSVN); return S(`.import --csv ${f} e${int(1, 9)}\n.tables\nSELECT ${int(1, 9)};\n`, { files: { [f]: '' } }); }],
    ['bail', () => S(`.bail on\n.import --csv ${missingCsv()} t\nSELECT ${int(1, 9)};\n`)],
    ['constraint', () => S(`CREATE TABLE t(a INTEGER CHECK(a > 10), b UNIQUE);\n.import --csv a.csv t\nSELECT * FROM t;\n`, { files: { 'a.csv': `${int(11, 50)},x\n${int(1, 9)},y\n${int(51, 99)},z\n${int(60, 99)},x\n` } })],
  ]);

  // ================================================================ schema, .tables, .indexes, .dump
  /** a random schema: tables with data, indexes, views, triggers; returns { sql, tables, indexes } */
  const schema = (o = {}) => {
    const p = people(int(2, 5), pick(['people', 'employees', 'staff']));
    const pr = products(int(2, 4), pick(['products', 'items']));
    const ord = orders(p.rows.map((r) => r[0]), pr.rows.map((r) => r[0]), int(2, 5), pick(['orders', 'sales']));
    let out = tableSql(p) + tableSql(pr) + tableSql(ord);
    const tables = [p.name, pr.name, ord.name];
    const indexes = [];
    const nIdx = o.idx ?? int(1, 3);
    const idxDefs = [
      () => [`idx_${p.name}_dept`, `CREATE INDEX idx_${p.name}_dept ON ${p.name}(dept);`],
      () => [`${pr.name}_cat_price`, `CREATE INDEX ${pr.name}_cat_price ON ${pr.name}(category, price DESC);`],
      () => [`uq_${p.name}_name`, `CREATE UNIQUE INDEX uq_${p.name}_name ON ${p.name}(name);`],
      () => [`${ord.name}_big`, `CREATE INDEX ${ord.name}_big ON ${ord.name}(amount) WHERE amount > 10;`],
      () => [`${p.name}_lower_city`, `CREATE INDEX ${p.name}_lower_city ON ${p.name}(lower(city));`],
      () => [`${ord.name}_day`, `CREATE INDEX IF NOT EXISTS ${ord.name}_day ON ${ord.name}(day, person_id);`],
    ];
    for (const d of sample(idxDefs, nIdx)) { const [n, s] = d(); indexes.push(n); out += `${s}\n`; }
    if (o.views ?? chance(0.7)) {
      const v = pick([`v_${p.name}`, 'summary', 'big_orders', 'by_dept']);
      out += pick([
        `CREATE VIEW ${v} AS SELECT dept, count(*) AS n, avg(salary) AS avg_salary FROM ${p.name} GROUP BY dept;\n`,
        `CREATE VIEW ${v}(who, total) AS\n  SELECT ${p.name}.name, sum(amount)\n  FROM ${ord.name} JOIN ${p.name} ON ${p.name}.id = ${ord.name}.person_id\n  GROUP BY 1;\n`,
        `CREATE VIEW IF NOT EXISTS ${v} AS SELECT * FROM ${ord.name} WHERE amount >= ${int(5, 15)};\n`,
      ]);
      tables.push(v);
    }
    if (o.triggers ?? chance(0.5)) {
      out += pick([
        `CREATE TABLE audit(ts TEXT, what TEXT);\nCREATE TRIGGER ${ord.name}_log AFTER INSERT ON ${ord.name}\nBEGIN\n  INSERT INTO audit VALUES (NEW.day, 'order ' || NEW.id);\nEND;\n`,
        `CREATE TABLE audit(ts TEXT, what TEXT);\nCREATE TRIGGER trg_${p.name}_del BEFORE DELETE ON ${p.name} FOR EACH ROW WHEN OLD.salary > 100000 BEGIN INSERT INTO audit VALUES('-', OLD.name); END;\n`,
      ]);
      tables.push('audit');
    }
    if (o.extra ?? chance(0.5)) {
      const e = pick([
        ['kv', 'CREATE TABLE kv(k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;\nINSERT INTO kv VALUES(\'a\', x\'01ff\'), (\'b\', NULL);\n'],
        ['counter', 'CREATE TABLE counter(id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT);\nINSERT INTO counter(label) VALUES(\'x\'), (\'y\');\n'],
        ['"order items"', 'CREATE TABLE "order items"("item id" INTEGER, "qty ordered" INT DEFAULT 1);\nINSERT INTO "order items" VALUES(1, 2);\n'],
        ['strict_t', 'CREATE TABLE strict_t(id INTEGER PRIMARY KEY, n REAL NOT NULL, s TEXT) STRICT;\nINSERT INTO strict_t VALUES(1, 2.5, \'z\');\n'],
        ['gen', 'CREATE TABLE gen(a INT, b INT, c INT GENERATED ALWAYS AS (a * b) STORED, d AS (a + b));\nINSERT INTO gen(a, b) VALUES(3, 4), (5, 6);\n'],
      ]);
      out += e[1];
      tables.push(e[0]);
    }
    return { sql: out, tables, indexes, p, pr, ord };
  };
  fam('schema', '.schema with no argument', 10, () => S(schema().sql + '.schema\n'), 4);
  fam('schema-pattern', '.schema PATTERN (LIKE pattern, case-insensitive)', 10, () => {
    const s = schema();
    const pat = pick([s.tables[0], s.tables[1].toUpperCase(), `${s.tables[0][0]}%`, `%${pick(['s', 'e', 'o'])}%`, `${s.tables[2].slice(0, 3)}%`, 'nomatch%', s.indexes[0], `'${s.tables[0]}'`, 'sqlite_%']);
    return S(s.sql + `.schema ${pat}\n${chance(0.3) ? `.schema ${pick(s.tables)}\n` : ''}SELECT ${int(1, 99)} AS marker;\n`);
  }, 4);
  fam('schema-indent', '.schema --indent and .fullschema', 8, () => {
    const s = schema();
    return S(s.sql + pick(['.schema --indent\n', `.schema --indent ${s.tables[0]}\n`, '.fullschema\n', '.fullschema --indent\n', `.schema --nosys\n`]));
  }, 3);
  fam('schema-sqlite-master', 'querying sqlite_schema / sqlite_master directly', 6, () => {
    const s = schema();
    return Q(s.sql + pick([
      'SELECT type, name, tbl_name FROM sqlite_schema ORDER BY type, name;\n',
      "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name;\n",
      "SELECT sql FROM sqlite_schema WHERE type IN ('view', 'trigger') ORDER BY name;\n",
      "SELECT count(*), type FROM sqlite_schema GROUP BY type ORDER BY type;\n",
    ]));
  }, 2);
  fam('tables', '.tables with and without a pattern', 12, () => {
    const s = schema();
    const extra = chance(0.4) ? many(int(2, 8), (k) => `CREATE TABLE ${pick(['t', 'tab', 'x', 'log_'])}${k}_${lower(int(1, 12))}(a);\n`).join('') : '';
    const cmd = pick(['.tables', '.tables', `.tables ${s.tables[0][0]}%`, `.tables %${pick(['s', 'o', 'r'])}`, `.table ${pick(s.tables)}`, '.tables nomatch']);
    return S(s.sql + extra + `${cmd}\nSELECT count(*) AS objects FROM sqlite_schema;\n`);
  }, 5);
  fam('tables-attached', '.tables and .schema with attached and temp databases', 5, () => {
    const aux = pick(['aux', 'other', 'db2']);
    return S(sql`
      CREATE TABLE ${pick(['main_t', 'local'])}(a);
      ATTACH ':memory:' AS ${aux};
      CREATE TABLE ${aux}.${pick(['remote', 'far'])}(b, c);
      CREATE TEMP TABLE ${pick(['scratch', 'tmp1'])}(z);
      CREATE TEMP VIEW tv AS SELECT 1 AS one;
      .tables
      ${pick(['.schema', `.schema ${aux}.%`, '.tables temp.%', '.indexes'])}
      SELECT name FROM ${aux}.sqlite_schema;
    `);
  }, 2);
  fam('indexes', '.indexes / .indices with and without a table', 8, () => {
    const s = schema({ idx: int(2, 5) });
    const cmd = pick(['.indexes', '.indices', `.indexes ${s.tables[0]}`, `.indices ${s.tables[1]}`, `.indexes %${pick(['s', 'e'])}%`, '.indexes nomatch']);
    return S(s.sql + `${cmd}\nSELECT count(*) AS n FROM sqlite_schema WHERE type = 'index';\n`);
  }, 3);
  fam('dump', '.dump of a whole database', 14, () => S(schema().sql + (chance(0.3) ? 'PRAGMA foreign_keys = ON;\n' : '') + '.dump\n'), 5);
  fam('dump-table', '.dump TABLE / .dump PATTERN', 10, () => {
    const s = schema();
    const pats = [s.tables[0], s.tables[1], `${s.tables[2].slice(0, 2)}%`, `${s.tables[0]} ${s.tables[1]}`, s.tables[s.tables.length - 1], 'nomatch'];
    return S(s.sql + `.dump ${pick(pats)}\n.print -- end\n`);
  }, 4);
  fam('dump-options', '.dump --data-only / --nosys / --preserve-rowids / --newlines', 12, () => {
    const s = schema({ extra: true });
    const opt = pick(['--data-only', '--nosys', '--preserve-rowids', '--newlines', '--data-only --newlines', '--preserve-rowids --data-only']);
    const rows = chance(0.5) ? `DELETE FROM ${s.p.name} WHERE id % 2 = 0;\nINSERT INTO notes VALUES ('${word()}' || char(10) || '${word()}', char(13));\n` : `INSERT INTO notes VALUES ('tab' || char(9) || 'x', 'multi' || char(10) || 'line');\n`;
    return S(s.sql + `CREATE TABLE notes(a TEXT, b TEXT);\n${rows}.dump ${opt}${chance(0.4) ? ` ${pick(['notes', s.p.name])}` : ''}\n`);
  }, 5);
  fam('dump-values', '.dump rendering of reals, big integers, blobs, text with quotes and control characters', 10, () => {
    const vals = many(int(4, 8), () => pick([
      money(-99999, 99999), int(-1e6, 1e6), { raw: `${int(1, 9)}e${int(20, 300)}` }, { raw: '9223372036854775807' }, { raw: '-9223372036854775808' },
      { raw: `${int(1, 99)}.0` }, { raw: '0.1' }, { raw: '1.0/3' }, { raw: '1e999' }, { raw: '-1e999' }, { blob: rng.bytes(int(0, 6)).toString('hex') },
      pick(TRICKY), pick(UNI), `${word()}\r\n${word()}`, { raw: "char(0, 65)" }, null, { raw: 'zeroblob(3)' },
    ]));
    const tbl = pick(['vals', 'v', '"weird table"', 'data']);
    return S(`CREATE TABLE ${tbl}(id INTEGER PRIMARY KEY, v);\n${vals.map((v) => `INSERT INTO ${tbl}(v) VALUES(${lit(v)});`).join('\n')}\n.dump\n`);
  }, 4);
  fam('dump-roundtrip', '.dump output read back with .read into a second database', 4, () => {
    const s = schema({ triggers: false });
    return S(s.sql + `.output dump.sql\n.dump\n.output\n.open --new copy.db\n.read dump.sql\n.tables\nSELECT count(*) FROM ${s.p.name};\n`);
  }, 2);

  // ================================================================ core SQL
  /** one visible test per template (reps times), duals for the first `duals` of them; each template returns a script */
  const tfam = (id, note, templates, o = {}) => {
    const reps = o.reps ?? 1;
    const n = templates.length * reps;
    fam(id, note, n, (d, i) => {
      const t = templates[(i - 1) % templates.length];
      const script = t();
      return typeof script === 'string' ? Q(script, o.q ?? {}) : script;
    }, o.duals ?? Math.ceil(n * 0.4));
  };

  tfam('select', 'SELECT basics: WHERE, ORDER BY, LIMIT/OFFSET, DISTINCT, aliases', [
    () => { const t = people(); return tableSql(t) + `SELECT name, salary FROM ${t.name} WHERE salary > ${int(5, 12) * 10000} ORDER BY salary DESC;\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT DISTINCT dept FROM ${t.name} ORDER BY 1;\nSELECT DISTINCT dept, city > 'M' FROM ${t.name} ORDER BY 1, 2;\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT * FROM ${t.name} ORDER BY city, name LIMIT ${int(2, 4)} OFFSET ${int(0, 3)};\n`; },
    () => { const t = people(int(6, 10)); const ds = sample(DEPTS.slice(0, 4), 2); return tableSql(t) + `SELECT name, dept, salary FROM ${t.name} WHERE dept IN (${ds.map(sq).join(', ')}) AND salary BETWEEN ${int(3, 8) * 10000} AND ${int(10, 16) * 10000} ORDER BY name;\n`; },
    () => { const t = people(); return tableSql(t) + `SELECT name, salary IS NULL AS missing, coalesce(salary, ${int(0, 9)}) AS s, ifnull(salary, 'n/a') AS t FROM ${t.name} ORDER BY id;\n`; },
    () => { const t = people(int(7, 10)); const l = pick('ABCDEGHJKLMNOPRSTUVWYZ'); return tableSql(t) + `SELECT name FROM ${t.name} WHERE name LIKE '${l}%' OR name LIKE '%${pick('aeio')}' OR name LIKE '_${pick('aeiou')}%' ORDER BY 1;\nSELECT name FROM ${t.name} WHERE name LIKE '${l.toLowerCase()}%' ORDER BY 1;\n`; },
    () => { const t = people(int(7, 10)); return tableSql(t) + `SELECT name, name GLOB '*[aeiou]' AS vowel_end, name GLOB '[A-M]*' AS first_half FROM ${t.name} ORDER BY id;\n`; },
    () => { const t = people(); const a = int(10, 14) * 10000, b = int(6, 9) * 10000; return tableSql(t) + `SELECT name, salary, CASE WHEN salary >= ${a} THEN 'high' WHEN salary >= ${b} THEN 'mid' WHEN salary IS NULL THEN '?' ELSE 'low' END AS band FROM ${t.name} ORDER BY id;\nSELECT CASE dept WHEN 'eng' THEN 1 WHEN 'ops' THEN 2 END AS code, count(*) FROM ${t.name} GROUP BY 1 ORDER BY 1;\n`; },
    () => { const t = products(); return tableSql(t) + `SELECT name, price, qty, price * qty AS value, qty / ${int(3, 9)} AS q, qty % ${int(3, 9)} AS r, -price AS neg FROM ${t.name} ORDER BY sku;\n`; },
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT name, salary FROM ${t.name} ORDER BY salary ${pick(['ASC', 'DESC'])} NULLS ${pick(['FIRST', 'LAST'])}, name;\nSELECT name, salary FROM ${t.name} ORDER BY salary DESC, name LIMIT 2;\n`; },
    () => { const t = products(int(6, 9)); return tableSql(t) + `SELECT category, name FROM ${t.name} ORDER BY 1 DESC, 2 LIMIT ${int(2, 3)} * 2;\nSELECT name FROM ${t.name} ORDER BY price LIMIT -1 OFFSET ${int(3, 5)};\nSELECT name FROM ${t.name} ORDER BY qty DESC LIMIT 1, 2;\n`; },
    () => { const t = people(); return tableSql(t) + `SELECT upper(substr(name, 1, 1)) || '.' AS initial, length(name) AS len, name || ' (' || dept || ')' AS label FROM ${t.name} ORDER BY len DESC, label;\n`; },
    () => { const t = products(); return tableSql(t) + `SELECT name AS "Product Name", price AS [Unit Price], qty AS \`In Stock\` FROM ${t.name} WHERE qty > ${int(20, 120)} ORDER BY "Unit Price";\n`; },
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT count(*) FROM ${t.name} WHERE NOT (dept = 'eng' OR salary < ${int(6, 10) * 10000});\nSELECT name FROM ${t.name} WHERE dept <> 'ops' AND city != 'Oslo' AND salary NOT NULL ORDER BY salary LIMIT 3;\n`; },
  ], { reps: 2, duals: 6 });
  tfam('null', 'NULL semantics in comparisons, logic, IN, aggregates', [
    () => { const a = int(-5, 9), b = int(-5, 9); return `SELECT NULL = NULL, NULL IS NULL, NULL <> ${a}, NULL AND 0, NULL AND 1, NULL OR 1, NULL OR 0, NOT NULL;\nSELECT ${a} > ${b}, ${a} > ${b} AND NULL, ${a} > ${b} OR NULL, NULL = ${a} IS NULL, coalesce(NULL > ${b}, ${a});\n`; },
    () => `SELECT ${int(1, 5)} IN (NULL, ${int(6, 9)}), ${int(1, 5)} NOT IN (NULL, ${int(6, 9)}), NULL IN (), ${int(1, 3)} IN (1, 2, 3, NULL);\n`,
    () => `SELECT ${int(1, 9)} IS ${int(1, 9)}, NULL IS NOT NULL, ${int(1, 9)} IS NOT NULL, 'a' IS 'a', NULL IS DISTINCT FROM NULL, ${int(1, 3)} IS NOT DISTINCT FROM ${int(1, 3)};\n`,
    () => { const v = many(int(4, 7), () => (chance(0.35) ? 'NULL' : String(int(-9, 30)))); return `CREATE TABLE n(x);\nINSERT INTO n VALUES ${v.map((x) => `(${x})`).join(', ')};\nSELECT count(*), count(x), sum(x), total(x), avg(x), min(x), max(x) FROM n;\nSELECT x FROM n ORDER BY x;\nSELECT count(DISTINCT x) FROM n;\n`; },
    () => `SELECT nullif(${int(1, 3)}, ${int(1, 3)}), coalesce(NULL, NULL, ${sq(word())}, 'b'), ifnull(NULL, ${int(1, 99)}), iif(NULL, 'yes', 'no'), NULL || 'x', NULL + ${int(1, 9)}, length(NULL), typeof(NULL);\n`,
  ], { duals: 3 });
  tfam('types', 'storage classes, column affinity and typeof()', [
    () => `CREATE TABLE t(i INTEGER, r REAL, x TEXT, n NUMERIC, b BLOB, none);\nINSERT INTO t VALUES ('${int(1, 999)}', '${int(1, 99)}', ${int(1, 999)}, '${int(1, 99)}.${int(0, 9)}0', '${int(1, 9)}', '${int(1, 9)}');\nINSERT INTO t VALUES (${int(1, 9)}.0, ${int(1, 99)}, ${money()}, '${word()}', ${int(1, 9)}, ${money()});\nINSERT INTO t VALUES ('1e${int(2, 5)}', '${int(1, 9)}abc', NULL, ' ${int(1, 9)} ', x'${rng.bytes(2).toString('hex')}', '0x1${int(0, 9)}');\nSELECT typeof(i), typeof(r), typeof(x), typeof(n), typeof(b), typeof(none) FROM t;\nSELECT * FROM t;\n`,
    () => `CREATE TABLE a(v VARCHAR(10), w DOUBLE PRECISION, x BIGINT, y CHARACTER(3), z DECIMAL(10,2), q BOOLEAN, d DATE, f FLOATING POINT);\nINSERT INTO a VALUES (${int(1, 99)}, '${int(1, 99)}', '${int(1, 99)}.0', ${int(100, 999)}, '${money()}', '${pick(['1', '0', 'true'])}', '2024-0${int(1, 9)}-1${int(0, 9)}', '${int(1, 9)}');\nSELECT typeof(v), typeof(w), typeof(x), typeof(y), typeof(z), typeof(q), typeof(d), typeof(f) FROM a;\nSELECT * FROM a;\n`,
    () => `SELECT typeof(${int(1, 99)}), typeof(${money()}), typeof('${word()}'), typeof(x'00'), typeof(NULL), typeof(${int(1, 9)} / 2), typeof(${int(1, 9)} / 2.0), typeof('${int(1, 9)}' + 0), typeof('${money()}' * 1), typeof(${int(1, 9)} || ''), typeof(CAST(${int(1, 9)} AS TEXT));\n`,
    () => `SELECT ${int(1, 20)} < '${int(1, 20)}', '${int(10, 99)}' < '${int(1, 9)}', ${int(1, 9)} = ${int(1, 9)}.0, x'41' > 'A', 'abc' < 'abd', 'B' < 'a', 'a' = 'A', NULL < 1, 1 < x'00';\nCREATE TABLE c(t TEXT, i INTEGER);\nINSERT INTO c VALUES ('${int(1, 20)}', '${int(1, 20)}');\nSELECT t = ${int(1, 20)}, i = '${int(1, 20)}', t < i, t > i FROM c;\n`,
    () => { const vals = sample(['1', "'1'", "'01'", '1.0', "'1.0'", 'NULL', "x'31'", "'a'", "'A'", '-1', "'-1'", '0.5', "'abc'", "'10'", '2', "'B'"], int(6, 10)); return `CREATE TABLE m(v);\nINSERT INTO m VALUES ${vals.map((x) => `(${x})`).join(', ')};\nSELECT v, typeof(v) FROM m ORDER BY v;\nSELECT v, typeof(v) FROM m ORDER BY v COLLATE NOCASE DESC, rowid;\n`; },
  ], { duals: 3 });
  tfam('cast', 'CAST between storage classes', [
    () => `SELECT CAST('${int(1, 99)}abc' AS INTEGER), CAST(${int(1, 9)}.${int(5, 9)} AS INTEGER), CAST(-${int(1, 9)}.${int(5, 9)} AS INTEGER), CAST('1e${int(1, 5)}' AS REAL), CAST('  ${int(1, 99)}  ' AS NUMERIC), CAST('${word()}' AS INTEGER);\n`,
    () => `SELECT CAST(x'${Buffer.from(word()).toString('hex')}' AS TEXT), CAST(${int(100, 999)} AS BLOB), typeof(CAST(${int(1, 9)} AS BLOB)), hex(CAST('${word()}' AS BLOB)), CAST(NULL AS INTEGER), CAST(${money()} AS TEXT);\n`,
    () => `SELECT CAST('${int(1, 9)}.0' AS NUMERIC), typeof(CAST('${int(1, 9)}.0' AS NUMERIC)), CAST('${int(1, 9)}.5' AS NUMERIC), CAST('0x${int(10, 99)}' AS INTEGER), CAST('9223372036854775808' AS INTEGER), CAST('-9223372036854775809' AS INTEGER), CAST(1e20 AS INTEGER), CAST(-1e20 AS INTEGER);\n`,
    () => `SELECT CAST(${int(1, 9)} AS REAL), CAST('${int(1, 9)}e-${int(1, 3)}' AS REAL), CAST('.${int(1, 9)}' AS REAL), CAST('${int(1, 9)}.' AS REAL), CAST('-' AS REAL), CAST('+${int(1, 9)}' AS INTEGER), CAST(${pick(['TRUE', 'FALSE'])} AS TEXT), ${int(1, 9)} + '${int(1, 9)}x';\n`,
  ], { duals: 2 });
  tfam('numbers', 'integer and float arithmetic, overflow, float rendering', [
    () => `SELECT ${int(1, 99)} / ${int(2, 9)}, ${int(1, 99)} % ${int(2, 9)}, -${int(1, 99)} / ${int(2, 9)}, -${int(1, 99)} % ${int(2, 9)}, ${int(1, 99)} % -${int(2, 9)}, ${int(1, 9)} / 0, ${int(1, 9)} % 0, ${int(1, 9)}.0 / 0, ${money()} % ${int(2, 9)};\n`,
    () => `SELECT 9223372036854775807, 9223372036854775807 + ${int(1, 9)}, -9223372036854775808 - ${int(1, 9)}, 9223372036854775808, ${int(2, 9)} * 4611686018427387904, 0x7fffffffffffffff, 0x${rng.bytes(4).toString('hex')}, -0x${int(1, 99)};\n`,
    () => `SELECT 0.1 + 0.2, 1e15, 1e${int(16, 20)}, ${int(100000, 999999)}${int(100000, 999999)}${int(1000, 9999)}.5, 1.5e-${int(5, 9)}, 100.0, 2.0 / 3, -0.0, 1e308 * 10, -1e308 * 10, ${int(1, 9)}e-${int(300, 330)};\n`,
    () => `SELECT ${int(1, 999)}.${int(0, 999)} * ${int(1, 99)}, ${int(1, 9)}.0 * 1000000, 123456789012345.6, 1234567890123456.7, 0.000001, 0.0000001, ${int(10, 99)} * 1.0 / 7, round(${int(10, 99)} * 1.0 / 7, ${int(1, 4)});\n`,
    () => `SELECT ${int(1, 255)} & ${int(1, 255)}, ${int(1, 255)} | ${int(1, 255)}, ~${int(0, 99)}, ${int(1, 99)} << ${int(1, 10)}, ${int(1000, 99999)} >> ${int(1, 6)}, 1 << 63, 1 << 64, -1 >> 1, ${int(1, 9)} << -1;\n`,
    () => `SELECT ${int(1, 9)} + ${int(1, 9)} * ${int(1, 9)} - ${int(1, 9)}, (${int(1, 9)} + ${int(1, 9)}) * ${int(1, 9)}, ${int(2, 9)} * -${int(1, 9)}, - - ${int(1, 9)}, +'${int(1, 9)}', ${int(1, 9)} || ${int(1, 9)} + ${int(1, 9)}, ${int(1, 5)} = ${int(1, 5)} = ${int(0, 1)}, ${int(1, 9)} < ${int(1, 9)} < ${int(1, 9)};\n`,
    () => `SELECT sum(x), avg(x), total(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT ${int(1, 9)});\n`,
    () => `SELECT abs(-9223372036854775808);\nSELECT ${int(1, 9)};\n`,
  ], { duals: 4 });

  /** people + products + orders, for join/aggregate templates */
  const shop = (np = int(4, 7), npr = int(3, 6), no = int(6, 12)) => {
    const p = people(np, pick(['people', 'customers', 'users']));
    const pr = products(npr, pick(['products', 'items']));
    const pids = p.rows.map((r) => r[0]);
    const o = orders([...pids, ...(chance(0.5) ? [999] : [])], [...pr.rows.map((r) => r[0]), ...(chance(0.4) ? ['ZZ-000'] : [])], no, pick(['orders', 'sales']));
    return { p, pr, o, P: p.name, R: pr.name, O: o.name, sql: tableSql(p) + tableSql(pr) + tableSql(o) };
  };
  tfam('join', 'joins: inner, left, right, full, cross, natural, USING, self, multi-table', [
    () => { const s = shop(); return s.sql + `SELECT ${s.O}.id, ${s.P}.name, ${s.O}.amount FROM ${s.O} JOIN ${s.P} ON ${s.P}.id = ${s.O}.person_id ORDER BY ${s.O}.id;\n`; },
    () => { const s = shop(); return s.sql + `SELECT p.name, o.id AS order_id, o.amount FROM ${s.P} AS p LEFT JOIN ${s.O} AS o ON o.person_id = p.id ORDER BY p.id, o.id;\n`; },
    () => { const s = shop(); return s.sql + `SELECT p.name, o.id FROM ${s.O} o RIGHT JOIN ${s.P} p ON p.id = o.person_id WHERE o.id IS NULL OR o.amount > ${int(10, 15)} ORDER BY p.name, o.id;\n`; },
    () => { const s = shop(); return s.sql + `SELECT p.name, o.id, o.sku FROM ${s.P} p FULL OUTER JOIN ${s.O} o ON o.person_id = p.id ORDER BY p.name NULLS LAST, o.id;\n`; },
    () => { const a = sample(['S', 'M', 'L', 'XL'], int(2, 3)); const b = sample(['red', 'blue', 'green', 'black'], int(2, 3)); return `CREATE TABLE sizes(s);\nCREATE TABLE colors(c);\nINSERT INTO sizes VALUES ${a.map((x) => `('${x}')`).join(', ')};\nINSERT INTO colors VALUES ${b.map((x) => `('${x}')`).join(', ')};\nSELECT s, c FROM sizes CROSS JOIN colors ORDER BY s, c;\nSELECT count(*) FROM sizes, colors;\n`; },
    () => { const s = shop(); return s.sql + `CREATE TABLE dept_names(dept TEXT, title TEXT);\nINSERT INTO dept_names VALUES ('eng', 'Engineering'), ('ops', 'Operations'), ('sales', 'Sales');\nSELECT name, title FROM ${s.P} NATURAL JOIN dept_names ORDER BY name;\nSELECT name, title FROM ${s.P} JOIN dept_names USING (dept) WHERE title LIKE '%${pick(['e', 'o', 'a'])}%' ORDER BY 1;\n`; },
    () => { const s = shop(); return s.sql + `SELECT a.name, b.name FROM ${s.P} a JOIN ${s.P} b ON a.dept = b.dept AND a.id < b.id ORDER BY a.id, b.id;\n`; },
    () => { const s = shop(); return s.sql + `SELECT p.name, r.name AS product, o.amount, round(o.amount * r.price, 2) AS cost\nFROM ${s.O} o\n  JOIN ${s.P} p ON p.id = o.person_id\n  JOIN ${s.R} r ON r.sku = o.sku\nORDER BY cost DESC, o.id\nLIMIT ${int(3, 6)};\n`; },
    () => { const s = shop(); return s.sql + `SELECT p.name FROM ${s.P} p LEFT JOIN ${s.O} o ON o.person_id = p.id WHERE o.id IS NULL ORDER BY 1;\nSELECT r.name FROM ${s.R} r WHERE NOT EXISTS (SELECT 1 FROM ${s.O} o WHERE o.sku = r.sku) ORDER BY 1;\n`; },
    () => { const s = shop(); return s.sql + `SELECT DISTINCT p.name FROM ${s.P} p, ${s.O} o WHERE o.person_id = p.id AND o.amount >= ${int(8, 15)} ORDER BY p.name;\n`; },
    () => { const t = tree(); return tableSql(t) + `SELECT e.name AS employee, m.name AS manager FROM ${t.name} e LEFT JOIN ${t.name} m ON m.id = e.boss ORDER BY e.id;\n`; },
    () => { const s = shop(); return s.sql + `SELECT p.name, count(o.id) AS orders, coalesce(sum(o.amount), 0) AS units FROM ${s.P} p LEFT JOIN ${s.O} o ON o.person_id = p.id GROUP BY p.id ORDER BY units DESC, p.name;\n`; },
    () => { const s = shop(); return s.sql + `SELECT o.id, r.name, o.amount FROM ${s.O} o LEFT JOIN ${s.R} r ON r.sku = o.sku AND r.qty > ${int(50, 150)} ORDER BY o.id;\n`; },
    () => { const s = shop(); return s.sql + `SELECT p1.name, p2.name, abs(p1.salary - p2.salary) AS diff FROM ${s.P} p1 JOIN ${s.P} p2 ON p1.id < p2.id AND abs(p1.salary - p2.salary) < ${int(10, 40)}000 ORDER BY diff, p1.name;\n`; },
  ], { reps: 2, duals: 6 });
  tfam('aggregate', 'aggregates, GROUP BY, HAVING, FILTER, group_concat', [
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT dept, count(*), sum(salary), avg(salary), min(salary), max(salary) FROM ${t.name} GROUP BY dept ORDER BY dept;\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT dept, count(*) AS n FROM ${t.name} GROUP BY dept HAVING count(*) > 1 ORDER BY n DESC, dept;\nSELECT city, max(salary) FROM ${t.name} GROUP BY city HAVING max(salary) > ${int(8, 12)}0000 ORDER BY 1;\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT dept, group_concat(name) FROM (SELECT * FROM ${t.name} ORDER BY name) GROUP BY dept ORDER BY dept;\nSELECT group_concat(DISTINCT dept) FROM (SELECT dept FROM ${t.name} ORDER BY dept);\nSELECT group_concat(city, ${sq(pick([' / ', ';', '', ' and ']))}) FROM (SELECT city FROM ${t.name} ORDER BY id LIMIT 3);\n`; },
    () => { const t = scores(); return tableSql(t) + `SELECT student, count(*) FILTER (WHERE score >= ${int(50, 70)}) AS passed, count(*) AS total, max(score) FILTER (WHERE term = 2) AS best_t2 FROM ${t.name} GROUP BY student ORDER BY student;\n`; },
    () => { const t = products(); return tableSql(t) + `SELECT count(*), sum(qty), total(qty), avg(price), min(name), max(name) FROM ${t.name} WHERE price < 0;\nSELECT count(*), sum(qty), round(avg(price), 2) FROM ${t.name};\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT dept, name, max(salary) FROM ${t.name} GROUP BY dept ORDER BY dept;\nSELECT name, min(hired) FROM ${t.name};\n`; },
    () => { const t = scores(); return tableSql(t) + `SELECT subject, term, round(avg(score), 1) AS avg_score, count(*) FROM ${t.name} GROUP BY subject, term ORDER BY subject, term;\n`; },
    () => { const t = readings(); return tableSql(t) + `SELECT sensor, count(value), round(avg(value), 3), min(value), max(value), sum(value > 0) AS positive FROM ${t.name} GROUP BY sensor ORDER BY sensor;\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT substr(hired, 1, 4) AS year, count(*), group_concat(substr(name, 1, instr(name, ' ') - 1), '+') FROM ${t.name} GROUP BY year ORDER BY year DESC;\n`; },
    () => { const t = products(); return tableSql(t) + `SELECT category, count(*) AS n, round(sum(price * qty), 2) AS stock_value FROM ${t.name} GROUP BY 1 ORDER BY stock_value DESC;\nSELECT count(DISTINCT category) AS cats, count(*) - count(DISTINCT category) AS dups FROM ${t.name};\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT count(*) AS n FROM ${t.name} GROUP BY dept ORDER BY n DESC LIMIT 1;\nSELECT avg(n) FROM (SELECT count(*) AS n FROM ${t.name} GROUP BY city);\nSELECT max(salary) - min(salary) AS spread FROM ${t.name};\n`; },
    () => `SELECT count(*), sum(x), avg(x), group_concat(x) FROM (SELECT ${int(1, 9)} AS x UNION ALL SELECT '${int(1, 9)}' UNION ALL SELECT '${word()}' UNION ALL SELECT ${money()} UNION ALL SELECT NULL);\n`,
    () => { const t = people(int(5, 8)); return tableSql(t) + `SELECT dept, count(*) FROM ${t.name} GROUP BY dept HAVING dept > 'f' ORDER BY count(*) DESC, dept;\nSELECT ${int(1, 9)} AS k, count(*) FROM ${t.name} GROUP BY k;\nSELECT count(*) FROM ${t.name} HAVING count(*) > ${int(0, 10)};\n`; },
    () => { const t = scores(); return tableSql(t) + `SELECT student, sum(score) AS total FROM ${t.name} GROUP BY student HAVING total > (SELECT avg(s) FROM (SELECT sum(score) AS s FROM ${t.name} GROUP BY student)) ORDER BY total DESC;\n`; },
  ], { reps: 2, duals: 6 });

  tfam('window', 'window functions: ranking, offsets, frames, named windows', [
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT name, dept, salary, row_number() OVER (ORDER BY salary DESC, name) AS rn FROM ${t.name} ORDER BY rn;\n`; },
    () => { const t = scores(); return tableSql(t) + `SELECT student, subject, score, rank() OVER w AS rnk, dense_rank() OVER w AS drnk FROM ${t.name} WINDOW w AS (PARTITION BY subject ORDER BY score DESC) ORDER BY subject, rnk, student;\n`; },
    () => { const t = readings(); return tableSql(t) + `SELECT sensor, ts, value, lag(value) OVER (PARTITION BY sensor ORDER BY ts) AS prev, lead(value, ${int(1, 2)}, ${int(-9, 0)}) OVER (PARTITION BY sensor ORDER BY ts) AS next FROM ${t.name} ORDER BY sensor, ts;\n`; },
    () => { const t = products(int(5, 8)); return tableSql(t) + `SELECT name, price, sum(price) OVER (ORDER BY price ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running, round(avg(price) OVER (ORDER BY price ROWS BETWEEN ${int(1, 2)} PRECEDING AND ${int(0, 1)} FOLLOWING), 2) AS moving FROM ${t.name} ORDER BY price;\n`; },
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT name, dept, salary, first_value(name) OVER (PARTITION BY dept ORDER BY salary DESC) AS top, last_value(name) OVER (PARTITION BY dept ORDER BY salary DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS bottom, nth_value(name, 2) OVER (PARTITION BY dept ORDER BY salary DESC) AS second FROM ${t.name} ORDER BY dept, salary DESC, name;\n`; },
    () => { const t = people(int(6, 10)); return tableSql(t) + `SELECT name, salary, ntile(${int(2, 4)}) OVER (ORDER BY salary, name) AS bucket, round(percent_rank() OVER (ORDER BY salary), 4) AS pr, round(cume_dist() OVER (ORDER BY salary), 4) AS cd FROM ${t.name} ORDER BY salary, name;\n`; },
    () => { const n = int(6, 10); const v = many(n, () => int(1, 20)); return `CREATE TABLE s(x INTEGER);\nINSERT INTO s VALUES ${v.map((x) => `(${x})`).join(', ')};\nSELECT x, sum(x) OVER (ORDER BY x RANGE BETWEEN ${int(1, 3)} PRECEDING AND ${int(0, 3)} FOLLOWING) AS r, count(*) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS g FROM s ORDER BY x;\n`; },
    () => { const v = many(int(5, 8), () => int(1, 6)); return `CREATE TABLE e(x);\nINSERT INTO e VALUES ${v.map((x) => `(${x})`).join(', ')};\nSELECT x, group_concat(x, '.') OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE ${pick(['CURRENT ROW', 'TIES', 'GROUP', 'NO OTHERS'])}) AS w FROM e ORDER BY x;\n`; },
    () => { const t = scores(); return tableSql(t) + `SELECT student, subject, score, score - avg(score) OVER (PARTITION BY subject) AS diff, max(score) OVER () AS best FROM ${t.name} ORDER BY student, subject;\n`; },
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT * FROM (SELECT name, dept, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM ${t.name}) WHERE r <= ${int(1, 2)} ORDER BY dept, r, name;\n`; },
    () => { const t = readings(); return tableSql(t) + `SELECT sensor, count(*) AS n, sum(count(*)) OVER (ORDER BY sensor) AS cumulative, round(avg(value), 2) AS mean, rank() OVER (ORDER BY avg(value) DESC) AS hottest FROM ${t.name} GROUP BY sensor ORDER BY sensor;\n`; },
    () => { const t = products(int(5, 8)); return tableSql(t) + `SELECT category, name, qty, sum(qty) FILTER (WHERE qty > ${int(20, 100)}) OVER (PARTITION BY category) AS big_qty, row_number() OVER (PARTITION BY category ORDER BY qty DESC) AS pos FROM ${t.name} ORDER BY category, pos;\n`; },
    () => `SELECT x, lag(x, ${int(1, 3)}) OVER win, lead(x) OVER win, first_value(x) OVER win FROM (SELECT value AS x FROM generate_series(${int(1, 5)}, ${int(8, 14)}, ${int(1, 3)})) WINDOW win AS (ORDER BY x DESC);\n`,
    () => { const t = people(int(5, 8)); return tableSql(t) + `SELECT name, salary, sum(salary) OVER (PARTITION BY dept) AS dept_total, round(100.0 * salary / sum(salary) OVER (PARTITION BY dept), 1) AS pct FROM ${t.name} WHERE salary IS NOT NULL ORDER BY dept, pct DESC, name;\n`; },
  ], { reps: 2, duals: 6 });
  tfam('cte', 'common table expressions, recursive CTEs', [
    () => { const t = people(int(6, 9)); return tableSql(t) + `WITH rich AS (SELECT * FROM ${t.name} WHERE salary > ${int(7, 11)}0000)\nSELECT dept, count(*) FROM rich GROUP BY dept ORDER BY dept;\n`; },
    () => `WITH RECURSIVE cnt(x) AS (SELECT ${int(1, 5)} UNION ALL SELECT x + ${int(1, 3)} FROM cnt WHERE x < ${int(10, 25)})\nSELECT group_concat(x, ' ') FROM cnt;\n`,
    () => `WITH RECURSIVE fib(n, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT n + 1, b, a + b FROM fib WHERE n < ${int(10, 90)})\nSELECT n, a FROM fib WHERE n % ${int(5, 10)} = 0 OR n = 1;\n`,
    () => `WITH RECURSIVE f(n, fact) AS (SELECT 0, 1 UNION ALL SELECT n + 1, fact * (n + 1) FROM f WHERE n < ${int(15, 25)})\nSELECT n, fact, typeof(fact) FROM f WHERE n >= ${int(10, 14)};\n`,
    () => { const t = tree(); return tableSql(t) + `WITH RECURSIVE chain(id, name, depth, path) AS (\n  SELECT id, name, 0, name FROM ${t.name} WHERE boss IS NULL\n  UNION ALL\n  SELECT c.id, c.name, chain.depth + 1, chain.path || ' > ' || c.name FROM ${t.name} c JOIN chain ON c.boss = chain.id\n)\nSELECT depth, path FROM chain ORDER BY path;\n`; },
    () => `WITH RECURSIVE days(d) AS (SELECT date('${date(2020, 2024)}') UNION ALL SELECT date(d, '+${int(1, 10)} days') FROM days LIMIT ${int(4, 9)})\nSELECT d, strftime('%w', d) AS dow FROM days;\n`,
    () => { const t = people(int(5, 8)); return tableSql(t) + `WITH a AS (SELECT dept, avg(salary) AS av FROM ${t.name} GROUP BY dept),\n     b AS (SELECT max(av) AS top FROM a)\nSELECT dept, round(av, 1) FROM a, b WHERE av = top;\n`; },
    () => `WITH RECURSIVE split(word, rest) AS (\n  SELECT '', ${sq(many(int(3, 6), word).join(','))} || ','\n  UNION ALL\n  SELECT substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1) FROM split WHERE rest <> ''\n)\nSELECT word, length(word) FROM split WHERE word <> '';\n`,
    () => `WITH RECURSIVE collatz(n, steps) AS (SELECT ${int(6, 60)}, 0 UNION ALL SELECT CASE WHEN n % 2 = 0 THEN n / 2 ELSE 3 * n + 1 END, steps + 1 FROM collatz WHERE n > 1)\nSELECT max(steps), max(n), group_concat(n, ',') FROM collatz;\n`,
    () => `WITH t(a, b) AS (VALUES (${int(1, 9)}, '${word()}'), (${int(1, 9)}, '${word()}'), (${int(1, 9)}, NULL))\nSELECT * FROM t ORDER BY a, b;\nWITH x AS MATERIALIZED (SELECT ${int(1, 9)} AS v), y AS NOT MATERIALIZED (SELECT v * 2 AS w FROM x) SELECT v, w FROM x, y;\n`,
    () => `WITH RECURSIVE xaxis(x) AS (VALUES(-2.0) UNION ALL SELECT x + 0.${pick(['05', '1'])} FROM xaxis WHERE x < 1.2),\nyaxis(y) AS (VALUES(-1.0) UNION ALL SELECT y + 0.${pick(['1', '2'])} FROM yaxis WHERE y < 1.0),\nm(iter, cx, cy, x, y) AS (\n  SELECT 0, x, y, 0.0, 0.0 FROM xaxis, yaxis\n  UNION ALL\n  SELECT iter + 1, cx, cy, x * x - y * y + cx, 2.0 * x * y + cy FROM m WHERE (x * x + y * y) < 4.0 AND iter < ${int(12, 28)}\n),\nm2(iter, cx, cy) AS (SELECT max(iter), cx, cy FROM m GROUP BY cx, cy),\na(t) AS (SELECT group_concat(substr(' .+*#', 1 + min(iter / 6, 4), 1), '') FROM m2 GROUP BY cy)\nSELECT group_concat(rtrim(t), x'0a') FROM a;\n`,
    () => { const t = tree(); return tableSql(t) + `WITH RECURSIVE under(id) AS (SELECT ${int(1, 3)} UNION SELECT t.id FROM ${t.name} t JOIN under ON t.boss = under.id)\nSELECT count(*) - 1 AS reports, group_concat(id) FROM (SELECT id FROM under ORDER BY id);\n`; },
  ], { duals: 5 });
  tfam('subquery', 'subqueries and compound SELECTs', [
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT name, salary FROM ${t.name} WHERE salary > (SELECT avg(salary) FROM ${t.name}) ORDER BY salary DESC;\n`; },
    () => { const t = people(int(6, 9)); return tableSql(t) + `SELECT name, dept, salary FROM ${t.name} p WHERE salary = (SELECT max(salary) FROM ${t.name} q WHERE q.dept = p.dept) ORDER BY dept;\n`; },
    () => { const s = shop(); return s.sql + `SELECT name FROM ${s.P} WHERE id IN (SELECT person_id FROM ${s.O} WHERE amount > ${int(8, 15)}) ORDER BY name;\nSELECT name FROM ${s.P} WHERE id NOT IN (SELECT person_id FROM ${s.O}) ORDER BY name;\n`; },
    () => { const s = shop(); return s.sql + `SELECT name, (SELECT count(*) FROM ${s.O} WHERE person_id = ${s.P}.id) AS n, (SELECT max(day) FROM ${s.O} WHERE person_id = ${s.P}.id) AS last FROM ${s.P} ORDER BY n DESC, name;\n`; },
    () => { const a = sample(WORDS, int(3, 6)); const b = sample(WORDS, int(3, 6)); return `CREATE TABLE a(w);\nCREATE TABLE b(w);\nINSERT INTO a VALUES ${a.map((x) => `('${x}')`).join(', ')};\nINSERT INTO b VALUES ${b.map((x) => `('${x}')`).join(', ')};\nSELECT w FROM a UNION SELECT w FROM b;\nSELECT '--';\nSELECT w FROM a INTERSECT SELECT w FROM b;\nSELECT '--';\nSELECT w FROM a EXCEPT SELECT w FROM b ORDER BY 1 DESC;\nSELECT count(*) FROM (SELECT w FROM a UNION ALL SELECT w FROM b);\n`; },
    () => `SELECT ${int(1, 9)} AS n, 'x' AS s UNION ALL SELECT ${int(1, 9)}, 'y' UNION ALL SELECT ${int(1, 9)}, 'z' ORDER BY n DESC, s LIMIT 2;\nVALUES (${int(1, 9)}, 'a'), (${int(1, 9)}, 'b');\nSELECT * FROM (VALUES (1), (2), (3)) WHERE column1 > ${int(0, 2)};\n`,
    () => { const t = products(); return tableSql(t) + `SELECT category, cnt FROM (SELECT category, count(*) AS cnt FROM ${t.name} GROUP BY category) AS c WHERE cnt >= 1 ORDER BY cnt DESC, category;\nSELECT (SELECT name FROM ${t.name} ORDER BY price DESC LIMIT 1) AS priciest, (SELECT name FROM ${t.name} ORDER BY price LIMIT 1) AS cheapest;\n`; },
    () => `SELECT (${int(1, 5)}, ${int(1, 5)}) = (${int(1, 5)}, ${int(1, 5)}), (1, 2) < (1, 3), (${int(1, 3)}, 'a') IN (VALUES (1, 'a'), (2, 'b')), (SELECT ${int(1, 9)}, ${int(1, 9)}) = (${int(1, 9)}, ${int(1, 9)});\n`,
    () => { const t = people(int(5, 8)); return tableSql(t) + `SELECT name FROM ${t.name} WHERE EXISTS (SELECT 1 FROM ${t.name} x WHERE x.dept = ${t.name}.dept AND x.id <> ${t.name}.id) ORDER BY name;\nSELECT (SELECT count(*) FROM ${t.name}) AS total, (SELECT name FROM ${t.name} WHERE 0) AS none;\n`; },
    () => { const t = scores(); return tableSql(t) + `SELECT student FROM ${t.name} WHERE subject = 'math' UNION SELECT student FROM ${t.name} WHERE score > ${int(80, 95)} ORDER BY student;\nSELECT subject FROM ${t.name} EXCEPT SELECT subject FROM ${t.name} WHERE score < ${int(40, 60)};\nSELECT count(*) FROM (SELECT student FROM ${t.name} INTERSECT SELECT student FROM ${t.name} WHERE term = 2);\n`; },
  ], { duals: 4 });

  tfam('dml', 'INSERT/UPDATE/DELETE, UPSERT, RETURNING, REPLACE, changes()', [
    () => { const t = people(int(4, 6)); return tableSql(t) + `UPDATE ${t.name} SET salary = salary + ${int(1, 9)}000 WHERE dept = '${pick(DEPTS.slice(0, 4))}';\nSELECT changes();\nSELECT id, salary FROM ${t.name} ORDER BY id;\n`; },
    () => { const t = people(int(4, 7)); return tableSql(t) + `DELETE FROM ${t.name} WHERE salary IS NULL OR salary < ${int(6, 10)}0000;\nSELECT changes(), total_changes();\nSELECT name FROM ${t.name} ORDER BY id;\n`; },
    () => { const t = products(int(3, 5)); return tableSql(t) + `INSERT INTO ${t.name}(sku, name, price, qty) VALUES ('${t.rows[0][0]}', 'dup', 1.0, 1) ON CONFLICT(sku) DO UPDATE SET qty = qty + excluded.qty + ${int(1, 9)}, name = name || '*';\nINSERT INTO ${t.name}(sku, name) VALUES ('${t.rows[1][0]}', 'again') ON CONFLICT DO NOTHING;\nINSERT INTO ${t.name}(sku, name, price, qty) VALUES ('NEW-${int(1, 9)}', 'fresh', ${money()}, ${int(1, 9)}) ON CONFLICT(sku) DO UPDATE SET qty = 0;\nSELECT sku, name, qty FROM ${t.name} ORDER BY sku;\n`; },
    () => { const t = people(int(3, 5)); return tableSql(t) + `INSERT INTO ${t.name}(name, dept, salary) VALUES ('${person().replace(/'/g, "''")}', 'eng', ${int(40, 90)}000) RETURNING id, name;\nUPDATE ${t.name} SET salary = ${int(1, 9)} WHERE id <= 2 RETURNING id, salary, salary * 2 AS doubled;\nDELETE FROM ${t.name} WHERE id = ${t.rows[0][0]} RETURNING *;\n`; },
    () => `CREATE TABLE kv(k TEXT PRIMARY KEY, v INTEGER);\nINSERT INTO kv VALUES ('a', ${int(1, 9)}), ('b', ${int(1, 9)});\nREPLACE INTO kv VALUES ('a', ${int(10, 99)});\nINSERT OR REPLACE INTO kv VALUES ('c', ${int(10, 99)});\nINSERT OR IGNORE INTO kv VALUES ('b', 0), ('d', ${int(1, 9)});\nSELECT k, v, rowid FROM kv ORDER BY k;\n`,
    () => { const a = people(int(3, 5), 'staff'); return tableSql(a) + `CREATE TABLE archive(id INTEGER PRIMARY KEY, name TEXT, moved TEXT DEFAULT 'yes', n INTEGER DEFAULT (${int(1, 9)} * 10));\nINSERT INTO archive(id, name) SELECT id, upper(name) FROM staff WHERE id % 2 = ${int(0, 1)};\nINSERT INTO archive DEFAULT VALUES;\nSELECT * FROM archive;\nSELECT last_insert_rowid();\n`; },
    () => `CREATE TABLE seq(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);\nINSERT INTO seq(v) VALUES ('${word()}'), ('${word()}'), ('${word()}');\nDELETE FROM seq WHERE id = 3;\nINSERT INTO seq(v) VALUES ('${word()}');\nINSERT INTO seq(id, v) VALUES (${int(10, 50)}, 'jump');\nINSERT INTO seq(v) VALUES ('after');\nSELECT * FROM seq;\nSELECT name, seq FROM sqlite_sequence;\n`,
    () => `CREATE TABLE r(a);\nINSERT INTO r VALUES (${int(1, 9)}), (${int(1, 9)});\nDELETE FROM r WHERE rowid = 1;\nINSERT INTO r VALUES (${int(10, 20)});\nINSERT INTO r(rowid, a) VALUES (${int(100, 200)}, 'x');\nINSERT INTO r VALUES ('y');\nSELECT rowid, _rowid_, oid, a FROM r;\n`,
    () => { const s = shop(4, 3, 6); return s.sql + `UPDATE ${s.P} SET salary = coalesce(salary, 0) + t.total FROM (SELECT person_id, sum(amount) AS total FROM ${s.O} GROUP BY person_id) AS t WHERE t.person_id = ${s.P}.id;\nSELECT id, salary FROM ${s.P} ORDER BY id;\n`; },
    () => { const t = people(int(5, 8)); return tableSql(t) + `UPDATE ${t.name} SET dept = 'x' ORDER BY id DESC LIMIT ${int(1, 3)};\nDELETE FROM ${t.name} ORDER BY name LIMIT ${int(1, 2)};\nSELECT id, name, dept FROM ${t.name} ORDER BY id;\n`; },
    () => `CREATE TABLE c(n INTEGER);\nWITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${int(20, 200)}) INSERT INTO c SELECT i * ${int(2, 7)} FROM s;\nSELECT count(*), sum(n), max(n) FROM c;\nUPDATE c SET n = -n WHERE n % ${int(3, 9)} = 0;\nSELECT changes(), total_changes(), sum(n) FROM c;\n`,
    () => `CREATE TABLE u(id INTEGER PRIMARY KEY, email TEXT UNIQUE, hits INTEGER DEFAULT 0);\nINSERT INTO u(email) VALUES ('a@x'), ('b@x');\nINSERT INTO u(email) VALUES ${many(int(3, 6), () => `('${pick(['a', 'b', 'c', 'd'])}@x')`).join(', ')} ON CONFLICT(email) DO UPDATE SET hits = hits + 1 WHERE excluded.email <> 'b@x';\nSELECT * FROM u ORDER BY id;\n`,
  ], { duals: 5 });
  tfam('ddl', 'CREATE/ALTER/DROP and PRAGMA introspection', [
    () => { const t = people(int(3, 5)); return tableSql(t) + `CREATE TABLE snap AS SELECT name, salary * ${int(2, 12)} AS yearly FROM ${t.name} WHERE salary IS NOT NULL;\n.schema snap\nSELECT * FROM snap ORDER BY yearly DESC LIMIT 2;\n`; },
    () => { const t = products(int(2, 4)); const nn = pick(['goods', 'inventory', 'wares']); return tableSql(t) + `ALTER TABLE ${t.name} RENAME TO ${nn};\nALTER TABLE ${nn} RENAME COLUMN qty TO quantity;\n.schema\nSELECT sum(quantity) FROM ${nn};\n`; },
    () => { const t = people(int(2, 4)); const c = pick(['email', 'phone', 'level']); return tableSql(t) + `ALTER TABLE ${t.name} ADD COLUMN ${c} TEXT DEFAULT '${word()}';\nALTER TABLE ${t.name} ADD ${c}2 INTEGER NOT NULL DEFAULT ${int(0, 9)};\nSELECT id, ${c}, ${c}2 FROM ${t.name};\nALTER TABLE ${t.name} DROP COLUMN city;\n.schema ${t.name}\n`; },
    () => `CREATE TABLE a(x);\nCREATE TABLE IF NOT EXISTS a(y);\nCREATE INDEX ai ON a(x);\nCREATE VIEW av AS SELECT x FROM a;\nDROP VIEW av;\nDROP INDEX ai;\nDROP TABLE IF EXISTS ${pick(['nosuch', 'ghost', 'b'])};\nDROP TABLE a;\nSELECT count(*) FROM sqlite_schema;\nCREATE TABLE ${pick(['z', 'fresh'])}(q);\n.tables\n`,
    () => { const t = people(int(2, 3)); return tableSql(t) + `PRAGMA table_info(${t.name});\nPRAGMA table_xinfo(${t.name});\n`; },
    () => { const s = schema({ idx: int(2, 4) }); return s.sql + `PRAGMA index_list(${s.p.name});\nSELECT * FROM pragma_index_info('${s.indexes[0]}');\n`; },
    () => `CREATE TABLE parent(id INTEGER PRIMARY KEY, n TEXT);\nCREATE TABLE child(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES parent(id) ON DELETE ${pick(['CASCADE', 'SET NULL', 'RESTRICT'])}, v TEXT);\nPRAGMA foreign_key_list(child);\nSELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('child');\n`,
    () => `PRAGMA user_version = ${int(1, 99)};\nPRAGMA user_version;\nPRAGMA application_id = ${int(1, 9999)};\nPRAGMA application_id;\nPRAGMA foreign_keys;\nPRAGMA foreign_keys = ON;\nPRAGMA foreign_keys;\nPRAGMA case_sensitive_like = ${pick(['ON', 'OFF'])};\nSELECT 'abc' LIKE 'ABC';\n`,
    () => { const nn = pick(['Order', 'select', 'group', 'my table']); return `CREATE TABLE "${nn}"("from" INTEGER, "to" TEXT, [where] REAL, \`index\` BLOB);\nINSERT INTO "${nn}" VALUES (${int(1, 9)}, '${word()}', 1.5, NULL);\n.schema\n.tables\n.dump\n`; },
    () => { const t = people(int(3, 5)); const nn = pick(['personnel', 'crew', 'team']); return tableSql(t) + `CREATE INDEX ix ON ${t.name}(dept);\nCREATE VIEW vv AS SELECT name FROM ${t.name};\nALTER TABLE ${t.name} RENAME TO ${nn};\n.schema\nSELECT count(*) FROM vv;\n`; },
  ], { duals: 4 });

  tfam('txn', 'transactions and savepoints', [
    () => { const t = people(int(3, 5)); return tableSql(t) + `BEGIN;\nDELETE FROM ${t.name} WHERE id % 2 = 1;\nSELECT count(*) FROM ${t.name};\nROLLBACK;\nSELECT count(*) FROM ${t.name};\n`; },
    () => `CREATE TABLE acct(name TEXT PRIMARY KEY, bal INTEGER CHECK (bal >= 0));\nINSERT INTO acct VALUES ('a', ${int(50, 150)}), ('b', ${int(0, 50)});\nBEGIN TRANSACTION;\nUPDATE acct SET bal = bal - ${int(20, 60)} WHERE name = 'a';\nUPDATE acct SET bal = bal + ${int(20, 60)} WHERE name = 'b';\nCOMMIT;\nSELECT * FROM acct ORDER BY name;\n`,
    () => `CREATE TABLE t(x);\nSAVEPOINT one;\nINSERT INTO t VALUES (${int(1, 9)});\nSAVEPOINT two;\nINSERT INTO t VALUES (${int(10, 19)});\nROLLBACK TO two;\nINSERT INTO t VALUES (${int(20, 29)});\nRELEASE one;\nSELECT x FROM t;\n`,
    () => `CREATE TABLE t(x);\nCOMMIT;\nBEGIN;\nBEGIN;\nINSERT INTO t VALUES (${int(1, 99)});\nEND;\nROLLBACK;\nRELEASE nosuch;\nSELECT * FROM t;\n`,
    () => `CREATE TABLE t(x UNIQUE);\nINSERT INTO t VALUES (${int(1, 5)});\nBEGIN;\nINSERT INTO t VALUES (${int(6, 9)});\nINSERT INTO t VALUES (${int(1, 5)});\nINSERT OR ROLLBACK INTO t VALUES (${int(1, 5)});\nSELECT count(*) FROM t;\nCOMMIT;\nSELECT * FROM t ORDER BY x;\n`,
    () => `CREATE TABLE log(m);\nBEGIN IMMEDIATE;\nINSERT INTO log VALUES ('${word()}');\nSAVEPOINT sp;\nINSERT INTO log VALUES ('${word()}');\nROLLBACK TRANSACTION TO SAVEPOINT sp;\nCOMMIT;\nBEGIN EXCLUSIVE;\nINSERT INTO log VALUES ('${word()}');\nEND TRANSACTION;\nSELECT rowid, m FROM log;\n`,
  ], { duals: 3 });
  tfam('trigger', 'triggers (BEFORE/AFTER/INSTEAD OF, WHEN, RAISE) and views', [
    () => { const t = products(int(3, 5)); return tableSql(t) + `CREATE TABLE log(msg TEXT);\nCREATE TRIGGER t_upd AFTER UPDATE OF qty ON ${t.name} BEGIN\n  INSERT INTO log VALUES (OLD.sku || ': ' || OLD.qty || ' -> ' || NEW.qty);\nEND;\nUPDATE ${t.name} SET qty = qty - ${int(1, 9)} WHERE qty > ${int(30, 100)};\nUPDATE ${t.name} SET price = price * 2;\nSELECT * FROM log;\n`; },
    () => `CREATE TABLE acct(id INTEGER PRIMARY KEY, bal INTEGER);\nCREATE TRIGGER no_neg BEFORE UPDATE ON acct WHEN NEW.bal < 0 BEGIN\n  SELECT RAISE(ABORT, '${pick(['balance would go negative', 'insufficient funds', 'no overdraft'])}');\nEND;\nINSERT INTO acct VALUES (1, ${int(10, 50)});\nUPDATE acct SET bal = bal - ${int(60, 99)};\nUPDATE acct SET bal = bal - ${int(1, 9)};\nSELECT * FROM acct;\n`,
    () => `CREATE TABLE t(v INTEGER);\nCREATE TRIGGER skip BEFORE INSERT ON t WHEN NEW.v % ${int(2, 4)} = 0 BEGIN SELECT RAISE(IGNORE); END;\nINSERT INTO t VALUES ${many(int(5, 9), () => `(${int(1, 30)})`).join(', ')};\nSELECT group_concat(v) FROM t;\n`,
    () => { const t = people(int(3, 5)); return tableSql(t) + `CREATE VIEW names AS SELECT id, name FROM ${t.name};\nCREATE TRIGGER names_ins INSTEAD OF INSERT ON names BEGIN\n  INSERT INTO ${t.name}(id, name, dept) VALUES (NEW.id, upper(NEW.name), 'new');\nEND;\nINSERT INTO names VALUES (${int(500, 600)}, '${word()}');\nSELECT * FROM names ORDER BY id DESC LIMIT 2;\nSELECT dept FROM ${t.name} WHERE id >= 500;\n`; },
    () => `CREATE TABLE totals(k TEXT PRIMARY KEY, n INTEGER);\nCREATE TABLE ev(k TEXT);\nCREATE TRIGGER count_ev AFTER INSERT ON ev BEGIN\n  INSERT INTO totals VALUES (NEW.k, 1) ON CONFLICT(k) DO UPDATE SET n = n + 1;\nEND;\nINSERT INTO ev VALUES ${many(int(5, 10), () => `('${pick(['a', 'b', 'c'])}')`).join(', ')};\nSELECT * FROM totals ORDER BY k;\n`,
    () => `CREATE TABLE t(x);\nCREATE TRIGGER t_del AFTER DELETE ON t BEGIN SELECT RAISE(FAIL, 'cannot delete ' || OLD.x); END;\nINSERT INTO t VALUES (${int(1, 9)}), (${int(10, 20)});\nDELETE FROM t;\nSELECT count(*) FROM t;\n`,
    () => { const t = people(int(4, 6)); return tableSql(t) + `CREATE VIEW v1 AS SELECT dept, count(*) AS n FROM ${t.name} GROUP BY dept;\nCREATE VIEW v2(d, total) AS SELECT dept, sum(salary) FROM ${t.name} GROUP BY dept;\nSELECT v1.dept, n, total FROM v1 JOIN v2 ON v1.dept = v2.d ORDER BY n DESC, v1.dept;\nINSERT INTO v1 VALUES ('x', 1);\n`; },
    () => `CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT, updated INTEGER DEFAULT 0);\nCREATE TRIGGER touch AFTER UPDATE OF name ON items FOR EACH ROW BEGIN UPDATE items SET updated = updated + 1 WHERE id = NEW.id; END;\nINSERT INTO items(name) VALUES ('${word()}'), ('${word()}');\nUPDATE items SET name = name || '!' WHERE id = ${int(1, 2)};\nUPDATE items SET name = upper(name);\nSELECT * FROM items;\nDROP TRIGGER touch;\nDROP TRIGGER touch;\n`,
  ], { duals: 4 });
  tfam('constraint', 'constraints, STRICT, generated columns, WITHOUT ROWID, COLLATE, foreign keys', [
    () => `CREATE TABLE s(id INTEGER PRIMARY KEY, n INTEGER, r REAL, t TEXT, a ANY) STRICT;\nINSERT INTO s VALUES (1, '${int(1, 99)}', ${int(1, 9)}, ${int(1, 9)}, x'01');\nINSERT INTO s VALUES (2, '${word()}', 1.5, 'x', 1);\nINSERT INTO s VALUES (3, ${int(1, 9)}.5, 2, 'y', 'z');\nSELECT id, n, typeof(n), r, typeof(r), t, typeof(t), typeof(a) FROM s;\n`,
    () => `CREATE TABLE bad(x FOO) STRICT;\nCREATE TABLE ok(x INT, y TEXT) STRICT;\nINSERT INTO ok VALUES (${int(1, 9)}, NULL);\nSELECT * FROM ok;\n`,
    () => `CREATE TABLE g(w REAL, h REAL, area REAL GENERATED ALWAYS AS (w * h) VIRTUAL, label TEXT AS ('box ' || w || 'x' || h) STORED);\nINSERT INTO g(w, h) VALUES (${int(1, 9)}, ${int(1, 9)}), (${int(1, 9)}.5, ${int(1, 9)});\nSELECT * FROM g;\nUPDATE g SET w = w + 1;\nSELECT area FROM g;\nINSERT INTO g VALUES (1, 2, 3, 'x');\n`,
    () => `CREATE TABLE w(a TEXT, b INTEGER, c, PRIMARY KEY (a, b)) WITHOUT ROWID;\nINSERT INTO w VALUES ${many(int(3, 6), () => `('${pick(['x', 'y', 'z'])}', ${int(1, 4)}, '${word()}')`).join(', ')};\nSELECT * FROM w;\n`,
    () => `CREATE TABLE c(name TEXT COLLATE NOCASE, code TEXT);\nINSERT INTO c VALUES ${sample(['apple', 'Apple', 'BANANA', 'banana', 'Cherry', 'cherry', 'date', 'Éclair', 'éclair', 'zeta', 'Zeta', 'alpha'], int(5, 8)).map((x) => `('${x}', '${x}')`).join(', ')};\nSELECT name FROM c ORDER BY name, code;\nSELECT code FROM c ORDER BY code;\nSELECT count(DISTINCT name), count(DISTINCT code) FROM c;\nSELECT code FROM c WHERE code = 'APPLE' COLLATE NOCASE;\nSELECT 'abc ' = 'abc' COLLATE RTRIM, 'B' < 'a' COLLATE NOCASE, 'x' COLLATE BINARY = 'X';\n`,
    () => `PRAGMA foreign_keys = ON;\nCREATE TABLE parent(id INTEGER PRIMARY KEY);\nCREATE TABLE child(id INTEGER, pid INTEGER REFERENCES parent(id) ON DELETE ${pick(['CASCADE', 'SET NULL'])});\nINSERT INTO parent VALUES (1), (2);\nINSERT INTO child VALUES (10, 1), (11, 2), (12, 1);\nINSERT INTO child VALUES (13, ${int(3, 9)});\nDELETE FROM parent WHERE id = ${int(1, 2)};\nSELECT * FROM child ORDER BY id;\n`,
    () => `PRAGMA foreign_keys = ON;\nCREATE TABLE p(id INTEGER PRIMARY KEY);\nCREATE TABLE k(pid REFERENCES p(id));\nINSERT INTO p VALUES (${int(1, 5)});\nINSERT INTO k VALUES (${int(1, 5)});\nDELETE FROM p;\nSELECT count(*) FROM p;\n`,
    () => `CREATE TABLE t(a INTEGER NOT NULL ON CONFLICT REPLACE DEFAULT ${int(1, 9)}, b TEXT UNIQUE ON CONFLICT IGNORE, c CHECK (length(c) <= ${int(3, 6)}));\nINSERT INTO t VALUES (NULL, 'x', 'ab');\nINSERT INTO t VALUES (${int(10, 20)}, 'x', 'cd');\nINSERT INTO t VALUES (${int(10, 20)}, 'y', '${word()}${word()}');\nSELECT * FROM t;\n`,
    () => `CREATE TABLE d(id INTEGER PRIMARY KEY, created TEXT DEFAULT '2024-01-0${int(1, 9)}', n INTEGER DEFAULT -${int(1, 9)}, r REAL DEFAULT (${int(1, 9)} / 2.0), s TEXT DEFAULT 'it''s');\nINSERT INTO d(id) VALUES (1);\nINSERT INTO d(id, n) VALUES (2, NULL);\nSELECT * FROM d;\n`,
    () => `CREATE TABLE u(a, b, UNIQUE(a, b));\nINSERT INTO u VALUES (1, 1), (1, 2), (NULL, 1), (NULL, 1);\nINSERT INTO u VALUES (1, ${int(1, 2)});\nSELECT count(*) FROM u;\nCREATE TABLE pk(x INTEGER PRIMARY KEY);\nINSERT INTO pk VALUES ('${int(1, 9)}');\nINSERT INTO pk VALUES ('abc');\nINSERT INTO pk VALUES (${int(1, 9)}.5);\nSELECT x, typeof(x) FROM pk;\n`,
  ], { duals: 4 });

  const jval = () => pick([int(-99, 999), money(), word(), true, false, null, [int(1, 9), word()], { k: word(), n: int(1, 9) }, 'a"b', 'tab\tx', 'é', 1e21, -0.5]);
  const jobj = () => ({ id: int(1, 999), name: pick(FIRST), tags: sample(TAGS, int(0, 3)), meta: { score: money(), ok: chance(0.5), ref: chance(0.4) ? null : word() }, list: many(int(0, 4), () => int(1, 50)) });
  tfam('json', 'JSON functions: json(), extraction, ->, ->>, construction, modification', [
    () => { const o = jobj(); return `SELECT json(${sq(JSON.stringify(o, null, pick([0, 2, '\t'])))});\nSELECT json(' [ 1 , 2.50 , "x" , null , true ] '), json('{"a" : 1e3, "b": -0.0, "c": 1E-2}');\n`; },
    () => { const o = jobj(); const j = sq(JSON.stringify(o)); return `SELECT json_extract(${j}, '$.name'), json_extract(${j}, '$.meta.score'), json_extract(${j}, '$.tags'), json_extract(${j}, '$.list[0]'), json_extract(${j}, '$.list[#-1]'), json_extract(${j}, '$.missing');\nSELECT json_extract(${j}, '$.id', '$.meta.ok', '$.meta');\n`; },
    () => { const o = jobj(); const j = sq(JSON.stringify(o)); return `SELECT ${j} -> '$.meta', ${j} ->> '$.meta', ${j} -> 'name', ${j} ->> 'name', ${j} -> '$.tags[0]', ${j} ->> '$.meta.ok', ${j} -> 'nope';\nSELECT '[${int(1, 9)},${int(1, 9)},[${int(1, 9)}]]' -> 2, '[1,2,3]' ->> -1, '{"a":{"b":[10,20]}}' -> 'a' -> 'b' ->> 1;\n`; },
    () => `SELECT json_object('name', ${sq(pick(FIRST))}, 'age', ${int(18, 90)}, 'score', ${money()}, 'tags', json_array(${sample(TAGS, int(0, 3)).map(sq).join(', ')}), 'nil', NULL, 'obj', json('{"x":1}'), 'str', '{"x":1}');\nSELECT json_array(${int(1, 9)}, ${money()}, 'x', NULL, json_array(), json_object());\nSELECT json_array(x'0102');\n`,
    () => { const o = jobj(); const j = sq(JSON.stringify(o)); return `SELECT json_set(${j}, '$.name', ${sq(pick(FIRST))}, '$.new', ${int(1, 99)});\nSELECT json_insert(${j}, '$.name', 'ignored', '$.list[#]', ${int(1, 99)});\nSELECT json_replace(${j}, '$.id', ${int(1000, 9999)}, '$.absent', 1);\nSELECT json_remove(${j}, '$.tags', '$.meta.ref', '$.list[0]');\n`; },
    () => `SELECT json_patch('{"a":${int(1, 9)},"b":{"c":${int(1, 9)},"d":${int(1, 9)}},"e":[1,2]}', '{"a":null,"b":{"c":"${word()}"},"f":${int(1, 9)},"e":[3]}');\nSELECT json_patch('[1,2]', '{"x":1}'), json_patch('{"x":1}', '"str"');\n`,
    () => `SELECT json_type('${JSON.stringify(jobj())}'), json_type('${JSON.stringify(jobj())}', '$.tags'), json_type('[1, 2.5, "s", null, true, false, {}]', '$[${int(0, 6)}]');\nSELECT value, json_type(value) FROM (SELECT json_extract('[1, 2.5, "s", null, true, {}]', '$[' || value || ']') AS value FROM generate_series(0, ${int(3, 5)}));\n`,
    () => `SELECT json_valid('{"a":1}'), json_valid('{a:1}'), json_valid('[1,2'), json_valid('${int(1, 99)}'), json_valid('"x"'), json_valid(''), json_valid(NULL), json_valid('{"a":[1,{"b":null}]}');\nSELECT json_array_length('[${many(int(0, 6), () => int(1, 9)).join(',')}]'), json_array_length('{"a":[1,2,3]}', '$.a'), json_array_length('{}'), json_array_length('[[1,2],[3]]', '$[0]');\n`,
    () => `SELECT json_quote(${int(1, 99)}), json_quote(${money()}), json_quote('${word()} "q" \\ end'), json_quote(NULL), json_quote('[1]'), json_quote(json('[1]'));\nSELECT json('"\\u00e9\\t\\n"'), json_extract('"\\u00e9\\t"', '$'), length(json_extract('"\\ud83d\\ude00"', '$'));\n`,
    () => `SELECT json_extract('{"a":1}', '$.a.b.c'), json_extract('[1,2]', '$[5]'), json_extract('{"a b":${int(1, 9)}, "c.d": ${int(1, 9)}}', '$."a b"', '$."c.d"');\nSELECT json_extract('{"n":${int(1, 9)}e2}', '$.n'), typeof(json_extract('{"n":${int(1, 9)}.0}', '$.n')), json_extract('{"n":12345678901234567890}', '$.n');\n`,
    () => `SELECT json('${pick(['{"a":1,}', '[1,2', '{"a" 1}', 'nul', "{'a':1}", '[1 2]', '{"a":01}'])}');\nSELECT ${int(1, 99)};\n`,
    () => `SELECT json_extract('{"a":1}', '${pick(['a', '$.', '$[', '$.a[x]', '$a'])}');\nSELECT ${int(1, 99)};\n`,
  ], { reps: 2, duals: 5 });
  tfam('json-table', 'json_each, json_tree, json_group_array, json_group_object over tables', [
    () => { const t = docs(); return tableSql(t) + `SELECT ${t.name}.id, j.value FROM ${t.name}, json_each(${t.name}.body, '$.tags') AS j ORDER BY ${t.name}.id, j.key;\n`; },
    () => { const t = docs(int(2, 3)); return tableSql(t) + `SELECT key, value, type, atom, fullkey, path FROM json_each((SELECT body FROM ${t.name} WHERE id = 1));\n`; },
    () => `SELECT key, value, type, atom, parent IS NULL AS root, fullkey, path FROM json_tree('${JSON.stringify({ a: int(1, 9), b: [int(1, 9), { c: word() }], d: { e: null } })}');\n`,
    () => { const t = people(int(4, 7)); return tableSql(t) + `SELECT dept, json_group_array(name) FROM (SELECT * FROM ${t.name} ORDER BY name) GROUP BY dept ORDER BY dept;\nSELECT json_group_object(name, salary) FROM (SELECT * FROM ${t.name} ORDER BY id LIMIT 3);\n`; },
    () => { const t = docs(); return tableSql(t) + `SELECT body ->> '$.name' AS name, body ->> '$.address.city' AS city, body -> '$.tags' AS tags, json_array_length(body, '$.tags') AS ntags FROM ${t.name} ORDER BY name, id;\n`; },
    () => { const t = docs(int(4, 7)); return tableSql(t) + `SELECT j.value AS tag, count(*) AS n FROM ${t.name}, json_each(${t.name}.body -> '$.tags') AS j GROUP BY tag ORDER BY n DESC, tag;\nSELECT count(*) FROM ${t.name} WHERE json_extract(body, '$.age') > ${int(30, 60)};\n`; },
    () => { const t = products(int(3, 5)); return tableSql(t) + `SELECT json_group_array(json_object('sku', sku, 'price', price, 'qty', qty)) FROM (SELECT * FROM ${t.name} ORDER BY sku);\n`; },
    () => `SELECT value FROM json_each('[${many(int(2, 6), () => JSON.stringify(jval())).join(',')}]');\nSELECT key, value FROM json_each('{"x":${int(1, 9)},"y":[1,2],"z":"${word()}"}');\nSELECT * FROM json_each('${int(1, 99)}');\n`,
    () => { const t = docs(int(3, 5)); return tableSql(t) + `UPDATE ${t.name} SET body = json_set(body, '$.age', json_extract(body, '$.age') + ${int(1, 5)}, '$.seen', json('true')) WHERE id <= 2;\nSELECT id, body ->> 'age', body -> 'seen' FROM ${t.name} ORDER BY id;\n`; },
    () => `SELECT fullkey, value FROM json_tree('${JSON.stringify({ users: many(int(2, 3), () => ({ n: pick(FIRST), r: sample(TAGS, int(1, 2)) })) })}') WHERE atom IS NOT NULL;\n`,
  ], { duals: 4 });

  const w1 = () => sq(pick([...WORDS, ...UNI, person()]));
  tfam('string', 'string functions', [
    () => `SELECT length(${w1()}), length(${int(12345, 999999)}), length(${money()}), length(x'${rng.bytes(int(0, 5)).toString('hex')}'), length(''), length(NULL), length('${pick(UNI)}');\n`,
    () => { const s = sq(`${pick(FIRST)} ${pick(LAST)} ${word()}`); return `SELECT substr(${s}, ${int(1, 5)}), substr(${s}, ${int(1, 5)}, ${int(1, 6)}), substr(${s}, -${int(1, 6)}), substr(${s}, -${int(3, 8)}, ${int(1, 3)}), substr(${s}, 0, ${int(1, 4)}), substr(${s}, ${int(2, 4)}, -${int(1, 2)}), substring(${s}, ${int(1, 3)}, 3);\n`; },
    () => `SELECT upper(${w1()}), lower(${w1()}), upper('${pick(UNI)}'), lower('ÀÉÎ ABC'), upper(${int(1, 99)}), lower(NULL);\n`,
    () => { const p = pick(['x', '-', '*', ' ', 'ab']); const s = `${p.repeat(int(0, 3))}${word()}${p.repeat(int(0, 3))}`; return `SELECT '[' || trim('  ${word()}  ') || ']', '[' || ltrim('  ${word()}  ') || ']', '[' || rtrim('  ${word()}  ') || ']', trim(${sq(s)}, ${sq(p)}), ltrim(${sq(s)}, ${sq(p)}), rtrim(${sq(s)}, ${sq(p)}), trim('${int(100, 999)}000', '0');\n`; },
    () => { const s = sentence(int(4, 8)); const w = s.split(' ')[int(0, 2)]; return `SELECT replace(${sq(s)}, '${w}', '${pick(['X', '', word().toUpperCase()])}'), replace(${sq(s)}, ' ', ''), replace('aaa', 'a', 'bb'), replace('abc', '', 'x'), instr(${sq(s)}, '${w}'), instr(${sq(s)}, 'zzz'), instr('${pick(UNI)}', '${pick(['é', 'ï', 'ö', 'a', '語'])}');\n`; },
    () => `SELECT hex(${w1()}), hex(${int(1, 999)}), hex(x'${rng.bytes(int(1, 4)).toString('hex')}'), quote(${w1()}), quote(${money()}), quote(x'${rng.bytes(2).toString('hex')}'), quote(NULL), quote('it''s'), hex(''), quote(${int(1, 9)}e${int(1, 3)});\n`,
    () => `SELECT char(${many(int(2, 5), () => int(65, 122)).join(', ')}), char(${pick([233, 8364, 26085, 128512])}), unicode('${pick(UNI)}'), unicode(''), unicode(${w1()}), char();\n`,
    () => `SELECT '${word()}' || '-' || ${int(1, 99)} || '-' || ${money()}, 'a' || NULL, ${int(1, 9)} || ${int(1, 9)}, typeof(${int(1, 9)} || ${int(1, 9)});\nSELECT 'x' LIKE 'X', 'abc' LIKE 'a_c', 'a%c' LIKE 'a\\%c' ESCAPE '\\', '${word()}' LIKE '%${pick('aeio')}%', 'ABC' GLOB 'A*', 'abc' GLOB 'A*', '${word()}' GLOB '*[a-f]?', like('%${pick('aeiou')}%', '${word()}');\n`,
    () => `SELECT soundex('${pick(LAST).replace("'", '')}'), soundex('${pick(FIRST)}'), soundex(''), soundex('${word()}');\nSELECT ${int(1, 9)} AS n;\n`,
    () => `SELECT zeroblob(${int(0, 4)}), hex(zeroblob(${int(1, 4)})), length(zeroblob(${int(0, 9)})), typeof(zeroblob(1)), x'${Buffer.from(word()).toString('hex')}', CAST(x'${Buffer.from(word()).toString('hex')}' AS TEXT) = '${word()}';\n`,
    () => { const t = people(); return tableSql(t) + `SELECT name, substr(name, 1, instr(name, ' ') - 1) AS first, substr(name, instr(name, ' ') + 1) AS last, length(name) - length(replace(name, 'a', '')) AS a_count FROM ${t.name} ORDER BY last, first;\n`; },
    () => `SELECT iif(${int(0, 1)}, '${word()}', '${word()}'), coalesce(NULL, '${word()}'), nullif('${word()}', '${word()}'), min('${word()}', '${word()}', '${word()}'), max(${int(1, 9)}, '${int(1, 9)}', ${money()}), min(${int(1, 9)}, NULL), max('B', 'a');\n`,
    () => `SELECT likelihood(${int(1, 9)} > ${int(1, 9)}, 0.5), unlikely(${int(1, 9)}), likely('${word()}'), typeof(sqlite_version()), sqlite_version() >= '3.40', ${pick(['glob', 'like'])}('*${pick('aeiou')}*', '${word()}');\n`,
  ], { reps: 2, duals: 5 });
  tfam('printf', 'printf()/format() conversions', [
    () => `SELECT printf('%d|%5d|%-5d|%05d|%+d|% d', ${int(-999, 999)}, ${int(1, 999)}, ${int(1, 999)}, ${int(1, 999)}, ${int(1, 999)}, ${int(1, 999)});\n`,
    () => `SELECT printf('%f|%.2f|%10.3f|%-10.1f|%e|%.3e|%g|%g|%g', ${money(-99999, 99999)}, ${money()}, ${money()}, ${money()}, ${money()}, ${int(1, 99999)}.5, ${money()}, 1e${int(10, 30)}, 0.0000${int(1, 99)});\n`,
    () => `SELECT printf('%s|%10s|%-10s|%.3s|%5.2s|', '${word()}', '${word()}', '${word()}', '${word()}', '${word()}');\nSELECT format('%s and %s', '${word()}', ${int(1, 99)}), format('%d%%', ${int(1, 99)});\n`,
    () => `SELECT printf('%x|%X|%o|%#x|%#o|%08x', ${int(1, 99999)}, ${int(1, 99999)}, ${int(1, 9999)}, ${int(1, 9999)}, ${int(1, 999)}, ${int(1, 99999)});\nSELECT printf('%c%c', '${word()}', 'x'), printf('%5c|', 'q');\n`,
    () => `SELECT printf('%q', 'it''s ${word()}'), printf('%Q', 'don''t'), printf('%Q', NULL), printf('%w', 'a"b'), printf('%z', '${word()}');\n`,
    () => `SELECT printf('%,d', ${int(1000, 999999999)}), printf('%,d', -${int(1000, 99999)}), printf('%!.${int(15, 20)}g', ${int(1, 9)}.${int(1, 9)}), printf('%.${int(0, 6)}f', 2.5), printf('%.0f', 0.5), printf('%.0f', 1.5), printf('%5.1f%%', ${int(1, 99)}.${int(0, 99)});\n`,
    () => `SELECT printf('%d', '${int(1, 99)}abc'), printf('%d', ${money()}), printf('%s', ${money()}), printf('%.2f', '${int(1, 9)}'), printf('%d %d %s', ${int(1, 9)}), printf(NULL), printf('%'), printf('no args'), printf('%*d|%-*d', ${int(3, 8)}, ${int(1, 99)}, ${int(3, 8)}, ${int(1, 99)});\n`,
    () => { const t = products(int(3, 5)); return tableSql(t) + `SELECT printf('%-12s %8.2f %4d %s', name, price, qty, substr('**********', 1, qty / 30)) FROM ${t.name} ORDER BY price DESC;\n`; },
    () => `SELECT printf('%i|%u|%lld', ${int(-99, 99)}, ${int(1, 999)}, 9223372036854775807), printf('%.3g|%.10g|%G', ${int(1, 999)}.${int(1, 999)}, 1.0 / 3, 1e-${int(5, 20)}), printf('%e', 0), printf('%g', 100000), printf('%g', 1000000);\n`,
  ], { duals: 4 });
  tfam('math', 'math functions', [
    () => `SELECT abs(-${int(1, 99)}), abs(${money(-9999, 0)}), abs('-${int(1, 9)}'), abs(NULL), round(${money()}), round(${money()}, ${int(0, 2)}), round(-${int(1, 9)}.5), round(${int(1, 9)}.${int(10, 99)}5, 2), round(1234.5678, -2);\n`,
    () => `SELECT ceil(${money(-999, 999)}), ceiling(-${int(1, 9)}.5), floor(${money(-999, 999)}), floor(-${int(1, 9)}.5), trunc(${money(-999, 999)}), ceil(${int(1, 9)}), typeof(ceil(${int(1, 9)})), typeof(floor(1.5));\n`,
    () => `SELECT sqrt(${int(1, 999)}), sqrt(-1), pow(${int(2, 9)}, ${int(2, 12)}), power(${int(1, 9)}.5, 2), exp(${int(0, 5)}), ln(${int(1, 999)}), log(${int(1, 9999)}), log(${int(2, 9)}, ${int(2, 999)}), log2(${int(1, 4096)}), log10(${int(1, 99999)}), ln(0), ln(-1);\n`,
    () => `SELECT pi(), sin(${int(0, 6)}), cos(${int(0, 6)}), tan(${money(-3, 3)}), asin(0.${int(1, 9)}), acos(0.${int(1, 9)}), atan(${int(1, 9)}), atan2(${int(-9, 9)}, ${int(1, 9)}), degrees(${int(1, 6)}), radians(${int(1, 360)});\n`,
    () => `SELECT sinh(${int(0, 3)}), cosh(${int(0, 3)}), tanh(${int(0, 3)}), asinh(${int(1, 9)}), acosh(${int(1, 9)}), atanh(0.${int(1, 9)}), mod(${int(1, 99)}, ${int(2, 9)}), mod(-${int(1, 99)}.5, ${int(2, 9)}), mod(${int(1, 9)}, 0), sign(${int(-9, 9)}), sign(-${money()}), sign('x'), sign(NULL);\n`,
    () => `SELECT max(${int(1, 9)}, ${int(1, 9)}, ${int(1, 9)}), min(${money()}, ${money()}), max('${int(1, 9)}', ${int(1, 9)}), min(x'00', 'a', 1), max(NULL, 1), ${int(1, 9)} / 2 * 2.0, ${int(1, 9)} * 1.0 / ${int(2, 9)};\n`,
    () => { const t = readings(); return tableSql(t) + `SELECT sensor, round(avg(value), 2) AS mean, round(sqrt(avg(value * value) - avg(value) * avg(value)), 3) AS stdev, round(max(value) - min(value), 1) AS range FROM ${t.name} GROUP BY sensor ORDER BY sensor;\n`; },
    () => `SELECT value, value * value, round(sqrt(value), 4), round(ln(value), 4), value % 3, value / 3, round(value / 3.0, 3) FROM generate_series(${int(1, 5)}, ${int(6, 12)});\n`,
    () => `SELECT round(${int(1, 9)}.${int(0, 9)}5, 1), round(2.675, 2), round(-0.5), round(0.5), round(1e20), round(${int(1, 9)}, ${int(1, 3)}), typeof(round(${int(1, 9)})), round('${int(1, 9)}.${int(1, 9)}');\n`,
  ], { reps: 2, duals: 4 });
  const d0 = () => date(2000, 2030);
  tfam('datetime', 'date and time functions with fixed inputs', [
    () => { const d = d0(); return `SELECT date(${sq(d)}), date(${sq(d)}, '+${int(1, 40)} days'), date(${sq(d)}, '-${int(1, 12)} months'), date(${sq(d)}, '+${int(1, 5)} years'), date(${sq(d)}, 'start of month'), date(${sq(d)}, 'start of year'), date(${sq(d)}, 'start of month', '+1 month', '-1 day');\n`; },
    () => { const d = dt(); return `SELECT datetime(${sq(d)}), datetime(${sq(d)}, '+${int(1, 48)} hours'), datetime(${sq(d)}, '-${int(1, 500)} minutes'), datetime(${sq(d)}, '+${int(1, 9999)} seconds'), time(${sq(d)}), time(${sq(d)}, '+${int(1, 12)} hours'), datetime(${sq(d)}, 'start of day');\n`; },
    () => { const d = dt(); return `SELECT strftime('%Y|%m|%d|%H|%M|%S|%j|%w|%W|%s|%%', ${sq(d)}), strftime('%d/%m/%Y %H:%M', ${sq(d)}), strftime('%J', ${sq(d)}), strftime('%f', '${date()} 12:34:56.789');\n`; },
    () => { const d = d0(); return `SELECT julianday(${sq(d)}), julianday(${sq(d)}) - julianday('${d0()}'), unixepoch(${sq(d)}), strftime('%s', ${sq(d)}), date(${int(0, 2000000000)}, 'unixepoch'), datetime(${int(0, 2000000000)}, 'unixepoch'), date(${int(2440000, 2470000)}.5);\n`; },
    () => { const d = d0(); return `SELECT date(${sq(d)}, 'weekday ${int(0, 6)}'), strftime('%w', ${sq(d)}), date('${date()}', '+1 month'), date('2024-01-31', '+1 month'), date('2023-02-29'), date('2024-02-29', '+1 year'), date('${int(2000, 2030)}-13-01');\n`; },
    () => `SELECT date('${pick(['not a date', '2024/01/05', '2024-1-5', '', '24-01-05'])}'), datetime('${date()}T${time()}'), datetime('${date()} ${time()}Z'), datetime('${date()} ${time()}+0${int(1, 9)}:00'), time('${pad2(int(0, 23))}:${pad2(int(0, 59))}'), datetime(${int(1, 9)}.5 * 86400, 'unixepoch');\n`,
    () => { const t = readings(); return tableSql(t) + `SELECT sensor, min(ts), max(ts), round((julianday(max(ts)) - julianday(min(ts))) * 24, 2) AS hours FROM ${t.name} GROUP BY sensor ORDER BY sensor;\nSELECT strftime('%H', ts) AS hour, count(*) FROM ${t.name} GROUP BY hour ORDER BY hour LIMIT 4;\n`; },
    () => { const t = people(int(5, 8)); return tableSql(t) + `SELECT name, hired, strftime('%Y', hired) AS y, CAST((julianday('2025-01-01') - julianday(hired)) / 365.25 AS INTEGER) AS years, date(hired, '+90 days') AS probation_end FROM ${t.name} ORDER BY hired;\n`; },
    () => `SELECT date('${date()}', '${pick(['+', '-'])}${int(1, 30)} days', 'weekday ${int(0, 6)}'), datetime('${dt()}', 'utc'), datetime('${dt()}', 'localtime'), date('${date()}', '+${int(1, 3)}.5 days'), datetime('${dt()}', '+${int(1, 9)} ${pick(['hour', 'minute', 'second', 'day', 'month', 'year'])}');\n`,
    () => `SELECT unixepoch('${dt()}'), unixepoch('${date()}', 'start of month'), datetime(unixepoch('${dt()}') + ${int(1, 99999)}, 'unixepoch'), date('${date()}', 'unixepoch'), datetime(${int(1, 9)}e9, 'unixepoch'), date(-${int(1, 999999999)}, 'unixepoch');\n`,
  ], { reps: 2, duals: 4 });

  // ================================================================ errors
  const ERRSQL = [
    () => `SELECT * FROM ${pick(['nosuch', 'missing_table', 'ghosts', 'userz'])};`,
    () => `SELECT ${pick(['nosuchcol', 'salaryy', 'x.y', 'bogus'])} FROM (SELECT 1 AS a);`,
    () => `SELEC ${int(1, 9)};`,
    () => `SELECT ${int(1, 9)} FROM;`,
    () => `SELECT ${pick(['foo', 'nosuchfunc', 'str_len', 'concat_ws'])}(${int(1, 9)});`,
    () => `SELECT abs(${int(1, 9)}, ${int(1, 9)});`,
    () => `SELECT count(*) FROM (SELECT 1 AS a) WHERE sum(a) > ${int(0, 5)};`,
    () => `CREATE TABLE a(x); CREATE TABLE b(x); SELECT x FROM a, b;`,
    () => { const n = pick(['t', 'dup', 'users']); return `CREATE TABLE ${n}(x); CREATE TABLE ${n}(y);`; },
    () => `SELECT '${word()}`,
    () => `SELECT (${int(1, 9)} + ${int(1, 9)};`,
    () => `SELECT ${int(1, 9)} ${pick(['+', '*', 'AND', '||'])};`,
    () => `INSERT INTO nowhere VALUES (${int(1, 9)});`,
    () => `CREATE TABLE t(a, b); INSERT INTO t VALUES (${int(1, 9)});`,
    () => `CREATE TABLE t(a, b); INSERT INTO t(a, c) VALUES (${int(1, 9)}, 2);`,
    () => `SELECT 1 UNION SELECT ${int(1, 9)}, ${int(1, 9)};`,
    () => `SELECT * FROM (SELECT 1) ORDER BY ${int(2, 9)};`,
    () => `SELECT ${int(1, 9)} GROUP BY ${int(2, 9)};`,
    () => `CREATE TABLE t(x INTEGER PRIMARY KEY); INSERT INTO t VALUES (${int(1, 9)}), (${int(1, 9)} + 0 * 0), ('${word()}');`,
    () => `SELECT row_number() FROM (SELECT 1);`,
    () => `SELECT * FROM generate_series(${int(1, 3)}, ${int(4, 6)}) WHERE value = 'x' ORDER BY nosuch;`,
    () => `DROP TABLE ${pick(['nosuch', 'ghost'])};`,
    () => `CREATE INDEX i ON ${pick(['nosuch', 'ghost'])}(x);`,
    () => `ALTER TABLE ${pick(['nosuch', 'ghost'])} ADD COLUMN y;`,
    () => `CREATE TABLE t(x); ALTER TABLE t DROP COLUMN x;`,
    () => `CREATE TABLE t(x); ALTER TABLE t ADD COLUMN y NOT NULL;`,
    () => `CREATE VIEW v AS SELECT ${int(1, 9)} AS a; DELETE FROM v;`,
    () => `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r, r) SELECT * FROM r;`,
    () => `SELECT ${int(1, 9)} AS a WHERE a IN (SELECT 1, 2);`,
    () => `SELECT likelihood(1, ${int(2, 9)});`,
    () => `PRAGMA ${pick(['nosuch_pragma', 'foo'])}; SELECT ${int(1, 9)};`,
    () => `SELECT "${word()}";`,
    () => `SELECT [${word()}] FROM (SELECT 1 AS a);`,
    () => `SELECT ${int(1, 9)}; ${pick(['garbage', 'xyzzy'])} here;`,
    () => `CREATE TABLE t(a CHECK(a > 0)); INSERT INTO t VALUES (-${int(1, 9)});`,
    () => `CREATE TABLE t(a NOT NULL); INSERT INTO t VALUES (NULL);`,
    () => `CREATE TABLE t(a UNIQUE); INSERT INTO t VALUES (${int(1, 9)}); INSERT INTO t SELECT a FROM t;`,
    () => `SELECT json_extract('{"a":1}', '$.a', NULL), json_object('k');`,
    () => `SELECT CAST(${int(1, 9)} AS);`,
    () => `SELECT date('2024-01-01', '${pick(['+1 fortnight', 'bogus', '+x days'])}') IS NULL;`,
    () => `SELECT sum(${int(1, 9)}) OVER (ORDER BY 1 ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW);`,
    () => `SELECT nth_value(${int(1, 9)}, 0) OVER ();`,
    () => `SELECT ntile(0) OVER ();`,
    () => `SELECT ${int(1, 9)} x'zz';`,
    () => `SELECT x'${rng.bytes(1).toString('hex')}0';`,
    () => `SELECT 0x;`,
    () => `SELECT ${int(1, 9)}e;`,
    () => `SELECT ?${int(1, 9)}, :name, @v, $w;`,
    () => `SELECT 1; /* unterminated comment`,
    () => `SELECT 1 -- trailing comment\n;`,
  ];
  fam('error-stdin', 'SQL errors on stdin: Parse error/Runtime error near line N, caret, execution goes on', ERRSQL.length, (d, i) => {
    const lead = many(int(0, 3), () => pick([`SELECT ${int(1, 99)};`, `-- ${word()}`, '', `SELECT '${word()}';`])).join('\n');
    return S(`${lead}${lead ? '\n' : ''}${ERRSQL[i - 1]()}\nSELECT 'after ${word()}';\n`, { argv: chance(0.3) ? [pick(DBN)] : [] });
  }, 18);
  fam('error-argv', 'SQL errors in a command-line SQL argument (Error: in prepare / stepping), exit status', 22, (d, i) => {
    const e = ERRSQL[(i * 7) % ERRSQL.length]();
    return { argv: [':memory:', `${d || chance(0.4) ? `SELECT ${int(1, 99)}; ` : ''}${e}`] };
  }, 8);
  fam('error-bail', '-bail / .bail on: stop at the first error, exit status', 8, (d, i) => {
    const e = ERRSQL[(i * 5 + 3) % ERRSQL.length]();
    const how = i % 2 === 0 ? 'opt' : 'dot';
    const body = `SELECT ${int(1, 99)};\n${e}\nSELECT 'not reached ${word()}';\n`;
    return how === 'opt' ? S(body, { argv: ['-bail'] }) : S(`.bail ${pick(['on', 'ON', '1', 'yes'])}\n${body}`);
  }, 4);
  fam('error-multi', 'several errors in one script, and errors inside .read files and -init files', 8, (d, i) => {
    const es = sample(ERRSQL, 3).map((f) => f());
    const body = `SELECT ${int(1, 9)};\n${es[0]}\nSELECT ${int(10, 99)};\n${es[1]}\n${es[2]}\nSELECT 'end';\n`;
    if (i % 3 === 1) { const f = pick(SQLN); return S(`.read ${f}\nSELECT 'back';\n`, { files: { [f]: body } }); }
    if (i % 3 === 2) return { argv: ['-init', 'init.sql', ':memory:', `SELECT 'argv ${int(1, 99)}'`], files: { 'init.sql': body } };
    return S(body);
  }, 3);
  fam('error-dot', 'dot-command errors: unknown commands, bad arguments, usage messages', 16, (d, i) => {
    const cmds = [
      `.${pick(['frobnicate', 'tablez', 'mod', 'sch'])}`, '.mode', '.separator', '.nullvalue', '.headers', '.width x 5', '.open --bogus f.db', '.read', '.read nosuch.sql',
      '.output a b', '.print', `.bail ${pick(['maybe', 'sure'])}`, '.echo', '.import x', `.show ${word()}`, '.indexes a b',
    ];
    const c = cmds[i - 1];
    return S(`${c}\nSELECT ${int(1, 99)} AS after;\n`);
  }, 6);

  // ================================================================ command-line options
  const smallTable = () => { const t = people(int(2, 4)); return { t, sql: tableSql(t), q: `SELECT id, name, salary FROM ${t.name} ORDER BY id;\n` }; };
  each('opt', 'command-line options', [
    ['version', () => ({ argv: ['-version'] }), false],
    ['version-long', () => ({ argv: ['--version', ':memory:'] }), false],
    ['help', () => ({ argv: ['-help'] }), false],
    ['help-long', () => ({ argv: [':memory:', '--help'] }), false],
    ['unknown', () => ({ argv: [`-${pick(['frob', 'x', '-nope', 'Z', 'headers', 'jsonl', 'utf8', 'q'])}${lower(int(0, 3))}`, ':memory:', `SELECT ${int(1, 9)}`] })],
    ['unknown-stdin', () => ({ argv: [`-${lower(int(3, 8))}`], stdin: `SELECT ${int(1, 9)};\n` })],
    ['missing-cmd', () => ({ argv: ['-cmd'] }), false],
    ['missing-separator', () => ({ argv: [':memory:', pick(['-separator', '-nullvalue', '-newline', '-init', '-vfs', '-mmap'])] })],
    ['missing-lookaside', () => ({ argv: [pick(['-lookaside', '-pagecache']), String(int(10, 99))] })],
    ['double-dash', () => { const s = smallTable(); return { argv: [pick(['--csv', '--box', '--json', '--line']), '--header', ':memory:', s.sql + s.q] }; }],
    ['batch', () => { const s = smallTable(); return { argv: ['-batch'], stdin: s.sql + s.q }; }],
    ['echo', () => { const s = smallTable(); return { argv: ['-echo'], stdin: s.sql + `-- ${word()}\n.mode csv\n` + s.q }; }],
    ['echo-argv', () => ({ argv: ['-echo', ':memory:', `SELECT ${int(1, 99)} AS a;`, `.print ${word()}`] })],
    ['bail-argv', () => ({ argv: ['-bail', ':memory:', `SELECT ${int(1, 9)};`, 'SELECT * FROM nope;', `SELECT ${int(1, 9)};`] })],
    ['cmd', () => { const s = smallTable(); return { argv: ['-cmd', '.mode box', '-cmd', `.nullvalue ${pick(['-', 'NULL', '?'])}`], stdin: s.sql + s.q }; }],
    ['cmd-sql', () => ({ argv: ['-cmd', `CREATE TABLE t(a); INSERT INTO t VALUES (${int(1, 99)}), (${int(1, 99)})`, ':memory:', 'SELECT sum(a), count(*) FROM t'] })],
    ['cmd-error', () => ({ argv: ['-cmd', `SELECT * FROM ${pick(['nope', 'ghost'])}`, '-cmd', `.print ${word()}`], stdin: `SELECT ${int(1, 99)};\n` })],
    ['cmd-print', () => ({ argv: ['-cmd', `.print ${word()} ${int(1, 99)}`, ':memory:', `SELECT ${int(1, 9)}`] })],
    ['init', () => { const s = smallTable(); const f = pick(SQLN); return { argv: ['-init', f], stdin: s.q, files: { [f]: s.sql + `.mode ${pick(['csv', 'line', 'box'])}\n` } }; }],
    ['init-missing', () => ({ argv: ['-init', `${pick(['nope', 'missing'])}${int(1, 99)}.sql`, ':memory:', `SELECT ${int(1, 99)}`] })],
    ['init-order', () => ({ argv: ['-init', 'i.sql', '-cmd', `.print cmd ${word()}`, ':memory:', `SELECT 'arg ${word()}'`], stdin: `SELECT 'stdin ignored';\n`, files: { 'i.sql': `.print init ${word()}\n` } })],
    ['init-directory', () => ({ argv: ['-init', pick(['conf', 'etc']), ':memory:', `SELECT ${int(1, 9)}`], files: { conf: { dir: true }, etc: { dir: true } } })],
    ['header', () => { const s = smallTable(); return { argv: ['-header', pick(['-csv', '-list', '-tabs', '-html'])], stdin: s.sql + s.q }; }],
    ['noheader', () => { const s = smallTable(); return { argv: [pick(['-box', '-column', '-table', '-markdown']), '-noheader'], stdin: s.sql + s.q }; }],
    ['header-order', () => { const s = smallTable(); return { argv: ['-noheader', '-header', '-csv', '-noheader', ':memory:', s.sql + s.q] }; }],
    ['nullvalue', () => { const s = smallTable(); s.t.rows[0][3] = null; return { argv: ['-nullvalue', pick(['NULL', '<null>', '-', 'nil']), ':memory:', tableSql(s.t) + s.q] }; }],
    ['separator', () => { const s = smallTable(); return { argv: ['-separator', pick([',', ';', ' | ', '\t', '::']), ':memory:', s.sql + s.q] }; }],
    ['newline', () => { const s = smallTable(); return { argv: ['-newline', pick(['\r\n', ';', ' <EOL>\n', '\n\n']), ':memory:', s.sql + s.q] }; }],
    ['mode-options', () => { const s = smallTable(); const m = pick(['-ascii', '-box', '-column', '-csv', '-html', '-json', '-line', '-list', '-markdown', '-quote', '-table', '-tabs']); return { argv: [m, ':memory:', s.sql + s.q] }; }],
    ['mode-last-wins', () => { const s = smallTable(); return { argv: [pick(['-csv', '-json']), pick(['-box', '-line']), ':memory:', s.sql + s.q] }; }],
    ['readonly-empty', () => { const f = pick(['empty.db', 'blank.sqlite', 'new.db']); return { argv: ['-readonly', f, pick(['CREATE TABLE t(a)', `CREATE TABLE ${word()}(x, y)`])], files: { [f]: '' } }; }, false],
    ['readonly-missing', () => ({ argv: ['-readonly', `${pick(['missing', 'nothere'])}.db`, `SELECT ${int(1, 9)}`] }), false],
    ['readonly-dot', () => ({ argv: [], stdin: `CREATE TABLE t(a);\nINSERT INTO t VALUES (${int(1, 99)});\n.save snap.db\n.open --readonly snap.db\nSELECT * FROM t;\nINSERT INTO t VALUES (${int(1, 9)});\nSELECT count(*) FROM t;\n` })],
    ['safe-readfile', () => ({ argv: ['-safe', ':memory:', `SELECT readfile('${pick(['a.txt', 'data.bin'])}')`], files: { 'a.txt': 'x', 'data.bin': 'y' } }), false],
    ['safe-commands', () => ({ argv: ['-safe'], stdin: `SELECT ${int(1, 9)};\n${pick(['.shell echo hi', '.system ls', '.open other.db', '.output out.txt', '.import a.csv t', '.read x.sql', '.log out.log', '.once out.txt', '.cd /'])}\nSELECT ${int(10, 99)};\n` })],
    ['safe-attach', () => ({ argv: ['-safe', ':memory:', `ATTACH '${pick(['other.db', 'x.db'])}' AS o`] }), false],
    ['safe-ok', () => { const s = smallTable(); return { argv: ['-safe', '-box'], stdin: s.sql + s.q + `.mode csv\n${s.q}` }; }],
    ['nofollow', () => ({ argv: ['-nofollow', pick(DBN), `CREATE TABLE t(a); INSERT INTO t VALUES (${int(1, 99)}); SELECT * FROM t;`] })],
    ['mmap', () => ({ argv: ['-mmap', String(int(0, 999999)), ':memory:', `SELECT ${int(1, 99)} * ${int(1, 99)}`] })],
    ['lookaside', () => ({ argv: ['-lookaside', String(int(64, 512)), String(int(10, 100)), ':memory:', `SELECT upper('${word()}${int(1, 999)}')`] })],
    ['pagecache', () => ({ argv: ['-pagecache', String(int(1024, 4096)), String(int(10, 100)), ':memory:', `SELECT lower('${word().toUpperCase()}')`] })],
    ['vfs', () => ({ argv: ['-vfs', pick(['unix', 'unix-none', 'unix-dotfile', 'unix-excl']), pick(DBN), `CREATE TABLE t(a); INSERT INTO t VALUES ('${word()}'); SELECT * FROM t;`] })],
    ['vfs-bad', () => ({ argv: ['-vfs', `${pick(['nosuch', 'win32', 'memdbx'])}${int(1, 99)}`, ':memory:', `SELECT ${int(1, 9)}`] })],
    ['nonce', () => ({ argv: ['-nonce', lower(8), ':memory:', `SELECT ${int(1, 99)}`] })],
    ['deserialize', () => ({ argv: ['-deserialize', pick(DBN), `CREATE TABLE t(a); INSERT INTO t VALUES (${int(1, 99)}); SELECT * FROM t;`] })],
    ['maxsize', () => ({ argv: ['-deserialize', '-maxsize', String(int(100000, 999999)), pick(DBN), `SELECT ${int(1, 99)}`] })],
    ['zip-missing', () => ({ argv: ['-zip', `${pick(['a', 'b'])}.zip`, `SELECT ${int(1, 99)}`] })],
    ['append', () => ({ argv: ['-append', 'app.bin', `CREATE TABLE t(a); INSERT INTO t VALUES (${int(1, 99)}); SELECT * FROM t;`], files: { 'app.bin': `${word()}\n` } })],
    ['interactive', () => { const t = pick(['t', 'x', 'kv']); return { argv: ['-interactive'], stdin: `CREATE TABLE ${t}(k, v);\nINSERT INTO ${t} VALUES ('${word()}', ${int(1, 99)});\nINSERT INTO ${t} VALUES ('${word()}', ${int(1, 99)});\n.mode ${pick(['box', 'csv', 'list'])}\nSELECT * FROM ${t} ORDER BY v;\nSELECT\n  ${int(1, 99)};\n` }; }],
    ['interactive-error', () => ({ argv: ['-interactive', ':memory:'], stdin: `SELECT ${int(1, 99)};\nSELECT * FROM ${pick(['nope', 'missing'])};\n.${pick(['bogus', 'nosuch'])}\nSELECT 'end';\n` })],
    ['archive-usage', () => ({ argv: ['-A'] }), false],
    ['archive', () => { const a = pick(['a.sqlar', 'x.sqlar', 'files.db']); const fs = sample(['f1.txt', 'f2.txt', 'notes.md'], int(1, 3)); return { argv: [], stdin: `.archive --create --file ${a} ${fs.join(' ')}\n.ar -t -f ${a}\n.open ${a}\nSELECT name, sz, length(data) > 0 FROM sqlar ORDER BY name;\n`, files: { 'f1.txt': `${sentence(5)}\n`, 'f2.txt': `${sentence(8)}\n`.repeat(int(1, 9)), 'notes.md': `# ${word()}\n` } }; }],
    ['arg-order', () => ({ argv: [':memory:', '-csv', `SELECT ${int(1, 9)} AS a, '${word()}' AS b`] })],
    ['multi-sql-args', () => ({ argv: [':memory:', `CREATE TABLE t(x)`, `INSERT INTO t VALUES (${int(1, 99)}), (${int(1, 99)})`, '.mode line', 'SELECT sum(x) AS total FROM t', `.print ${word()}`] })],
    ['db-and-stdin', () => ({ argv: [pick(DBN)], stdin: `CREATE TABLE t(a);\nINSERT INTO t VALUES ('${word()}');\nSELECT * FROM t;\n.tables\n` })],
    ['memory-explicit', () => ({ argv: [':memory:'], stdin: `SELECT ${int(1, 99)} + ${int(1, 99)};\n` })],
    ['empty-db-file', () => { const t = word(); return { argv: ['empty.db', `SELECT count(*) FROM sqlite_schema; CREATE TABLE ${t}(a); SELECT name FROM sqlite_schema;`], files: { 'empty.db': '' } }; }],
    ['not-a-database', () => { const f = pick(['notes.txt', 'bad.db', 'data.csv']); return { argv: [f, pick(['SELECT 1', '.tables', '.schema', 'CREATE TABLE t(a)'])], files: { [f]: `${sentence(int(3, 10))}\n` } }; }, false],
    ['not-a-database-stdin', () => { const f = pick(['junk.db', 'file.sqlite']); return { argv: [f], stdin: `SELECT ${int(1, 999)};\n.tables\nSELECT '${word()}';\n`, files: { [f]: rng.bytes(int(100, 300)).toString('latin1') } }; }],
    ['db-directory', () => { const f = `${pick(['dbdir', 'folder', 'data'])}${int(1, 99)}`; return { argv: [f, `SELECT ${int(1, 9)}`], files: { [f]: { dir: true } } }; }],
    ['db-unreadable', () => { const f = `${pick(['locked', 'secret', 'private'])}${int(1, 99)}.db`; return { argv: [f, `SELECT ${int(1, 9)}`], files: { [f]: { text: '', mode: 0 } } }; }],
    ['db-missing-dir', () => ({ argv: [`${pick(['no', 'missing'])}/${word()}/x${int(1, 99)}.db`, `SELECT ${int(1, 9)}`] })],
    ['stdin-empty', () => ({ argv: [':memory:', `SELECT '${word()}'`], stdin: `SELECT 'ignored';\n` })],
    ['stdin-no-newline', () => ({ argv: [], stdin: `SELECT ${int(1, 99)};\nSELECT '${word()}'` })],
    ['stdin-incomplete', () => ({ argv: [], stdin: `SELECT ${int(1, 99)};\nSELECT '${word()}',\n  ${int(1, 9)}\n` })],
    ['stdin-crlf', () => ({ argv: [], stdin: `CREATE TABLE t(a);\r\nINSERT INTO t VALUES ('${word()}');\r\n.mode ${pick(['csv', 'line'])}\r\nSELECT a, length(a) FROM t;\r\n` })],
  ]);

  // ================================================================ dot-commands
  each('dot', 'shell dot-commands', [
    ['print', () => S(`.print ${word()} "${word()} ${word()}" '${word()}'\n.print\n.print ${int(1, 99)}\\t${word()}\nSELECT ${int(1, 9)};\n`)],
    ['echo', () => S(`.echo on\nSELECT ${int(1, 99)};\n-- comment ${word()}\n.print hi\n.echo off\nSELECT ${int(1, 99)};\n`)],
    ['bail-off', () => S(`.bail off\nSELECT * FROM ${pick(['nope', 'ghost'])};\nSELECT ${int(1, 99)};\n`)],
    ['changes', () => S(`.changes on\nCREATE TABLE t(a);\nINSERT INTO t VALUES ${many(int(1, 5), () => `(${int(1, 9)})`).join(', ')};\nUPDATE t SET a = a + 1 WHERE a > ${int(2, 6)};\nSELECT count(*) FROM t;\n.changes off\nDELETE FROM t;\nSELECT 'done';\n`)],
    ['parameter', () => S(`.parameter init\n.parameter set :n ${int(1, 99)}\n.parameter set @s '${word()}'\n.parameter set $x ${money()}\n.parameter list\nSELECT :n * 2, @s, $x, :missing;\n.parameter unset :n\nSELECT :n;\n.parameter clear\n.parameter list\nSELECT @s;\n`)],
    ['parameter-table', () => S(`.parameter set :lo ${int(1, 3)}\n.parameter set :hi ${int(5, 9)}\nSELECT value FROM generate_series(:lo, :hi);\nSELECT key, value FROM temp.sqlite_parameters ORDER BY key;\n`)],
    ['limit', () => S(`.limit ${pick(['length', 'sql_length', 'column', 'expr_depth', 'compound_select', 'variable_number'])}\n.limit length ${int(5, 20)}\nSELECT '${word()}${word()}${word()}';\nSELECT ${int(1, 9)};\n.limit bogus 5\n`)],
    ['limit-all', () => S(`.limit\nSELECT ${int(1, 9)};\n`), false],
    ['exit-code', () => S(`SELECT ${int(1, 99)};\n.exit ${int(0, 9)}\nSELECT 'unreached';\n`)],
    ['quit', () => S(`SELECT '${word()}';\n.quit\nSELECT 'unreached';\n`)],
    ['exit-argv', () => ({ argv: [':memory:', `SELECT ${int(1, 99)}`, `.exit ${int(1, 9)}`, 'SELECT 2'] })],
    ['output-file', () => { const f = pick(['out.txt', 'result.csv']); return S(`CREATE TABLE t(a);\nINSERT INTO t VALUES ('${word()}'), ('${word()}');\n.output ${f}\n.mode csv\nSELECT * FROM t;\n.output\n.mode list\nSELECT 'back on stdout';\nSELECT readfile('${f}');\n`); }],
    ['once', () => { const f = pick(['once.txt', 'q.out']); return S(`.once ${f}\nSELECT ${int(1, 99)} AS a, '${word()}' AS b;\nSELECT 'second query goes to stdout';\nSELECT length(readfile('${f}')), readfile('${f}');\n`); }],
    ['output-append', () => { const f = pick(['log.txt', 'acc.txt']); return S(`.output ${f}\n.print first ${word()}\n.output\n.output ${f}\n.print second ${word()}\n.output stdout\nSELECT readfile('${f}');\n`); }],
    ['read', () => { const f = pick(SQLN); return S(`.read ${f}\nSELECT count(*) FROM t;\n`, { files: { [f]: `CREATE TABLE t(a);\nINSERT INTO t VALUES (${int(1, 9)}), (${int(1, 9)});\n.mode line\nSELECT sum(a) AS s FROM t;\n` } }); }],
    ['read-nested', () => S(`.read a.sql\nSELECT 'top ${word()}';\n`, { files: { 'a.sql': `.print in a\n.read sub/b.sql\n.print back in a\n`, 'sub/b.sql': `SELECT 'in b ${word()}';\n` } })],
    ['read-missing', () => S(`.read ${pick(['nope', 'missing'])}${int(1, 99)}.sql\nSELECT ${int(1, 99)};\n`)],
    ['read-directory', () => S(`.read ${pick(['d1', 'scripts'])}\nSELECT ${int(1, 99)};\n`, { files: { d1: { dir: true }, scripts: { dir: true } } })],
    ['open-new', () => { const f = pick(DBN); return S(`CREATE TABLE mem(a);\n.open ${f}\nCREATE TABLE disk(b);\nINSERT INTO disk VALUES (${int(1, 99)});\n.tables\n.open ${f}\nSELECT * FROM disk;\n.open\n.tables\nSELECT 'fresh';\n`); }],
    ['open-options', () => { const f = pick(DBN); return S(`.open --new ${f}\nCREATE TABLE a(x);\nINSERT INTO a VALUES (${int(1, 99)});\n.open --new ${f}\n.tables\nSELECT count(*) FROM sqlite_schema;\n.open --readonly ${f}\nCREATE TABLE b(y);\n`); }],
    ['open-hexdb-mem', () => S(`.open --memdb\nCREATE TABLE z(a);\nINSERT INTO z VALUES ('${word()}');\nSELECT * FROM z;\n.open ${pick(['--bogus', '-x'])} f.db\n`)],
    ['save-backup', () => { const f = pick(['copy.db', 'saved.db']); return S(`CREATE TABLE t(a);\nINSERT INTO t VALUES ('${word()}'), ('${word()}');\n.save ${f}\nDELETE FROM t;\n.restore ${f}\nSELECT * FROM t;\n.backup main b2.db\nATTACH 'b2.db' AS b2;\nSELECT count(*) FROM b2.t;\n`); }],
    ['clone', () => { const s = schema({ triggers: false }); return S(s.sql + `.clone cl.db\n.open cl.db\n.tables\nSELECT count(*) FROM ${s.p.name};\n`); }],
    ['show', () => S(`.mode ${pick(MODES.filter((m) => m !== 'insert'))}\n.headers ${pick(['on', 'off'])}\n.nullvalue ${pick(['NULL', 'x', '-'])}\n.separator ${pick([',', ';', '|'])}\n.width ${int(1, 9)} ${int(1, 9)}\n.show\n`), true],
    ['show-default', () => ({ argv: [':memory:', '.show'] }), false],
    ['databases', () => S(`${chance(0.5) ? "ATTACH ':memory:' AS aux;\n" : ''}.databases\nSELECT ${int(1, 9)};\n`)],
    ['dbconfig', () => S(`.dbconfig\n.dbconfig ${pick(['defensive', 'enable_fkey', 'trusted_schema'])} on\n.dbconfig ${pick(['defensive', 'enable_fkey', 'trusted_schema'])}\n`)],
    ['cd', () => { const d = pick(['sub', 'work']); return S(`.cd ${d}\n.read inner.sql\n.cd ..\n.read top.sql\n.cd ${pick(['nope', 'missing'])}\nSELECT 1;\n`, { files: { [`${d}/inner.sql`]: `SELECT 'inner ${word()}';\n`, 'top.sql': `SELECT 'top ${word()}';\n` } }); }],
    ['sha3sum', () => S(`CREATE TABLE t(a, b);\nINSERT INTO t VALUES (${int(1, 99)}, '${word()}');\n.sha3sum\n.sha3sum --schema\n.sha3sum --sha3-256\n`)],
    ['trace', () => S(`.trace stdout\nCREATE TABLE t(a);\nINSERT INTO t VALUES (${int(1, 99)});\nSELECT a * ${int(2, 9)} FROM t;\n.trace off\nSELECT 'untraced';\n`)],
    ['timeout', () => S(`.timeout ${int(10, 5000)}\nSELECT ${int(1, 99)};\n`)],
    ['binary', () => S(`.binary on\nSELECT 'x';\n.binary off\nSELECT '${word()}';\n`)],
    ['prompt', () => S(`.prompt '${word()}> ' '...'\nSELECT ${int(1, 99)};\n`)],
    ['nullvalue-dot', () => S(`.nullvalue ${pick(['NULL', '(nil)', '--'])}\nSELECT NULL, ${int(1, 9)}, '';\n.mode quote\nSELECT NULL;\n.mode csv\nSELECT NULL, 'x';\n`)],
    ['help-all', () => S('.help\n'), false],
    ['help-topic', () => S(`.help ${pick(['mode', 'import', 'dump', 'schema', 'output', 'open', 'parameter', 'separator', 'once', 'tables'])}\n`)],
    ['help-pattern', (d) => S(`.help ${d ? pick(['*db*', 'nosuch', 're*']) : pick(['-all mode', 'sch*', 'o*'])}\n`)],
    ['testcase-check', () => S(`.testcase ${pick(['t1', 'abc'])}\nSELECT ${int(1, 9)} + ${int(1, 9)};\n.check ${int(2, 18)}\n.testcase t2\nSELECT 'x';\n.check x\n`)],
    ['lint', () => S(`PRAGMA foreign_keys = ON;\nCREATE TABLE p(id INTEGER PRIMARY KEY);\nCREATE TABLE c(pid REFERENCES p(id), x);\n${chance(0.5) ? 'CREATE INDEX ci ON c(pid);\n' : ''}.lint fkey-indexes\n.lint bogus\n`), false],
    ['headers-ignored-line', () => S(`.headers on\n.mode line\nSELECT ${int(1, 9)} AS a, '${word()}' AS bb;\n`)],
    ['comment-lines', () => S(`-- leading comment\n/* block\n comment */\nSELECT ${int(1, 99)}; -- trailing\n# not a comment in sql\nSELECT 2;\n`)],
    ['dot-case', () => S(`.MODE csv\n.Headers on\nSELECT ${int(1, 9)} AS a;\n`)],
    ['dot-quoting', () => S(`.print 'single ${word()}' "double\\t${word()}" unquoted\\tword\n.separator "\\t" '\\n'\nSELECT ${int(1, 9)}, ${int(1, 9)};\n`)],
    ['dot-abbrev', () => S(`.mod ${pick(['box', 'csv', 'json'])}\n.head on\n.nullv ~\nSELECT ${int(1, 9)} AS a, NULL AS b;\n.tab\n`)],
    ['sql-after-dot', () => S(`.mode csv\nSELECT ${int(1, 9)}, '${word()}'; .mode box\nSELECT 1;\n`)],
    ['semicolon-split', () => S(`SELECT ${int(1, 9)}\n;\nSELECT 'a;b', ${int(1, 9)}; SELECT 'c'\n  ;\nSELECT '${word()}'`)],
    ['trigger-body-semicolons', () => S(`CREATE TABLE t(a);\nCREATE TABLE log(x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  INSERT INTO log VALUES (NEW.a);\n  INSERT INTO log VALUES (NEW.a * ${int(2, 9)});\nEND;\nINSERT INTO t VALUES (${int(1, 9)});\nSELECT group_concat(x, ';') FROM log;\n`)],
    ['log', () => S(`.log stdout\nSELECT * FROM ${pick(['nope', 'ghost'])};\n.log off\nSELECT ${int(1, 9)};\n`)],
    ['eqp-off', () => S(`.eqp off\n.explain off\nSELECT ${int(1, 99)};\n`)],
    ['imposter-usage', () => S('.imposter\n'), false],
  ]);

  // bare dot-commands given as command-line arguments (sqlite3 DB .tables), after -cmd setup
  const BARE = ['.archive', '.backup', '.bail', '.binary', '.cd', '.changes', '.check', '.clone', '.databases', '.dbconfig', '.dump', '.echo', '.exit', '.fullschema', '.headers', '.help', '.import', '.indexes', '.indices', '.limit', '.lint', '.log', '.mode', '.nullvalue', '.once', '.open', '.output', '.parameter', '.print', '.prompt', '.quit', '.read', '.restore', '.save', '.schema', '.separator', '.sha3sum', '.show', '.tables', '.testcase', '.timeout', '.trace', '.width'];
  const WITH_DATA = new Set(['.dump', '.fullschema', '.schema', '.tables', '.indexes', '.indices', '.sha3sum', '.databases', '.mode', '.show']);
  BARE.forEach((cmd, k) => {
    fam(`dot-argv-${cmd.slice(1)}`, 'a bare dot-command as a command-line argument', 1, () => {
      const s = schema({ triggers: chance(0.3) });
      const setup = WITH_DATA.has(cmd) ? s.sql : `CREATE TABLE t(a); INSERT INTO t VALUES (${int(1, 99)});`;
      const after = `SELECT '${word()}' AS w, ${int(1, 999)} AS n`;
      const tail = cmd === '.exit' || cmd === '.quit' ? [after, cmd, `SELECT 'unreached'`] : cmd === '.testcase' ? [cmd, after, `.check *${pick(['1', '2', '3', 'a', 'e', 'o'])}*`] : [cmd, after];
      return { argv: ['-cmd', setup, ...(chance(0.5) ? [pick(['-box', '-csv', '-header', '-line'])] : []), ':memory:', ...tail] };
    }, WITH_DATA.has(cmd) ? 1 : 0);
  });

  // ================================================================ realistic scripts
  tfam('report', 'realistic multi-step scripts: schema, data, reports in several modes', [
    () => { const s = shop(int(5, 8), int(4, 6), int(10, 16)); return S(s.sql + sql`
      .headers on
      .mode ${pick(['box', 'table', 'markdown', 'column'])}
      SELECT p.name AS customer, count(o.id) AS orders, sum(o.amount) AS units,
             printf('%.2f', sum(o.amount * r.price)) AS revenue
      FROM ${s.P} p JOIN ${s.O} o ON o.person_id = p.id JOIN ${s.R} r ON r.sku = o.sku
      GROUP BY p.id ORDER BY sum(o.amount * r.price) DESC;
      .mode ${pick(['csv', 'json', 'line'])}
      SELECT substr(day, 1, 7) AS month, count(*) AS n FROM ${s.O} GROUP BY month ORDER BY month;
    `); },
    () => { const t = scores(); return S(tableSql(t) + sql`
      .mode column
      .headers on
      WITH avgs AS (SELECT student, round(avg(score), 1) AS avg_score FROM ${t.name} GROUP BY student)
      SELECT student, avg_score,
             CASE WHEN avg_score >= 80 THEN 'A' WHEN avg_score >= 65 THEN 'B' WHEN avg_score >= 50 THEN 'C' ELSE 'F' END AS grade,
             rank() OVER (ORDER BY avg_score DESC) AS place
      FROM avgs ORDER BY place, student;
    `); },
    () => { const t = readings(int(10, 16)); return S(tableSql(t) + sql`
      .mode ${pick(['box', 'table', 'markdown'])}
      SELECT sensor, strftime('%H:00', ts) AS hour, count(*) AS n, round(avg(value), 2) AS mean,
             round(avg(value) - lag(avg(value)) OVER (PARTITION BY sensor ORDER BY strftime('%H', ts)), 2) AS delta
      FROM ${t.name} WHERE value IS NOT NULL GROUP BY sensor, hour ORDER BY sensor, hour;
    `); },
    () => { const t = tree(int(7, 11)); return S(tableSql(t) + sql`
      WITH RECURSIVE chain(id, name, level) AS (
        SELECT id, name, 0 FROM ${t.name} WHERE boss IS NULL
        UNION ALL
        SELECT c.id, c.name, level + 1 FROM ${t.name} c JOIN chain ON c.boss = chain.id
        ORDER BY 3 DESC
      )
      SELECT substr('..........', 1, level * 2) || name AS org_chart FROM chain;
      SELECT m.name, count(e.id) AS direct_reports FROM ${t.name} m LEFT JOIN ${t.name} e ON e.boss = m.id GROUP BY m.id HAVING count(e.id) > 0 ORDER BY 2 DESC, 1;
    `); },
    () => { const ds = people(int(6, 9)); const f = pick(CSVN); return S(sql`
      .import --csv ${f} staff_raw
      CREATE TABLE staff AS SELECT CAST(id AS INTEGER) AS id, name, dept, CAST(nullif(salary, '') AS INTEGER) AS salary, city FROM staff_raw;
      DROP TABLE staff_raw;
      .schema staff
      .mode ${pick(['markdown', 'box'])}
      SELECT dept, count(*) AS headcount, max(salary) AS top_salary, group_concat(city, ', ') AS cities FROM staff GROUP BY dept ORDER BY headcount DESC, dept;
    `, { files: { [f]: csvText(ds.cols, ds.rows) } }); },
    () => { const t = docs(int(4, 7)); return S(tableSql(t) + sql`
      .mode ${pick(['json', 'box', 'list'])}
      SELECT body ->> 'name' AS name, body ->> '$.address.city' AS city, json_array_length(body -> 'tags') AS ntags
      FROM ${t.name} WHERE json_extract(body, '$.age') >= ${int(20, 50)} ORDER BY name;
      SELECT json_group_object(body ->> 'name', body -> 'age') AS ages FROM (SELECT body FROM ${t.name} ORDER BY id);
    `); },
    () => { const t = products(int(6, 9)); return S(tableSql(t) + sql`
      CREATE TABLE price_log(sku TEXT, old REAL, new REAL);
      CREATE TRIGGER log_price AFTER UPDATE OF price ON ${t.name} BEGIN INSERT INTO price_log VALUES (OLD.sku, OLD.price, NEW.price); END;
      UPDATE ${t.name} SET price = round(price * ${pick(['1.1', '0.9', '1.25'])}, 2) WHERE category = '${pick(CATS)}' OR qty < ${int(20, 80)};
      .mode ${pick(['table', 'csv', 'quote', 'insert price_log'])}
      SELECT * FROM price_log ORDER BY sku;
      SELECT count(*) AS changed FROM price_log;
    `); },
    () => { const s = shop(int(4, 6), int(3, 5), int(8, 12)); return S(s.sql + sql`
      CREATE VIEW order_totals AS SELECT o.id, o.person_id, o.amount * r.price AS total FROM ${s.O} o JOIN ${s.R} r USING (sku);
      .headers on
      .mode ${pick(['column', 'tabs', 'html'])}
      SELECT p.name, count(t.id) AS n, round(coalesce(sum(t.total), 0), 2) AS spent,
             round(100.0 * coalesce(sum(t.total), 0) / (SELECT sum(total) FROM order_totals), 1) AS pct
      FROM ${s.P} p LEFT JOIN order_totals t ON t.person_id = p.id GROUP BY p.id ORDER BY spent DESC, p.name;
    `); },
    () => { const s = schema({ triggers: false }); return S(s.sql + `.dump ${s.p.name}\n.mode ${pick(['line', 'box'])}\nSELECT count(*) AS n, min(salary) AS lo, max(salary) AS hi FROM ${s.p.name};\n`); },
    () => { const n = int(20, 60); return S(sql`
      CREATE TABLE nums AS SELECT value AS n FROM generate_series(1, ${n});
      SELECT n, CASE WHEN n % 15 = 0 THEN 'FizzBuzz' WHEN n % 3 = 0 THEN 'Fizz' WHEN n % 5 = 0 THEN 'Buzz' ELSE n END AS fb FROM nums WHERE n > ${n - int(8, 15)};
      SELECT count(*) AS primes FROM nums a WHERE n > 1 AND NOT EXISTS (SELECT 1 FROM nums b WHERE b.n > 1 AND b.n < a.n AND a.n % b.n = 0);
    `); },
    () => { const t = people(int(6, 10)); return S(tableSql(t) + sql`
      .mode ${pick(['box', 'markdown'])}
      SELECT city, count(*) AS n, round(avg(salary)) AS avg_salary, min(hired) AS first_hire FROM ${t.name} GROUP BY city HAVING n >= 1 ORDER BY n DESC, city LIMIT 5;
      .mode list
      .separator " -> "
      SELECT name, dept FROM ${t.name} WHERE hired >= '${int(2016, 2021)}' ORDER BY hired;
    `); },
    () => { const t = readings(int(10, 14)); return S(tableSql(t) + sql`
      .nullvalue (missing)
      .mode ${pick(['column', 'box'])}
      SELECT sensor, ts, value, round(avg(value) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS moving_avg FROM ${t.name} ORDER BY sensor, ts;
    `); },
  ], { reps: 3, duals: 10 });

  return cases;
}
