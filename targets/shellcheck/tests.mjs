// Test cases for shellcheck 0.9.0 (Debian 12 package shellcheck 0.9.0-1): a deterministic generator.
// All variation comes from the seeded rng; a visible case with a hidden dual keeps the idea and
// draws other names, values, file names and surrounding code.
// Expected outputs are never written here: `mirrorcode prepare shellcheck` runs the real program.
//
// Families:
//   sc-*        one buggy fragment per diagnostic (CATALOGUE at the end of this file), embedded in a
//               small script with a shebang; tty output
//   mix-*       a catalogue fragment mixed with other fragments, in another output format
//   fmt-*, diff-*, shell-*, exclude-*, include-*, severity-*, optional-*, wiki-*, color-*,
//   source-*, rc-*, opts-env-*, directive-*, shebang-*, multi-*, err-*, enc-*, real-*
//               command-line options, directives, rc files, shell detection, errors, encodings
//               and longer realistic scripts.
// Nothing depends on the working directory's path: scripts are named by relative paths, rc files
// are always well-formed (a malformed rc file's diagnostic names its absolute path) and -W is
// never given an empty value (that crashes the program).

const SCRIPT_NAMES = ['deploy.sh', 'backup.sh', 'build.sh', 'install.sh', 'run.sh', 'setup.sh', 'release.sh', 'cleanup.sh',
  'start.sh', 'update.sh', 'sync.sh', 'check.sh', 'migrate.sh', 'bootstrap.sh', 'entrypoint.sh', 'ci.sh', 'provision.sh',
  'rotate-logs.sh', 'healthcheck.sh', 'package.sh', 'script.sh', 'main.sh', 'test.sh', 'job.sh'];
const SUBDIRS = ['bin', 'scripts', 'tools', 'ci', 'hack', 'util'];
const VARS = ['file', 'dir', 'name', 'count', 'line_no', 'user', 'host', 'port', 'target', 'src', 'dest', 'msg', 'tmp', 'out',
  'logfile', 'pkg', 'ver', 'item', 'entry', 'url', 'cfg', 'mode', 'key', 'val', 'retries', 'archive', 'input', 'result',
  'status', 'prefix', 'suffix', 'branch', 'tag', 'label', 'total', 'size', 'owner', 'group', 'stamp', 'files', 'opts',
  'flags', 'env_name', 'region', 'bucket', 'image', 'release', 'build_id', 'workdir', 'outfile'];
const UPPER = ['LOG_DIR', 'BUILD_DIR', 'APP_HOME', 'OUT_DIR', 'CONFIG_FILE', 'DEST_DIR', 'DATA_DIR', 'CACHE_DIR', 'BASE_URL',
  'API_KEY', 'DB_HOST', 'DB_PORT', 'RELEASE_TAG', 'TMP_DIR', 'WORK_DIR', 'SRC_DIR', 'JAVA_HOME', 'NODE_ENV', 'MAX_RETRY',
  'BACKUP_DIR'];
const FILES = ['config.ini', 'data.csv', 'notes.txt', 'app.log', 'list.txt', 'hosts', 'input.dat', 'report.md', 'users.txt',
  'packages.lst', 'output.json', 'errors.log', 'servers.conf', 'index.html', 'manifest.yml', 'urls.txt', 'access.log'];
const DIRS = ['/var/log/app', '/opt/build', '/srv/data', '/etc/myapp', '/tmp/work', '/usr/local/share/tool', '/var/backups',
  '/opt/releases', '/srv/www', '/var/cache/pkg', '/home/deploy/releases', '/mnt/storage'];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'apple', 'river', 'stone', 'cloud', 'tiger', 'maple', 'ocean', 'ember',
  'frost', 'lemon', 'pixel', 'quartz', 'raven', 'solar', 'tulip', 'violet', 'willow', 'zebra', 'amber', 'birch', 'cedar',
  'falcon', 'garnet', 'harbor', 'jasper', 'kernel', 'lotus', 'meadow', 'nectar', 'orbit', 'error', 'warning', 'release',
  'staging', 'prod', 'debug', 'backup', 'nightly'];
const CMDS = ['rsync', 'curl', 'tar', 'git', 'make', 'scp', 'gzip', 'docker', 'java', 'python3', 'npm', 'kubectl', 'terraform',
  'ansible', 'psql', 'mysqldump', 'aws', 'helm', 'cargo', 'go'];
const FUNCS = ['cleanup', 'deploy', 'build_all', 'log_msg', 'die', 'usage', 'backup_db', 'fetch', 'install_deps',
  'run_tests', 'check_env', 'rotate', 'notify', 'sync_files', 'main_loop', 'parse_args', 'setup_dirs', 'wait_for',
  'package_app', 'restart_service'];
const HOSTS = ['example.com', 'db01.internal', 'build.example.org', 'web-2.lan', '10.0.0.12', 'backup.example.net', 'ci.local'];
const SENT = ['Deploy the application to the target host', 'Nightly backup of the database', 'Build release artifacts',
  'Install dependencies for development', 'Rotate and compress old log files', 'Synchronise the mirror',
  'Health check for the web service', 'Bootstrap a fresh machine', 'Clean temporary build output',
  'Package the project for distribution', 'Run the test suite in CI', 'Migrate the database schema'];

const FORMATS = ['tty', 'gcc', 'checkstyle', 'json', 'json1', 'diff', 'quiet'];
const OPTIONAL = ['add-default-case', 'avoid-nullary-conditions', 'check-extra-masked-returns', 'check-set-e-suppressed',
  'check-unassigned-uppercase', 'deprecate-which', 'quote-safe-variables', 'require-double-brackets',
  'require-variable-braces'];

/** @param {import('../../../main/src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);

  // ------------------------------------------------------------------ names and values
  /** A fresh name generator: names never repeat within one test. */
  function newG() {
    const used = new Set();
    const fresh = (list) => {
      for (let t = 0; t < 200; t++) {
        const x = pick(list);
        if (!used.has(x)) { used.add(x); return x; }
      }
      const x = `${pick(list)}_${used.size}`;
      used.add(x);
      return x;
    };
    return {
      v: () => fresh(VARS),
      V: () => fresh(UPPER),
      f: () => pick(FILES),
      d: () => pick(DIRS),
      n: (a, b) => int(a, b),
      w: () => pick(WORDS),
      c: () => pick(CMDS),
      fn: () => fresh(FUNCS),
      host: () => pick(HOSTS),
      pick,
    };
  }

  const SHEBANGS = {
    bash: ['#!/bin/bash', '#!/usr/bin/env bash', '#!/usr/bin/bash', '#!/bin/bash'],
    sh: ['#!/bin/sh', '#!/usr/bin/env sh', '#!/bin/sh'],
    dash: ['#!/bin/dash', '#!/usr/bin/env dash'],
    ksh: ['#!/bin/ksh', '#!/usr/bin/env ksh'],
    'bash-x': ['#!/bin/bash -x -e', '#!/usr/bin/env bash -e', '#!/bin/bash -e -u'],
  };
  const dialectOf = (shell) => {
    if (shell === 'any') return pick(['bash', 'bash', 'bash', 'sh', 'sh', 'dash', 'ksh']);
    return shell;
  };

  function cleanLine(g) {
    return pick([
      () => `echo "${pick(WORDS)} ${pick(WORDS)}"`,
      () => `printf '%s\\n' "${pick(SENT)}"`,
      () => 'set -u',
      () => `umask 0${pick(['22', '27', '77'])}`,
      () => `mkdir -p "${pick(DIRS)}"`,
      () => 'export LC_ALL=C',
      () => `# ${pick(SENT)}`,
      () => `: "\${${g.V()}:=${pick(WORDS)}}"`,
      () => 'true',
    ])();
  }
  const header = () => pick([
    () => `# ${pick(SENT)}`,
    () => `# ${pick(SCRIPT_NAMES)}: ${pick(SENT).toLowerCase()}`,
    () => `#\n# ${pick(SENT)}\n#`,
    () => '',
  ])();

  /** A whole script around body for a dialect: shebang, header, a few clean lines. */
  function assemble(shell, body, g, o = {}) {
    if (shell === 'none') {
      const post = o.post ?? (chance(0.5) ? [cleanLine(g)] : []);
      return [body, ...post].join('\n') + '\n';
    }
    const dialect = dialectOf(shell);
    const lines = [];
    if (!o.noShebang) lines.push(o.shebang ?? pick(SHEBANGS[dialect]));
    const directiveFirst = /^# shellcheck /.test(body);
    if (directiveFirst) {
      lines.push(body);
    } else {
      const h = header();
      if (h) lines.push(h);
      const pre = o.pre ?? int(0, 2);
      for (let i = 0; i < pre; i++) lines.push(cleanLine(g));
      if (chance(0.3)) lines.push('');
      lines.push(body);
    }
    const post = o.postN ?? int(0, 2);
    for (let i = 0; i < post; i++) lines.push(cleanLine(g));
    let text = lines.join('\n');
    if (!(o.noFinalNewline ?? chance(0.04))) text += '\n';
    return text;
  }
  const scriptName = (o = {}) => {
    const base = pick(SCRIPT_NAMES);
    if (o.ext === false) return base.replace(/\.sh$/, '');
    if (chance(o.subdir ?? 0.12)) return `${pick(SUBDIRS)}/${base}`;
    return chance(0.1) ? base.replace(/\.sh$/, '') : base;
  };

  // ------------------------------------------------------------------ fragment pools
  const NOISY = /^(SC1|SC2317|SC2242|SC2241|SC2320|SC2105|SC2093|SC2211|SC2215|SC2273|SC2274|SC2275|SC2270|SC2277|SC2280|SC2264)/;
  const entries = CATALOGUE.map(([key, shell, make]) => ({ key, shell, make }));
  const mixable = entries.filter((e) => !NOISY.test(e.key) && e.shell !== 'none' && e.shell !== 'bash-x' && !/^# shellcheck/.test(e.make(newG())));
  const poolFor = (dialect) => mixable.filter((e) => e.shell === 'any' || e.shell === dialect || (dialect === 'sh' && e.shell === 'dash'));
  const POOLS = { bash: poolFor('bash'), sh: poolFor('sh'), dash: poolFor('dash'), ksh: poolFor('ksh') };
  const FIXABLE = ['SC2086', 'SC2086-b', 'SC2086-c', 'SC2086-d', 'SC2164', 'SC2006', 'SC2095', 'SC2236', 'SC2268', 'SC2295',
    'SC2265', 'SC2266', 'SC2321', 'SC2322', 'SC2323', 'SC2281', 'SC2277', 'SC2251', 'SC2191', 'SC2264'];
  const byKey = new Map(entries.map((e) => [e.key, e]));

  /** Body of n random fragments for a dialect (bash, sh, dash, ksh), joined with blank lines. */
  function fragments(g, dialect, n, extra = []) {
    const pool = POOLS[dialect];
    const parts = extra.map((e) => e.make(g));
    const seen = new Set(extra.map((e) => e.key));
    for (let t = 0; parts.length < n + extra.length && t < 100; t++) {
      const e = pick(pool);
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      parts.push(e.make(g));
    }
    return rng.shuffle(parts).join(chance(0.5) ? '\n\n' : '\n');
  }
  /** A whole buggy script of n fragments in a dialect. */
  function buggy(dialect, n, o = {}) {
    const g = newG();
    return assemble(dialect, fragments(g, dialect, n, o.extra ?? []), g, o);
  }
  const fmtArgs = (fmt) => {
    if (fmt === 'tty' && chance(0.6)) return [];
    return pick([['-f', fmt], [`-f${fmt}`], [`--format=${fmt}`], ['--format', fmt], ['-f', fmt]]);
  };

  // Ensure a dual really differs from its visible case.
  const addD = (id, note, make) => {
    let first = null;
    add(id, note, (k) => {
      let c = make(k);
      if (k === 0) { first = JSON.stringify(c); return c; }
      for (let t = 0; t < 20 && JSON.stringify(c) === first; t++) c = make(k);
      if (JSON.stringify(c) === first) throw new Error(`dual of ${id} equals its visible case`);
      return c;
    });
  };
  const one = (id, note, c) => cases.push({ id, note, ...c });
  const file1 = (name, text, argv = [name], extra = {}) => ({ argv, files: { [name]: text }, ...extra });

  // ================================================================== sc-*: one fragment per diagnostic
  entries.forEach((e, i) => {
    const id = `sc-${e.key.toLowerCase()}`;
    const note = `${e.key.replace(/-.*/, '')} (${e.shell}) fragment, tty output`;
    const make = () => {
      const g = newG();
      const text = assemble(e.shell, e.make(g), g);
      if (e.shell !== 'none' && chance(0.06)) return { argv: ['-'], stdin: text };
      const name = scriptName();
      return file1(name, text);
    };
    if (i % 5 === 0 || i % 10 === 2) addD(id, note, make);
    else one(id, note, make());
  });

  // ================================================================== mix-*: fragment among others, other formats
  const MIX_FORMATS = ['tty', 'gcc', 'gcc', 'json1', 'json1', 'checkstyle', 'checkstyle', 'json', 'diff'];
  entries.forEach((e, i) => {
    if (i % 4 !== 1) return;
    const fmt = MIX_FORMATS[Math.floor(i / 4) % MIX_FORMATS.length];
    const g = newG();
    let text;
    if (e.shell === 'none' || e.shell === 'bash-x') text = assemble(e.shell, e.make(g), g);
    else {
      const dialect = dialectOf(e.shell);
      text = assemble(dialect, fragments(g, dialect, int(1, 3), [e]), g);
    }
    const name = scriptName();
    one(`mix-${e.key.toLowerCase()}`, `${e.key.replace(/-.*/, '')} among other fragments, ${fmt} format`, file1(name, text, [...fmtArgs(fmt), name]));
  });

  // ================================================================== fmt-*: every output format
  for (const fmt of FORMATS) {
    for (let k = 1; k <= 6; k++) {
      const make = () => {
        const dialect = pick(['bash', 'bash', 'sh', 'dash', 'ksh']);
        const name = scriptName();
        if (k === 6 && fmt !== 'quiet') {
          // two files in one run
          const n2 = pick(SCRIPT_NAMES.filter((s) => s !== name));
          return { argv: [...fmtArgs(fmt), name, n2], files: { [name]: buggy(dialect, int(1, 3)), [n2]: buggy(pick(['bash', 'sh']), int(1, 3)) } };
        }
        if (k === 5) return { argv: [...fmtArgs(fmt), '-'], stdin: buggy(dialect, int(2, 4)) };
        return file1(name, buggy(dialect, int(k, k + 2)), [...fmtArgs(fmt), name]);
      };
      if (k <= 3) addD(`fmt-${fmt}-${k}`, `--format=${fmt}`, make);
      else one(`fmt-${fmt}-${k}`, `--format=${fmt}`, make());
    }
  }
  // quiet on a clean script (exit 0, no output) and on a broken one
  one('fmt-quiet-clean', '--format=quiet on a clean script', file1('ok.sh', '#!/bin/sh\necho "hello"\n', ['-f', 'quiet', 'ok.sh']));
  addD('fmt-quiet-parse', '--format=quiet on a script with a parse error', () => {
    const g = newG();
    const name = scriptName();
    return file1(name, assemble('bash', byKey.get(pick(['SC1046', 'SC1056', 'SC1061', 'SC1072'])).make(g), g), ['-f', 'quiet', name]);
  });
  // json and json1 count tabs differently; tty, gcc and checkstyle columns too
  for (let k = 1; k <= 4; k++) {
    const fmt = ['json', 'json1', 'gcc', 'checkstyle'][k - 1];
    addD(`fmt-tabs-${fmt}`, `tab characters before the diagnostic, ${fmt}`, () => {
      const g = newG();
      const a = g.v();
      const t = '\t'.repeat(int(1, 3));
      const body = `${a}="$1"\nif [ -n "$${a}" ]; then\n${t}for x in ${g.w()} ${g.w()}; do\n${t}${t}echo $x\t$${a}\n${t}done\nfi\n${t}cd ${g.d()}`;
      const name = scriptName();
      return file1(name, assemble('bash', body, g), ['-f', fmt, name]);
    });
  }
  addD('fmt-tabs-tty', 'tab characters before the diagnostic, tty', () => {
    const g = newG();
    const a = g.v();
    const body = `${a}=$1\n\tif [ $${a} = ${g.w()} ]; then\techo $${a}; fi\n\t\tls \`pwd\`/${g.w()}`;
    const name = scriptName();
    return file1(name, assemble('bash', body, g), [name]);
  });
  // checkstyle escapes quotes, ampersands, angle brackets and non-ASCII
  addD('fmt-checkstyle-escapes', 'checkstyle XML escaping of messages and file names', () => {
    const g = newG();
    const body = [byKey.get('SC2016').make(g), byKey.get('SC2140-b').make(g), byKey.get('SC2094').make(g), byKey.get('SC2035').make(g)].join('\n');
    const name = pick(["o'brien.sh", 'a&b.sh', 'tools/x<y>.sh', 'naïve.sh', 'r&d "tmp".sh']);
    return file1(name, assemble('bash', body, g), ['-f', 'checkstyle', name]);
  });
  addD('fmt-json-escapes', 'json escaping of file names and messages', () => {
    const g = newG();
    const body = [byKey.get('SC2016').make(g), byKey.get('SC2028').make(g), byKey.get('SC2145').make(g)].join('\n');
    const name = pick(['my "quoted".sh', 'back\\slash.sh', 'tab\tname.sh', 'ünïcode.sh']);
    return file1(name, assemble('bash', body, g), ['-f', pick(['json', 'json1']), name]);
  });
  addD('fmt-gcc-many', 'gcc format with several files and clean ones among them', () => {
    const files = {};
    const argv = ['-f', 'gcc'];
    for (let i = 0; i < int(3, 5); i++) {
      const name = `${pick(WORDS)}${i}.sh`;
      files[name] = chance(0.3) ? '#!/bin/sh\nprintf \'%s\\n\' "clean"\n' : buggy(pick(['bash', 'sh']), int(1, 2));
      argv.push(name);
    }
    return { argv, files };
  });

  // ================================================================== diff-*: auto-fixes
  for (let k = 1; k <= 20; k++) {
    const make = () => {
      const g = newG();
      const picks = rng.shuffle(FIXABLE).slice(0, int(1, 4)).map((key) => byKey.get(key));
      const dialect = picks.some((p) => p.shell === 'bash') ? 'bash' : pick(['bash', 'sh']);
      let body = picks.map((p) => p.make(g)).join('\n');
      if (k % 5 === 0) body += '\n' + fragments(g, dialect, 2);
      const name = scriptName();
      const extra = k % 7 === 3 ? ['-o', pick(['quote-safe-variables', 'require-variable-braces', 'require-double-brackets', 'avoid-nullary-conditions'])] : [];
      if (k === 4) return { argv: ['-f', 'diff', '-'], stdin: assemble(dialect, body, g) };
      if (k === 8) {
        const n2 = pick(SCRIPT_NAMES.filter((s) => s !== name));
        return { argv: ['-f', 'diff', name, n2], files: { [name]: assemble(dialect, body, g), [n2]: assemble('bash', byKey.get(pick(FIXABLE)).make(g), g) } };
      }
      return file1(name, assemble(dialect, body, g), [...extra, pick([['-f', 'diff'], ['--format=diff'], ['-fdiff']]), name].flat());
    };
    if (k <= 8) addD(`diff-${k}`, '--format=diff auto-fixes', make);
    else one(`diff-${k}`, '--format=diff auto-fixes', make());
  }
  addD('diff-optional-all', '--format=diff with -o all (braces, quoting, [[ ]] fixes)', () => {
    const g = newG();
    const a = g.v(); const b = g.v();
    const body = `${a}=${g.n(1, 9)}\n${b}="${g.w()}"\nif [ "$${a}" ]; then\n  echo $${b} $${a}\nfi\n[ -n "$${b}" ] && echo "$${b}/x"`;
    const name = scriptName();
    return file1(name, assemble('bash', body, g), ['-o', 'all', '-f', 'diff', name]);
  });
  addD('diff-crlf', '--format=diff on a script with CRLF line endings', () => {
    const g = newG();
    const name = scriptName();
    return file1(name, assemble('bash', byKey.get('SC2086').make(g), g).replace(/\n/g, '\r\n'), ['-f', 'diff', name]);
  });
  one('diff-nothing', '--format=diff when no issue has a fix', file1('notes.sh', '#!/bin/bash\nfor f in $(ls); do echo "$f"; done\n', ['-f', 'diff', 'notes.sh']));

  // ================================================================== shell-*: -s / --shell
  const SHELLS = ['sh', 'bash', 'dash', 'ksh'];
  for (const sh of SHELLS) {
    for (let k = 1; k <= 6; k++) {
      const make = () => {
        const g = newG();
        const mixed = fragments(g, pick(['bash', 'sh']), int(2, 4));
        const flag = pick([['-s', sh], [`-s${sh}`], [`--shell=${sh}`], ['--shell', sh]]);
        const name = k === 3 ? pick(SCRIPT_NAMES) : scriptName();
        if (k <= 2) {
          // no shebang: -s decides
          return file1(name, assemble('bash', mixed, g, { noShebang: true }), [...flag, name]);
        }
        if (k === 3) {
          // -s overrides the shebang
          return file1(name, assemble(pick(SHELLS.filter((x) => x !== sh)), mixed, g), [...flag, name]);
        }
        if (k === 4) return { argv: [...flag, '-'], stdin: assemble('bash', mixed, g, { noShebang: chance(0.5) }) };
        if (k === 5) {
          // portability fragments: SC3xxx only for sh/dash
          const sh3 = POOLS.sh.filter((e) => e.shell === 'sh');
          const body = rng.shuffle(sh3).slice(0, int(2, 4)).map((e) => e.make(g)).join('\n');
          return file1(name, assemble('bash', body, g, { noShebang: true }), [...flag, '-f', 'gcc', name]);
        }
        // bash-only fragments under other dialects
        const bashOnly = POOLS.bash.filter((e) => e.shell === 'bash');
        const body = rng.shuffle(bashOnly).slice(0, int(2, 3)).map((e) => e.make(g)).join('\n');
        return file1(name, assemble('bash', body, g, { noShebang: chance(0.5) }), [...flag, name]);
      };
      if (k <= 3) addD(`shell-${sh}-${k}`, `--shell=${sh}`, make);
      else one(`shell-${sh}-${k}`, `--shell=${sh}`, make());
    }
  }
  addD('shell-decimal-arith', 'the man page example (( area = 3.14*r*r )) under each dialect', () => {
    const sh = pick(SHELLS);
    const v = pick(['area', 'vol', 'circ']);
    return file1('calc', `r=${int(2, 9)}\n(( ${v} = 3.${int(10, 99)}*r*r ))\necho "$${v}"\n`, ['-s', sh, 'calc']);
  });
  one('shell-decimal-ksh', 'ksh accepts decimals in arithmetic', file1('area.ksh', '#!/bin/ksh\nr=3\n(( area = 3.14*r*r ))\necho "$area"\n', ['area.ksh']));
  one('shell-decimal-sh', 'sh warns about (( ))', file1('area.sh', '#!/bin/sh\nr=3\n(( area = 3.14*r*r ))\necho "$area"\n', ['area.sh']));
  one('shell-bad-zsh', 'unknown shell name for -s', file1('a.sh', '#!/bin/sh\necho $1\n', ['-s', 'zsh', 'a.sh']));
  addD('shell-bad', 'unsupported dialect names for --shell', () => file1('a.sh', buggy('sh', 1), [pick(['-s', '--shell']), pick(['fish', 'csh', 'tcsh', 'Bash', 'posix', 'busybox', 'mksh'])].concat(['a.sh'])));

  // ================================================================== exclude-* / include-*
  const codesIn = (keys) => keys.map((k) => k.replace(/-.*/, ''));
  const BASIC = ['SC2086', 'SC2164', 'SC2034', 'SC2162', 'SC2006', 'SC2045', 'SC2046', 'SC2035', 'SC2155', 'SC2002', 'SC2013', 'SC2116', 'SC2181', 'SC2059'];
  function basicScript(g, keys) {
    return keys.map((k) => byKey.get(k).make(g)).join('\n');
  }
  const codeSpell = (c) => pick([c, c, c.replace('SC', '')]);
  for (let k = 1; k <= 15; k++) {
    const make = () => {
      const g = newG();
      const keys = rng.shuffle(BASIC).slice(0, int(3, 6));
      const codes = codesIn(keys);
      const name = scriptName();
      const text = assemble('bash', basicScript(g, keys), g);
      const ex = rng.shuffle(codes).slice(0, int(1, Math.min(3, codes.length - 1)));
      let args;
      if (k % 5 === 1) args = ['-e', ex.map(codeSpell).join(',')];
      else if (k % 5 === 2) args = ex.flatMap((c) => ['-e', codeSpell(c)]);
      else if (k % 5 === 3) args = [`--exclude=${ex.map(codeSpell).join(',')}`];
      else if (k % 5 === 4) args = [`-e${ex.map(codeSpell).join(',')}`, '-f', 'gcc'];
      else args = ['--exclude', ex.map(codeSpell).join(','), '-e', `SC${int(1000, 3999)}`];
      return file1(name, text, [...args, name]);
    };
    if (k <= 7) addD(`exclude-${k}`, '--exclude codes', make);
    else one(`exclude-${k}`, '--exclude codes', make());
  }
  for (let k = 1; k <= 15; k++) {
    const make = () => {
      const g = newG();
      const keys = rng.shuffle(BASIC).slice(0, int(3, 6));
      const codes = codesIn(keys);
      const name = scriptName();
      const text = assemble('bash', basicScript(g, keys), g);
      const inc = rng.shuffle(codes).slice(0, int(1, 2));
      let args;
      if (k % 5 === 1) args = ['-i', inc.map(codeSpell).join(',')];
      else if (k % 5 === 2) args = inc.flatMap((c) => ['-i', codeSpell(c)]);
      else if (k % 5 === 3) args = [`--include=${inc.map(codeSpell).join(',')}`, '-f', pick(['gcc', 'json1'])];
      else if (k % 5 === 4) args = ['-i', inc.map(codeSpell).join(','), '-e', inc.map(codeSpell).join(',')]; // include wins
      else args = [`-i${codeSpell(inc[0])}`, '--exclude', codes.filter((c) => !inc.includes(c)).join(',')];
      return file1(name, text, [...args, name]);
    };
    if (k <= 7) addD(`include-${k}`, '--include codes', make);
    else one(`include-${k}`, '--include codes', make());
  }
  one('include-absent', '--include a code that does not occur (clean result)', file1('job.sh', '#!/bin/bash\ncd /tmp\necho $1\n', ['-i', 'SC2045', 'job.sh']));
  addD('exclude-bad-code', '--exclude with something that is not a code', () => file1('a.sh', buggy('bash', 2), [pick(['-e', '-i']), pick(['SC20x6', 'all', 'foo', 'SC', '2086;2034', 'SC-2086'])].concat(['a.sh'])));

  // ================================================================== severity-*
  const SEVS = ['error', 'warning', 'info', 'style'];
  for (const sev of SEVS) {
    for (let k = 1; k <= 4; k++) {
      const make = () => {
        const name = scriptName();
        const flag = k === 1 ? ['-S', sev] : pick([['-S', sev], [`-S${sev}`], [`--severity=${sev}`], ['--severity', sev]]);
        const fmt = k === 3 ? ['-f', pick(['gcc', 'json1', 'checkstyle'])] : [];
        const text = buggy(pick(['bash', 'sh']), int(4, 7), { extra: [byKey.get(pick(['SC2045', 'SC2070', 'SC2071', 'SC2157', 'SC2050']))] });
        return file1(name, text, [...flag, ...fmt, name]);
      };
      if (k <= 2) addD(`severity-${sev}-${k}`, `--severity=${sev}`, make);
      else one(`severity-${sev}-${k}`, `--severity=${sev}`, make());
    }
  }
  addD('severity-bad', 'unknown --severity value', () => file1('a.sh', buggy('bash', 1), [pick(['-S', '--severity']), pick(['fatal', 'note', 'Error', 'warn', 'all', 'debug'])].concat(['a.sh'])));

  // ================================================================== optional-*: -o / --enable
  const OPT_BODY = {
    'add-default-case': (g) => `case "$1" in\n  ${g.w()}) echo one ;;\n  ${g.w()}2) echo two ;;\nesac`,
    'avoid-nullary-conditions': (g) => { const a = g.v(); return `${a}="$1"\nif [ "$${a}" ]; then\n  echo "set"\nfi`; },
    'check-extra-masked-returns': (g) => `echo "Files: $(ls ${g.d()})"\nrm -r "$(${g.c()} ${g.w()})/${g.w()}"`,
    'check-set-e-suppressed': (g) => { const f = g.fn(); return `set -e\n${f}() {\n  cp ${g.f()} ${g.d()}\n  rm ${g.f()}\n}\n${f} && echo ok`; },
    'check-unassigned-uppercase': (g) => `echo "Deploying to $${g.V()}"\ncp build.tar "$${g.V()}"`,
    'deprecate-which': (g) => `if which ${g.c()} >/dev/null; then\n  echo found\nfi`,
    'quote-safe-variables': (g) => { const a = g.v(); return `${a}=${g.w()}\necho $${a}\nls -l $${a}`; },
    'require-double-brackets': (g) => `if [ -e ${g.d()} ]; then\n  echo exists\nfi`,
    'require-variable-braces': (g) => { const a = g.v(); return `${a}=${g.w()}\necho "$${a}-${g.w()}"`; },
  };
  for (const opt of OPTIONAL) {
    const make = (k) => () => {
      const g = newG();
      const name = scriptName();
      const body = OPT_BODY[opt](g) + (chance(0.5) ? '\n' + fragments(g, 'bash', 1) : '');
      const flag = pick([['-o', opt], [`--enable=${opt}`], [`-o${opt}`], ['--enable', opt]]);
      return file1(name, assemble('bash', body, g), [...flag, ...(k === 2 ? ['-f', 'gcc'] : []), name]);
    };
    addD(`optional-${opt}`, `-o ${opt}`, make(1));
    one(`optional-${opt}-gcc`, `-o ${opt}, gcc format`, make(2)());
  }
  for (let k = 1; k <= 4; k++) {
    const make = () => {
      const g = newG();
      const opts = rng.shuffle(OPTIONAL).slice(0, int(2, 9));
      const body = opts.map((o) => OPT_BODY[o](g)).join('\n');
      const name = scriptName();
      let flags;
      if (k === 1) flags = ['-o', 'all'];
      else if (k === 2) flags = ['-o', opts.slice(0, 3).join(',')];
      else if (k === 3) flags = opts.slice(0, 3).flatMap((o) => ['-o', o]);
      else flags = ['--enable=all', '-f', 'json1'];
      return file1(name, assemble('bash', body, g), [...flags, name]);
    };
    addD(`optional-multi-${k}`, 'several optional checks at once', make);
  }
  addD('optional-unknown', '-o with a name that is not an optional check (ignored)', () => {
    const name = scriptName();
    return file1(name, buggy('bash', 2), ['-o', pick(['quote-everything', 'foo', 'SC2086', 'strict']), name]);
  });
  addD('optional-directive', 'optional checks enabled by a file-wide enable directive', () => {
    const g = newG();
    const opts = rng.shuffle(OPTIONAL).slice(0, int(1, 3));
    const body = `# shellcheck enable=${opts.join(',')}\n` + opts.map((o) => OPT_BODY[o](g)).join('\n');
    return file1('opt.sh', assemble('bash', body, g), ['opt.sh']);
  });
  addD('optional-directive-late', 'an enable directive after the first command is not file-wide', () => {
    const g = newG();
    const opt = pick(['quote-safe-variables', 'require-variable-braces', 'deprecate-which', 'add-default-case']);
    const body = `echo "start"\n# shellcheck enable=${opt}\n${OPT_BODY[opt](g)}\n${byKey.get(pick(['SC2086', 'SC2164', 'SC2162', 'SC2045'])).make(g)}`;
    return file1('late.sh', assemble('bash', body, g, { pre: 0 }), ['late.sh']);
  });
  one('list-optional', '--list-optional', { argv: ['--list-optional'] });
  one('list-optional-files', '--list-optional ignores files', { argv: ['--list-optional', 'x.sh'], files: { 'x.sh': '#!/bin/sh\necho $1\n' } });
  one('version-short', '-V', { argv: ['-V'] });
  one('version-long', '--version', { argv: ['--version'] });
  one('help', '--help', { argv: ['--help'] });

  // ================================================================== wiki-*: -W / --wiki-link-count
  for (let k = 1; k <= 10; k++) {
    const make = () => {
      const n = [0, 1, 2, 3, 5, 0, 1, 4, 10, 7][k - 1];
      const name = scriptName();
      const flag = pick([['-W', String(n)], [`-W${n}`], [`--wiki-link-count=${n}`], ['--wiki-link-count', String(n)]]);
      const fmt = k === 8 ? ['-f', 'gcc'] : k === 9 ? ['-f', 'json1'] : [];
      return file1(name, buggy(pick(['bash', 'sh']), int(3, 7)), [...flag, ...fmt, name]);
    };
    if (k <= 5) addD(`wiki-${k}`, '--wiki-link-count', make);
    else one(`wiki-${k}`, '--wiki-link-count', make());
  }
  addD('wiki-bad', '-W with a value that is not a number', () => file1('a.sh', buggy('bash', 2), [pick(['-W', '--wiki-link-count']), pick(['x', 'two', '-1', '3.5', 'ten'])].concat(['a.sh'])));

  // ================================================================== color-*
  const COLORS = [['-Cnever'], ['--color=never'], ['-Calways'], ['--color=always'], ['--color'], ['-C'], ['--color=auto'], ['-Cauto']];
  COLORS.forEach((flag, i) => {
    const make = () => {
      const name = scriptName();
      const fmt = i === 3 ? ['-f', 'gcc'] : [];
      return file1(name, buggy(pick(['bash', 'sh']), int(2, 5)), [...flag, ...fmt, name]);
    };
    if (i % 2 === 0 || i === 5) addD(`color-${i + 1}`, `color option ${flag.join(' ')}`, make);
    else one(`color-${i + 1}`, `color option ${flag.join(' ')}`, make());
  });
  addD('color-always-parse', '--color=always on a parse error and a missing file', () => {
    const g = newG();
    const name = scriptName();
    return file1(name, assemble('bash', byKey.get(pick(['SC1046', 'SC1075', 'SC1089', 'SC1014'])).make(g), g), ['--color=always', name, 'missing.sh']);
  });
  one('color-never-space', '-C never: the optional argument must be attached, so "never" is a file', file1('a.sh', '#!/bin/bash\necho $1\n', ['-C', 'never', 'a.sh']));
  addD('color-bad', 'unknown --color value', () => file1('a.sh', buggy('bash', 1), [pick(['--color=sometimes', '-Cyes', '--color=on', '-Cnone', '--color=ALWAYS'])].concat(['a.sh'])));

  // ================================================================== source-*: sourcing, -x, -a, -P
  function libText(g, dialect = 'bash') {
    const f = g.fn();
    const a = g.v();
    return [`${a}="${g.w()}"`, `${f}() {`, `  echo "$${a}: $1"`, '}', ...(chance(0.6) ? [fragments(g, dialect, int(1, 2))] : [])].join('\n') + '\n';
  }
  for (let k = 1; k <= 28; k++) {
    const make = () => {
      const g = newG();
      const libName = pick(['lib.sh', 'common.sh', 'util.sh', 'functions.sh', 'env.sh', 'helpers.bash']);
      const libDir = pick(['', 'lib/', 'scripts/lib/', 'inc/']);
      const libPath = libDir + libName;
      const lib = libText(g);
      const mainName = pick(SCRIPT_NAMES);
      const use = `${pick(['echo "$1"', 'echo "ready"'])}\n${fragments(g, 'bash', int(1, 2))}`;
      const dot = pick(['source', '.']);
      const variant = k % 14;
      let main; let argv; const files = { [libPath]: lib };
      switch (variant) {
        case 0: main = `${dot} ./${libPath}\n${use}`; argv = [mainName]; break; // not followed (SC1091)
        case 1: main = `${dot} ./${libPath}\n${use}`; argv = ['-x', mainName]; break;
        case 2: main = `${dot} ${libPath}\n${use}`; argv = ['--external-sources', mainName]; break;
        case 3: main = `${dot} ./${libPath}\n${use}`; argv = ['-x', '-a', mainName]; break;
        case 4: main = `${dot} ./${libPath}\n${use}`; argv = ['--check-sourced', mainName, libPath]; break;
        case 5: main = `${dot} ./${libPath}\n${use}`; argv = [mainName, libPath]; break;
        case 6: main = `# shellcheck source=${libPath}\n${dot} "$${g.V()}/${libName}"\n${use}`; argv = ['-x', mainName]; break;
        case 7: main = `# shellcheck source=/dev/null\n${dot} "$${g.V()}/${libName}"\n${use}`; argv = [mainName]; break;
        case 8: main = `${dot} ${libName}\n${use}`; argv = ['-x', '-P', libDir || '.', mainName]; break;
        case 9: main = `${dot} ${libName}\n${use}`; argv = ['-x', `--source-path=${libDir || '.'}`, '-f', 'gcc', mainName]; break;
        case 10: main = `# shellcheck source-path=${libDir || '.'}\n${dot} ${libName}\n${use}`; argv = ['-x', mainName]; break;
        case 11: main = `${dot} "$(dirname "$0")/${libPath}"\n${use}`; argv = ['-x', mainName]; break; // non-constant (SC1090)
        case 12: main = `${dot} ./missing-${libName}\n${use}`; argv = ['-x', mainName]; break; // SC1091 does not exist
        default: main = `${dot} ./${libPath}\n${use}`; argv = ['-x', '-a', '-f', pick(['gcc', 'json1', 'checkstyle']), mainName]; break;
      }
      files[mainName] = assemble('bash', main, g, { pre: 0, postN: 0 });
      return { argv, files };
    };
    if (k <= 14) addD(`source-${k}`, 'source statements, -x, -a, -P and source directives', make);
    else one(`source-${k}`, 'source statements, -x, -a, -P and source directives', make());
  }
  addD('source-scriptdir', 'source-path=SCRIPTDIR for a script in a subdirectory', () => {
    const g = newG();
    const dir = pick(SUBDIRS);
    const lib = pick(['lib.sh', 'common.sh', 'vars.sh']);
    const main = `# shellcheck source-path=SCRIPTDIR\n. ${lib}\n${fragments(g, 'bash', 2)}`;
    return { argv: [pick(['-x', '-xa']), `${dir}/run.sh`], files: { [`${dir}/run.sh`]: assemble('bash', main, g, { pre: 0 }), [`${dir}/${lib}`]: libText(g) } };
  });
  addD('source-P-scriptdir', '-P SCRIPTDIR', () => {
    const g = newG();
    const dir = pick(SUBDIRS);
    const lib = pick(['lib.sh', 'common.sh', 'vars.sh']);
    const main = `. ${lib}\n${fragments(g, 'bash', 2)}`;
    return { argv: ['-x', '-a', '-P', 'SCRIPTDIR', `${dir}/main.sh`], files: { [`${dir}/main.sh`]: assemble('bash', main, g), [`${dir}/${lib}`]: libText(g) } };
  });
  addD('source-parse-error', 'a sourced file with a parse error (SC1094)', () => {
    const g = newG();
    const lib = pick(['bad.sh', 'broken.sh']);
    return { argv: ['-x', 'main.sh'], files: { 'main.sh': assemble('bash', `. ./${lib}\n${fragments(g, 'bash', 1)}`, g, { pre: 0 }), [lib]: assemble('bash', byKey.get(pick(['SC1046', 'SC1056', 'SC1061'])).make(g), g) } };
  });
  addD('source-devnull', 'sourcing /dev/null and a directive pointing to /dev/null', () => {
    const g = newG();
    return file1('m.sh', assemble('bash', `. /dev/null\n# shellcheck source=/dev/null\nsource "$${g.V()}/x.sh"\n${fragments(g, 'bash', 2)}`, g, { pre: 0 }), [chance(0.5) ? '-x' : '-a', 'm.sh']);
  });
  addD('source-vars', 'variables and functions defined in a followed file are known', () => {
    const g = newG();
    const a = g.v(); const b = g.v(); const f = g.fn();
    const lib = `${a}="${g.d()}"\n${b}=${g.n(1, 99)}\n${f}() {\n  echo "$1"\n}\n`;
    const main = `. ./defs.sh\necho "$${a}"\n${f} "$${b}"\necho "$${g.v()}"`;
    return { argv: pick([['-x', 'main.sh'], ['main.sh', 'defs.sh'], ['main.sh']]), files: { 'main.sh': assemble('bash', main, g, { pre: 0 }), 'defs.sh': lib } };
  });

  // ================================================================== rc-*: .shellcheckrc
  for (let k = 1; k <= 20; k++) {
    const make = () => {
      const g = newG();
      const keys = rng.shuffle(BASIC).slice(0, int(3, 5));
      const codes = codesIn(keys);
      const name = scriptName({ subdir: 0 });
      const rcName = k % 4 === 3 ? 'shellcheckrc' : '.shellcheckrc';
      const q = (s) => pick([s, s, `"${s}"`, `'${s}'`]);
      const rcLines = [];
      if (chance(0.5)) rcLines.push(`# ${pick(SENT)}`);
      const variant = k % 10;
      let argv = [name];
      let text = assemble('bash', basicScript(g, keys), g);
      const files = {};
      if (variant === 0) rcLines.push(`disable=${q(codes.slice(0, 2).join(','))}`);
      else if (variant === 1) rcLines.push(`enable=${q(pick(OPTIONAL))}`, `enable=${pick(OPTIONAL)}`);
      else if (variant === 2) { rcLines.push(`disable=${codes[0]}`); argv = ['--norc', name]; }
      else if (variant === 3) { rcLines.push('external-sources=true'); text = assemble('bash', `. ./inc.sh\n${basicScript(g, keys)}`, g, { pre: 0 }); files['inc.sh'] = libText(g); }
      else if (variant === 4) { rcLines.push(`source-path=${q('lib')}`); text = assemble('bash', `source env.sh\n${basicScript(g, keys)}`, g, { pre: 0 }); files['lib/env.sh'] = libText(g); argv = ['-x', name]; }
      else if (variant === 5) { rcLines.push(`shell=${pick(['sh', 'dash', 'ksh'])}`); text = assemble('bash', basicScript(g, keys), g, { noShebang: true }); }
      else if (variant === 6) { rcLines.push('enable=all', `disable=${pick(['SC2250', 'SC2248', 'SC2292'])}`); }
      else if (variant === 7) { rcLines.push(`disable=${codes[0]}`, '', `  # ${pick(WORDS)}`, `disable=${codes[1]}`); argv = ['-f', 'gcc', name]; }
      else if (variant === 8) { rcLines.push(`disable=SC${int(2000, 2099)}-SC${int(2100, 2199)}`); }
      else { rcLines.push('external-sources=true', `disable=${codes[0]}`); text = assemble('bash', `. ./inc.sh\n${basicScript(g, keys)}`, g, { pre: 0 }); files['inc.sh'] = libText(g); argv = ['--norc', name]; }
      files[rcName] = rcLines.join('\n') + '\n';
      files[name] = text;
      return { argv, files };
    };
    if (k <= 8) addD(`rc-${k}`, '.shellcheckrc keys and --norc', make);
    else one(`rc-${k}`, '.shellcheckrc keys and --norc', make());
  }
  addD('rc-subdir', 'an rc file in the script\'s directory applies to that script only', () => {
    const g = newG();
    const dir = pick(SUBDIRS);
    const keys = rng.shuffle(BASIC).slice(0, 4);
    const codes = codesIn(keys);
    return {
      argv: ['-f', 'gcc', `${dir}/a.sh`, 'b.sh'],
      files: { [`${dir}/.shellcheckrc`]: `disable=${codes.slice(0, 2).join(',')}\n`, [`${dir}/a.sh`]: assemble('bash', basicScript(g, keys), g), 'b.sh': assemble('bash', basicScript(newG(), keys), g) },
    };
  });
  addD('rc-both', '.shellcheckrc wins over shellcheckrc in the same directory', () => {
    const g = newG();
    const keys = rng.shuffle(BASIC).slice(0, 4);
    const codes = codesIn(keys);
    return { argv: ['s.sh'], files: { '.shellcheckrc': `disable=${codes[0]}\n`, shellcheckrc: `disable=${codes[1]}\n`, 's.sh': assemble('bash', basicScript(g, keys), g) } };
  });
  addD('rc-stdin', 'an rc file in the working directory applies to stdin', () => {
    const g = newG();
    const keys = rng.shuffle(BASIC).slice(0, 4);
    const codes = codesIn(keys);
    return { argv: ['-'], stdin: assemble('bash', basicScript(g, keys), g), files: { '.shellcheckrc': `disable=${codes[0]}\nenable=${pick(OPTIONAL)}\n` } };
  });

  // ================================================================== opts-env-*: SHELLCHECK_OPTS
  for (let k = 1; k <= 6; k++) {
    const make = () => {
      const name = scriptName();
      const opts = [
        () => `--shell=${pick(['sh', 'bash', 'dash'])} --exclude=SC${pick(['2086', '2034', '2164'])}`,
        () => `-f gcc -e SC${pick(['2086', '2034', '2164'])}`,
        () => `-S ${pick(['warning', 'error', 'info'])}`,
        () => `-o ${pick(OPTIONAL)} -f json1`,
        () => `--format=checkstyle`,
        () => `-W ${int(0, 2)} --color=always`,
      ][k - 1]();
      return file1(name, buggy(pick(['bash', 'sh']), int(2, 4)), [...(k === 2 ? ['-f', 'json1'] : []), name], { env: { SHELLCHECK_OPTS: opts } });
    };
    if (k <= 3) addD(`opts-env-${k}`, 'SHELLCHECK_OPTS', make);
    else one(`opts-env-${k}`, 'SHELLCHECK_OPTS', make());
  }
  addD('opts-env-bad', 'SHELLCHECK_OPTS with an unknown option', () => file1('a.sh', buggy('bash', 1), ['a.sh'], { env: { SHELLCHECK_OPTS: pick(['--bogus', '-q', '--strict', '-Z']) } }));

  // ================================================================== directive-*: # shellcheck ...
  const DIRECTIVES = [
    // [note, make(g) -> body]
    ['disable one code before a command', (g) => { const a = g.v(); return `${a}="$1"\n# shellcheck disable=SC2086\nls $${a}\nls $${a}`; }],
    ['disable several codes', (g) => `# shellcheck disable=SC2086,SC2164\ncd $1\n${byKey.get('SC2045').make(g)}`],
    ['disable without the SC prefix', (g) => `echo start\n# shellcheck disable=2086\necho $1 $2\necho $3`],
    ['file-wide disable before the first command', (g) => `# shellcheck disable=SC2086\n${byKey.get('SC2086').make(g)}\n${byKey.get('SC2086-c').make(g)}\n${byKey.get('SC2164').make(g)}`],
    ['disable applies to a whole function', (g) => { const f = g.fn(); return `echo start\n# shellcheck disable=SC2086,SC2162\n${f}() {\n  read x\n  echo $x $1\n}\n${f} "$@"\necho $1`; }],
    ['disable on a brace group', (g) => `echo start\n# shellcheck disable=SC2016\n{\n  echo 'Modifying $PATH'\n  echo 'PATH=foo:$PATH' >> ~/.bashrc\n}\necho '$HOME'`],
    ['disable a range of codes', (g) => `# shellcheck disable=SC2000-SC2099\n${fragments(g, 'bash', 4)}`],
    ['disable=all', (g) => `echo start\n# shellcheck disable=all\n{\n${fragments(g, 'bash', 3)}\n}\n${byKey.get('SC2164').make(g)}`],
    ['file-wide disable=all', (g) => `# shellcheck disable=all\n${fragments(g, 'bash', 3)}\necho $1`],
    ['shell directive overrides the shebang', (g) => `# shellcheck shell=${pick(['sh', 'dash'])}\n${fragments(g, 'bash', 3)}`],
    ['shell directive in a file without shebang', (g) => `# shellcheck shell=${pick(['bash', 'sh', 'ksh', 'dash'])}\n${fragments(g, 'bash', 3)}`],
    ['enable directive', (g) => `# shellcheck enable=${pick(OPTIONAL)},${pick(OPTIONAL)}\n${Object.values(OPT_BODY).map((f) => f(g)).slice(0, 4).join('\n')}`],
    ['enable=all directive', (g) => `# shellcheck enable=all\n${fragments(g, 'bash', 3)}`],
    ['directive with several keys', (g) => `# shellcheck disable=SC2034 shell=sh enable=${pick(OPTIONAL)}\n${fragments(g, 'sh', 3)}`],
    ['quoted directive values', (g) => `# shellcheck disable="SC2086,SC2034" shell='sh'\n${fragments(g, 'bash', 3)}\necho $1`],
    ['directive after a command applies to the next command only', (g) => `echo $1 # shellcheck disable=SC2086\necho $2`],
    ['directive inside an if', (g) => `if [ -n "$1" ]; then\n  # shellcheck disable=SC2086\n  echo $1\n  echo $2\nfi`],
    ['directive before an elif (SC1123)', (g) => byKey.get('SC1123').make(g)],
    ['directive before a case branch (SC1124)', (g) => byKey.get('SC1124').make(g)],
    ['unknown directive key', (g) => `# shellcheck ${pick(['ignore', 'skip', 'suppress'])}=SC2086\necho $1`],
    ['malformed directive', (g) => `# shellcheck disable\necho $1`],
    ['directive disabling a parse-level warning', (g) => `# shellcheck disable=SC1001\necho ${g.w()}\\o\necho ${g.w()}\\q\necho ${g.w()}\\t`],
    ['disable in a loop body', (g) => `for f in "$@"; do\n  # shellcheck disable=SC2086\n  cp $f ${g.d()}\n  rm $f\ndone`],
    ['disable on a subshell', (g) => `echo start\n# shellcheck disable=SC2164\n(\n  cd ${g.d()}\n  ${g.c()}\n)\ncd ${g.d()}`],
    ['external-sources directive in a script (SC1144)', (g) => `# shellcheck external-sources=true\n. ./x.sh\n${fragments(g, 'bash', 1)}`],
    ['source-path directive', (g) => `# shellcheck source-path=${pick(['lib', 'SCRIPTDIR', 'SCRIPTDIR/../lib'])}\n. ${pick(['util.sh', 'lib.sh'])}\n${fragments(g, 'bash', 1)}`],
    ['directive with trailing comment text', (g) => `# shellcheck disable=SC2086 # ${pick(SENT)}\necho $1\necho $2`],
    ['disable codes that are not present', (g) => `# shellcheck disable=SC${int(2200, 2299)},SC${int(1000, 1099)}\n${fragments(g, 'bash', 2)}`],
    ['disable a code on a function call line', (g) => { const f = g.fn(); return `${f}() {\n  echo "$1"\n}\n# shellcheck disable=SC2119\n${f}\n${f}`; }],
    ['directive on a heredoc command', (g) => `# shellcheck disable=SC2087\nssh ${g.host()} <<EOF\necho $${g.v()}\nEOF\nssh ${g.host()} <<EOF\necho $HOME\nEOF`],
  ];
  DIRECTIVES.forEach(([note, mk], i) => {
    const make = () => {
      const g = newG();
      const body = mk(g);
      const noShebang = /without shebang/.test(note);
      const text = assemble('bash', body, g, { pre: 0, noShebang });
      const name = scriptName({ subdir: 0 });
      const fmt = i % 3 === 2 ? ['-f', pick(['gcc', 'json1'])] : [];
      return file1(name, text, [...fmt, name]);
    };
    if (i % 2 === 0 || i >= 24) addD(`directive-${i + 1}`, `directive: ${note}`, make);
    else one(`directive-${i + 1}`, `directive: ${note}`, make());
  });
  // man page directive examples
  one('directive-man-2035', 'man page example: disable=SC2035', file1('jpg.sh', '#!/bin/sh\necho "Files: " *.jpg\n# shellcheck disable=SC2035\necho "Files: " *.jpg\n', ['jpg.sh']));
  one('directive-man-source', 'man page example: source= directive', file1('inst.sh', '#!/bin/bash\n# shellcheck source=./lib.sh\nsource "$(find_install_dir)/lib.sh"\n', ['inst.sh']));

  // ================================================================== shebang-*: dialect detection
  const SHEBANG_CASES = [
    ['#!/bin/sh', 'sh'], ['#!/bin/bash', 'sh'], ['#!/usr/bin/env bash', 'sh'], ['#!/bin/dash', 'sh'], ['#!/bin/ksh', 'bash'],
    ['#!/usr/bin/env sh', 'bash'], ['#!/bin/busybox sh', 'bash'], ['#!/usr/bin/env -S bash -e', 'sh'], ['#! /bin/sh', 'bash'],
    ['#!/bin/bash -eu', 'sh'], ['#!/usr/local/bin/bash', 'sh'], ['#!/bin/mksh', 'bash'], ['#!/bin/ash', 'bash'],
    ['#!/usr/bin/env zsh', 'bash'], ['#!/bin/csh', 'bash'], ['#!/usr/bin/env python3', 'bash'], ['#!/usr/bin/env', 'bash'],
    ['#!/bin/bash4', 'sh'], ['#!/usr/bin/sudo bash', 'sh'], ['#!/sbin/openrc-run', 'sh'], ['#!/usr/bin/env ksh93', 'bash'],
    ['#!/usr/bin/bats', 'bash'],
  ];
  SHEBANG_CASES.forEach(([sb, fragDialect], i) => {
    const make = () => {
      const g = newG();
      const text = assemble(fragDialect, fragments(g, fragDialect, int(2, 4)), g, { shebang: sb });
      const name = scriptName({ subdir: 0 });
      return file1(name, text, [name]);
    };
    if (i % 2 === 0) addD(`shebang-${i + 1}`, `shebang ${sb}`, make);
    else one(`shebang-${i + 1}`, `shebang ${sb}`, make());
  });
  const EXTS = ['.bash', '.ksh', '.dash', '.sh', '.bats', '.zsh', ''];
  EXTS.forEach((ext, i) => {
    const make = () => {
      const g = newG();
      const dialect = pick(['bash', 'sh']);
      const text = assemble(dialect, fragments(g, dialect, int(2, 4)), g, { noShebang: true });
      const name = `${pick(['lib', 'helpers', 'env', 'completion', 'profile'])}${ext}`;
      return file1(name, text, [name]);
    };
    if (i < 5) addD(`shebang-ext${ext || '-none'}`, `no shebang, extension ${ext || '(none)'}`, make);
    else one(`shebang-ext${ext || '-none'}`, `no shebang, extension ${ext || '(none)'}`, make());
  });
  addD('shebang-bats', 'a bats test file', () => {
    const g = newG();
    const t1 = `@test "${g.w()} works" {\n  run ${g.c()} --${g.w()}\n  [ "$status" -eq 0 ]\n  ! grep -q ${g.w()} ${g.f()}\n  echo $output\n}`;
    const t2 = `@test "${g.w()} fails" {\n  run false\n  ! [ "$status" -eq 0 ]\n  [ "$output" = "${g.w()}" ]\n}`;
    const name = `${pick(['basic', 'cli', 'smoke'])}.bats`;
    const sb = pick(['#!/usr/bin/env bats\n', '#!/usr/bin/bats\n', '']);
    return file1(name, `${sb}${t1}\n\n${t2}\n`, [name]);
  });
  addD('shebang-stdin-none', 'stdin without shebang (SC2148)', () => ({ argv: ['-'], stdin: fragments(newG(), 'bash', int(1, 3)) + '\n' }));
  addD('shebang-shell-dir-vs-ext', 'shell directive wins over the file extension', () => {
    const g = newG();
    const sh = pick(['sh', 'dash']);
    const name = `${pick(['funcs', 'aliases'])}.${pick(['bash', 'ksh'])}`;
    return file1(name, `# shellcheck shell=${sh}\n${fragments(g, 'bash', 3)}\n`, [name]);
  });
  addD('shebang-s-vs-directive', '-s wins over the shell directive', () => {
    const g = newG();
    return file1('d.sh', `#!/bin/bash\n# shellcheck shell=${pick(['sh', 'dash'])}\n${fragments(g, 'bash', 3)}\n`, ['-s', pick(['bash', 'ksh']), 'd.sh']);
  });

  // ================================================================== multi-*: several inputs
  for (let k = 1; k <= 12; k++) {
    const make = () => {
      const files = {};
      const argv = [];
      const n = int(2, 4);
      for (let i = 0; i < n; i++) {
        const name = `${pick(SUBDIRS)}/${pick(WORDS)}-${i}.sh`;
        files[name] = buggy(pick(['bash', 'sh', 'dash', 'ksh']), int(1, 3));
        argv.push(name);
      }
      if (k % 4 === 1) argv.splice(int(0, argv.length), 0, 'missing.sh');
      if (k % 4 === 2) return { argv: [...argv, '-'], files, stdin: buggy('bash', 2) };
      if (k % 4 === 3) argv.unshift('-f', pick(FORMATS.filter((f) => f !== 'quiet')));
      if (k === 12) return { argv: ['-f', 'quiet', ...argv], files };
      return { argv, files };
    };
    if (k <= 6) addD(`multi-${k}`, 'several files in one run', make);
    else one(`multi-${k}`, 'several files in one run', make());
  }
  addD('multi-same-twice', 'the same file named twice', () => {
    const name = scriptName();
    return file1(name, buggy('bash', 2), [name, name]);
  });
  addD('multi-clean-and-dirty', 'a clean file and a buggy file', () => ({
    argv: ['clean.sh', 'dirty.sh'],
    files: { 'clean.sh': `#!/bin/sh\nprintf '%s\\n' "${pick(SENT)}"\n`, 'dirty.sh': buggy('sh', int(1, 3)) },
  }));

  // ================================================================== err-*: command-line and file errors
  addD('err-missing', 'a file that does not exist', () => ({ argv: [`${pick(['no-such', 'missing', 'gone'])}-${int(1, 999)}.sh`] }));
  addD('err-dir', 'a directory as input', () => { const d = pick(['scripts', 'src', 'lib', 'bin']); return { argv: [d], files: { [`${d}/x.sh`]: '#!/bin/sh\necho hi\n' } }; });
  addD('err-unreadable', 'an unreadable file', () => ({ argv: ['locked.sh'], files: { 'locked.sh': { text: buggy('bash', 1), mode: 0 } } }));
  addD('err-unknown-long', 'an unknown long option', () => ({ argv: [pick(['--verbose', '--strict', '--fix', '--quiet', '--recursive']), 'a.sh'], files: { 'a.sh': buggy('bash', 1) } }));
  addD('err-unknown-short', 'an unknown short option', () => ({ argv: [pick(['-q', '-v', '-r', '-n', '-z', '-h']), 'a.sh'], files: { 'a.sh': buggy('bash', 1) } }));
  addD('err-bad-format', 'an unknown output format', () => ({ argv: ['-f', pick(['xml', 'html', 'JSON', 'sarif', 'text', 'checkstyle2']), 'a.sh'], files: { 'a.sh': buggy('bash', 1) } }));
  one('err-no-files', 'no files given', { argv: [] });
  one('err-only-options', 'options but no files', { argv: ['-f', 'gcc', '-s', 'bash'] });
  addD('err-missing-arg', 'an option missing its argument', () => ({ argv: [pick(['-f', '--format', '-s', '-e', '-i', '-S', '-W', '-o', '-P'])] }));
  addD('err-missing-arg-file', 'an option swallowing the file name as its argument', () => ({ argv: [pick(['-e', '-i', '-o', '-P']), 'a.sh'], files: { 'a.sh': buggy('bash', 2) } }));
  addD('err-mixed', 'missing file together with a good one (exit 2 wins)', () => ({ argv: ['good.sh', `nope${int(1, 9)}.sh`], files: { 'good.sh': buggy('sh', 2) } }));
  addD('err-mixed-clean', 'missing file together with a clean one', () => ({ argv: [`nope${int(1, 9)}.sh`, 'ok.sh'], files: { 'ok.sh': `#!/bin/bash\nprintf '%s\\n' "${pick(SENT)}"\n` } }));
  addD('err-unreadable-json', 'an unreadable file with json1 output', () => ({ argv: ['-f', pick(['json1', 'json', 'checkstyle', 'gcc']), 'locked.sh', 'ok.sh'], files: { 'locked.sh': { text: 'echo $1\n', mode: 0 }, 'ok.sh': buggy('bash', 1) } }));
  addD('err-dashdash', 'a file name after --', () => { const n = `-${pick(['x', 'weird', 'n', 'dash'])}.sh`; return { argv: ['--', n], files: { [n]: buggy('bash', 1) } }; });

  // ================================================================== enc-*: encodings, line endings, odd files
  addD('enc-empty', 'an empty file', () => { const n = pick(['empty.sh', 'blank.bash', 'nothing', 'new.ksh']); return { argv: [n], files: { [n]: '' } }; });
  one('enc-comments-only', 'a file with only a shebang and comments', file1('c.sh', `#!/bin/${pick(['sh', 'bash'])}\n# ${pick(SENT)}\n# ${pick(SENT)}\n`, ['c.sh']));
  addD('enc-crlf', 'a script with CRLF line endings (SC1017)', () => {
    const g = newG();
    return file1('w.sh', buggy(pick(['bash', 'sh']), int(1, 3)).replace(/\n/g, '\r\n'), [...fmtArgs(pick(['tty', 'gcc', 'json1'])), 'w.sh']);
  });
  addD('enc-bom', 'a UTF-8 byte order mark before the shebang', () => ({ argv: ['bom.sh'], files: { 'bom.sh': '\ufeff' + buggy(pick(['bash', 'sh']), int(1, 2)) } }));
  addD('enc-latin1', 'invalid UTF-8 (ISO-8859-1 bytes) in a script', () => {
    const g = newG();
    const txt = assemble('bash', `echo "caf\u00e9 $1"\necho $${g.v()} \u00e9t\u00e9\n${fragments(g, 'bash', 1)}`, g);
    return { argv: [...fmtArgs(pick(['tty', 'gcc', 'json1'])), 'l1.sh'], files: { 'l1.sh': { base64: Buffer.from(txt, 'latin1').toString('base64') } } };
  });
  addD('enc-utf8', 'UTF-8 text before the diagnostics (columns count characters)', () => {
    const g = newG();
    const uni = pick(['héllo', 'naïve', '日本語', 'Привет', 'emoji 😀', 'Ελλάδα', 'smörgåsbord']);
    const body = `echo "${uni}" $1\n${g.v()}="${uni}"; echo $${g.v()}\nprintf '${uni} %s' $2`;
    return file1('u.sh', assemble('bash', body, g), [...fmtArgs(pick(['tty', 'gcc', 'json', 'json1', 'checkstyle'])), 'u.sh']);
  });
  addD('enc-long-line', 'a long line with a diagnostic far to the right', () => {
    const g = newG();
    const pad = Array.from({ length: int(15, 30) }, () => `"${pick(WORDS)}"`).join(' ');
    return file1('long.sh', assemble('bash', `echo ${pad} $1 ${pad} \`date\``, g), [...fmtArgs(pick(['tty', 'gcc'])), 'long.sh']);
  });
  addD('enc-no-newline', 'no final newline after a diagnostic', () => {
    const g = newG();
    return file1('nn.sh', assemble('bash', byKey.get(pick(['SC2086', 'SC2164', 'SC2006', 'SC2162'])).make(g), g, { postN: 0, noFinalNewline: true }), [...fmtArgs(pick(['tty', 'diff'])), 'nn.sh']);
  });
  addD('enc-nul', 'a NUL byte inside a script', () => ({ argv: ['nul.sh'], files: { 'nul.sh': { base64: Buffer.from(`#!/bin/sh\necho "a\u0000b" $${pick(VARS)}\n`, 'latin1').toString('base64') } } }));
  addD('enc-binary', 'random binary data as a script', () => ({ argv: ['blob.sh'], files: { 'blob.sh': { base64: Buffer.concat([Buffer.from('#!/bin/sh\n'), rng.bytes(int(40, 120))]).toString('base64') } } }));

  // ================================================================== real-*: longer realistic scripts
  const REAL = [
    (g) => { // backup script
      const src = g.v(); const dest = g.v(); const stamp = g.v();
      return `${src}=\${1:-${g.d()}}\n${dest}=${g.d()}\n${stamp}=\`date +%Y%m%d\`\n\nif [ ! -d $${dest} ]; then\n  mkdir -p $${dest}\nfi\n\ncd $${src}\nfor f in $(ls *.${pick(['sql', 'db', 'dump'])}); do\n  tar czf $${dest}/$f-$${stamp}.tar.gz $f\n  echo "Backed up $f"\ndone\n\nfind $${dest} -name *.tar.gz -mtime +${int(3, 30)} | xargs rm\necho "Backup finished: $(ls $${dest} | wc -l) archives"`;
    },
    (g) => { // deploy script
      const host = g.host(); const app = g.w(); const ver = g.v();
      return `set -e\n${ver}=$1\nAPP=${app}\n\nif [ -z $${ver} ]; then\n  echo "usage: $0 version"\n  exit 1\nfi\n\necho "Deploying $APP version $${ver} to ${host}"\nssh deploy@${host} "cd /srv/$APP && git fetch && git checkout $${ver}"\nscp build/$APP-$${ver}.tar.gz deploy@${host}:/tmp/\nssh deploy@${host} <<EOF\n  cd /srv/$APP\n  tar xzf /tmp/$APP-$${ver}.tar.gz\n  systemctl restart $APP\nEOF\n[ $? == 0 ] && echo "done" || echo "failed"`;
    },
    (g) => { // log rotation
      const dir = g.v(); const days = g.v();
      return `${dir}=${g.d()}\n${days}=${int(3, 14)}\n\ncd $${dir}\nfor log in *.log; do\n  if [ -s $log ]; then\n    mv $log $log.$(date +%s)\n    gzip $log.*\n  fi\ndone\nfind . -name "*.gz" -mtime +$${days} -exec rm {} \\;\nkill -HUP \`cat /var/run/${g.w()}.pid\``;
    },
    (g) => { // arg parsing
      const verbose = g.v(); const out = g.v();
      return `${verbose}=0\n${out}=""\nwhile getopts "vo:h" opt; do\n  case $opt in\n    v) ${verbose}=1 ;;\n    o) ${out}=$OPTARG ;;\n    h) echo "usage: $0 [-v] [-o file] files..."; exit 0 ;;\n  esac\ndone\nshift $((OPTIND-1))\n\nfor f in $@; do\n  if [ $${verbose} -eq 1 ]; then echo "processing $f"; fi\n  cat $f >> $${out}\ndone`;
    },
    (g) => { // install deps
      const pkgs = g.v();
      return `${pkgs}="${g.w()} ${g.w()} ${g.c()}"\nif [ "$EUID" != 0 ]; then\n  echo "Run as root"\n  exit\nfi\napt-get update\nfor p in $${pkgs}; do\n  if ! dpkg -l | grep -q $p; then\n    apt-get install -y $p\n  fi\ndone\nwhich ${g.c()} > /dev/null || echo "missing"\necho "Installed: \${${pkgs}[@]}"`;
    },
    (g) => { // CSV processing
      const file = g.v(); const total = g.v();
      return `${file}=$1\n${total}=0\ncat $${file} | while IFS=, read name amount; do\n  ${total}=$(( $${total} + $amount ))\n  echo "$name: $amount"\ndone\necho "Total: $${total}"\nsort -t, -k2 -n $${file} > $${file}`;
    },
    (g) => { // wait for service
      const url = g.v(); const n = g.v();
      return `${url}=http://${g.host()}:${int(3000, 9000)}/health\n${n}=0\nuntil curl -sf $${url}; do\n  ${n}=\`expr $${n} + 1\`\n  if [ $${n} -gt ${int(5, 30)} ]; then\n    echo "Service did not come up" >&2\n    exit 1\n  fi\n  sleep 2\ndone\necho "up after $${n} tries"`;
    },
    (g) => { // functions with locals
      const f = g.fn(); const h = g.fn();
      return `${f}() {\n  local dir=$1\n  local count=$(ls $dir | wc -l)\n  echo $count\n}\n\n${h}() {\n  for d in "$@"; do\n    n=$(${f} $d)\n    if [ $n > ${int(5, 50)} ]; then\n      echo "$d has too many files"\n    fi\n  done\n}\n\n${h} ${g.d()} ${g.d()}`;
    },
    (g) => { // build script
      const jobs = g.v();
      return `${jobs}=\${JOBS:-$(nproc)}\nBUILD_DIR=build\n\nrm -rf $BUILD_DIR/*\nmkdir $BUILD_DIR && cd $BUILD_DIR\ncmake .. -DCMAKE_BUILD_TYPE=${pick(['Release', 'Debug'])}\nmake -j$${jobs} 2>&1 | tee build.log\nif [ $? -ne 0 ]; then\n  echo "build failed"\nfi\ncd ..\nVERSION=$(git describe --tags)\ntar czf app-$VERSION.tar.gz $BUILD_DIR/bin`;
    },
    (g) => { // user management
      const user = g.v();
      return `read -p "User name: " ${user}\nif id $${user} >/dev/null 2>&1; then\n  echo "User $${user} exists"\nelse\n  useradd -m $${user}\n  echo "$${user}:changeme" | chpasswd\nfi\nsudo echo "$${user} ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers\nchown -R $${user}: /home/$${user}`;
    },
  ];
  for (let k = 1; k <= 40; k++) {
    const make = () => {
      const g = newG();
      const tpl = REAL[(k - 1) % REAL.length];
      let body = tpl(g);
      if (k > 20) body += '\n\n' + fragments(g, 'bash', int(1, 3));
      const dialect = k % 3 === 0 ? 'sh' : 'bash';
      const name = scriptName();
      const fmt = k <= 10 ? [] : fmtArgs(pick(['tty', 'gcc', 'json1', 'checkstyle', 'diff', 'json']));
      const extra = k % 8 === 5 ? ['-S', 'warning'] : k % 8 === 6 ? ['-o', 'all'] : k % 8 === 7 ? ['-W', String(int(0, 6))] : [];
      return file1(name, assemble(dialect, body, g, { pre: int(0, 1) }), [...extra, ...fmt, name]);
    };
    if (k <= 20) addD(`real-${k}`, 'longer realistic script', make);
    else one(`real-${k}`, 'longer realistic script', make());
  }

  return cases;
}

// Catalogue of small buggy shell fragments, one per ShellCheck diagnostic (or idea).
// Each entry: [key, shell, make] where key names the diagnostic it is meant to show
// (SCnnnn, with a suffix when several fragments show one code), shell is the dialect the
// fragment is written for ('bash', 'sh', 'dash', 'ksh' or 'any'), and make(g) returns the
// fragment's lines as one string. g draws names and values from the seeded rng:
//   g.v() a fresh lowercase variable name, g.V() a fresh uppercase one, g.f() a file name,
//   g.d() a directory, g.n(a, b) an integer, g.w() a word, g.c() a command name,
//   g.fn() a fresh function name, g.host() a host name, g.pick(list).
// Shell `${` is written `\${` inside the JS template literals.

export const CATALOGUE = [
  // ---------------------------------------------------------------- quoting
  ['SC2086', 'any', (g) => { const a = g.v(); return `${a}="\${1:-${g.d()}}"\nls -l $${a}`; }],
  ['SC2086-b', 'any', (g) => { const a = g.v(); const b = g.v(); return `${a}=$(basename "$1")\n${b}="$2"\ncp $${a} $${b}`; }],
  ['SC2086-c', 'any', (g) => `${g.c()} --input $1 --output "$2"`],
  ['SC2086-d', 'bash', (g) => { const a = g.v(); return `read -r ${a}\nif [ -f $${a} ]; then\n  rm "$${a}"\nfi`; }],
  ['SC2046', 'any', (g) => `rm -f $(find ${g.d()} -name '*.${g.pick(['tmp', 'bak', 'old'])}')`],
  ['SC2046-b', 'any', (g) => `chmod ${g.pick(['644', '600', '755'])} $(cat ${g.f()})`],
  ['SC2068', 'bash', (g) => `${g.c()} $@`],
  ['SC2068-b', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()} ${g.w()})\nfor x in \${${a}[@]}; do\n  echo "$x"\ndone`; }],
  ['SC2048', 'any', (g) => `for arg in $*; do\n  echo "${g.w()}: $arg"\ndone`],
  ['SC2145', 'bash', (g) => `echo "${g.w()} arguments: $@"`],
  ['SC2124', 'bash', (g) => { const a = g.v(); return `${a}="$@"\necho "$${a}"`; }],
  ['SC2140', 'any', (g) => `echo "${g.w()}"${g.w()}"${g.w()}"`],
  ['SC2016', 'any', (g) => `echo '${g.w()} is $HOME/${g.w()}'`],
  ['SC2016-b', 'any', (g) => `git commit -m 'Bump ${g.w()} to $${g.V()}'`],
  ['SC2026', 'any', (g) => `alias ${g.w()}='echo '${g.w()}''`],
  ['SC2027', 'any', (g) => { const a = g.v(); return `${a}=${g.n(2, 99)}\necho "value: "$${a}" units"`; }],
  ['SC2089', 'bash', (g) => { const a = g.v(); return `${a}="--name '${g.w()} ${g.w()}'"\n${g.c()} $${a}`; }],
  ['SC2090', 'bash', (g) => { const a = g.v(); return `${a}="-x '${g.w()}'"\nfoo $${a}`; }],
  ['SC2088', 'any', (g) => `cd "~/${g.w()}" || exit`],
  ['SC2291', 'any', (g) => `echo ${g.w()}    ${g.w()}`],
  ['SC2295', 'bash', (g) => { const a = g.v(); const b = g.v(); return `${a}="${g.w()}.${g.pick(['tar', 'txt', 'log'])}"\n${b}=".${g.pick(['tar', 'txt', 'log'])}"\necho "\${${a}%$${b}}"`; }],
  ['SC2248', 'any', (g) => { const a = g.v(); return `# shellcheck enable=quote-safe-variables\n${a}=${g.n(1, 9)}\necho $${a}`; }],
  ['SC2250', 'any', (g) => { const a = g.v(); return `# shellcheck enable=require-variable-braces\n${a}="${g.w()}"\necho "$${a}"`; }],
  ['SC2206', 'bash', (g) => { const a = g.v(); const b = g.v(); return `${a}="${g.w()} ${g.w()}"\n${b}=($${a})\necho "\${${b}[0]}"`; }],
  ['SC2207', 'bash', (g) => { const a = g.v(); return `${a}=($(ls ${g.d()}))\necho "\${#${a}[@]}"`; }],
  ['SC2231', 'any', (g) => { const a = g.v(); return `${a}="${g.d()}"\nfor f in $${a}/*.${g.pick(['txt', 'log', 'conf'])}; do\n  echo "$f"\ndone`; }],
  ['SC2254', 'bash', (g) => { const a = g.v(); const b = g.v(); return `${a}="${g.w()}"\n${b}="${g.w()}*"\ncase "$${a}" in\n  $${b}) echo match ;;\nesac`; }],

  // ---------------------------------------------------------------- command substitution, useless use
  ['SC2006', 'any', (g) => { const a = g.v(); return `${a}=\`date +%${g.pick(['F', 's', 'Y'])}\`\necho "$${a}"`; }],
  ['SC2005', 'any', (g) => `echo $(cat ${g.f()})`],
  ['SC2116', 'any', (g) => { const a = g.v(); return `${a}=$(echo ${g.w()})\necho "$${a}"`; }],
  ['SC2002', 'any', (g) => `cat ${g.f()} | grep ${g.w()}`],
  ['SC2002-b', 'any', (g) => `cat "${g.f()}" | wc -l`],
  ['SC2001', 'bash', (g) => { const a = g.v(); const b = g.v(); return `${a}="${g.w()}"\n${b}=$(echo "$${a}" | sed 's/${g.w()}/${g.w()}/g')\necho "$${b}"`; }],
  ['SC2003', 'any', (g) => { const a = g.v(); return `${a}=$(expr ${g.n(1, 50)} + ${g.n(1, 50)})\necho "$${a}"`; }],
  ['SC2004', 'any', (g) => { const a = g.v(); return `${a}=${g.n(1, 9)}\necho $(( $${a} + ${g.n(1, 9)} ))`; }],
  ['SC2007', 'bash', (g) => { const a = g.v(); return `${a}=$[${g.n(1, 9)} + ${g.n(1, 9)}]\necho "$${a}"`; }],
  ['SC2009', 'any', (g) => `ps aux | grep ${g.c()}`],
  ['SC2010', 'any', (g) => `ls ${g.d()} | grep ${g.w()}`],
  ['SC2012', 'any', (g) => { const a = g.v(); return `${a}=$(ls ${g.d()} | wc -l)\necho "$${a}"`; }],
  ['SC2126', 'any', (g) => `grep ${g.w()} ${g.f()} | wc -l`],
  ['SC2196', 'any', (g) => `egrep '${g.w()}|${g.w()}' ${g.f()}`],
  ['SC2197', 'any', (g) => `fgrep '${g.w()}' ${g.f()}`],
  ['SC2186', 'any', (g) => { const a = g.v(); return `${a}=$(tempfile)\necho "$${a}"`; }],
  ['SC2091', 'any', (g) => `if $(grep -q ${g.w()} ${g.f()}); then\n  echo found\nfi`],
  ['SC2092', 'any', (g) => `if \`test -d ${g.d()}\`; then\n  echo ok\nfi`],
  ['SC2084', 'bash', (g) => { const a = g.v(); return `${a}=${g.n(1, 9)}\n$(( ${a} + 1 ))`; }],

  // ---------------------------------------------------------------- loops
  ['SC2045', 'any', (g) => `for f in $(ls ${g.d()}); do\n  echo "$f"\ndone`],
  ['SC2044', 'any', (g) => `for f in $(find ${g.d()} -name '*.${g.pick(['c', 'h', 'py'])}'); do\n  echo "$f"\ndone`],
  ['SC2013', 'any', (g) => `for line in $(cat ${g.f()}); do\n  echo "$line"\ndone`],
  ['SC2043', 'any', (g) => `for f in ${g.d()}/${g.f()}; do\n  echo "$f"\ndone`],
  ['SC2066', 'any', (g) => `for f in "$(ls ${g.d()})"; do\n  echo "$f"\ndone`],
  ['SC2041', 'any', (g) => `for i in 'seq 1 ${g.n(3, 20)}'; do\n  echo "$i"\ndone`],
  ['SC2165', 'any', (g) => `for i in ${g.w()} ${g.w()}; do\n  for i in ${g.n(1, 9)} ${g.n(1, 9)}; do\n    echo "$i"\n  done\ndone`],
  ['SC2031', 'bash', (g) => { const a = g.v(); return `${a}=0\ncat ${g.f()} | while read -r line; do\n  ${a}=$((${a} + 1))\ndone\necho "$${a}"`; }],
  ['SC2095', 'any', (g) => `while read -r host; do\n  ssh "$host" uptime\ndone < ${g.f()}`],
  ['SC2302', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()} ${g.w()})\nfor i in "\${${a}[@]}"; do\n  echo "\${${a}[$i]}"\ndone`; }],
  ['SC2105', 'any', () => 'echo start\nbreak'],
  ['SC2104', 'any', (g) => `${g.fn()}() {\n  echo "$1"\n  break\n}`],

  // ---------------------------------------------------------------- tests and conditions
  ['SC2070', 'any', (g) => { const a = g.v(); return `${a}="$1"\nif [ -n $${a} ]; then\n  echo set\nfi`; }],
  ['SC2071', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" > ${g.n(2, 99)} ]; then\n  echo big\nfi`; }],
  ['SC2072', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" -gt ${g.n(1, 9)}.${g.n(1, 9)} ]; then\n  echo big\nfi`; }],
  ['SC2073', 'any', (g) => { const a = g.v(); const b = g.v(); return `${a}=$1\n${b}=$2\nif [ "$${a}" \\< "$${b}" ]; then echo less; fi\nif [ "$${a}" < "$${b}" ]; then echo less; fi`; }],
  ['SC2076', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ $${a} =~ "^${g.w()}[0-9]+$" ]]; then\n  echo ok\nfi`; }],
  ['SC2049', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ $${a} =~ *.${g.pick(['txt', 'log'])} ]]; then\n  echo ok\nfi`; }],
  ['SC2077', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ $${a}==${g.w()} ]]; then\n  echo same\nfi`; }],
  ['SC2170-b', 'any', (g) => `if [ ${g.w()} -gt ${g.n(1, 9)} ]; then\n  echo yes\nfi`],
  ['SC2050', 'any', (g) => `if [ "${g.w()}" = "${g.w()}x" ]; then\n  echo same\nfi`],
  ['SC2053', 'bash', (g) => { const a = g.v(); const b = g.v(); return `${a}=$1\n${b}=$2\nif [[ $${a} = $${b} ]]; then\n  echo same\nfi`; }],
  ['SC2055', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ $${a} != ${g.w()} || $${a} != ${g.w()}x ]]; then\n  echo other\nfi`; }],
  ['SC2166-b', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" -ne ${g.n(1, 4)} -o "$${a}" -ne ${g.n(5, 9)} ]; then\n  echo other\nfi`; }],
  ['SC2252', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" != ${g.w()} ] || [ "$${a}" != ${g.w()}x ]; then\n  echo other\nfi`; }],
  ['SC2081', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" = *.${g.pick(['txt', 'gz', 'sh'])} ]; then\n  echo match\nfi`; }],
  ['SC2107', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ -n "$${a}" && -f "$${a}" ]; then\n  echo ok\nfi`; }],
  ['SC2108', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ -n "$${a}" -a -f "$${a}" ]]; then\n  echo ok\nfi`; }],
  ['SC2109', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ -z "$${a}" || -d "$${a}" ]; then\n  echo ok\nfi`; }],
  ['SC2110', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ -z "$${a}" -o -d "$${a}" ]]; then\n  echo ok\nfi`; }],
  ['SC2166', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ -f "$${a}" -a -r "$${a}" ]; then\n  cat "$${a}"\nfi`; }],
  ['SC2071-b', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ $${a} >= ${g.n(1, 99)} ]]; then\n  echo big\nfi`; }],
  ['SC2309-b', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ "$${a}" -eq "${g.w()}" ]]; then\n  echo same\nfi`; }],
  ['SC2143', 'any', (g) => `if [ "$(grep ${g.w()} ${g.f()})" ]; then\n  echo found\nfi`],
  ['SC2143-b', 'any', (g) => `if [ -n "$(grep ${g.w()} ${g.f()})" ]; then\n  echo found\nfi`],
  ['SC2144', 'any', (g) => `if [ -e ${g.d()}/*.${g.pick(['pid', 'lock', 'tmp'])} ]; then\n  echo exists\nfi`],
  ['SC2157', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ -n "$${a} " ]; then\n  echo always\nfi`; }],
  ['SC2158', 'any', () => 'if [ false ]; then\n  echo always\nfi'],
  ['SC2159', 'any', () => 'while [ 0 ]; do\n  sleep 1\ndone'],
  ['SC2160', 'any', () => 'while [ true ]; do\n  sleep 1\ndone'],
  ['SC2161', 'any', () => 'while [ 1 ]; do\n  sleep 1\ndone'],
  ['SC2170', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" -eq "${g.w()}" ]; then\n  echo same\nfi`; }],
  ['SC2181', 'any', (g) => `${g.c()} ${g.w()}\nif [ $? -ne 0 ]; then\n  echo failed\nfi`],
  ['SC2198', 'bash', () => 'if [ -f "$@" ]; then\n  echo ok\nfi'],
  ['SC2199', 'bash', (g) => `if [[ "$@" = *${g.w()}* ]]; then\n  echo ok\nfi`],
  ['SC2200', 'any', (g) => `if [ -f ${g.w()}{1,2}.txt ]; then\n  echo ok\nfi`],
  ['SC2201', 'bash', (g) => `if [[ -f ${g.w()}{1,2}.txt ]]; then\n  echo ok\nfi`],
  ['SC2144-b', 'bash', (g) => `if [[ -f *.${g.pick(['txt', 'conf'])} ]]; then\n  echo ok\nfi`],
  ['SC2205', 'any', (g) => { const a = g.v(); return `${a}=$1\nif ( $${a} -gt ${g.n(1, 9)} ); then\n  echo big\nfi`; }],
  ['SC2204', 'any', (g) => `if ( -f ${g.f()} ); then\n  echo ok\nfi`],
  ['SC2212', 'any', () => 'if [ ]; then\n  echo never\nfi'],
  ['SC2233', 'any', (g) => `if ([ -f ${g.f()} ]); then\n  echo ok\nfi`],
  ['SC2236', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ ! -z "$${a}" ]; then\n  echo set\nfi`; }],
  ['SC2237', 'any', (g) => { const a = g.v(); return `${a}=$1\nif ! [ -n "$${a}" ]; then\n  echo empty\nfi`; }],
  ['SC2268', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "x$${a}" = "x${g.w()}" ]; then\n  echo same\nfi`; }],
  ['SC2309', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ $${a} -eq ${g.w()} ]]; then\n  echo same\nfi`; }],
  ['SC2265', 'bash', (g) => `if [ -f ${g.f()} ] & [ -r ${g.f()} ]; then\n  echo ok\nfi`],
  ['SC2266', 'bash', (g) => `if [ -f ${g.f()} ] | [ -r ${g.f()} ]; then\n  echo ok\nfi`],
  ['SC2015', 'any', (g) => `[ -f ${g.f()} ] && ${g.c()} ${g.w()} || ${g.c()} --${g.w()}`],
  ['SC2244', 'any', (g) => { const a = g.v(); return `# shellcheck enable=avoid-nullary-conditions\n${a}=$1\nif [ "$${a}" ]; then\n  echo set\nfi`; }],
  ['SC2292', 'bash', (g) => { const a = g.v(); return `# shellcheck enable=require-double-brackets\n${a}=$1\nif [ -n "$${a}" ]; then\n  echo set\nfi`; }],
  ['SC2074', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" =~ ^[0-9]+$ ]; then\n  echo num\nfi`; }],
  ['SC2193', 'bash', (g) => { const a = g.v(); return `${a}=$1\nif [[ "$${a}.txt" == "${g.w()}" ]]; then\n  echo same\nfi`; }],
  ['SC2208', 'bash', (g) => `if [ -v ${g.v()}[0] ]; then\n  echo set\nfi`],

  // ---------------------------------------------------------------- variables and assignments
  ['SC2034', 'any', (g) => `${g.v()}="${g.w()}"\necho "${g.w()}"`],
  ['SC2034-b', 'bash', (g) => `for ${g.v()} in 1 2 3; do\n  echo tick\ndone`],
  ['SC2154', 'any', (g) => `echo "Target: $${g.v()}"`],
  ['SC2153', 'any', (g) => { const a = g.V(); const b = a.replace('_', ''); return `${a}="${g.w()}"\necho "$${a}"\necho "$${b}"`; }],
  ['SC2155', 'bash', (g) => { const a = g.v(); return `${g.fn()}() {\n  local ${a}=$(date +%s)\n  echo "$${a}"\n}`; }],
  ['SC2155-b', 'any', (g) => `export ${g.V()}=$(${g.c()} --version)`],
  ['SC2123', 'any', (g) => `PATH=${g.d()}\necho "$PATH"`],
  ['SC2121', 'any', (g) => `set ${g.v()}=${g.w()}`],
  ['SC2125', 'any', (g) => { const a = g.v(); return `${a}=*.${g.pick(['txt', 'log', 'csv'])}\necho "$${a}"`; }],
  ['SC2128', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()})\necho "$${a}"`; }],
  ['SC2178', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()})\n${a}="${g.w()}"\necho "\${${a}[@]}"`; }],
  ['SC2179', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()})\n${a}+="${g.w()}"\necho "\${${a}[@]}"`; }],
  ['SC2054', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()}, ${g.w()}, ${g.w()})\necho "\${${a}[@]}"`; }],
  ['SC2190', 'bash', (g) => { const a = g.v(); return `declare -A ${a}=(${g.w()} ${g.w()})\necho "\${${a}[@]}"`; }],
  ['SC2191', 'bash', (g) => { const a = g.v(); return `${a}=([0] =${g.w()})\necho "\${${a}[@]}"`; }],
  ['SC2097', 'any', (g) => { const a = g.v(); return `${a}=${g.w()} echo "$${a}"`; }],
  ['SC2163', 'any', (g) => { const a = g.v(); return `${a}=${g.V()}\nexport $${a}`; }],
  ['SC2229', 'any', (g) => { const a = g.v(); return `${a}=name\nread -r $${a}`; }],
  ['SC2269', 'any', (g) => { const a = g.v(); return `${a}=$1\n${a}=$${a}\necho "$${a}"`; }],
  ['SC2100', 'any', (g) => { const a = g.v(); return `${a}=${g.n(1, 9)}\n${a}=${a}+1\necho "$${a}"`; }],
  ['SC2209', 'any', (g) => { const a = g.v(); return `${a}=cat ${g.f()}\necho "$${a}"`; }],
  ['SC2036', 'any', (g) => { const a = g.v(); return `${a}=ls | wc -l\necho "$${a}"`; }],
  ['SC2141', 'bash', () => 'IFS="\\t"\nread -r a b\necho "$a $b"'],
  ['SC2271', 'bash', (g) => { const a = g.v(); return `${a}=${g.n(1, 5)}\nvar$${a}=${g.w()}`; }],
  ['SC2270', 'any', (g) => `$1=${g.w()}`],
  ['SC2281', 'any', (g) => { const a = g.v(); return `${a}=x\n\${${a}}=${g.w()}`; }],
  ['SC2282', 'any', (g) => `${g.n(1, 9)}${g.v()}=${g.w()}`],
  ['SC2283', 'any', (g) => `${g.v()} = ${g.w()}`],
  ['SC2284', 'any', (g) => `${g.v()} == ${g.w()}`],
  ['SC2285', 'any', (g) => `${g.v()} += ${g.n(1, 9)}`],
  ['SC2290', 'bash', (g) => `declare ${g.v()} = ${g.n(1, 9)}`],
  ['SC2276', 'any', (g) => `"$${g.v()}"=${g.w()}`],
  ['SC2277', 'bash', (g) => `$0=${g.w()}`],
  ['SC2280', 'sh', (g) => `$0=${g.w()}`],
  ['SC2316', 'bash', (g) => `${g.fn()}() {\n  local readonly ${g.v()}=${g.n(1, 99)}\n}`],
  ['SC2318', 'bash', (g) => { const a = g.v(); const b = g.v(); return `${g.fn()}() {\n  local ${a}=${g.n(1, 9)} ${b}=$${a}\n  echo "$${b}"\n}`; }],
  ['SC2168', 'bash', (g) => { const a = g.v(); return `local ${a}=${g.w()}\necho "$${a}"`; }],
  ['SC2178-b', 'bash', (g) => { const a = g.v(); return `declare -a ${a}\n${a}="${g.w()}"\necho "$${a}"`; }],
  ['SC2321', 'bash', (g) => { const a = g.v(); return `${a}=()\ni=${g.n(0, 5)}\n${a}[$((i+1))]=${g.w()}\necho "\${${a}[@]}"`; }],
  ['SC2322', 'bash', (g) => { const a = g.v(); return `${a}=${g.n(1, 9)}\necho "$(( ((${a} + ${g.n(1, 9)})) ))"`; }],
  ['SC2323', 'bash', (g) => { const a = g.v(); return `${a}=()\ni=${g.n(0, 5)}\n${a}[(i+1)]=${g.w()}\necho "\${${a}[@]}"`; }],
  ['SC2080', 'bash', (g) => { const a = g.v(); return `${a}=$(( 0${g.pick(['8', '9', '18', '29', '98', '089'])} + 1 ))\necho "$${a}"`; }],
  ['SC2079', 'bash', (g) => { const a = g.v(); return `(( ${a} = ${g.n(1, 9)}.${g.n(1, 9)} * 2 ))\necho "$${a}"`; }],
  ['SC2017', 'any', (g) => { const a = g.v(); return `${a}=$(( $1 / ${g.n(2, 9)} * ${g.n(2, 9)} ))\necho "$${a}"`; }],

  // ---------------------------------------------------------------- functions
  ['SC2120', 'any', (g) => { const f = g.fn(); return `${f}() {\n  echo "Hello, $1"\n}\n${f}`; }],
  ['SC2218', 'any', (g) => { const f = g.fn(); return `${f} ${g.w()}\n${f}() {\n  echo "$1"\n}`; }],
  ['SC2264', 'any', () => `ls() {\n  ls -l "$@"\n}`],
  ['SC2033', 'any', (g) => { const f = g.fn(); return `${f}() {\n  echo "$1"\n}\nfind ${g.d()} -type f -exec ${f} {} \\;`; }],
  ['SC2152', 'any', (g) => `${g.fn()}() {\n  return ${g.n(256, 999)}\n}`],
  ['SC2151', 'any', (g) => `${g.fn()}() {\n  return ${g.n(0, 9)} ${g.n(0, 9)}\n}`],
  ['SC2242', 'any', () => 'echo failed\nexit -1'],
  ['SC2241', 'any', (g) => `echo failed\nexit ${g.n(1, 9)} ${g.n(1, 9)}`],
  ['SC2317', 'any', (g) => `echo "${g.w()}"\nexit 0\necho "${g.w()}"`],
  ['SC2317-b', 'any', (g) => { const f = g.fn(); return `${f}() {\n  return 1\n  echo "${g.w()}"\n}\n${f}`; }],
  ['SC2310', 'bash', (g) => { const f = g.fn(); return `# shellcheck enable=check-set-e-suppressed\nset -e\n${f}() {\n  false\n}\nif ${f}; then\n  echo ok\nfi`; }],
  ['SC2311', 'bash', (g) => { const f = g.fn(); const a = g.v(); return `# shellcheck enable=check-set-e-suppressed\nset -e\n${f}() {\n  false\n  echo "${g.w()}"\n}\n${a}=$(${f})\necho "$${a}"`; }],
  ['SC2312', 'bash', (g) => `# shellcheck enable=check-extra-masked-returns\necho "Today: $(date +%F)"\n${g.c()} "$(${g.c()} ${g.w()})"`],

  // ---------------------------------------------------------------- printf / echo / read
  ['SC2059', 'any', (g) => { const a = g.v(); return `${a}="${g.w()}"\nprintf "Value: $${a}\\n"`; }],
  ['SC2182', 'any', (g) => `printf "${g.w()}\\n" "${g.w()}"`],
  ['SC2183', 'any', (g) => `printf "%s: %s\\n" "${g.w()}"`],
  ['SC2028', 'any', (g) => `echo "${g.w()}\\n${g.w()}"`],
  ['SC2162', 'any', (g) => { const a = g.v(); return `read ${a}\necho "$${a}"`; }],
  ['SC2162-b', 'any', (g) => `while read line; do\n  echo "$line"\ndone < ${g.f()}`],
  ['SC2216-b', 'any', (g) => `${g.c()} --list | echo`],

  // ---------------------------------------------------------------- find / grep / tr / xargs
  ['SC2061', 'any', (g) => `find ${g.d()} -name *.${g.pick(['log', 'tmp', 'bak'])} -delete`],
  ['SC2062', 'any', (g) => `grep ${g.w()}.* ${g.f()}`],
  ['SC2063', 'any', (g) => `grep '*${g.w()}*' ${g.f()}`],
  ['SC2038', 'any', (g) => `find ${g.d()} -type f | xargs rm`],
  ['SC2067', 'any', (g) => `find ${g.d()} -name '*.o' -exec rm {} ;`],
  ['SC2014', 'any', (g) => `find ${g.d()} -type f -exec echo $(basename {}) \\;`],
  ['SC2146', 'any', (g) => `find ${g.d()} -name '*.${g.pick(['o', 'a'])}' -o -name '*.${g.pick(['so', 'tmp'])}' -exec rm {} \\;`],
  ['SC2150', 'any', (g) => `find ${g.d()} -type f -exec "chmod 644 {}" \\;`],
  ['SC2156', 'any', (g) => `find ${g.d()} -name '*.txt' -exec sh -c 'echo {}' \\;`],
  ['SC2227', 'any', (g) => `find ${g.d()} -type f -exec cat {} > ${g.f()} \\;`],
  ['SC2060', 'any', () => 'tr [a-z] [A-Z] < input.txt'],
  ['SC2018', 'any', (g) => `tr 'a-z' 'A-Z' < ${g.f()}`],
  ['SC2020', 'any', (g) => `tr '${g.pick(['hello', 'speed', 'letter'])}' '${g.pick(['world', 'quick', 'thanks'])}' < ${g.f()}`],
  ['SC2021', 'any', (g) => `tr '[abc]' '[xyz]' < ${g.f()}`],
  ['SC2101', 'any', (g) => `case "$1" in\n  [:digit:]) echo digit ;;\n  *) echo ${g.w()} ;;\nesac`],
  ['SC2102', 'any', (g) => `ls ${g.d()}/[0-${g.n(1, 9)}0]`],
  ['SC2267', 'any', (g) => `find ${g.d()} -type f -print0 | xargs -0 -i cp {} ${g.d()}`],
  ['SC2216', 'any', (g) => `find ${g.d()} -name '*.tmp' | rm`],
  ['SC2217', 'any', (g) => `echo < ${g.f()}`],

  // ---------------------------------------------------------------- cd, rm, sudo, ssh, misc commands
  ['SC2164', 'any', (g) => `cd ${g.d()}\n${g.c()}`],
  ['SC2164-b', 'any', (g) => `pushd ${g.d()}\nls\npopd`],
  ['SC2115', 'any', (g) => { const a = g.v(); return `${a}="$1"\nrm -rf "$${a}/"*`; }],
  ['SC2114', 'any', () => 'rm -rf /usr /lib'],
  ['SC2029', 'any', (g) => { const a = g.v(); return `${a}="${g.w()}"\nssh ${g.host()} "echo $${a}"`; }],
  ['SC2087', 'any', (g) => { const a = g.v(); return `${a}="${g.w()}"\nssh ${g.host()} <<EOF\necho $${a}\nEOF`; }],
  ['SC2024', 'any', (g) => `sudo echo "${g.w()}" > /etc/${g.f()}`],
  ['SC2232', 'any', () => 'sudo cd /root'],
  ['SC2117', 'any', (g) => `su ${g.w()}\necho done`],
  ['SC2069', 'any', (g) => `${g.c()} 2>&1 > ${g.f()}`],
  ['SC2094', 'any', (g) => { const f = g.f(); return `grep ${g.w()} ${f} > ${f}`; }],
  ['SC2094-b', 'any', () => 'sort data.txt > data.txt'],
  ['SC2064', 'any', (g) => { const a = g.v(); return `${a}=$(mktemp)\ntrap "rm -f $${a}" EXIT`; }],
  ['SC2173', 'any', () => 'trap \'echo bye\' KILL'],
  ['SC2174', 'any', (g) => `mkdir -p -m 700 ${g.d()}/${g.w()}`],
  ['SC2253', 'any', (g) => `chmod -r ${g.f()}`],
  ['SC2224', 'any', (g) => `mv ${g.f()}`],
  ['SC2225', 'any', (g) => `cp ${g.f()}`],
  ['SC2226', 'any', (g) => `ln -s ${g.d()}`],
  ['SC2096', 'bash-x', () => 'echo "debug"'],
  ['SC2129', 'any', (g) => { const f = g.f(); return `echo "${g.w()}" >> ${f}\necho "${g.w()}" >> ${f}\necho "${g.w()}" >> ${f}`; }],
  ['SC2188', 'any', (g) => `if true; then\n  > ${g.f()}\nfi`],
  ['SC2189', 'any', (g) => `> ${g.f()} | ${g.c()}`],
  ['SC2259', 'any', (g) => `echo "${g.w()}" | grep ${g.w()} < ${g.f()}`],
  ['SC2260', 'any', (g) => `grep ${g.w()} ${g.f()} > ${g.f()} | sort`],
  ['SC2261', 'any', (g) => `${g.c()} > ${g.f()} > ${g.f()}.bak`],
  ['SC2238', 'any', (g) => `ls ${g.d()} > grep`],
  ['SC2035', 'any', (g) => `rm *.${g.pick(['tmp', 'o', 'bak'])}`],
  ['SC2035-b', 'any', () => 'grep -l TODO *'],
  ['SC2211', 'any', () => '*.sh'],
  ['SC2215', 'any', (g) => `-f "${g.f()}"`],
  ['SC2286', 'any', (g) => `"" ${g.w()}`],
  ['SC2287', 'any', (g) => `${g.d()}/ ${g.w()}`],
  ['SC2272', 'any', (g) => { const a = g.v(); return `${a}=$1\n$${a}==${g.w()}`; }],
  ['SC2273', 'any', () => 'echo start\n=======\necho end'],
  ['SC2274', 'any', (g) => `=== ${g.w()} ===`],
  ['SC2275', 'any', (g) => { const a = g.v(); return `${a}\n=${g.w()}`; }],
  ['SC2230', 'any', (g) => `# shellcheck enable=deprecate-which\nwhich ${g.c()}`],
  ['SC2213', 'any', () => 'while getopts "ab:c" opt; do\n  case $opt in\n    a) echo a ;;\n    b) echo "$OPTARG" ;;\n  esac\ndone'],
  ['SC2214', 'any', () => 'while getopts "ab" opt; do\n  case $opt in\n    a) echo a ;;\n    b) echo b ;;\n    z) echo z ;;\n    *) exit 1 ;;\n  esac\ndone'],
  ['SC2220', 'any', () => 'while getopts "vq" opt; do\n  case $opt in\n    v) echo verbose ;;\n    q) echo quiet ;;\n  esac\ndone'],
  ['SC2249', 'any', (g) => `# shellcheck enable=add-default-case\ncase "$1" in\n  ${g.w()}) echo one ;;\n  ${g.w()}x) echo two ;;\nesac`],
  ['SC2194', 'any', (g) => `case ${g.w()} in\n  a) echo a ;;\n  *) echo other ;;\nesac`],
  ['SC2195', 'any', (g) => `case "${g.w()}$1" in\n  ${g.w()}) echo x ;;\nesac`],
  ['SC2221', 'any', (g) => { const w = g.w(); return `case "$1" in\n  ${w}*) echo a ;;\n  ${w}x) echo b ;;\nesac`; }],
  ['SC2222', 'any', (g) => { const w = g.w(); return `case "$1" in\n  *) echo any ;;\n  ${w}) echo never ;;\nesac`; }],
  ['SC2142', 'any', (g) => `alias ${g.w()}='ls -l $1'`],
  ['SC2139', 'any', (g) => { const a = g.v(); return `${a}="${g.d()}"\nalias go="cd $${a}"`; }],
  ['SC2262', 'bash', (g) => { const w = g.w(); return `${g.fn()}() {\n  alias ${w}='ls -l'\n  ${w}\n}`; }],
  ['SC2176', 'sh', (g) => `time cat ${g.f()} | grep ${g.w()}`],
  ['SC2177', 'sh', (g) => `time { sleep ${g.n(1, 5)}; echo done; }`],
  ['SC2184', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()})\nunset ${a}[0]\necho "\${${a}[@]}"`; }],
  ['SC2175', 'bash', () => 'n=5\neval echo {1..$n}'],
  ['SC2294', 'bash', (g) => { const a = g.v(); return `${a}=(ls -l ${g.d()})\neval "\${${a}[@]}"`; }],
  ['SC2293', 'bash', (g) => { const a = g.v(); return `${a}=(echo ${g.w()})\neval "\${${a}[@]@Q}"`; }],
  ['SC2304', 'any', (g) => `expr ${g.n(2, 9)} * ${g.n(2, 9)}`],
  ['SC2307', 'any', (g) => `expr "${g.n(2, 9)}+${g.n(2, 9)}"`],
  ['SC2305', 'any', (g) => { const a = g.v(); return `${a}=$1\nexpr "$${a}" : ${g.w()}.*`; }],
  ['SC2320', 'any', (g) => `${g.c()} ${g.w()}\necho "finished"\nexit $?`],
  ['SC2251', 'bash', (g) => `set -e\n! grep -q ${g.w()} ${g.f()}\necho "${g.w()}"`],
  ['SC2030', 'bash', (g) => { const a = g.v(); return `${a}=1\n(\n  ${a}=2\n)\necho "$${a}"`; }],
  ['SC2234', 'any', (g) => `if ([ -f ${g.f()} ]) && ([ -r ${g.f()} ]); then\n  echo ok\nfi`],
  ['SC2025', 'bash', () => 'PS1=\'\\e[32m\\u@\\h\\e[0m$ \''],
  ['SC2140-b', 'any', (g) => `echo "<a href="${g.host()}">link</a>"`],
  ['SC2022', 'any', (g) => `grep '${g.w()}*' ${g.f()}`],
  ['SC2081-b', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" = ${g.w()}*.txt ]; then\n  echo ok\nfi`; }],
  ['SC2065', 'any', (g) => { const a = g.v(); return `${a}=$1\nif test "$${a}" > ${g.n(1, 9)}; then\n  echo big\nfi`; }],
  ['SC2210', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" ] > 1; then\n  echo big\nfi`; }],
  ['SC2057', 'any', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" -foo ${g.n(1, 9)} ]; then\n  echo x\nfi`; }],
  ['SC2245', 'ksh', (g) => `if [ -d ${g.d()}/* ]; then\n  echo dir\nfi`],
  ['SC2171', 'any', (g) => `echo "${g.w()}" ]`],
  ['SC2082', 'bash', (g) => { const a = g.v(); return `${a}=PATH\necho "\${$${a}}"`; }],
  ['SC2299', 'bash', (g) => { const a = g.v(); return `${a}="${g.w()}.tar.gz"\necho "\${\${${a}%.gz}%.tar}"`; }],
  ['SC2300', 'bash', (g) => `echo "\${$(date +%F)//-/}"`],
  ['SC2297', 'bash', (g) => `echo "\${"${g.v()}"}"`],
  ['SC2296', 'bash', (g) => `echo "\${{${g.v()}}}"`],
  ['SC2086-e', 'sh', (g) => { const a = g.v(); return `${a}=$(mktemp -d)\ntrap 'rm -rf "$${a}"' EXIT\ncp $1 $${a}/`; }],
  ['SC2313', 'bash', (g) => { const a = g.v(); return `${a}=()\nread -r ${a}[0]\necho "\${${a}[@]}"`; }],
  ['SC2303', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()})\nfor i in "\${${a}[@]}"; do\n  echo "\${${a}[i]}"\ndone`; }],
  ['SC2180', 'bash', (g) => `${g.v()}[1][2]=${g.w()}`],
  ['SC2192', 'bash', (g) => { const a = g.v(); return `${a}=([0]= ${g.w()})\necho "\${${a}[@]}"`; }],

  // ---------------------------------------------------------------- POSIX sh portability (SC3xxx)
  ['SC3001', 'sh', () => 'diff <(sort a.txt) <(sort b.txt)'],
  ['SC3003', 'sh', () => "IFS=$'\\n'\necho \"$IFS\""],
  ['SC3004', 'sh', (g) => `echo $"${g.w()}"`],
  ['SC3005', 'sh', (g) => `for ((i = 0; i < ${g.n(3, 9)}; i++)); do\n  echo "$i"\ndone`],
  ['SC3006', 'sh', (g) => { const a = g.v(); return `${a}=${g.n(1, 9)}\n(( ${a}++ ))\necho "$${a}"`; }],
  ['SC3007', 'sh', (g) => `echo $[${g.n(1, 9)} + ${g.n(1, 9)}]`],
  ['SC3008', 'sh', () => 'select opt in yes no; do\n  echo "$opt"\n  break\ndone'],
  ['SC3009', 'sh', (g) => `mkdir -p ${g.d()}/{bin,lib,share}`],
  ['SC3010', 'sh', (g) => `if [[ -f ${g.f()} ]]; then\n  echo ok\nfi`],
  ['SC3011', 'sh', (g) => `grep ${g.w()} <<< "${g.w()} ${g.w()}"`],
  ['SC3013', 'sh', (g) => `if [ ${g.f()} -nt ${g.f()}.bak ]; then\n  echo newer\nfi`],
  ['SC3014', 'sh', (g) => { const a = g.v(); return `${a}=$1\nif [ "$${a}" == "${g.w()}" ]; then\n  echo same\nfi`; }],
  ['SC3015', 'sh', (g) => `if [ "$1" =~ ${g.w()} ]; then\n  echo x\nfi`],
  ['SC3018', 'sh', (g) => { const a = g.v(); return `${a}=0\n${a}=$((${a}++))\necho "$${a}"`; }],
  ['SC3019', 'sh', (g) => `echo $(( ${g.n(2, 9)} ** ${g.n(2, 9)} ))`],
  ['SC3020', 'sh', (g) => `${g.c()} &> ${g.f()}`],
  ['SC3021', 'sh', (g) => `${g.c()} >& ${g.f()}`],
  ['SC3023', 'sh', (g) => `exec ${g.n(10, 19)}> ${g.f()}`],
  ['SC3024', 'sh', (g) => { const a = g.v(); return `${a}="${g.w()}"\n${a}+=" ${g.w()}"\necho "$${a}"`; }],
  ['SC3025', 'sh', (g) => `echo ping > /dev/tcp/${g.host()}/${g.n(1000, 9000)}`],
  ['SC3026', 'sh', () => 'for f in [^.]*; do\n  echo "$f"\ndone'],
  ['SC3028', 'sh', () => 'echo "$RANDOM"'],
  ['SC3029', 'sh', (g) => `${g.c()} |& tee ${g.f()}`],
  ['SC3030', 'sh', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()})\necho "\${${a}[0]}"`; }],
  ['SC3032', 'sh', () => 'coproc cat'],
  ['SC3033', 'sh', (g) => `${g.w()}-${g.w()}() {\n  echo hi\n}`],
  ['SC3034', 'sh', (g) => { const a = g.v(); return `${a}=$(< ${g.f()})\necho "$${a}"`; }],
  ['SC3037', 'sh', (g) => `echo -e "${g.w()}\\t${g.w()}"`],
  ['SC3039', 'sh', (g) => { const a = g.v(); return `${a}=1\nlet ${a}=${a}+1\necho "$${a}"`; }],
  ['SC3040', 'sh', () => 'set -o pipefail'],
  ['SC3041', 'sh', () => 'set -E'],
  ['SC3043', 'sh', (g) => `${g.fn()}() {\n  local ${g.v()}="$1"\n}`],
  ['SC3044', 'sh', (g) => `declare ${g.v()}=${g.n(1, 9)}`],
  ['SC3045', 'sh', (g) => `read -r -p "${g.w()}? " ${g.v()}`],
  ['SC3046', 'sh', (g) => `source ./${g.w()}.sh`],
  ['SC3047', 'sh', () => "trap 'echo failed' ERR"],
  ['SC3048', 'sh', () => "trap 'echo bye' SIGINT"],
  ['SC3050', 'sh', (g) => `printf '%q\\n' "${g.w()}"`],
  ['SC3053', 'sh', (g) => { const a = g.v(); return `${a}=HOME\necho "\${!${a}}"`; }],
  ['SC3054', 'sh', (g) => { const a = g.v(); return `${a}=${g.w()}\necho "\${${a}[0]}"`; }],
  ['SC3057', 'sh', (g) => { const a = g.v(); return `${a}="${g.w()}${g.w()}"\necho "\${${a}:${g.n(1, 3)}:${g.n(1, 3)}}"`; }],
  ['SC3059', 'sh', (g) => { const a = g.v(); return `${a}="${g.w()}"\necho "\${${a}^^}"`; }],
  ['SC3060', 'sh', (g) => { const a = g.v(); return `${a}="${g.w()}"\necho "\${${a}//a/b}"`; }],
  ['SC3012', 'sh', (g) => `if [ "$1" \\< "${g.w()}" ]; then\n  echo less\nfi`],
  ['SC3016', 'sh', (g) => `if [ -v ${g.V()} ]; then\n  echo set\nfi`],
  ['SC3040-b', 'sh', () => 'set -o errtrace'],
  ['SC3053-b', 'sh', () => 'echo "${!BASH*}"'],
  ['SC3035', 'sh', (g) => `${g.v()}=\`< ${g.f()}\``],
  ['SC2240', 'sh', (g) => `. ./${g.w()}.sh ${g.w()}`],

  // ---------------------------------------------------------------- parse errors and syntax (SC1xxx)
  ['SC1003', 'any', (g) => `echo '${g.w()}\\'s ${g.w()}'`],
  ['SC1007', 'any', (g) => `${g.v()}= ${g.w()}`],
  ['SC1011', 'any', (g) => `echo 'don't ${g.w()}'`],
  ['SC1012', 'any', (g) => `echo ${g.w()}\\t${g.w()}`],
  ['SC1001', 'any', (g) => `echo ${g.w()}\\o`],
  ['SC1010', 'any', () => 'for f in *; do echo "$f" done'],
  ['SC1014', 'any', (g) => `if [ grep -q ${g.w()} ${g.f()} ]; then\n  echo found\nfi`],
  ['SC1017', 'any', (g) => `echo "${g.w()}"\r\necho "${g.w()}"\r`],
  ['SC1018', 'any', (g) => `echo ${g.w()}\u00a0${g.w()}`],
  ['SC1019', 'any', () => 'if [ -n ]; then\n  echo x\nfi'],
  ['SC1020', 'any', (g) => `if [ "$1" = ${g.w()}]; then\n  echo ok\nfi`],
  ['SC1026', 'bash', () => 'if [[ -n "$a" && [ -n "$b" ] ]]; then\n  echo ok\nfi'],
  ['SC1033', 'bash', (g) => `if [[ "$1" = ${g.w()} ]; then\n  echo ok\nfi`],
  ['SC1035', 'any', (g) => `if [-f ${g.f()} ]; then\n  echo ok\nfi`],
  ['SC1020-b', 'bash', (g) => `if [[ -f ${g.f()}]]; then\n  echo ok\nfi`],
  ['SC1036', 'any', (g) => `echo ${g.w()}(${g.w()})`],
  ['SC1037', 'any', () => 'echo "Tenth argument: $10"'],
  ['SC1038', 'bash', () => 'while read -r l; do\n  echo "$l"\ndone << (ls)'],
  ['SC1039', 'any', (g) => `if true; then\n  cat <<EOF\n  ${g.w()}\n  EOF\nfi`],
  ['SC1040', 'any', (g) => `if true; then\n\tcat <<-EOF\n\t${g.w()}\n  EOF\nfi`],
  ['SC1041', 'any', (g) => `cat <<EOF\n${g.w()}\nEOF${g.w()}\necho x`],
  ['SC1044', 'any', (g) => `cat <<EOF\n${g.w()}\n${g.w()}`],
  ['SC1045', 'any', (g) => `${g.c()} &; echo "${g.w()}"`],
  ['SC1046', 'any', (g) => `if [ -f ${g.f()} ]; then\n  echo ok`],
  ['SC1048', 'any', () => 'if true; then\nfi'],
  ['SC1050', 'any', (g) => `if [ -f ${g.f()} ]\n  echo ok\nfi`],
  ['SC1051', 'any', () => 'if true; then; echo ok; fi'],
  ['SC1053', 'any', () => 'if true; then echo ok; else; echo no; fi'],
  ['SC1054', 'any', () => '{echo ok; }'],
  ['SC1055', 'any', (g) => `${g.fn()}() {\n}`],
  ['SC1056', 'any', (g) => `${g.fn()}() {\n  echo ok\n`],
  ['SC1058', 'any', () => 'for f in *\n  echo "$f"\ndone'],
  ['SC1061', 'any', () => 'while true; do\n  echo x\n'],
  ['SC1065-b', 'bash', (g) => `function ${g.fn()}(a b) {\n  echo ok\n}`],
  ['SC1065', 'any', (g) => `${g.fn()}(a, b) {\n  echo ok\n}`],
  ['SC2281-b', 'any', (g) => `$${g.v()}=${g.w()}`],
  ['SC2283-b', 'any', (g) => { const a = g.v(); return `${a} = ${g.n(1, 9)}\n${a}="${g.w()}"`; }],
  ['SC1069', 'any', (g) => `if[ -f ${g.f()} ]; then\n  echo ok\nfi`],
  ['SC1075', 'any', (g) => `if [ "$1" = a ]; then\n  echo a\nelse if [ "$1" = ${g.w()} ]; then\n  echo b\nfi`],
  ['SC1072-b', 'any', (g) => `echo "${g.w()}\necho ${g.w()}`],
  ['SC1081', 'any', () => 'If true; then\n  echo ok\nfi'],
  ['SC1083', 'any', (g) => `echo ${g.w()}}`],
  ['SC1084', 'none', () => '!#/bin/sh\necho hi'],
  ['SC1086', 'any', () => 'for $i in *; do\n  echo "$i"\ndone'],
  ['SC1087', 'bash', (g) => { const a = g.v(); return `${a}=(${g.w()} ${g.w()})\necho "$${a}[1]"`; }],
  ['SC1065-c', 'any', (g) => `${g.c()} (x) foo`],
  ['SC1089', 'any', () => 'echo ok\nfi'],
  ['SC1090', 'any', () => '. "$1"'],
  ['SC1091', 'any', (g) => `. ./${g.w()}.sh`],
  ['SC1095', 'bash', (g) => `function ${g.fn()}{\n  echo ok\n}`],
  ['SC1097', 'any', (g) => `${g.v()}==${g.w()}`],
  ['SC1098', 'bash', () => 'eval x=(a b)'],
  ['SC1099', 'any', (g) => `echo ${g.w()}\nwhile true; do sleep 1; done# wait`],
  ['SC1100', 'any', (g) => `if [ "$1" \u2013gt ${g.n(1, 9)} ]; then\n  echo big\nfi`],
  ['SC1101', 'any', (g) => `echo ${g.w()} \\ \n  ${g.w()}`],
  ['SC1102', 'bash', () => 'echo $((ls) | wc -l)'],
  ['SC1104', 'none', () => '!/bin/sh\necho hi'],
  ['SC1105', 'bash', () => '((ls) | wc -l)'],
  ['SC1108', 'any', (g) => `if [ "$1"= ${g.w()} ]; then\n  echo ok\nfi`],
  ['SC1109', 'any', (g) => `${g.c()} ${g.f()} &amp;&amp; echo ok`],
  ['SC1110', 'any', (g) => `echo \u201c${g.w()}\u201d`],
  ['SC1111', 'any', (g) => `echo "${g.w()} \u201d"`],
  ['SC1110-b', 'any', (g) => `echo \u2018${g.w()}\u2019`],
  ['SC1113', 'none', () => '# /bin/sh\necho hi'],
  ['SC1114', 'none', () => '  #!/bin/sh\necho hi'],
  ['SC1115', 'none', () => '# !/bin/sh\necho hi'],
  ['SC1116', 'bash', (g) => { const a = g.v(); return `${a}=${g.n(1, 9)}\necho $(( ${a} + 1 )) $((${a}))\n${a}=((${a} + 1))`; }],
  ['SC1118', 'any', (g) => `cat <<EOF\n${g.w()}\nEOF  \necho x`],
  ['SC1119', 'bash', (g) => `x=$(cat <<EOF\n${g.w()}\nEOF)\necho "$x"`],
  ['SC1120', 'any', (g) => `cat <<EOF\n${g.w()}\nEOF # end\necho x`],
  ['SC1121', 'any', (g) => `cat <<EOF; echo done\n${g.w()}\nEOF\ncat <<EOF > ${g.f()}\nx\nEOF\ncat <<EOF\nEOF ; echo`],
  ['SC1123', 'any', () => 'if [ "$1" ]; then\n  echo a\n# shellcheck disable=SC2086\nelif [ $2 ]; then\n  echo b\nfi'],
  ['SC1124', 'any', () => 'case "$1" in\n  a) echo a ;;\n  # shellcheck disable=SC2086\n  b) echo $2 ;;\nesac'],
  ['SC1126', 'any', (g) => `echo $${g.v()} # shellcheck disable=SC2086`],
  ['SC1127', 'any', (g) => `// ${g.w()} ${g.w()}\necho ok`],
  ['SC1128', 'none', () => '\n#!/bin/bash\necho hi'],
  ['SC1035-c', 'any', (g) => `if ![ -f ${g.f()} ]; then\n  echo missing\nfi`],
  ['SC1130', 'any', () => 'if true; then :;fi\nif true; then:; fi'],
  ['SC1131', 'any', (g) => `if [ "$1" ]; then\n  echo a\nelse\n  if [ "$2" ]; then echo b; fi\nfi\nif [ "$1" = ${g.w()} ]; then echo x; elseif [ "$2" ]; then echo y; fi`],
  ['SC1132', 'any', (g) => `curl http://${g.host()}/api?a=1&b=${g.n(1, 9)}`],
  ['SC1133', 'any', (g) => `${g.c()} ${g.w()}\n  && echo ok`],
  ['SC1140-b', 'any', (g) => `if [ -f ${g.f()} ]x; then\n  echo ok\nfi`],
  ['SC1137', 'bash', () => 'for (i=0; i<3; i++)); do\n  echo "$i"\ndone'],
  ['SC1138', 'bash', () => 'for (( i=0; i<3; i++ ) ); do\n  echo "$i"\ndone'],
  ['SC1139', 'any', (g) => `if [ -f ${g.f()} ] -o [ -d ${g.d()} ]; then\n  echo ok\nfi`],
  ['SC1140', 'any', (g) => `if [ -f ${g.f()} ] ${g.w()}; then\n  echo ok\nfi`],
  ['SC1142', 'bash', () => 'while read -r l; do\n  echo "$l"\ndone < <(ls) | cat\nwhile read -r l; do echo "$l"; done <(ls)'],
  ['SC1143', 'any', (g) => `${g.c()} --verbose \\\n  # --debug \\\n  --quiet`],
  ['SC1144', 'any', () => '# shellcheck external-sources=true\necho hi'],
  ['SC1145', 'any', () => '# shellcheck external-sources=maybe\necho hi'],
  ['SC1072', 'any', (g) => `echo "$(${g.c()} "${g.w()})"`],
  ['SC1073', 'any', (g) => `case "$1" in\n  a) echo a\n  ${g.w()}) echo b ;;\nesac`],
  ['SC1072-c', 'any', (g) => `${g.v()}='${g.w()}\necho done`],
  ['SC1058-b', 'any', () => 'while true\n  echo x\ndone'],
  ['SC1071-b', 'none', () => '#!/usr/bin/python3\nprint("hi")'],
  ['SC1008', 'none', (g) => `#!/usr/bin/${g.pick(['foo', 'tool', 'runner', 'interp'])}\necho $1`],
  ['SC1071', 'none', () => '#!/bin/zsh\necho $((1+1))'],
  ['SC2148', 'none', (g) => `echo ${g.w()}\ncd ${g.d()}`],
  ['SC2187', 'none', () => '#!/bin/ash\necho $1'],
  ['SC2239', 'none', () => '#!bin/bash\necho $1'],
  ['SC2246', 'none', () => '#!/bin/\necho $1'],
  ['SC2096-b', 'none', () => '#!/usr/bin/env bash -e\necho $1'],
];
