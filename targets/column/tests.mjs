// Test cases for column (util-linux 2.38.1, Debian 12 packages bsdextrautils + libsmartcols1):
// a deterministic generator. All variation comes from the seeded rng; each visible case made with
// add() has a hidden dual with the same idea and other values (other data, widths, names).
// Expected outputs are never written here: `mirrorcode prepare column` runs the real program.

const FIRST = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj',
  'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'xavier', 'yolanda', 'zoe', 'charlotte',
  'maximilian', 'bo', 'al'];
const CITIES = ['Paris', 'London', 'Berlin', 'Madrid', 'Rome', 'Oslo', 'Tokyo', 'Lima', 'Cairo', 'Quito', 'Kyiv',
  'Toronto', 'Melbourne', 'SaoPaulo', 'Reykjavik', 'Wellington', 'Nairobi', 'Bern', 'Ulm', 'Riga'];
const DEPTS = ['eng', 'sales', 'ops', 'hr', 'finance', 'legal', 'research', 'support', 'it', 'marketing'];
const PKGS = ['bash', 'coreutils', 'util-linux', 'libc6', 'zlib1g', 'openssl', 'python3.11', 'perl-base', 'gcc-12',
  'make', 'sed', 'grep', 'findutils', 'tar', 'gzip', 'xz-utils', 'libsmartcols1', 'bsdextrautils', 'vim-tiny',
  'nano', 'less', 'curl', 'ca-certificates', 'apt', 'dpkg', 'systemd', 'udev', 'procps', 'iproute2', 'tzdata'];
const ARCHES = ['amd64', 'all', 'arm64', 'i386'];
const USERS = ['root', 'daemon', 'www-data', 'postgres', 'nobody', 'alice', 'bob', 'syslog', 'messagebus', 'sshd'];
const CMDS = ['/sbin/init', 'sshd: /usr/sbin/sshd -D', 'bash', '-bash', 'vim notes.txt', 'python3 -m http.server 8000',
  'postgres: checkpointer', 'nginx: worker process', 'cron -f', 'sleep 3600', 'make -j2 all', '[kworker/0:1]',
  'tail -f /var/log/syslog', 'less README', 'top', 'node server.js --port 3000'];
const SHELLS = ['/bin/bash', '/bin/sh', '/usr/sbin/nologin', '/bin/false', '/bin/zsh', '/usr/bin/fish'];
const FSTYPES = ['ext4', 'xfs', 'btrfs', 'vfat', 'swap', 'tmpfs', 'nfs', 'proc'];
const MOUNTS = ['/', '/home', '/boot', '/boot/efi', '/var', '/tmp', '/srv/data', '/mnt/backup', 'none', '/opt'];
const MOPTS = ['defaults', 'errors=remount-ro', 'noatime,nodiratime', 'rw,relatime', 'umask=0077', 'sw',
  'nosuid,nodev', 'ro', 'defaults,noauto,user', 'x-systemd.automount'];
const WORDS = ['a', 'to', 'the', 'and', 'fox', 'jump', 'lazy', 'brown', 'quick', 'column', 'format', 'table', 'output',
  'width', 'header', 'separator', 'terminal', 'alignment', 'libsmartcols', 'util-linux', 'x', 'ab', 'abc', 'abcd',
  'README', 'Makefile', 'main.c', 'column.c', 'notes.txt', 'configure.ac', 'LICENSE', 'data-2023.csv', 'img_0042.png',
  'a.out', 'src', 'tests', 'docs', '.gitignore', 'build.sh', 'CHANGELOG.md'];
const UWORDS = ['héllo', 'wörld', 'café', 'naïve', 'Zürich', 'Ελλάδα', 'Привет', 'мир', '日本語', '東京', '中文',
  '한국어', 'カタカナ', '🎉', '🚀x', 'señor', 'Ærø', '½', '€100', '→', 'ñandú', 'crème', 'façade', 'Ωmega'];
const FILES = ['list.txt', 'data', 'input.txt', 'words', 'table.tsv', 'people.csv', 'fstab', 'passwd', 'pkgs.txt',
  'ps.out', 'items', 'names.lst'];
const COLNAMES = ['NAME', 'AGE', 'CITY', 'DEPT', 'SALARY', 'ID', 'SIZE', 'TYPE', 'MODE', 'OWNER', 'DATE', 'VALUE',
  'KEY', 'STATE', 'PATH', 'COUNT'];

export default function generate({ rng, add, cases }) {
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const file = () => pick(FILES);
  const lines = (rows) => rows.map((r) => r + '\n').join('');
  const join = (rows, sep = ' ') => lines(rows.map((r) => r.join(sep)));

  // ----------------------------------------------------------------- data builders
  const words = (n, pool = WORDS) => Array.from({ length: n }, () => pick(pool));
  const wordList = (n, pool) => lines(words(n, pool));
  const nums = (n, lo = 1, hi = 99999) => Array.from({ length: n }, () => String(int(lo, hi)));
  const version = () => `${int(0, 12)}.${int(0, 40)}${rng.chance(0.5) ? '.' + int(0, 20) : ''}-${int(1, 9)}${rng.chance(0.3) ? '+deb12u' + int(1, 4) : ''}`;

  /** Tables: [header, ...rows], each a list of cells without spaces. */
  function people(n) {
    const rows = [['NAME', 'AGE', 'CITY', 'DEPT', 'SALARY']];
    for (let i = 0; i < n; i++) rows.push([pick(FIRST), String(int(18, 99)), pick(CITIES), pick(DEPTS), String(int(900, 250000))]);
    return rows;
  }
  function packages(n) {
    const rows = [['PACKAGE', 'VERSION', 'ARCH', 'SIZE']];
    for (const p of rng.shuffle(PKGS).slice(0, n)) rows.push([p, version(), pick(ARCHES), String(int(4, 99999))]);
    return rows;
  }
  function inventory(n) {
    const rows = [['ID', 'ITEM', 'QTY', 'PRICE']];
    for (let i = 0; i < n; i++) rows.push([String(int(1, 9999)), pick(WORDS).replace(/\W/g, '') || 'item', String(int(0, 500)), `${int(0, 999)}.${String(int(0, 99)).padStart(2, '0')}`]);
    return rows;
  }
  const tableKinds = [people, packages, inventory];
  const anyTable = (n) => pick(tableKinds)(n);
  /** Processes: the last field (command) holds spaces. */
  function procs(n) {
    const rows = [];
    for (let i = 0; i < n; i++) rows.push(`${pick(USERS)} ${int(1, 65535)} ${int(0, 99)}.${int(0, 9)} ${pick(CMDS)}`);
    return rows;
  }
  function passwd(n) {
    const rows = [];
    for (let i = 0; i < n; i++) {
      const u = pick(USERS.concat(FIRST));
      const gecos = rng.chance(0.4) ? '' : pick(['', 'System User', `${u[0].toUpperCase()}${u.slice(1)} ${pick(['Smith', 'Lee', 'Ng'])},,,`, 'daemon']);
      rows.push([u, 'x', String(int(0, 65534)), String(int(0, 65534)), gecos, `/home/${u}`, pick(SHELLS)].join(':'));
    }
    return rows;
  }
  function fstab(n) {
    const rows = [];
    for (let i = 0; i < n; i++) {
      const src = pick([`UUID=${rng.string(8, '0123456789abcdef')}-${rng.string(4, '0123456789abcdef')}`, `/dev/sd${pick(['a', 'b', 'c'])}${int(1, 9)}`, 'tmpfs', `LABEL=${pick(['root', 'home', 'data', 'swap'])}`, `server:/export/${pick(['home', 'media'])}`]);
      const line = `${src} ${pick(MOUNTS)} ${pick(FSTYPES)} ${pick(MOPTS)} ${int(0, 1)} ${int(0, 2)}`;
      rows.push(rng.chance(0.2) ? line.replace(/ /g, () => pick([' ', '\t', '  ', ' \t'])) : line);
    }
    return rows;
  }
  /** A forest: lines "id parent name" with parents listed before children. */
  function forest(n, roots = 1) {
    const out = [];
    const ids = [];
    let next = int(1, 20);
    for (let i = 0; i < n; i++) {
      const id = next;
      next += int(1, 3);
      const parent = i < roots || ids.length === 0 ? 0 : pick(ids);
      const name = `${pick(['node', 'dir', 'proc', 'task', 'item'])}${id}`;
      out.push([String(id), String(parent), name]);
      ids.push(id);
    }
    return out;
  }
  /** Cells mixing ASCII and multibyte/wide characters. */
  const ucell = () => (rng.chance(0.5) ? pick(UWORDS) : pick(UWORDS) + pick(WORDS).slice(0, 3));
  function utable(r, c) {
    const rows = [];
    for (let i = 0; i < r; i++) rows.push(Array.from({ length: c }, () => (rng.chance(0.6) ? ucell() : pick(WORDS))));
    return rows;
  }
  const longCell = (n) => words(n).join('_');
  const sentence = (n) => words(n).join(' ');

  const onStdin = (stdin, argv = [], env) => ({ argv, stdin, ...(env ? { env } : {}) });
  const onFile = (text, argv = [], env) => {
    const f = file();
    return { argv: [...argv, f], files: { [f]: text }, ...(env ? { env } : {}) };
  };
  const b64 = (buf) => ({ base64: Buffer.from(buf).toString('base64') });
  /** Visible-only cases (no dual): a fixed case, or one made like add()'s visible half. */
  const solo = (id, note, c) => cases.push({ id, note, ...c });
  const one = (id, note, make) => solo(id, note, make(0));

  // ================================================================= default mode: fill columns
  add('fill-words', 'default mode: words on stdin fill columns first (width 80)', (v) => onStdin(wordList(v ? 37 : 24)));
  add('fill-columns-env', 'default mode: width from COLUMNS', (v) => onStdin(wordList(30), [], { COLUMNS: v ? '47' : '60' }));
  add('fill-c', 'default mode: -c width', (v) => onStdin(wordList(25), ['-c', v ? '33' : '40']));
  one('fill-c-long', 'default mode: --output-width=N', (v) => onStdin(wordList(45), [v ? '--output-width=120' : '--output-width=100']));
  one('fill-c-overrides-env', '-c wins over COLUMNS', (v) => onStdin(wordList(28), ['-c', v ? '70' : '50'], { COLUMNS: v ? '20' : '30' }));
  add('fill-c-tiny', 'default mode: width smaller than the longest entry', (v) => onStdin(wordList(12), ['-c', v ? '5' : '8']));
  one('fill-c-zero', 'default mode: -c 0', (v) => onStdin(wordList(v ? 9 : 8), ['-c', '0']));
  add('fill-exact8', 'default mode: entries of exactly 7, 8 and 15 characters (tab stops)', (v) => onStdin(lines(Array.from({ length: v ? 22 : 18 }, () => rng.string(pick(v ? [8, 16, 9] : [7, 8, 15]), 'abcdefghijklmnopqrstuvwxyz')))));
  add('fill-long-entry', 'default mode: one entry longer than the width', (v) => onStdin(lines([...words(6), 'x'.repeat(v ? 95 : 85), ...words(5)])));
  one('fill-entry-equals-width', 'default mode: longest entry as long as the width', (v) => onStdin(lines([...words(8), 'y'.repeat(v ? 40 : 30), ...words(4)]), ['-c', v ? '40' : '30']));
  add('fill-multibyte', 'default mode: UTF-8 and double-width entries', (v) => onStdin(wordList(v ? 29 : 22, UWORDS)));
  add('fill-blank-lines', 'default mode: blank and whitespace-only lines are ignored', (v) => onStdin(words(v ? 14 : 10).map((w) => (rng.chance(0.4) ? '\n' + pick(['', '  ', '\t', ' \t ']) + '\n' : '') + w).join('\n') + '\n'));
  add('fill-keep-empty', 'default mode: -L keeps empty lines', (v) => onStdin(words(v ? 9 : 7).map((w) => (rng.chance(0.5) ? '\n' : '') + w).join('\n') + '\n', ['-L']));
  one('fill-spaces-inside', 'default mode: entries with inner and surrounding spaces', (v) => onStdin(lines(Array.from({ length: v ? 12 : 9 }, () => pick(['', ' ', '  ']) + sentence(int(1, 3)) + pick(['', ' ', '   '])))));
  add('fill-tabs-inside', 'default mode: entries containing tabs', (v) => onStdin(lines(Array.from({ length: v ? 11 : 8 }, () => words(int(1, 3)).join('\t')))));
  one('fill-files', 'default mode: several files are read one after the other', (v) => {
    const [a, b, c] = rng.shuffle(FILES);
    const files = { [a]: wordList(v ? 7 : 5), [b]: wordList(v ? 4 : 6) };
    if (v) files[c] = wordList(3);
    return { argv: Object.keys(files), files };
  });
  one('fill-crlf', 'default mode: CRLF line ends', (v) => onStdin(words(v ? 12 : 8).join('\r\n') + '\r\n'));
  add('fill-invalid-utf8', 'default mode: invalid UTF-8 bytes', (v) => onStdin(b64(Buffer.concat([Buffer.from(wordList(5)), Buffer.from(v ? [0x61, 0xc3, 0x28, 0x0a, 0xfe, 0x0a] : [0x62, 0xff, 0x63, 0x0a, 0xe2, 0x82, 0x0a]), Buffer.from(wordList(4))]))));
  add('fill-lc-c', 'default mode in the C locale with UTF-8 input', (v) => onStdin(wordList(v ? 17 : 13, UWORDS), [], { LC_ALL: 'C' }));

  // ================================================================= -x: fill rows
  add('rows-words', '-x fills rows first', (v) => onStdin(wordList(v ? 33 : 26), ['-x']));
  one('rows-numbers', '--fillrows with numbers', (v) => onStdin(lines(nums(v ? 47 : 35, 1, 9999)), ['--fillrows']));
  add('rows-c', '-x with -c', (v) => onStdin(wordList(20), ['-x', '-c', v ? '45' : '36']));
  add('rows-long-entry', '-x with an entry longer than the width', (v) => onStdin(lines([...words(5), 'z'.repeat(v ? 88 : 81), ...words(3)]), ['-x']));
  one('rows-exact', '-x where the last row is full', (v) => onStdin(lines(Array.from({ length: v ? 20 : 16 }, () => rng.string(int(3, 6), 'klmnopqrs'))), ['-x', '-c', v ? '40' : '32']));
  add('rows-multibyte', '-x with wide characters', (v) => onStdin(wordList(v ? 19 : 15, UWORDS), ['-x', '-c', v ? '50' : '40']));
  one('rows-keep-empty', '-x -L', (v) => onStdin(words(v ? 8 : 6).map((w, i) => (i % 2 ? '\n' : '') + w).join('\n') + '\n', ['-x', '-L']));
  one('rows-bundled', '-xc40 bundled options', (v) => onStdin(wordList(18), [v ? '-xc52' : '-xc40']));

  // ================================================================= table mode
  add('table-basic', '-t aligns whitespace-separated fields', (v) => onStdin(join(anyTable(v ? 9 : 6)), ['-t']));
  one('table-ragged', '-t with rows of different lengths', (v) => onStdin(lines(Array.from({ length: v ? 9 : 7 }, () => words(int(1, v ? 7 : 5)).join(' '))), ['-t']));
  add('table-ragged-t', '-t ragged rows (short first row)', (v) => onStdin(lines([words(v ? 1 : 2).join(' '), ...Array.from({ length: 5 }, () => words(int(2, 6)).join(' '))]), ['-t']));
  add('table-multispace', '-t: runs of spaces and tabs separate fields once', (v) => onStdin(fstab(v ? 7 : 5).map((l) => l + '\n').join(''), ['-t']));
  add('table-leading-ws', '-t: leading and trailing whitespace', (v) => onStdin(lines(anyTable(v ? 5 : 4).map((r) => pick(['', ' ', '\t', '   ']) + r.join(pick([' ', '\t', '  '])) + pick(['', ' ', '\t']))), ['-t']));
  one('table-one-column', '-t with a single column', (v) => onStdin(wordList(v ? 8 : 6), ['-t']));
  one('table-many-columns', '-t with many columns', (v) => onStdin(lines(Array.from({ length: 4 }, () => nums(v ? 26 : 18, 0, 999).join(' '))), ['-t']));
  add('table-wide', '-t: a table wider than 80 columns', (v) => onStdin(lines(Array.from({ length: v ? 6 : 5 }, () => words(int(8, 12)).join(' '))), ['-t']));
  one('table-no-newline', '-t: last line without newline', (v) => onStdin(join(anyTable(v ? 4 : 3)).slice(0, -1), ['-t']));
  one('table-blank-lines', '-t ignores empty lines', (v) => onStdin(join(anyTable(v ? 6 : 5)).replace(/\n/g, () => (rng.chance(0.4) ? '\n\n' : rng.chance(0.3) ? '\n \t\n' : '\n')), ['-t']));
  add('table-keep-empty', '-t -L keeps empty lines as empty rows', (v) => onStdin(join(anyTable(v ? 6 : 4)).replace(/\n/g, () => (rng.chance(0.5) ? '\n\n' : '\n')), ['-t', '-L']));
  one('table-keep-empty-long', '--keep-empty-lines with whitespace-only lines', (v) => onStdin(join(anyTable(4)).replace(/\n/g, () => pick(['\n', '\n  \n', '\n\t\n'])), ['-t', '--keep-empty-lines']));
  one('table-empty-lines-deprecated', 'the deprecated --table-empty-lines name', (v) => onStdin(join(anyTable(3)).replace(/\n/g, () => pick(['\n', '\n\n'])), ['-t', '--table-empty-lines']));
  one('table-crlf', '-t: CR stays part of the last cell', (v) => onStdin(join(anyTable(v ? 4 : 3)).replace(/\n/g, '\r\n'), ['-t']));
  add('table-multibyte', '-t with UTF-8 and wide characters', (v) => onStdin(join(utable(v ? 7 : 5, v ? 4 : 3)), ['-t']));
  add('table-invalid-utf8', '-t: invalid bytes are shown as \\x<hex>', (v) => onStdin(b64(Buffer.concat([Buffer.from('key value\n'), Buffer.from(v ? [0x6b, 0x80, 0x20, 0x76, 0xc3, 0x0a] : [0xff, 0x61, 0x20, 0x62, 0xfe, 0x62, 0x0a]), Buffer.from(join(anyTable(2)))])), ['-t']));
  add('table-lc-c', '-t in the C locale with UTF-8 input', (v) => onStdin(join(utable(v ? 5 : 4, 3)), ['-t'], { LC_ALL: 'C' }));
  add('table-control-chars', '-t with control characters in cells', (v) => onStdin(b64(Buffer.from(v ? 'a\x01b c\x1bd\ne f\x7f\n' : 'x\x07 y\x08z\nww\x02 q\n')), ['-t']));
  one('table-long-cell', '-t with a very long cell', (v) => onStdin(`a b c\n${longCell(v ? 40 : 30)} d e\nf g h\n`, ['-t']));
  one('table-fillrows-conflict', '-t with -x is refused', (v) => onStdin(join(anyTable(v ? 5 : 4)), ['-t', '-x']));
  one('table-huge-input', '-t on a few hundred rows', (v) => onStdin(join(people(v ? 350 : 250)), ['-t']));

  // ----------------------------------------------------------------- -s input separators
  add('sep-colon', '-s : on passwd lines (empty fields kept)', (v) => onStdin(lines(passwd(v ? 8 : 6)), ['-t', '-s', ':']));
  add('sep-comma', '-s , on CSV with empty fields', (v) => onStdin(lines(Array.from({ length: v ? 7 : 5 }, () => Array.from({ length: 4 }, () => (rng.chance(0.25) ? '' : pick(WORDS))).join(','))), ['-t', '-s', ',']));
  add('sep-nongreedy', '-s: consecutive separators make empty cells (man page BUGS example)', (v) => onStdin(v ? 'x::z\n11:22::44\n::q\n' : 'a:b:c\n1::3\n', ['-t', '-s', ':']));
  add('sep-multiple-chars', '-s with several separator characters', (v) => onStdin(lines(Array.from({ length: 6 }, () => words(int(2, 5)).join(pick(v ? [',', ';', '|'] : [',', ';'])))), ['-t', '-s', v ? ',;|' : ',;']));
  one('sep-tab', '-s with a tab', (v) => onStdin(lines(Array.from({ length: v ? 6 : 5 }, () => [sentence(int(1, 3)), pick(WORDS), String(int(0, 999))].join('\t'))), ['-t', '-s', '\t']));
  add('sep-multibyte', '-s with a multibyte separator', (v) => onStdin(lines(Array.from({ length: 5 }, () => words(int(2, 4)).join(v ? '│' : '→'))), ['-t', '-s', v ? '│' : '→']));
  add('sep-space-only', '-s " " keeps tabs inside cells and is non-greedy', (v) => onStdin(lines(Array.from({ length: 5 }, () => words(int(2, 4)).join(pick([' ', '  ', '\t'])))), ['-t', '-s', ' ']));
  one('sep-trailing', '-s: trailing separator gives an empty last cell', (v) => onStdin(lines(Array.from({ length: 4 }, () => words(int(1, 3)).join('=') + '=')), ['-t', '-s', '=']));
  one('sep-without-t', '-s without -t (default mode ignores it)', (v) => onStdin(lines(Array.from({ length: v ? 10 : 8 }, () => words(2).join(','))), ['-s', ',']));
  one('sep-long-opt', '--separator=STR', (v) => onStdin(lines(passwd(4)), ['--table', ...(v ? ['--separator=:'] : ['--separator', ':'])]));
  one('sep-bundled', '-ts: bundled', (v) => onStdin(lines(passwd(v ? 5 : 3)), [v ? '-ts:' : '-ts', ...(v ? [] : [':'])]));

  // ----------------------------------------------------------------- -o output separator
  add('osep-pipe', '-o " | "', (v) => onStdin(join(anyTable(v ? 6 : 5)), ['-t', '-o', v ? ' || ' : ' | ']));
  add('osep-empty', '-o "" joins cells without padding between', (v) => onStdin(join(anyTable(v ? 4 : 3)), ['-t', '-o', '']));
  add('osep-multibyte', '-o with a multibyte string', (v) => onStdin(join(anyTable(4)), ['-t', '-o', v ? ' ║ ' : ' │ ']));
  one('osep-csv', '-s , -o , re-aligns CSV', (v) => onStdin(lines(Array.from({ length: 5 }, () => words(int(2, 4)).join(','))), ['-t', '-s', ',', '-o', v ? ';' : ',']));
  one('osep-long', '--output-separator', (v) => onStdin(join(anyTable(3)), ['-t', v ? '--output-separator=::' : '--output-separator', ...(v ? [] : [' : '])]));
  one('osep-without-t', '-o without -t (ignored in default mode)', (v) => onStdin(wordList(v ? 12 : 10), ['-o', '|']));

  // ----------------------------------------------------------------- -N / -d headers
  add('names-basic', '-N adds a header line', (v) => onStdin(join(anyTable(v ? 5 : 4).slice(1)), ['-t', '-N', v ? 'A,B,C,D,E' : 'COL1,COL2,COL3,COL4,COL5']));
  add('names-fewer', '-N with fewer names than columns', (v) => onStdin(join(people(v ? 4 : 3).slice(1)), ['-t', '-N', v ? 'WHO,YEARS' : 'NAME']));
  add('names-more', '-N with more names than columns', (v) => onStdin(lines(Array.from({ length: 4 }, () => words(2).join(' '))), ['-t', '-N', v ? 'P,Q,R,S,T' : 'ONE,TWO,THREE']));
  one('names-long-names', '-N with names longer than cells', (v) => onStdin(lines(Array.from({ length: 4 }, () => nums(3, 0, 9).join(' '))), ['-t', '-N', v ? 'FIRST_VALUE,SECOND,THIRD_COLUMN_NAME' : 'ALPHA_COLUMN,BETA,GAMMA_GAMMA']));
  one('names-multibyte', '-N with UTF-8 names', (v) => onStdin(join(utable(3, 3)), ['-t', '-N', v ? 'Größe,Ort,名前' : 'Name,Ville,Résumé']));
  one('names-only', '-N implies table mode', (v) => onStdin(join(anyTable(v ? 4 : 3).slice(1)), ['-N', v ? 'U,V,W,X' : 'I,J,K,L']));
  one('names-empty-name', '-N with an empty name in the list', (v) => onStdin(join(anyTable(3).slice(1)), ['-t', '-N', v ? 'A,,C' : ',B,C']));
  add('noheadings', '-d hides the -N header', (v) => onStdin(join(anyTable(v ? 5 : 4).slice(1)), ['-t', '-N', 'A,B,C,D', '-d']));
  one('noheadings-hide', '-d with -H by name', (v) => onStdin(join(people(4).slice(1)), ['-t', '-N', 'N,A,C,D,S', '--table-noheadings', '-H', v ? 'C,S' : 'A']));

  // ----------------------------------------------------------------- -R right align
  add('right-number', '-R by column number', (v) => onStdin(join(people(v ? 6 : 5)), ['-t', '-R', v ? '5' : '2']));
  add('right-list', '-R with several columns', (v) => onStdin(join(people(5)), ['-t', '-R', v ? '2,5' : '1,2']));
  add('right-name', '-R by -N name (header aligned too)', (v) => onStdin(join(inventory(5).slice(1)), ['-t', '-N', 'ID,ITEM,QTY,PRICE', '-R', v ? 'PRICE,ID' : 'QTY,PRICE']));
  add('right-all', '-R 0 right-aligns every column', (v) => onStdin(join(anyTable(v ? 5 : 4)), ['-t', '-R', '0']));
  one('right-out-of-range', '-R with a number beyond the columns', (v) => onStdin(join(anyTable(3)), ['-t', '-R', v ? '12' : '7']));
  one('right-osep', '-R with -o', (v) => onStdin(join(people(4)), ['-t', '-R', '2,5', '-o', v ? ' : ' : '|']));
  one('right-ragged', '-R on ragged rows', (v) => onStdin(lines(Array.from({ length: 5 }, () => nums(int(1, 4), 1, v ? 99999 : 999).join(' '))), ['-t', '-R', v ? '1,3' : '2']));
  add('fstab-example', 'man page example: fstab with --table-columns and --table-right', (v) => onStdin(lines(fstab(v ? 6 : 5)), ['--table', '--table-columns', 'SOURCE,TARGET,TYPE,OPTIONS,PASS,FREQ', '--table-right', 'PASS,FREQ']));

  // ----------------------------------------------------------------- -H hide
  add('hide-number', '-H by number', (v) => onStdin(join(people(v ? 5 : 4)), ['-t', '-H', v ? '3' : '1']));
  add('hide-list', '-H several columns', (v) => onStdin(join(people(4)), ['-t', '-H', v ? '1,3,5' : '2,4']));
  add('hide-name', '-H by name', (v) => onStdin(join(packages(4).slice(1)), ['-t', '-N', 'P,V,A,S', '-H', v ? 'V' : 'A,S']));
  add('hide-unnamed', '-H - hides the unnamed columns', (v) => onStdin(lines(fstab(v ? 5 : 4)), ['-t', '-N', v ? 'SOURCE,TARGET' : 'SOURCE,TARGET,TYPE', '-H', '-']));
  one('hide-unnamed-example', 'man page example: --table-hide -', (v) => onStdin(lines(fstab(v ? 4 : 6)), ['--table', '--table-columns', 'SOURCE,TARGET,TYPE', '--table-hide', '-']));
  one('hide-all-zero', '-H 0', (v) => onStdin(join(anyTable(3)), ['-t', '-H', '0']));

  // ----------------------------------------------------------------- -O order
  add('order-numbers', '-O reorders columns', (v) => onStdin(join(people(v ? 5 : 4)), ['-t', '-O', v ? '5,1,3,2,4' : '3,1,2']));
  add('order-names', '-O by names', (v) => onStdin(join(packages(4).slice(1)), ['-t', '-N', 'PKG,VER,ARCH,SIZE', '-O', v ? 'SIZE,PKG' : 'ARCH,VER,PKG,SIZE']));
  one('order-partial', '-O lists only some columns', (v) => onStdin(join(inventory(4)), ['-t', '-O', v ? '4' : '3']));
  one('order-right', '-O with -R', (v) => onStdin(join(inventory(4)), ['-t', '-O', '4,2', '-R', v ? '4' : '2']));
  one('order-long-opt', '--table-order', (v) => onStdin(join(people(3)), ['-t', `--table-order=${v ? '2,1' : '4,3'}`]));

  // ----------------------------------------------------------------- width handling: -c, -E, -T, -W
  add('width-narrow', '-t with -c narrower than the table', (v) => onStdin(join(people(v ? 5 : 4)), ['-t', '-c', v ? '30' : '25']));
  add('width-narrow-text', '-t -c with a long text column', (v) => onStdin(lines(Array.from({ length: 4 }, (_, i) => `${i + 1} ${pick(DEPTS)} ${sentence(int(6, 12))}`)), ['-t', '-l', '3', '-c', v ? '50' : '40']));
  one('width-env', '-t narrower COLUMNS', (v) => onStdin(lines(Array.from({ length: 4 }, (_, i) => `${i} ${sentence(int(8, 12))}`)), ['-t', '-l', '2'], { COLUMNS: v ? '45' : '35' }));
  one('width-tiny', '-t with a tiny width', (v) => onStdin(join(anyTable(3)), ['-t', '-c', v ? '3' : '5']));
  add('truncate', '-T truncates a column to fit', (v) => onStdin(lines(Array.from({ length: 4 }, (_, i) => `${i} ${pick(USERS)} ${sentence(int(8, 14))}`)), ['-t', '-l', '3', '-c', v ? '44' : '36', '-T', '3']));
  add('truncate-name', '-T by name', (v) => onStdin(lines(procs(v ? 5 : 4)), ['-t', '-l', '4', '-N', 'USER,PID,CPU,COMMAND', '-c', v ? '35' : '30', '-T', 'COMMAND']));
  one('truncate-fits', '-T when the table already fits', (v) => onStdin(join(anyTable(3)), ['-t', '-T', v ? '2' : '1']));
  add('truncate-two', '-T on two columns', (v) => onStdin(lines(Array.from({ length: 4 }, () => `${longCell(int(3, 5))} ${pick(WORDS)} ${longCell(int(3, 5))}`)), ['-t', '-c', v ? '40' : '32', '-T', '1,3']));
  one('truncate-long-opt', '--table-truncate', (v) => onStdin(lines(Array.from({ length: 3 }, () => `${pick(WORDS)} ${sentence(10)}`)), ['-t', '-l', '2', '--output-width', v ? '30' : '26', '--table-truncate', '2']));
  add('wrap', '-W wraps a column to fit', (v) => onStdin(lines(Array.from({ length: 3 }, (_, i) => `${i} ${sentence(int(8, 14))}`)), ['-t', '-l', '2', '-c', v ? '38' : '30', '-W', '2']));
  add('wrap-name', '-W by name', (v) => onStdin(lines(procs(3)), ['-t', '-l', '4', '-N', 'U,PID,CPU,CMD', '-c', v ? '30' : '28', '-W', 'CMD']));
  one('wrap-fits', '-W when the table already fits', (v) => onStdin(join(anyTable(3)), ['-t', '-W', v ? '1' : '2']));
  add('wrap-long-word', '-W with a cell without spaces', (v) => onStdin(`k ${longCell(v ? 9 : 7)}\nl short\n`, ['-t', '-c', v ? '25' : '20', '-W', '2']));
  one('wrap-first', '-W on the first column', (v) => onStdin(lines(Array.from({ length: 3 }, () => `${longCell(int(3, 6))} ${pick(WORDS)} ${int(0, 99)}`)), ['-t', '-c', v ? '24' : '20', '-W', '1']));
  one('wrap-long-opt', '--table-wrap with -N', (v) => onStdin(lines(Array.from({ length: 3 }, () => `${int(1, 99)} ${sentence(9)}`)), ['-t', '-l', '2', '-N', 'N,TEXT', '-c', v ? '32' : '27', '--table-wrap', 'TEXT']));
  add('noextreme', '-E on a column with one long cell', (v) => onStdin(lines([...people(4).map((r) => r.join(' ')), `x ${v ? 44 : 33} ${'L'.repeat(v ? 70 : 55)} ops 5`]), ['-t', '-E', '3']));
  add('noextreme-narrow', '-E with a narrow width', (v) => onStdin(lines([...Array.from({ length: 5 }, () => `${pick(WORDS)} ${pick(WORDS)} ${int(0, 99)}`), `${longCell(v ? 6 : 5)} y 1`]), ['-t', '-E', '1', '-c', v ? '40' : '30']));
  one('noextreme-name', '--table-noextreme by name', (v) => onStdin(lines([...Array.from({ length: 4 }, () => `${pick(WORDS)} ${int(0, 99)}`), `${longCell(v ? 12 : 10)} 7`]), ['-t', '-N', 'WORD,N', '--table-noextreme', 'WORD', '-c', v ? '30' : '25']));
  add('limit', '-l keeps the rest of the line in the last column', (v) => onStdin(lines(procs(v ? 6 : 5)), ['-t', '-l', v ? '3' : '4']));
  one('limit-one', '-l 1 keeps whole lines', (v) => onStdin(lines(procs(v ? 4 : 3)), ['-t', '-l', '1']));
  add('limit-sep', '-l with -s', (v) => onStdin(lines(passwd(4)), ['-t', '-s', ':', '-l', v ? '3' : '5']));
  one('limit-long-opt', '--table-columns-limit with extra whitespace', (v) => onStdin(lines(Array.from({ length: 4 }, () => words(int(3, 6)).join(pick(['  ', ' \t', ' '])))), ['-t', `--table-columns-limit=${v ? 3 : 2}`]));
  one('limit-larger', '-l larger than the column count', (v) => onStdin(join(anyTable(3)), ['-t', '-l', v ? '50' : '9']));

  // ----------------------------------------------------------------- -e header repeat
  add('header-repeat', '-e repeats the header every page (24 lines)', (v) => onStdin(lines(Array.from({ length: v ? 60 : 50 }, (_, i) => `${i + 1} ${pick(WORDS)}`)), ['-t', '-N', v ? 'N,W' : 'NUM,WORD', '-e']));
  add('header-repeat-lines', '-e with LINES setting the page height', (v) => onStdin(lines(Array.from({ length: 30 }, (_, i) => `${i} ${int(0, 999)}`)), ['-t', '-N', 'A,B', '--table-header-repeat'], { LINES: v ? '7' : '10' }));
  one('header-repeat-short', '-e with a table shorter than a page', (v) => onStdin(join(anyTable(v ? 5 : 4).slice(1)), ['-t', '-N', 'A,B,C,D', '-e']));

  // ----------------------------------------------------------------- -n table name (no effect without JSON)
  one('name-no-json', '-n without -J', (v) => onStdin(join(anyTable(3)), ['-t', '-n', v ? 'other' : 'things']));

  // ================================================================= JSON
  add('json-basic', '-J with -N', (v) => onStdin(join(people(v ? 4 : 3).slice(1)), ['-J', '-N', v ? 'name,age,city,dept,salary' : 'n,a,c,d,s']));
  add('json-name', '-J -n table name', (v) => onStdin(join(packages(3).slice(1)), ['-J', '-n', v ? 'pkgs' : 'packages', '-N', 'package,version,arch,size']));
  add('json-upper-names', '-J lower-cases column names', (v) => onStdin(join(inventory(3).slice(1)), ['-J', '-N', v ? 'Id,Item,Qty,Price' : 'ID,ITEM,QTY,PRICE']));
  add('json-short-rows', '-J: missing cells are null', (v) => onStdin(lines(Array.from({ length: 4 }, () => words(int(1, 3)).join(' '))), ['-J', '-N', 'a,b,c']));
  add('json-escape', '-J escapes quotes, backslashes and control characters', (v) => onStdin(b64(Buffer.from(v ? 'say|"hi"\\n\npath|C:\\dir\x01\n' : 'a"b|c\\d\ntab\there|x\x1fy\n')), ['-J', '-s', '|', '-N', 'k,v']));
  add('json-unicode', '-J with UTF-8 text', (v) => onStdin(join(utable(3, 2)), ['-J', '-N', v ? 'x,y' : 'left,right']));
  one('json-table-mode', '-J together with -t', (v) => onStdin(join(anyTable(2).slice(1)), ['-t', '-J', '-N', 'a,b,c,d,e']));
  add('json-hide', '-J with -H', (v) => onStdin(join(people(3).slice(1)), ['-J', '-N', 'n,a,c,d,s', '-H', v ? 'a,d' : 's']));
  add('json-order', '-J with -O', (v) => onStdin(join(inventory(3).slice(1)), ['-J', '-N', 'id,item,qty,price', '-O', v ? 'price,id' : 'item,id,qty,price']));
  one('json-noheadings', '-J with -d', (v) => onStdin(join(anyTable(2).slice(1)), ['-J', '-d', '-N', 'a,b,c,d,e']));
  one('json-keep-empty', '-J -L with empty lines', (v) => onStdin(`a b\n\n${v ? 'e f\n\n  \ng h\n' : 'c d\n'}`, ['-J', '-L', '-N', 'x,y']));
  one('json-limit', '-J with -l', (v) => onStdin(lines(procs(3)), ['-J', '-l', v ? '3' : '4', '-N', v ? 'user,pid,rest' : 'user,pid,cpu,cmd']));
  one('json-sep', '-J with -s', (v) => onStdin(lines(passwd(2)), ['-J', '-s', ':', '-N', 'user,pw,uid,gid,gecos,home,shell']));
  one('json-long-opt', '--json --table-name', (v) => onStdin(join(anyTable(2).slice(1)), ['--json', `--table-name=${v ? 'rows' : 'data'}`, '--table-columns', 'c1,c2,c3,c4,c5']));
  add('json-missing-name', '-J: a row with more cells than names is an error', (v) => onStdin(`a b\n${v ? 'c d e f' : 'c d e'}\n`, ['-J', '-N', 'x,y']));
  one('json-no-names', '-J without -N is an error', (v) => onStdin(join(anyTable(v ? 3 : 2)), ['-J']));
  one('json-empty-cell', '-J with -s and empty cells', (v) => onStdin(v ? ',b,\n,,\n' : 'a,,c\n', ['-J', '-s', ',', '-N', 'p,q,r']));

  // ================================================================= tree
  add('tree-example', 'man page example: --tree-id 1 --tree-parent 2 --tree 3', (v) => onStdin(v ? '10 0 X\n20 10 XA\n30 10 XB\n40 30 XBA\n50 0 Y\n' : '1 0 A\n2 1 AA\n3 1 AB\n4 2 AAA\n5 2 AAB\n', ['--tree-id', '1', '--tree-parent', '2', '--tree', '3']));
  add('tree-random', '-r -i -p on a random forest', (v) => onStdin(join(forest(v ? 14 : 10, v ? 2 : 1)), ['-t', '-r', '3', '-i', '1', '-p', '2']));
  add('tree-names', 'tree columns addressed by -N names', (v) => onStdin(join(forest(v ? 9 : 7, 2)), ['-t', '-N', 'ID,PARENT,NAME', '-r', 'NAME', '-i', 'ID', '-p', 'PARENT']));
  add('tree-hide', 'tree with the id and parent columns hidden', (v) => onStdin(join(forest(v ? 10 : 8, 1)), ['-t', '-N', 'ID,PARENT,NAME', '-r', 'NAME', '-i', 'ID', '-p', 'PARENT', '-H', 'ID,PARENT']));
  add('tree-c-locale', 'tree in the C locale uses ASCII branches', (v) => onStdin(join(forest(v ? 8 : 6, 1)), ['-t', '-r', '3', '-i', '1', '-p', '2'], { LC_ALL: 'C' }));
  add('tree-json', 'tree as JSON nests children', (v) => onStdin(join(forest(v ? 7 : 5, 1)), ['-J', '-N', 'id,parent,name', '-r', 'name', '-i', 'id', '-p', 'parent']));
  one('tree-first-column', 'tree drawn in the id column', (v) => onStdin(join(forest(v ? 7 : 6, 1)), ['-t', '-r', '1', '-i', '1', '-p', '2']));
  add('tree-orphans', 'tree with parents that do not exist', (v) => onStdin(v ? '5 99 e\n6 5 f\n7 98 g\n8 7 h\n9 5 i\n' : '1 9 A\n2 1 B\n3 7 C\n4 3 D\n', ['-t', '-r', '3', '-i', '1', '-p', '2']));
  add('tree-child-first', 'tree where children come before their parents', (v) => onStdin(v ? '3 2 c\n4 2 d\n2 1 b\n1 0 a\n' : '4 2 D\n2 1 B\n1 0 A\n3 1 C\n', ['-t', '-r', '3', '-i', '1', '-p', '2']));
  one('tree-cycle', 'tree with a parent cycle', (v) => onStdin(v ? '1 3 a\n2 1 b\n3 2 c\n4 0 d\n' : '1 2 A\n2 1 B\n3 0 C\n', ['-t', '-r', '3', '-i', '1', '-p', '2']));
  one('tree-osep', 'tree with -o and -R', (v) => onStdin(join(forest(6, 1)), ['-t', '-r', '3', '-i', '1', '-p', '2', '-o', v ? ' | ' : ' ', '-R', '1']));
  add('tree-extra-columns', 'tree with more columns and -N', (v) => onStdin(lines(forest(v ? 7 : 6, 1).map((r) => [...r, String(int(1, 9999)), pick(USERS)].join(' '))), ['-t', '-N', 'ID,PID,NAME,SIZE,OWNER', '-r', 'NAME', '-i', 'ID', '-p', 'PID', '-R', 'SIZE']));
  one('tree-deep-narrow', 'deep tree with a narrow width', (v) => onStdin(lines(Array.from({ length: v ? 9 : 7 }, (_, i) => `${i + 1} ${i} ${pick(WORDS)}${pick(WORDS)}`)), ['-t', '-r', '3', '-i', '1', '-p', '2', '-c', v ? '22' : '20']));
  one('tree-missing-ids', 'tree requires --tree-id and --tree-parent', (v) => onStdin('1 0 A\n', ['-t', '-r', '3', ...(v ? ['-p', '2'] : ['-i', '1'])]));
  one('tree-only-ids', '-i and -p without -r', (v) => onStdin(join(forest(4, 1)), ['-t', '-i', '1', '-p', '2']));

  // ================================================================= option parsing and errors
  add('bad-c', '-c with a non-number', (v) => onStdin('a\n', ['-c', v ? '12x' : 'abc']));
  one('bad-c-negative', '-c with a negative number', (v) => onStdin('a\n', ['-c', v ? '-1' : '-20']));
  add('bad-l', '-l with a non-number', (v) => onStdin('a b\n', ['-t', '-l', v ? 'two' : 'x']));
  one('bad-l-zero', '-l 0', (v) => onStdin('a b\n', ['-t', '-l', v ? '-3' : '0']));
  add('bad-name-right', 'undefined column name in -R', (v) => onStdin('a b c\n', ['-t', '-N', 'A,B,C', '-R', v ? 'Z' : 'D']));
  one('bad-name-no-N', 'column name without -N', (v) => onStdin('a b c\n', ['-t', v ? '-H' : '-R', v ? 'X' : 'foo']));
  one('bad-name-tree', 'undefined column name in --tree', (v) => onStdin('1 0 A\n', ['-t', '-N', 'I,P,N', '-r', v ? 'Q' : 'NAME', '-i', 'I', '-p', 'P']));
  add('bad-option', 'unknown short option', (v) => onStdin('a\n', [v ? '-q' : '-Z']));
  add('bad-long-option', 'unknown long option', (v) => onStdin('a\n', [v ? '--tabel' : '--foo']));
  add('ambiguous-option', 'ambiguous long option prefix', (v) => onStdin('a\n', [v ? '--table-n' : '--tab']));
  add('missing-argument', 'option without its argument', (v) => onStdin('a\n', [v ? '-s' : '-c']));
  add('missing-file', 'a file that does not exist', (v) => ({ argv: [v ? 'nope.txt' : 'missing'] }));
  one('missing-file-table', 'a missing file among others in table mode', (v) => {
    const [a, b] = rng.shuffle(FILES);
    return { argv: ['-t', a, 'absent.txt', b], files: { [a]: join(anyTable(2)), [b]: join(anyTable(v ? 3 : 2)) } };
  });
  add('unreadable-file', 'a file without read permission', (v) => {
    const f = file();
    return { argv: [f], files: { [f]: { text: wordList(3), mode: 0 } } };
  });
  add('directory', 'a directory operand', (v) => ({ argv: v ? ['-t', 'sub'] : ['dir'], files: { [v ? 'sub' : 'dir']: { dir: true } } }));
  one('dash-operand', '"-" is a file name, not stdin', (v) => ({ argv: v ? ['-t', '-'] : ['-'], stdin: 'a b\n' }));
  one('double-dash', '-- ends the options', (v) => {
    const f = v ? '-t' : '-x';
    return { argv: ['--', f], files: { [f]: wordList(5) } };
  });
  one('options-after-file', 'options after a file operand are still options', (v) => {
    const f = file();
    return { argv: [f, '-t', ...(v ? ['-o', '|'] : [])], files: { [f]: join(anyTable(3)) } };
  });
  one('deprecated-columns', 'the deprecated --columns name of -c', (v) => onStdin(wordList(20), [`--columns=${v ? 50 : 40}`]));
  one('long-abbrev', 'abbreviated long options', () => onStdin(join(anyTable(3)), ['--table', '--table-r', '2', '--output-s', '|']));
  one('last-c-wins', '-c given twice', (v) => onStdin(wordList(20), ['-c', v ? '20' : '100', '-c', v ? '70' : '30']));

  // ================================================================= visible-only cases
  solo('help', 'usage text', { argv: ['--help'] });
  solo('help-short', 'usage text via -h', { argv: ['-h'] });
  solo('version', 'version', { argv: ['--version'] });
  solo('version-short', 'version via -V', { argv: ['-V'] });
  solo('empty-input', 'empty stdin in table mode', { argv: ['-t'], stdin: '' });
  solo('empty-json', 'JSON of empty input', { argv: ['-J', '-N', 'a,b'], stdin: '' });
  solo('table-keep-only-blank', '-t -L of blank lines', { argv: ['-t', '-L'], stdin: '\n\n\n' });
  solo('sep-empty', '-s "" (empty separator)', { argv: ['-t', '-s', ''], stdin: 'a b c\nd e f\n' });
  solo('table-utf8-sep-out', '-o with wide characters', { argv: ['-t', '-o', '日'], stdin: 'a b\ncc d\n' });
  solo('fill-width-16', 'default mode with -c 16 and 7-character entries', { argv: ['-c', '16'], stdin: lines(Array.from({ length: 7 }, () => rng.string(7, 'ghijkl'))) });
  solo('rows-width-17', '-x with -c 17 and 7-character entries', { argv: ['-x', '-c', '17'], stdin: lines(Array.from({ length: 7 }, () => rng.string(7, 'stuvwx'))) });
  solo('columns-env-bad', 'COLUMNS that is not a number', { argv: [], stdin: lines(nums(30, 1, 99)), env: { COLUMNS: 'abc' } });
  solo('tree-dup-ids', 'tree with duplicate ids', { argv: ['-t', '-r', '3', '-i', '1', '-p', '2'], stdin: '1 0 A\n1 0 B\n2 1 C\n' });
  solo('tree-wrap', 'tree with -W on the tree column', { argv: ['-t', '-r', '3', '-i', '1', '-p', '2', '-c', '20', '-W', '3'], stdin: '1 0 alpha_beta_gamma_delta\n2 1 epsilon_zeta_eta_theta\n3 2 iota\n' });
  solo('hide-all', '-H hiding every column', { argv: ['-t', '-H', '1,2'], stdin: 'a b\nc d\n' });
  solo('names-dup', '-N with duplicate names', { argv: ['-t', '-N', 'A,A', '-R', 'A'], stdin: 'x y\nzz w\n' });
  solo('right-mixed', '-R mixing names and numbers', { argv: ['-t', '-N', 'A,B,C', '-R', 'A,3'], stdin: 'x yy z\nxxx y zzz\n' });
  solo('bad-c-overflow', '-c with an overflowing number', { argv: ['-c', '99999999999999999999'], stdin: 'a\n' });
  solo('c-hex', '-c 0x20', { argv: ['-c', '0x20'], stdin: wordList(15) });
  solo('json-invalid-utf8', 'JSON with invalid UTF-8', { argv: ['-J', '-N', 'a,b'], stdin: { base64: Buffer.from([0x61, 0xff, 0x20, 0xc3, 0x0a]).toString('base64') } });
  solo('json-c-locale', 'JSON in the C locale with UTF-8 input', { argv: ['-J', '-N', 'a,b'], stdin: 'héllo 日本\n', env: { LC_ALL: 'C' } });
  solo('table-wrap-truncate', '-W and -T on different columns', { argv: ['-t', '-W', '2', '-T', '3', '-c', '24'], stdin: 'k the quick brown fox jumps over the_lazy_dog_again\nm a b\n' });
  solo('header-repeat-d', '-e with -d', { argv: ['-t', '-N', 'A,B', '-d', '-e'], stdin: lines(Array.from({ length: 30 }, (_, i) => `${i} x`)), env: { LINES: '5' } });
  solo('file-empty', 'an empty file then a non-empty one', { argv: ['e.txt', 'w.txt'], files: { 'e.txt': '', 'w.txt': wordList(6) } });
  solo('long-line', 'a line of 20000 characters', { argv: ['-t'], stdin: `a ${'x'.repeat(20000)} b\nc d e\n` });
  solo('null-byte', 'a NUL byte inside a line', { argv: ['-t'], stdin: { base64: Buffer.from('ab\x00cd ef\ngh ij\n').toString('base64') } });

  return cases;
}
