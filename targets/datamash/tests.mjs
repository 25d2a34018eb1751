// Test cases for GNU datamash 1.7 (Debian 12 package datamash 1.7-2): a deterministic generator.
// All variation comes from the seeded rng. `pair(...)` gives a visible case and a hidden dual with
// the same idea and other data/values; `one(...)` gives a visible case only.
// Expected outputs are never written here: `mirrorcode prepare datamash` runs the real program.
//
// Avoided on purpose: `rand` on groups holding different values (random), `rmdup` with several
// key fields (datamash 1.7 aborts on an assertion), and huge inputs.

const FIRST = ['Shawn', 'Marques', 'Fernando', 'Paul', 'Walter', 'Derek', 'Nathaniel', 'Tyreque', 'Levi', 'Sage',
  'Roberto', 'William', 'Nico', 'Bryan', 'Isaiah', 'David', 'Leonard', 'Tysza', 'Darren', 'Christian', 'Aaron',
  'Kerris', 'Dakota', 'Caleb', 'Juan', 'Andre', 'Diego', 'Jonathan', 'Kevin', "D'Angelo", 'Dilan', 'Angel', 'Peter',
  'Chase', 'Leroy', 'Jesse', 'Drake', "Ja'Won", 'Joel', 'Darius', 'Manuel', 'Lance', 'Yeng', 'Allen', 'Brandon',
  'Gurnam', 'Anthony', 'Joshua', 'Austin', 'Faison', 'Devin', 'Ignatius', 'Sonny', 'Thanh', 'Omar', 'Avery',
  'Maria', 'Chloé', 'Zoë', 'Søren', 'Łukasz', 'Amélie', 'Nuño', 'Björn', 'Priya', 'Mei', 'Kofi', 'Ana'];
const MAJORS = ['Arts', 'Business', 'Engineering', 'Health-Medicine', 'Life-Sciences', 'Social-Sciences'];
const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
const PRODUCTS = ['widget', 'gadget', 'sprocket', 'gizmo', 'bracket', 'valve', 'hinge', 'gasket'];
const STATIONS = ['KSEA', 'KPDX', 'KSFO', 'KLAX', 'KDEN', 'KORD', 'KBOS', 'KJFK', 'KATL', 'KMIA'];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD'];
const STATUS = ['200', '200', '200', '201', '204', '301', '304', '400', '403', '404', '500', '503'];
const PATHS = ['/index.html', '/api/v1/items', '/api/v1/users', '/login', '/static/app.js', '/static/style.css',
  '/images/logo.png', '/search', '/cart', '/checkout'];
const CHROMS = ['chr1', 'chr2', 'chr3', 'chr7', 'chr11', 'chr17', 'chrX', 'chrY'];
const GENES = ['ABCC1', 'ABCC10', 'ABCC11', 'AKAP17A', 'ASMT', 'BRCA1', 'BRCA2', 'TP53', 'EGFR', 'MYC', 'KRAS', 'PTEN'];
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo',
  'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango'];
const UNI = ['café', 'naïve', 'Ærøskøbing', 'Zürich', 'Łódź', 'São Paulo', 'Kraków', 'Dvořák', 'Ελλάδα', 'Москва',
  '東京', '서울', 'smile 😀', 'ℕ≠∅'];
const DIRS = ['/usr/lib', '/home/alice/docs', '/var/log/nginx', 'src/main', './build', '../data', '/tmp', 'a/b/c/d', '/', '.'];
const FILES = ['report.pdf', 'archive.tar.gz', 'photo.JPG', 'README', '.bashrc', 'notes.txt', 'data.2020.csv', 'x.',
  'script.sh', 'main.c', 'lib.so.6', 'Makefile', 'image.png', 'index.d.ts'];

// The package's own example file (/usr/share/doc/datamash/examples/scores.txt).
const SCORES = `Shawn Arts 65|Marques Arts 58|Fernando Arts 78|Paul Arts 63|Walter Arts 75|Derek Arts 60|Nathaniel Arts 88|\
Tyreque Arts 74|Trevon Arts 74|Nathan Arts 71|Zachary Arts 80|Donovan Arts 75|Levi Arts 76|Sage Arts 55|Roberto Arts 65|\
William Arts 46|Nico Arts 59|Bryan Arts 68|Isaiah Arts 80|David Business 92|Leonard Business 87|Tysza Business 92|\
Darren Business 94|Christian Business 88|Aaron Business 83|Kerris Business 82|Dakota Business 83|Teriuse Business 94|\
Caleb Business 87|Juan Business 79|Andre Health-Medicine 72|Diego Health-Medicine 82|Jonathan Health-Medicine 100|\
Kevin Health-Medicine 100|Patrick Health-Medicine 92|D'Angelo Health-Medicine 90|Daniel Health-Medicine 91|\
Dilan Health-Medicine 84|Angel Health-Medicine 100|Peter Health-Medicine 86|Dalton Health-Medicine 100|\
Israel Health-Medicine 81|Gabriel Health-Medicine 100|Chase Social-Sciences 27|Leroy Social-Sciences 74|\
Jesse Social-Sciences 32|Drake Social-Sciences 76|Ja'Won Social-Sciences 37|Joel Social-Sciences 72|\
Darius Social-Sciences 51|David Social-Sciences 69|Williams Social-Sciences 62|Manuel Social-Sciences 61|\
Lance Social-Sciences 65|Drake Social-Sciences 59|Joseph Social-Sciences 61|Randy Social-Sciences 68|\
Justin Social-Sciences 90|Yeng Life-Sciences 39|Allen Life-Sciences 50|Brandon Life-Sciences 72|\
Christian Life-Sciences 67|Aaron Life-Sciences 58|Gurnam Life-Sciences 66|Anthony Life-Sciences 32|\
Joshua Life-Sciences 14|Nathen Life-Sciences 46|Christopher Life-Sciences 59|John Life-Sciences 70|\
Austin Life-Sciences 91|Antonio Engineering 88|Faison Engineering 47|Devin Engineering 92|Ignatius Engineering 83|\
Sonny Engineering 50|Antonio Engineering 56|Zackery Engineering 54|Joe'Quann Engineering 75|Thanh Engineering 53|\
Michael Engineering 39|Leonardo Engineering 78|Omar Engineering 99|Avery Engineering 51`
  .split('|').map((l) => l.split(' ').join('\t')).join('\n') + '\n';

// The simulated /etc/passwd of the info manual ("Groupby on /etc/passwd").
const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
mysql:x:115:124:MySQL Server,,,:/var/lib/mysql:/bin/false
sshd:x:116:65534::/var/run/sshd:/usr/sbin/nologin
guest:x:118:125:Guest,,,:/tmp/guest-home.phc17z:/bin/bash
gordon:x:1004:1000:Assaf Gordon,,,,:/home/gordon:/bin/bash
charles:x:1005:1000:Charles,,,,:/home/charles:/bin/bash
alice:x:1006:1000:Alice,,,,:/home/alice:/bin/bash
bob:x:1007:1000:Bob,,,,:/home/bob:/bin/bash
postgres:x:119:126:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash
rabbitmq:x:125:138:RabbitMQ messaging server,,,:/var/lib/rabbitmq:/bin/false
redis:x:126:140:redis server,,,:/var/lib/redis:/bin/false
postfix:x:127:141::/var/spool/postfix:/bin/false
`;

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  // ------------------------------------------------------------------ case helpers
  const ids = new Set();
  const claim = (id) => {
    if (ids.has(id)) throw new Error('duplicate id ' + id);
    ids.add(id);
  };
  /** visible case + hidden dual (make(0), make(1)) */
  // Every second idea gets a hidden dual (about 460 visible / 175 hidden in all, spread over
  // every family); the others are visible only.
  let pairs = 0;
  const pair = (id, note, make) => {
    claim(id);
    if (pairs++ % 2 === 0) add(id, note, make);
    else cases.push({ id, note, ...make(0) });
  };
  /** visible case only */
  const one = (id, note, make) => { claim(id); cases.push({ id, note, ...make(0) }); };
  /** a case reading `text` on stdin */
  const C = (argv, stdin) => (stdin === undefined ? { argv } : { argv, stdin });

  // ------------------------------------------------------------------ data helpers
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const lines = (rows, sep = '\t') => rows.map((r) => (Array.isArray(r) ? r.join(sep) : r)).join('\n') + '\n';
  const dec = (lo, hi, dp) => (int(Math.round(lo * 10 ** dp), Math.round(hi * 10 ** dp)) / 10 ** dp).toFixed(dp);
  const seq = (a, b, step = 1) => { const out = []; for (let x = a; step > 0 ? x <= b + 1e-9 : x >= b - 1e-9; x += step) out.push(x); return out; };
  /** like seq(1) with a fixed number of decimals (seq -1.25 0.25 1.25) */
  const seqf = (a, step, b, dp) => seq(a, b, step).map((x) => x.toFixed(dp));
  const paste = (vals, k) => { const rows = []; for (let i = 0; i < vals.length; i += k) rows.push(vals.slice(i, i + k)); return rows; };
  const name = () => pick(FIRST);
  const sortRows = (rows, k = 0) => [...rows].sort((a, b) => (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0));

  /** a numeric value of a given style */
  function num(style = 'mixed') {
    switch (style) {
      case 'int': return String(int(0, 500));
      case 'sint': return String(int(-300, 300));
      case 'small': return String(int(1, 9));
      case 'pos': return dec(0.5, 250, int(0, 2));
      case 'dec': return dec(-100, 100, int(1, 3));
      case 'money': return dec(0.99, 499.99, 2);
      case 'temp': return dec(-15, 38, 1);
      case 'big': return String(int(1000, 9999999));
      case 'sci': return `${dec(1, 9.99, 2)}e${pick(['+', '-', ''])}${int(0, 12)}`;
      default: {
        const r = int(0, 9);
        if (r < 4) return String(int(-50, 500));
        if (r < 8) return dec(-50, 500, int(1, 3));
        if (r < 9) return `${dec(1, 9.9, 1)}e${int(1, 3)}`;
        return String(int(0, 99));
      }
    }
  }
  const nums = (n, style) => many(n, () => num(style));

  /** realistic tables; each returns { rows, key, val, header } */
  const DATASETS = {
    scores: (n = int(12, 30)) => ({ header: ['Name', 'Major', 'Score'], rows: many(n, () => [name(), pick(MAJORS), String(int(14, 100))]), key: 2, val: 3, pos: true }),
    sales: (n = int(12, 30)) => ({ header: ['Region', 'Product', 'Quarter', 'Units', 'Price'], rows: many(n, () => [pick(REGIONS), pick(PRODUCTS), `Q${int(1, 4)}`, String(int(1, 250)), dec(1.5, 99.99, 2)]), key: 1, val: 5, pos: true }),
    weather: (n = int(12, 30)) => ({ header: ['Station', 'Day', 'Temp', 'Humidity'], rows: many(n, () => [pick(STATIONS), `2023-0${int(1, 9)}-${String(int(1, 28)).padStart(2, '0')}`, dec(-12, 38, 1), String(int(8, 100))]), key: 1, val: 3, pos: false }),
    weblog: (n = int(12, 30)) => ({ header: ['Method', 'Path', 'Status', 'Bytes', 'Millis'], rows: many(n, () => [pick(METHODS), pick(PATHS), pick(STATUS), String(int(0, 250000)), dec(0.2, 2500, 3)]), key: 1, val: 4, pos: true }),
    genes: (n = int(12, 30)) => ({ header: ['Chrom', 'Strand', 'Start', 'Exons', 'Gene'], rows: many(n, () => [pick(CHROMS), pick(['+', '-']), String(int(10000, 249000000)), String(int(1, 60)), pick(GENES)]), key: 1, val: 4, pos: true }),
    ledger: (n = int(12, 30)) => ({ header: ['Account', 'Change'], rows: many(n, () => [pick(WORDS), num('dec')]), key: 1, val: 2, pos: false }),
  };
  const DS_NAMES = Object.keys(DATASETS);
  const POS_NAMES = ['scores', 'sales', 'weblog', 'genes'];
  const dataset = (v, opts = {}) => DATASETS[pick(opts.pos ? POS_NAMES : DS_NAMES)]();
  /** a dataset for per-group tests: more rows and only 2-4 distinct keys, so groups hold several values */
  const groupedDataset = (opts = {}) => {
    const ds = DATASETS[pick(opts.pos ? POS_NAMES : DS_NAMES)](int(20, 40));
    const keys = rng.shuffle([...new Set(ds.rows.map((r) => r[ds.key - 1]))]).slice(0, int(2, 4));
    ds.rows = ds.rows.map((r) => { const c = [...r]; c[ds.key - 1] = pick(keys); return c; });
    return ds;
  };

  // ================================================================== 1. documentation examples
  pair('doc-seq-sum-mean', 'man: seq 10 | datamash sum 1 mean 1', (v) => C(['sum', '1', 'mean', '1'], lines(seq(1, v ? int(11, 40) : 10))));
  const exampleTxt = (v) => (v ? many(int(5, 9), () => [pick(['A', 'B', 'C', 'D']), String(int(1, 30))]) : [['A', '10'], ['A', '5'], ['B', '9'], ['B', '11']]);
  pair('doc-g1-sum2', 'man: datamash -g 1 sum 2 on sorted input', (v) => C(['-g', '1', 'sum', '2'], lines(v ? sortRows(exampleTxt(v)) : exampleTxt(v))));
  pair('doc-groupby-word', 'man: datamash groupby 1 sum 2', (v) => C(['groupby', '1', 'sum', '2'], lines(v ? sortRows(exampleTxt(v)) : exampleTxt(v))));
  pair('doc-sort-g1', 'man: unsorted input with -s -g1 sum 2', (v) => C(['-s', '-g1', 'sum', '2'], lines(v ? exampleTxt(v) : [['A', '10'], ['C', '4'], ['B', '9'], ['C', '1'], ['A', '5'], ['B', '11']])));
  const SCORES_H = 'Name\tMajor\tScore\n' + SCORES;
  const synthScores = (n) => lines(many(n, () => [name(), pick(MAJORS), String(int(14, 100))]));
  const scoresFor = (v, h) => (v ? (h ? 'Name\tMajor\tScore\n' : '') + synthScores(int(20, 45)) : h ? SCORES_H : SCORES);
  pair('doc-scores-named', 'man: -sH -g Major mean Score pstdev Score', (v) => C(['-sH', '-g', 'Major', 'mean', 'Score', 'pstdev', 'Score'], scoresFor(v, true)));
  pair('doc-scores-long-options', 'man: --sort --headers --group 2 mean 3 pstdev 3', (v) => C(['--sort', '--headers', '--group', '2', 'mean', '3', 'pstdev', '3'], scoresFor(v, true)));
  one('doc-scores-short', 'man: -sH -g2 mean 3 pstdev 3', () => C(['-sH', '-g2', 'mean', '3', 'pstdev', '3'], SCORES_H));
  one('doc-overview-sstdev', 'info overview: --sort --headers --group 2 mean 3 sstdev 3', () => C(['--sort', '--headers', '--group', '2', 'mean', '3', 'sstdev', '3'], SCORES_H));
  const commentIn = (v) => (v ? lines([[` #${pick(WORDS)}`, String(int(1, 9))], [pick(WORDS), String(int(1, 9))], [`;${pick(WORDS)}`, String(int(1, 9))], [pick(WORDS), String(int(10, 20))]]) : ' #foo\t3\nbar\t5\n;baz\t7\n');
  pair('doc-comments-not-skipped', 'man: comment lines are data without -C', (v) => C(['sum', '2'], commentIn(v)));
  pair('doc-comments-skipped', 'man: -C skips # and ; lines', (v) => C(['-C', 'sum', '2'], commentIn(v)));
  const nine = (v) => lines(paste(v ? nums(int(3, 8) * 3, 'int') : seq(1, 9).map(String), 3));
  pair('doc-multi-sum-each', 'man: sum 1 sum 2 sum 3', (v) => C(['sum', '1', 'sum', '2', 'sum', '3'], nine(v)));
  pair('doc-multi-sum-comma', 'man: sum 1,2,3', (v) => C(['sum', '1,2,3'], nine(v)));
  pair('doc-multi-sum-range', 'man: sum 1-3', (v) => C(['sum', '1-3'], nine(v)));
  pair('doc-rounding-table', 'man: --full -H round/ceil/floor/trunc/frac on seq -1.25 0.25 1.25', (v) =>
    C(['--full', '-H', 'round', '1', 'ceil', '1', 'floor', '1', 'trunc', '1', 'frac', '1'],
      'X\n' + lines(v ? seqf(-2.4, 0.3, 2.4, 2) : seqf(-1.25, 0.25, 1.25, 2))));
  pair('doc-reverse-seq', 'man: seq 6 | paste - - | datamash reverse', (v) => C(['reverse'], lines(paste(seq(1, v ? 2 * int(4, 9) : 6).map(String), 2))));
  pair('doc-transpose-seq', 'man: seq 6 | paste - - | datamash transpose', (v) => C(['transpose'], lines(paste(seq(1, v ? 3 * int(3, 7) : 6).map(String), v ? 3 : 2))));
  const rmdupIn = (v) => (v ? 'SampleID\tFile\n' + lines(many(int(6, 12), () => [String(int(1, 5)), `${pick(WORDS)}.txt`])) : 'SampleID\tFile\n2\tcc.txt\n3\tdd.txt\n1\tab.txt\n2\tee.txt\n3\tff.txt\n');
  pair('doc-rmdup', 'man: rmdup 1 (header line is data)', (v) => C(['rmdup', '1'], rmdupIn(v)));
  pair('doc-rmdup-named', 'man: -H rmdup SampleID', (v) => C(['-H', 'rmdup', 'SampleID'], rmdupIn(v)));
  const hex = (n) => rng.string(n, '0123456789abcdef');
  pair('doc-sha1sum-Wf', 'man: sha1sum *.txt | datamash -Wf sha1 2', (v) => C(['-Wf', 'sha1', '2'], many(int(3, 6), () => `${hex(40)}  ${pick(WORDS)}${v ? '_' + int(1, 99) : ''}.txt\n`).join('')));
  const seqPaste = (n, k) => lines(paste(seq(1, n).map(String), k));
  pair('doc-check-ok', 'man: seq 10 | paste - - | datamash check', (v) => C(['check'], seqPaste(v ? 2 * int(6, 15) : 10, 2)));
  pair('doc-check-fail', 'man: seq 13 | paste - - - | datamash check fails on the short last line', (v) => C(['check'], seqPaste(v ? int(6, 12) * 4 + int(1, 3) : 13, v ? 4 : 3)));
  pair('doc-check-fields-lines', 'man: check 2 fields 5 lines', (v) => { const n = v ? int(6, 12) : 5; return C(['check', '2', 'fields', String(n), 'lines'], seqPaste(2 * n, 2)); });
  pair('doc-check-4-fields', 'man: check 4 fields on 2-field input', (v) => C(['check', v ? '3' : '4', 'fields'], seqPaste(v ? 18 : 10, 2)));
  pair('doc-check-7-lines', 'man: check 7 lines on 5-line input', (v) => C(['check', String(v ? int(8, 20) : 7), 'lines'], seqPaste(10, 2)));
  const ctIn = (v) => (v ? lines(many(int(6, 10), () => [pick(['a', 'b', 'c']), pick(['x', 'y', 'z']), String(int(1, 50))])) : 'a\tx\t3\na\ty\t7\nb\tx\t21\na\tx\t40\n');
  pair('doc-crosstab-count', 'man: -s crosstab 1,2', (v) => C(['-s', 'crosstab', '1,2'], ctIn(v)));
  pair('doc-crosstab-sum', 'man: -s crosstab 1,2 sum 3', (v) => C(['-s', 'crosstab', '1,2', 'sum', '3'], ctIn(v)));
  pair('doc-crosstab-unique', 'man: -s crosstab 1,2 unique 3', (v) => C(['-s', 'crosstab', '1,2', 'unique', '3'], ctIn(v)));
  pair('doc-bin-5', 'man: -H --full bin:5 1 on seq -10 2.5 10', (v) => C(['-H', '--full', v ? 'bin:3' : 'bin:5', '1'], 'X\n' + lines(v ? seqf(-9, 1.5, 9, 1) : seqf(-10, 2.5, 10, 1))));
  const patients = (v) => (v ? lines(many(int(5, 9), () => [`Patient${pick(['A', 'B', 'C', 'D', 'E', 'F'])}`, String(int(10, 30))])) : 'PatientA\t10\nPatientB\t11\nPatientC\t12\nPatientA\t14\nPatientC\t15\n');
  pair('doc-strbin', 'man: --full strbin 1', (v) => C(['--full', 'strbin', '1'], patients(v)));
  for (const t of ['', 'n', 'i', 'd', 'p', 'h', 'o']) {
    const op = t ? `getnum:${t}` : 'getnum';
    pair(`doc-getnum-${t || 'default'}`, `man: echo zoom-123.45xyz | datamash ${op} 1`, (v) =>
      C([op, '1'], v ? `${pick(['zoom', 'id', 'x', 'abc'])}-${int(1, 999)}.${int(1, 99)}${pick(['xyz', 'kg', 'ms', ''])}\n` : 'zoom-123.45xyz\n'));
  }
  // info: summary statistics on scores
  pair('doc-info-count', 'info: --sort groupby 2 count 2', (v) => C(['--sort', 'groupby', '2', 'count', '2'], scoresFor(v, false)));
  pair('doc-info-min-max', 'info: --sort groupby 2 min 3 max 3', (v) => C(['--sort', 'groupby', '2', 'min', '3', 'max', '3'], scoresFor(v, false)));
  one('doc-info-mean-pstdev', 'info: --sort groupby 2 mean 3 pstdev 3', () => C(['--sort', 'groupby', '2', 'mean', '3', 'pstdev', '3'], SCORES));
  pair('doc-info-quartiles', 'info: --sort groupby 2 median 3 q1 3 q3 3 iqr 3', (v) => C(['--sort', 'groupby', '2', 'median', '3', 'q1', '3', 'q3', '3', 'iqr', '3'], scoresFor(v, false)));
  pair('doc-info-header-out', 'info: --sort --header-out groupby 2 min 3 max 3', (v) => C(['--sort', '--header-out', 'groupby', '2', 'min', '3', 'max', '3'], scoresFor(v, false)));
  pair('doc-info-header-in', 'info: --sort --header-in groupby 2 mean 3', (v) => C(['--sort', '--header-in', 'groupby', '2', 'mean', '3'], scoresFor(v, true)));
  pair('doc-info-header-not-skipped', 'info: header line read as data is an invalid numeric value', (v) => C(['groupby', '2', 'mean', '3'], scoresFor(v, true)));
  one('doc-info-headers-groupby', 'info: --sort --headers groupby 2 mean 3', () => C(['--sort', '--headers', 'groupby', '2', 'mean', '3'], SCORES_H));
  one('doc-info-column-names', 'info: --sort --headers groupby Major mean Score', () => C(['--sort', '--headers', 'groupby', 'Major', 'mean', 'Score'], SCORES_H));
  pair('doc-info-column-not-found', 'info: column name not found', (v) => C(['--sort', '--headers', 'groupby', '2', 'mean', v ? pick(['score', 'Grade', 'Points']) : 'Foo'], scoresFor(v, true)));
  pair('doc-info-escaped-name', 'info: -H sum FOO\\-BAR (backslash-escaped dash)', (v) => {
    const nm = v ? pick(['A-B', 'x-y-z', 'net-total']) : 'FOO-BAR';
    return C(['-H', 'sum', nm.replace(/-/g, '\\-')], lines([['id', nm, 'other'], ...many(int(3, 7), (i) => [String(i + 1), num('int'), num('int')])]));
  });
  pair('doc-info-double-tab', 'info: printf 1\\t\\t2 | datamash sum 3', (v) => C(['sum', '3'], v ? `${int(1, 9)}\t\t${int(10, 99)}\n${int(1, 9)}\t\t${int(10, 99)}\n` : '1\t\t2\n'));
  pair('doc-info-W-sum2', 'info: -W sum 2 on 1  \\t  2', (v) => C(['-W', 'sum', '2'], v ? `${int(1, 9)} \t ${int(1, 99)}\n  ${int(1, 9)}\t\t${int(1, 99)}  \n` : '1  \t  2\n'));
  pair('doc-info-W-sum3-error', 'info: -W sum 3 when a line has only 2 fields', (v) => C(['-W', 'sum', '3'], v ? `${int(1, 9)} ${int(1, 9)} ${int(1, 9)}\n${int(1, 9)}\t ${int(1, 9)}\n` : '1  \t  2\n'));
  pair('doc-info-t-comma-sum4', 'info: -t, sum 4 with empty field', (v) => C(['-t,', 'sum', '4'], v ? `${int(1, 9)},${int(1, 9)},,${int(100, 999)}\n,,,${int(1, 9)}\n` : '1,10,,100\n'));
  const hundred = () => lines(paste(seq(1, 100).map(String), 4));
  one('doc-info-range-sum-1-4', 'info: seq 100 | paste - - - - | datamash sum 1-4', () => C(['sum', '1-4'], hundred()));
  one('doc-info-range-sum-list', 'info: sum 1,2,3,4', () => C(['sum', '1,2,3,4'], hundred()));
  pair('doc-info-range-mixed', 'info: sum 1-3,4', (v) => C(['sum', '1-3,4'], v ? lines(paste(nums(4 * int(5, 20), 'sint'), 4)) : hundred()));
  pair('doc-info-range-two-ops', 'info: sum 1-4 mean 1-4', (v) => C(['sum', '1-4', 'mean', '1-4'], v ? lines(paste(nums(4 * int(5, 20), 'pos'), 4)) : hundred()));
  const sampleYear = (v, broken) => {
    const rows = v ? many(int(4, 7), (i) => [String.fromCharCode(65 + i), String(int(2010, 2020)), String(int(100, 3000))]) : [['A', '2014', '1002'], ['B', '2013', '990'], ['C', '2014', '2030'], ['D', '2014', '599']];
    if (broken) rows[v ? int(1, rows.length - 1) : 1].pop();
    return lines([['Sample', 'Year', 'Count'], ...rows]);
  };
  pair('doc-info-transpose', 'info: transpose Sample/Year/Count', (v) => C(['transpose'], sampleYear(v, false)));
  pair('doc-info-transpose-strict', 'info: transpose fails on a short line', (v) => C(['transpose'], sampleYear(v, true)));
  pair('doc-info-transpose-no-strict', 'info: --no-strict transpose fills N/A', (v) => C(['--no-strict', 'transpose'], sampleYear(v, true)));
  pair('doc-info-transpose-filler', 'info: --no-strict --filler XYZ transpose', (v) => C(['--no-strict', '--filler', v ? pick(['-', '0', 'missing', '?']) : 'XYZ', 'transpose'], sampleYear(v, true)));
  pair('doc-info-reverse', 'info: reverse Sample/Year/Count', (v) => C(['reverse'], sampleYear(v, false)));
  one('doc-info-reverse-strict', 'info: reverse fails on a short line', () => C(['reverse'], sampleYear(0, true)));
  pair('doc-info-passwd-count', 'info: -t: --sort groupby 7 count 7 on passwd', (v) => C(['-t:', '--sort', 'groupby', v ? '6' : '7', 'count', v ? '6' : '7'], PASSWD));
  pair('doc-info-passwd-collapse', 'info: -t: --sort groupby 7 collapse 1', (v) => C(['-t:', '--sort', 'groupby', '7', 'collapse', v ? '3' : '1'], PASSWD));
  pair('doc-info-passwd-gid', 'info: -t: --sort groupby 4 collapse 1', (v) => C(['-t:', '--sort', 'groupby', '4', v ? 'countunique' : 'collapse', v ? '7' : '1'], PASSWD));
  const abcd = (v) => (v ? lines(many(int(4, 8), (i) => [String.fromCharCode(65 + i), String(i + 1), pick(WORDS)])) : 'A\t1\tww\nB\t2\txx\nC\t3\tyy\nD\t4\tzz\n');
  pair('doc-info-check-good', 'info: check on good.txt', (v) => C(['check'], abcd(v)));
  pair('doc-info-check-bad', 'info: check on bad.txt', (v) => C(['check'], v ? 'A\t1\tww\nB\t2\nC\t3\tyy\n' : 'A\t1\tww\nB\t2\txx\nC\t3\nD\t4\tzz\n'));
  pair('doc-info-check-4-lines', 'info: check 4 lines', (v) => { const t = abcd(v); return C(['check', String(t.split('\n').length - 1), 'lines'], t); });
  one('doc-info-check-3-fields', 'info: check 3 fields', () => C(['check', '3', 'fields'], abcd(0)));
  one('doc-info-check-lines-fields', 'info: check 4 lines 3 fields', () => C(['check', '4', 'lines', '3', 'fields'], abcd(0)));
  one('doc-info-check-7-fields', 'info: check 7 fields fails', () => C(['check', '7', 'fields'], abcd(0)));
  one('doc-info-check-10-lines', 'info: check 10 lines fails', () => C(['check', '10', 'lines'], abcd(0)));
  pair('doc-info-check-rows-columns', 'info: check 4 rows 10 columns', (v) => C(['check', '4', 'rows', v ? '3' : '10', 'columns'], abcd(0)));
  pair('doc-info-check-col-row', 'info: check 10 col 4 row', (v) => C(['check', v ? '3' : '10', 'col', '4', 'row'], abcd(0)));
  pair('doc-overview-stats', 'info overview: -H mean q1 median q3 iqr sstdev jarque', (v) => C(['-H', 'mean', '1', 'q1', '1', 'median', '1', 'q3', '1', 'iqr', '1', 'sstdev', '1', 'jarque', '1'], 'x\n' + lines(nums(int(15, 40), 'int'))));
  one('doc-readme-even-sum', 'readme: seq 0 2 100 | datamash sum 1', () => C(['sum', '1'], lines(seq(0, 100, 2))));
  one('doc-readme-even-count', 'readme: seq 0 2 100 | datamash count 1', () => C(['count', '1'], lines(seq(0, 100, 2))));
  pair('doc-readme-unsorted-minmax', 'readme: -g 2 min 3 max 3 on unsorted scores', (v) => C(['-g', '2', 'min', '3', 'max', '3'], scoresFor(v, false)));
  one('doc-readme-count-mean-sstdev', 'readme: -g 2 count 3 mean 3 sstdev 3', () => C(['-g', '2', 'count', '3', 'mean', '3', 'sstdev', '3'], SCORES));
  one('doc-readme-header-out', 'readme: --header-out -g 2 count 3 mean 3 pstdev 3', () => C(['--header-out', '-g', '2', 'count', '3', 'mean', '3', 'pstdev', '3'], SCORES));
  one('doc-readme-H', 'readme: -H -g 2 count 3 mean 3 pstdev 3', () => C(['-H', '-g', '2', 'count', '3', 'mean', '3', 'pstdev', '3'], SCORES_H));
  // readme: genes.txt-like rows (16 columns as in UCSC refGene)
  const geneRows = () => many(int(15, 30), (i) => {
    const start = int(10000, 90000000);
    const ex = int(1, 30);
    return [String(int(0, 1500)), `N${pick(['M', 'R'])}_${String(int(1, 999999)).padStart(6, '0')}`, pick(CHROMS), pick(['+', '-']),
      String(start), String(start + int(500, 90000)), String(start + 100), String(start + 400), String(ex), `${start},`, `${start + 50},`,
      '0', pick(GENES), pick(['cmpl', 'incmpl', 'unk']), pick(['cmpl', 'incmpl', 'unk']), '0,'];
  });
  pair('doc-readme-genes-collapse', 'readme: -s -g 13 count 2 collapse 2', (v) => C(['-s', '-g', '13', 'count', '2', 'collapse', '2'], lines(geneRows())));
  pair('doc-readme-genes-strands', 'readme: -s -g 13 countunique 4', (v) => C(['-s', '-g', '13', 'countunique', '4'], lines(geneRows())));
  pair('doc-readme-genes-exons', 'readme: -s -g 13 count 9 min 9 max 9 mean 9 pstdev 9', (v) => C(['-s', '-g', '13', 'count', '9', 'min', '9', 'max', '9', 'mean', '9', 'pstdev', '9'], lines(geneRows())));
  one('doc-readme-genes-chrom-strand', 'readme: -s -g 3,4 count 2', () => C(['-s', '-g', '3,4', 'count', '2'], lines(geneRows())));
  one('doc-readme-genes-unique', 'readme: -s -g 13 countunique 3 unique 3', () => C(['-s', '-g', '13', 'countunique', '3', 'unique', '3'], lines(geneRows())));

  // ================================================================== 2. grouping operations
  const NUMERIC_OPS = ['sum', 'min', 'max', 'absmin', 'absmax', 'range', 'count', 'first', 'last', 'unique', 'collapse',
    'countunique', 'mean', 'geomean', 'harmmean', 'trimmean', 'median', 'q1', 'q3', 'iqr', 'perc', 'mode', 'antimode',
    'pstdev', 'sstdev', 'pvar', 'svar', 'mad', 'madraw', 'sskew', 'pskew', 'skurt', 'pkurt', 'dpo', 'jarque'];
  const POSITIVE = new Set(['geomean', 'harmmean']);
  const REPEATS = new Set(['mode', 'antimode', 'countunique', 'unique']);
  for (const op of NUMERIC_OPS) {
    // whole input as one group, on one numeric column of a realistic table
    pair(`op-${op}-all`, `${op} over the whole input`, (v) => {
      const ds = dataset(v, { pos: POSITIVE.has(op) });
      const rows = REPEATS.has(op) ? ds.rows.map((r) => { const c = [...r]; c[ds.val - 1] = String(int(1, 8)); return c; }) : ds.rows;
      return C([op, String(ds.val)], lines(rows));
    });
    // grouped by a key with -s, unsorted input
    one(`op-${op}-grouped`, `${op} per group with -s -g`, () => {
      const ds = groupedDataset({ pos: POSITIVE.has(op) });
      const rows = REPEATS.has(op) ? ds.rows.map((r) => { const c = [...r]; c[ds.val - 1] = pick(['1', '2', '3', '2.5', '10']); return c; }) : ds.rows;
      return C(['-s', '-g', String(ds.key), op, String(ds.val)], lines(rows));
    });
  }
  // ops on a column holding one value, two values, and identical values
  const STATS_SMALL = ['sstdev', 'svar', 'pstdev', 'sskew', 'pskew', 'skurt', 'pkurt', 'dpo', 'jarque', 'mad', 'iqr', 'perc', 'mode', 'antimode', 'trimmean', 'geomean', 'harmmean', 'median', 'q1', 'q3'];
  pair('op-stats-single-value', 'statistics of a single value', (v) => C(STATS_SMALL.flatMap((o) => [o, '1']), `${num('pos')}\n`));
  pair('op-stats-two-values', 'statistics of two values', (v) => C(STATS_SMALL.filter((o) => !/skew|kurt|dpo|jarque/.test(o)).flatMap((o) => [o, '1']), lines(nums(2, 'pos'))));
  pair('op-stats-constant', 'statistics of identical values (zero variance)', (v) => { const x = num('pos'); return C(STATS_SMALL.flatMap((o) => [o, '1']), lines(many(int(3, 8), () => x))); });
  pair('op-stats-three', 'skewness and kurtosis need at least 3-4 values', (v) => C(['sskew', '1', 'pskew', '1', 'skurt', '1', 'pkurt', '1', 'dpo', '1', 'jarque', '1'], lines(nums(v ? 4 : 3, 'dec'))));
  // parameterised ops
  for (const [p, q] of [['0', '0.05'], ['0.1', '0.15'], ['0.25', '0.3'], ['0.5', '0.45']]) {
    pair(`op-trimmean-${p}`, `trimmean:${p}`, (v) => C([`trimmean:${v ? q : p}`, '1'], lines(nums(int(8, 25), 'mixed'))));
  }
  for (const [p, q] of [['1', '5'], ['10', '20'], ['50', '75'], ['90', '99'], ['100', '95']]) {
    pair(`op-perc-${p}`, `perc:${p}`, (v) => C([`perc:${v ? q : p}`, '1'], lines(nums(int(5, 30), 'int'))));
  }
  one('op-perc-default-vs-95', 'perc and perc:95 side by side', () => C(['perc', '1', 'perc:95', '1', 'perc:5', '1'], lines(nums(40, 'pos'))));
  pair('op-percN-grouped', 'perc:N per group', (v) => { const ds = groupedDataset(); return C(['-s', '-g', String(ds.key), `perc:${int(2, 98)}`, String(ds.val)], lines(ds.rows)); });
  pair('op-trimmeanN-grouped', 'trimmean:N per group', (v) => { const ds = groupedDataset(); return C(['-s', '-g', String(ds.key), `trimmean:0.${int(1, 4)}`, String(ds.val)], lines(ds.rows)); });
  // pairs of fields
  for (const op of ['pcov', 'scov', 'ppearson', 'spearson']) {
    pair(`op-${op}-all`, `${op} X:Y over the whole input`, (v) => {
      const rows = many(int(6, 25), () => { const x = int(0, 100); return [String(x), dec(x * 1.7 + int(-30, 30), x * 1.7 + 40, 2), pick(WORDS)]; });
      return C([op, v ? '2:1' : '1:2'], lines(rows));
    });
    one(`op-${op}-grouped`, `${op} per group`, () => {
      const rows = sortRows(many(int(10, 25), () => [pick(REGIONS), num('dec'), num('int')]));
      return C(['-g', '1', op, '2:3'], lines(rows));
    });
  }
  pair('op-pearson-perfect', 'perfectly correlated and anti-correlated columns', (v) => {
    const a = int(2, 9); const b = int(-20, 20);
    return C(['ppearson', '1:2', 'spearson', '1:3', 'pcov', '1:3'], lines(many(int(4, 9), (i) => [String(i), String(a * i + b), String(-a * i)])));
  });
  pair('op-cov-self', 'covariance of a field with itself', (v) => C(['scov', '1:1', 'svar', '1', 'pcov', '1:1', 'pvar', '1'], lines(nums(int(5, 15), 'dec'))));
  // rand is only deterministic when every value of a group is the same
  pair('op-rand-constant-groups', 'rand on groups whose values are all equal', (v) => {
    const keys = rng.shuffle(REGIONS).slice(0, int(2, 4));
    const rows = keys.flatMap((k) => { const x = num('dec'); return many(int(1, 4), () => [k, x, String(int(1, 9))]); });
    return C(['-g', '1', 'rand', '2', 'sum', '3'], lines(rows));
  });
  one('op-rand-single-line', 'rand of a one-line input', () => C(['rand', '1', 'rand', '2'], `${pick(WORDS)}\t${num('int')}\n`));
  // several operations at once
  pair('op-many-summary', 'count min max mean median sstdev together', (v) => {
    const ds = groupedDataset();
    const f = String(ds.val);
    return C(['-s', '-g', String(ds.key), 'count', f, 'min', f, 'max', f, 'mean', f, 'median', f, 'sstdev', f], lines(ds.rows));
  });
  pair('op-text-ops', 'first last unique collapse countunique on a text column', (v) => {
    const ds = dataset(v);
    const f = String(ds.key);
    return C(['first', f, 'last', f, 'unique', f, 'collapse', f, 'countunique', f, 'count', f], lines(ds.rows));
  });
  pair('op-text-grouped', 'collapse and unique of names per group', (v) => C(['-s', '-g', '2', 'unique', '1', 'collapse', '1', 'countunique', '1'], synthScores(int(10, 20))));
  pair('op-unique-numbers-as-text', 'unique sorts values as text, not numbers', (v) => C(['unique', '1', 'countunique', '1'], lines(many(int(6, 14), () => pick(['10', '9', '100', '1e2', '09', '1.0', '1', '-1', '2'])))));
  pair('op-mode-ties', 'mode and antimode with ties', (v) => C(['mode', '1', 'antimode', '1'], lines(rng.shuffle(['5', '3', '5', '3', '9', '9', '1', v ? '7' : '2', '1']))));
  pair('op-absmin-absmax-negative', 'absmin/absmax on negative numbers', (v) => C(['absmin', '1', 'absmax', '1', 'min', '1', 'max', '1', 'range', '1'], lines(nums(int(5, 12), 'sint'))));
  pair('op-median-even-odd', 'median/q1/q3 on even and odd counts', (v) => C(['median', '1', 'q1', '1', 'q3', '1', 'iqr', '1'], lines(nums(v ? 2 * int(3, 8) : 2 * int(3, 8) + 1, 'dec'))));
  pair('op-mad-madraw', 'mad and madraw', (v) => C(['mad', '1', 'madraw', '1', 'median', '1'], lines(nums(int(7, 20), 'mixed'))));
  pair('op-geomean-harmmean', 'geometric and harmonic means of positive values', (v) => C(['geomean', '1', 'harmmean', '1', 'mean', '1'], lines(nums(int(4, 15), 'pos'))));
  pair('op-geomean-nonpositive', 'geomean and harmmean with zero or negative values', (v) => C(['geomean', '1', 'harmmean', '1'], lines(rng.shuffle([...nums(int(3, 6), 'pos'), v ? String(-int(1, 9)) : '0']))));
  pair('op-count-text', 'count counts any value, numeric or not', (v) => C(['count', '1', 'count', '2'], lines(many(int(3, 12), () => [pick(WORDS), pick(UNI)]))));
  pair('op-sci-notation', 'numbers in scientific notation', (v) => C(['sum', '1', 'mean', '1', 'max', '1', 'min', '1'], lines(nums(int(4, 10), 'sci'))));
  pair('op-precision-output', 'default output keeps up to 14 significant digits', (v) => C(['mean', '1', 'sum', '1', 'svar', '1'], lines([...nums(3, 'big'), dec(0, 1, 7), String(int(1, 9) / 3)])));

  // ================================================================== 3. per-line operations
  const textField = () => pick([...WORDS, ...UNI, 'hello world', 'The quick brown fox', '', 'a', 'x=1&y=2', 'tab-less line', '12345']);
  const textRows = (n) => many(n, () => [textField() || pick(WORDS), String(int(1, 99))]);
  for (const op of ['base64', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
    pair(`line-${op}`, `${op} of each value`, (v) => C([op, '1'], lines(textRows(int(2, 6)))));
  }
  one('line-hashes-full', 'hash ops with --full', () => C(['--full', 'md5', '1', 'sha1', '1'], lines(textRows(3))));
  one('line-hash-empty-field', 'hash of an empty field', () => C(['-t,', 'md5', '2', 'sha256', '2', 'base64', '2'], `a,,b\n${pick(WORDS)},,c\n`));
  pair('line-debase64', 'debase64 of valid base64', (v) => C(['debase64', '1'], lines(many(int(2, 5), () => Buffer.from(pick([...WORDS, ...UNI, 'hello world'])).toString('base64')))));
  pair('line-base64-roundtrip-full', 'base64 then --full keeps the input', (v) => C(['--full', 'base64', '2'], lines(many(int(2, 5), () => [String(int(1, 9)), pick(UNI)]))));
  pair('line-debase64-invalid', 'debase64 of an invalid value fails with its line and field', (v) => {
    const rows = many(int(2, 4), () => [pick(WORDS), Buffer.from(pick(WORDS)).toString('base64')]);
    rows.push([pick(WORDS), v ? 'abc' : 'not base64!']);
    return C(['debase64', '2'], lines(rows));
  });
  pair('line-bin-default', 'bin with the default bucket size 100', (v) => C(['bin', '1'], lines(nums(int(4, 10), 'mixed'))));
  pair('line-bin-int', 'bin:N with an integer bucket', (v) => C([`bin:${int(2, 50)}`, '1'], lines(nums(int(4, 10), 'sint'))));
  pair('line-bin-frac', 'bin with a fractional bucket size', (v) => C([v ? 'bin:0.25' : 'bin:0.5', '1'], lines(nums(int(4, 10), 'dec'))));
  pair('line-strbin-default', 'strbin into 10 buckets', (v) => C(['strbin', '1'], lines(many(int(4, 10), () => pick([...WORDS, ...UNI, ...GENES])))));
  pair('line-strbin-n', 'strbin:N', (v) => C([`strbin:${int(2, 1000)}`, '1'], lines(many(int(4, 10), () => pick([...WORDS, ...GENES, ...STATIONS])))));
  one('line-strbin-1', 'strbin:1 puts everything in bucket 0', () => C(['strbin:1', '1'], lines(many(4, () => pick(WORDS)))));
  for (const op of ['round', 'floor', 'ceil', 'trunc', 'frac']) {
    pair(`line-${op}`, `${op} of each value`, (v) => C([op, '1'], lines(rng.shuffle([...nums(int(3, 8), 'dec'), '-0.5', '0.5', '2.5', '-2.5', v ? '7' : '-3']))));
  }
  pair('line-round-all-full', 'all rounding ops with --full', (v) => C(['--full', 'round', '1', 'floor', '1', 'ceil', '1', 'trunc', '1', 'frac', '1'], lines(nums(int(3, 7), 'mixed'))));
  const pathRows = (n) => many(n, () => {
    const r = int(0, 9);
    if (r < 6) return `${pick(DIRS)}/${pick(FILES)}`.replace(/^\/\//, '/');
    if (r < 8) return pick(FILES);
    return pick(['/', '/usr/', 'dir/', '..', '.', 'a//b', '/x/y.']);
  });
  for (const op of ['dirname', 'basename', 'extname', 'barename']) {
    pair(`line-${op}`, `${op} of file names`, (v) => C([op, '1'], lines(pathRows(int(4, 10)))));
  }
  pair('line-path-ops-full', 'all file-name ops with --full', (v) => C(['--full', 'dirname', '1', 'basename', '1', 'extname', '1', 'barename', '1'], lines(pathRows(int(4, 8)))));
  const messy = () => pick([
    `${pick(['zoom', 'id', 'v', 'x'])}-${int(1, 999)}.${int(1, 99)}${pick(['xyz', 'kg', ''])}`,
    `${pick(['abc', 'ff', 'deadbeef', 'G'])}${int(0, 99)}`,
    `0x${rng.string(int(1, 4), '0123456789abcdef')}`,
    `${pick(['total:', 'n=', '#'])}${int(0, 5000)}`,
    `-${int(1, 99)}.${int(0, 9)}e${int(1, 3)}`,
    `0${int(1, 777)}z`,
    pick(['none', 'N/A', '', '...', '+7', '.5', '-.25x']) || 'empty',
  ]);
  for (const t of ['n', 'i', 'd', 'p', 'h', 'o']) {
    pair(`line-getnum-${t}`, `getnum:${t} on messy strings`, (v) => C([`getnum:${t}`, '1'], lines(many(int(5, 10), messy))));
  }
  one('line-getnum-default', 'getnum without a type on messy strings', () => C(['getnum', '1'], lines(many(8, messy))));
  pair('line-cut', 'cut copies fields (order given)', (v) => { const ds = dataset(v); return C(['cut', `${ds.val},${ds.key}`], lines(ds.rows)); });
  one('line-cut-range', 'cut with a range', () => { const ds = DATASETS.sales(); return C(['cut', '2-4'], lines(ds.rows)); });
  pair('line-cut-full', 'cut with --full', (v) => C(['-f', 'cut', '1'], lines(textRows(int(2, 5)))));
  pair('line-mixed-ops', 'several per-line ops together', (v) => C(['-t', ',', 'round', '2', 'md5', '1', 'getnum', '3', 'basename', '4'], lines(many(int(3, 6), () => [pick(WORDS), num('dec'), `item${int(1, 99)}`, `${pick(DIRS)}/${pick(FILES)}`]), ',')));
  pair('line-header-out', 'per-line ops with --header-out', (v) => C(['--header-out', 'sha1', '1', 'round', '2'], lines(many(int(2, 4), () => [pick(WORDS), num('dec')]))));
  pair('line-headers-named', 'per-line ops with -H and column names', (v) => C(['-H', 'floor', 'Temp', 'base64', 'Station'], lines([['Station', 'Temp'], ...many(int(3, 6), () => [pick(STATIONS), num('temp')])])));
  pair('line-invalid-number', 'numeric per-line op on text fails', (v) => C([pick(['round', 'bin', 'floor']), '2'], lines([[pick(WORDS), num('dec')], [pick(WORDS), pick(WORDS)]])));
  pair('line-field-range', 'per-line op on a field range', (v) => C(['ceil', '1-3'], lines(many(int(2, 5), () => nums(3, 'dec')))));

  // ================================================================== 4. modes
  // transpose / reverse
  const grid = (r, c, f = () => num('int')) => many(r, () => many(c, f));
  pair('mode-transpose-table', 'transpose a realistic table', (v) => { const ds = dataset(v); return C(['transpose'], lines([ds.header, ...ds.rows.slice(0, int(3, 8))])); });
  pair('mode-transpose-csv', 'transpose with -t,', (v) => C(['-t,', 'transpose'], lines(grid(int(2, 5), int(2, 6)), ',')));
  pair('mode-transpose-W', 'transpose with -W (output uses tabs)', (v) => C(['-W', 'transpose'], grid(int(2, 4), int(2, 5)).map((r) => r.join(pick([' ', '  ', ' \t']))).join('\n') + '\n'));
  pair('mode-transpose-one-row', 'transpose a single row', (v) => C(['transpose'], lines([many(int(2, 8), () => pick(WORDS))])));
  pair('mode-transpose-one-col', 'transpose a single column', (v) => C(['transpose'], lines(many(int(2, 8), () => pick(WORDS)))));
  pair('mode-transpose-ragged', '--no-strict transpose of ragged lines', (v) => C(['--no-strict', 'transpose'], lines(many(int(3, 6), () => many(int(1, 5), () => pick(WORDS))))));
  pair('mode-transpose-empty-fields', 'transpose keeps empty fields', (v) => C(['transpose'], lines(many(int(2, 4), () => many(3, () => (chance(0.3) ? '' : num('int')))))));
  pair('mode-reverse-csv', 'reverse with -t; and output delimiter', (v) => C(['-t;', '--output-delimiter', v ? '|' : ',', 'reverse'], lines(grid(int(2, 5), int(2, 5)), ';')));
  pair('mode-reverse-table', 'reverse a realistic table', (v) => { const ds = dataset(v); return C(['reverse'], lines([ds.header, ...ds.rows.slice(0, int(3, 8))])); });
  pair('mode-reverse-ragged', '--no-strict reverse of ragged lines', (v) => C(['--no-strict', 'reverse'], lines(many(int(3, 6), () => many(int(1, 5), () => pick(WORDS))))));
  one('mode-reverse-transpose-unicode', 'reverse with unicode fields', () => C(['reverse'], lines(many(3, () => many(3, () => pick(UNI))))));
  one('mode-reverse-single-field', 'reverse of single-field lines', () => C(['reverse'], lines(many(4, () => pick(WORDS)))));
  pair('mode-reverse-header-out', 'reverse with --header-out', (v) => C(['--header-out', 'reverse'], lines(grid(int(2, 4), int(2, 4)))));
  one('mode-transpose-header-in', 'transpose with --header-in', () => C(['--header-in', 'transpose'], lines(grid(3, 3))));
  one('mode-transpose-extra-operand', 'transpose takes no field', () => C(['transpose', '1'], lines(grid(2, 2))));
  one('mode-reverse-extra-op', 'reverse followed by another operation', () => C(['reverse', 'sum', '1'], lines(grid(2, 2))));
  // check
  pair('mode-check-realistic', 'check on a realistic table', (v) => { const ds = dataset(v); return C(['check'], lines(ds.rows)); });
  pair('mode-check-csv-bad', 'check -t, with a long line', (v) => { const rows = grid(int(3, 7), 3); rows[int(1, rows.length - 1)].push(num('int')); return C(['-t,', 'check'], lines(rows, ',')); });
  pair('mode-check-first-line-short', 'check where line 2 is longer than line 1', (v) => C(['check'], lines([[pick(WORDS)], [pick(WORDS), pick(WORDS)], [pick(WORDS)]])));
  for (const [kw, n] of [['line', 1], ['lines', 0], ['row', 1], ['rows', 0], ['field', 1], ['fields', 0], ['column', 1], ['columns', 0], ['col', 0]]) {
    pair(`mode-check-kw-${kw}`, `check N ${kw}`, (v) => {
      const isLines = /^(line|row)/.test(kw);
      const r = n === 1 ? (isLines ? 1 : int(2, 4)) : int(2, 5);
      const c = n === 1 ? (isLines ? int(2, 4) : 1) : int(2, 4);
      const good = v ? chance(0.5) : true;
      const want = isLines ? r : c;
      return C(['check', String(good ? want : want + int(1, 3)), kw], lines(grid(r, c)));
    });
  }
  pair('mode-check-both-wrong', 'check N lines M fields, both wrong', (v) => C(['check', String(int(5, 9)), 'lines', String(int(5, 9)), 'fields'], lines(grid(int(2, 4), int(2, 4)))));
  one('mode-check-zero', 'check 0 lines is invalid', () => C(['check', '0', 'lines'], lines(grid(2, 2))));
  one('mode-check-keyword-only', 'check lines without a number', () => C(['check', 'lines'], lines(grid(2, 2))));
  one('mode-check-number-only', 'check 3 without a keyword', () => C(['check', '3'], lines(grid(3, 2))));
  one('mode-check-bad-keyword', 'check 3 bananas', () => C(['check', '3', 'bananas'], lines(grid(3, 2))));
  one('mode-check-empty', 'check on empty input', () => C(['check'], ''));
  one('mode-check-one-line', 'check on one line, one field (singular words)', () => C(['check'], `${pick(WORDS)}\n`));
  pair('mode-check-W', 'check with -W', (v) => C(['-W', 'check'], grid(int(2, 5), 3).map((r) => r.join(pick([' ', '   ', '\t ']))).join('\n') + '\n'));
  pair('mode-check-many-bad', 'check reports only the first mismatch', (v) => C(['check'], lines(many(int(4, 7), (i) => many(i % 2 ? 2 : 3, () => num('int'))))));
  // rmdup
  pair('mode-rmdup-key2', 'rmdup on the second field', (v) => { const ds = dataset(v); return C(['rmdup', String(ds.key)], lines(ds.rows)); });
  pair('mode-rmdup-W', 'rmdup with -W', (v) => C(['-W', 'rmdup', '1'], many(int(5, 10), () => `${pick(REGIONS)}   ${num('int')} ${pick(WORDS)}\n`).join('')));
  pair('mode-rmdup-i', 'rmdup with -i ignores case', (v) => C(['-i', 'rmdup', '1'], lines(many(int(5, 10), () => [pick(['apple', 'Apple', 'APPLE', 'pear', 'Pear', 'fig']), num('int')]))));
  pair('mode-rmdup-header-in', 'rmdup with --header-in', (v) => C(['--header-in', 'rmdup', '2'], lines([['id', 'color'], ...many(int(4, 8), (i) => [String(i), pick(['red', 'green', 'blue'])])])));
  pair('mode-rmdup-colon', 'rmdup -t: on passwd shells', (v) => C(['-t:', 'rmdup', v ? '4' : '7'], PASSWD));
  one('mode-rmdup-missing-field', 'rmdup on a field beyond the line', () => C(['rmdup', '5'], lines(grid(3, 2))));
  one('mode-rmdup-no-field', 'rmdup without a field', () => C(['rmdup'], lines(grid(3, 2))));
  one('mode-rmdup-groupby', 'rmdup together with -g', () => C(['-g', '1', 'rmdup', '1'], lines(grid(3, 2))));
  // noop
  one('mode-noop', 'noop reads the input and prints nothing', () => C(['noop'], lines(grid(3, 3))));
  one('mode-noop-extra', 'noop takes no field', () => C(['noop', '1'], lines(grid(2, 2))));
  // groupby
  pair('mode-groupby-two-keys', '-g 1,2 with two keys', (v) => { const ds = DATASETS.sales(); return C(['-s', '-g', '1,2', 'sum', '4', 'mean', '5'], lines(ds.rows)); });
  pair('mode-groupby-three-keys', 'groupby 1,2,3 sum 4', (v) => { const ds = DATASETS.sales(); return C(['-s', 'groupby', '1,2,3', 'sum', '4'], lines(ds.rows)); });
  pair('mode-groupby-named-keys', '-H -g with column names', (v) => { const ds = DATASETS.weblog(); return C(['-sH', '-g', 'Method,Status', 'count', 'Bytes', 'max', 'Millis'], lines([ds.header, ...ds.rows])); });
  pair('mode-groupby-unsorted', 'groupby on unsorted input without -s repeats groups', (v) => { const ds = dataset(v); return C(['-g', String(ds.key), 'count', String(ds.key), 'sum', String(ds.val)], lines(ds.rows)); });
  pair('mode-groupby-key-last', 'group by the last field', (v) => { const ds = DATASETS.genes(); return C(['-s', '-g', '5', 'count', '5', 'mean', '4', 'unique', '1'], lines(ds.rows)); });
  pair('mode-groupby-range-key', 'a range 1-2 is not accepted by -g', (v) => { const ds = DATASETS.sales(); return C(['-s', '-g', '1-2', 'count', '1'], lines(ds.rows)); });
  pair('mode-groupby-full', '--full prints the group line first', (v) => { const ds = dataset(v); return C(['--full', '-s', '-g', String(ds.key), 'max', String(ds.val)], lines(ds.rows)); });
  pair('mode-groupby-full-header', '-H --full prints all column names', (v) => { const ds = dataset(v); return C(['-sHf', '-g', String(ds.key), 'sum', String(ds.val)], lines([ds.header, ...ds.rows])); });
  one('mode-groupby-keyword-and-g', 'groupby and -g together conflict', () => C(['-g', '1', 'groupby', '1', 'sum', '2'], lines(grid(2, 2))));
  one('mode-groupby-no-fields', 'groupby without fields', () => C(['groupby'], lines(grid(2, 2))));
  one('mode-groupby-no-op', 'groupby 1 without an operation', () => C(['groupby', '1'], lines(grid(2, 2))));
  pair('mode-groupby-g-twice', 'the last -g wins', (v) => C(['-g', '1', '-g', '2', 'count', '1'], lines(sortRows(many(int(4, 8), () => [pick(WORDS), pick(['x', 'y'])]), 1))));
  // crosstab
  pair('mode-crosstab-realistic', 'crosstab region x product counts', (v) => { const ds = DATASETS.sales(); return C(['-s', 'crosstab', '1,2'], lines(ds.rows)); });
  pair('mode-crosstab-sum', 'crosstab with sum', (v) => { const ds = DATASETS.sales(); return C(['-s', 'crosstab', '1,3', 'sum', '4'], lines(ds.rows)); });
  pair('mode-crosstab-mean', 'crosstab with mean of a decimal column', (v) => { const ds = DATASETS.weather(); return C(['-s', 'crosstab', '1,2', 'mean', '3'], lines(ds.rows.map((r) => [r[0], r[1].slice(0, 7), r[2]]))); });
  pair('mode-crosstab-first', 'crosstab with first', (v) => C(['-s', 'crosstab', '2,1', 'first', '3'], ctIn(1)));
  pair('mode-crosstab-unsorted', 'crosstab on unsorted input without -s', (v) => C(['crosstab', '1,2'], ctIn(1)));
  pair('mode-crosstab-filler', 'crosstab with --filler for missing pairs', (v) => C(['-s', '--filler', v ? '0' : '-', 'crosstab', '1,2'], ctIn(1)));
  pair('mode-crosstab-header-out', 'crosstab with --header-out', (v) => C(['-s', '--header-out', 'crosstab', '1,2'], ctIn(1)));
  pair('mode-crosstab-H', 'crosstab with -H and named fields', (v) => C(['-sH', 'crosstab', 'Region,Quarter', 'sum', 'Units'], lines([DATASETS.sales().header, ...DATASETS.sales().rows])));
  pair('mode-crosstab-csv', 'crosstab with -t,', (v) => C(['-s', '-t,', 'crosstab', '1,2', 'collapse', '3'], lines(many(int(5, 9), () => [pick(['a', 'b']), pick(['x', 'y', 'z']), pick(WORDS)]), ',')));
  one('mode-crosstab-one-field', 'crosstab needs 2 fields', () => C(['-s', 'crosstab', '1'], ctIn(1)));
  one('mode-crosstab-three-fields', 'crosstab with 3 fields', () => C(['-s', 'crosstab', '1,2,3'], ctIn(1)));
  one('mode-crosstab-two-ops', 'crosstab supports one operation', () => C(['-s', 'crosstab', '1,2', 'sum', '3', 'count', '3'], ctIn(1)));
  one('mode-crosstab-line-op', 'crosstab with a per-line operation', () => C(['crosstab', '1,2', 'md5', '3'], ctIn(1)));

  // ================================================================== 5. options
  const scoresSmall = (h) => (h ? 'Name\tMajor\tScore\n' : '') + synthScores(int(10, 18));
  pair('opt-sort-short', '-s sorts before grouping', (v) => C(['-s', '-g', '2', 'sum', '3'], scoresSmall(false)));
  pair('opt-sort-long', '--sort', (v) => C(['--sort', '--group', '2', 'count', '2'], scoresSmall(false)));
  pair('opt-sort-first-last', '-s with first/last shows the sort order inside a group', (v) => C(['-s', '-g', '2', 'first', '1', 'last', '1', 'collapse', '3'], scoresSmall(false)));
  pair('opt-sort-multi-key', '-s with two group keys', (v) => C(['-s', '-g', '3,1', 'count', '1'], lines(many(int(6, 12), () => [pick(['b', 'a', 'c']), num('int'), pick(['y', 'x'])]))));
  one('opt-sort-no-group', '-s without grouping', () => C(['-s', 'sum', '1', 'first', '1'], lines(nums(6, 'int'))));
  pair('opt-group-equals', '--group=2', (v) => C(['-s', '--group=2', 'max', '3'], scoresSmall(false)));
  pair('opt-group-attached', '-g2 attached', (v) => C(['-sg2', 'min', '3'], scoresSmall(false)));
  pair('opt-header-in', '--header-in skips the first line', (v) => C(['--header-in', 'sum', '3', 'count', '1'], scoresSmall(true)));
  pair('opt-header-out', '--header-out names fields field-N', (v) => C(['--header-out', 'sum', '3', 'count', '1', 'unique', '2'], scoresSmall(false)));
  pair('opt-header-out-grouped', '--header-out with groupby', (v) => C(['--header-out', '-s', '-g', '2', 'median', '3'], scoresSmall(false)));
  pair('opt-headers-long', '--headers', (v) => C(['--headers', 'mean', '3', 'max', '3'], scoresSmall(true)));
  pair('opt-H-only-header', '-H on input holding only a header line', (v) => C(['-H', 'sum', v ? '2' : '1', 'count', '1'], `${pick(WORDS)}\t${pick(WORDS)}\n`));
  pair('opt-header-in-line-numbers', 'line numbers in errors count the header', (v) => C(['--header-in', 'sum', '1'], lines(['value', ...nums(int(2, 5), 'int'), pick(WORDS)])));
  pair('opt-named-range', '-H sum with a range of column names is invalid', (v) => C(['-H', 'sum', v ? 'x-y' : 'a-b'], lines([v ? ['x', 'y'] : ['a', 'b'], [num('int'), num('int')]])));
  pair('opt-t-colon', '-t : on passwd', (v) => C(['-t', ':', ...(v ? ['min', '4', 'mean', '3'] : ['sum', '3', 'max', '4', 'count', '1'])], PASSWD));
  pair('opt-t-long', '--field-separator=,', (v) => C(['--field-separator=,', '-s', '-g', '1', 'sum', '2'], lines(many(int(5, 10), () => [pick(REGIONS), num('int')]), ',')));
  pair('opt-t-space', "-t ' ' keeps empty fields between spaces", (v) => C(['-t', ' ', 'count', '1', 'collapse', '2'], many(int(3, 6), () => `${pick(WORDS)}${chance(0.4) ? '  ' : ' '}${pick(WORDS)}\n`).join('')));
  pair('opt-t-pipe', '-t | with groupby', (v) => C(['-t|', '-s', '-g', '2', 'mean', '3'], lines(many(int(5, 10), () => [pick(WORDS), pick(['x', 'y', 'z']), num('dec')]), '|')));
  pair('opt-W-mixed', '-W with mixed spaces and tabs, leading whitespace', (v) => C(['-W', '-s', '-g', '1', 'sum', '2'], many(int(5, 10), () => `${pick(['', ' ', '\t'])}${pick(REGIONS)}${pick([' ', '\t', '  \t '])}${num('int')}${pick(['', ' '])}\n`).join('')));
  pair('opt-W-long', '--whitespace with reverse', (v) => C(['--whitespace', 'reverse'], many(int(3, 6), () => `${pick(WORDS)}   ${pick(WORDS)}\t${num('int')}\n`).join('')));
  pair('opt-output-delimiter', '--output-delimiter with groupby', (v) => C(['--output-delimiter', v ? ';' : ',', '-s', '-g', '2', 'count', '1', 'mean', '3'], scoresSmall(false)));
  pair('opt-output-delimiter-equals', '--output-delimiter= with -t', (v) => C(['-t,', `--output-delimiter=${v ? ':' : ' '}`, 'sum', '1', 'sum', '2'], lines(many(int(3, 6), () => nums(2, 'int')), ',')));
  pair('opt-output-delimiter-W', '--output-delimiter overrides -W tabs', (v) => C(['-W', '--output-delimiter', '|', 'transpose'], many(int(2, 4), () => `${pick(WORDS)}  ${num('int')}\n`).join('')));
  pair('opt-full', '--full prints the whole first line of each group', (v) => C(['--full', '-g', '1', 'count', '1'], lines(sortRows(many(int(4, 9), () => [pick(['a', 'b', 'c']), pick(WORDS), num('int')])))));
  pair('opt-full-no-group', '-f without grouping', (v) => C(['-f', 'sum', '3'], lines(many(int(3, 6), () => [pick(WORDS), pick(WORDS), num('int')]))));
  pair('opt-ignore-case-group', '-i groups case-insensitively', (v) => C(['-i', '-s', '-g', '1', 'sum', '2', 'count', '1'], lines(many(int(5, 10), () => [pick(['Alpha', 'alpha', 'ALPHA', 'beta', 'Beta']), num('int')]))));
  pair('opt-ignore-case-unique', '--ignore-case with unique and countunique', (v) => C(['--ignore-case', 'unique', '1', 'countunique', '1'], lines(many(int(5, 10), () => pick(['Red', 'red', 'RED', 'blue', 'Blue', 'green'])))));
  one('opt-ignore-case-off', 'without -i case matters', () => C(['-s', '-g', '1', 'count', '1', 'unique', '1'], lines(['a', 'A', 'b', 'B', 'a'])));
  pair('opt-skip-comments-long', '--skip-comments with leading whitespace', (v) => C(['--skip-comments', 'sum', '1', 'count', '1'], lines([pick(['#x', '  # c', '\t;semi', ';;']), ...nums(int(3, 6), 'int'), pick(['# end', ' ;tail'])])));
  pair('opt-skip-comments-group', '-C with groupby and -s', (v) => C(['-C', '-s', '-g', '1', 'sum', '2'], lines(rng.shuffle([...many(int(4, 8), () => `${pick(['x', 'y'])}\t${num('int')}`), '# comment\t1', ';z\t5']))));
  pair('opt-comment-mid-line', '# not at the line start is data', (v) => C(['-C', 'count', '1', 'collapse', '1'], lines([`a#b`, `c ;d`, `#e`, pick(WORDS)])));
  pair('opt-narm', '--narm skips NA and NaN', (v) => C(['--narm', 'sum', '1', 'mean', '1', 'count', '1'], lines(rng.shuffle([...nums(int(3, 6), 'int'), 'NA', 'NaN', v ? 'nan' : 'NA']))));
  pair('opt-narm-grouped', '--narm per group', (v) => C(['--narm', '-g', '1', 'median', '2', 'count', '2'], lines(sortRows(many(int(5, 10), () => [pick(['a', 'b']), chance(0.3) ? 'NA' : num('int')])))));
  pair('opt-narm-all-na', '--narm when every value is NA', (v) => C(['--narm', 'sum', '1', 'mean', '1', 'min', '1', 'max', '1', 'count', '1'], lines(many(int(1, 4), () => pick(['NA', 'NaN'])))));
  pair('opt-no-narm-nan', 'NaN is accepted as a number without --narm', (v) => C(['sum', '1', 'max', '1', 'count', '1'], lines([...nums(3, 'int'), v ? 'NaN' : 'nan'])));
  pair('opt-round', '-R N rounds numeric output', (v) => C(['-R', String(int(1, 4)), 'mean', '1', 'sstdev', '1', 'sum', '1'], lines(nums(int(4, 10), 'dec'))));
  pair('opt-round-long', '--round=N', (v) => C([`--round=${int(1, 6)}`, '-s', '-g', '1', 'mean', '2'], lines(many(int(4, 9), () => [pick(['p', 'q']), num('pos')]))));
  pair('opt-round-attached', '-R2 attached, also on integers', (v) => C([v ? '-R3' : '-R2', 'sum', '1', 'count', '1', 'max', '1'], lines(nums(int(3, 6), 'int'))));
  pair('opt-round-text-op', '-R does not change text ops', (v) => C(['-R', '1', 'first', '1', 'unique', '1', 'mean', '1'], lines(nums(int(3, 6), 'dec'))));
  const FORMATS = ['%.3f', '%08.2f', '%e', '%.2E', '%g', '%G', '%.10g', '%+.1f', '%-12.4f|', 'x=%.2f', '%5.0f%%', '% .3e', '%F', '%#.0f'];
  FORMATS.forEach((fmt, i) => {
    const mk = (v) => C(['--format', v ? FORMATS[(i + 5) % FORMATS.length] : fmt, 'mean', '1', 'sum', '1', 'max', '1'], lines(nums(int(3, 8), 'mixed')));
    if (i % 2 === 0) pair(`opt-format-${i}`, `--format ${fmt}`, mk); else one(`opt-format-${i}`, `--format ${fmt}`, mk);
  });
  pair('opt-format-equals', '--format= on grouped output', (v) => C([`--format=%.${int(1, 5)}f`, '-s', '-g', '1', 'mean', '2', 'count', '2'], lines(many(int(4, 9), () => [pick(['a', 'b']), num('dec')]))));
  pair('opt-format-and-round', '--format with -R', (v) => C(['--format', '%.5f', '-R', '2', 'mean', '1'], lines(nums(int(3, 6), 'dec'))));
  pair('opt-format-text-ops', '--format leaves text ops alone', (v) => C(['--format', '%.2f', 'first', '1', 'count', '1', 'collapse', '1'], lines(nums(int(3, 6), 'int'))));
  pair('opt-format-line-ops', '--format with per-line numeric ops', (v) => C(['--format', '%.3e', 'round', '1', 'bin', '1'], lines(nums(int(3, 6), 'dec'))));
  pair('opt-no-strict-groupby', '--no-strict does not relax grouping operations', (v) => C(['--no-strict', 'sum', '1', 'sum', '2'], lines([[num('int'), num('int')], [num('int')], [num('int'), num('int')]])));
  pair('opt-zero-terminated', '-z reads and writes NUL-terminated records', (v) => C(['-z', '-g', '1', 'sum', '2'], many(int(3, 6), () => `${pick(['a', 'b'])}\t${num('int')}\0`).sort().join('')));
  pair('opt-zero-terminated-long', '--zero-terminated with newlines inside fields', (v) => C(['--zero-terminated', 'collapse', '1', 'count', '1'], many(int(2, 4), () => `${pick(WORDS)}\n${pick(WORDS)}\t1\0`).join('')));
  one('opt-zero-no-nul', '-z on input without NUL bytes', () => C(['-z', 'count', '1', 'first', '1'], lines(nums(3, 'int'))));
  one('opt-help', '--help', () => C(['--help']));
  one('opt-version', '--version', () => C(['--version']));
  one('opt-help-with-ops', '--help wins over operations', () => C(['sum', '1', '--help'], '1\n'));
  pair('opt-after-ops', 'options may follow the operations', (v) => C(['sum', '2', '-t', ',', '-s', '-g', '1'], lines(many(int(4, 8), () => [pick(['x', 'y']), num('int')]), ',')));
  pair('opt-double-dash', '-- ends the options', (v) => C(['-W', '--', 'sum', '1'], lines(nums(int(2, 5), 'int'))));
  pair('opt-bundled', 'bundled short options -sWi', (v) => C(['-sWi', '-g1', 'count', '1'], many(int(4, 8), () => `${pick(['Ab', 'ab', 'cd', 'CD'])} ${num('int')}\n`).join('')));
  pair('opt-abbrev-long', 'unambiguous abbreviation --narm via --nar', (v) => C([v ? '--whites' : '--nar', 'sum', '1'], lines([...nums(3, 'int'), v ? '4' : 'NA'])));

  // ================================================================== 6. errors
  pair('err-invalid-number', 'invalid numeric value with its line and field', (v) => {
    const ds = dataset(v);
    const rows = ds.rows.map((r) => [...r]);
    rows[int(1, rows.length - 1)][ds.val - 1] = pick(['n/a', '12abc', '-', 'ten', '1,5', '$3']);
    return C(['sum', String(ds.val)], lines(rows));
  });
  pair('err-invalid-number-grouped', 'invalid numeric value in the middle of groups: earlier groups are printed', (v) => {
    const rows = sortRows(many(int(6, 12), () => [pick(['a', 'b', 'c', 'd']), num('int')]));
    rows[int(Math.floor(rows.length / 2), rows.length - 1)][1] = pick(['x', 'NaNa', '1..2']);
    return C(['-g', '1', 'sum', '2'], lines(rows));
  });
  pair('err-invalid-number-spaces', 'a number with surrounding spaces is invalid with the tab delimiter', (v) => C(['mean', '1'], lines([num('int'), ` ${num('int')} `])));
  pair('err-invalid-number-empty', 'an empty field is not a number', (v) => C(['sum', '2'], lines([[pick(WORDS), num('int')], [pick(WORDS), '']])));
  pair('err-unknown-op', 'invalid operation', (v) => C([v ? 'average' : 'total', '1'], '1\n'));
  pair('err-op-typo', 'a misspelled operation', (v) => C(['-g', '1', v ? pick(['summ', 'meen']) : pick(['stdev', 'variance', 'avg']), '2'], '1\t2\n'));
  pair('err-missing-field', 'operation without a field', (v) => C([v ? pick(['md5', 'count']) : pick(['sum', 'mean'])], '1\n'));
  pair('err-field-zero', 'field 0 is invalid', (v) => C([v ? 'first' : 'sum', '0'], `${num('int')}\n`));
  pair('err-field-text-no-header', 'a named field requires -H or --header-in', (v) => C(['sum', v ? 'price' : 'total'], `${num('int')}\n`));
  pair('err-field-range-backwards', 'invalid field range 3-1', (v) => C(['sum', v ? '5-2' : '3-1'], '1\t2\t3\n'));
  pair('err-field-trailing-comma', 'field list ending in a comma', (v) => C(['sum', v ? '1,2,' : '1,'], '1\t2\n'));
  pair('err-field-garbage', 'field like 1x', (v) => C(['sum', v ? '2y' : '1x'], '1\t2\n'));
  pair('err-pair-missing', 'pcov needs a field pair', (v) => C([v ? 'spearson' : 'pcov', '1'], '1\t2\n'));
  pair('err-pair-not-allowed', 'sum cannot use a pair', (v) => C([v ? 'mean' : 'sum', '1:2'], '1\t2\n'));
  pair('err-pair-different-lengths', 'pair ops with --narm and different counts', (v) => C(['--narm', 'pcov', '1:2'], lines([['1', '2'], ['NA', '3'], ['4', '5'], [num('int'), num('int')]])));
  pair('err-field-beyond-line', 'field requested beyond the line', (v) => { const c = int(2, 4); return C(['sum', String(c + int(1, 3))], lines(grid(int(2, 5), c))); });
  pair('err-field-beyond-later-line', 'a later line is too short', (v) => C(['sum', '3'], lines([...grid(int(1, 4), 3), grid(1, 2)[0], ...grid(v, 3)])));
  pair('err-perc-range', 'perc out of range', (v) => C([v ? 'perc:0' : 'perc:101', '1'], '1\n'));
  pair('err-perc-text', 'perc with a non-numeric parameter', (v) => C([v ? 'perc:x' : 'perc:1.5', '1'], '1\n'));
  pair('err-trimmean-range', 'trimmean above 0.5', (v) => C([v ? 'trimmean:1' : 'trimmean:0.6', '1'], '1\n'));
  pair('err-getnum-type', 'invalid getnum type', (v) => C([v ? 'getnum:z' : 'getnum:x', '1'], 'a1\n'));
  one('err-strbin-zero', 'strbin:0 is invalid', () => C(['strbin:0', '1'], 'a\n'));
  pair('err-bin-bad-param', 'bin with an invalid bucket', (v) => C([v ? 'bin:abc' : 'bin:-3', '1'], '1\n'));
  pair('err-param-on-plain-op', 'a parameter on an operation that takes none', (v) => C([v ? 'mean:2' : 'sum:5', '1'], '1\n'));
  pair('err-conflicting-line-group', 'per-line and grouping ops mixed', (v) => C([v ? 'md5' : 'round', '1', 'sum', '1'], '1\n'));
  pair('err-conflicting-group-line', 'grouping then per-line op', (v) => C(['-g', '1', v ? 'sha1' : 'base64', '2'], 'a\t1\n'));
  pair('err-primary-not-first', 'primary operation after another op', (v) => C(['sum', '1', v ? 'reverse' : 'transpose'], '1\n'));
  pair('err-unknown-option', 'unrecognized long option', (v) => C([v ? '--sum' : '--bogus', 'sum', '1'], '1\n'));
  pair('err-invalid-short-option', 'invalid short option', (v) => C([v ? '-k' : '-x', 'sum', '1'], '1\n'));
  one('err-h-not-help', '-h is not an option', () => C(['-h']));
  one('err-V-not-version', '-V is not an option', () => C(['-V']));
  pair('err-missing-option-arg', 'option missing its argument', (v) => C([v ? '-g' : '-t'], ''));
  pair('err-missing-long-arg', 'long option missing its argument', (v) => C([v ? '--round' : '--format'], ''));
  pair('err-ambiguous-option', 'ambiguous abbreviation', (v) => C([v ? '--he' : '--header', 'sum', '1'], '1\n'));
  one('err-flag-with-arg', '--sort=yes', () => C(['--sort=yes', 'sum', '1'], '1\n'));
  pair('err-no-operation', 'no operation at all', (v) => C(v ? ['-s', '-W'] : [], '1\n'));
  pair('err-delimiter-multi', '-t with more than one character', (v) => C(['-t', v ? '::' : 'ab', 'sum', '1'], '1\n'));
  pair('err-delimiter-empty', 'empty -t or --output-delimiter', (v) => C(v ? ['--output-delimiter', '', 'sum', '1'] : ['-t', '', 'sum', '1'], '1\n'));
  pair('err-round-invalid', 'invalid -R values', (v) => C(['-R', v ? 'x2' : '0', 'sum', '1'], '1\n'));
  one('err-round-negative', '-R -1', () => C(['-R', '-1', 'sum', '1'], '1\n'));
  pair('err-format-no-directive', '--format without %', (v) => C(['--format', v ? 'value' : 'abc', 'sum', '1'], '1\n'));
  pair('err-format-bad-type', '--format with a non-float conversion', (v) => C(['--format', v ? '%s' : '%d', 'sum', '1'], '1\n'));
  pair('err-format-two', '--format with two directives', (v) => C(['--format', v ? '%g and %g' : '%f%f', 'sum', '1'], '1\n'));
  one('err-format-long-double', '--format %Lg is rejected', () => C(['--format', '%Lg', 'sum', '1'], '1\n'));
  one('err-format-incomplete', '--format ending in %', () => C(['--format', 'x%', 'sum', '1'], '1\n'));
  pair('err-extra-operand', 'extra operand after rmdup', (v) => C(['rmdup', '1', v ? 'count' : 'sum', '2'], '1\t2\n'));
  pair('err-named-header-missing', 'column name not found with --header-in', (v) => C(['--header-in', 'sum', pick(['total', 'Amount'])], lines([['id', 'amount'], ['1', '2']])));
  pair('err-crlf', 'CRLF line ends make the last field invalid', (v) => C(['sum', '2'], `${pick(WORDS)}\t${num('int')}\r\n${pick(WORDS)}\t${num('int')}\r\n`));
  pair('err-blank-line', 'a blank line has no fields', (v) => C(['sum', '1'], `${num('int')}\n\n${num('int')}\n`));
  pair('err-transpose-strict-long', 'transpose with a longer line', (v) => C(['transpose'], lines([[pick(WORDS), pick(WORDS)], [pick(WORDS), pick(WORDS), pick(WORDS)], [pick(WORDS), pick(WORDS)]])));
  pair('err-reverse-strict', 'reverse with a shorter later line', (v) => C(['reverse'], lines([[pick(WORDS), pick(WORDS), pick(WORDS)], [pick(WORDS), pick(WORDS), pick(WORDS)], [pick(WORDS)]])));
  pair('err-overflow-value', 'a value beyond long double range is invalid', (v) => C(['sum', '1'], lines(['1', v ? '-2e5000' : '1e5000'])));

  // ================================================================== 7. edge cases
  one('edge-empty-sum', 'empty input: no output', () => C(['sum', '1'], ''));
  pair('edge-empty-header-out', 'empty input with --header-out', (v) => C(['--header-out', v ? 'mean' : 'sum', '1'], ''));
  pair('edge-empty-count-grouped', 'empty input with -s -g and --header-out', (v) => C(['--header-out', '-s', '-g', '1', v ? 'collapse' : 'count', v ? '2' : '1'], ''));
  one('edge-empty-transpose', 'empty input to transpose', () => C(['transpose'], ''));
  pair('edge-no-trailing-newline', 'last line without a newline', (v) => C(['sum', '1', 'count', '1', 'last', '1'], nums(int(2, 6), 'int').join('\n')));
  pair('edge-no-trailing-newline-transpose', 'transpose when the last line has no newline', (v) => C(['transpose'], lines(grid(2, 3)).slice(0, -1)));
  pair('edge-no-trailing-newline-groups', 'groupby when the last line has no newline', (v) => C(['-g', '1', 'collapse', '2'], lines(sortRows(many(int(3, 6), () => [pick(['a', 'b']), pick(WORDS)])), '\t').slice(0, -1)));
  pair('edge-huge-values', 'values beyond double range (long double arithmetic)', (v) => C(['sum', '1', 'mean', '1', 'max', '1'], lines([`${int(1, 9)}.5e+${int(400, 4000)}`, `${int(1, 9)}e+${int(400, 4000)}`, '1'])));
  pair('edge-large-sum', 'sum of large integers loses digits in %Lg output', (v) => C(['sum', '1', 'mean', '1'], lines(many(int(3, 6), () => String(int(100000000, 999999999)) + String(int(100000000, 999999999))))));
  pair('edge-tiny-values', 'subnormal-range values', (v) => C(['sum', '1', 'min', '1', 'mean', '1'], lines([`${int(1, 9)}e-${int(310, 330)}`, `${int(1, 9)}e-${int(4000, 4900)}`, '0'])));
  pair('edge-negative-zero', 'negative zero', (v) => C(['sum', '1', 'min', '1', 'max', '1', 'first', '1'], lines(['-0', v ? '-0.0' : '0', '-0'])));
  pair('edge-hex-input', 'hexadecimal numbers are accepted by strtold', (v) => C(['sum', '1', 'max', '1'], lines([`0x${rng.string(2, '0123456789abcdef')}`, String(int(1, 9)), `0x${rng.string(1, '123456789')}p${int(1, 3)}`])));
  pair('edge-inf-input', 'inf and -inf values', (v) => C(['sum', '1', 'max', '1', 'min', '1', 'mean', '1'], lines([v ? '-inf' : 'inf', num('int'), v ? 'INF' : 'Infinity'])));
  pair('edge-leading-plus', 'leading + and leading dot', (v) => C(['sum', '1', 'collapse', '1'], lines([`+${int(1, 9)}`, `.${int(1, 9)}`, `-.${int(1, 9)}`, `${int(1, 9)}.`])));
  pair('edge-unicode-groups', 'unicode group keys', (v) => C(['-s', '-g', '1', 'count', '1', 'sum', '2'], lines(many(int(5, 10), () => [pick(UNI), num('int')]))));
  pair('edge-unicode-case', '-i does not fold non-ASCII letters', (v) => C(['-i', '-s', '-g', '1', 'count', '1'], lines(many(int(4, 8), () => pick(['é', 'É', 'ß', 'straße', 'STRASSE', 'e', 'E'])))));
  pair('edge-unicode-delimiter', 'a multibyte -t is more than one character', (v) => C(['-t', v ? '→' : '·', 'sum', '1'], '1\n'));
  pair('edge-single-line', 'single line, many fields', (v) => C(['sum', '1-6', 'count', '1'], lines([nums(6, 'dec')])));
  pair('edge-many-fields', '40 fields per line', (v) => C(['sum', '1-40'], lines(grid(int(2, 4), 40))));
  pair('edge-long-values', 'long text values', (v) => C(['collapse', '1', 'count', '1'], lines(many(int(2, 3), () => rng.string(int(200, 600), 'abcdefghij ')))));
  pair('edge-collapse-large', 'collapse of many values', (v) => C(['collapse', '1', 'count', '1'], lines(nums(int(150, 300), 'int'))));
  pair('edge-whitespace-only-W', '-W with a whitespace-only line', (v) => C(['-W', 'count', '1'], `${num('int')}\n   \n${num('int')}\n`));
  pair('edge-trailing-tab', 'a trailing tab makes an empty last field', (v) => C(['count', '2', 'collapse', '2'], `${pick(WORDS)}\t\n${pick(WORDS)}\t${pick(WORDS)}\n`));
  pair('edge-W-trailing-space', '-W: leading whitespace is skipped, trailing whitespace ends with an empty field', (v) => C(['-W', 'reverse'], `${pick(WORDS)} ${pick(WORDS)}  \n  ${pick(WORDS)}\t${pick(WORDS)}\n`));
  pair('edge-na-as-text', 'NA values in text operations need no --narm', (v) => C(['count', '1', 'unique', '1', 'first', '1'], lines(rng.shuffle(['NA', 'NaN', 'N/A', ...many(int(1, 4), () => pick(WORDS))]))));
  pair('edge-keys-with-spaces', 'group keys containing spaces', (v) => C(['-s', '-g', '1', 'sum', '2'], lines(many(int(4, 8), () => [pick(['New York', 'Los Angeles', 'San José', 'St. Louis']), num('int')]))));
  pair('edge-duplicate-ops', 'the same operation twice', (v) => C(['sum', '1', 'sum', '1', 'count', '1', 'count', '1'], lines(nums(int(2, 6), 'int'))));
  pair('edge-repeated-field-list', 'a field repeated inside a list', (v) => C(['max', '1,1,2'], lines(grid(int(2, 4), 2))));

  return cases;
}
