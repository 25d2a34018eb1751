// Test-case generator for `cal` (Debian ncal 12.1.8 invoked as cal).
// Deterministic: every value comes from the seeded `rng`. No test depends on
// today's date: each invocation gives a year on the command line or fixes the
// "current" month with -d yyyy-mm.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// Options that getopt accepts but that cal mode rejects with the usage text.
const NCAL_ONLY_FLAGS = ['-h', '-b', '-e', '-o', '-p', '-w', '-J', '-S', '-M'];
// Letters getopt does not know at all ("invalid option").
const UNKNOWN_LETTERS = 'acfgiklnqrtuvxzDEFGIKLNOPQRTUVXYZ0245'.split('');

// Day of week of a Gregorian date, 0 = Sunday (only used for years > 1752).
function dow(y, m, d) {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  if (m < 3) y -= 1;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d) % 7;
}
function isLeap(y) {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
function monthDays(y, m) {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function rows(y, m) {
  return Math.ceil((dow(y, m, 1) + monthDays(y, m)) / 7);
}

export default function generate({ rng }) {
  const cases = [];
  const ids = new Set();
  const visibleKeys = new Set();
  const allKeys = new Set();

  const key = (c) => JSON.stringify([c.argv, c.env || {}]);

  // ---- value helpers -------------------------------------------------------
  const month = () => rng.int(1, 12);
  const modernYear = () => rng.int(1800, 2200);
  const anyYear = () => (rng.chance(0.7) ? modernYear() : rng.int(1, 9999));
  const s = (n) => String(n);
  const pad4 = (n) => String(n).padStart(4, '0');
  const pad2 = (n) => String(n).padStart(2, '0');
  const dArg = (y, m) => `${pad4(y)}-${pad2(m)}`;
  const lower = (w) => w.toLowerCase();
  const abbr = (i) => MONTHS[i - 1].slice(0, 3);
  const mixCase = (w) => w.split('').map((ch) => (rng.chance(0.5) ? ch.toUpperCase() : ch.toLowerCase())).join('');
  const word = (min, max) => rng.string(rng.int(min, max), 'bcdghklnqrstvwxz');
  const leapYearAfter1752 = () => {
    for (;;) { const y = rng.int(1753, 9999); if (isLeap(y)) return y; }
  };
  const commonYearAfter1752 = () => {
    for (;;) { const y = rng.int(1753, 9999); if (!isLeap(y)) return y; }
  };

  // ---- case helpers --------------------------------------------------------
  function push(c) {
    if (ids.has(c.id)) throw new Error(`duplicate id ${c.id}`);
    ids.add(c.id);
    const k = key(c);
    if (!c.hidden) {
      if (visibleKeys.has(k)) throw new Error(`duplicate visible invocation ${c.id}`);
      visibleKeys.add(k);
    }
    allKeys.add(k);
    cases.push(c);
  }

  function build(id, note, spec) {
    const c = { id, argv: spec.argv };
    if (spec.env) c.env = spec.env;
    if (note) c.note = note;
    return c;
  }

  // A visible case whose values are drawn with `gen` (retrying so that no two
  // visible invocations are the same).
  function drawVisible(gen) {
    for (let i = 0; i < 200; i++) {
      const spec = gen();
      if (!visibleKeys.has(key(spec))) return spec;
    }
    throw new Error('could not draw a distinct visible case');
  }
  // A hidden dual drawn with `gen`, different from every case so far and,
  // when `sig` is given, differing from the visible twin in the argument(s)
  // that decide the output.
  function drawDual(gen, vspec, sig) {
    for (let i = 0; i < 500; i++) {
      const spec = gen();
      if (allKeys.has(key(spec))) continue;
      if (sig && JSON.stringify(sig(spec)) === JSON.stringify(sig(vspec))) continue;
      return spec;
    }
    throw new Error('could not draw a distinct dual case');
  }

  // visible: a spec object or a generator function; dual: a generator (or null).
  function pair(id, note, visible, dual, sig) {
    const vspec = typeof visible === 'function' ? drawVisible(visible) : visible;
    push(build(id, note, vspec));
    if (dual) {
      const dspec = drawDual(dual, vspec, sig);
      push({ ...build(`${id}.dual`, note, dspec), hidden: true, dualOf: id });
    }
  }
  // Same generator for both twins.
  const same = (id, note, gen, sig) => pair(id, note, gen, gen, sig);
  const arg = (...idx) => (spec) => idx.map((i) => spec.argv.at(i));
  const only = (id, note, spec) => pair(id, note, spec, null);
  // Visible only, values drawn with `gen` (used where the output cannot depend on the values).
  const once = (id, note, gen) => pair(id, note, gen, null);

  // ===========================================================================
  // 1. One month: month and year as numbers
  // ===========================================================================
  pair('month-2-2024', 'February of a leap year', { argv: ['2', '2024'] },
    () => ({ argv: ['2', s(leapYearAfter1752())] }));
  pair('month-2-2023', 'February of a common year', { argv: ['2', '2023'] },
    () => ({ argv: ['2', s(commonYearAfter1752())] }));
  pair('month-2-1900', 'Gregorian century year: not a leap year', { argv: ['2', '1900'] },
    () => ({ argv: ['2', s(rng.pick([1800, 2100, 2200, 2300, 2500, 2900, 3100, 5300, 9900]))] }));
  pair('month-2-2000', 'Gregorian year divisible by 400: leap year', { argv: ['2', '2000'] },
    () => ({ argv: ['2', s(rng.pick([2400, 2800, 3200, 4000, 6000, 8400, 9600]))] }));
  pair('month-2-1700', 'before 1752 the Julian calendar applies: every 4th year is leap', { argv: ['2', '1700'] },
    () => ({ argv: ['2', s(rng.pick([1100, 1300, 1400, 1500, 1100, 900, 500, 1000]))] }));
  pair('month-9-1752', 'September 1752: 3..13 September skipped', { argv: ['9', '1752'] },
    () => rng.pick([
      { argv: ['-B', '1', '9', '1752'] },
      { argv: ['-A', '1', '9', '1752'] },
      { argv: ['-3', '9', '1752'] },
      { argv: ['-B', '2', '9', '1752'] },
    ]));
  pair('month-10-1582', 'cal uses the British switch, so October 1582 is complete', { argv: ['10', '1582'] },
    () => rng.pick([
      { argv: ['12', '1582'] }, { argv: ['10', '1583'] }, { argv: ['1', '1584'] },
      { argv: ['10', '1587'] }, { argv: ['2', '1655'] }, { argv: ['11', '1700'] },
    ]));
  pair('month-1-1', 'the first month of year 1', { argv: ['1', '1'] },
    () => ({ argv: [s(month()), s(rng.int(1, 3))] }));
  pair('month-12-9999', 'the last month of year 9999', { argv: ['12', '9999'] },
    () => ({ argv: [s(month()), s(rng.pick([9999, 9998]))] }));
  {
    const fourRows = () => {
      for (;;) {
        const y = rng.int(1753, 9999);
        if (rows(y, 2) === 4) return { argv: ['2', s(y)] };
      }
    };
    pair('month-four-rows', 'February starting on Sunday: only four week rows, two blank lines', { argv: ['2', '2015'] }, fourRows);
    const sixRows = () => {
      for (;;) {
        const y = rng.int(1753, 2500); const m = month();
        if (rows(y, m) === 6) return { argv: [s(m), s(y)] };
      }
    };
    pair('month-six-rows', 'a month spanning six week rows', { argv: ['6', '2024'] }, sixRows);
    const fiveRows = () => {
      for (;;) {
        const y = rng.int(1753, 2500); const m = month();
        if (rows(y, m) === 5) return { argv: [s(m), s(y)] };
      }
    };
    pair('month-five-rows', 'a month spanning five week rows', { argv: ['7', '2026'] }, fiveRows);
  }
  for (let i = 1; i <= 8; i++) {
    same(`month-random-${i}`, 'month and year as numbers', () => ({ argv: [s(month()), s(anyYear())] }));
  }
  for (let i = 1; i <= 3; i++) {
    same(`month-early-${i}`, 'a month in the Julian era (before September 1752)',
      () => ({ argv: [s(month()), s(rng.int(1, 1751))] }));
  }
  pair('month-leading-zero', 'month with a leading zero', { argv: ['05', '2024'] },
    () => ({ argv: [pad2(rng.int(1, 9)), s(modernYear())] }));
  pair('month-plus-sign', 'month with a plus sign (strtol)', { argv: ['+7', '2031'] },
    () => ({ argv: [`+${month()}`, s(modernYear())] }));
  pair('month-leading-space', 'month with a leading space (strtol)', { argv: [' 3', '2030'] },
    () => ({ argv: [` ${month()}`, s(modernYear())] }));
  pair('year-leading-zeros', 'year written with leading zeros', { argv: ['0099'] },
    () => ({ argv: [pad4(rng.int(10, 999))] }));
  pair('month-year-leading-zero', 'month and a zero-padded year', { argv: ['3', '0850'] },
    () => ({ argv: [s(month()), pad4(rng.int(100, 999))] }));
  pair('year-plus-sign', 'year with a plus sign', { argv: ['+1969'] },
    () => ({ argv: [`+${modernYear()}`] }));

  // ===========================================================================
  // 2. Month names as the first operand
  // ===========================================================================
  same('name-full-lower', 'full month name in lower case',
    () => ({ argv: [lower(MONTHS[month() - 1]), s(modernYear())] }));
  same('name-full-capitalized', 'full month name capitalized',
    () => ({ argv: [MONTHS[month() - 1], s(anyYear())] }));
  same('name-abbrev', 'three-letter month abbreviation',
    () => ({ argv: [lower(abbr(month())), s(modernYear())] }));
  same('name-upper', 'month abbreviation in upper case',
    () => ({ argv: [abbr(month()).toUpperCase(), s(modernYear())] }));
  same('name-mixed-case', 'month name in mixed case',
    () => ({ argv: [mixCase(MONTHS[month() - 1]), s(modernYear())] }));
  same('name-prefix-extra', 'a name that starts with an abbreviation is accepted (trailing letters ignored)',
    () => { const i = rng.int(1, 12); const full = lower(MONTHS[i - 1]);
      const extra = full.length > 4 ? full.slice(3, rng.int(4, full.length - 1)) : 'x';
      return { argv: [abbr(i) + extra, s(modernYear())] }; });
  same('name-full-suffix', 'a full month name followed by other letters',
    () => ({ argv: [MONTHS[month() - 1] + rng.pick(['us', 'o', 'e', 'x', 'ish']), s(modernYear())] }));
  same('name-trailing-space', 'a month name with a trailing space',
    () => ({ argv: [lower(abbr(month())) + ' ', s(modernYear())] }));

  // ===========================================================================
  // 3. -m month
  // ===========================================================================
  same('m-number', '-m with a month number and a year', () => ({ argv: ['-m', s(month()), s(anyYear())] }));
  same('m-name', '-m with an abbreviated name', () => ({ argv: ['-m', lower(abbr(month())), s(modernYear())] }));
  same('m-full-name', '-m with a full name', () => ({ argv: ['-m', MONTHS[month() - 1], s(modernYear())] }));
  same('m-upper-name', '-m with an upper-case full name', () => ({ argv: ['-m', MONTHS[month() - 1].toUpperCase(), s(modernYear())] }));
  same('m-attached', '-m with its argument attached', () => ({ argv: [`-m${month()}`, s(modernYear())] }));
  same('m-p-with-year', '-m Np with a year: the previous year is shown',
    () => ({ argv: ['-m', `${month()}p`, s(rng.int(1000, 9999))] }));
  same('m-f-with-year', '-m Nf with a year: the year is unchanged',
    () => ({ argv: ['-m', `${month()}f`, s(rng.int(1000, 9999))] }));
  same('m-P-upper', '-m with an upper-case P suffix',
    () => ({ argv: ['-m', `${month()}P`, s(modernYear())] }));
  same('m-suffix-extra', 'only the first character after the number is looked at',
    () => ({ argv: ['-m', `${month()}${rng.pick(['fp', 'pf', 'ff', 'pp', 'fx', 'pz'])}`, s(modernYear())] }));
  // f / p relative to the current month given with -d
  {
    const rel = (suffix, cmp) => () => {
      for (;;) {
        const cur = rng.int(1, 12); const nm = rng.int(1, 12);
        if (cmp(nm, cur)) {
          const sfx = rng.chance(0.3) ? suffix.toUpperCase() : suffix;
          return { argv: ['-m', `${nm}${sfx}`, '-d', dArg(modernYear(), cur)] };
        }
      }
    };
    pair('m-f-d-earlier-month', '-m Nf with -d: N before the current month means next year',
      { argv: ['-m', '3f', '-d', '2024-06'] }, rel('f', (n, c) => n < c));
    pair('m-f-d-same-month', '-m Nf with -d: the current month itself means next year',
      { argv: ['-m', '6F', '-d', '2024-06'] }, rel('f', (n, c) => n === c));
    pair('m-f-d-later-month', '-m Nf with -d: N after the current month stays in this year',
      { argv: ['-m', '9f', '-d', '2024-06'] }, rel('f', (n, c) => n > c));
    pair('m-p-d-later-month', '-m Np with -d: N after the current month means last year',
      { argv: ['-m', '9p', '-d', '2024-06'] }, rel('p', (n, c) => n > c));
    pair('m-p-d-same-month', '-m Np with -d: the current month itself means last year',
      { argv: ['-m', '6p', '-d', '2024-06'] }, rel('p', (n, c) => n === c));
    pair('m-p-d-earlier-month', '-m Np with -d: N before the current month stays in this year',
      { argv: ['-m', '3P', '-d', '2024-06'] }, rel('p', (n, c) => n < c));
  }
  same('operand-month-f', 'operand month with f suffix: compared with itself, so next year',
    () => ({ argv: [`${month()}f`, s(rng.int(1000, 9998))] }));
  same('operand-month-p', 'operand month with p suffix: compared with itself, so previous year',
    () => ({ argv: [`${month()}p`, s(rng.int(1000, 9999))] }));
  same('m-with-d', '-m with -d and no year: the year comes from -d',
    () => ({ argv: ['-m', s(month()), '-d', dArg(modernYear(), month())] }));
  same('m-and-operand-month', '-m and a month operand: the operand wins',
    () => { const a = month(); let b = month(); if (b === a) b = (a % 12) + 1;
      return { argv: ['-m', s(a), s(b), s(modernYear())] }; });
  same('m-twice', '-m given twice: the later one wins',
    () => { const a = month(); let b = month(); if (b === a) b = (a % 12) + 1;
      return { argv: ['-m', s(a), '-m', lower(abbr(b)), s(modernYear())] }; });
  same('m-with-A', '-m with -A', () => ({ argv: [`-m${month()}`, `-A${rng.int(1, 4)}`, s(modernYear())] }));
  pair('m-p-year-1-january', '-m 1p 1: January of year 0 (library cannot date it: empty grid)',
    { argv: ['-m', '1p', '1'] }, () => ({ argv: ['-m', '2p', '1'] }));
  same('m-p-year-1', '-m Np 1 for a month from March on: a month of year 0',
    () => ({ argv: ['-m', `${rng.int(3, 12)}p`, '1'] }));

  // ===========================================================================
  // 4. Year only
  // ===========================================================================
  pair('year-2024', 'a whole leap year', { argv: ['2024'] }, () => ({ argv: [s(leapYearAfter1752())] }));
  pair('year-2023', 'a whole common year', { argv: ['2023'] }, () => ({ argv: [s(commonYearAfter1752())] }));
  pair('year-1752', 'the year of the British calendar switch', { argv: ['1752'] },
    () => ({ argv: ['-B', s(rng.int(1, 3)), '1752'] }));
  pair('year-1', 'year 1', { argv: ['1'] }, () => ({ argv: [s(rng.int(2, 12))] }));
  pair('year-9999', 'year 9999', { argv: ['9999'] }, () => ({ argv: [s(rng.int(9990, 9998))] }));
  pair('year-1900', 'a Gregorian century year', { argv: ['1900'] },
    () => ({ argv: [s(rng.pick([1800, 2100, 2200, 2300, 2500, 2600, 2700]))] }));
  pair('year-1600', 'a Julian-era century year', { argv: ['1600'] },
    () => ({ argv: [s(rng.pick([1100, 1200, 1300, 1400, 1500, 1700]))] }));
  for (let i = 1; i <= 5; i++) {
    same(`year-random-${i}`, 'a whole year', () => ({ argv: [s(anyYear())] }), arg(0));
  }

  // ===========================================================================
  // 5. -y and the precedence of -y, -3, -1
  // ===========================================================================
  same('y-year', '-y with a year', () => ({ argv: ['-y', s(anyYear())] }), arg(-1));
  same('y-month-year', '-y with month and year: the month is ignored',
    () => ({ argv: ['-y', s(month()), s(modernYear())] }), arg(-1));
  same('y-m', '-y with -m: the whole year is shown',
    () => ({ argv: ['-y', '-m', s(month()), s(modernYear())] }), arg(-1));
  same('y-with-d', '-y with -d and no operand: the year of -d',
    () => ({ argv: ['-y', '-d', dArg(modernYear(), month())] }), arg(-1));
  same('y-after-3', '-3 then -y: the later -y wins',
    () => ({ argv: ['-3', '-y', '-d', dArg(modernYear(), month())] }), arg(-1));
  same('y-then-1', '-y then -1: a single month',
    () => ({ argv: ['-y', '-1', s(month()), s(modernYear())] }));
  same('y-then-3', '-y then -3 with -m: three months',
    () => ({ argv: ['-y', '-3', '-m', s(month()), s(modernYear())] }));
  same('3-then-1', '-3 then -1: a single month',
    () => ({ argv: ['-3', '-1', '-m', s(month()), s(modernYear())] }));
  same('1-then-3', '-1 then -3: three months',
    () => ({ argv: ['-1', '-3', s(month()), s(modernYear())] }));
  pair('y-B-negative', '-y -B-6: only July to December', { argv: ['-y', '-B', '-6', '2024'] },
    () => ({ argv: ['-y', '-B', s(-rng.int(1, 11)), s(modernYear())] }));
  pair('y-A-negative', '-y with a negative -A: the year is cut short', { argv: ['-y', '-A', '-3', '2024'] },
    () => ({ argv: ['-y', '-A', s(-rng.int(1, 11)), s(modernYear())] }));
  pair('y-B2-A2', '-y -B2 -A2: November of the previous year to February of the next',
    { argv: ['-y', '-B2', '-A2', '2024'] },
    () => ({ argv: ['-y', `-B${rng.int(1, 5)}`, `-A${rng.int(1, 5)}`, s(modernYear())] }));
  same('year-A', 'a year operand with -A: months of the next year are appended',
    () => ({ argv: [`-A${rng.int(1, 7)}`, s(modernYear())] }));
  same('year-B', 'a year operand with -B: months of the previous year are prepended',
    () => ({ argv: ['-B', s(rng.int(1, 7)), s(modernYear())] }));
  pair('year-B3', 'year with -B 3: starts in October, so year headings are kept', { argv: ['-B', '3', '2024'] },
    () => ({ argv: ['-B', rng.pick(['3', '6', '9', '12']), s(modernYear())] }));

  // ===========================================================================
  // 6. -j (day of the year)
  // ===========================================================================
  same('j-month', '-j with a month', () => ({ argv: ['-j', s(month()), s(modernYear())] }));
  pair('j-december-leap', '-j in December of a leap year ends with 366', { argv: ['-j', '12', '2024'] },
    () => ({ argv: ['-j', '12', s(leapYearAfter1752())] }));
  pair('j-december-common', '-j in December of a common year ends with 365', { argv: ['-j', '12', '2023'] },
    () => ({ argv: ['-j', '12', s(commonYearAfter1752())] }));
  pair('j-year', '-j with a whole year: two months per row', { argv: ['-j', '2023'] },
    () => ({ argv: ['-j', s(anyYear())] }));
  pair('j-1752-september', '-j in September 1752: day numbers continue across the gap',
    { argv: ['-j', '9', '1752'] }, () => ({ argv: ['-j', s(rng.int(10, 12)), '1752'] }));
  same('j-3', '-j with -3', () => ({ argv: ['-j', '-3', s(month()), s(modernYear())] }));
  same('j-A', '-j with -A', () => ({ argv: ['-j', '-A', s(rng.int(1, 5)), s(month()), s(modernYear())] }));
  same('j-y-B', '-j -y with -B', () => ({ argv: ['-j', '-y', '-B', s(rng.int(1, 4)), s(modernYear())] }));
  same('j-m-name', '-j with -m and a name', () => ({ argv: ['-j', '-m', lower(abbr(month())), s(modernYear())] }));
  same('j-early', '-j in the Julian era', () => ({ argv: ['-j', s(month()), s(rng.int(1, 1751))] }));
  pair('j-3-d-header', '-j -3 -A1 with -d: four months starting on an odd month get a year heading',
    { argv: ['-j', '-3', '-A', '1', '-d', '2024-06'] },
    () => ({ argv: ['-j', '-3', '-A', '1', '-d', dArg(modernYear(), rng.pick([2, 4, 6, 8, 10, 12]))] }));
  pair('j-A-9999', '-j past December 9999', { argv: ['-j', '-A', '1', '12', '9999'] },
    () => ({ argv: ['-j', '-A', s(rng.int(2, 3)), s(rng.int(10, 12)), '9999'] }));

  // ===========================================================================
  // 7. -3
  // ===========================================================================
  pair('3-no-heading', '-3 around a month: names carry the year', { argv: ['-3', '6', '2024'] },
    () => ({ argv: ['-3', s(rng.pick([1, 3, 4, 6, 7, 9, 10, 12])), s(modernYear())] }));
  pair('3-heading', '-3 starting in Jan/Apr/Jul/Oct: a year heading instead', { argv: ['-3', '2', '2024'] },
    () => ({ argv: ['-3', s(rng.pick([5, 8, 11])), s(modernYear())] }));
  same('3-january', '-3 around January spans two years', () => ({ argv: ['-3', '1', s(modernYear())] }));
  same('3-december', '-3 around December spans two years', () => ({ argv: ['-3', '12', s(modernYear())] }));
  same('3-m', '-3 with -m', () => ({ argv: ['-3', '-m', s(month()), s(modernYear())] }));
  same('3-d', '-3 with -d and no operand', () => ({ argv: ['-3', '-d', dArg(modernYear(), month())] }));
  pair('3-year-1', '-3 around January of year 1 reaches into year 0', { argv: ['-3', '1', '1'] },
    () => ({ argv: ['-3', '2', '1'] }));
  pair('3-year-9999', '-3 around December 9999 reaches into year 10000', { argv: ['-3', '12', '9999'] },
    () => rng.pick([{ argv: ['-3', '-A', '1', '12', '9999'] }, { argv: ['-3', '-A', '2', '11', '9999'] }]));
  same('3-A', '-3 with -A: more months after', () => ({ argv: ['-3', '-A', s(rng.int(1, 4)), '-d', dArg(modernYear(), month())] }));
  same('3-B', '-3 with -B: more months before', () => ({ argv: ['-3', '-B', s(rng.int(1, 4)), s(month()), s(modernYear())] }));
  same('3-early', '-3 in the Julian era', () => ({ argv: ['-3', s(month()), s(rng.int(100, 1700))] }));

  // ===========================================================================
  // 8. -1
  // ===========================================================================
  same('1-month', '-1 with month and year', () => ({ argv: ['-1', s(month()), s(modernYear())] }));
  same('1-d', '-1 with -d', () => ({ argv: ['-1', '-d', dArg(modernYear(), month())] }));
  same('1-m', '-1 with -m', () => ({ argv: ['-1', '-m', s(month()), s(modernYear())] }));
  same('1-A', '-1 with -A', () => ({ argv: ['-1', '-A', s(rng.int(1, 5)), s(month()), s(modernYear())] }));

  // ===========================================================================
  // 9. -A and -B
  // ===========================================================================
  same('A-month', '-A after a month', () => ({ argv: ['-A', s(rng.int(1, 5)), s(month()), s(modernYear())] }));
  same('B-month', '-B before a month', () => ({ argv: ['-B', s(rng.int(1, 5)), s(month()), s(modernYear())] }));
  same('B-A-month', '-B and -A around a month', () => ({ argv: ['-B', s(rng.int(1, 3)), '-A', s(rng.int(1, 3)), s(month()), s(modernYear())] }));
  pair('A-attached-heading', '-A5 from January: six months with a year heading', { argv: ['-A5', '1', '2024'] },
    () => ({ argv: [`-A${rng.int(2, 8)}`, s(rng.pick([1, 4, 7, 10])), s(modernYear())] }));
  pair('A-11-d-january', 'cal -A11 style: the next 12 months from January', { argv: ['-A11', '-d', '2031-01'] },
    () => ({ argv: ['-A11', '-d', dArg(modernYear(), 1)] }));
  pair('A-11-d-april', '-A11 from April: a heading for each new year', { argv: ['-A11', '-d', '2024-04'] },
    () => ({ argv: ['-A11', '-d', dArg(modernYear(), rng.pick([4, 7, 10]))] }));
  pair('A-11-d-may', '-A11 from May: no headings, names carry the year', { argv: ['-A', '11', '-d', '2024-05'] },
    () => ({ argv: ['-A', '11', '-d', dArg(modernYear(), rng.pick([2, 3, 5, 6, 8, 9, 11, 12]))] }));
  same('A-zero', '-A 0 changes nothing', () => ({ argv: ['-A', '0', s(month()), s(modernYear())] }));
  same('A-negative-clamped', 'a negative -A that leaves no month: one month is shown',
    () => ({ argv: ['-A', s(-rng.int(2, 30)), s(month()), s(modernYear())] }));
  same('B-negative-clamped', 'a negative -B alone: one month is shown',
    () => ({ argv: ['-B', s(-rng.int(1, 30)), s(month()), s(modernYear())] }));
  same('B-negative-A', 'a negative -B with a larger -A shifts the start',
    () => ({ argv: ['-B', s(-rng.int(1, 3)), '-A', s(rng.int(4, 7)), s(month()), s(modernYear())] }));
  same('A-not-a-number', '-A with a non-number counts as 0',
    () => ({ argv: ['-A', rng.pick(['x', 'abc', 'none', '-']), s(month()), s(modernYear())] }));
  same('A-trailing-garbage', '-A with trailing letters: the leading number counts',
    () => ({ argv: ['-A', `${rng.int(1, 4)}${rng.pick(['x', 'months', 'm', '.5'])}`, s(month()), s(modernYear())] }));
  same('A-twice', '-A given twice: the later one wins',
    () => ({ argv: ['-A', s(rng.int(5, 9)), '-A', s(rng.int(1, 3)), s(month()), s(modernYear())] }));
  same('A-large', '-A spanning several years',
    () => ({ argv: ['-A', s(rng.int(24, 40)), s(month()), s(modernYear())] }));
  same('B-large', '-B spanning several years',
    () => ({ argv: ['-B', s(rng.int(13, 30)), s(month()), s(modernYear())] }));
  pair('A-past-9999', '-A past December 9999', { argv: ['-A', '2', '12', '9999'] },
    () => ({ argv: ['-A', s(rng.int(3, 5)), s(rng.int(10, 12)), '9999'] }));
  pair('B-before-1', '-B before January of year 1 reaches year 0', { argv: ['-B', '1', '1', '1'] },
    () => ({ argv: ['-B', '1', '2', '1'] }));
  pair('B-y-year-1', '-B 2 -y 1: November and December of year 0', { argv: ['-B', '2', '-y', '1'] },
    () => ({ argv: ['-B', s(rng.int(3, 9)), '-y', '1'] }));
  same('B-A-d', '-B and -A with -d and no operand',
    () => ({ argv: ['-B', s(rng.int(1, 3)), '-A', s(rng.int(1, 3)), '-d', dArg(modernYear(), month())] }));
  same('A-1752', '-A across September 1752', () => ({ argv: ['-A', s(rng.int(2, 6)), s(rng.int(4, 9)), '1752'] }));

  // ===========================================================================
  // 10. -d yyyy-mm (the "current" month)
  // ===========================================================================
  same('d-only', '-d alone: that month', () => ({ argv: ['-d', dArg(anyYear(), month())] }));
  same('d-attached', '-d with its argument attached', () => ({ argv: [`-d${dArg(modernYear(), month())}`] }));
  pair('d-single-digit-month', '-d with a one-digit month', { argv: ['-d', '2025-8'] },
    () => ({ argv: ['-d', `${modernYear()}-${rng.int(1, 9)}`] }));
  pair('d-other-separator', 'any character may separate year and month in -d', { argv: ['-d', '2024/07'] },
    () => ({ argv: ['-d', `${modernYear()}${rng.pick(['/', '.', '_', ' ', 'x'])}${pad2(month())}`] }));
  pair('d-month-13', '-d with month 13 rolls into January of the next year', { argv: ['-d', '2024-13'] },
    () => ({ argv: ['-d', `${modernYear()}-13`] }));
  pair('d-month-00', '-d with month 00 shows December of the previous year', { argv: ['-d', '2024-00'] },
    () => ({ argv: ['-d', `${modernYear()}-00`] }));
  same('d-year-operand', 'a year operand overrides -d',
    () => ({ argv: ['-d', dArg(modernYear(), month()), s(modernYear())] }));
  same('d-month-year-operands', 'month and year operands override -d',
    () => ({ argv: ['-d', dArg(modernYear(), month()), s(month()), s(modernYear())] }));
  same('d-1752', '-d in September 1752', () => ({ argv: [rng.pick(['-3', '-A1', '-B1', '-A2']), '-d', '1752-09'] }));

  // ===========================================================================
  // 11. -C (already cal mode)
  // ===========================================================================
  same('C-month', '-C is accepted and changes nothing', () => ({ argv: ['-C', s(month()), s(modernYear())] }));
  same('C-j', '-C with -j', () => ({ argv: ['-C', '-j', s(month()), s(modernYear())] }));
  same('C-year', '-C with a year', () => ({ argv: ['-C', s(modernYear())] }), arg(-1));

  // ===========================================================================
  // 12. Option syntax (getopt)
  // ===========================================================================
  pair('combined-jy', 'combined flags -jy', { argv: ['-jy', '2024'] },
    () => ({ argv: [rng.pick(['-jy', '-yj']), s(modernYear())] }));
  same('combined-3j', 'combined flags -3j with -m', () => ({ argv: ['-3j', '-m', s(month()), s(modernYear())] }));
  same('combined-flags-arg', 'combined flags ending in an option with its argument',
    () => ({ argv: [`-jA${rng.int(1, 3)}`, s(month()), s(modernYear())] }));
  same('options-after-operands', 'options after the operands are still options',
    () => ({ argv: [s(modernYear()), '-j'] }));
  same('options-after-month-year', '-3 after month and year',
    () => ({ argv: [s(month()), s(modernYear()), '-3'] }));
  same('double-dash', '-- ends the options', () => ({ argv: ['--', s(month()), s(modernYear())] }));
  same('double-dash-after-j', '-j -- year', () => ({ argv: ['-j', '--', s(modernYear())] }));
  same('posix-options-first', 'POSIXLY_CORRECT with options first behaves as usual',
    () => ({ argv: ['-j', s(month()), s(modernYear())], env: { POSIXLY_CORRECT: '1' } }));
  same('posix-option-after-year', 'POSIXLY_CORRECT: an option after the year is taken as the year operand',
    () => ({ argv: [s(modernYear()), rng.pick(['-j', '-y', '-3', '-1'])], env: { POSIXLY_CORRECT: '1' } }), arg(1));
  once('posix-option-after-month-year', 'POSIXLY_CORRECT: three operands',
    () => ({ argv: [s(month()), s(modernYear()), rng.pick(['-j', '-y', '-3'])], env: { POSIXLY_CORRECT: '1' } }));

  // ===========================================================================
  // 13. Errors
  // ===========================================================================
  // month operand
  pair('err-month-13', 'month number above 12', { argv: ['13', '2024'] },
    () => ({ argv: [s(rng.int(14, 99)), s(modernYear())] }));
  pair('err-month-0', 'month number 0', { argv: ['0', '2024'] },
    () => ({ argv: [rng.pick(['00', '000', '+0', ' 0']), s(modernYear())] }));
  same('err-month-decimal', 'month with a decimal point',
    () => ({ argv: [`${month()}.${rng.int(1, 9)}`, s(modernYear())] }), arg(0));
  same('err-month-suffix', 'month number with a letter other than f/p',
    () => ({ argv: [`${month()}${rng.pick(['x', 'a', 'm', 'q', 'z'])}`, s(modernYear())] }), arg(0));
  pair('err-name-two-letters', 'two letters are not a month name', { argv: ['fe', '2024'] },
    () => ({ argv: [lower(abbr(month())).slice(0, 2), s(modernYear())] }), arg(0));
  same('err-name-bogus', 'not a month name', () => ({ argv: [word(3, 8), s(modernYear())] }), arg(0));
  only('err-month-empty', 'an empty month operand', { argv: ['', '2024'] });
  pair('err-year-swapped', 'year and month swapped', { argv: ['1752', '9'] },
    () => ({ argv: [s(modernYear()), s(month())] }));
  // -m
  same('err-m-13', '-m above 12', () => ({ argv: ['-m', s(rng.int(13, 40)), s(modernYear())] }), arg(1));
  same('err-m-negative', '-m with a negative number', () => ({ argv: ['-m', s(-rng.int(1, 12)), s(modernYear())] }), arg(1));
  same('err-m-bogus', '-m with an unknown name', () => ({ argv: ['-m', rng.pick(['Ma', 'Ju', 'Ja', 'Se', 'No', 'A']) + word(0, 3), s(modernYear())] }), arg(1));
  pair('err-m-utf8', '-m with a non-English (UTF-8) name', { argv: ['-m', 'Décembre', '2024'] },
    () => ({ argv: ['-m', rng.pick(['Février', 'Août', 'März', 'März', 'Ĵanuaro']), s(modernYear())] }));
  same('err-m-suffix', '-m with a bad suffix', () => ({ argv: ['-m', `${month()}${rng.pick(['x', 'q', 'n'])}`, s(modernYear())] }), arg(1));
  same('err-m-f-13', '-m with f suffix and a month above 12', () => ({ argv: ['-m', `${rng.int(13, 20)}f`, s(modernYear())] }), arg(1));
  // year operand
  pair('err-year-0', 'year 0', { argv: ['0'] }, () => ({ argv: [rng.pick(['00', '0000', '+0'])] }));
  pair('err-year-10000', 'year above 9999', { argv: ['10000'] }, () => ({ argv: [s(rng.int(10001, 99999))] }));
  // The year is strtol()'d into an int: keep values whose truncation stays out of 1..9999.
  const LONG_MAX = (1n << 63n) - 1n;
  const truncatesOutOfRange = (str) => {
    let v = BigInt(str); if (v > LONG_MAX) v = LONG_MAX;
    const t = BigInt.asIntN(32, v);
    return t < 1n || t > 9999n;
  };
  pair('err-year-huge', 'a year far too large', { argv: ['99999999999'] },
    () => { for (;;) { const str = rng.string(rng.int(12, 20), '123456789'); if (truncatesOutOfRange(str)) return { argv: [str] }; } });
  pair('err-year-negative', 'a negative year after --', { argv: ['--', '-5'] },
    () => ({ argv: ['--', s(-rng.int(1, 3000))] }));
  same('err-year-alpha', 'a year that is not a number', () => ({ argv: [word(3, 7)] }), arg(0));
  same('err-year-trailing', 'a year with trailing letters', () => ({ argv: [`${modernYear()}${word(1, 3)}`] }), arg(0));
  pair('err-year-hex', 'hexadecimal is not accepted', { argv: ['0x10'] },
    () => ({ argv: [`0x${rng.string(rng.int(2, 3), '0123456789abcdef')}`] }));
  pair('err-year-exponent', 'an exponent is not accepted', { argv: ['1e3'] },
    () => ({ argv: [`${rng.int(1, 9)}e${rng.int(2, 3)}`] }));
  pair('err-year-trailing-space', 'a year with a trailing space', { argv: ['2024 '] },
    () => ({ argv: [`${modernYear()} `] }));
  only('err-year-empty', 'an empty year operand', { argv: [''] });
  same('err-month-year-alpha', 'month then a non-numeric year', () => ({ argv: [s(month()), word(2, 6)] }), arg(1));
  same('err-month-year-0', 'month then year 0', () => ({ argv: [s(month()), rng.pick(['00', '000', '0000', '+0'])] }), arg(1));
  same('err-month-year-10000', 'month then a year above 9999', () => ({ argv: [s(month()), s(rng.int(10000, 20000))] }), arg(1));
  same('err-both-bad', 'bad month and bad year: the year is reported',
    () => ({ argv: [s(rng.int(13, 50)), s(rng.int(10000, 20000))] }), arg(1));
  // -1 / -3 with a year only
  once('err-3-year-only', '-3 with only a year', () => ({ argv: ['-3', s(anyYear())] }));
  once('err-1-year-only', '-1 with only a year', () => ({ argv: ['-1', s(anyYear())] }));
  once('err-3-d-year-only', '-3 with -d and only a year', () => ({ argv: ['-3', '-d', dArg(modernYear(), month()), s(modernYear())] }));
  once('err-y-then-3-year-only', '-y then -3 with only a year', () => ({ argv: ['-y', '-3', s(modernYear())] }));
  // too many operands
  once('err-three-operands', 'three operands', () => ({ argv: [s(rng.int(1, 31)), s(month()), s(modernYear())] }));
  only('err-four-operands', 'four operands with -j', { argv: ['-j', '1', '2', '3', '4'] });
  // unknown options
  same('err-unknown-letter', 'an unknown option letter',
    () => ({ argv: [`-${rng.pick(UNKNOWN_LETTERS)}`, s(modernYear())] }), arg(0));
  only('err-unknown-N', '-N (ncal mode) does not exist in this version', { argv: ['-N', '2024'] });
  only('err-unknown-Y', '-Y is not an option', { argv: ['-Y', '2024'] });
  pair('err-negative-looking-operand', 'a negative number is read as options', { argv: ['2', '-5'] },
    () => ({ argv: [s(month()), s(-rng.int(2, 9))] }));
  only('err-long-help', '--help is not supported', { argv: ['--help'] });
  only('err-long-version', '--version is not supported', { argv: ['--version'] });
  same('err-unknown-in-group', 'an unknown letter inside a group of flags',
    () => ({ argv: [`-j${rng.pick(['x', 'q', 'z', 'k'])}`, s(modernYear())] }), arg(0));
  // ncal-only options are rejected by cal with the usage text only
  const NCAL_ONLY_NAMES = {
    '-h': 'no-highlight', '-b': 'oldstyle', '-e': 'easter', '-o': 'orthodox', '-p': 'country-table',
    '-w': 'week-numbers', '-J': 'julian-calendar', '-S': 'sunday-first', '-M': 'monday-first',
  };
  for (const flag of NCAL_ONLY_FLAGS) {
    pair(`err-ncal-only-${NCAL_ONLY_NAMES[flag]}`,
      `${flag} belongs to ncal: cal prints the usage`,
      { argv: [flag, '2024'] }, null);
  }
  only('err-ncal-only-country-code', '-s country_code belongs to ncal', { argv: ['-s', 'GB', '2024'] });
  only('err-ncal-only-first-week', '-W belongs to ncal', { argv: ['-W', '4', '2024'] });
  only('err-ncal-only-highlight-date', '-H belongs to ncal', { argv: ['-H', '2024-01-01', '2', '2024'] });
  only('err-ncal-only-after-C', '-C does not unlock ncal options', { argv: ['-C', '-w', '2024'] });
  only('err-ncal-then-unknown', 'the first bad option decides the message (ncal-only first)', { argv: ['-w', '-x'] });
  pair('err-unknown-then-ncal', 'the first bad option decides the message (unknown first)', { argv: ['-x', '-w'] },
    () => ({ argv: [`-${rng.pick(['q', 'z', 'k'])}`, rng.pick(NCAL_ONLY_FLAGS)] }), arg(0));
  // missing option arguments
  for (const opt of ['A', 'B', 'm', 'd']) {
    only(`err-missing-arg-${opt}`, `-${opt} without its argument`, { argv: ['2', '2024', `-${opt}`] });
  }
  only('err-missing-arg-country', '-s without its argument', { argv: ['-s'] });
  only('err-missing-arg-first-week', '-W without its argument', { argv: ['-W'] });
  only('err-missing-arg-highlight', '-H without its argument', { argv: ['-H'] });
  // -d checks its year
  only('err-d-year-0', '-d with year 0 (the message shows the number, not the text)', { argv: ['-d', '0000-05'] });
  only('err-d-year-alpha', '-d with a non-numeric year', { argv: ['-d', 'abcd-05'] });
  pair('err-d-year-10000', '-d with a year above 9999', { argv: ['-d', '10000-01'] },
    () => ({ argv: ['-d', `${rng.int(10001, 30000)}-${pad2(month())}`] }));
  same('err-d-with-bad-month', '-d with -m above 12', () => ({ argv: ['-m', s(rng.int(13, 99)), '-d', dArg(modernYear(), month())] }), arg(1));

  // ===========================================================================
  // 14. Locale: C and POSIX instead of C.UTF-8
  // ===========================================================================
  const C = { LC_ALL: 'C' };
  same('locale-c-month', 'LC_ALL=C: one month', () => ({ argv: [s(month()), s(modernYear())], env: C }));
  same('locale-c-year', 'LC_ALL=C: a whole year', () => ({ argv: [s(anyYear())], env: C }));
  same('locale-c-j', 'LC_ALL=C: -j', () => ({ argv: ['-j', '-3', s(month()), s(modernYear())], env: C }));
  same('locale-c-name', 'LC_ALL=C: a month name', () => ({ argv: [MONTHS[month() - 1], s(modernYear())], env: C }));
  same('locale-c-error', 'LC_ALL=C: an error', () => ({ argv: [word(3, 6), s(modernYear())], env: C }), arg(0));
  pair('locale-c-utf8-name', 'LC_ALL=C: a non-ASCII month name is rejected the same way',
    { argv: ['-m', 'Août', '2024'], env: C },
    () => ({ argv: ['-m', rng.pick(['Février', 'Décembre', 'März', 'Mäi']), s(modernYear())], env: C }));
  same('locale-posix-month', 'LC_ALL=POSIX: a month', () => ({ argv: ['-m', lower(abbr(month())), s(modernYear())], env: { LC_ALL: 'POSIX' } }));
  same('locale-posix-1752', 'LC_ALL=POSIX: cal keeps the British switch', () => ({ argv: ['-A', s(rng.int(1, 2)), '9', '1752'], env: { LC_ALL: 'POSIX' } }));

  return cases;
}
