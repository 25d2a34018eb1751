// Test-case generator for numfmt (GNU coreutils 9.1).
//
// Every idea is generated twice: once as a visible test and once, with other
// values drawn from the seeded rng, as its hidden dual ("<id>.dual").
//
// Fairness rule used throughout: decimal fractions in inputs are dyadic
// (.5, .25, .375, .0625, ...), so every intermediate value is exact in binary
// floating point.  numfmt computes with x87 'long double'; inputs such as
// "1.722" are perturbed by representation error (numfmt really prints
// "1.723" for them), and no test depends on that.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
// first letters that start no long option of numfmt
const NON_OPTION_START = 'abcejklmnoquwxy';
const SIXTEENTHS = [
  '5', '25', '75', '125', '375', '625', '875', '0625', '1875', '3125',
  '4375', '5625', '6875', '8125', '9375', '50', '250', '750',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WORDS = [
  'alpha', 'backup', 'cache', 'data', 'etc', 'fonts', 'games', 'home', 'images',
  'journal', 'kernel', 'logs', 'media', 'notes', 'opt', 'photos', 'queue', 'repo',
  'src', 'tmp', 'usr', 'var', 'web', 'www', 'build', 'dist', 'docs', 'music',
];
const EXTS = ['.txt', '.tar.gz', '.iso', '.log', '.png', '.mp4', '.db', '.json', '.csv', ''];
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'root', 'www-data'];

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng }) {
  // ---------------------------------------------------------------- helpers
  /** n-digit positive integer (no leading zero), as a string */
  const digits = (n) => {
    let s = String(rng.int(1, 9));
    for (let i = 1; i < n; i++) s += String(rng.int(0, 9));
    return s;
  };
  /** positive integer with lo..hi digits */
  const intd = (lo, hi) => digits(rng.int(lo, hi));
  /** a dyadic decimal fraction with an integer part of lo..hi digits */
  const dyadic = (lo, hi) => `${lo === 0 && rng.chance(0.3) ? '0' : intd(Math.max(lo, 1), hi)}.${rng.pick(SIXTEENTHS)}`;
  const word = () => rng.pick(WORDS);
  const fname = () => `${rng.pick(WORDS)}${rng.chance(0.4) ? `-${rng.int(1, 99)}` : ''}${rng.pick(EXTS)}`;
  const lower = (n) => rng.string(n, LETTERS);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const padL = (s, w) => (s.length >= w ? s : ' '.repeat(w - s.length) + s);
  const padR = (s, w) => (s.length >= w ? s : s + ' '.repeat(w - s.length));
  const neg = (s) => (s.startsWith('-') ? s : `-${s}`);
  const mixedSizes = (n, lo = 1, hi = 12) => many(n, () => intd(lo, hi));
  const siSuffix = () => rng.pick(['K', 'M', 'G', 'T', 'P', 'E']);
  const smallSiSuffix = () => rng.pick(['K', 'M', 'G', 'T']);
  const human = (suffixes) => `${rng.chance(0.5) ? intd(1, 3) : dyadic(0, 2)}${rng.pick(suffixes)}`;
  const lines = (arr) => `${arr.join('\n')}\n`;

  /** an `ls -l`-like listing; sizes in column 5 */
  const lsTable = (rows, { total = true, sizes } = {}) => {
    const entries = many(rows, (i) => {
      const dir = rng.chance(0.2);
      return {
        perm: dir ? 'drwxr-xr-x' : rng.pick(['-rw-r--r--', '-rw-------', '-rwxr-xr-x', '-rw-rw-r--']),
        links: String(dir ? rng.int(2, 9) : 1),
        user: rng.pick(USERS),
        group: rng.pick(['staff', 'users', 'wheel', 'adm']),
        size: sizes ? sizes[i] : dir ? '4096' : intd(1, 11),
        date: `${rng.pick(MONTHS)} ${padL(String(rng.int(1, 28)), 2)} ${rng.chance(0.5) ? `${padL(String(rng.int(0, 23)), 2).replace(' ', '0')}:${String(rng.int(0, 59)).padStart(2, '0')}` : ` ${rng.int(2015, 2022)}`}`,
        name: dir ? word() : fname(),
      };
    });
    const w = (k) => Math.max(...entries.map((e) => e[k].length));
    const out = entries.map((e) => `${e.perm} ${padL(e.links, w('links'))} ${padR(e.user, w('user'))} ${padR(e.group, w('group'))} ${padL(e.size, w('size'))} ${e.date} ${e.name}`);
    if (total) out.unshift(`total ${rng.int(8, 99999)}`);
    return lines(out);
  };

  /** a `df -B1`-like table; numbers in columns 2-4 */
  const dfTable = (rows) => {
    const names = ['/dev/sda1', '/dev/sda2', '/dev/nvme0n1p2', 'tmpfs', 'udev', '/dev/mapper/vg-home', '/dev/sdb1'];
    const mounts = ['/', '/boot', '/home', '/run', '/dev', '/srv', '/var/lib/docker', '/mnt/backup'];
    const entries = many(rows, () => {
      const size = BigInt(intd(8, 13));
      const used = (size * BigInt(rng.int(0, 99))) / 100n;
      const avail = size - used;
      return [rng.pick(names), String(size), String(used), String(avail), `${size === 0n ? 0 : Number((used * 100n) / size)}%`, rng.pick(mounts)];
    });
    const head = ['Filesystem', '1B-blocks', 'Used', 'Available', 'Use%', 'Mounted on'];
    const all = [head, ...entries];
    const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...all.map((r) => r[c].length)));
    return lines(all.map((r) => [padR(r[0], widths[0]), padL(r[1], widths[1]), padL(r[2], widths[2]), padL(r[3], widths[3]), padL(r[4], widths[4]), r[5]].join(' ')));
  };

  /** `du -s`-like lines: size<TAB>name */
  const duLines = (rows) => lines(many(rows, () => `${intd(1, 9)}\t${word()}${rng.chance(0.3) ? `/${word()}` : ''}`));

  // ---------------------------------------------------------------- cases
  const cases = [];
  const key = (c) => JSON.stringify([c.argv, c.stdin ?? null, c.env ?? null, c.files ?? null]);
  const seen = new Set();

  /**
   * Add a visible test and (unless dual === false) its hidden dual.
   * make(isDual) returns { argv, stdin?, env? }.
   */
  const add = (id, note, make, { dual = true } = {}) => {
    let v;
    for (let t = 0; t < 30; t++) {
      v = make(false);
      if (!seen.has(key(v))) break;
    }
    if (seen.has(key(v))) throw new Error(`duplicate visible test: ${id}`);
    seen.add(key(v));
    cases.push({ id, note, ...v });
    if (!dual) return;
    let h;
    for (let t = 0; t < 30; t++) {
      h = make(true);
      if (!seen.has(key(h))) break;
    }
    if (seen.has(key(h))) throw new Error(`dual identical to an existing test: ${id}`);
    seen.add(key(h));
    cases.push({ id: `${id}.dual`, note, ...h, hidden: true, dualOf: id });
  };

  // ================================================================ --to
  add('to-si-basic', '--to=si on command-line numbers of many magnitudes', () => ({
    argv: ['--to=si', ...mixedSizes(7, 1, 15)],
  }));
  add('to-iec-basic', '--to=iec on command-line numbers', () => ({
    argv: ['--to=iec', ...mixedSizes(7, 1, 15)],
  }));
  add('to-iec-i-basic', '--to=iec-i: two-letter suffixes', () => ({
    argv: ['--to=iec-i', ...mixedSizes(7, 1, 15)],
  }));
  add('to-none-explicit', '--to=none keeps all digits and input precision', () => ({
    argv: ['--to=none', intd(1, 12), dyadic(1, 6), intd(1, 4), `${intd(1, 3)}.${rng.pick(['50', '500', '2500', '00'])}`],
  }));
  add('to-si-exact-thousands', 'exact multiples of 1000^n print with .0', () => ({
    argv: ['--to=si', ...many(5, () => `${rng.int(1, 9)}${'000'.repeat(rng.int(1, 6))}`)],
  }));
  add('to-iec-powers', 'exact multiples of 1024^n with --to=iec and iec-i', (d) => {
    const vals = many(4, () => String(BigInt(rng.int(1, 9)) * 1024n ** BigInt(rng.int(1, 5))));
    return { argv: [d ? '--to=iec' : '--to=iec-i', ...vals, String(rng.int(1, 1023))] };
  });
  add('to-si-below-base', 'values under 1000 get no suffix', () => ({
    argv: ['--to=si', String(rng.int(0, 9)), String(rng.int(10, 99)), String(rng.int(100, 999)), dyadic(2, 3)],
  }));
  add('to-si-under-ten-halves', 'x.5 under 10 with --to: printed with %.0f (round-half-even)', () => ({
    argv: ['--to=si', ...rng.shuffle(['0.5', '1.5', '2.5', '3.5', '4.5', '5.5', '6.5', '7.5', '8.5', '9.5']).slice(0, 5)],
  }));
  add('to-iec-small-decimals', 'decimals below the base with --to=iec', () => ({
    argv: ['--to=iec', dyadic(1, 1), dyadic(2, 2), dyadic(3, 3), `${rng.int(1, 9)}.${rng.pick(['25', '75', '125'])}`],
  }));
  add('to-si-carry-to-10', 'just under 10 units rounds up to 10 (printed without a decimal point)', () => {
    const p = rng.int(0, 3);
    return { argv: ['--to=si', ...many(3, () => `${9951 + rng.int(0, 48)}${'000'.repeat(p)}`), `${rng.int(9001, 9899)}${'000'.repeat(p)}`, intd(4, 12)] };
  });
  add('to-si-carry-next-power', '999.x rounds up into the next power', () => {
    const p = rng.int(0, 3);
    return { argv: ['--to=si', ...many(3, () => `${999000 + rng.int(1, 999)}${'000'.repeat(p)}`), `${rng.int(100000, 998999)}${'000'.repeat(p)}`] };
  });
  add('to-iec-carry-next-power', '1023.x K rounds up to 1.0M with --to=iec', () => {
    const q = BigInt(rng.int(0, 3));
    const b = 1024n ** q;
    return { argv: ['--to=iec', ...many(3, () => String((1048576n - BigInt(rng.int(1, 900))) * b)), String((10240n - BigInt(rng.int(1, 50))) * b), intd(4, 12)] };
  });
  add('to-si-negative', 'negative numbers after -- with --to=si', () => ({
    argv: ['--to=si', '--', ...many(5, () => neg(intd(1, 13)))],
  }));
  add('to-iec-i-negative', 'negative numbers with --to=iec-i', () => ({
    argv: ['--to=iec-i', '--', ...many(4, () => neg(intd(2, 13))), intd(4, 9)],
  }));
  add('to-si-negative-small', 'negative values under 10 with --to: "-0" and %.0f rounding', () => ({
    argv: ['--to=si', '--', `-0.${rng.pick(['25', '125', '375', '0625'])}`, `-${rng.int(1, 9)}.${rng.pick(['5', '25', '75'])}`, neg(intd(1, 3))],
  }));
  add('to-si-large', 'very large numbers (up to yotta) with --to=si', () => ({
    argv: ['--to=si', ...many(4, () => intd(16, 26))],
  }));
  add('to-iec-large', 'very large numbers with --to=iec', () => ({
    argv: ['--to=iec', ...many(4, () => intd(16, 26))],
  }));
  add('to-si-decimal-input', 'decimal input scaled by --to=si', () => ({
    argv: ['--to=si', dyadic(4, 7), dyadic(4, 9), dyadic(1, 1)],
  }));
  add('to-si-over-999Y', 'a value beyond 999Y cannot be printed', () => ({
    argv: ['--from=si', '--to=si', `${rng.int(1, 999)}Y`, `${rng.int(1000, 9999)}Y`, intd(1, 4)],
  }));
  add('to-si-yotta-carry-quirk', '999.5Y rounds to 1.0 of an unknown power: "(error)" suffix', () => ({
    argv: ['--to=si', intd(4, 20), `${rng.int(9995, 9998)}${digits(23)}`],
  }));
  add('to-none-too-large', 'without --to, more than 18 integer digits cannot be printed', () => ({
    argv: [intd(3, 12), digits(rng.int(20, 26))],
  }));
  add('to-none-18-digits', '18- and 19-digit integers are printed exactly', () => ({
    argv: ['--', digits(18), digits(rng.int(15, 17)), `-${digits(18)}`, digits(19)],
  }));
  add('to-si-too-many-digits', 'more than 27 digits: value too large to be converted', () => ({
    argv: ['--to=si', intd(3, 8), digits(rng.int(28, 35))],
  }));

  // ================================================================ --from
  add('from-si-basic', '--from=si accepts K M G T P E', () => ({
    argv: ['--from=si', ...many(5, () => `${intd(1, 3)}${smallSiSuffix()}`), String(rng.int(1, 999))],
  }));
  add('from-iec-basic', '--from=iec: single-letter suffixes are powers of 1024', () => ({
    argv: ['--from=iec', ...many(5, () => `${intd(1, 3)}${smallSiSuffix()}`), String(rng.int(1, 999))],
  }));
  add('from-iec-i-basic', '--from=iec-i: Ki Mi Gi ...', () => ({
    argv: ['--from=iec-i', ...many(5, () => `${rng.chance(0.3) ? dyadic(1, 2) : intd(1, 3)}${smallSiSuffix()}i`)],
  }));
  add('from-iec-i-plain-number', "--from=iec-i: even a number without any suffix is missing the 'i'", () => ({
    argv: ['--from=iec-i', `${intd(1, 3)}${smallSiSuffix()}i`, rng.chance(0.5) ? intd(1, 4) : dyadic(1, 2)],
  }));
  add('from-auto-mixed', '--from=auto: K is 1000, Ki is 1024', () => ({
    argv: ['--from=auto', ...many(6, () => `${intd(1, 3)}${smallSiSuffix()}${rng.chance(0.5) ? 'i' : ''}`)],
  }));
  add('from-si-decimal', 'decimal values with suffixes lose input precision', () => ({
    argv: ['--from=si', ...many(4, () => `${dyadic(0, 3)}${smallSiSuffix()}`)],
  }));
  add('from-iec-decimal', 'decimal values with IEC suffixes', () => ({
    argv: ['--from=iec', ...many(4, () => `${dyadic(0, 2)}${smallSiSuffix()}`)],
  }));
  add('from-si-negative', 'negative suffixed input', () => ({
    argv: ['--from=si', '--', ...many(3, () => neg(`${dyadic(1, 3)}${smallSiSuffix()}`))],
  }));
  add('from-si-no-suffix-decimal', '--from=si on numbers without suffix keeps their precision', () => ({
    argv: ['--from=si', dyadic(1, 5), intd(1, 8)],
  }));
  add('from-si-to-iec', 'convert SI input to IEC output (1T -> 932G)', () => ({
    argv: ['--from=si', '--to=iec', ...many(5, () => `${intd(1, 3)}${siSuffix()}`)],
  }));
  add('from-iec-to-si', 'convert IEC input to SI output', () => ({
    argv: ['--from=iec', '--to=si', ...many(5, () => `${intd(1, 3)}${siSuffix()}`)],
  }));
  add('from-auto-to-iec-i', '--from=auto with --to=iec-i', () => ({
    argv: ['--from=auto', '--to=iec-i', ...many(5, () => human(['K', 'Ki', 'M', 'Mi', 'G', 'Gi']))],
  }));
  add('from-iec-i-to-si', '--from=iec-i with --to=si', () => ({
    argv: ['--from=iec-i', '--to=si', ...many(4, () => `${intd(1, 3)}${smallSiSuffix()}i`)],
  }));
  add('from-si-roundtrip', '--from=si --to=si normalises values', () => ({
    argv: ['--from=si', '--to=si', ...many(5, () => `${intd(1, 4)}${smallSiSuffix()}`)],
  }));
  add('from-si-exa-too-large-unscaled', 'a large suffixed value without --to is too large to print', (d) => ({
    argv: ['--from=si', `${rng.int(1, 9)}${smallSiSuffix()}`, `${rng.int(10, 99)}${d ? 'Z' : rng.pick(['E', 'Y'])}`],
  }));
  add('from-si-yotta-to-si', 'Z and Y suffixes converted with --to', () => ({
    argv: ['--from=si', '--to=iec', `${intd(1, 3)}Z`, `${intd(1, 2)}Y`, `${intd(1, 3)}E`],
  }));
  add('from-none-rejects-suffix', 'without --from a suffix is rejected', () => ({
    argv: [intd(1, 5), `${intd(1, 3)}${siSuffix()}`, intd(1, 3)],
  }));
  add('from-none-explicit-rejects', '--from=none rejects suffixes', () => ({
    argv: ['--from=none', '--to=si', intd(4, 8), `${intd(1, 3)}${siSuffix()}i`],
  }));
  add('from-si-lowercase-k', "lower-case 'k' is not a valid suffix", () => ({
    argv: ['--from=si', `${intd(1, 3)}K`, `${intd(1, 3)}${rng.pick(['k', 'm', 'g'])}`],
  }));
  add('from-si-rejects-i', "--from=si: trailing 'i' is an invalid suffix", () => ({
    argv: ['--from=si', `${intd(1, 3)}M`, `${intd(1, 3)}${smallSiSuffix()}i`],
  }));
  add('from-iec-rejects-i', "--from=iec: trailing 'i' is an invalid suffix", () => ({
    argv: ['--from=iec', `${intd(1, 3)}G`, `${dyadic(1, 2)}${smallSiSuffix()}i`],
  }));
  add('from-iec-i-missing-i', "--from=iec-i requires the 'i'", () => ({
    argv: ['--from=iec-i', `${intd(1, 3)}Ki`, `${intd(1, 3)}${smallSiSuffix()}`],
  }));
  add('from-auto-bad-suffix', '--from=auto with a two-letter non-IEC suffix', () => ({
    argv: ['--from=auto', `${intd(1, 3)}Mi`, `${intd(1, 3)}${smallSiSuffix()}${rng.pick(['B', 'b', 'x', 'iB'])}`],
  }));
  add('from-si-unknown-letter', 'unknown suffix letter', () => ({
    argv: ['--from=si', `${intd(1, 3)}T`, `${intd(1, 3)}${rng.pick(['X', 'Q', 'R', 'B', 'W'])}`],
  }));

  // ================================================================ units
  add('from-unit-512', '--from-unit=512 with --to=iec (blocks to bytes)', () => ({
    argv: [`--from-unit=${rng.pick(['512', '4096', '1024'])}`, '--to=iec', ...mixedSizes(4, 1, 8)],
  }));
  add('from-unit-suffix', '--from-unit accepts K (1000) and Ki (1024)', (d) => ({
    argv: [`--from-unit=${d ? rng.pick(['2K', '4Ki', '1M', '8Mi']) : rng.pick(['1K', '1Ki'])}`, intd(1, 4), intd(1, 6)],
  }));
  add('from-unit-decimal-input', '--from-unit keeps input precision of decimals', () => ({
    argv: [`--from-unit=${rng.int(2, 9)}`, dyadic(1, 3), intd(1, 4)],
  }));
  add('to-unit-no-to', '--to-unit without --to rounds to an integer (from-zero)', () => ({
    argv: [`--to-unit=${rng.pick(['1000', '1024', '512', '100', '60'])}`, ...mixedSizes(4, 3, 9)],
  }));
  add('to-unit-with-to-si', '--to-unit with --to=si', () => ({
    argv: [`--to-unit=${rng.pick(['1024', '512', '1000', '8'])}`, '--to=si', ...mixedSizes(4, 5, 13)],
  }));
  add('to-unit-suffix', '--to-unit=1Ki style argument', () => ({
    argv: [`--to-unit=${rng.pick(['1Ki', '1K', '1M', '4Ki', '1Mi'])}`, ...mixedSizes(4, 4, 10)],
  }));
  add('from-unit-and-to-unit', 'both unit sizes given', () => ({
    argv: [`--from-unit=${rng.pick(['512', '4096', '1K'])}`, `--to-unit=${rng.pick(['1024', '1000', '1Mi'])}`, ...mixedSizes(4, 1, 9)],
  }));
  add('to-unit-decimal-power-of-two', 'decimal input divided by a power-of-two unit', () => ({
    argv: [`--to-unit=${rng.pick(['2', '4', '8', '16'])}`, dyadic(1, 3), dyadic(2, 4)],
  }));
  add('unit-invalid-zero', '--from-unit=0 is invalid', (d) => ({
    argv: [d ? `--to-unit=${rng.pick(['00', '0K', '0Ki', '000'])}` : '--from-unit=0', intd(1, 4)],
  }));
  add('unit-invalid-text', 'non-numeric unit size', (d) => ({
    argv: [`${d ? '--from-unit' : '--to-unit'}=${lower(rng.int(2, 5))}`, intd(1, 4)],
  }));
  add('unit-invalid-suffix-B', "'KB' style unit sizes are invalid", (d) => ({
    argv: [`--to-unit=${rng.int(1, 9)}${d ? rng.pick(['MB', 'GB']) : 'KB'}`, intd(1, 4)],
  }));
  add('unit-invalid-negative', 'negative unit size', () => ({
    argv: [`--from-unit=-${rng.int(1, 999)}`, intd(1, 4)],
  }));
  add('unit-invalid-decimal', 'decimal unit size is invalid', () => ({
    argv: [`--to-unit=${rng.int(1, 9)}.${rng.int(1, 9)}`, intd(1, 4)],
  }));

  // ================================================================ --round
  const ROUNDS = ['up', 'down', 'from-zero', 'towards-zero', 'nearest'];
  for (const m of ROUNDS) {
    add(`round-${m}-to-si`, `--round=${m} when scaling with --to=si, positive and negative`, () => {
      const vals = many(4, () => intd(4, 10));
      return { argv: [`--round=${m}`, '--to=si', '--', ...vals, ...vals.slice(0, 2).map(neg)] };
    });
    add(`round-${m}-to-iec`, `--round=${m} with --to=iec`, () => {
      const vals = many(4, () => intd(4, 10));
      return { argv: [`--round=${m}`, '--to=iec', '--', ...vals, neg(vals[2])] };
    });
    add(`round-${m}-format-precision`, `--round=${m} with --format precision`, () => {
      const p = rng.int(0, 2);
      const vals = many(3, () => `${intd(1, 4)}.${digits(p + 1).slice(0, p)}${rng.pick(['0625', '125', '375', '875', '3125', '6875'])}`);
      return { argv: [`--round=${m}`, `--format=%.${p}f`, '--', ...vals, neg(vals[0])] };
    });
    add(`round-${m}-to-unit`, `--round=${m} with --to-unit`, () => {
      const u = rng.pick([10, 100, 1000, 8, 60]);
      const vals = many(3, () => String(rng.int(1, 99999)));
      vals.push(String(u * rng.int(2, 50) + u / 2));
      return { argv: [`--round=${m}`, `--to-unit=${u}`, '--', ...vals, neg(vals[3]), neg(vals[0])] };
    });
  }
  add('round-nearest-ties', '--round=nearest: exact halves round away from zero', () => ({
    argv: ['--round=nearest', '--to=si', '--', ...many(3, () => `${rng.int(1, 9)}${rng.int(0, 9)}50`), `-${rng.int(1, 9)}${rng.int(0, 9)}50`],
  }));
  add('round-abbreviated', 'unambiguous abbreviations of --round values', (d) => ({
    argv: [`--round=${d ? rng.pick(['u', 'to', 'towards']) : rng.pick(['n', 'near', 'do'])}`, '--to=si', ...mixedSizes(3, 4, 8)],
  }));
  add('round-invalid', 'unknown --round method lists valid arguments', (d) => ({
    argv: [`--round=${rng.pick(d ? ['ceil', 'floor', 'half'] : ['even', 'zero', 'trunc'])}`, intd(1, 4)],
  }));
  add('round-ambiguous', 'an empty argument is ambiguous for --round/--from/--to/--invalid', (d) => ({
    argv: [d ? rng.pick(['--from=', '--to=', '--invalid=']) : '--round=', intd(1, 4)],
  }));

  // ================================================================ --suffix
  add('suffix-to-si', '--suffix appended after the unit', () => ({
    argv: ['--to=si', `--suffix=${rng.pick(['B', '/s', 'bps', 'Hz'])}`, ...mixedSizes(3, 2, 10)],
  }));
  add('suffix-input-stripped', 'input numbers may carry the suffix', () => {
    const s = rng.pick(['B', 'b', 'X']);
    return { argv: ['--to=si', `--suffix=${s}`, `${intd(4, 9)}${s}`, intd(4, 9), `${intd(1, 3)}${s}`] };
  });
  add('suffix-from-si', 'suffix after a unit suffix: 1KB with --from=si --suffix=B', () => ({
    argv: ['--from=si', '--suffix=B', ...many(3, () => `${rng.chance(0.5) ? intd(1, 3) : dyadic(1, 2)}${smallSiSuffix()}B`)],
  }));
  add('suffix-iec-i', '--to=iec-i with a suffix: KiB', () => ({
    argv: ['--to=iec-i', '--suffix=B', ...mixedSizes(3, 3, 12)],
  }));
  add('suffix-no-scaling', '--suffix without scaling', () => ({
    argv: [`--suffix=${rng.pick(['%', ' ms', 'px', '$'])}`, intd(1, 3), dyadic(1, 2)],
  }));
  add('suffix-mismatch', 'a different trailing text is an invalid suffix', () => ({
    argv: ['--to=si', '--suffix=B', `${intd(4, 6)}B`, `${intd(4, 6)}${rng.pick(['b', 'Bytes', 'x'])}`],
  }));
  add('suffix-with-padding', '--suffix counted in --padding width', () => ({
    argv: [`--padding=${rng.int(7, 12)}`, '--to=iec', '--suffix=B', ...mixedSizes(3, 2, 9)],
  }));
  add('suffix-stdin-field', '--suffix on a field of a table', () => {
    const rows = many(4, () => `${word()} ${intd(3, 10)}B ${rng.int(1, 99)}`);
    return { argv: ['--field=2', '--to=si', '--suffix=B'], stdin: lines(rows) };
  });

  // ================================================================ --padding
  add('padding-right', 'positive --padding right-aligns', () => ({
    argv: [`--padding=${rng.int(6, 14)}`, ...mixedSizes(4, 1, 6)],
  }));
  add('padding-left', 'negative --padding left-aligns', () => ({
    argv: [`--padding=-${rng.int(6, 14)}`, '--to=si', ...mixedSizes(4, 1, 9)],
  }));
  add('padding-narrow', 'padding narrower than the number is ignored', () => ({
    argv: [`--padding=${rng.int(1, 3)}`, ...mixedSizes(3, 4, 10)],
  }));
  add('padding-stdin-fields', '--padding on a field in the middle of a line', () => {
    const rows = many(4, () => `${word()} ${intd(2, 9)} ${word()}`);
    return { argv: ['--field=2', '--to=iec', `--padding=${rng.int(5, 9)}`], stdin: lines(rows) };
  });
  add('padding-left-stdin', 'negative --padding on stdin input', () => ({
    argv: [`--padding=-${rng.int(6, 10)}`, '--to=si'], stdin: duLines(4),
  }));
  add('padding-invalid-zero', '--padding=0 is invalid', (d) => ({
    argv: [d ? '--padding=-0' : '--padding=0', intd(1, 4)],
  }));
  add('padding-invalid-text', 'non-numeric --padding', () => ({
    argv: [`--padding=${rng.pick(['', 'x'])}${lower(rng.int(1, 4))}`, intd(1, 4)],
  }));
  add('padding-invalid-decimal', '--padding must be an integer', () => ({
    argv: [`--padding=${rng.int(1, 9)}.${rng.int(1, 9)}`, intd(1, 4)],
  }));

  // ================================================================ --format
  add('format-width', '--format=%Nf right-aligns like --padding', () => ({
    argv: [`--format=%${rng.int(6, 14)}f`, ...mixedSizes(3, 1, 5)],
  }));
  add('format-left', '--format=%-Nf left-aligns', () => ({
    argv: [`--format=%-${rng.int(6, 12)}f|`, '--to=si', ...mixedSizes(3, 1, 9)],
  }));
  add('format-zero-pad', '--format=%0Nf pads with zeros', () => ({
    argv: [`--format=%0${rng.int(6, 12)}f`, ...mixedSizes(3, 1, 5)],
  }));
  add('format-zero-pad-negative', 'zero padding after the minus sign', () => ({
    argv: [`--format=%0${rng.int(7, 12)}f`, '--', neg(intd(1, 4)), dyadic(1, 2)],
  }));
  add('format-zero-pad-to-si', 'zero padding with --to=si', () => ({
    argv: [`--format=%0${rng.int(6, 9)}f`, '--to=si', ...mixedSizes(3, 4, 10)],
  }));
  add('format-precision', '--format=%.Nf overrides the input precision', () => ({
    argv: [`--format=%.${rng.int(1, 4)}f`, intd(1, 5), dyadic(1, 3)],
  }));
  add('format-precision-to-si', '--format=%.Nf with --to=si', () => ({
    argv: [`--format=%.${rng.int(1, 3)}f`, '--to=si', ...mixedSizes(4, 4, 12)],
  }));
  add('format-precision-zero-to-iec', '--format=%.0f with --to=iec drops the decimal', () => ({
    argv: ['--format=%.0f', '--to=iec', ...mixedSizes(4, 4, 12)],
  }));
  add('format-precision-dot-only', '--format=%.f means precision 0', () => ({
    argv: ['--format=%.f', `${intd(1, 3)}.5`, `${intd(1, 3)}.25`, intd(1, 4)],
  }));
  add('format-width-and-precision', '--format=%W.Pf', () => ({
    argv: [`--format=%${rng.int(8, 12)}.${rng.int(1, 3)}f`, dyadic(1, 3), intd(1, 5)],
  }));
  add('format-prefix-suffix', 'literal text around the directive', () => ({
    argv: [`--format=${rng.pick(['Size: ', 'total=', '[', '<'])}%f${rng.pick([' bytes', ']', '>', ';'])}`, '--to=iec', ...mixedSizes(2, 3, 9)],
  }));
  add('format-percent-literal', "'%%' in the format is copied as-is (prefix length quirk)", () => ({
    argv: [`--format=${rng.pick(['abc', 'x', 'rate'])} %% %f %%${rng.pick(['', ' done', 'y'])}`, intd(1, 4)],
  }));
  add('format-grouping-flag', "%'f enables grouping: no effect in C.UTF-8", () => ({
    argv: [`--format=%'${rng.pick(['', '12', '-12'])}f|`, intd(5, 10)],
  }));
  add('format-left-zero', '%-0Nf: left alignment wins, no zeros', () => ({
    argv: [`--format=%-0${rng.int(6, 10)}f|`, intd(1, 4)],
  }));
  add('format-space-flag', "spaces after '%' are skipped", () => ({
    argv: [`--format=% ${rng.int(5, 10)}f`, intd(1, 4)],
  }));
  add('format-narrow-width', 'width narrower than the number', () => ({
    argv: [`--format=%${rng.int(2, 3)}f`, intd(5, 9)],
  }));
  add('format-iec-i-width', '--format width with --to=iec-i', () => ({
    argv: [`--format=%${rng.int(7, 10)}f`, '--to=iec-i', ...mixedSizes(3, 3, 11)],
  }));
  add('format-overrides-padding', '--format width overrides --padding', () => ({
    argv: [`--padding=${rng.int(3, 5)}`, `--format=%${rng.int(8, 12)}f`, intd(5, 7)],
  }));
  add('format-no-directive', 'format without %', () => ({
    argv: [`--format=${lower(rng.int(2, 6))}`, intd(1, 4)],
  }));
  add('format-too-many', 'format with two % directives', () => ({
    argv: [`--format=${lower(rng.int(0, 3))}%f ${rng.pick(['%f', '%d', '%s'])}`, intd(1, 4)],
  }));
  add('format-ends-in-percent', "format ending in '%'", () => ({
    argv: [`--format=${rng.pick(['', 'x', 'abc'])}%${rng.pick(['', '5', '12', "'", "0"])}`, intd(1, 4)],
  }));
  add('format-bad-directive', 'only %f is allowed', () => ({
    argv: [`--format=%${rng.pick(['d', 'g', 'e', 's', 'x', 'Lf', '+f', '#f'])}`, intd(1, 4)],
  }));
  add('format-bad-precision', 'negative precision is rejected', () => ({
    argv: [`--format=%.-${rng.int(1, 9)}f`, intd(1, 4)],
  }));
  add('format-minus-before-precision', "'%-.1f' is rejected (no width after '-')", (d) => ({
    argv: [`--format=%-.${d ? rng.int(5, 9) : rng.int(1, 4)}f`, intd(1, 4)],
  }));

  // ================================================================ --grouping
  add('grouping-noop', '--grouping has no effect in C.UTF-8', () => ({
    argv: ['--grouping', ...mixedSizes(3, 5, 12)],
  }));
  add('grouping-from-iec', '--grouping with --from=iec', () => ({
    argv: ['--from=iec', '--grouping', `${rng.int(1, 9)}${rng.pick(['G', 'M', 'T'])}`],
  }));
  add('grouping-with-to', '--grouping cannot be combined with --to', () => ({
    argv: ['--grouping', `--to=${rng.pick(['si', 'iec', 'iec-i'])}`, intd(4, 8)],
  }));
  add('grouping-with-format', '--grouping cannot be combined with --format', () => ({
    argv: ['--grouping', `--format=%${rng.pick(['', '10', '.2'])}f`, intd(4, 8)],
  }));
  add('grouping-debug', '--debug warns that grouping has no effect', () => ({
    argv: ['--debug', '--grouping', intd(4, 9)],
  }));

  // ================================================================ --header
  add('header-default', '--header skips one line (df-like table)', () => ({
    argv: ['--header', '--field=2', '--to=si'], stdin: dfTable(rng.int(3, 5)),
  }));
  add('header-n', '--header=N skips N lines', () => {
    const n = rng.int(2, 3);
    const hdr = many(n, (i) => `# ${word()} report ${i + 1} ${rng.int(100, 999)}`);
    return { argv: [`--header=${n}`, '--to=iec'], stdin: lines([...hdr, ...many(3, () => `${intd(3, 10)} ${word()}`)]) };
  });
  add('header-exceeds-input', 'header count larger than the input', () => ({
    argv: [`--header=${rng.int(5, 9)}`, '--to=si'], stdin: lines(many(rng.int(2, 4), () => intd(3, 8))),
  }));
  add('header-invalid-zero', '--header=0 is invalid', (d) => ({
    argv: [d ? `--header=${rng.pick(['00', '000'])}` : '--header=0', intd(1, 4)],
  }));
  add('header-invalid-text', 'non-numeric --header', (d) => ({
    argv: [`--header=${rng.pick(d ? ['two', '1.5', '-3'] : ['-1', 'x', ''])}`, intd(1, 4)],
  }));
  add('header-argv-ignored', '--header does not apply to command-line numbers (--debug says so)', (d) => ({
    argv: ['--debug', d ? `--header=${rng.int(2, 5)}` : '--header', '--to=si', ...mixedSizes(2, 4, 8)],
  }));
  add('header-separate-arg', "'--header N': N is a number to convert, not the header count", () => ({
    argv: ['--header', String(rng.int(2, 9)), '--to=si', intd(4, 8)],
  }));

  // ================================================================ --field
  add('field-ls-size', 'ls -l listing: --header --field 5 --to=iec', () => ({
    argv: ['--header', '--field', '5', '--to=iec'], stdin: lsTable(rng.int(4, 7)),
  }));
  add('field-ls-size-si', 'ls -l listing with --field=5 --to=si and no header line', () => ({
    argv: ['--field=5', '--to=si'], stdin: lsTable(rng.int(3, 6), { total: false }),
  }));
  add('field-df-range', 'df -B1 | numfmt --header --field 2-4 --to=si', () => ({
    argv: ['--header', '--field', '2-4', '--to=si'], stdin: dfTable(rng.int(3, 6)),
  }));
  add('field-list', 'comma-separated field list', () => {
    const rows = many(3, () => [word(), intd(3, 9), word(), intd(3, 9), intd(3, 9)].join(' '));
    return { argv: ['--field=2,4', '--to=iec'], stdin: lines(rows) };
  });
  add('field-open-end', "'N-' converts from field N to the end", () => {
    const rows = many(3, () => [word(), ...many(4, () => intd(2, 9))].join(' '));
    return { argv: ['--field=2-', '--to=si'], stdin: lines(rows) };
  });
  add('field-open-start', "'-M' converts fields 1..M", () => {
    const rows = many(3, () => [...many(3, () => intd(2, 9)), word(), intd(2, 6)].join(' '));
    return { argv: ['--field=-3', '--to=si'], stdin: lines(rows) };
  });
  add('field-all', "'-' converts every field", () => {
    const rows = many(3, () => many(rng.int(2, 5), () => intd(1, 9)).join(' '));
    return { argv: ['--field=-', '--to=iec-i'], stdin: lines(rows) };
  });
  add('field-mixed-list', 'list mixing single fields and ranges', () => {
    const rows = many(3, () => many(6, () => intd(3, 8)).join(' '));
    return { argv: [`--field=1,${rng.int(3, 4)}-5`, '--to=si'], stdin: lines(rows) };
  });
  add('field-space-list', 'fields separated by a space instead of a comma', () => {
    const rows = many(3, () => many(4, () => intd(3, 8)).join(' '));
    return { argv: ['--field=1 3', '--to=si'], stdin: lines(rows) };
  });
  add('field-beyond-line', 'a field number past the end of the line changes nothing', () => {
    const rows = many(3, () => many(rng.int(2, 3), () => intd(3, 8)).join(' '));
    return { argv: [`--field=${rng.int(5, 9)}`, '--to=si'], stdin: lines(rows) };
  });
  add('field-argv-multi', 'a command-line argument with several fields', () => ({
    argv: ['--field=2', '--to=si', `${word()} ${intd(4, 9)} ${word()}`, `${intd(1, 3)} ${intd(4, 9)}`],
  }));
  add('field-all-with-text-abort', 'non-numeric field in a range aborts mid-line', () => {
    const rows = [`${intd(3, 8)} ${intd(3, 8)} ${intd(3, 8)}`, `${intd(3, 8)} ${word()} ${intd(3, 8)}`, `${intd(3, 8)} ${intd(3, 8)}`];
    return { argv: ['--field=-', '--to=si'], stdin: lines(rows) };
  });
  add('field-zero', 'fields are numbered from 1', (d) => ({
    argv: [`--field=${d ? '0-2' : '0'}`, intd(1, 4)],
  }));
  add('field-decreasing', 'decreasing field range', () => {
    const a = rng.int(3, 9);
    return { argv: [`--field=${a}-${rng.int(1, a - 1)}`, intd(1, 4)] };
  });
  add('field-invalid', 'non-numeric field list', (d) => ({
    argv: [`--field=${rng.pick(d ? ['a', 'x1', 'one'] : ['1:2', 'b', '2;3'])}`, intd(1, 4)],
  }));
  add('field-empty-list-item', 'empty list element', () => ({
    argv: [`--field=${rng.pick(['1,,2', ',3', ''])}`, intd(1, 4)],
  }));
  add('field-bad-range', "'-2-' is an invalid range", () => ({
    argv: [`--field=-${rng.int(1, 5)}-`, intd(1, 4)],
  }));
  add('field-multiple', '--field given twice', () => ({
    argv: [`--field=${rng.int(1, 3)}`, `--field=${rng.int(4, 6)}`, intd(1, 4)],
  }));

  // ================================================================ delimiter
  add('delim-csv', '-d, with --header on CSV input', () => {
    const rows = many(4, () => [word(), intd(3, 10), intd(1, 7), rng.pick(['ok', 'fail', 'n/a'])].join(','));
    return { argv: ['-d,', '--header', '--field=2,3', '--to=si'], stdin: lines(['name,bytes,packets,status', ...rows]) };
  });
  add('delim-long-colon', '--delimiter=: (long form)', () => {
    const rows = many(3, () => [word(), intd(2, 9), intd(2, 9)].join(':'));
    return { argv: ['--delimiter=:', '--field=2-', '--to=iec'], stdin: lines(rows) };
  });
  add('delim-separate-arg', "'-d' with its argument in the next word", () => {
    const rows = many(3, () => [intd(2, 9), word()].join(';'));
    return { argv: ['-d', ';', '--to=si'], stdin: lines(rows) };
  });
  add('delim-empty-field', 'empty field between delimiters is an invalid number', () => ({
    argv: ['-d:', '--field=2-', '--to=iec'], stdin: `${word()}:${intd(4, 6)}::${intd(4, 6)}\n`,
  }));
  add('delim-empty-field-ignore', 'empty field with --invalid=ignore is kept', () => ({
    argv: ['-d:', '--field=2-', '--to=iec', '--invalid=ignore'], stdin: `${word()}:${intd(4, 6)}::${intd(4, 6)}\n${word()}:${intd(3, 8)}:${intd(3, 8)}:\n`,
  }));
  add('delim-tab', 'tab delimiter preserved in output', () => ({
    argv: ['-d', '\t', '--field=-', '--to=si'], stdin: lines(many(3, () => many(3, () => intd(3, 9)).join('\t'))),
  }));
  add('delim-no-autopad', 'with -d there is no automatic padding; blanks before a number are dropped', () => ({
    argv: ['-d,', '--field=1,2', '--to=si'], stdin: lines(many(3, () => ` ${intd(4, 8)},  ${intd(4, 8)},${word()}`)),
  }));
  add('delim-space', '-d " ": consecutive spaces make empty fields', () => ({
    argv: ['-d', ' ', '--field=-', '--to=si'], stdin: `${intd(4, 7)}  ${intd(4, 7)}\n`,
  }));
  add('delim-multichar', 'the delimiter must be a single character', () => ({
    argv: ['-d', rng.pick(['::', ', ', 'ab', '\t\t']), intd(1, 4)],
  }));
  add('delim-with-padding', 'explicit --padding with a delimiter', () => ({
    argv: ['-d,', '--field=2', '--to=si', `--padding=${rng.int(6, 9)}`], stdin: lines(many(3, () => `${word()},${intd(3, 9)},${rng.int(1, 9)}`)),
  }));

  // ================================================================ -z
  add('zero-terminated', '-z: NUL-separated records', () => ({
    argv: ['-z', '--to=si'], stdin: `${many(4, () => intd(2, 10)).join('\0')}\0`,
  }));
  add('zero-terminated-newline-field', '-z: newline inside a record separates fields', () => ({
    argv: ['-z', '--to=iec', '--field=-'], stdin: `${intd(4, 8)}\n${intd(4, 8)}\0${intd(4, 8)}\0`,
  }));
  add('zero-terminated-no-final-nul', '-z: last record without NUL gets no terminator', () => ({
    argv: ['--zero-terminated', '--from=si'], stdin: `${intd(1, 3)}K\0${intd(1, 3)}M`,
  }));
  add('zero-terminated-header', '-z with --header', () => ({
    argv: ['-z', '--header', '--to=si'], stdin: `size\0${intd(4, 9)}\0${intd(4, 9)}\0`,
  }));
  add('zero-terminated-argv', '-z with command-line numbers: NUL after each', () => ({
    argv: ['-z', '--to=iec', ...mixedSizes(3, 3, 9)],
  }));

  // ================================================================ --invalid
  const badStdin = () => lines([intd(4, 8), rng.pick(['abc', 'n/a', '-', 'x1']), `${intd(4, 8)} ${word()}`, `${intd(1, 3)}${smallSiSuffix()}`, intd(4, 8)]);
  add('invalid-default-abort', 'by default the first invalid number stops processing (exit 2)', () => ({
    argv: ['--to=si'], stdin: badStdin(),
  }));
  add('invalid-abort', '--invalid=abort is the default behaviour', () => ({
    argv: ['--invalid=abort', '--to=iec'], stdin: badStdin(),
  }));
  add('invalid-fail', '--invalid=fail: diagnose every error, exit 2', () => ({
    argv: ['--invalid=fail', '--to=si'], stdin: badStdin(),
  }));
  add('invalid-warn', '--invalid=warn: diagnose, exit 0', () => ({
    argv: ['--invalid=warn', '--to=si'], stdin: badStdin(),
  }));
  add('invalid-ignore', '--invalid=ignore: no diagnostics, exit 0', () => ({
    argv: ['--invalid=ignore', '--to=iec'], stdin: badStdin(),
  }));
  add('invalid-fail-argv', '--invalid=fail with command-line numbers', () => ({
    argv: ['--invalid=fail', '--to=si', intd(4, 8), lower(3), intd(4, 8), `${intd(1, 3)}${smallSiSuffix()}`],
  }));
  add('invalid-warn-field', '--invalid=warn on a field range', () => ({
    argv: ['--invalid=warn', '--field=2-3', '--from=iec'], stdin: lines([`${word()} ${intd(1, 3)}K ${intd(1, 3)}M`, `${word()} ${word()} ${intd(1, 3)}G`, `${word()} ${intd(1, 3)}Ki ${intd(1, 3)}`]),
  }));
  add('invalid-ignore-too-large', '--invalid=ignore with too-large values', () => ({
    argv: ['--invalid=ignore', intd(3, 8), digits(rng.int(20, 25)), intd(2, 5)],
  }));
  add('invalid-fail-debug', '--invalid=fail with --debug adds a summary line', () => ({
    argv: ['--invalid=fail', '--debug', '--to=si', intd(4, 8), lower(4)],
  }));
  add('invalid-ignore-debug', '--invalid=ignore with --debug still reports the summary', () => ({
    argv: ['--invalid=ignore', '--debug', '--to=si'], stdin: lines([intd(4, 8), lower(3)]),
  }));
  add('invalid-bad-mode', 'unknown --invalid mode', (d) => ({
    argv: [`--invalid=${rng.pick(d ? ['bogus', 'skip'] : ['error', 'quiet'])}`, intd(1, 3)],
  }));
  add('invalid-abbrev', 'abbreviated --invalid mode', (d) => ({
    argv: [`--invalid=${d ? 'i' : 'w'}`, '--to=si', intd(4, 8), lower(3), intd(4, 8)],
  }));

  // ================================================================ --debug
  add('debug-no-conversion', '--debug warns when no conversion option is given', () => ({
    argv: ['--debug', intd(1, 8)],
  }));
  add('debug-with-to', '--debug with a conversion: no warning', () => ({
    argv: ['--debug', `--to=${rng.pick(['si', 'iec'])}`, intd(4, 9)],
  }));
  add('debug-precision-loss', '--debug warns about more than 18 significant digits', () => ({
    argv: ['--debug', '--to=si', digits(rng.int(19, 24))],
  }));
  add('debug-precision-loss-decimal', 'precision loss in a long fraction', () => ({
    argv: ['--debug', '--to=iec', `${rng.int(1, 9)}.${digits(rng.int(19, 22))}`],
  }));
  add('debug-padding-only', '--padding counts as a conversion option for --debug', () => ({
    argv: ['--debug', `--padding=${rng.int(5, 9)}`, intd(1, 4)],
  }));
  add('debug-format-overrides-padding', '--debug: --format width overriding --padding', () => ({
    argv: ['--debug', `--padding=${rng.int(3, 6)}`, `--format=%${rng.int(8, 12)}f`, intd(1, 5)],
  }));
  add('debug-stdin', '--debug with stdin and an invalid line', () => ({
    argv: ['--debug'], stdin: lines([intd(1, 5), lower(3)]),
  }));

  // ================================================================ number syntax
  add('parse-leading-plus', "a leading '+' is an invalid number", () => ({
    argv: [intd(1, 4), `+${intd(1, 4)}`],
  }));
  add('parse-leading-dot', "'.5' is accepted as 0.5", () => ({
    argv: [`.${rng.pick(SIXTEENTHS)}`, '--', `-.${rng.pick(SIXTEENTHS)}`],
  }));
  add('parse-trailing-dot', "'5.' is an invalid number", () => ({
    argv: [intd(1, 3), `${intd(1, 3)}.`],
  }));
  add('parse-exponent', 'scientific notation is an invalid suffix', () => ({
    argv: ['--to=si', intd(1, 3), `${rng.int(1, 9)}e${rng.int(1, 9)}`],
  }));
  add('parse-hex', 'hex numbers are not accepted', () => ({
    argv: [`0x${rng.string(rng.int(1, 4), '0123456789abcdef')}`],
  }));
  add('parse-thousands-separator', "'1,000' is not a number in C.UTF-8", () => ({
    argv: [`${intd(1, 3)},${digits(3).replace(/^./, String(rng.int(0, 9)))}`],
  }));
  add('parse-double-dot', 'two decimal points', () => ({
    argv: [`${intd(1, 2)}.${intd(1, 2)}.${intd(1, 2)}`],
  }));
  add('parse-leading-zeros', 'leading zeros are dropped, trailing fraction zeros kept', () => ({
    argv: [`00${intd(1, 3)}`, `0${intd(1, 2)}.${rng.pick(['500', '50', '2500', '1250'])}`, '000'],
  }));
  add('parse-negative-zero', "'-0' and '-0.0' print without the sign", (d) => ({
    argv: ['--', d ? '-0.00' : '-0', d ? '-000' : '-0.0'],
  }));
  add('parse-empty-arg', 'an empty argument is an invalid number', () => ({
    argv: [intd(1, 3), ''],
  }));
  add('parse-blank-arg', 'a blank-only argument', () => ({
    argv: ['--to=si', intd(4, 8), rng.pick([' ', '   ', '\t'])],
  }));
  add('parse-whitespace-arg', 'leading/trailing blanks in an argument are kept as padding', () => ({
    argv: ['--to=si', `  ${intd(4, 7)}`, `${intd(4, 7)}  `, `\t${intd(4, 7)}`],
  }));
  add('parse-double-minus', "'--5' after '--' is an invalid number", () => ({
    argv: ['--', `--${intd(1, 3)}`],
  }));
  add('parse-minus-only', "'-' alone is an invalid number", () => ({
    argv: ['--', intd(1, 2), '-'],
  }));
  add('parse-decimal-precision-kept', 'input precision is preserved in output', () => ({
    argv: [`${intd(1, 4)}.${rng.pick(['50', '500', '2500', '1250', '0'])}`, `${intd(1, 4)}.00`],
  }));
  add('parse-tiny-decimal', 'small fractions print exactly', () => ({
    argv: rng.shuffle(['0.03125', '0.015625', '0.0078125', '0.00390625', '0.001953125', '0.0009765625', '0.00048828125']).slice(0, 3),
  }));
  add('parse-precision-too-large', 'too many fraction digits to print without --to', () => ({
    argv: [`${intd(1, 3)}.${'0'.repeat(rng.int(18, 21))}${rng.pick(['5', '25'])}`],
  }));
  add('parse-number-then-text', 'text directly after a number is an invalid suffix', () => ({
    argv: ['--to=si', `${intd(4, 6)}${lower(rng.int(2, 4))}`],
  }));
  add('parse-not-a-number', 'plain words are invalid numbers', () => ({
    argv: ['--from=auto', `${word()}`],
  }));

  // ================================================================ stdin handling
  add('stdin-du', 'du -s like input: tab-separated, tab becomes a space', () => ({
    argv: ['--to=si'], stdin: duLines(rng.int(4, 6)),
  }));
  add('stdin-du-padding', 'du -s | numfmt --to=si --padding=10 (manual example)', () => ({
    argv: ['--to=si', '--padding=10'], stdin: duLines(4),
  }));
  add('stdin-du-format', 'du -s | numfmt --to=si --format=%-10f', () => ({
    argv: ['--to=si', '--format=%-10f'], stdin: duLines(4),
  }));
  add('stdin-ls-lh-from-iec', 'ls -lh | numfmt --header --field 5 --from=iec --padding=10', () => {
    const sizes = many(5, () => (rng.chance(0.2) ? String(rng.int(0, 999)) : `${rng.chance(0.5) ? `${rng.int(1, 9)}.${rng.int(0, 9)}` : rng.int(10, 999)}${smallSiSuffix()}`));
    return { argv: ['--header', '--field', '5', '--from=iec', '--padding=10'], stdin: lsTable(5, { sizes }) };
  });
  add('stdin-ls-lh-format', 'ls -lh | numfmt --header --field 5 --from=iec --format %10f', () => {
    const sizes = many(5, () => `${rng.int(1, 999)}${smallSiSuffix()}`);
    return { argv: ['--header', '--field', '5', '--from=iec', '--format', '%10f'], stdin: lsTable(5, { sizes }) };
  });
  add('stdin-autopad', 'leading blanks in a line keep the field width', () => ({
    argv: ['--to=si'], stdin: lines(many(4, () => `${' '.repeat(rng.int(1, 8))}${intd(4, 10)} ${word()}`)),
  }));
  add('stdin-autopad-field', 'auto-padding on a later field uses its full width', () => ({
    argv: ['--field=2', '--to=iec'], stdin: lines(many(4, () => `${word()}${' '.repeat(rng.int(1, 8))}${intd(2, 10)}${' '.repeat(rng.int(1, 3))}${word()}`)),
  }));
  add('stdin-autopad-overflow', 'output wider than the input field is not truncated', () => ({
    argv: ['--from=iec'], stdin: lines(many(3, () => ` ${rng.int(1, 99)}${smallSiSuffix()}\t${word()}`)),
  }));
  add('stdin-multi-blank-separators', 'runs of blanks and tabs between fields', () => ({
    argv: ['--field=3', '--to=si'], stdin: lines(many(3, () => `${word()}\t \t${intd(1, 3)}   ${intd(4, 9)}\t\t${word()}`)),
  }));
  add('stdin-trailing-blanks', 'trailing blanks are kept', () => ({
    argv: ['--to=si'], stdin: lines(many(3, () => `${intd(4, 8)}${' '.repeat(rng.int(1, 4))}`)),
  }));
  add('stdin-no-final-newline', 'last line without a newline gets none', () => ({
    argv: ['--to=iec'], stdin: `${intd(4, 8)}\n${intd(4, 8)}`,
  }));
  add('stdin-empty-line', 'an empty line is an invalid number', () => ({
    argv: ['--to=si'], stdin: `${intd(4, 8)}\n\n${intd(4, 8)}\n`,
  }));
  add('stdin-empty-line-warn', 'empty line with --invalid=warn', () => ({
    argv: ['--to=si', '--invalid=warn'], stdin: `${intd(4, 8)}\n\n${intd(4, 8)}\n`,
  }));
  add('stdin-empty', 'empty input produces no output', (d) => ({
    argv: [d ? '--to=iec' : '--to=si'], stdin: '',
  }));
  add('stdin-crlf', 'a carriage return makes an invalid suffix', () => ({
    argv: ['--to=si'], stdin: `${intd(4, 8)}\r\n${intd(4, 8)}\r\n`,
  }));
  add('stdin-only-first-field', 'by default only field 1 is converted', () => ({
    argv: ['--to=si'], stdin: lines(many(3, () => many(3, () => intd(4, 8)).join(' '))),
  }));
  add('stdin-mixed-magnitudes', 'a column of sizes from bytes to terabytes', () => ({
    argv: ['--to=iec-i'], stdin: lines(many(6, (i) => intd(1 + 2 * i, 2 + 2 * i))),
  }));
  add('stdin-negative-lines', 'negative numbers on stdin need no --', () => ({
    argv: ['--to=si'], stdin: lines(many(3, () => neg(intd(4, 9)))),
  }));
  add('stdin-from-auto-column', 'human-readable column converted back to bytes', () => ({
    argv: ['--from=auto', '--field=2'], stdin: lines(many(4, () => `${word()} ${human(['K', 'Ki', 'M', 'Mi', 'G'])}`)),
  }));
  add('stdin-csv-from-si-to-iec', 'CSV column converted from SI to IEC', () => ({
    argv: ['-d,', '--header', '--field=3', '--from=si', '--to=iec'],
    stdin: lines(['host,port,capacity', ...many(4, () => `${word()},${rng.int(1, 65535)},${intd(1, 3)}${smallSiSuffix()}`)]),
  }));

  // ================================================================ option parsing
  add('opt-unknown-long', 'unrecognized long option', () => ({
    argv: [`--${rng.pick([...NON_OPTION_START])}${lower(rng.int(3, 7))}`, intd(1, 3)],
  }));
  add('opt-unknown-short', 'invalid short option', () => ({
    argv: [`-${rng.pick([...'abcefgkqwxyABCZ'])}`, intd(1, 3)],
  }));
  add('opt-negative-number-without-dashdash', "'-5' is taken as an option", (d) => ({
    argv: ['--to=si', `-${d ? rng.int(5, 9) : rng.int(1, 4)}${intd(2, 4)}`],
  }));
  add('opt-missing-arg-long', 'long option without its argument', () => ({
    argv: [rng.pick(['--to', '--from', '--round', '--suffix', '--padding', '--format', '--field', '--invalid', '--to-unit', '--from-unit'])],
  }));
  add('opt-missing-arg-short', "'-d' without its argument", (d) => ({
    argv: d ? ['-zd'] : ['-d'],
  }));
  add('opt-ambiguous-long', 'ambiguous abbreviation of a long option', (d) => ({
    argv: [rng.pick(d ? ['--t=si', '--d', '--h'] : ['--f=si', '--fro=si']), intd(1, 3)],
  }));
  add('opt-abbreviated-long', 'unambiguous abbreviations of long options', () => ({
    argv: [`--to-u=${rng.pick(['1000', '1024'])}`, `--pad=${rng.int(6, 9)}`, `--suf=${rng.pick(['B', 'x'])}`, intd(4, 8)],
  }));
  add('opt-abbreviated-values', 'abbreviated --to/--from values', () => ({
    argv: [`--from=${rng.pick(['a', 'au'])}`, `--to=${rng.pick(['s', 'iec-', 'iec-i'])}`, `${intd(1, 3)}Ki`, `${intd(1, 3)}M`],
  }));
  add('opt-to-ambiguous-value', "'--to=i' is ambiguous", (d) => ({
    argv: [d ? '--to=ie' : '--to=i', intd(1, 4)],
  }));
  add('opt-to-auto-invalid', "'auto' is only valid for --from", () => ({
    argv: ['--to=auto', intd(1, 4)],
  }), { dual: false });
  add('opt-from-invalid', 'unknown --from unit', (d) => ({
    argv: [`--from=${rng.pick(d ? ['SI', 'IEC', 'bytes'] : ['k', 'binary', 'metric'])}`, intd(1, 4)],
  }));
  add('opt-to-invalid', 'unknown --to unit', (d) => ({
    argv: [`--to=${rng.pick(d ? ['SI', 'kb', 'human'] : ['iec-ii', 'x', 'IEC'])}`, intd(1, 4)],
  }));
  add('opt-last-wins', 'a repeated option: the last one wins', () => ({
    argv: ['--to=si', '--to=iec', `--round=${rng.pick(ROUNDS)}`, '--round=down', ...mixedSizes(2, 4, 9)],
  }));
  add('opt-separate-values', 'long option values in the next argument', () => ({
    argv: ['--to', rng.pick(['si', 'iec']), '--padding', String(rng.int(6, 9)), '--round', rng.pick(ROUNDS), ...mixedSizes(2, 4, 9)],
  }));
  add('opt-permuted', 'options after the numbers still apply', () => ({
    argv: [intd(4, 9), '--to=si', intd(4, 9)],
  }));
  add('opt-double-dash-then-option', "after '--' an option-like word is a number", () => ({
    argv: ['--to=si', '--', intd(4, 8), '--to=iec'],
  }));
  add('opt-combined-short', 'combined short options -zd,', () => ({
    argv: ['-zd,', '--field=2', '--to=si'], stdin: `${word()},${intd(4, 8)}\0${word()},${intd(4, 8)}\0`,
  }));
  add('opt-help', '--help prints usage to stdout', () => ({ argv: ['--help'] }), { dual: false });
  add('opt-version', '--version', () => ({ argv: ['--version'] }), { dual: false });
  add('opt-help-after-error', 'an invalid option before --help is reported first', () => ({
    argv: [`--${rng.pick([...NON_OPTION_START])}${lower(4)}`, '--help'],
  }));

  // ================================================================ locale
  add('locale-c-quotes', 'LC_ALL=C: diagnostics quote with ASCII apostrophes', () => ({
    argv: ['--to=si', intd(4, 8), `${intd(1, 3)}${rng.pick(['x', 'K', 'Q'])}`], env: { LC_ALL: rng.pick(['C', 'POSIX']) },
  }));
  add('locale-c-output', 'LC_ALL=C: conversion output is the same as in C.UTF-8', () => ({
    argv: ['--to=iec-i', ...mixedSizes(3, 4, 10)], env: { LC_ALL: 'C' },
  }));

  return cases;
}
