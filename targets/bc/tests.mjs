// Test-case generator for bc (GNU bc 1.07.1, Debian 12).
//
// Tests are grouped in families: family(id, note, n, make, { duals }) adds n
// visible tests "<id>-<i>" (i = 1..n) and, for the first `duals` of them, a
// hidden dual "<id>-<i>.dual" built by the same code with other rng values.
// make(isDual, i) returns { argv?, stdin?, files?, env? }.
//
// Every program produces some output on stdout or stderr (or a non-zero exit
// status), so a do-nothing stub passes (almost) nothing.  read() is never used:
// at end of input bc 1.07.1 loops forever in read().

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng }) {
  // ---------------------------------------------------------------- helpers
  const digits = (n) => {
    let s = String(rng.int(1, 9));
    for (let i = 1; i < n; i++) s += String(rng.int(0, 9));
    return s;
  };
  const frac = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
    return s;
  };
  /** positive integer with lo..hi digits */
  const intd = (lo, hi) => digits(rng.int(lo, hi));
  /** decimal with ilo..ihi integer digits (0 = none) and flo..fhi fraction digits */
  const dec = (ilo, ihi, flo, fhi) => {
    const ni = rng.int(ilo, ihi);
    const nf = rng.int(flo, fhi);
    const ip = ni === 0 ? (rng.chance(0.5) ? '0' : '') : digits(ni);
    return nf === 0 ? (ip || '0') : `${ip}.${frac(nf)}`;
  };
  const sgn = (s, p = 0.35) => (rng.chance(p) ? `-${s}` : s);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const lines = (arr) => `${arr.join('\n')}\n`;
  const VARS = 'abcdefghijkmnopqrtuvwxyz'.split(''); // no l, s (confusable with -l names)
  const v1 = () => rng.pick(VARS);
  const distinctVars = (n) => rng.shuffle(VARS).slice(0, n);
  const LONGNAMES = ['total', 'count', 'value', 'acc', 'tmp', 'result', 'n_items', 'sum2', 'idx', 'limit_x', 'x1', 'y2', 'delta', 'prod', 'val_a'];
  const DIGS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const inBase = (n, base) => {
    // n: BigInt >= 0 -> digits of base (uppercase)
    if (n === 0n) return '0';
    let s = '';
    const b = BigInt(base);
    while (n > 0n) { s = DIGS[Number(n % b)] + s; n /= b; }
    return s;
  };
  const bigOf = (nd) => BigInt(digits(nd));
  const fname = () => rng.pick(['prog', 'calc', 'lib', 'main', 'defs', 'util', 'input', 'run', 'test', 'math']) + rng.pick(['.b', '.bc', '', '.txt']);

  // ---------------------------------------------------------------- registry
  const cases = [];
  const key = (c) => JSON.stringify([c.argv ?? [], c.stdin ?? null, c.env ?? null, c.files ?? null]);
  const seen = new Set();
  const norm = (v) => ({ argv: v.argv ?? [], ...(v.stdin !== undefined ? { stdin: v.stdin } : {}), ...(v.files ? { files: v.files } : {}), ...(v.env ? { env: v.env } : {}) });
  const draw = (make, d, i, what) => {
    let v;
    for (let t = 0; t < 40; t++) {
      v = norm(make(d, i));
      if (!seen.has(key(v))) break;
    }
    if (seen.has(key(v))) throw new Error(`duplicate test: ${what}`);
    seen.add(key(v));
    return v;
  };
  const family = (id, note, n, make, { duals = 2 } = {}) => {
    for (let i = 1; i <= n; i++) {
      const vid = n === 1 ? id : `${id}-${i}`;
      cases.push({ id: vid, note, ...draw(make, false, i, vid) });
      if (i <= duals) cases.push({ id: `${vid}.dual`, note, ...draw(make, true, i, `${vid}.dual`), hidden: true, dualOf: vid });
    }
  };
  /** a single program on stdin */
  const prog = (text, argv = []) => ({ argv, stdin: text });

  // ================================================================ arithmetic
  family('add', 'addition of integers and decimals of mixed lengths', 6, () =>
    prog(lines(many(6, () => `${sgn(dec(1, 25, 0, 12))} + ${sgn(dec(1, 25, 0, 12))}`))));
  family('sub', 'subtraction, results of either sign, trailing zeros kept', 6, () =>
    prog(lines(many(6, () => `${sgn(dec(0, 22, 0, 10))} - ${sgn(dec(0, 22, 0, 10))}`))));
  family('mul', 'multiplication: result scale is min(a+b, max(scale,a,b))', 8, (d, i) =>
    prog(lines([`scale=${rng.int(0, i % 2 ? 3 : 12)}`, ...many(6, () => `${sgn(dec(0, 18, 0, 8))} * ${sgn(dec(0, 18, 0, 8))}`)])));
  family('mul-big', 'products of numbers with hundreds of digits (line wrapping)', 4, () =>
    prog(lines(many(2, () => `${intd(60, 140)} * ${intd(60, 140)}`))));
  family('div', 'division truncated to scale', 8, (d, i) =>
    prog(lines([`scale=${rng.int(0, i < 3 ? 5 : 40)}`, ...many(6, () => `${sgn(dec(1, 15, 0, 6))} / ${sgn(dec(1, 8, 0, 4))}`)])));
  family('div-default-scale', 'division with the default scale 0', 3, () =>
    prog(lines(many(6, () => `${sgn(intd(1, 20))} / ${sgn(intd(1, 6))}`))));
  family('mod', 'remainder with scale 0 and with a non-zero scale', 8, (d, i) =>
    prog(lines([`scale=${i <= 4 ? 0 : rng.int(1, 6)}`, ...many(6, () => `${sgn(dec(1, 14, 0, i <= 4 ? 0 : 4))} % ${sgn(dec(1, 6, 0, i <= 4 ? 0 : 3))}`)])));
  family('pow', 'integer powers, negative exponents with scale', 8, (d, i) =>
    prog(lines([`scale=${rng.int(0, 20)}`, ...many(5, () => `${sgn(dec(1, 3, 0, i % 2 ? 0 : 3))} ^ ${i <= 4 ? rng.int(0, 40) : -rng.int(1, 12)}`)])));
  family('pow-huge', 'large powers: many wrapped lines', 4, () =>
    prog(lines([`${rng.int(2, 99)} ^ ${rng.int(150, 600)}`])));
  family('pow-fraction-exp', 'non-integer exponent: runtime warning, truncated', 3, () =>
    prog(lines([`${rng.int(2, 9)} ^ ${rng.int(1, 5)}.${rng.int(1, 9)}`, `${rng.int(2, 9)} ^ 2`])));
  family('precedence', 'operator precedence, unary minus, right-assoc ^', 8, () => {
    const n = () => String(rng.int(1, 12));
    const ops = ['+', '-', '*', '/', '%', '^'];
    const expr = () => {
      let e = n();
      for (let k = 0; k < rng.int(2, 4); k++) {
        const op = rng.pick(ops);
        e += ` ${op} ${op === '^' ? String(rng.int(0, 3)) : rng.chance(0.2) ? `-${n()}` : rng.chance(0.2) ? `(${n()} ${rng.pick(['+', '-'])} ${n()})` : n()}`;
      }
      return rng.chance(0.3) ? `-${e}` : e;
    };
    return prog(lines([`scale=${rng.int(0, 4)}`, ...many(6, expr)]));
  });
  family('neg-pow-minus', 'unary minus binds tighter than ^', 2, () =>
    prog(lines([`-${rng.int(2, 9)}^2`, `-(${rng.int(2, 9)}^2)`, `0-${rng.int(2, 9)}^2`, `-${rng.int(2, 5)}^3`])));
  family('numbers-format', 'leading/trailing zeros, leading dot, negative zero', 4, () =>
    prog(lines([`000${intd(1, 5)}`, `.${frac(rng.int(1, 6))}`, `-.${frac(rng.int(1, 4))}0`, `${intd(1, 3)}.${frac(2)}000`, '-0', '0.000', `-0.${'0'.repeat(rng.int(1, 4))}`, `${intd(1, 4)}.`])));
  family('huge-add', 'addition of numbers with hundreds of digits', 3, () =>
    prog(lines([`${intd(150, 300)}.${frac(rng.int(0, 40))} + ${intd(150, 300)}`])));
  family('subtract-to-zero', 'results that are exactly zero print as 0', 2, () => {
    const a = dec(1, 10, 1, 5);
    return prog(lines([`${a} - ${a}`, `scale=4; ${a} * 0`, `-${a} + ${a}`]));
  });

  // ================================================================ wrapping
  family('wrap-default', 'long results wrap at 70 characters with backslash-newline', 4, () =>
    prog(lines([`scale=${rng.int(60, 200)}`, `${rng.int(1, 9)}/${rng.pick([3, 7, 11, 13, 17])}`, `-${intd(100, 250)}`])));
  family('wrap-env', 'BC_LINE_LENGTH sets the wrapping width', 8, () => ({
    argv: [], env: { BC_LINE_LENGTH: String(rng.pick([3, 4, 5, 10, 20, 33, 50, 69, 71, 100])) },
    stdin: lines([`${intd(80, 200)}`, `-${intd(40, 90)}.${frac(rng.int(5, 30))}`]),
  }));
  family('wrap-env-zero', 'BC_LINE_LENGTH=0 disables wrapping', 2, () => ({
    argv: [], env: { BC_LINE_LENGTH: '0' }, stdin: lines([`${rng.int(2, 9)}^${rng.int(200, 400)}`]),
  }));
  family('wrap-env-invalid', 'BC_LINE_LENGTH values that are too small or not numbers', 4, (d, i) => ({
    argv: [], env: { BC_LINE_LENGTH: [rng.pick(['1', '2']), rng.pick(['abc', 'x10', ' ']), rng.pick(['-5', '-1']), rng.pick(['15abc', '25 '])][i - 1] },
    stdin: lines([`${rng.int(2, 9)}^${rng.int(150, 300)}`]),
  }), { duals: 4 });
  family('wrap-obase', 'wrapping of numbers printed in obase 16 and large bases', 4, (d, i) => ({
    argv: [], ...(i > 2 ? { env: { BC_LINE_LENGTH: String(rng.int(12, 40)) } } : {}),
    stdin: lines([`obase=${rng.pick([16, 2, 8, 100, 1000, 65536])}`, `${intd(60, 120)}`]),
  }));
  family('wrap-print', 'print and strings are not wrapped, numbers in print are', 2, () =>
    prog(lines([`print "${'word '.repeat(rng.int(16, 25))}\\n"`, `print "n=", ${intd(90, 150)}, "\\n"`])));

  // ================================================================ bases
  family('ibase', 'ibase 2..16: input digits in the base', 10, (d, i) => {
    const base = rng.int(2, 16);
    const nums = many(5, () => inBase(bigOf(rng.int(1, 15)), base));
    return prog(lines([`ibase=${base}`, ...nums, ...(i % 2 ? [`${nums[0]}.${inBase(BigInt(rng.int(0, base - 1)), base)}${inBase(BigInt(rng.int(0, base - 1)), base)}`] : [])]));
  });
  family('ibase-letters', 'digits A-Z are allowed whatever the base; ibase above 16 (up to 36)', 4, (d, i) => {
    const base = i <= 2 ? rng.int(17, 36) : 10;
    const ds = DIGS.slice(0, base);
    return prog(lines([`ibase=${base}`, ...many(4, () => rng.string(rng.int(1, 5), ds.slice(1)) ), rng.pick(['Z', 'F', 'A', 'ZZ', 'G1'])]));
  });
  family('ibase-digit-too-big', 'a digit larger than the base still counts at its value', 3, () => {
    const base = rng.int(2, 9);
    return prog(lines([`ibase=${base}`, `${rng.int(base, 9)}`, `1${rng.int(base, 9)}`, `${DIGS[rng.int(10, 15)]}${rng.int(0, 9)}`]));
  });
  family('ibase-then-obase', 'after ibase changes, obase is read in the new base', 4, () => {
    const ib = rng.pick([2, 8, 16]);
    const ob = rng.pick([2, 8, 10, 16]);
    return prog(lines([`ibase=${ib}`, `obase=${inBase(BigInt(ob), ib)}`, ...many(3, () => inBase(bigOf(rng.int(2, 8)), ib)), 'ibase', 'obase']));
  });
  family('obase', 'obase 2..16 for integers', 10, () => {
    const base = rng.int(2, 16);
    return prog(lines([`obase=${base}`, ...many(4, () => sgn(intd(1, 14)))]));
  });
  family('obase-frac', 'obase with fractions: digits computed to the input scale', 6, () => {
    const base = rng.pick([2, 3, 5, 8, 12, 16, 20, 100]);
    return prog(lines([`scale=${rng.int(0, 12)}`, `obase=${base}`, sgn(dec(1, 6, 1, 6)), `${rng.int(1, 9)}/${rng.pick([3, 7, 9])}`]));
  });
  family('obase-large', 'obase > 16: each digit as a space-padded decimal group', 8, () => {
    const base = rng.pick([17, 20, 36, 60, 99, 100, 256, 1000, 1024, 12345, 65536, 1000000]);
    return prog(lines([`obase=${base}`, ...many(3, () => sgn(dec(1, 25, 0, rng.chance(0.3) ? 4 : 0)))]));
  });
  family('base-bad', 'ibase/obase out of range: runtime warnings and clamping', 6, (d, i) => {
    const stmts = [
      `ibase=${rng.int(0, 1)}`, `ibase=${rng.int(37, 99)}`, `obase=${rng.int(0, 1)}`, `ibase=-${rng.int(1, 9)}`, `obase=${rng.int(1, 9)}.5`, `obase=-${rng.int(2, 9)}`,
    ];
    return prog(lines([stmts[i - 1], 'ibase', 'obase', `${rng.int(10, 99)}`]));
  }, { duals: 6 });
  family('obase-huge-warning', 'obase beyond BC_BASE_MAX', 1, (d) =>
    prog(lines([`obase=${d ? '9999999999999' : '2147483648'}`, 'obase', '10'])));

  // ================================================================ scale, length, sqrt
  family('scale-var', 'the scale variable and the scale()/length() functions', 6, () =>
    prog(lines([`scale=${rng.int(0, 10)}`, 'scale', ...many(3, () => { const x = sgn(dec(0, 8, 0, 9)); return `scale(${x}); length(${x})`; })])));
  family('length-special', 'length of 0, of pure fractions and of big numbers', 3, () =>
    prog(lines([`length(0)`, `length(0.${'0'.repeat(rng.int(1, 5))}${rng.int(1, 9)})`, `length(${intd(20, 60)})`, `length(${rng.int(1, 9)}^${rng.int(20, 60)})`, `scale(${rng.int(1, 9)}/${rng.int(2, 9)})`, `scale=${rng.int(2, 9)}; scale(1/3); length(1/3)`])));
  family('scale-negative', 'negative scale: runtime warning', 2, () =>
    prog(lines([`scale=-${rng.int(1, 9)}`, 'scale', `1/${rng.int(2, 9)}`])));
  family('sqrt', 'sqrt with various scales', 8, (d, i) =>
    prog(lines([`scale=${rng.int(0, i <= 4 ? 10 : 50)}`, ...many(4, () => `sqrt(${dec(1, 12, 0, 6)})`)])));
  family('sqrt-special', 'sqrt of 0, of perfect squares, of small fractions; scale of the result', 3, () => {
    const r = intd(1, 6);
    return prog(lines(['sqrt(0)', `sqrt(${BigInt(r) * BigInt(r)})`, `sqrt(0.${'0'.repeat(rng.int(1, 4))}${rng.int(1, 9)})`, `scale(sqrt(${r}.${frac(3)}))`, 'sqrt(1)']));
  });
  family('sqrt-negative', 'square root of a negative number: runtime error', 2, () =>
    prog(lines([`${rng.int(1, 9)}`, `sqrt(-${rng.int(1, 99)})`, `${rng.int(10, 99)}`])));

  // ================================================================ math library
  const mathFn = (fn, arg) => family(`mathlib-${fn}`, `-l: ${fn}() at various scales`, 5, (d, i) =>
    prog(lines([`scale=${rng.int(i === 1 ? 20 : 0, i === 1 ? 20 : 45)}`, ...many(3, () => `${fn}(${arg()})`)]), ['-l']));
  mathFn('s', () => sgn(dec(0, 2, 0, 4)));
  mathFn('c', () => sgn(dec(0, 2, 0, 4)));
  mathFn('a', () => sgn(dec(0, 3, 0, 4)));
  mathFn('l', () => dec(0, 4, 0, 4).replace(/^0?$/, '3'));
  mathFn('e', () => sgn(dec(0, 1, 0, 3)));
  family('mathlib-j', '-l: Bessel function j(n,x)', 5, () =>
    prog(lines([`scale=${rng.int(5, 25)}`, ...many(3, () => `j(${rng.int(0, 5)}, ${sgn(dec(0, 1, 0, 2))})`)]), ['-l']));
  family('mathlib-scale', '-l sets scale to 20; results rounded to scale', 3, () =>
    prog(lines(['scale', `${rng.int(1, 9)}/${rng.pick([3, 7])}`, 'scale=5', `${rng.int(1, 9)}/${rng.pick([3, 7])}`]), [rng.pick(['-l', '--mathlib'])]));
  family('mathlib-pi', '-l: pi from 4*a(1) and identities', 3, () =>
    prog(lines([`scale=${rng.int(10, 60)}`, 'pi=4*a(1)', 'pi', 's(pi/6)', 'c(pi)']), ['-l']));
  family('mathlib-l-nonpositive', '-l: l() of zero or negative numbers', 2, () =>
    prog(lines([`scale=${rng.int(2, 10)}`, 'l(0)', `l(-${rng.int(1, 9)})`, `l(1)`]), ['-l']));
  family('mathlib-e-large', '-l: e() of larger arguments', 3, () =>
    prog(lines([`scale=${rng.int(0, 15)}`, `e(${rng.int(10, 60)})`, `e(-${rng.int(5, 30)})`]), ['-l']));
  family('mathlib-user', '-l functions used inside user functions', 3, () =>
    prog(lines([
      'define hyp(x, y) { return (sqrt(x*x + y*y)); }',
      'define deg(r) { return (r * 180 / (4*a(1))); }',
      `scale=${rng.int(4, 16)}`,
      `hyp(${rng.int(1, 20)}, ${rng.int(1, 20)})`,
      `deg(a(${rng.int(1, 5)}))`,
      `e(l(${rng.int(2, 50)}))`,
    ]), ['-l']));
  family('mathlib-absent', 'without -l the math functions are undefined', 2, () =>
    prog(lines([`${rng.int(1, 9)}`, `${rng.pick(['s', 'c', 'a', 'l', 'e'])}(${rng.int(1, 9)})`, `j(1, ${rng.int(1, 9)})`, `${rng.int(10, 99)}`])));

  // ================================================================ variables, arrays
  family('vars', 'single-letter variables, default 0, assignment does not print', 5, () => {
    const [a, b, c] = distinctVars(3);
    return prog(lines([`${a}=${sgn(dec(1, 6, 0, 3))}`, `${b}=${dec(1, 4, 0, 2)}`, `${a}+${b}`, `${c}`, `${c}=${a}*${b}`, `${c}`, `(${a}=${rng.int(1, 9)})`]));
  });
  family('vars-long', 'multi-letter variable names', 4, () => {
    const [a, b, c] = rng.shuffle(LONGNAMES).slice(0, 3);
    return prog(lines([`${a} = ${rng.int(1, 999)}`, `${b} = ${a} * ${rng.int(2, 9)}`, `${c} = ${a} + ${b}`, `${a}; ${b}; ${c}`]));
  });
  family('assign-ops', 'compound assignment operators', 6, () => {
    const x = v1();
    const ops = rng.shuffle(['+=', '-=', '*=', '/=', '%=', '^=']);
    return prog(lines([`scale=${rng.int(0, 4)}`, `${x}=${rng.int(2, 50)}`, ...ops.map((o) => `${x} ${o} ${o === '^=' ? rng.int(0, 3) : rng.int(1, 9)}; ${x}`), `(${x} += ${rng.int(1, 9)})`]));
  });
  family('assign-chain', 'chained assignment and assignment as a value', 3, () => {
    const [a, b, c] = distinctVars(3);
    return prog(lines([`${a} = ${b} = ${c} = ${rng.int(1, 99)}`, `${a}+${b}+${c}`, `(${a} = ${a} * 2) + 1`, `${a}`]));
  });
  family('incdec', 'pre/post increment and decrement', 5, () => {
    const x = v1();
    const seq = many(6, () => rng.pick([`${x}++`, `++${x}`, `${x}--`, `--${x}`, `${x}`, `${x}++ + ++${x}`]));
    return prog(lines([`${x}=${sgn(dec(1, 3, 0, 2))}`, ...seq, `${x}++`, `${x}`]));
  });
  family('incdec-array', 'increment of array elements and special variables', 3, () => {
    const a = v1();
    const k = rng.int(0, 9);
    return prog(lines([`${a}[${k}] = ${rng.int(1, 20)}`, `${a}[${k}]++`, `++${a}[${k}]`, `--${a}[${k}]`, `scale=${rng.int(1, 5)}`, '++scale', 'scale--', 'scale']));
  });
  family('arrays', 'arrays: independent of scalars, default 0, indices truncated', 6, () => {
    const a = v1();
    const idx = many(5, () => rng.int(0, 200));
    return prog(lines([`${a}=${rng.int(1, 9)}`, ...idx.map((k, j) => `${a}[${k}]=${rng.int(1, 999)}${j === 0 ? `; ${a}[${k}.${rng.int(1, 9)}]` : ''}`), ...rng.shuffle(idx).map((k) => `${a}[${k}]`), `${a}[${rng.int(201, 999)}]`, a]));
  });
  family('arrays-loop', 'arrays filled and summed in loops', 4, () => {
    const n = rng.int(5, 25);
    return prog(lines([`for (i=0; i<${n}; i++) q[i] = i*i + ${rng.int(1, 9)}`, 't=0', `for (i=0; i<${n}; i++) t += q[i]`, 't', `q[${rng.int(0, n - 1)}]`]));
  });
  family('array-bounds', 'array index out of bounds: runtime error', 3, (d, i) =>
    prog(lines([`${rng.int(1, 9)}`, [`a[-${rng.int(1, 9)}] = 1`, `a[${rng.int(16777216, 99999999)}] = 1`, `a[-${rng.int(1, 9)}]`][i - 1], `${rng.int(10, 99)}`])), { duals: 3 });
  family('last', 'last and . hold the last printed value', 3, (d, i) =>
    prog(lines(['last', `${rng.int(1, 99)}`, 'last', `. + ${rng.int(1, 9)}`, '.', ...(i === 3 ? ['last = 7', 'last'] : [])])));

  // ================================================================ functions
  family('func-basic', 'define, call, return values', 5, () => {
    const f = rng.pick(['f', 'g', 'sq', 'add3', 'cube', 'twice']);
    const body = rng.pick(['return (x*x + y)', 'return (x - y*2)', 'return ((x+y)/2)', 'return (x^2 - y^2)']);
    return prog(lines([`define ${f}(x, y) {`, `  ${body}`, '}', ...many(3, () => `${f}(${sgn(intd(1, 4))}, ${intd(1, 3)})`)]));
  });
  family('func-noreturn', 'a function without return yields 0; bare expressions inside print', 3, () =>
    prog(lines([`define p(n) { n; n * ${rng.int(2, 9)} }`, `p(${rng.int(1, 99)})`, `x = p(${rng.int(1, 99)})`, 'x'])));
  family('func-return-forms', 'return, return (), return (expr)', 3, () =>
    prog(lines(['define a() { return }', `define c() { return (${rng.int(1, 99)}) }`, 'a(); c()', 'define b() { return () }', 'b()', `${rng.int(100, 999)}`])));
  family('func-auto', 'auto variables shadow globals and start at 0', 4, () => {
    const v = rng.int(1, 99);
    return prog(lines([`x = ${v}`, 'define f(n) {', '  auto x, y', '  x; y', `  x = n * ${rng.int(2, 9)}`, '  return (x)', '}', `f(${rng.int(1, 9)})`, 'x']));
  });
  family('func-dynamic-scope', 'bc uses dynamic scoping: callees see callers\' autos', 3, () =>
    prog(lines([`v = ${rng.int(1, 50)}`, 'define show() { return (v) }', 'define outer() { auto v; v = ' + rng.int(51, 99) + '; return (show()) }', 'show()', 'outer()', 'show()'])));
  family('factorial', 'recursive factorial (big results wrap)', 5, (d, i) =>
    prog(lines(['define f(n) {', '  if (n <= 1) return (1);', '  return (n * f(n-1));', '}', ...many(i <= 2 ? 3 : 1, () => `f(${i <= 2 ? rng.int(0, 30) : rng.int(60, 180)})`)])));
  family('fibonacci', 'recursive and iterative fibonacci', 4, (d, i) =>
    prog(lines(i % 2
      ? ['define fib(n) {', '  if (n < 2) return (n)', '  return (fib(n-1) + fib(n-2))', '}', `fib(${rng.int(5, 16)})`, `fib(${rng.int(1, 4)})`]
      : ['define fib(n) {', '  auto a, b, t, i', '  a = 0; b = 1', '  for (i = 0; i < n; i++) { t = a + b; a = b; b = t }', '  return (a)', '}', `fib(${rng.int(50, 400)})`])));
  family('gcd', 'recursive gcd and lcm', 3, () =>
    prog(lines(['define gcd(a, b) { if (b == 0) return (a); return (gcd(b, a % b)); }', 'define lcm(a, b) { return (a / gcd(a, b) * b); }', ...many(3, () => { const g = rng.int(1, 50); return `gcd(${g * rng.int(1, 999)}, ${g * rng.int(1, 999)}); lcm(${rng.int(1, 99)}, ${rng.int(1, 99)})`; })])));
  family('func-array-param', 'arrays are passed by value', 3, () =>
    prog(lines(['define sum(a[], n) {', '  auto i, t', '  for (i = 0; i < n; i++) t += a[i]', '  a[0] = -1', '  return (t)', '}', ...many(4, (k) => `v[${k}] = ${rng.int(1, 99)}`), 'sum(v[], 4)', 'v[0]'])));
  family('func-array-ref', 'call by reference arrays (*a[]) and void functions', 3, () =>
    prog(lines(['define void fill(*a[], n) {', '  auto i', `  for (i = 0; i < n; i++) a[i] = i * ${rng.int(2, 9)}`, '}', `fill(w[], ${rng.int(3, 8)})`, 'w[0]; w[1]; w[2]', 'define void hello() { print "hello\\n" }', 'hello()'])));
  family('func-auto-array', 'auto arrays are fresh in each call', 2, () =>
    prog(lines(['define f(n) {', '  auto t[]', '  t[n] = n + t[n]', '  if (n > 0) return (t[n] + f(n-1))', '  return (t[n])', '}', `f(${rng.int(3, 20)})`])));
  family('func-redefine', 'a later definition replaces the earlier one', 2, () =>
    prog(lines([`define f(x) { return (x * ${rng.int(2, 5)}) }`, `f(${rng.int(1, 9)})`, `define f(x) { return (x + ${rng.int(10, 50)}) }`, `f(${rng.int(1, 9)})`])));
  family('func-undefined', 'calling an undefined function: runtime error, rest of the line skipped', 4, () =>
    prog(lines([`${rng.int(1, 9)}`, `${rng.pick(['foo', 'g', 'bar', 'h', 'undefined_fn'])}(${rng.int(1, 9)}); ${rng.int(10, 99)}`, `${rng.int(100, 999)}`])));
  family('func-defined-later', 'a call before the definition fails, after it works', 2, () =>
    prog(lines([`q(${rng.int(1, 9)})`, `define q(x) { return (x * ${rng.int(2, 9)}) }`, `q(${rng.int(1, 9)})`])));
  family('func-param-mismatch', 'wrong number or type of arguments', 4, (d, i) =>
    prog(lines(['define f(x, y) { return (x + y) }', 'define g(a[]) { return (a[0]) }', 'define h(n) { return (n) }',
      [`f(${rng.int(1, 9)})`, `f(1, 2, ${rng.int(3, 9)})`, `g(${rng.int(1, 9)})`, `h(z[])`][i - 1], `${rng.int(10, 99)}`])), { duals: 4 });
  family('func-void-value', 'using the value of a void function', 2, () =>
    prog(lines(['define void v() { print "side effect\\n" }', 'v()', `x = v() + ${rng.int(1, 9)}`, `${rng.int(1, 9)}`])));
  family('func-deep-recursion', 'recursion a few hundred levels deep', 2, () =>
    prog(lines(['define r(n) { if (n == 0) return (0); return (1 + r(n - 1)); }', `r(${rng.int(100, 800)})`])));
  family('func-in-file', 'a library file of functions then a program on stdin', 3, () => {
    const lib = fname();
    return {
      argv: [lib],
      files: { [lib]: lines(['/* library */', 'define max(a, b) { if (a > b) return (a); return (b); }', 'define min(a, b) { if (a < b) return (a); return (b); }', 'define abs(x) { if (x < 0) return (-x); return (x); }']) },
      stdin: lines([`max(${sgn(intd(1, 4))}, ${sgn(intd(1, 4))})`, `min(${sgn(intd(1, 4))}, ${sgn(intd(1, 4))})`, `abs(${sgn(dec(1, 4, 0, 3))})`]),
    };
  });

  // ================================================================ control flow
  family('if-else', 'if / else chains', 5, () => {
    const x = rng.int(-20, 20);
    return prog(lines([`x = ${x}`, 'if (x < 0) print "negative\\n" else if (x == 0) print "zero\\n" else print "positive\\n"', `if (x > ${rng.int(-5, 5)}) { x * 2 } else { x / 2 }`, `if (x % ${rng.int(2, 4)} == 0) "divisible\n"`, 'if (0) 1']));
  });
  family('while', 'while loops', 4, () =>
    prog(lines([`i = ${rng.int(0, 5)}`, `while (i < ${rng.int(6, 15)}) { i; i += ${rng.int(1, 3)} }`, 'i'])));
  family('for', 'for loops with all three clauses', 4, () =>
    prog(lines([`for (k = ${rng.int(0, 3)}; k <= ${rng.int(4, 12)}; k += ${rng.int(1, 3)}) k^2`])));
  family('for-missing', 'for loops with missing clauses', 3, () =>
    prog(lines([`n = ${rng.int(3, 9)}`, 'for (;;) { if (n == 0) break; n--; }', 'n', `for (m = ${rng.int(1, 4)}; m < ${rng.int(5, 9)};) m++`, 'm'])));
  family('break-continue', 'break and continue in nested loops', 4, () =>
    prog(lines([`for (i = 0; i < ${rng.int(3, 6)}; i++) {`, `  for (j = 0; j < ${rng.int(3, 8)}; j++) {`, `    if (j == ${rng.int(1, 3)}) continue`, `    if (j > ${rng.int(3, 5)}) break`, '    print i, ",", j, " "', '  }', '  print "\\n"', '}'])));
  family('break-outside', 'break/continue outside a loop, return outside a function', 3, (d, i) =>
    prog(lines([`${rng.int(1, 9)}`, ['break', 'continue', `return (${rng.int(1, 9)})`][i - 1], `${rng.int(10, 99)}`])), { duals: 3 });
  family('blocks', 'braced blocks, newlines and semicolons as separators', 3, () =>
    prog(lines([`{ ${rng.int(1, 9)}; ${rng.int(1, 9)}`, `${rng.int(1, 9)} }`, `{ }`, `;;`, `{ a = ${rng.int(1, 9)}; a * 2; };`])));
  family('primes', 'a prime sieve program (loops, arrays, break)', 2, () =>
    prog(lines([`n = ${rng.int(30, 200)}`, 'for (i = 2; i <= n; i++) p[i] = 1', 'for (i = 2; i * i <= n; i++) if (p[i]) for (j = i * i; j <= n; j += i) p[j] = 0', 'c = 0', 'for (i = 2; i <= n; i++) if (p[i]) { c += 1; if (c <= 15) print i, " " }', 'print "\\n"', 'c'])));
  family('collatz', 'while loop with a counter', 2, () =>
    prog(lines([`n = ${rng.int(20, 999)}`, 's = 0', 'while (n != 1) { if (n % 2) n = 3*n + 1 else n /= 2; s++ }', 's'])));
  family('newton-sqrt', 'Newton iteration with scale', 2, () =>
    prog(lines([`scale = ${rng.int(10, 40)}`, `x = ${rng.int(2, 999)}`, 'g = x / 2', 'for (i = 0; i < 60; i++) g = (g + x / g) / 2', 'g', 'g - sqrt(x)'])));

  // ================================================================ relational, boolean
  family('relational', 'relational operators return 0 or 1', 4, () => {
    const a = sgn(dec(1, 4, 0, 2));
    const b = rng.chance(0.3) ? a : sgn(dec(1, 4, 0, 2));
    return prog(lines(['<', '<=', '>', '>=', '==', '!='].map((o) => `${a} ${o} ${b}`)));
  });
  family('boolean', '&&, ||, ! (results 0 or 1)', 4, () => {
    const x = () => rng.pick(['0', '1', String(rng.int(2, 9)), `-${rng.int(1, 9)}`, '0.0', `0.${rng.int(1, 9)}`]);
    return prog(lines([...many(3, () => `${x()} && ${x()}`), ...many(3, () => `${x()} || ${x()}`), `!${x()}`, `!!${x()}`, `!${x()} || ${x()} && ${x()}`]));
  });
  family('relational-assign', 'assignment inside comparison and precedence of relational ops', 2, () =>
    prog(lines([`a = ${rng.int(1, 9)}`, `(b = a * 2) > ${rng.int(5, 15)}`, 'b', `a < 5 == 1`, `a == ${rng.int(1, 9)} || a > 100`])));
  family('shortcircuit', '&& and || short-circuit: the right side may not run', 2, () =>
    prog(lines(['x = 0', `0 && (x = ${rng.int(1, 9)})`, 'x', `1 || (x = ${rng.int(10, 19)})`, 'x'])));

  // ================================================================ strings, print, comments
  family('strings', 'string statements print without a newline; no escapes', 3, () =>
    prog(lines([`"${rng.pick(['hello', 'result: ', 'x=', 'Answer'])}"`, `${rng.int(1, 99)}`, `"a\\nb"`, `"multi`, `line string"`, `""`, `${rng.int(1, 9)}`])));
  family('print', 'print statement with expressions, strings and escapes', 5, () =>
    prog(lines([`x = ${dec(1, 4, 0, 3)}`, `print "x = ", x, ", 2x = ", x*2, "\\n"`, 'print "tab\\there\\\\back\\q quote\\a\\b\\f\\r\\n"', `print ${rng.int(1, 99)}, "\\n"`, 'print "\\z unknown\\n"'])));
  family('print-bases', 'print honors obase', 2, () =>
    prog(lines([`obase = ${rng.pick([2, 8, 16])}`, `print ${rng.int(100, 9999)}, " ", ${rng.int(10, 99)}, "\\n"`, 'print "done\\n"'])));
  family('comments', 'C-style comments (multi-line) and # line comments', 3, () =>
    prog(lines([`/* ${rng.pick(['header', 'start', 'x'])} */ ${rng.int(1, 99)}`, `${rng.int(1, 99)} /* inline */ + ${rng.int(1, 9)}`, '/* a', `   ${rng.int(1, 9)} comment`, '   spanning lines */', `${rng.int(1, 9)} # trailing`, `# whole line ${rng.int(1, 9)}`, `${rng.int(100, 999)}`])));
  family('comment-unterminated', 'an unterminated comment at end of input', 2, () =>
    prog(lines([`${rng.int(1, 99)}`, `/* never closed ${rng.int(1, 9)}`, `${rng.int(1, 99)}`])));
  family('string-unterminated', 'an unterminated string at end of input', 2, () =>
    prog(`${rng.int(1, 99)}\n"never closed ${rng.int(1, 9)}\n`));
  family('line-continuation', 'backslash-newline joins lines in input', 2, () =>
    prog(lines([`${intd(3, 6)}\\`, `${intd(3, 6)} + \\`, `${rng.int(1, 9)}`])));

  // ================================================================ quit / halt
  family('quit', 'quit stops at parse time: later lines never run', 3, () =>
    prog(lines([`${rng.int(1, 99)}`, `${rng.int(1, 99)}; quit`, `${rng.int(1, 99)}`])));
  family('quit-in-function', 'quit inside a function body ends bc while parsing', 2, () =>
    prog(lines([`${rng.int(1, 99)}`, 'define f() {', '  if (0) quit', '}', `${rng.int(1, 99)}`])));
  family('halt', 'halt stops only when executed', 3, () =>
    prog(lines([`${rng.int(1, 99)}`, `if (0) halt`, `${rng.int(1, 99)}`, `for (i = 0; i < 10; i++) { i; if (i == ${rng.int(1, 8)}) halt }`, '999'])));
  family('quit-file', 'quit in a file: stdin is never read', 2, () => {
    const f = fname();
    return { argv: [f], files: { [f]: lines([`${rng.int(1, 99)}`, 'quit']) }, stdin: lines([`${rng.int(100, 999)}`]) };
  });
  family('limits', 'the limits statement prints the compile-time limits', 1, () => prog(lines(['limits', '1'])), { duals: 0 });

  // ================================================================ -s / -w
  const posixSnippets = [
    () => `${rng.pick(LONGNAMES)} = ${rng.int(1, 9)}`,
    () => `print "x", ${rng.int(1, 9)}, "\\n"`,
    () => `x = ${rng.int(1, 9)}; x == ${rng.int(1, 9)}`,
    () => `${rng.int(0, 1)} || ${rng.int(0, 1)}`,
    () => `${rng.int(0, 1)} && ${rng.int(0, 1)}`,
    () => `!${rng.int(0, 3)}`,
    () => `if (${rng.int(0, 1)}) ${rng.int(1, 9)} else ${rng.int(1, 9)}`,
    () => `for (;;) break`,
    () => `for (i = 0; i < 3;) i++`,
    () => 'last',
    () => '.',
    () => `define f(x) { return x * 2 }`,
    () => `define void g() { print "v" }`,
    () => `define h(*a[]) { return (a[0]) }`,
    () => `while (1) { break }`,
    () => `x = ${rng.int(1, 9)}  # comment`,
    () => `continue`,
    () => `halt`,
    () => `x = ${rng.int(1, 9)}; y = x > 2`,
  ];
  family('posix-warn', '-w: warnings for each non-POSIX construct, program still runs', 10, (d, i) => {
    const picks = rng.shuffle(posixSnippets).slice(0, 3).map((f) => f());
    return prog(lines([`${rng.int(1, 99)}`, ...picks, `${rng.int(100, 999)}`]), [rng.pick(['-w', '--warn'])]);
  }, { duals: 4 });
  family('posix-strict', '-s: non-POSIX constructs are errors', 10, () => {
    const picks = rng.shuffle(posixSnippets).slice(0, 3).map((f) => f());
    return prog(lines([`${rng.int(1, 99)}`, ...picks, `${rng.int(100, 999)}`]), [rng.pick(['-s', '--standard'])]);
  }, { duals: 4 });
  family('posix-ok', '-s/-w with a strictly POSIX program: no diagnostics', 3, () =>
    prog(lines(['define f(n) {', '  auto i, t', '  t = 1', '  for (i = 1; i <= n; i++) t = t * i', '  return (t)', '}', `f(${rng.int(5, 25)})`, `scale = ${rng.int(1, 9)}`, `a = ${rng.int(1, 99)} / ${rng.int(2, 9)}`, 'a', 'if (a > 1) a = 1', 'a', 'sqrt(2)']), [rng.pick(['-s', '-w'])]));
  family('posix-single-file', '-s with a program file', 2, () => {
    const f = fname();
    return { argv: ['-s', f], files: { [f]: lines([`a = ${rng.int(1, 9)}`, `while (a != ${rng.int(10, 20)}) a = a + 1`, 'a', `print a`, 'a']) } };
  });
  family('posix-strict-and-warn', '-s and -w together', 2, () =>
    prog(lines([`${rng.int(1, 9)}`, `${rng.pick(LONGNAMES)} = 1`, 'print "p\\n"']), rng.shuffle(['-s', '-w'])));
  family('posix-strict-mathlib', '-s with -l: the library itself is not checked', 2, () =>
    prog(lines([`scale = ${rng.int(2, 10)}`, `a(${rng.int(1, 3)})`]), rng.shuffle(['-s', '-l'])));

  // ================================================================ parse errors
  family('syntax-error', 'syntax errors report the line number and skip the statement', 8, () => {
    const bad = rng.pick([`${rng.int(1, 9)} +* ${rng.int(1, 9)}`, `(${rng.int(1, 9)} + `, `${rng.int(1, 9)} ${rng.int(1, 9)}`, `x = = ${rng.int(1, 9)}`, `)`, `${rng.int(1, 9)} + ;`, `if ${rng.int(1, 9)}`, `for (i=0; i<3) i`, `define (x) { }`, `a[] = 3`, `@`, `x = ${rng.int(1, 9)} $ 2`, `while () 1`, `{ ${rng.int(1, 9)}`]);
    const pre = many(rng.int(0, 4), () => `${rng.int(1, 99)}`);
    return prog(lines([...pre, bad, `${rng.int(100, 999)}`, `${rng.int(100, 999)}`]));
  }, { duals: 4 });
  family('syntax-error-eof', 'input ending inside an expression', 3, () =>
    prog(lines([`${rng.int(1, 99)}`, rng.pick([`${rng.int(1, 9)} +`, `(${rng.int(1, 9)}`, `define f(x) {`, `if (1)`, `${rng.int(1, 9)} *`])])));
  family('syntax-error-multi', 'several syntax errors in one program', 3, () =>
    prog(lines(many(rng.int(5, 9), () => (rng.chance(0.4) ? rng.pick(['1 +* 2', '3 ) 4', '( 5', '= 6', '7 **']) : `${rng.int(1, 99)}`)))));
  family('syntax-error-in-function', 'syntax error inside a function definition', 3, () =>
    prog(lines(['define f(x) {', `  x = x + ${rng.int(1, 9)}`, rng.pick(['  x +* 2', '  return (x', '  y = )']), '  return (x)', '}', `f(${rng.int(1, 9)})`, `${rng.int(100, 999)}`])));
  family('illegal-char', 'illegal characters in the input', 3, () =>
    prog(lines([`${rng.int(1, 99)}`, `${rng.int(1, 9)} ${rng.pick(['@', '$', '`', '~', '\\', '?', '\'', ':'])} ${rng.int(1, 9)}`, `${rng.int(100, 999)}`])));
  family('uppercase-name', 'uppercase letters are digits, not names', 2, () =>
    prog(lines([`${rng.pick(['X', 'AB', 'FF'])} = ${rng.int(1, 9)}`, `${rng.pick(['Z', 'A', 'F'])}`, `${rng.int(100, 999)}`])));
  family('void-assign', 'assigning a void function result: compile-time error', 2, () =>
    prog(lines(['define void v(x) { print x, "\\n" }', `v(${rng.int(1, 9)})`, `a = v(${rng.int(1, 9)})`, `${rng.int(10, 99)}`])));
  family('keyword-as-name', 'keywords cannot be used as names', 2, () =>
    prog(lines([`${rng.int(1, 99)}`, `${rng.pick(['for', 'while', 'if', 'define', 'auto', 'return'])} = ${rng.int(1, 9)}`, `${rng.int(100, 999)}`])));

  // ================================================================ runtime errors
  family('div-zero', 'divide by zero: runtime error, rest of the statement line skipped', 6, () =>
    prog(lines([`${rng.int(1, 99)}`, `${rng.int(1, 9)} ${rng.pick(['/', '%'])} ${rng.pick(['0', '0.0', '(1-1)'])}; ${rng.int(10, 99)}`, `${rng.int(100, 999)}`])));
  family('div-zero-assign', 'divide by zero in /= and %=', 2, () =>
    prog(lines([`x = ${rng.int(1, 9)}`, `x ${rng.pick(['/=', '%='])} 0; x`, 'x'])));
  family('pow-zero-neg', '0 raised to a negative power', 2, () =>
    prog(lines([`${rng.int(1, 9)}`, `0 ^ -${rng.int(1, 9)}`, '0 ^ 0', `${rng.int(100, 999)}`])));
  family('pow-too-large', 'exponent too large', 2, () =>
    prog(lines([`${rng.int(2, 9)} ^ ${intd(20, 25)}`, `${rng.int(10, 99)}`])));
  family('runtime-in-function', 'runtime error inside a function names the function', 3, () => {
    const f = rng.pick(['f', 'calc', 'div', 'ratio']);
    return prog(lines([`define ${f}(x) {`, '  auto y', `  y = x * ${rng.int(2, 9)}`, '  return (y / (x - x))', '}', `${f}(${rng.int(1, 9)})`, `${rng.int(100, 999)}`]));
  });
  family('runtime-error-loop', 'a runtime error stops a loop', 2, () =>
    prog(lines([`for (i = ${rng.int(3, 6)}; i > -3; i--) ${rng.int(10, 99)} / i`, 'i'])));

  // ================================================================ files and options
  family('files-multi', 'several program files are run in order, then stdin', 5, () => {
    const [f1, f2] = ['one', 'two'].map((p) => p + rng.pick(['.b', '.bc', '']));
    const x = v1();
    return {
      argv: [f1, f2],
      files: { [f1]: lines([`${x} = ${rng.int(2, 99)}`, `${x}`]), [f2]: lines([`${x} * ${rng.int(2, 9)}`, `scale = ${rng.int(1, 5)}`]) },
      stdin: lines([`${x} / ${rng.int(2, 9)}`]),
    };
  });
  family('files-missing', 'a missing file: message and exit status 1; earlier files ran', 4, (d, i) => {
    const f = fname();
    const miss = rng.pick(['nope.b', 'missing.bc', 'no_such_file', 'lib/absent.b']);
    return { argv: i % 2 ? [f, miss] : [miss, f], files: { [f]: lines([`${rng.int(1, 99)}`]) }, stdin: lines([`${rng.int(100, 999)}`]) };
  });
  family('files-dash', '"-" is a file name, not stdin', 1, () => {
    const f = fname();
    return { argv: [f, '-'], files: { [f]: lines([`${rng.int(1, 99)}`]) }, stdin: lines([`${rng.int(100, 999)}`]) };
  }, { duals: 1 });
  family('files-directory', 'a directory given as a program file', 1, () =>
    ({ argv: [rng.pick(['dir', 'sub'])], files: { dir: { dir: true }, sub: { dir: true } }, stdin: lines([`${rng.int(100, 999)}`]) }), { duals: 1 });
  family('files-error-lines', 'errors in files report the file name and line number', 4, () => {
    const f = fname();
    const body = many(rng.int(2, 6), () => `${rng.int(1, 99)}`);
    body.splice(rng.int(0, body.length), 0, rng.pick(['1 +* 2', ') 3', 'x = = 1']));
    return { argv: [f], files: { [f]: lines(body) }, stdin: lines([`${rng.int(100, 999)}`, '1 +* 1']) };
  });
  family('files-error-second', 'line numbers restart for each file', 2, () => {
    const [f1, f2] = ['a.b', 'b.b'];
    return { argv: [f1, f2], files: { [f1]: lines([`${rng.int(1, 99)}`, '1 +* 2', `${rng.int(1, 99)}`]), [f2]: lines([`${rng.int(1, 99)}`, `${rng.int(1, 99)}`, ') 1']) }, stdin: '' };
  });
  family('files-unterminated', 'a file whose statement continues into the next input', 2, () => {
    const f = fname();
    return { argv: [f], files: { [f]: `${rng.int(1, 99)}\n${rng.int(1, 9)} +\n` }, stdin: lines([`${rng.int(1, 9)}`]) };
  });
  family('files-no-newline', 'a file without a final newline', 2, () => {
    const f = fname();
    return { argv: [f], files: { [f]: `${rng.int(1, 99)}\n${rng.int(1, 99)} * ${rng.int(1, 9)}` }, stdin: lines([`${rng.int(100, 999)}`]) };
  });
  family('stdin-no-newline', 'stdin without a final newline', 2, () =>
    prog(`${rng.int(1, 99)}\n${rng.int(1, 99)} + ${rng.int(1, 9)}`));
  family('files-mathlib', '-l with program files', 2, () => {
    const f = fname();
    return { argv: ['-l', f], files: { [f]: lines([`scale = ${rng.int(3, 15)}`, `e(${rng.int(1, 5)})`]) }, stdin: lines([`s(${rng.int(1, 5)})`]) };
  });
  family('files-function-across', 'a function defined in one file used in another', 2, () => ({
    argv: ['defs.b', 'use.b'],
    files: { 'defs.b': lines([`define sq(x) { return (x * x + ${rng.int(0, 9)}) }`]), 'use.b': lines([`sq(${rng.int(1, 99)})`]) },
    stdin: lines([`sq(${rng.int(1, 99)})`]),
  }));
  family('opt-quiet', '-q/--quiet changes nothing when stdin is not a terminal', 2, () =>
    prog(lines([`${rng.int(1, 99)} * ${rng.int(1, 99)}`]), [rng.pick(['-q', '--quiet'])]));
  family('opt-combined', 'combined short options', 2, () =>
    prog(lines([`scale`, `${rng.int(1, 9)}/${rng.int(2, 9)}`]), [rng.pick(['-lq', '-ql', '-lw', '-qlw'])]));
  family('opt-invalid', 'unknown options print usage to stderr and exit 1', 3, (d, i) =>
    prog(lines(['1']), [[`-${rng.pick(['x', 'y', 'z', 'k', 'n'])}`, `--${rng.pick(['foo', 'bar', 'scale', 'verbose'])}`, `--${rng.pick(['mathlib', 'quiet'])}=1`][i - 1]]), { duals: 3 });
  family('opt-help', '-h/--help', 1, (d) => prog('', [d ? '-h' : '--help']), { duals: 1 });
  family('opt-version', '-v/--version', 1, (d) => prog('', [d ? '-v' : '--version']), { duals: 1 });
  family('opt-double-dash', '-- ends the options', 1, () => {
    const f = '-l';
    return { argv: ['--', f], files: { [f]: lines([`${rng.int(1, 99)}`]) }, stdin: '' };
  }, { duals: 1 });

  // ================================================================ larger programs
  family('program-table', 'a formatted table with print and a loop', 3, () =>
    prog(lines([`scale = ${rng.int(2, 6)}`, `for (i = 1; i <= ${rng.int(4, 10)}; i++) {`, `  print i, "\\t", i^2, "\\t", 1/i, "\\n"`, '}'])));
  family('program-interest', 'compound interest with scale', 2, () =>
    prog(lines([`scale = ${rng.int(4, 10)}`, `p = ${rng.int(100, 9999)}`, `r = 0.0${rng.int(1, 9)}`, `for (y = 1; y <= ${rng.int(3, 10)}; y++) { p = p * (1 + r); print y, ": ", p, "\\n" }`])));
  family('program-digits', 'extracting digits with / and %', 2, () =>
    prog(lines([`n = ${intd(8, 20)}`, 's = 0', 'while (n > 0) { s += n % 10; n /= 10 }', 's'])));
  family('program-binary-print', 'printing a number in binary by hand', 2, () =>
    prog(lines(['define b(n) { if (n >= 2) b(n / 2); print n % 2; }', `b(${rng.int(1, 99999)})`, 'print "\\n"'])));
  family('program-pi-digits', '-l: pi to many digits', 2, () =>
    prog(lines([`scale = ${rng.int(80, 250)}`, '4*a(1)']), ['-l']));

  return cases;
}
