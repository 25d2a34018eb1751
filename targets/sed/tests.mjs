// Test cases for GNU sed 4.9 (Debian 12): a deterministic generator.
//
// All variation comes from the seeded rng. Every idea gives a visible case and a hidden dual
// ("<id>.dual") with the same idea and other data (other lines, words, numbers, file names and,
// where it keeps the idea, other constants in the script).
// Expected outputs are never written here: `mirrorcode prepare sed` runs the real program.
//
// Avoided on purpose: the `e` command and the `e` flag of `s` (they run a shell), `r /dev/stdin`
// and the file operand `/dev/stdin` (sed opens them by path, which needs /proc), `w` to a file that
// is also read in the same run, symbolic links, and scripts that take long to run.

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Eve', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zoë'];
const LAST = ['Okafor', 'Lindqvist', 'García', 'Nakamura', 'Smith', 'Novak', 'Haddad', 'Kowalski', 'Dubois', 'Patel', 'Rossi', 'Müller', 'Ivanova', 'Chen', 'Brown'];
const CITIES = ['Lisbon', 'Osaka', 'Nairobi', 'Quito', 'Oslo', 'Austin', 'Pune', 'Lyon', 'Perth', 'Cusco', 'São Paulo', 'Kraków', 'Reykjavík', 'Zürich'];
const WORDS = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'stream', 'editor', 'line', 'pattern', 'space', 'buffer', 'hold', 'cycle', 'input', 'output', 'text', 'file', 'script', 'match', 'regular', 'expression', 'command', 'address', 'range', 'label', 'branch', 'value', 'river', 'mountain', 'window', 'garden', 'silver', 'morning', 'paper', 'engine', 'signal', 'harbor', 'lantern', 'orange', 'meadow', 'copper', 'winter', 'tunnel', 'market', 'forest', 'planet', 'rocket'];
const SENTENCES = [
  'It was the best of times, it was the worst of times,',
  'it was the age of wisdom, it was the age of foolishness,',
  'it was the epoch of belief, it was the epoch of incredulity,',
  'All the world\'s a stage, and all the men and women merely players.',
  'They have their exits and their entrances;',
  'The quick brown fox jumps over the lazy dog.',
  'A stream editor is used to perform basic text transformations on an input stream.',
  'Sed works by making only one pass over the input.',
  'Call me Ishmael. Some years ago, never mind how long precisely,',
  'having little or no money in my purse, and nothing particular to interest me on shore,',
  'In a hole in the ground there lived a hobbit.',
  'It is a truth universally acknowledged, that a single man in possession of a good fortune,',
  'must be in want of a wife.',
  'Happy families are all alike; every unhappy family is unhappy in its own way.',
  'The sky above the port was the color of television, tuned to a dead channel.',
  'Far out in the uncharted backwaters of the unfashionable end of the Western Spiral arm of the Galaxy',
  'lies a small unregarded yellow sun.',
  'Whether I shall turn out to be the hero of my own life, or whether that station will be held by anybody else,',
  'these pages must show.',
  'Le café est très bon à Zürich, naïve façade déjà vu.',
  'Über den Wolken muss die Freiheit wohl grenzenlos sein.',
];
const SERVICES = ['api', 'auth', 'billing', 'search', 'worker', 'gateway', 'cron', 'mailer'];
const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'];
const MSGS = ['request completed', 'cache miss for key user:42', 'user logged in', 'token expired', 'retrying job 17', 'connection reset by peer', 'slow query detected', 'payment declined', 'disk usage at 91%', 'config reloaded', 'GET /api/v1/items?id=42&sort=desc'];
const PATHS = ['/', '/index.html', '/api/v1/users', '/api/v1/orders/1234', '/static/app.js', '/login', '/search?q=sed+manual', '/img/logo.png', '/robots.txt', '/docs/sed.html'];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];
const CODES = [200, 200, 200, 201, 204, 301, 304, 400, 403, 404, 500, 503];
const PRODUCTS = ['Widget', 'Gadget', 'Sprocket', 'Gizmo', 'Flange', 'Bracket', 'Hinge', 'Valve', 'Gasket', 'Spindle'];
const KEYS = ['host', 'port', 'user', 'timeout', 'retries', 'log_level', 'data_dir', 'max_connections', 'enable_cache', 'listen', 'workers', 'tls_cert', 'backup_path', 'compression'];
const SECTIONS = ['server', 'database', 'cache', 'logging', 'auth', 'paths', 'mail'];
const SHELLS = ['/bin/bash', '/bin/sh', '/usr/sbin/nologin', '/bin/zsh', '/bin/false'];
const NAMES = ['input.txt', 'data.txt', 'notes.txt', 'list', 'log.txt', 'config.ini', 'app.conf', 'report.csv', 'words', 'story.txt', 'a.txt', 'b.txt', 'c.txt', 'one.txt', 'two.txt', 'three.txt'];
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, cases }) {
  // ---------------------------------------------------------------- data
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const word = () => rng.pick(WORDS);
  const words = (lo, hi) => many(rng.int(lo, hi), word).join(' ');
  const lower = (n) => rng.string(n, LOWER);
  const sample = (arr, k) => rng.shuffle(arr).slice(0, k);
  const L = (arr) => arr.join('\n') + '\n';
  const seq = (a, b) => L(many(b - a + 1, (i) => String(a + i)));
  const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const ascii = (s) => s.normalize('NFD').replace(/[^\x00-\x7f]/g, '');
  const date = () => `20${rng.int(19, 25)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const time = () => `${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
  const ip = () => `${rng.pick([10, 172, 192])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const proseLines = (n) => many(n, () => rng.pick(SENTENCES));
  const prose = (lo = 4, hi = 8) => L(proseLines(rng.int(lo, hi)));
  const plainLines = (n, lo = 2, hi = 7) => many(n, () => words(lo, hi));
  const plain = (lo = 4, hi = 9) => L(plainLines(rng.int(lo, hi)));
  const logLine = () => `${date()}T${time()}Z ${rng.pick(LEVELS).padEnd(5)} [${rng.pick(SERVICES)}] ${rng.pick(MSGS)} (${rng.int(1, 2500)}ms)`;
  const logText = (lo = 5, hi = 10) => L(many(rng.int(lo, hi), logLine));
  const accessLine = () => `${ip()} - ${rng.chance(0.3) ? lower(5) : '-'} [${pad(rng.int(1, 28))}/${rng.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])}/2024:${time()} +0000] "${rng.pick(METHODS)} ${rng.pick(PATHS)} HTTP/1.1" ${rng.pick(CODES)} ${rng.int(0, 99999)}`;
  const accessLog = (lo = 5, hi = 9) => L(many(rng.int(lo, hi), accessLine));
  const confValue = (k) => {
    switch (k) {
      case 'host': return rng.pick(['localhost', '0.0.0.0', 'db.internal', ip()]);
      case 'port': return String(rng.int(1024, 65000));
      case 'user': return ascii(rng.pick(FIRST)).toLowerCase();
      case 'timeout': return `${rng.int(1, 120)}s`;
      case 'retries': case 'workers': case 'max_connections': return String(rng.int(1, 500));
      case 'log_level': return rng.pick(['debug', 'info', 'warn', 'error']);
      case 'enable_cache': case 'compression': return rng.pick(['true', 'false', 'yes', 'no']);
      case 'listen': return `${ip()}:${rng.int(80, 9000)}`;
      default: return `/${rng.pick(['var', 'srv', 'opt', 'etc'])}/${word()}/${lower(4)}`;
    }
  };
  const confText = (n = rng.int(5, 9)) => {
    const out = [`# ${word()} configuration`, ''];
    for (const k of sample(KEYS, n)) {
      if (rng.chance(0.2)) out.push(`# ${words(2, 5)}`);
      const sep = rng.pick([' = ', '=', ' = ']);
      out.push(`${rng.chance(0.15) ? '#' : ''}${k}${sep}${confValue(k)}`);
      if (rng.chance(0.15)) out.push('');
    }
    return L(out);
  };
  const iniText = (must = []) => {
    const out = [`; generated by ${word()}`];
    for (const s of rng.shuffle([...must, ...sample(SECTIONS.filter((x) => !must.includes(x)), rng.int(2, 3))])) {
      out.push('', `[${s}]`);
      for (const k of sample(KEYS, rng.int(2, 4))) out.push(`${k}=${confValue(k)}`);
    }
    return L(out);
  };
  const csvRows = (n = rng.int(4, 8)) => many(n, (i) => [String(i + 1 + rng.int(0, 3) * 10), person(), rng.pick(CITIES), (rng.int(100, 99999) / 100).toFixed(2)]);
  const csvText = (n) => L(['id,name,city,amount', ...csvRows(n).map((r) => r.join(','))]);
  const passwdText = (n = rng.int(4, 8)) => L(many(n, (i) => {
    const u = ascii(rng.pick(FIRST)).toLowerCase() + (rng.chance(0.3) ? rng.int(1, 9) : '');
    const id = rng.chance(0.2) ? rng.int(1, 999) : 1000 + i + rng.int(0, 50);
    return `${u}:x:${id}:${id}:${person()}:/home/${u}:${rng.pick(SHELLS)}`;
  }));
  const codeText = () => {
    const fn = rng.pick(['parse', 'render', 'update', 'compute', 'load']);
    const v = rng.pick(['count', 'total', 'index', 'size']);
    return L([
      '#include <stdio.h>',
      `#define MAX_${rng.pick(['ITEMS', 'LINES', 'USERS'])} ${rng.int(8, 512)}`,
      '',
      `/* ${words(3, 6)} */`,
      `static int ${fn}_${word()}(int ${v}) {`,
      `    int result = ${v} * ${rng.int(2, 9)}; // ${words(2, 4)}`,
      `    if (result > ${rng.int(10, 99)}) {`,
      `        printf("%d too big\\n", result);`,
      '        return -1;',
      '    }',
      `    return result + ${rng.int(1, 9)};   `,
      '}',
    ]);
  };
  const htmlText = () => L([
    '<html>',
    `<head><title>${words(2, 4)}</title></head>`,
    '<body>',
    `<h1 class="title">${words(2, 4)}</h1>`,
    `<p>${words(4, 8)} <b>${word()}</b> and <i>${word()}</i>.</p>`,
    `<a href="https://example.org/${word()}">${word()}</a>`,
    '</body>',
    '</html>',
  ]);
  const mdText = () => L([
    `# ${words(2, 4)}`,
    '',
    `Some *${word()}* text with **${word()}** and \`${word()}\` code.`,
    '',
    `## ${words(1, 3)}`,
    '',
    ...many(rng.int(2, 4), () => `- ${words(2, 5)}`),
    '',
    `See [${word()}](https://example.com/${word()}) for more.`,
  ]);
  const name = () => rng.pick(NAMES);
  const names = (k) => sample(NAMES, k);
  const b64 = (buf) => ({ base64: Buffer.from(buf).toString('base64') });

  // ---------------------------------------------------------------- case plumbing
  const key = (c) => JSON.stringify([c.argv, c.stdin ?? null, c.env ?? null, c.files ?? null]);
  const seen = new Set();
  /** make(d) builds the visible case (d = 0) or its hidden dual (d = 1); both must be new. */
  const add = (id, note, make) => {
    if (cases.some((c) => c.id === id)) throw new Error(`duplicate id ${id}`);
    let v;
    for (let t = 0; t < 30 && (v === undefined || seen.has(key(v))); t++) v = make(0);
    if (seen.has(key(v))) throw new Error(`duplicate visible test: ${id}`);
    seen.add(key(v));
    cases.push({ id, note, ...v });
    let h;
    for (let t = 0; t < 30 && (h === undefined || seen.has(key(h))); t++) h = make(1);
    if (seen.has(key(h))) throw new Error(`dual identical to an existing test: ${id}`);
    seen.add(key(h));
    cases.push({ id: `${id}.dual`, note, ...h, hidden: true, dualOf: id });
  };
  /** The script arguments applied to text, read from stdin or from a file (rng decides). */
  const run = (args, text) => {
    if (rng.chance(0.5)) return { argv: [...args], stdin: text };
    const f = name();
    return { argv: [...args, f], files: { [f]: text } };
  };
  /** The script arguments applied to text on stdin. */
  const onStdin = (args, text) => ({ argv: [...args], stdin: text });
  /** The script arguments applied to one file. */
  const onFile = (args, text) => {
    const f = name();
    return { argv: [...args, f], files: { [f]: text } };
  };
  /** A test: script args (array or function of d) on the data function's text. */
  const T = (id, note, args, data, how = run) => add(id, note, (d) => how(typeof args === 'function' ? args(d) : args, data(d), d));

  // ================================================================ invocation and options
  T('opt-script-positional', 'first non-option argument is the script', (d) => [`s/${d ? 'the' : 'it'}/THE/`], () => prose(), onFile);
  T('opt-e-single', '-e SCRIPT', (d) => ['-e', d ? '/^#/d' : '/^$/d'], () => confText());
  T('opt-e-multiple', 'several -e: concatenated in order', (d) => ['-e', 's/a/b/g', '-e', d ? 's/b/[&]/' : 's/b/<&>/2'], () => plain());
  T('opt-e-order', '-e order matters', (d) => (d ? ['-e', 's/x/y/g', '-e', 's/y/z/'] : ['-e', 's/y/z/', '-e', 's/x/y/g']), () => L(many(rng.int(3, 6), () => rng.string(rng.int(3, 9), 'xyzab'))));
  T('opt-expression-long', '--expression=SCRIPT', (d) => [`--expression=s/${d ? 'INFO' : 'WARN'}/${d ? 'info' : 'warning'}/`], () => logText());
  T('opt-expression-separate', '--expression SCRIPT (separate argument)', (d) => ['--expression', d ? '2,3d' : '1d', '--expression', '$s/$/ [end]/'], () => plain());
  add('opt-f-file', '-f SCRIPT-FILE', (d) => {
    const f = name();
    return { argv: ['-f', 'script.sed', f], files: { 'script.sed': d ? 's/^/| /\n/^| $/d\n' : '/^#/d\ns/ *= */: /\n', [f]: d ? plain() : confText() } };
  });
  add('opt-file-long', '--file=SCRIPT-FILE', (d) => ({ argv: [`--file=${d ? 'fix.sed' : 'edit.sed'}`], stdin: prose(), files: { [d ? 'fix.sed' : 'edit.sed']: `# comment line\ns/${d ? 'was' : 'the'}/[&]/g\n${d ? '3q' : '$a\\\n-- end --'}\n` } }));
  add('opt-e-and-f', '-e and -f combined, in command-line order', (d) => ({ argv: ['-e', d ? 's/^/>/' : 's/$/</', '-f', 's.sed', '-e', 's/[aeiou]/#/'], stdin: plain(), files: { 's.sed': `s/${word()}/WORD/g\n` } }));
  add('opt-f-stdin', '-f - reads the script from stdin', (d) => {
    const f = name();
    return { argv: ['-f', '-', f], stdin: d ? 's/[0-9]/N/g\n' : '1d\ns/,/;/g\n', files: { [f]: d ? logText() : csvText() } };
  });
  add('opt-f-trailing-backslash', 'script file ending in a-text with no final newline', (d) => ({ argv: ['-f', 'add.sed'], stdin: plain(2, 4), files: { 'add.sed': d ? '1i\\\nfirst\\\nsecond' : '$a\\\nlast line' } }));
  T('opt-n', '-n with p', (d) => ['-n', d ? '/ERROR/p' : '/WARN/p'], () => logText(10, 16));
  T('opt-quiet-long', '--quiet', (d) => ['--quiet', `${d ? 2 : 3}p`], () => plain());
  T('opt-silent-long', '--silent', (d) => ['--silent', d ? '$p' : '1p'], () => plain());
  add('opt-hash-n-first-line', '#n on the first line of the script acts like -n', (d) => ({ argv: [d ? '#n\n/e/p' : '#n\n2p'], stdin: plain() }));
  add('opt-hash-n-file', '#n as first line of a -f script file', (d) => ({ argv: ['-f', 'q.sed'], stdin: plain(), files: { 'q.sed': `#n\n${d ? '$p' : '1p'}\n` } }));
  add('opt-hash-n-prefix', 'a first script line starting with #n', (d) => ({ argv: [d ? '#nothing here\n2p' : '#no\np'], stdin: plain(3, 5) }));
  add('opt-hash-n-not-first', '#n that is not the first two characters of the script', (d) => ({ argv: d ? [' #n\n2p'] : ['-e', 'p', '-e', '#n'], stdin: plain(2, 4) }));
  add('opt-multiple-files', 'several files form one stream (line numbers continue)', (d) => {
    const [a, b, c] = names(3);
    return { argv: ['=', a, b, c], files: { [a]: plain(1, 3), [b]: plain(1, 3), [c]: plain(1, 3) } };
  });
  add('opt-files-first-last', 'doc example: sed -n \'1p ; $p\' one.txt two.txt three.txt', (d) => ({ argv: ['-n', '1p ; $p', 'one.txt', 'two.txt', 'three.txt'], files: { 'one.txt': plain(2, 4), 'two.txt': plain(1, 3), 'three.txt': plain(2, 4) } }));
  add('opt-s-first-last', '-s: 1 and $ address each file', (d) => ({ argv: ['-s', '-n', '1p ; $p', 'one.txt', 'two.txt', 'three.txt'], files: { 'one.txt': plain(2, 4), 'two.txt': plain(1, 3), 'three.txt': plain(2, 4) } }));
  add('opt-separate-long', '--separate with = and F', (d) => {
    const [a, b] = names(2);
    return { argv: ['--separate', d ? '1F;$=' : '$F;1=', a, b], files: { [a]: plain(2, 4), [b]: plain(2, 4) } };
  });
  add('opt-s-range', '-s: a range does not span files', (d) => {
    const [a, b] = names(2);
    return { argv: ['-s', '-n', d ? '/^x/,/^y/p' : '2,/^y/p', a, b], files: { [a]: L(['x1', 'a', 'x2', 'b']), [b]: L(['c', 'y1', 'x3', 'y2', 'd']) } };
  });
  add('opt-s-insert-header', '-s with 1i adds a header to each file', (d) => {
    const fs = names(d ? 3 : 2);
    const files = {};
    for (const f of fs) files[f] = plain(1, 3);
    return { argv: ['-s', `1i ==> ${d ? 'file' : 'header'} <==`, ...fs], files };
  });
  add('opt-dash-is-stdin', '- among the files is standard input', (d) => {
    const [a, b] = names(2);
    return { argv: ['s/^/: /', a, '-', b], stdin: plain(1, 3), files: { [a]: plain(1, 3), [b]: plain(1, 3) } };
  });
  add('opt-double-dash', '-- ends the options: a file named like an option', (d) => ({ argv: ['-n', '--', d ? '$p' : 'p', d ? '-s' : '-n.txt'], files: { [d ? '-s' : '-n.txt']: plain(2, 4) } }));
  add('opt-options-after-operands', 'options after the script and files still apply (argument permutation)', (d) => {
    const f = name();
    return { argv: [d ? '/e/p' : '$p', f, d ? '--quiet' : '-n'], files: { [f]: plain() } };
  });
  T('opt-combined-nE', 'combined short options -nE', (d) => [d ? '-En' : '-nE', d ? 's/([0-9]+)ms/\\1 ms/p' : '/(WARN|ERROR)/p'], () => logText());
  T('opt-combined-sn', 'combined short options -sn with files', (d) => ['-sn', d ? '2p' : '$p'], () => plain(), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: plain(2, 5) } };
  });
  T('opt-E', '-E extended regular expressions', (d) => ['-E', d ? 's/([a-z]+) ([a-z]+)/\\2 \\1/' : 's/(^|,)([^,]*)/\\1<\\2>/g'], (d) => (d ? plain() : csvText()));
  T('opt-r', '-r is the same as -E', (d) => ['-r', d ? 's/[0-9]{2,}/#/g' : 's/(a|e)+/_/g'], () => (rng.chance(0.5) ? logText() : plain()));
  T('opt-regexp-extended-long', '--regexp-extended', (d) => ['--regexp-extended', '-n', d ? '/^[^:]+:x:[0-9]{4}:/p' : '/(bash|zsh)$/p'], () => passwdText(8));
  T('opt-bre-vs-ere', 'without -E, ( and + are literal in a BRE', (d) => ['-n', d ? '/a+b/p' : '/(x)/p'], (d) => L(d ? ['aab', 'a+b', 'ab+', 'b'] : ['(x)', 'x', '((x))', 'y(x)z']));
  T('opt-z', '-z: lines separated by NUL', (d) => ['-z', d ? 's/^/[/;s/$/]/' : 's/a/A/g'], () => many(rng.int(3, 5), () => words(1, 3)).join('\0') + '\0', onStdin);
  T('opt-z-newlines-inside', '-z: newlines are ordinary characters', (d) => ['-z', d ? 's/\\n/,/g' : 's/\\n/ | /g'], () => plain(3, 5), onStdin);
  T('opt-null-data-long', '--null-data with $ and = ', (d) => ['--null-data', d ? '$d' : '1d'], () => many(rng.int(3, 5), () => `./${word()}/${lower(5)}.txt`).join('\0') + '\0');
  T('opt-zero-terminated-long', '--zero-terminated, last record without NUL', (d) => ['--zero-terminated', d ? 's/$/!/' : 's/^./\\u&/'], () => many(rng.int(2, 4), () => words(1, 3)).join('\0'));
  T('opt-z-N', '-z: N joins records with a NUL', (d) => ['-z', d ? 'N;N;s/\\x00/+/g' : 'N;s/\\o000/ & /'], () => many(rng.int(4, 7), () => word()).join('\0') + '\0', onStdin);
  T('opt-z-G-append', '-z: G and a/i use NUL as the line end', (d) => ['-z', d ? '1i top' : 'G;$a end'], () => many(3, () => word()).join('\0') + '\0', onStdin);
  T('opt-u', '-u unbuffered gives the same output', (d) => ['-u', d ? 's/ /_/g' : '/the/d'], () => prose());
  T('opt-unbuffered-long', '--unbuffered with q', (d) => ['--unbuffered', `${d ? 3 : 2}q`], () => plain(5, 8));
  T('opt-l', '-l N sets the l wrap length', (d) => ['-n', '-l', String(d ? 17 : 25), 'l'], () => prose(2, 3));
  T('opt-line-length-long', '--line-length=N', (d) => [`--line-length=${d ? 40 : 30}`, '-n', 'l'], () => prose(2, 3));
  T('opt-l-zero', '-l 0: never wrap', (d) => ['-l', '0', '-n', 'l'], () => L(many(2, () => words(18, 25))));
  T('opt-l-attached', '-lN with the number attached', (d) => [d ? '-l22' : '-l15', '-n', 'l'], () => L([words(6, 9)]));
  T('opt-l-command-overrides', 'l N in the script overrides -l', (d) => ['-l', '10', '-n', d ? 'l 20' : 'l 0;l'], () => L([words(5, 9)]));
  T('opt-posix-plus-literal', '--posix: \\+ is not special in a BRE', (d) => ['--posix', d ? 's/a\\+/X/' : 's/o\\+/0/g'], () => L(many(4, () => rng.string(rng.int(4, 9), 'ao+b'))));
  T('opt-posix-N-last-line', '--posix: N on the last line prints nothing', (d) => ['--posix', 'N;s/\\n/ + /'], (d) => seq(1, d ? 5 : 7));
  T('opt-posix-rejects-extension', '--posix rejects GNU commands', (d) => ['--posix', d ? 'F' : '1~2d'], () => plain());
  T('opt-posix-rejects-one-liner', '--posix: a text must follow a\\ on a new line', (d) => ['--posix', d ? '1i top' : '$a end'], () => plain());
  T('opt-posix-ok', '--posix accepts a portable script', (d) => ['--posix', '-n', d ? '/^[[:upper:]]/{\np\n}' : '1!{\ns/[[:space:]][[:space:]]*/ /g\np\n}'], () => prose());
  T('opt-posix-zero-address', '--posix rejects 0,/re/', (d) => ['--posix', d ? '0,/a/d' : '1,+2d'], () => plain());
  add('opt-posixly-correct-env', 'POSIXLY_CORRECT: N on the last line quits without printing', (d) => ({ argv: [d ? '$!N;N;s/\\n/-/g' : 'N;s/\\n/-/'], stdin: seq(1, d ? 8 : 5), env: { POSIXLY_CORRECT: '1' } }));
  T('opt-debug-doc', '--debug: the manual\'s example', (d) => ['--debug', d ? '\\;a;s/a/b/' : '\\%1%s21232'], (d) => L([d ? 'xa' : '1']), onStdin);
  T('opt-debug-file', '--debug shows the input file name', (d) => ['--debug', '-n', d ? '$p' : '1p;2='], () => plain(2, 3), onFile);
  T('opt-debug-hold', '--debug shows the hold space', (d) => ['--debug', d ? '1h;2G' : 'H;$!d;x'], () => plain(2, 3), onStdin);
  T('opt-debug-canonical', '--debug prints the program in canonical form', (d) => ['--debug', '-n', d ? '1,3{/b/!s|x|y|gp};$!N;2~2P' : '/a/I,+2{s/a/\\n/2w /dev/stdout\n};0,/z/y/ab/ba/;$l 5'], () => L(many(3, () => rng.string(4, 'abxz'))), onStdin);
  T('opt-debug-branches', '--debug with labels and branches', (d) => ['--debug', d ? ':a;s/^ //;ta' : ':top;/x/{s/x//;btop}'], (d) => L([d ? '  ab' : 'xaxbx']), onStdin);
  T('opt-debug-append', '--debug with a, i, c, r and =', (d) => ['--debug', d ? '1i\\\nhead\n$c\\\ntail' : '1a one\n=;2r nosuch.txt'], () => plain(2, 2), onStdin);
  T('opt-debug-regs', '--debug shows matched regex registers', (d) => ['--debug', '-E', d ? 's/([a-z]+)=([0-9]+)/\\2=\\1/' : 's/(x)(y)?(z)/[\\3\\2\\1]/g'], (d) => L([d ? `${lower(4)}=${rng.int(1, 999)}` : 'axzbxyz']), onStdin);
  T('opt-sandbox-w', '--sandbox rejects w', (d) => ['--sandbox', d ? 's/a/b/w out.txt' : 'w out.txt'], () => plain());
  T('opt-sandbox-r', '--sandbox rejects r and R', (d) => ['--sandbox', d ? '1R other.txt' : '$r other.txt'], () => plain());
  T('opt-sandbox-e', '--sandbox rejects e', (d) => ['--sandbox', d ? '2e' : 'e echo hi'], () => plain());
  T('opt-sandbox-ok', '--sandbox allows ordinary commands', (d) => ['--sandbox', d ? 's/[aeiou]//g;$=' : 'y/abc/ABC/;1d'], () => plain());
  T('opt-binary', '-b / --binary changes nothing on this system', (d) => [d ? '--binary' : '-b', 's/\r$/<CR>/'], () => many(rng.int(3, 5), () => words(1, 4)).join('\r\n') + '\r\n');
  add('opt-help', '--help prints usage on stdout', (d) => ({ argv: d ? ['--help', '-n', 'p'] : ['--help'] }));
  add('opt-version', '--version', (d) => ({ argv: d ? ['-n', '--version'] : ['--version'] }));
  add('opt-no-script', 'no script: usage on stderr, status 1', (d) => ({ argv: d ? ['-n'] : [], stdin: plain(1, 2) }));
  add('opt-unknown-short', 'an unknown short option', (d) => ({ argv: [d ? '-k' : '-x', 'p'], stdin: plain(1, 2) }));
  add('opt-unknown-long', 'an unrecognized long option', (d) => ({ argv: [d ? '--frobnicate' : '--regexx', 'p'], stdin: plain(1, 2) }));
  add('opt-ambiguous-long', 'an ambiguous abbreviation of a long option', (d) => ({ argv: [d ? '--f' : '--s', 'p'], stdin: plain(1, 2) }));
  add('opt-abbreviated-long', 'an unambiguous abbreviation of a long option', (d) => ({ argv: [d ? '--quie' : '--reg', d ? '2p' : 's/(a|o)+/_/g'], stdin: plain(3, 4) }));
  add('opt-missing-e-arg', '-e without its argument', (d) => ({ argv: d ? ['-n', '-e'] : ['-e'], stdin: plain(1, 2) }));
  add('opt-missing-f-arg', '-f / --file without its argument', (d) => ({ argv: [d ? '--file' : '-f'], stdin: plain(1, 2) }));
  add('opt-missing-l-arg', '-l without its argument', (d) => ({ argv: ['-n', d ? '--line-length' : '-l'], stdin: plain(1, 2) }));
  add('opt-l-not-a-number', '-l with a non-numeric value', (d) => ({ argv: ['-l', d ? 'abc' : '7x', '-n', 'l'], stdin: L([words(6, 9)]) }));
  add('opt-V-unknown', '-V is not an option of this version', (d) => ({ argv: d ? ['-V', 'p'] : ['-V'], stdin: plain(1, 2) }));
  add('opt-f-missing-file', '-f with a missing script file', (d) => ({ argv: ['-f', d ? 'nosuch.sed' : 'missing-script.sed'], stdin: plain(1, 2) }));
  add('opt-f-unreadable', '-f with an unreadable script file', (d) => ({ argv: ['-f', d ? 'private.sed' : 'secret.sed'], stdin: plain(1, 2), files: { [d ? 'private.sed' : 'secret.sed']: { text: d ? 'p\n' : 's/a/b/\n', mode: 0 } } }));

  // ================================================================ in-place editing (-i), observed through w /dev/stdout
  add('inplace-w-stdout', '-i: output goes to the file; w /dev/stdout still reaches stdout', (d) => ({ argv: ['-i', `s/${d ? 'the' : 'a'}/#/g;w /dev/stdout`, 'doc.txt'], files: { 'doc.txt': prose() } }));
  add('inplace-reread', '-i: a later operand sees the edited file', (d) => {
    const f = name();
    return { argv: ['-i', `s/^/${d ? '> ' : '# '}/;w /dev/stdout`, f, f], files: { [f]: plain(2, 4) } };
  });
  add('inplace-suffix-backup', '-iSUFFIX: the backup keeps the original (read back as a second operand)', (d) => {
    const f = name();
    const suf = d ? '.orig' : '.bak';
    return { argv: [`-i${suf}`, 's/[0-9]/N/g;w /dev/stdout', f, f + suf], files: { [f]: logText(2, 4) } };
  });
  add('inplace-long-suffix', '--in-place=SUFFIX', (d) => {
    const f = name();
    const suf = d ? '~' : '.old';
    return { argv: [`--in-place=${suf}`, '-n', `${d ? '$' : '1'}w /dev/stdout`, f, f + suf], files: { [f]: plain(3, 5) } };
  });
  add('inplace-star-prefix', '-i with * in the suffix: prefix backup names', (d) => {
    const f = d ? 'list' : 'words';
    const pre = d ? 'bak_*' : 'old-*';
    return { argv: [`-i${pre}`, 's/$/;/w /dev/stdout', f, pre.replace('*', f)], files: { [f]: plain(2, 3) } };
  });
  add('inplace-star-dir', '-i with dir/* puts backups in an existing folder (the backup, read back, gets its own backup in dir/dir)', (d) => {
    const f = name();
    const dir = d ? 'backup' : 'bak';
    return { argv: [`--in-place=${dir}/*`, 'y/abc/ABC/;w /dev/stdout', f, `${dir}/${f}`], files: { [f]: plain(2, 3), [dir]: { dir: true }, [`${dir}/${dir}`]: { dir: true } } };
  });
  add('inplace-star-missing-dir', '-i with dir/* when the folder does not exist', (d) => {
    const f = name();
    return { argv: [`-i${d ? 'nodir' : 'old'}/*`, 's/a/b/', f], files: { [f]: plain(2, 3) } };
  });
  add('inplace-separate', '-i implies -s: line numbers restart in each file', (d) => {
    const [a, b] = names(2);
    return { argv: ['-n', '-i', `${d ? '$' : '1'}w /dev/stdout`, a, b], files: { [a]: plain(2, 4), [b]: plain(2, 4) } };
  });
  add('inplace-missing-file', '-i with a missing file among others', (d) => {
    const [a, b] = names(2);
    return { argv: ['-i', 's/^/- /w /dev/stdout', a, 'nosuch.txt', b], files: { [a]: plain(1, 3), [b]: plain(1, 3) } };
  });
  add('inplace-directory', '-i on a directory', (d) => ({ argv: ['-i', 's/a/b/', d ? 'src' : 'dir'], files: { [d ? 'src' : 'dir']: { dir: true } } }));
  add('inplace-stdin', '-i with no file operand reads stdin', (d) => ({ argv: ['-i', d ? 's/a/b/w /dev/stdout' : 'p'], stdin: plain(1, 3) }));
  add('inplace-Ei', '-Ei is -E then -i without suffix', (d) => {
    const f = d ? 'notes.txt' : 'data.txt';
    return { argv: ['-Ei', `s/(${d ? 'o' : 'a'})+/[\\1]/;w /dev/stdout`, f], files: { [f]: plain(2, 4) } };
  });
  add('inplace-iE', '-iE means suffix E, not -E (the manual\'s warning)', (d) => {
    const f = d ? 'list' : 'words';
    return { argv: ['-iE', 's/(a)/[&]/;w /dev/stdout', f, `${f}E`], files: { [f]: L(['(a) b', 'a (a)', `${word()} (a)`, 'c']) } };
  });
  add('inplace-follow-symlinks', '--follow-symlinks -i on a regular file', (d) => {
    const f = name();
    return { argv: ['--follow-symlinks', '-i', `${d ? '2' : '$'}s/.*/[&]/w /dev/stdout`, f], files: { [f]: plain(3, 5) } };
  });
  add('inplace-unreadable', '-i on an unreadable file', (d) => ({ argv: ['-i', 's/x/y/', d ? 'locked.txt' : 'private.txt'], files: { [d ? 'locked.txt' : 'private.txt']: { text: plain(1, 2), mode: 0 } } }));

  // ================================================================ the s command
  T('s-basic', 's/RE/REPL/ replaces the first match', (d) => [d ? 's/was/WAS/' : 's/the/THE/'], () => prose());
  T('s-global', 'g flag', (d) => [d ? 's/,/;/g' : 's/ /_/g'], (d) => (d ? csvText() : plain()));
  T('s-nth', 'NUMBER flag: only the Nth match', (d) => [d ? 's/,/|/3' : 's/ /\\n/2'], (d) => (d ? csvText() : plain()));
  T('s-nth-global', 'NUMBER and g: the Nth match and all after it', (d) => [d ? 's/ /_/3g' : 's/a/A/2g'], () => plain());
  T('s-nth-too-big', 'NUMBER beyond the number of matches: no change', (d) => [d ? 's/o/0/9' : 's/e/E/12'], () => plain());
  T('s-print', 'p flag with -n', (d) => ['-n', d ? 's/ERROR/error/p' : 's/\\(WARN\\) /\\1ING /p'], () => logText(8, 14));
  T('s-print-no-n', 'p flag without -n prints twice', (d) => [d ? 's/^$/(blank)/p' : 's/^#.*/&/p'], () => confText());
  T('s-icase-I', 'I flag: case-insensitive', (d) => [d ? 's/THE/the/Ig' : 's/it was/IT WAS/I'], () => prose());
  T('s-icase-i', 'i flag (lower case) is the same as I', (d) => [d ? 's/error/E/ig' : 's/info/I/i'], () => logText());
  T('s-multiline-M', 'M flag: ^ and $ match at embedded newlines', (d) => [d ? 'N;N;s/^/> /Mg' : 'N;s/$/;/Mg'], () => plain(4, 7));
  T('s-multiline-m-dot', 'm flag: . does not match a newline', (d) => [d ? 'N;s/a.*b/X/m' : 'N;s/o.*o/0/mg'], () => plain(4, 6));
  T('s-without-M', 'without M, ^ and $ match only at the ends of the pattern space', (d) => [d ? 'N;N;s/^/> /g' : 'N;s/$/;/g'], () => plain(4, 7));
  T('s-backtick-quote-M', '\\` and \\\' match the buffer ends even with M', (d) => [d ? 'N;s/\\`/{/M;s/\\\'/}/M' : 'N;N;s/^\\|\\`/</Mg'], () => plain(3, 6));
  T('s-w-stdout', 'w /dev/stdout flag', (d) => [d ? 's/ERROR/!!/w /dev/stdout' : 's/INFO/ii/w /dev/stdout'], () => logText());
  T('s-w-stderr', 'w /dev/stderr flag', (d) => [d ? 's/[0-9]\\+ms/<&>/w /dev/stderr' : 's/ERROR.*/&/w /dev/stderr'], () => logText());
  T('s-w-file', 'w FILE flag writes a file, not stdout', (d) => [d ? 's/e/E/gw changed.txt' : 's/a/A/w out.txt'], () => plain());
  T('s-gpw-combined', 'flags g, p and w together', (d) => ['-n', d ? 's/[aeiou]/*/gpw /dev/stdout' : 's/ /  /2gpw /dev/stdout'], () => plain());
  T('s-flags-Ig', 'flags I and g together, and 2I', (d) => [d ? 's/a/_/2I' : 's/the/***/Ig'], () => prose());
  T('s-amp', '& is the whole match', (d) => [d ? 's/[0-9]\\+/(&)/g' : 's/[A-Z][a-z]*/[&]/g'], (d) => (d ? logText() : prose()));
  T('s-escaped-amp', '\\& is a literal ampersand', (d) => [d ? 's/ and / \\& /g' : 's/,/ \\&\\& /'], () => prose());
  T('s-backrefs', '\\1..\\9 back-references in the replacement', (d) => [d ? 's/^\\([^,]*\\),\\([^,]*\\)/\\2,\\1/' : 's/\\([a-z]*\\) \\([a-z]*\\)/\\2 \\1/'], (d) => (d ? csvText() : plain()));
  T('s-backrefs-nine', 'nine groups', (d) => ['s/\\(.\\)\\(.\\)\\(.\\)\\(.\\)\\(.\\)\\(.\\)\\(.\\)\\(.\\)\\(.\\)/\\9\\8\\7\\6\\5\\4\\3\\2\\1/'], () => L(many(3, () => rng.string(rng.int(9, 14), LOWER + DIGITS))));
  T('s-backref-unmatched-group', 'a group that did not participate is empty', (d) => ['-E', d ? 's/(a)|(b)/[\\1|\\2]/g' : 's/(x)?y/<\\1>/g'], () => L(many(3, () => rng.string(rng.int(5, 9), 'abxy'))));
  T('s-newline-escape', '\\n in the replacement inserts a newline', (d) => [d ? 's/, */\\n/g' : 's/ /\\n/3'], (d) => (d ? L(csvRows(3).map((r) => r.join(', '))) : plain()));
  T('s-literal-newline', 'backslash-newline in the replacement', (d) => [d ? 's/;/;\\\n/g' : 's/^/--\\\n/'], () => (rng.chance(0.5) ? L(many(3, () => many(3, word).join(';'))) : plain(2, 4)));
  T('s-tab-escape', '\\t in the replacement', (d) => [d ? 's/,/\\t/g' : 's/^/\\t/'], () => csvText(3));
  T('s-case-U', '\\U uppercases the rest', (d) => [d ? 's/^[^,]*/\\U&/' : 's/\\b[a-z]\\+\\b/\\U&/2'], (d) => (d ? csvText() : plain()));
  T('s-case-L', '\\L lowercases the rest', (d) => [d ? 's/.*/\\L&/' : 's/\\([A-Z]\\+\\) \\(.*\\)/\\1 \\L\\2/'], (d) => (d ? prose() : logText()));
  T('s-case-u-title', '\\u uppercases one character: title case', (d) => [d ? 's/\\b\\(.\\)/\\u\\1/g' : 's/\\w\\+/\\u&/g'], () => plain());
  T('s-case-E', '\\E stops \\U / \\L', (d) => [d ? 's/\\(\\w\\+\\) \\(\\w\\+\\)/\\U\\1\\E \\2/' : 's/=\\(.*\\)/=\\L\\1\\E!/'], (d) => (d ? plain() : confText()));
  T('s-case-mixed', '\\u\\L combination and \\U with \\l', (d) => [d ? 's/\\w\\+/\\L\\u&/g' : 's/\\w\\+/\\U\\l&/g'], () => L(many(4, () => many(3, () => rng.string(rng.int(2, 6), 'abcXYZ')).join(' '))));
  T('s-case-doc-examples', 'the manual\'s \\u examples with g', (d) => [d ? 's/\\(b\\?\\)-/\\u\\1x/g' : 's/\\(b\\?\\)-/x\\u\\1/g'], () => L([rng.pick(['a-b-', 'a-b-c-', '-b-b']), rng.string(6, 'ab-')]));
  T('s-case-utf8', 'case conversion of non-ASCII letters', (d) => [d ? 's/.*/\\U&/' : 's/\\w\\+/\\u&/g'], () => L(many(3, () => `${rng.pick(CITIES).toLowerCase()} ${rng.pick(['élan', 'ñandú', 'øre', 'ärger', 'ıi', 'straße', 'ωμέγα', 'привет'])}`)));
  T('s-delim-pipe', 'another delimiter: s|...|...|', (d) => [d ? 's|/home/\\([a-z0-9]*\\)|~\\1|' : 's|/bin/|/usr/bin/|'], () => passwdText());
  T('s-delim-comma', 'delimiter , with an escaped comma', (d) => [d ? 's,\\,,;,g' : 's,/,\\,,g'], (d) => (d ? csvText(3) : L(many(3, () => `/${word()}/${word()}`))));
  T('s-delim-escaped-special', 's|a\\|b|X|: an escaped delimiter is literal', (d) => [d ? 's|x\\|y|Z|g' : 's|a\\|b|X|g'], () => L(['a|b', 'ab', 'x|y', 'a|b a|b', 'xy']));
  T('s-delim-dot-escaped', 'with . as delimiter, \\. means the character .', (d) => [d ? 's.a\\.b.X.' : 's.\\.com.!.g'], () => L(['a.b', 'axb', 'example.com xcom', 'a.b.com']));
  T('s-escaped-slash', 'escaped / in the regex and replacement', (d) => [d ? 's/\\//\\\\/g' : 's/\\/usr\\/bin/\\/opt/'], () => passwdText());
  T('s-empty-regex', 'an empty regex reuses the last one', (d) => [d ? '/[0-9][0-9]*/s//#/g' : '/the/s//THE/'], (d) => (d ? logText() : prose()));
  T('s-empty-regex-s-then-s', 's//X/ after another s command', (d) => [d ? 's/o/0/;s//(0)/' : 's/a\\+/A/;s//+/g'], () => plain());
  T('s-empty-match-global', 'an empty match with g: between every character', (d) => [d ? 's/x*/-/g' : 's/b*/./g'], () => L(many(3, () => rng.string(rng.int(2, 6), 'abx'))));
  T('s-empty-match-after', 'empty matches next to real ones', (d) => [d ? 's/[0-9]*/<&>/g' : 's/a*/(&)/g'], () => L(many(3, () => rng.string(rng.int(3, 7), 'a9b1'))));
  T('s-caret-global', '^ with g matches once', (d) => [d ? 's/^ */|/g' : 's/^./#/g'], () => L(many(4, () => ' '.repeat(rng.int(0, 3)) + words(1, 3))));
  T('s-backslash-repl', '\\\\ in the replacement is a backslash', (d) => [d ? 's/ /\\\\ /g' : 's/\\./\\\\./g'], (d) => (d ? plain() : L(many(3, ip))));
  T('s-longest-match', 'leftmost-longest matching', (d) => [d ? 's/a*/X/' : 's/[0-9]*$/N/'], () => L(many(3, () => rng.string(rng.int(1, 3), 'b') + rng.string(rng.int(2, 5), 'a') + String(rng.int(1, 999)))));
  T('s-alternation-longest', 'alternation picks the longest match (POSIX)', (d) => [d ? 's/ab\\|abcd\\|abc/X/' : 's/x\\|xy\\|xyz/[&]/g'], () => L(['abcde', 'xyzxyx', 'abab', 'xxyy']));
  T('s-strip-html', 'strip HTML tags', (d) => [d ? 's/<[^>]*>//g;/^$/d' : 's/<[^>]*>//g'], () => htmlText());
  T('s-trim', 'trim leading and trailing blanks', (d) => [d ? 's/^[ \\t]*//;s/[ \\t]*$//' : 's/^[[:blank:]]*\\(.*[^[:blank:]]\\)[[:blank:]]*$/[\\1]/'], () => L(many(5, () => ' \t'.repeat(rng.int(0, 2)) + words(1, 4) + ' '.repeat(rng.int(0, 3)))));
  T('s-special-regex-chars', 'escaped regex specials: \\. \\* \\[ \\]', (d) => [d ? 's/\\[\\([^]]*\\)\\]/(\\1)/g' : 's/\\.\\*/+/g;s/\\$/S/g'], () => L(['[a] b [c]', 'x.*y $5 .*', 'no brackets', '[[nested]]', 'end.$']));
  T('s-utf8-chars', '. matches one UTF-8 character', (d) => [d ? 's/./&./g' : 's/^\\(.\\)\\(.\\)/\\2\\1/'], () => L(many(3, () => rng.pick(['café', 'naïve', '日本語', 'Zürich', 'ñandú', '€100', 'Ωmega', '🎉ok']))));

  // ================================================================ regular expressions
  T('re-bre-plus', 'BRE \\+ (GNU extension)', (d) => ['-n', d ? 's/o\\+/o/gp' : '/l\\+o/p'], () => L(many(7, () => rng.pick(['hello world', 'help', 'yellow fellow', 'halo', 'all over', 'lo and behold', 'slow', 'good food', 'zoo', 'logo']))));
  T('re-bre-question', 'BRE \\?', (d) => [d ? 's/colou\\?r/COLOR/g' : 's/https\\?:/URL:/'], (d) => L(many(4, () => (d ? rng.pick(['color', 'colour', 'colr', 'colouur']) + ' ' + word() : rng.pick(['http://a.b', 'https://c.d', 'ftp://e.f', 'httpss://g'])))));
  T('re-bre-alternation', 'BRE \\|', (d) => ['-n', d ? '/INFO\\|DEBUG/p' : '/^\\(WARN\\|ERROR\\)/p'], (d) => (d ? logText() : L(many(6, () => `${rng.pick(LEVELS)} ${rng.pick(MSGS)}`))));
  T('re-bre-interval', 'BRE \\{n,m\\}', (d) => ['-n', d ? '/^[0-9]\\{3,4\\}$/p' : '/^[a-z]\\{5\\}$/p'], (d) => L(many(8, () => (d ? String(rng.int(1, 10 ** rng.int(1, 5))) : lower(rng.int(3, 7))))));
  T('re-bre-interval-exact', 'BRE \\{n\\} and \\{n,\\}', (d) => [d ? 's/[0-9]\\{2,\\}/#/g' : 's/\\(ab\\)\\{2\\}/X/g'], () => L(many(4, () => rng.string(rng.int(4, 10), 'ab12'))));
  T('re-bre-group-star', 'BRE \\(...\\)*', (d) => [d ? 's/\\(ab\\)*/[&]/' : 's/x\\(yz\\)*/<&>/g'], () => L(many(3, () => rng.string(rng.int(4, 9), 'abxyz'))));
  T('re-bre-star-literal-start', 'a leading * in a BRE is literal', (d) => [d ? 's/*/+/g' : 's/^*/#/'], () => L(['*star', 'a*b*c', '**', 'none']));
  T('re-bre-anchor-literal', '^ and $ in the middle of a BRE are literal', (d) => [d ? 's/a^b/X/' : 's/a$b/Y/'], () => L(['a^b', 'a$b', 'ab', 'xa^bx a$b']));
  T('re-ere-plus-question', 'ERE + and ?', (d) => ['-E', d ? 's/[0-9]+(\\.[0-9]+)?/N/g' : 's/ +/ /g;s/e?s$//'], () => L(many(4, () => `${words(1, 3)}  ${rng.int(1, 999)}.${rng.int(0, 99)}  ${rng.int(1, 99)} ${word()}s`)));
  T('re-ere-alternation-groups', 'ERE alternation with groups', (d) => ['-E', d ? 's/(GET|POST) ([^ ]*)/\\1<\\2>/' : 's/"(GET|PUT|DELETE) /"\\L\\1\\E /'], () => accessLog());
  T('re-ere-interval', 'ERE {n,m}', (d) => ['-E', '-n', d ? '/^[0-9]{1,3}(\\.[0-9]{1,3}){3}$/p' : '/\\b[a-z]{6,}\\b/p'], (d) => L(many(8, () => (d ? (rng.chance(0.6) ? ip() : `${rng.int(1, 999)}.${rng.int(1, 99)}`) : words(2, 4)))));
  T('re-ere-literal-brace', 'ERE: an escaped { is literal', (d) => ['-E', d ? 's/\\{([a-z]+)\\}/<\\1>/g' : 's/\\$\\{([A-Z_]+)\\}/$\\1/g'], () => L(['${HOME}/bin', '{a} and {bc}', 'x${PATH_X}y', 'plain']));
  T('re-ere-backref', 'ERE back-reference: doubled words', (d) => ['-E', '-n', d ? '/\\b(\\w+)\\s+\\1\\b/p' : 's/\\b(\\w+) \\1\\b/\\1/gp'], () => L(['it was the the age', 'no doubles here', 'a a b b c', 'then the end', 'is is it']));
  T('re-bre-backref-match', 'BRE back-reference in the regex', (d) => ['-n', d ? '/\\(.\\)\\1/p' : '/^\\(.*\\)\\1$/p'], () => L(many(8, () => (rng.chance(0.4) ? ((s) => s + s)(lower(rng.int(1, 3))) : lower(rng.int(2, 6))))));
  T('re-class-alpha-digit', '[[:alpha:]] and [[:digit:]]', (d) => [d ? 's/[[:digit:]]/#/g' : 's/[[:alpha:]]\\+/w/g'], () => logText(3, 5));
  T('re-class-upper-lower', '[[:upper:]] and [[:lower:]]', (d) => [d ? 's/[[:upper:]]/_/g' : 's/[[:lower:]][[:lower:]]*/x/g'], () => prose(3, 5));
  T('re-class-space-blank', '[[:space:]] and [[:blank:]]', (d) => [d ? 's/[[:space:]]\\+/ /g' : 's/[[:blank:]]/./g'], () => L(many(4, () => `${word()}\t \t${word()}  ${word()}`)));
  T('re-class-punct', '[[:punct:]]', (d) => [d ? 's/[[:punct:]]//g' : 's/[[:punct:]]\\+/ P /g'], () => prose(3, 5));
  T('re-class-alnum-xdigit', '[[:alnum:]] and [[:xdigit:]]', (d) => [d ? 's/[^[:alnum:]]/-/g' : 's/0x[[:xdigit:]]\\+/HEX/g'], () => L(many(4, () => `0x${rng.string(4, '0123456789abcdefABCDEF')} ${word()}=${rng.int(1, 99)}; 0xZZ`)));
  T('re-class-cntrl-print', '[[:cntrl:]], [[:print:]], [[:graph:]]', (d) => [d ? 's/[[:cntrl:]]/^/g' : 's/[[:graph:]]/g/g;s/[^[:print:]]/?/g'], () => L(many(3, () => `${word()}\x01\t${word()}\x7f ${rng.int(1, 9)}`)));
  T('re-bracket-special', 'brackets: ] first, - last, ^ negation', (d) => [d ? 's/[]a-]/_/g' : 's/[^]x^-]/./g'], () => L(['a]b-c^d', '[x]-^y', ']]--^^']));
  T('re-bracket-range', 'character ranges', (d) => [d ? 's/[a-f0-4]/*/g' : 's/[A-Mn-z]/_/g'], () => plain(2, 4));
  T('re-bracket-equiv-collating', 'equivalence class [[=a=]] and collating symbol [[.-.]]', (d) => [d ? 's/[[.-.]]/:/g' : 's/[[=e=]]/E/g'], () => L(['a-b-c', 'eee-e', 'née-é']));
  T('re-bracket-backslash', 'in brackets, \\n and \\t are special (GNU), other backslashes literal', (d) => [d ? 'N;s/[\\n]/|/' : 's/[\\t]/<TAB>/g;s/[\\\\]/B/g'], () => L([`${word()}\t${word()}\\x`, `${word()}\\\\${word()}`, 'plain', 'n t']));
  T('re-word-escapes', '\\w \\W \\s \\S', (d) => [d ? 's/\\w\\+/w/g' : 's/\\s\\+/_/g;s/\\W/./g'], () => prose(3, 4));
  T('re-S-class', '\\S+ non-blank runs', (d) => [d ? 's/\\S\\+/<&>/2' : 's/\\S\\+$/[last]/'], () => plain());
  T('re-word-boundary', '\\b and \\B', (d) => [d ? 's/\\bthe\\b/THE/g' : 's/\\Bo\\B/0/g'], () => prose(3, 5));
  T('re-word-start-end', '\\< and \\>', (d) => [d ? 's/\\<./[&]/g' : 's/.\\>/&]/g'], () => plain(2, 4));
  T('re-buffer-anchors', '\\` and \\\' anchors', (d) => [d ? 's/\\`./^/' : 's/.\\\'/$/'], () => plain(2, 4));
  T('re-escape-dec-oct-hex', '\\dNNN, \\oNNN and \\xHH', (d) => [d ? 's/\\d065/[A]/g;s/\\x42/[B]/g' : 's/\\o141/a!/g;s/\\x2c/;/g'], () => L(['ABC, abc', 'BAD, cab', 'a,b,c']));
  T('re-escape-cX', '\\cX control characters', (d) => [d ? 's/\\cI/<tab>/g' : 's/x/\\cA/;l'], () => L([`a\tb\tc`, 'x marks', 'tab\there']));
  T('re-escape-special-result', 'a \\x escape producing a special character is literal', (d) => [d ? 's/\\x5e/caret/' : 's/a\\x2a/star/'], () => L(['a^b', 'a*b', 'aaa', '^start']));
  T('re-escapes-in-repl', '\\t \\n \\x41 \\o101 \\d65 in the replacement', (d) => [d ? 's/ /\\x41\\o102\\d067/' : 's/$/\\t|\\x3b/'], () => plain(2, 3));
  T('re-dot-newline', '. matches a newline in the pattern space (not in M mode)', (d) => [d ? 'N;s/a.b/X/' : '$!N;s/.\\n./<>/'], () => L(many(6, () => rng.string(rng.int(1, 3), 'ab'))));
  T('re-icase-address', '/RE/I address', (d) => ['-n', d ? '/error/Ip' : '/\\binfo\\b/I='], () => logText(8, 12));
  T('re-icase-class', 'I flag with ranges and classes', (d) => [d ? 's/[a-c]/#/Ig' : 's/[[:lower:]]\\+/x/I'], () => L(many(3, () => rng.string(8, 'aAbBcCdD '))));
  T('re-leftmost', 'the leftmost match wins over a longer later one', (d) => [d ? 's/a\\|bbbb/X/' : 's/x*y\\|zzzz/Q/'], () => L(['bbbba', 'zzzzy', 'xxy zzzz', 'cbbbb a']));
  T('re-nested-groups', 'nested groups and their numbering', (d) => ['-E', d ? 's/((a)(b))(c)?/[\\1|\\2|\\3|\\4]/' : 's/(x(y(z)))/\\3\\2\\1/g'], () => L(['abc', 'abx', 'xyz xyz', 'zab']));
  T('re-star-after-group-backref', 'backref to a repeated group is the last iteration', (d) => ['-E', d ? 's/([a-z])+/<\\1>/' : 's/(ab|cd)*/[\\1]/'], () => L(['abcd', 'cdab x', 'hello', 'abab']));
  T('re-greedy-groups', 'greedy sub-expressions share the match', (d) => [d ? 's/\\(.*\\)-\\(.*\\)/\\2 \\1/' : 's/\\(a*\\)\\(a*\\)/[\\1][\\2]/'], () => L(['a-b-c', 'aaaa', 'x-y', '-']));
  T('re-ere-empty-alternative', 'ERE: (a|) and an empty group', (d) => ['-E', d ? 's/x(a|)y/[\\1]/g' : 's/()b/<\\1>/'], () => L(['xy xay xby', 'abc', 'b']));
  T('re-ere-anchors-alternation', 'ERE: ^ inside an alternation', (d) => ['-E', d ? 's/^a|b$/#/g' : 's/(^|[^0-9])7/\\1SEVEN/g'], () => L(['aab', 'bab', '77 x7 a7', '7b']));
  T('re-unicode-bracket', 'brackets with non-ASCII characters', (d) => [d ? 's/[äöü]/?/g' : 's/[éèêë]/e/g'], () => L(['Müller Köln', 'straße', 'café crème', 'naïve', 'Noël Zürich']));
  T('re-invalid-utf8-dot', 'invalid UTF-8 bytes are not matched by .', (d) => [d ? 's/.*/[&]/' : 's/./x/g'], () => Buffer.concat([Buffer.from(`${word()} `), Buffer.from([0xff, 0xfe]), Buffer.from(` ${word()}\n${word()}\n`)]), (args, buf) => ({ argv: args, stdin: b64(buf) }));
  T('re-c-locale', 'LC_ALL=C: bytes, not characters', (d) => [d ? 's/./&|/g' : 's/.*/\\U&/'], () => L(['café', 'ñandú', 'Zürich']), (args, text) => ({ argv: args, stdin: text, env: { LC_ALL: 'C' } }));

  // regex errors
  T('re-err-unmatched-paren', 'error: unmatched \\( or (', (d) => (d ? ['-E', 's/(a/b/'] : ['s/\\(a/b/']), () => plain(1, 2));
  T('re-err-unmatched-close', 'error: unmatched \\) or ) in ERE', (d) => (d ? ['-E', 's/a)/b/'] : ['s/a\\)/b/']), () => plain(1, 2));
  T('re-err-bracket', 'error: unterminated bracket expression', (d) => [d ? '/[[:alpha:]/p' : 's/[abc/x/'], () => plain(1, 2));
  T('re-err-class-name', 'error: invalid character class', (d) => [d ? 's/[[:letter:]]/x/' : '/[[:foo:]]/d'], () => plain(1, 2));
  T('re-err-range', 'error: invalid range end', (d) => [d ? 's/[9-0]/x/' : 's/[z-a]/x/'], () => plain(1, 2));
  T('re-err-backref', 'error: invalid back reference in the regex', (d) => [d ? 's/\\(a\\)\\2/x/' : '/a\\1/d'], () => plain(1, 2));
  T('re-err-interval', 'error: bad interval', (d) => [d ? 's/a\\{3,1\\}/x/' : 's/a\\{1/x/'], () => plain(1, 2));
  T('re-err-ere-interval', 'error: ERE interval problems', (d) => ['-E', d ? 's/a{1,2/x/' : 's/a{2,1}/x/'], () => plain(1, 2));
  T('re-err-preceding', 'error: invalid preceding regular expression', (d) => ['-E', d ? 's/+a/x/' : 's/a|*b/x/'], () => plain(1, 2));
  T('re-err-trailing-backslash', 'error: a trailing backslash', (d) => [d ? '/a\\/p' : 's/a\\'], () => plain(1, 2));
  T('re-err-icase-empty', 'error: modifiers with the empty regex', (d) => [d ? 's/a/b/;s//c/I' : '/x/p;//Ip'], () => plain(1, 2));
  T('re-err-no-previous', 'error: no previous regular expression', (d) => [d ? '//d' : 's//x/'], () => plain(1, 2));

  // ================================================================ addresses
  T('addr-number', 'a line number', (d) => [`${d ? 3 : 2}d`], () => plain(4, 7));
  T('addr-last', '$ the last line', (d) => [d ? '$d' : '$s/$/ <-- last/'], () => plain());
  T('addr-last-not', '$! every line but the last', (d) => [d ? '$!s/$/,/' : '$!d'], () => plain());
  T('addr-regex', '/RE/ address', (d) => [d ? '/^#/d' : '/=/!d'], () => confText());
  T('addr-regex-custom-delim', '\\%RE% address', (d) => ['-n', d ? '\\;:/home/[a-q];p' : '\\%/bin/bash$%p'], () => passwdText(8));
  T('addr-regex-custom-delim-escaped', '\\cREc with the delimiter escaped inside', (d) => ['-n', d ? '\\,a\\,b,p' : '\\|x\\|y|p'], () => L(['a,b', 'ab', 'x|y', 'xy', 'a,b x|y']));
  T('addr-regex-I', '/RE/I address', (d) => [d ? '/^warn/Id' : '/api/Is/^/* /'], () => L(many(6, () => `${rng.pick(['warn', 'WARN', 'Warn', 'info'])} ${rng.pick(['API', 'api', 'db'])} ${word()}`)));
  T('addr-regex-M', '/RE/M address on a multi-line pattern space', (d) => [d ? 'N;/^b/Ms/^/>/' : '$!N;/a$/MP;D'], () => L(many(6, () => rng.string(rng.int(1, 3), 'abc'))));
  T('addr-step-odd-even', 'first~step: 1~2 and 0~2', (d) => ['-n', d ? '0~2p' : '1~2p'], () => seq(1, rng.int(8, 13)));
  T('addr-step-other', 'first~step: 2~3 and 10~5', (d) => ['-n', d ? '10~5p' : '2~3p'], () => seq(rng.int(1, 5), rng.int(22, 30)));
  T('addr-step-doc', 'the manual\'s 0~4 and 1~3 examples', (d) => ['-n', d ? '1~3p' : '0~4p'], () => seq(1, 10));
  T('addr-step-zero', 'first~0 is just line first', (d) => ['-n', d ? '5~0p' : '3~0p'], () => seq(1, 8));
  T('addr-step-in-range', 'first~step as the start of a range', (d) => [d ? '2~4,+1d' : '0~3,~2s/$/ */'], () => seq(1, rng.int(10, 14)));
  T('addr-range-numbers', 'N,M range', (d) => [d ? '3,5d' : '2,4s/^/> /'], () => plain(6, 9));
  T('addr-range-regex', '/A/,/B/ range, repeated', (d) => [d ? '/^\\[/,/^$/d' : '-n'].concat(d ? [] : ['/^\\[database\\]/,/^\\[/p']), () => iniText(['database']));
  T('addr-range-number-regex', 'N,/RE/ range', (d) => ['-n', d ? '4,/[0-9]/p' : '2,/^ERROR/p'], (d) => (d ? seq(1, 10) : logText(8, 12)));
  T('addr-range-backwards', 'N,M with M <= N matches one line', (d) => ['-n', d ? '5,2p' : '4,1p'], () => seq(1, 8));
  T('addr-range-regex-not-found', 'a range whose end never matches runs to the end', (d) => [d ? '/b/,/nomatch/d' : '3,/zzz/s/^/+/'], () => L(many(6, () => rng.string(3, 'abc'))));
  T('addr-range-end-same-line', 'the end regex is not checked on the start line', (d) => ['-n', d ? '/x/,/x/p' : '/start/,/start\\|end/p'], (d) => L(d ? ['a', 'x1', 'b', 'x2', 'c', 'x3', 'd'] : ['a', 'start end', 'b', 'end', 'c', 'start', 'd', 'start']));
  T('addr-zero-regex', '0,/RE/ may end on the first line', (d) => [d ? '0,/a/d' : '0,/^x/s/^/# /'], (d) => L(d ? ['a1', 'b', 'a2', 'c'] : ['x1', 'y', 'x2', 'z']));
  T('addr-one-vs-zero-regex', '1,/RE/ vs 0,/RE/ (manual example)', (d) => ['-n', d ? '0,/[0-9]/p' : '1,/[0-9]/p'], () => seq(1, 10));
  T('addr-plus-n', 'ADDR,+N', (d) => [d ? '/ERROR/,+1d' : '-n'].concat(d ? [] : ['/WARN/,+2p']), () => L(rng.shuffle([...many(rng.int(6, 9), logLine), `${date()}T${time()}Z WARN  [api] ${rng.pick(MSGS)}`, `${date()}T${time()}Z ERROR [db] ${rng.pick(MSGS)}`])));
  T('addr-plus-n-doc', 'the manual\'s 6,+2p', (d) => ['-n', d ? '3,+4p' : '6,+2p'], () => seq(1, 10));
  T('addr-tilde-n', 'ADDR,~N up to the next multiple of N', (d) => ['-n', d ? '5,~4p' : '2,~3p'], () => seq(1, 12));
  T('addr-tilde-n-multiple', 'ADDR,~N when ADDR is already a multiple', (d) => ['-n', d ? '6,~3p' : '4,~4p'], () => seq(1, 12));
  T('addr-tilde-regex', '/RE/,~N', (d) => [d ? '/5/,~4s/$/ !/' : '/^2/,~5d'], () => seq(1, rng.int(12, 30)));
  T('addr-negate-range', 'N,M! negated range', (d) => [d ? '2,3!d' : '3,5!s/^/-/'], () => plain(6, 8));
  T('addr-negate-spaces', 'spaces around ! and before the command', (d) => [d ? '1 ! d' : '/a/ !s/^/x/'], () => plain());
  T('addr-negate-regex', '/RE/!', (d) => ['-n', d ? '/^#/!p' : '/[0-9]/!p'], (d) => (d ? confText() : L(many(6, () => (rng.chance(0.5) ? word() : `${word()}${rng.int(1, 9)}`)))));
  T('addr-block', 'an address with a { } block', (d) => [d ? '/^\\[/{s/\\[/<</;s/\\]/>>/}' : '2,3{s/^/[/;s/$/]/}'], (d) => (d ? iniText() : plain(4, 6)));
  T('addr-nested-blocks', 'nested blocks', (d) => ['-n', d ? '/a/{/b/{/c/p}}' : '2,5{/e/{s/e/E/gp};3p}'], () => L(rng.shuffle([...many(7, () => rng.string(4, 'abcde')), 'cbae', 'eeda'])));
  T('addr-block-negated', '!{ ... }', (d) => [d ? '/^#/!{/^$/!s/^/  /}' : '1!{$!s/.*/(&)/}'], (d) => (d ? confText() : plain()));
  T('addr-last-multiple-files', '$ is the last line of the last file', (d) => ['-n', '$p'], () => plain(2, 3), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: plain(2, 3) } };
  });
  T('addr-range-across-files', 'a range spans files without -s', (d) => ['-n', d ? '2,4p' : '/^b/,/^y/p'], () => L(['a', 'b1', 'c']), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: L(['x', 'y1', 'z']) } };
  });
  T('addr-last-empty-trailing-file', '$ when the last file is empty', (d) => [d ? '$s/$/ (last)/' : '$d'], () => plain(2, 3), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: '' } };
  });
  T('addr-big-number', 'a line number beyond the input', (d) => [d ? '123456789d' : '99999,$d'], () => plain(3, 5));
  T('addr-regex-after-change', 'regex addresses see the changed pattern space', (d) => ['-n', d ? 's/2/X/ ; /[0-9]/p' : 's/[13]/Y/;/Y/!p'], () => seq(1, rng.int(3, 6)));
  T('addr-err-zero', 'error: invalid usage of line address 0', (d) => [d ? '0,5d' : '0p'], () => plain(1, 2));
  T('addr-err-plus-first', 'error: +N / ~N as the first address', (d) => [d ? '~2p' : '+3d'], () => plain(1, 2));
  T('addr-err-unterminated', 'error: unterminated address regex', (d) => [d ? '\\%abc' : '/abc'], () => plain(1, 2));
  T('addr-err-comma-no-second', 'error: unexpected , (no second address)', (d) => [d ? '3,d' : '/x/,p'], () => plain(1, 2));
  T('addr-err-one-address-only', 'error: with --posix, = and r take one address', (d) => ['--posix', d ? '2,3r x' : '1,2='], () => plain(1, 2));
  T('addr-err-multiple-bang', 'error: multiple !s', (d) => [d ? '1!!d' : '/a/!!p'], () => plain(1, 2));
  T('addr-err-label-address', 'error: : does not want addresses', (d) => [d ? '/x/:a' : '1:a'], () => plain(1, 2));

  // ================================================================ commands
  // a, i, c
  T('cmd-a-one-liner', 'a TEXT (GNU one-liner)', (d) => [d ? '/ERROR/a ---- see above ----' : '2a inserted after line two'], (d) => (d ? logText() : plain()));
  T('cmd-a-classic', 'a\\ with text on the next line', (d) => [d ? '$a\\\nThe End' : '1a\\\n==========='], () => prose());
  T('cmd-a-multiline', 'a\\ with several lines (backslash-newline)', (d) => [d ? '/^\\[/a\\\n# begin\\\n# section' : '2a\\\nfirst\\\nsecond\\\nthird'], (d) => (d ? iniText() : plain()));
  T('cmd-a-leading-space', 'a TEXT strips leading blanks; a\\ keeps them', (d) => [d ? '1a\\   indented' : '1a    stripped'], () => plain(2, 3));
  T('cmd-a-escapes', 'escapes in a/i/c text', (d) => [d ? '1a col1\\tcol2\\tcol3' : '$a line\\nbreak \\\\ slash'], () => plain(2, 3));
  T('cmd-a-split-e', 'a\\ and its text in two -e arguments', (d) => ['-e', d ? '$a\\' : '1a\\', '-e', d ? words(2, 3) : 'hello'], () => seq(1, 3));
  T('cmd-a-semicolon', 'a TEXT swallows ; and what follows (manual)', (d) => [d ? '1aHello ; 2d' : '$a bye; s/x/y/'], () => seq(1, 2));
  T('cmd-a-then-n', 'appended text is flushed when n reads the next line', (d) => [d ? '1{a after one\nn;s/^/>/}' : 'a [a]\nn'], () => seq(1, rng.int(3, 5)));
  T('cmd-a-then-q', 'q prints the appended text', (d) => [d ? '2{a appended\nq}' : '$!{a x\n};3q'], () => seq(1, 6));
  T('cmd-a-then-d', 'd does not cancel appended text', (d) => [d ? '2a kept\n2d' : 'a +\nd'], () => seq(1, 4));
  T('cmd-a-empty-text', 'a with empty text', (d) => [d ? '1a\\' : '$a\\\n'], () => plain(2, 3));
  T('cmd-i-one-liner', 'i TEXT', (d) => [d ? '1i # header' : '/^\\[/i ;----'], (d) => (d ? plain() : iniText()));
  T('cmd-i-classic-multiline', 'i\\ with several lines (manual example)', (d) => [d ? '2i\\\nhello\\\nworld\ns/./X/' : '1i\\\nid,name\\\n--,----'], (d) => (d ? seq(1, 3) : csvText()));
  T('cmd-i-doc-Id', 'manual: /b/id inserts "d"; /b/Id deletes', (d) => [d ? '/b/Id' : '/b/id'], () => L(['a', 'b', 'c', 'B']));
  T('cmd-i-split-e', 'i\\ and its text in two -e arguments', (d) => ['-e', d ? '3i\\' : '2i\\', '-e', d ? 'inserted' : 'hello'], () => seq(1, 4));
  T('cmd-c-one-liner', 'c TEXT on one line', (d) => [d ? '/ERROR/c [redacted]' : '2c changed'], (d) => (d ? logText() : plain()));
  T('cmd-c-range', 'c on a range prints the text once', (d) => [d ? '2,9c hello' : '/^\\[/,/^$/c [section removed]'], (d) => (d ? seq(1, 10) : iniText()));
  T('cmd-c-range-classic', 'c\\ on a range with two lines (manual example)', (d) => [d ? '2,4c\\\nhello\\\nworld' : '3,$c\\\nrest\\\ncut'], () => seq(1, 5));
  T('cmd-c-negated-range', 'c on a negated range prints for every line', (d) => [d ? '2,3!c X' : '$!c -'], () => seq(1, 5));
  T('cmd-c-in-block', 'c inside { } on a range: for every line', (d) => [d ? '2,3{c X\n}' : '/a/{c [a]\n}'], () => L(many(5, () => rng.string(3, 'abc'))));
  T('cmd-c-new-cycle', 'c starts a new cycle (manual example)', (d) => [d ? '2c\\\nhello\ns/./X/' : '$c\\\nbye\ns/^/> /'], () => seq(1, 3));
  T('cmd-c-split-e', 'c\\ and its text in two -e arguments', (d) => ['-e', d ? '$c\\' : '2c\\', '-e', d ? 'last' : 'hello'], () => seq(1, 3));
  T('cmd-c-last-no-newline', 'c on a last line without newline', (d) => [d ? '$c end' : '1c start'], () => plain(2, 3).replace(/\n$/, ''));
  T('cmd-aic-order', 'i, a, c, r on one line: output order', (d) => [d ? '2{i before\na after\nr extra.txt\nc changed\n}' : '1{a A\ni I\n}'], () => plain(2, 3), (args, text) => ({ argv: args, stdin: text, files: { 'extra.txt': L(['from file']) } }));
  T('cmd-aic-no-text-error', 'error: expected \\ after a, c or i', (d) => [d ? '1c' : 'a'], () => plain(1, 2));
  T('cmd-i-gnu-oneliner-classic-mix', 'one-liner i with backslash continuation', (d) => [d ? '1i first\\\nsecond' : '$a one\\\ntwo\\\nthree'], () => plain(2, 3));
  // d, D, n, N, p, P
  T('cmd-d', 'd deletes', (d) => [d ? '/^$/d' : '/^#/d;/^$/d'], () => confText());
  T('cmd-d-stops-script', 'd ends the cycle: later commands are skipped', (d) => [d ? '/x/d;s/^/+/' : '2d;s/$/!/'], () => L(many(5, () => rng.string(3, 'axb'))));
  T('cmd-D-no-newline', 'D without a newline acts like d', (d) => [d ? '/b/D;s/^/>/' : '2D'], () => L(rng.shuffle([...many(4, () => rng.string(3, 'abc')), 'cca', 'aac'])));
  T('cmd-D-restart', 'D restarts the cycle without reading', (d) => [d ? '$!N;/^\\(.*\\)\\n\\1$/!P;D' : 'N;l;D'], (d) => (d ? L(many(8, () => rng.pick(['a', 'b', 'c']))) : seq(1, 6)));
  T('cmd-D-doc-NlD', 'the manual\'s seq 6 | sed -n \'N;l;D\'', (d) => ['-n', 'N;l;D'], () => seq(1, rng.int(5, 8)));
  T('cmd-n', 'n prints and reads the next line', (d) => [d ? 'n;d' : 'n;n;s/$/ <-/'], () => seq(1, rng.int(6, 10)));
  T('cmd-n-quiet', 'n with -n does not print', (d) => ['-n', d ? 'n;p' : 'p;n'], () => seq(1, rng.int(5, 9)));
  T('cmd-n-last-line', 'n on the last line ends without running the rest', (d) => [d ? '$!d;n;s/^/X/' : 'n;s/^/>/'], () => seq(1, rng.int(3, 5)));
  T('cmd-n-loop-doc', 'manual: \':x ; n ; bx\' and n with =', (d) => [d ? ':x ; n ; = ; bx' : ':x ; n ; bx'], () => L(many(4, () => rng.string(2, 'abcd'))));
  T('cmd-N', 'N joins pairs of lines', (d) => [d ? 'N;s/\\n/ = /' : 'N;N;s/\\n/,/g'], () => plain(6, 9));
  T('cmd-N-last-line-gnu', 'N on the last line prints the pattern space (GNU)', (d) => [d ? 'N;N;s/\\n/+/g' : 'N;s/\\n/-/'], (d) => seq(1, d ? 5 : 7));
  T('cmd-N-quiet-last', 'N on the last line with -n prints nothing more', (d) => ['-n', d ? 'N;N;p' : 'N;p'], () => seq(1, 5));
  T('cmd-N-loop-doc', 'manual: \':x ; N ; s/\\n/***/ ; bx\'', (d) => [d ? ':x ; N ; s/\\n/***/ ; bx' : ':x ; N ; = ; bx'], () => L(['aa', 'bb', 'cc', 'dd']));
  T('cmd-dollar-N-guard', '$!N idiom', (d) => [d ? '$!N;s/\\n/ /' : '$!N;P;D'], () => plain(5, 8));
  T('cmd-p', 'p prints the pattern space', (d) => [d ? 'p' : '2p'], () => plain(2, 4));
  T('cmd-P', 'P prints up to the first newline', (d) => ['-n', d ? 'N;P' : '$!N;P;D'], () => plain(4, 7));
  // hold space
  T('cmd-h-g', 'h copies to hold, g copies back', (d) => [d ? '1h;$g' : '2h;4g'], () => plain(5, 7));
  T('cmd-H-x-join', 'H;$!d;x joins all lines', (d) => [d ? 'H;$!d;x;s/\\n/,/g' : '1h;1!H;$!d;x;s/\\n/ /g'], () => plain(4, 7));
  T('cmd-G-double-space', 'G on an empty hold space double-spaces', (d) => [d ? '$!G' : 'G'], () => plain(3, 5));
  T('cmd-x-first-line', 'x on the first line gives an empty line', (d) => [d ? 'x;$G' : 'x'], () => plain(3, 5));
  T('cmd-x-swap-pairs', 'swap pairs of lines with h, n, G', (d) => [d ? '1~2{h;d};G' : '$!{h;n;p;g}'], () => seq(1, rng.int(6, 9)));
  T('cmd-paragraph-doc', 'manual: paragraphs with /./{H;$!d} ; x ; s///', (d) => [d ? '/./{H;$!d} ; x ; s/\\n/ /g' : '/./{H;$!d} ; x ; s/^/\\nSTART-->/ ; s/$/\\n<--END/'], () => L([...plainLines(3, 1, 3), '', ...plainLines(3, 1, 3), '', ...plainLines(2, 1, 3)]));
  // branching
  T('cmd-b-label', 'b LABEL skips commands', (d) => ['-E', d ? '/1/bx ; s/a/z/ ; :x ; y/123/456/' : '/2/by;s/a/q/;:y;y/abc/ABC/'], () => L(['a1', 'a2', 'a3', 'ba2']));
  T('cmd-b-no-label', 'b without label ends the cycle', (d) => [d ? '/^#/b;s/=/ -> /' : 'b;s/./X/'], (d) => (d ? confText() : plain(2, 3)));
  T('cmd-b-doc-noop', 'manual: sed b and /1/b x ; s/^/=/ ; :x ; 3d', (d) => [d ? '/1/b x ; s/^/=/ ; :x ; 3d' : 'b'], () => seq(1, 3));
  T('cmd-t', 't branches after a successful s', (d) => [d ? 's/x/X/;t;s/$/ (no x)/' : ':a;s/  / /;ta'], (d) => L(many(5, () => (d ? rng.string(4, 'abx') : words(1, 3).replace(/ /g, ' '.repeat(rng.int(2, 5)))))));
  T('cmd-t-reset-by-line', 't flag is reset when a new line is read', (d) => [d ? '1s/a/A/;2tyes;s/$/ -/;b;:yes;s/$/ +/' : 's/q/Q/;n;tL;s/^/no:/;b;:L;s/^/yes:/'], () => L(['a', 'b', 'c', 'qa', 'b']));
  T('cmd-T', 'T branches when there was no substitution', (d) => [d ? 's/ERROR/E/;Tskip;s/^/!! /;:skip' : 's/^#//;T;s/$/ (uncommented)/'], (d) => (d ? logText() : confText()));
  T('cmd-t-loop-commas', 't loop over a line', (d) => [d ? ':a;s/^\\([^,]*\\),/\\1\\t/;ta' : ':x;s/\\([0-9]\\)\\([0-9]\\{3\\}\\)\\($\\|,\\)/\\1,\\2\\3/;tx'], (d) => (d ? csvText(3) : L(many(4, () => String(rng.int(1000, 99999999))))));
  T('cmd-label-semicolon', 'labels end at ; (GNU); spaces trimmed', (d) => [d ? ':  top ; s/aa/a/ ; t top' : ':a;s/bb/b/;ta'], () => L(many(4, () => rng.string(rng.int(4, 9), 'ab'))));
  T('cmd-label-newline-e', 'labels given with separate -e arguments', (d) => ['-e', ':x', '-e', d ? '/=$/{N;s/=\\n//;bx' : '/\\\\$/{N;s/\\\\\\n//;bx', '-e', '}'], (d) => (d ? L(['All the wor=', 'ld\'s a stag=', 'e,', 'And all the=', ' men']) : L(['this \\', 'is \\', 'long', 'next \\', 'one'])));
  T('cmd-branch-undefined', 'error: can\'t find label for jump', (d) => [d ? 'tmissing' : 'b end'], () => plain(1, 2));
  T('cmd-label-empty', 'error: ":" lacks a label', (d) => [d ? 's/a/b/;:' : ': ;p'], () => plain(1, 2));
  T('cmd-label-twice', 'a label defined twice: which one a branch reaches', (d) => [d ? 'bx;:x;s/^/1/;:x;s/^/2/' : 'ba\n:a\ns/$/-A/\n:a\ns/$/-B/'], () => plain(1, 2));
  // q and Q
  T('cmd-q', 'q prints and quits', (d) => [`${d ? 2 : 3}q`], () => plain(5, 8));
  T('cmd-q-exit-code', 'q EXIT-CODE', (d) => [d ? '/ERROR/q 3' : '/^foo/q42'], (d) => (d ? logText(6, 9) : L([...plainLines(2), 'foo bar', ...plainLines(2)])));
  T('cmd-q-no-match-exit-zero', 'q EXIT-CODE that never runs: status 0', (d) => [d ? '/nomatch/q5' : '/zzz/q9'], () => plain());
  T('cmd-Q', 'Q quits without printing', (d) => [d ? '/ERROR/Q' : '3Q'], () => L([`${date()}T${time()}Z INFO  [api] starting`, ...many(rng.int(5, 8), logLine)]));
  T('cmd-Q-exit-code', 'Q EXIT-CODE (manual: Q42)', (d) => [d ? '2Q7' : 'Q42'], () => plain(2, 4));
  T('cmd-q-quiet', 'q with -n prints nothing but p output', (d) => ['-n', d ? '2{p;q}' : '/e/{p;q1}'], () => plain());
  T('cmd-q-big-exit', 'q with an exit code above 255', (d) => [d ? 'q 300' : 'q256'], () => plain(1, 2));
  T('cmd-Q-append-lost', 'Q does not print text queued by a or r', (d) => [d ? '3r extra.txt\n3Q' : '2a app\n2Q'], () => plain(3, 5), (args, text) => ({ argv: args, stdin: text, files: { 'extra.txt': 'extra line\n' } }));
  T('cmd-q-range-error', 'error: q takes one address', (d) => [d ? '1,3Q' : '/a/,/b/q'], () => plain(1, 2));
  T('cmd-q-extra-chars', 'error: extra characters after q', (d) => [d ? 'q5x' : 'Q 1 2'], () => plain(1, 2));
  // =, l
  T('cmd-equals', '= prints the line number', (d) => [d ? '=' : '/e/='], () => plain(3, 6));
  T('cmd-equals-last', '$= counts lines (wc -l)', (d) => ['-n', '$='], () => plain(3, 20));
  T('cmd-equals-range', '= with a range (GNU)', (d) => ['-n', d ? '/b/,/c/=' : '2,4='], () => L(many(6, () => rng.string(3, 'abcd'))));
  T('cmd-l', 'l shows the pattern space unambiguously', (d) => ['-n', 'l'], () => L(many(3, () => `${word()}\t${word()}\\${rng.int(0, 9)}\x1b[0m\x07\x7f`)));
  T('cmd-l-utf8', 'l escapes non-ASCII bytes as octal', (d) => ['-n', 'l'], () => L(many(2, () => `${rng.pick(CITIES)} ${rng.pick(['€', '日本', 'ü', '🎉'])}`)));
  T('cmd-l-wrap', 'l wraps long lines at 70 by default', (d) => ['-n', 'l'], () => L(many(2, () => words(16, 24))));
  T('cmd-l-wrap-escape-boundary', 'l does not split an escape across lines', (d) => ['-n', d ? 'l 8' : 'l 10'], () => L([`ab\tcd\te\x01fgh\\ij\tk`, `${'x'.repeat(rng.int(5, 9))}\x02\x03`]));
  T('cmd-l-with-newlines', 'l shows embedded newlines as \\n', (d) => ['-n', d ? 'N;N;l' : '$!N;l'], () => plain(3, 4));
  T('cmd-l-then-autoprint', 'l without -n then autoprint', (d) => [d ? '2l' : 'l'], () => plain(2, 3));
  T('cmd-l-error', 'error: l with a non-numeric argument', (d) => [d ? 'l 5x' : 'l -3'], () => plain(1, 2));
  // r, R, w, W
  T('cmd-r', 'r FILE appends a file after a line', (d) => [d ? '/^\\[database\\]/r extra.txt' : '2r extra.txt'], (d) => (d ? iniText() : plain()), (args, text) => ({ argv: args, stdin: text, files: { 'extra.txt': L(plainLines(rng.int(1, 3))) } }));
  T('cmd-r-last', '$r appends at the end', (d) => ['$r footer.txt'], () => plain(2, 4), (args, text) => ({ argv: args, stdin: text, files: { 'footer.txt': L([`-- ${person()}`]) } }));
  T('cmd-r-missing', 'r of a missing file is silently ignored', (d) => [d ? '1r nosuch.txt' : 'r missing'], () => plain(2, 3));
  T('cmd-r-zero-address', '0r FILE inserts before the first line (sed 4.9)', (d) => ['0r LIC.TXT'], () => codeText(), (args, text) => {
    const f = rng.pick(['main.c', 'util.c', 'x.h']);
    return { argv: [...args, f], files: { [f]: text, 'LIC.TXT': L(['/*', `    Copyright (C) ${rng.int(1989, 2024)} ${person()}`, '    This program is free software.', '*/']) } };
  });
  T('cmd-r-range', 'r on every line of a range', (d) => [d ? '2,3r sep.txt' : '/a/r sep.txt'], () => L(many(4, () => rng.string(3, 'abc'))), (args, text) => ({ argv: args, stdin: text, files: { 'sep.txt': `${rng.pick(['--', '**', '==', '~~'])}\n` } }));
  T('cmd-r-no-trailing-newline', 'r of a file without a final newline', (d) => [d ? '1r part.txt' : '$r part.txt'], () => plain(2, 3), (args, text) => ({ argv: args, stdin: text, files: { 'part.txt': words(2, 4) } }));
  T('cmd-r-filename-with-spaces', 'r reads the file name to the end of the line', (d) => [d ? '1r my file.txt' : '1rmy file.txt ; 2d'], () => plain(2, 3), (args, text) => ({ argv: args, stdin: text, files: { 'my file.txt': 'content of my file\n', 'my file.txt ; 2d': 'oddly named\n' } }));
  T('cmd-R', 'R FILE appends one line of FILE per cycle', (d) => [d ? 'R other.txt' : '1~2R other.txt'], () => plain(4, 6), (args, text) => ({ argv: args, stdin: text, files: { 'other.txt': L(many(rng.int(2, 3), () => `>> ${word()}`)) } }));
  T('cmd-R-interleave', 'R to interleave two files', (d) => [d ? 'R b.txt' : '$!R b.txt'], () => seq(1, 5), (args, text) => ({ argv: [...args, 'a.txt'], files: { 'a.txt': text, 'b.txt': L(many(rng.int(3, 6), () => lower(3))) } }));
  T('cmd-R-stdin', 'R /dev/stdin reads lines of standard input', (d) => [d ? '2R /dev/stdin' : 'R /dev/stdin'], () => plain(3, 4), (args, text) => {
    const f = name();
    return { argv: [...args, f], files: { [f]: text }, stdin: L(many(2, () => `stdin ${word()}`)) };
  });
  T('cmd-R-missing', 'R of a missing file is silently ignored', (d) => [d ? 'R nope.txt' : '1R missing.txt'], () => plain(2, 3));
  T('cmd-R-separate-rewind', '-s rewinds R files at each input file', (d) => ['-s', 'R r.txt'], () => plain(2, 3), (args, text) => {
    const [a, b] = sample(['x.txt', 'y.txt', 'z.txt'], 2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: plain(2, 3), 'r.txt': L(['R1', 'R2', 'R3', 'R4']) } };
  });
  T('cmd-w-stdout', 'w /dev/stdout', (d) => [d ? '/ERROR/w /dev/stdout' : '2w /dev/stdout'], (d) => (d ? logText() : plain()));
  T('cmd-w-stderr', 'w /dev/stderr', (d) => ['-n', d ? '/WARN/w /dev/stderr' : '$w /dev/stderr'], () => logText());
  T('cmd-w-file-quiet', 'w FILE writes nothing to stdout; = still does', (d) => ['-n', d ? 'w copy.txt\n$=' : '/e/w e.txt\n/e/='], () => plain());
  T('cmd-W', 'W writes the first line of the pattern space', (d) => ['-n', d ? 'N;W /dev/stdout' : '$!N;W /dev/stdout\nD'], () => plain(4, 6));
  T('cmd-w-missing-filename', 'error: missing filename', (d) => [d ? '1w' : 'W '], () => plain(1, 2));
  T('cmd-w-bad-dir', 'w to a file in a missing folder: status 4', (d) => [d ? 'w no/such/dir.txt' : 's/a/b/w nodir/out'], () => plain(1, 2));
  // y
  T('cmd-y', 'y/SRC/DST/ transliterates', (d) => [d ? 'y/abcdefghij/0123456789/' : 'y/aeiou/AEIOU/'], () => plain());
  T('cmd-y-rot13', 'y as rot13', (d) => ['y/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM/'], () => prose(2, 4));
  T('cmd-y-escapes', 'y with \\n, \\\\ and an escaped delimiter', (d) => [d ? 'N;y/\\n/|/' : 'y/\\/\\\\/\\\\\\//'], (d) => (d ? plain(4, 4) : L(['a/b\\c', '/usr/bin', 'C:\\dir'])));
  T('cmd-y-other-delim', 'y with another delimiter', (d) => [d ? 'y,ab,ba,' : 'y|,;|;,|'], () => L(['a,b;c', 'abab', ';;,,']));
  T('cmd-y-utf8', 'y with multibyte characters', (d) => [d ? 'y/äöü/aou/' : 'y/abc/αβγ/'], () => L(['Müller Köln Zürich', 'abcabc', 'über alles']));
  T('cmd-y-err-length', 'error: y strings of different lengths', (d) => [d ? 'y/abc/xy/' : 'y/a/bc/'], () => plain(1, 2));
  T('cmd-y-err-unterminated', 'error: unterminated y', (d) => [d ? 'y/abc/xyz' : 'y/a'], () => plain(1, 2));
  T('cmd-y-err-extra', 'error: extra characters after y', (d) => [d ? 'y/a/b/g' : 'y/ab/cd/x'], () => plain(1, 2));
  // z, F, v, comments, grouping
  T('cmd-z', 'z empties the pattern space', (d) => [d ? '/e/z' : '2z;$z'], () => plain(3, 5));
  T('cmd-z-invalid-utf8', 'z clears even invalid multibyte input; s/.*// does not', (d) => ['-n', d ? 'z;s/^$/cleared/p' : 's/.*//;l;z;l'], () => Buffer.from([0x61, 0xc3, 0x28, 0x62, 0x0a, 0xe2, 0x82, 0x0a]), (args, buf) => ({ argv: args, stdin: b64(buf) }));
  T('cmd-F-file', 'F prints the file name', (d) => [d ? '1F' : 'F'], () => plain(1, 3), onFile);
  T('cmd-F-stdin', 'F prints - for standard input', (d) => [d ? '$F' : '1F'], () => plain(1, 3), onStdin);
  T('cmd-F-files', 'F across files', (d) => ['-n', d ? '$F;1F' : '/e/F'], () => plain(2, 3), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: plain(2, 3) } };
  });
  T('cmd-v', 'v accepts an older version', (d) => [d ? 'v 4.2\ns/a/b/' : 'v;p'], () => plain(2, 3));
  T('cmd-v-newer', 'error: v asks for a newer version', (d) => [d ? 'v 5.0' : 'v 4.10'], () => plain(1, 2));
  T('cmd-comment', 'comments with # and after commands', (d) => [d ? '# drop comments\n/^#/d # here\ns/=/: /' : 's/a/b/ # trailing comment\n# full line\np'], (d) => (d ? confText() : plain(2, 3)));
  T('cmd-comment-semicolon', 'a comment runs to the newline, ; included (manual)', (d) => [d ? '# this is a comment ; 2d' : '# this is a comment\n2d'], () => seq(1, 3));
  T('cmd-semicolon-spaces', 'semicolons, spaces and empty commands', (d) => [d ? ' ; ; 1d ;; $d ; ' : '\n  2 d\n\n  s/^/*/  \n'], () => plain(3, 5));
  T('cmd-braces-semicolon', 'braces with ; (manual: {1d;3d};5d)', (d) => [d ? '{1d;3d};5d' : '{1d;3d}'], () => seq(1, 6));
  T('cmd-newline-separated', 'commands separated by newlines (manual 1d 3d 5d)', (d) => [d ? '2d\n4d\n6d' : '1d\n3d\n5d'], () => seq(1, 6));
  T('cmd-e-separated', '-e 1d -e 3d -e 5d (manual)', (d) => (d ? ['-e', '2d', '-e', '4d'] : ['-e', '1d', '-e', '3d', '-e', '5d']), () => seq(1, 6));
  // command errors
  T('cmd-err-unknown', 'error: unknown command', (d) => [d ? '1k' : 'X'], () => plain(1, 2));
  T('cmd-err-unknown-position', 'error position counts characters of the expression', (d) => [d ? 's/a/b/;p;\n  j' : '1d;2d;3@'], () => plain(1, 2));
  T('cmd-err-second-expression', 'error in the second -e expression', (d) => ['-e', 'p', '-e', d ? '1,2,3p' : 's/x/y/;k'], () => plain(1, 2));
  T('cmd-err-in-file', 'error in a -f script file reports file and line', (d) => ['-f', 'bad.sed'], () => plain(1, 2), (args, text) => ({ argv: args, stdin: text, files: { 'bad.sed': rng.pick(['p\ns/a/b/\nk\n', '# c\n\n1d\ns/x/\n', '/a/{\np\n', 'y/ab/c/\n', 's/a/b/gg\n']) } }));
  T('cmd-err-unmatched-brace', 'error: unmatched {', (d) => [d ? '/x/{p;{d}' : '1{p'], () => plain(1, 2));
  T('cmd-err-unexpected-brace', 'error: unexpected }', (d) => [d ? 'p;}' : '1{p}}'], () => plain(1, 2));
  T('cmd-err-brace-address', 'error: } does not want addresses', (d) => [d ? '1{p;2}' : '{p;$}'], () => plain(1, 2));
  T('cmd-err-missing-command', 'error: missing command', (d) => [d ? '/x/' : '1,3'], () => plain(1, 2));
  T('cmd-err-extra-chars', 'error: extra characters after command', (d) => [d ? 'dp' : 'p x'], () => plain(1, 2));
  T('cmd-err-comment-address', 'error: comments don\'t accept addresses', (d) => [d ? '1#c' : '/x/ # c'], () => plain(1, 2));
  T('cmd-err-empty-script', 'an empty script copies the input', (d) => [d ? '' : ';'], () => plain(2, 4));
  T('cmd-err-only-comment', 'a script that is only a comment', (d) => [d ? '# nothing' : '#'], () => plain(2, 4));

  // s command errors
  T('s-err-unterminated', 'error: unterminated s', (d) => [d ? 's/a/b' : 's/a'], () => plain(1, 2));
  T('s-err-unknown-option', 'error: unknown option to s', (d) => [d ? 's/a/b/x' : 's/a/b/gq'], () => plain(1, 2));
  T('s-err-zero', 'error: number option may not be zero', (d) => [d ? 's/a/b/0g' : 's/a/b/0'], () => plain(1, 2));
  T('s-err-multiple-p', 'error: multiple p options', (d) => [d ? 's/a/b/gpp' : 's/a/b/pp'], () => plain(1, 2));
  T('s-err-multiple-g', 'error: multiple g options', (d) => [d ? 's/a/b/g2g' : 's/a/b/gg'], () => plain(1, 2));
  T('s-err-multiple-number', 'error: multiple number options', (d) => [d ? 's/a/b/2g3' : 's/a/b/1p2'], () => plain(1, 2));
  T('s-err-bad-ref', 'error: invalid reference on the RHS', (d) => [d ? 's/\\(a\\)/\\2/' : 's/a/\\1/'], () => plain(1, 2));
  T('s-err-bad-ref-ere', 'error: ERE reference beyond the groups', (d) => ['-E', d ? 's/(a)(b)/\\3/' : 's/a/\\1/'], () => plain(1, 2));
  T('s-err-newline-delim', 'error: newline as delimiter or unterminated by newline', (d) => [d ? 's/a\n/b/' : 's\na\nb\n'], () => plain(1, 2));
  T('s-err-multibyte-delim', 'error: a multibyte delimiter', (d) => [d ? 'sébéxé' : 'y€a€b€'], () => plain(1, 2));
  T('s-err-w-no-file', 'error: w flag without a file name', (d) => [d ? 's/a/b/w' : 's/a/b/gw '], () => plain(1, 2));
  T('s-err-e-flag-sandbox', 'error: the e flag of s in --sandbox mode', (d) => ['--sandbox', d ? 's/a/b/e' : 's/a/b/Me'], () => plain(1, 2));

  // ================================================================ input edge cases
  T('edge-empty-input', 'empty input with a = and $ command', (d) => [d ? '$a end' : '1i start'], () => '');
  T('edge-no-trailing-newline', 'a last line without newline stays without', (d) => [d ? 's/$/!/' : 's/^/> /'], () => plain(2, 4).replace(/\n$/, ''));
  T('edge-no-newline-append', 'a after a last line without newline', (d) => [d ? '$a tail' : 'a +'], () => plain(2, 3).replace(/\n$/, ''));
  T('edge-no-newline-G', 'G and N on a last line without newline', (d) => [d ? 'G' : '$!N;s/\\n/ /'], () => plain(3, 3).replace(/\n$/, ''));
  T('edge-no-newline-files', 'a file without final newline followed by another file', (d) => [d ? 's/$/|/' : 'p'], () => words(1, 3), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: plain(1, 2) } };
  });
  T('edge-no-newline-separate', '-s: each file keeps its own missing newline', (d) => ['-s', d ? '$s/$/./' : 'p'], () => words(1, 3), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: text, [b]: words(1, 3) } };
  });
  T('edge-no-newline-w-stdout', 'w /dev/stdout of a last line without newline', (d) => [d ? '$w /dev/stdout' : 'w /dev/stdout'], () => plain(1, 2).replace(/\n$/, ''));
  T('edge-no-newline-i', 'i and c with a last line without newline', (d) => [d ? '$i before' : '$c changed'], () => plain(2, 3).replace(/\n$/, ''));
  T('edge-only-newlines', 'input of empty lines', (d) => [d ? '=' : 's/^$/(empty)/'], () => '\n'.repeat(rng.int(2, 5)));
  T('edge-single-newline', 'a single newline', (d) => [d ? 'l' : 's/^/x/'], () => '\n');
  T('edge-crlf', 'CRLF line endings: \\r stays in the pattern space', (d) => ['-n', d ? 'l' : 's/\\r$//;s/$/|/p'], () => L(many(3, () => words(1, 3) + '\r')));
  T('edge-nul-in-line', 'NUL bytes inside lines', (d) => [d ? 's/\\x00/<NUL>/g' : 'l;s/\\o000/0/'], () => L([`${word()}\0${word()}`, `\0${word()}\0`]));
  T('edge-long-line', 'a very long line', (d) => [d ? 's/\\(.\\)\\1/[\\1\\1]/g' : 's/a/A/g;s/.\\{50\\}/&\\n/g'], () => L([rng.string(rng.int(2000, 4000), 'abcde ')]));
  T('edge-many-lines', 'many lines', (d) => ['-n', d ? '$=;/99/p' : '0~500p;$='], () => seq(1, rng.int(2000, 3000)));
  T('edge-unicode-text', 'UTF-8 text with s and y', (d) => [d ? 's/ü/ue/g;s/ö/oe/g;s/ä/ae/g;s/ß/ss/g' : 's/[[:upper:]]/(&)/g'], () => L(['Grüße aus Köln', 'Die Bäume sind groß', 'ÄÖÜ äöü', 'Ærø Ñandú Øre']));
  T('edge-unicode-emoji', 'emoji and wide characters', (d) => [d ? 's/./[&]/3' : 's/.$//'], () => L(['🎉🚀😀', '日本語テキスト', 'a🐍b', '𝄞 clef']));
  T('edge-binary-invalid', 'invalid UTF-8 passes through unchanged', (d) => [d ? 's/a/A/g' : 'y/b/B/'], () => Buffer.from([0x61, 0x80, 0x62, 0xff, 0x61, 0x0a, 0xc3, 0xa9, 0xc3, 0x0a, 0x62, 0x0a]), (args, buf) => ({ argv: args, stdin: b64(buf) }));
  T('edge-dev-stdout-input-name', 'the F name for standard input given as -', (d) => ['-n', 'F;p'], () => plain(1, 2), (args, text) => ({ argv: [...args, '-'], stdin: text }));

  // input file errors
  T('file-missing', 'a missing input file: status 2', (d) => ['p'], () => '', (args, text, d) => ({ argv: [...args, d ? 'nosuch.txt' : 'missing.log'] }));
  T('file-missing-among-others', 'a missing file among others: the rest is processed', (d) => [d ? '=' : 's/^/| /'], () => plain(1, 3), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, `no-${lower(4)}.txt`, b], files: { [a]: text, [b]: plain(1, 3) } };
  });
  T('file-unreadable', 'an unreadable input file', (d) => ['s/a/b/'], () => plain(1, 2), (args, text) => {
    const [a, b] = names(2);
    return { argv: [...args, a, b], files: { [a]: { text, mode: 0 }, [b]: plain(1, 2) } };
  });
  T('file-directory', 'a directory as input: read error, status 4', (d) => ['p'], () => plain(1, 2), (args, text) => {
    const f = name();
    return { argv: [...args, rng.pick(['dir', 'subdir', 'data']), f], files: { dir: { dir: true }, subdir: { dir: true }, data: { dir: true }, [f]: text } };
  });
  T('file-missing-last-dollar', '$ when the last file is missing', (d) => ['-n', '$p'], () => plain(2, 3), (args, text) => {
    const f = name();
    return { argv: [...args, f, 'gone.txt'], files: { [f]: text } };
  });
  T('file-in-subdir', 'input files in a subfolder', (d) => ['-s', '1F'], () => plain(1, 2), (args, text) => {
    const f = `${rng.pick(['docs', 'src', 'etc'])}/${name()}`;
    return { argv: [...args, f], files: { [f]: text } };
  });

  // ================================================================ sample scripts from the manual
  const docScript = (id, note, script, data, extraArgs = []) => add(id, note, (d) => {
    const s = typeof script === 'function' ? script(d) : script;
    const text = data(d);
    const viaFile = rng.chance(0.5);
    const f = name();
    const inp = rng.chance(0.5) ? { argv: [f], files: { [f]: text } } : { argv: [], stdin: text };
    if (viaFile) return { argv: [...extraArgs, '-f', 'script.sed', ...inp.argv], files: { ...(inp.files ?? {}), 'script.sed': s }, ...(inp.stdin !== undefined ? { stdin: inp.stdin } : {}) };
    return { argv: [...extraArgs, s, ...inp.argv], ...(inp.files ? { files: inp.files } : {}), ...(inp.stdin !== undefined ? { stdin: inp.stdin } : {}) };
  });
  docScript('doc-join-specific', 'manual: join lines 2 and 3', (d) => `${d ? 3 : 2}{N;s/\\n//;}`, (d) => L(d ? ['hello', 'world', 'hel', 'lo', 'end'] : ['hello', 'hel', 'lo', 'hello']));
  docScript('doc-join-backslash', 'manual: join backslash-continued lines', ':x /\\\\$/ { N; s/\\\\\\n//g ; bx }', () => L(['this \\', 'is \\', 'a \\', 'long \\', 'line', `and ${word()} \\`, 'line', words(2, 3)]));
  docScript('doc-join-whitespace', 'manual: join lines that start with whitespace (headers)', ':a ; $!N ; s/\\n\\s+/ / ; ta ; P ; D', () => L([
    `Subject: ${words(1, 3)}`, `    ${word()}`, 'Content-Type: multipart/alternative;', `    boundary=${rng.string(20, '0123456789abcdef')}`,
    `Date: Tue, ${rng.int(1, 28)} Jan 2017 19:41:16 +0000 (GMT)`, `From: ${person()} <${lower(5)}@gnu.org>`, `To: ${person()} <${lower(4)}@gnu.org>`,
  ]), ['-E']);
  docScript('doc-qp-join', 'manual: quoted-printable soft line breaks with b', ':x ; /=$/ { N ; s/=\\n//g ; bx }', () => L(['All the wor=', 'ld\'s a stag=', 'e,', 'And all the=', ' men and wo=', 'men merely =', 'players:', `${words(1, 2)}=`, `${word()}.`]));
  docScript('doc-qp-join-t', 'manual: quoted-printable with $!N, t, P, D', ':x ; $!N ; s/=\\n// ; tx ; P ; D', () => L(['They have t=', 'heir exits =', 'and their e=', 'ntrances;', `And one ${word()}=`, ' in his tim=', 'e plays man=', 'y parts.']));
  docScript('doc-center', 'manual: center lines on 80 columns', '1 {\n  x\n  s/^$/          /\n  s/^.*$/&&&&&&&&/\n  x\n}\ny/\t/ /\ns/^ *//\ns/ *$//\nG\ns/^\\(.\\{81\\}\\).*$/\\1/\ns/^\\(.*\\)\\n\\(.*\\)\\2/\\2\\1/\n', () => L(many(rng.int(3, 5), () => words(1, 6))));
  docScript('doc-increment', 'manual: increment a number', '/[^0-9]/ d\n:d\ns/9\\(_*\\)$/_\\1/\ntd\ns/^\\(_*\\)$/1\\1/; tn\ns/8\\(_*\\)$/9\\1/; tn\ns/7\\(_*\\)$/8\\1/; tn\ns/6\\(_*\\)$/7\\1/; tn\ns/5\\(_*\\)$/6\\1/; tn\ns/4\\(_*\\)$/5\\1/; tn\ns/3\\(_*\\)$/4\\1/; tn\ns/2\\(_*\\)$/3\\1/; tn\ns/1\\(_*\\)$/2\\1/; tn\ns/0\\(_*\\)$/1\\1/; tn\n:n\ny/_/0/\n', () => L([String(rng.int(0, 9)), '9', '99', String(rng.int(100, 999)) + '9', 'abc', String(rng.int(1000, 99999)), '1999', '']));
  docScript('doc-lowercase-names', 'manual: the sed part of the rename-to-lower-case script', '\ns/\\/*$//\n/\\//! s/^/.\\//\nh\ns/.*\\///\ny/ABCDEFGHIJKLMNOPQRSTUVWXYZ/abcdefghijklmnopqrstuvwxyz/\nx\nG\n/^.*\\/\\(.*\\)\\n\\1/b\ns/["$`\\\\]/\\\\&/g\ns/^\\(.*\\/\\)\\(.*\\)\\n\\(.*\\)$/mv "\\1\\2" "\\1\\3"/p\n', () => L(['README', 'src/Main.C', 'docs/Guide.TXT/', 'lower.txt', `${rng.pick(['Photos', 'Music'])}/IMG_${rng.int(1000, 9999)}.JPG`, 'My "Doc".PDF', 'a$b/C`D']), ['-n']);
  docScript('doc-bash-env', 'manual: strip shell functions from `set` output', ':x\n/=()/! { p; b; }\n/ () $/! { p; b; }\nh\nn\n/^{/ q\nx; p\nx; bx\n', () => L([`BASH=/bin/bash`, `HOME=/home/${lower(5)}`, `PS1='\\u@\\h:\\w\\$ '`, `FOO='() '`, 'TERM=xterm', `${lower(4)} () `, '{ ', '    echo hi', '}']), ['-n']);
  docScript('doc-reverse-chars', 'manual: reverse the characters of lines', '/../! b\ns/^.*$/\\\n&\\\n/\ntx\n:x\ns/\\(\\n.\\)\\(.*\\)\\(.\\n\\)/\\3\\2\\1/\ntx\ns/\\n//g\n', () => L([...plainLines(3, 1, 4), 'x', '', 'racecar', 'ab']));
  docScript('doc-doubled-words', 'manual: find doubled words on one line', (d) => (d ? '/\\b(\\w+)\\s+\\1\\b/{=;p}' : '/\\b(\\w+)\\s+\\1\\b/p'), () => L(['It was the best of times,', 'it was the worst of times,', `it was the ${rng.pick(['the', 'age'])} age of wisdom,`, `it was ${rng.pick(['the the', 'the'])} age of foolishness,`]), ['-En']);
  docScript('doc-doubled-words-multiline', 'manual: doubled words across lines with N and D', '{N; /\\b(\\w+)\\s+\\1\\b/{=;p} ; D}', () => L(['It was the best of times, it was the', 'worst of times, it was the', 'the age of wisdom,', `it was the age of ${word()},`, `${word()} ${word()}`]), ['-En']);
  docScript('doc-wrap40', 'manual: wrap lines at 40 characters', (d) => `:x\nN\ns/\\n/ /g\n:y\ns/(.{${d ? 30 : 40},${d ? 30 : 40}})/\\1\\n/\n/\\n/ {\n    P\n   s/.*\\n//\n   by\n }\nbx\n`, () => L(['It was the best of times, it was', 'the worst of times, it', 'was the age of', 'wisdom,', 'it', 'was', 'the age', `of ${word()},`]), ['-E']);
  docScript('doc-insert-header-lines', 'manual: 1i with \\n in the text', (d) => (d ? '1i#!/bin/sh\\n# generated' : '1i/*\\n * Copyright (C) FOO BAR\\n * Created by Jane Doe\\n */'), () => codeText());
  docScript('doc-tac', 'manual: tac', '1! G\n$ p\nh\n', () => plain(3, 7), ['-n']);
  docScript('doc-cat-n', 'manual: cat -n', 'x\n/^$/ s/^.*$/1/\nG\nh\ns/^/      /\ns/^ *\\(......\\)\\n/\\1  /p\ng\ns/\\n.*$//\n/^9*$/ s/^/0/\ns/.9*$/x&/\nh\ns/^.*x//\ny/0123456789/1234567890/\nx\ns/x.*$//\nG\ns/\\n//\nh\n', () => plain(8, 14), ['-n']);
  docScript('doc-cat-n-shell', 'manual: cat -n with = and a second pass (second sed part)', 's/^/      /\nN\ns/^ *\\(......\\)\\n/\\1  /\n', () => L(many(rng.int(3, 6), (i) => [String(i + 1), words(1, 4)]).flat()));
  docScript('doc-cat-b', 'manual: cat -b', '/^$/ {\n  p\n  b\n}\nx\n/^$/ s/^.*$/1/\nG\nh\ns/^/      /\ns/^ *\\(......\\)\\n/\\1  /p\nx\ns/\\n.*$//\n/^9*$/ s/^/0/\ns/.9*$/x&/\nh\ns/^.*x//\ny/0123456789/1234567890/\nx\ns/x.*$//\nG\ns/\\n//\nh\n', () => L([...plainLines(3), '', ...plainLines(2), '', '', ...plainLines(6)]), ['-n']);
  docScript('doc-wc-c', 'manual: wc -c', 's/./a/g\nH\nx\ns/\\n/a/\nt a\n: a;  s/aaaaaaaaaa/b/g; t b; b done\n: b;  s/bbbbbbbbbb/c/g; t c; b done\n: c;  s/cccccccccc/d/g; t d; b done\n: d;  s/dddddddddd/e/g; t e; b done\n: e;  s/eeeeeeeeee/f/g; t f; b done\n: f;  s/ffffffffff/g/g; t g; b done\n: g;  s/gggggggggg/h/g; t h; b done\n: h;  s/hhhhhhhhhh//g\n: done\n$! {\n  h\n  b\n}\n: loop\n/a/! s/[b-h]*/&0/\ns/aaaaaaaaa/9/\ns/aaaaaaaa/8/\ns/aaaaaaa/7/\ns/aaaaaa/6/\ns/aaaaa/5/\ns/aaaa/4/\ns/aaa/3/\ns/aa/2/\ns/a/1/\n: next\ny/bcdefgh/abcdefg/\n/[a-h]/ b loop\np\n', () => plain(3, 8), ['-n']);
  docScript('doc-wc-w', 'manual: wc -w', 's/[ \t][ \t]*/ /g\ns/^/ /\ns/ [^ ][^ ]*/a /g\ns/ //g\nH\nx\ns/\\n//\n/aaaaaaaaaa/! bx;   s/aaaaaaaaaa/b/g\n/bbbbbbbbbb/! bx;   s/bbbbbbbbbb/c/g\n/cccccccccc/! bx;   s/cccccccccc/d/g\n/dddddddddd/! bx;   s/dddddddddd/e/g\n/eeeeeeeeee/! bx;   s/eeeeeeeeee/f/g\n/ffffffffff/! bx;   s/ffffffffff/g/g\n/gggggggggg/! bx;   s/gggggggggg/h/g\ns/hhhhhhhhhh//g\n:x\n$! { h; b; }\n:y\n/a/! s/[b-h]*/&0/\ns/aaaaaaaaa/9/\ns/aaaaaaaa/8/\ns/aaaaaaa/7/\ns/aaaaaa/6/\ns/aaaaa/5/\ns/aaaa/4/\ns/aaa/3/\ns/aa/2/\ns/a/1/\ny/bcdefgh/abcdefg/\n/[a-h]/ by\np\n', () => prose(3, 8), ['-n']);
  docScript('doc-wc-l', 'manual: wc -l', '$=\n', () => plain(1, 30), ['-n']);
  docScript('doc-head', 'manual: head', (d) => `${d ? 5 : 10}q\n`, () => seq(rng.int(1, 50), rng.int(60, 80)));
  docScript('doc-tail-hold', 'manual: tail with the hold space', '1! {; H; g; }\n1,10 !s/[^\\n]*\\n//\n$p\nh\n', () => seq(rng.int(1, 9), rng.int(15, 30)), ['-n']);
  docScript('doc-tail-window', 'manual: tail with a sliding window', '1h\n2,10 {; H; g; }\n$q\n1,9d\nN\nD\n', () => seq(rng.int(1, 9), rng.int(16, 30)));
  docScript('doc-uniq', 'manual: uniq', 'h\n\n:b\n$b\nN\n/^\\(.*\\)\\n\\1$/ {\n    g\n    bb\n}\n$b\nP\nD\n', () => L(many(rng.int(8, 14), () => rng.pick(['apple', 'banana', 'cherry'])).sort()));
  docScript('doc-uniq-d', 'manual: uniq -d', '$b\nN\n/^\\(.*\\)\\n\\1$/ {\n    s/.*\\n//\n    p\n    :b\n    $b\n    N\n    /^\\(.*\\)\\n\\1$/ {\n        s/.*\\n//\n        bb\n    }\n}\n$b\nD\n', () => L(many(rng.int(8, 14), () => rng.pick(['red', 'green', 'blue', 'gray'])).sort()), ['-n']);
  docScript('doc-uniq-u', 'manual: uniq -u', '$b\nN\n/^\\(.*\\)\\n\\1$/ ! {\n    P\n    D\n}\n:c\n$d\ns/.*\\n//\nN\n/^\\(.*\\)\\n\\1$/ {\n    bc\n}\nD\n', () => L([...many(rng.int(8, 12), () => rng.pick(['one', 'two', 'three', 'four', 'five'])), rng.pick(['six', 'seven']), rng.pick(['eight', 'nine'])].sort()));
  const blanky = () => L(['', '', ...plainLines(2), '', '', '', ...plainLines(1), '', ...plainLines(2), '', '']);
  docScript('doc-cat-s-1', 'manual: cat -s, first script', ':x\n/^\\n*$/ {\nN\nbx\n}\ns/\\n*/\\\n/\n', blanky);
  docScript('doc-cat-s-2', 'manual: cat -s, second script', '1,/^./{\n/./!d\n}\n:x\n/./!{\nN\ns/^\\n$//\ntx\n}\n', blanky);
  docScript('doc-cat-s-3', 'manual: cat -s, third script', '/./!d\n:x\np\nn\n/./bx\n:z\nn\n/./!bz\ni\\\n\nbx\n', blanky, ['-n']);

  // ================================================================ realistic processing
  T('real-conf-strip-comments', 'config: drop comments and blank lines', (d) => [d ? '/^[[:space:]]*\\(#\\|$\\)/d' : '-e', ...(d ? [] : ['s/#.*//', '-e', '/^[[:space:]]*$/d'])], () => confText());
  T('real-conf-get-value', 'config: print the value of one key', (d) => ['-n', d ? 's/^port *= *//p' : 's/^\\(host\\|user\\) *= *\\(.*\\)/\\1 is \\2/p'], () => L(['# c', 'host = db.local', `port=${rng.int(1000, 9999)}`, `user = ${lower(5)}`, '#port=1', 'hostname = x']));
  T('real-conf-set-value', 'config: change a value in place', (d) => [d ? 's/^\\(timeout *= *\\).*/\\130s/' : 's/^#\\?\\(log_level\\) *=.*/\\1 = debug/'], () => L(['# settings', '#log_level = info', `timeout = ${rng.int(1, 99)}s`, 'log_level_max = 3', `retries=${rng.int(1, 9)}`]));
  T('real-ini-section', 'INI: print one section', (d) => ['-n', d ? '/^\\[cache\\]/,/^\\[/{/^\\[/!p}' : '/^\\[server\\]/,/^$/p'], () => L(['[server]', `host=${ip()}`, `port=${rng.int(80, 9000)}`, '', '[cache]', `size=${rng.int(1, 999)}M`, 'ttl=60', '', '[auth]', 'mode=token']));
  T('real-ini-prefix-keys', 'INI: prefix keys with their section', (d) => ['-n', d ? '/^\\[\\(.*\\)\\]$/{s//\\1/;h;d};/=/{G;s/\\(.*\\)\\n\\(.*\\)/\\2.\\1/p}' : '/^\\[/{s/^\\[\\(.*\\)\\]$/\\1/;h;d};/=/{H;x;s/\\n/./p;s/\\..*//;x}'], () => iniText());
  T('real-log-filter-level', 'logs: ERROR and WARN lines only', (d) => ['-n', d ? '/ \\(ERROR\\|WARN\\) /p' : '/ERROR/{s/^[^ ]* //;p}'], () => logText(10, 15));
  T('real-log-extract-ms', 'logs: pull out the durations', (d) => ['-n', d ? 's/.*(\\([0-9]*\\)ms)$/\\1/p' : 's/^\\([^T]*\\)T.*\\[\\([a-z]*\\)\\].*/\\1 \\2/p'], () => logText());
  T('real-log-time-range', 'logs: lines between two markers', (d) => ['-n', d ? '/begin/,/end/{//!p}' : '/begin/,/end/p'], () => L([...many(2, logLine), '--- begin ---', ...many(rng.int(2, 4), logLine), '--- end ---', ...many(2, logLine)]));
  T('real-access-log-fields', 'access log: method, path and status', (d) => ['-E', '-n', d ? 's/^([0-9.]+) .*"[A-Z]+ ([^ ]+) [^"]*" ([0-9]{3}) .*/\\3 \\1 \\2/p' : 's/.*"(GET|POST|PUT|DELETE) ([^ ?]*)[^"]*" ([45][0-9][0-9]) .*/\\3 \\1 \\2/p'], () => accessLog(6, 10));
  T('real-access-log-anonymize', 'access log: mask the last octet of IPs', (d) => ['-E', d ? 's/^([0-9]+\\.[0-9]+\\.)[0-9]+\\.[0-9]+/\\1x.x/' : 's/^(([0-9]+\\.){3})[0-9]+/\\10/'], () => accessLog());
  T('real-csv-swap-columns', 'CSV: swap two columns', (d) => [d ? 's/^\\([^,]*\\),\\([^,]*\\),\\([^,]*\\)/\\1,\\3,\\2/' : 's/^\\([^,]*\\),\\([^,]*\\)/\\2,\\1/'], () => csvText());
  T('real-csv-to-tsv', 'CSV to TSV and header removal', (d) => [d ? '1d;y/,/\\t/' : '1d;s/,/\\t/g'], () => csvText());
  T('real-csv-filter-amount', 'CSV: rows whose amount has 4+ integer digits', (d) => ['-n', d ? '1p;/,[0-9]\\{4,\\}\\.[0-9]*$/p' : '/,[0-9]\\{1,2\\}\\.[0-9][0-9]$/p'], () => csvText(10));
  T('real-csv-to-json', 'CSV: rows to JSON objects', (d) => ['-E', '1d;s/^([^,]*),([^,]*),([^,]*),([^,]*)$/{"id": \\1, "name": "\\2", "city": "\\3", "amount": \\4}/'], () => csvText(4));
  T('real-passwd-users', 'passwd: names with a login shell', (d) => ['-n', d ? '/nologin$\\|false$/!s/:.*//p' : 's/^\\([^:]*\\):[^:]*:\\([0-9]*\\):.*/\\2 \\1/p'], () => passwdText(8));
  T('real-passwd-home', 'passwd: change home folders', (d) => [d ? 's#:/home/#:/srv/home/#' : 's|^\\([^:]*\\)\\(:.*:\\)/home/[^:]*:|\\1\\2/users/\\1:|'], () => passwdText());
  T('real-code-strip-comments', 'C code: remove // comments and trailing blanks', (d) => [d ? 's|[[:space:]]*//.*||;s/[[:space:]]*$//' : 's|/\\*.*\\*/||;/^$/d'], () => codeText());
  T('real-code-rename', 'C code: rename an identifier at word boundaries', (d) => [d ? 's/\\bresult\\b/res/g' : 's/\\<return\\>/RETURN/g;s/\\<int\\>/long/g'], () => codeText());
  T('real-code-indent', 'C code: re-indent 4 spaces to a tab', (d) => [d ? ':a;s/^\\(\\t*\\)    /\\1\\t/;ta' : 's/^    /\\t/'], () => codeText());
  T('real-code-define', 'C code: list #define constants', (d) => ['-n', d ? 's/^#define \\([A-Z_]*\\) \\(.*\\)/\\1=\\2/p' : '/^#/p'], () => codeText());
  T('real-html-links', 'HTML: extract link targets', (d) => ['-n', d ? 's/.*href="\\([^"]*\\)".*/\\1/p' : 's/.*<title>\\(.*\\)<\\/title>.*/\\1/p'], () => htmlText());
  T('real-html-escape', 'HTML: escape special characters', (d) => [d ? 's/&/\\&amp;/g;s/</\\&lt;/g;s/>/\\&gt;/g' : 's/"/\\&quot;/g;s/</\\&lt;/g'], () => L(['a < b && c > d', `<p class="x">${word()}</p>`, 'AT&T "quoted"']));
  T('real-markdown-to-html', 'Markdown: headings and emphasis to HTML', (d) => ['-E', d ? 's/^## (.*)/<h2>\\1<\\/h2>/;s/^# (.*)/<h1>\\1<\\/h1>/;s/\\*\\*([^*]+)\\*\\*/<b>\\1<\\/b>/g' : 's/^- (.*)/<li>\\1<\\/li>/;s/`([^`]+)`/<code>\\1<\\/code>/g;s/\\[([^]]+)\\]\\(([^)]+)\\)/<a href="\\2">\\1<\\/a>/g'], () => mdText());
  T('real-prose-sentence-per-line', 'prose: one sentence per line', (d) => [d ? 's/\\([.;]\\) \\+/\\1\\n/g' : 's/, /,\\n/g'], () => L([proseLines(3).join(' ')]));
  T('real-prose-count-the', 'prose: number the lines that contain "the"', (d) => ['-n', d ? '/\\<the\\>/{=;p}' : '/\\<it\\>/I{=;p}'], () => prose(5, 9));
  T('real-path-dirname', 'paths: dirname and basename', (d) => [d ? 's,/[^/]*$,,;s,^$,/,' : 's,.*/,,'], () => L(many(5, () => `/${many(rng.int(1, 3), () => word()).join('/')}/${lower(4)}.${rng.pick(['txt', 'c', 'log'])}`)));
  T('real-path-extension', 'paths: change file extensions', (d) => [d ? 's/\\.[^./]*$/.bak/' : 's/\\.txt$/.md/;s/\\.c$/.o/'], () => L(many(5, () => `${word()}/${lower(5)}.${rng.pick(['txt', 'c', 'h', 'tar.gz'])}`)));
  T('real-dates-reformat', 'dates: YYYY-MM-DD to DD/MM/YYYY', (d) => ['-E', d ? 's#([0-9]{4})-([0-9]{2})-([0-9]{2})#\\3/\\2/\\1#g' : 's/([0-9]{4})-([0-9]{2})-([0-9]{2})/\\2.\\3.\\1/'], () => L(many(4, () => `${date()} ${word()} ${date()}`)));
  T('real-numbers-sum-line', 'numbers: join with + (for bc)', (d) => [d ? ':a;N;$!ba;s/\\n/+/g' : 'H;$!d;x;s/^\\n//;s/\\n/ + /g'], () => L(many(rng.int(3, 7), () => String(rng.int(1, 999)))));
  T('real-hex-dump-like', 'l on binary-ish data', (d) => ['-n', '-l', '0', 'l'], () => Buffer.from(many(rng.int(30, 60), () => rng.int(0, 255))), (args, buf) => ({ argv: args, stdin: b64(buf) }));
  T('real-env-vars-expand', 'templating: replace ${VAR} placeholders', (d) => [d ? 's/\\${NAME}/Ada/g;s/\\${CITY}/Lyon/g' : 's/\\$NAME\\b/Rosa/g;s/\\${[A-Z]*}/?/g'], () => L([`Hello \${NAME} from \${CITY}!`, `$NAME and \${UNKNOWN} and $NAMES`, 'no placeholders']));
  T('real-last-n-lines', 'print the last 3 lines', (d) => [d ? '$!{N;N};$!D' : '-e', ...(d ? [] : [':a', '-e', '$q;N;4,$D;ba'])], () => seq(rng.int(1, 5), rng.int(10, 14)));
  T('real-delete-trailing-blank-lines', 'delete trailing blank lines', (d) => [d ? ':a;/^\\n*$/{$d;N;ba;}' : '-e', ...(d ? [] : [':a', '-e', '/^\\n*$/{$d;N;ba', '-e', '}'])], () => L([...plainLines(3), '', '', ...plainLines(1), '', '', '']));
  T('real-print-paragraph-lines', 'print line 2 of each paragraph', (d) => ['-n', d ? '/^$/{n;n;p}' : '1{n;p};/^$/{n;n;p}'], () => L([...plainLines(3), '', ...plainLines(3), '', ...plainLines(3)]));
  T('real-json-ish-values', 'pull values out of "key": "value" lines', (d) => ['-n', d ? 's/^ *"\\([a-z_]*\\)": *"\\([^"]*\\)",\\?$/\\1=\\2/p' : 's/.*"name": *"\\([^"]*\\)".*/\\1/p'], () => L(['{', `  "name": "${person()}",`, `  "city": "${rng.pick(CITIES)}",`, `  "age": ${rng.int(18, 90)},`, `  "email": "${lower(5)}@example.org"`, '}']));
  T('real-sql-quote', 'double single quotes for SQL', (d) => [d ? "s/'/''/g;s/.*/'&'/" : "s/'/\\\\'/g"], () => L(["O'Brien", "it's a 'test'", 'plain', "''"]));
  T('real-url-parts', 'URLs: split scheme, host and path', (d) => ['-E', '-n', d ? 's#^([a-z]+)://([^/:]+)(:[0-9]+)?(/.*)?$#\\1 \\2 \\4#p' : 's#^https?://([^/]+).*#\\1#p'], () => L(many(5, () => `${rng.pick(['http', 'https', 'ftp'])}://${lower(5)}.${rng.pick(['org', 'com', 'net'])}${rng.chance(0.4) ? ':' + rng.int(80, 9000) : ''}${rng.chance(0.7) ? rng.pick(PATHS) : ''}`)));
  T('real-lf-to-crlf', 'convert LF to CRLF', (d) => [d ? 's/$/\\r/' : 's/$/\\x0d/'], () => plain(2, 4));
  T('real-right-align', 'right-align lines to 20 columns with a loop', (d) => [`:a;s/^.\\{1,${d ? 24 : 19}\\}$/ &/;ta`], () => L(many(4, () => words(1, 3))));
  T('real-hold-header', 'repeat a header before every group', (d) => [d ? '/^\\[/{h;d};G;s/\\(.*\\)\\n\\(.*\\)/\\2 \\1/' : '/^\\[/{h;d};/=/!d;x;p;x'], () => iniText());
  T('real-collect-between', 'collect lines between BEGIN and END into one line', (d) => ['-n', '/BEGIN/,/END/{/BEGIN/{h;d};H;/END/{x;s/\\n/ /g;p}}'], () => L([words(1, 2), 'BEGIN', ...plainLines(rng.int(2, 4), 1, 2), 'END', words(1, 2), 'BEGIN', words(1, 2), 'END']));

  return cases;

}
