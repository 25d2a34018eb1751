// Test-case generator for dc (GNU dc 1.4.1 from GNU bc 1.07.1, Debian 12).
//
// Tests are grouped in families: family(id, note, n, make, { duals }) adds n
// visible tests "<id>-<i>" (i = 1..n; just "<id>" when n is 1) and, for the
// first `duals` of them, a hidden dual "<id>-<i>.dual" built by the same code
// with other rng values.  make(isDual, i) returns { argv?, stdin?, files?, env? }.
//
// Every program prints something (stdout or stderr) or exits non-zero, so a
// do-nothing stub passes (almost) nothing.  The shell escape `!cmd` is never
// used: a `!` in a program is always part of `!<`, `!>` or `!=` (or inside a
// string that is only printed).  Expected outputs come from the real dc.

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
    return nf === 0 ? ip || '0' : `${ip}.${frac(nf)}`;
  };
  /** dc writes negative numbers with a leading underscore */
  const neg = (s, p = 0.35) => (rng.chance(p) ? `_${s}` : s);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const lines = (arr) => `${arr.join('\n')}\n`;
  const DIGS = '0123456789ABCDEF';
  const inBase = (n, base) => {
    if (n === 0n) return '0';
    let s = '';
    const b = BigInt(base);
    while (n > 0n) {
      s = DIGS[Number(n % b)] + s;
      n /= b;
    }
    return s;
  };
  /** big-endian base-256 value of a byte string: what P prints back as those bytes */
  const bytesToNum = (str) => {
    let n = 0n;
    for (const b of Buffer.from(str, 'utf8')) n = n * 256n + BigInt(b);
    return n.toString();
  };
  const REGS = 'abcdefghjkmnstuvwxyz'.split('');
  const regs = (n) => rng.shuffle(REGS).slice(0, n);
  const WORDS = ['hello', 'world', 'dc', 'stack', 'macro', 'result', 'total', 'value', 'Answer', 'sum', 'count', 'done', 'ok', 'base', 'RPN'];
  const word = () => rng.pick(WORDS);
  const fname = () => rng.pick(['prog', 'calc', 'lib', 'main', 'script', 'input', 'run', 'math', 'ops']) + rng.pick(['.dc', '', '.txt']);
  const small = () => rng.int(1, 99);

  /**
   * Delivery of a program: on stdin (the default way dc reads), as one -e
   * argument, or as a file operand / -f file.  The choice is drawn from rng.
   */
  const via = (text, { stdinOnly = false } = {}) => {
    const r = stdinOnly ? 0 : rng.float();
    if (r < 0.55) return { argv: [], stdin: text };
    if (r < 0.85) return { argv: rng.chance(0.8) ? ['-e', text] : [`--expression=${text}`] };
    const f = fname();
    return { argv: rng.chance(0.5) ? [f] : ['-f', f], files: { [f]: text } };
  };
  const sin = (text) => ({ argv: [], stdin: text });
  const ex = (...exprs) => ({ argv: exprs.flatMap((e) => ['-e', e]) });

  // ---------------------------------------------------------------- registry
  const cases = [];
  const key = (c) => JSON.stringify([c.argv ?? [], c.stdin ?? null, c.env ?? null, c.files ?? null]);
  const seen = new Set();
  const norm = (v) => ({
    argv: v.argv ?? [],
    ...(v.stdin !== undefined ? { stdin: v.stdin } : {}),
    ...(v.files ? { files: v.files } : {}),
    ...(v.env ? { env: v.env } : {}),
  });
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
  const family = (id, note, n, make, { duals = Math.ceil(n / 4) } = {}) => {
    for (let i = 1; i <= n; i++) {
      const vid = n === 1 ? id : `${id}-${i}`;
      cases.push({ id: vid, note, ...draw(make, false, i, vid) });
      if (i <= duals) cases.push({ id: `${vid}.dual`, note, ...draw(make, true, i, `${vid}.dual`), hidden: true, dualOf: vid });
    }
  };

  // ================================================================ documentation examples
  family('doc-square', 'manual: 4d*p computes 4 squared', 1, (d) => via(d ? `${rng.int(5, 999)}d*p\n` : '4d*p\n'), { duals: 1 });
  family('doc-foo', 'manual: [foo]P prints foo without newline', 1, (d) => via(d ? `[${word()} ${word()}]P[\n]P\n` : '[foo]P\n'), { duals: 1 });
  family('doc-macro', 'manual: [1p]x and [1p]sa lax', 1, (d) => via(d ? `[${small()}p]x [${small()}p]sa lax lax\n` : '[1p]x\n[1p]sa lax\n'), { duals: 1 });
  family('doc-compare', 'manual: 1 2>a invokes a, 2 1>a does not', 1, (d) => {
    const a = d ? rng.int(1, 50) : 1;
    const b = d ? a + rng.int(1, 50) : 2;
    return via(`[[invoked]p]sa ${a} ${b}>a ${b} ${a}>a [end]p\n`);
  }, { duals: 1 });
  family('doc-array-instance', 'manual: each stacked register instance has its own array', 1, (d) => {
    if (!d) return via('1 0:a 0Sa 2 0:a La 0;ap\n');
    const [x, y, i] = [small(), small(), rng.int(1, 9)];
    return via(`${x} ${i}:b 0Sb ${y} ${i}:b ${i};bp Lb ${i};bp\n`);
  }, { duals: 1 });
  family('doc-P-emulation', 'manual: the native-dc sequence that emulates P on a number', 1, (d) => {
    const n = d ? bytesToNum(`${word()}!`) : '1819043176';
    return via(`${n} KSK0k1/ _1Ss[ls*]Sxd0>x [256~Ssd0<x]dsxx sx[q]Sq[Lsd0>qaPlxx]dsxx sx0sqLqsxLxLK+k [|]P K p\n`);
  }, { duals: 1 });
  family('doc-mod-identity', 'manual: % equals Sd dld/ Ld*-', 2, () => {
    const a = neg(dec(1, 8, 0, 3));
    const b = neg(dec(1, 3, 0, 2), 0.2);
    return via(`${rng.int(0, 4)}k ${a} ${b} %p ${a} ${b} Sd dld/ Ld*-p\n`);
  });
  family('doc-divrem-identity', 'manual: ~ equals SdSn lnld/ LnLd%', 2, () => {
    const a = neg(intd(1, 9));
    const b = neg(intd(1, 3), 0.2);
    return via(`${a} ${b} ~ f c ${a} ${b} SdSn lnld/ LnLd% f\n`);
  });
  family('doc-modexp-identity', 'manual: | is like Sm^Lm% for small integers', 2, () => {
    const [b, e, m] = [rng.int(2, 30), rng.int(0, 20), rng.int(2, 97)];
    return via(`${b} ${e} ${m} |p ${b} ${e} ${m} Sm^Lm%p\n`);
  });
  family('doc-swap-identity', 'manual: r equals SaSbLaLb', 1, () => {
    const [a, b] = [neg(dec(1, 5, 0, 2)), neg(dec(1, 5, 0, 2))];
    return via(`${a} ${b} r f c ${a} ${b} SaSbLaLb f\n`);
  }, { duals: 1 });
  family('doc-magnitude', 'manual: dSaXLaZ- gives the power-of-ten shift', 2, () =>
    via(lines(many(3, () => `${rng.chance(0.5) ? `0.${'0'.repeat(rng.int(0, 4))}${intd(1, 5)}` : dec(1, 6, 1, 4)} dSaXLaZ-p`))));
  family('doc-factor', 'package example dc_factor: prime factors by trial division', 3, () => {
    const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 97, 101, 127, 251];
    let n = 1;
    for (let k = rng.int(2, 5); k > 0; k--) n *= rng.pick(primes);
    return { argv: ['-e', `${n}[p]s2[lip/dli%0=1dvsr]s12sid2%0=13sidvsr[dli%0=1lrli2+dsi!>.]ds.xd1<2`] };
  });
  family('doc-Q-levels', 'manual: 3Q exits three levels of macros', 2, () => {
    const n = rng.int(1, 3);
    return via(`[[[[inner]p ${n}Q [after1]p]x [after2]p]x [after3]p]x [top]p\n`, { stdinOnly: true });
  });

  // ================================================================ arithmetic
  family('add', 'addition: exact, scale from the operands', 6, () =>
    via(lines(many(5, () => `${neg(dec(1, 25, 0, 12))} ${neg(dec(1, 25, 0, 12))}+p`))));
  family('sub', 'subtraction: second popped minus first popped', 6, () =>
    via(lines(many(5, () => `${neg(dec(0, 22, 0, 10))} ${neg(dec(0, 22, 0, 10))}-p`))));
  family('mul', 'multiplication with the precision value', 8, (d, i) =>
    via(lines([`${rng.int(0, i % 2 ? 3 : 12)}k`, ...many(5, () => `${neg(dec(0, 18, 0, 8))} ${neg(dec(0, 18, 0, 8))}*p`)])));
  family('div', 'division truncated to the precision value', 8, (d, i) =>
    via(lines([`${rng.int(0, i < 4 ? 5 : 40)}k`, ...many(5, () => `${neg(dec(1, 15, 0, 6))} ${neg(dec(1, 8, 0, 4))}/p`)])));
  family('div-default-scale', 'division with the default precision 0', 3, () =>
    via(lines(many(6, () => `${neg(intd(1, 20))} ${neg(intd(1, 6))}/p`))));
  family('mod', 'remainder with precision 0 and non-zero precision, signs', 6, (d, i) =>
    via(lines([`${i <= 3 ? 0 : rng.int(1, 6)}k`, ...many(5, () => `${neg(dec(1, 14, 0, i <= 3 ? 0 : 4))} ${neg(dec(1, 6, 0, i <= 3 ? 0 : 3))}%p`)])));
  family('divrem', '~ pushes quotient then remainder', 6, (d, i) =>
    via(lines([`${i <= 3 ? 0 : rng.int(1, 5)}k`, ...many(3, () => `${neg(dec(1, 12, 0, 3))} ${neg(dec(1, 5, 0, 2))}~ f c`)])));
  family('pow', 'exponentiation, precision for negative exponents', 8, (d, i) =>
    via(lines([`${rng.int(0, 20)}k`, ...many(5, () => `${neg(dec(1, 3, 0, i % 2 ? 0 : 3))} ${i <= 4 ? rng.int(0, 40) : `_${rng.int(1, 12)}`}^p`)])));
  family('pow-frac-exp', 'non-integer exponent: runtime warning, fraction ignored', 3, () =>
    via(lines([`${rng.int(2, 9)} ${rng.int(1, 5)}.${rng.int(1, 9)}^p`, `${rng.int(2, 9)} 2^p`])));
  family('modexp', '| modular exponentiation, also with huge exponents', 6, (d, i) =>
    via(lines(many(4, () => `${neg(intd(1, i <= 3 ? 4 : 30), 0.2)} ${intd(1, i <= 3 ? 3 : 40)} ${intd(1, i <= 3 ? 3 : 20)}|p`))));
  family('modexp-errors', '| with modulus 0, negative exponent or non-numeric operands', 3, (d, i) => {
    const bad = [
      `${small()} ${small()} 0|`,
      `${small()} _${rng.int(1, 9)} ${rng.int(2, 50)}|`,
      `${small()} [${word()}] ${rng.int(2, 50)}|`,
    ][i - 1];
    return via(lines([bad, 'f', `${small()}p`]));
  }, { duals: 3 });
  family('sqrt', 'v with various precisions', 6, (d, i) =>
    via(lines([`${rng.int(0, i <= 3 ? 10 : 50)}k`, ...many(4, () => `${dec(1, 12, 0, 6)}vp`)])));
  family('sqrt-special', 'v of 0, perfect squares, small fractions; precision of the result', 3, () => {
    const r = BigInt(intd(1, 6));
    return via(lines(['0vp', `${r * r}vp`, `0.${'0'.repeat(rng.int(1, 4))}${rng.int(1, 9)}vp`, `${r}.${frac(3)}vXp`, '1vp', `${rng.int(1, 6)}k ${rng.int(2, 99)}vp`]));
  });
  family('sqrt-errors', 'square root of a negative number or of a string', 2, () =>
    via(lines([`${small()}p`, `_${small()}v`, `[${word()}]v`, 'f'])));
  family('huge-mul', 'products of numbers with hundreds of digits (line wrapping)', 4, () =>
    via(lines(many(2, () => `${intd(60, 140)} ${intd(60, 140)}*p`))));
  family('huge-pow', 'large powers: many wrapped lines', 4, () =>
    via(lines([`${rng.int(2, 99)} ${rng.int(150, 500)}^p`])));
  family('huge-add', 'addition of numbers with hundreds of digits and fractions', 3, () =>
    via(lines([`${intd(100, 250)}.${frac(rng.int(0, 40))} ${neg(intd(100, 250))}+p`])));
  family('number-format', 'leading/trailing zeros, leading dot, negative zero, trailing dot', 4, () =>
    via(lines([`000${intd(1, 5)}p`, `.${frac(rng.int(1, 6))}p`, `_.${frac(rng.int(1, 4))}0p`, `${intd(1, 3)}.${frac(2)}000p`, '_0p', '0.000p', `_0.${'0'.repeat(rng.int(1, 4))}p`, `${intd(1, 4)}.p`])));
  family('number-adjacent', 'how adjacent number tokens split (second dot, underscore, letters)', 3, () =>
    via(lines([`${small()}.${rng.int(1, 9)}.${rng.int(1, 9)} f c`, `${small()}_${small()} f c`, `${rng.int(1, 9)}A${rng.int(1, 9)} f c`, `__${rng.int(1, 9)} f`])));
  family('scale-k', 'k affects * / ^ v but not + -; K reads it back', 4, () => {
    const k = rng.int(1, 12);
    const [a, b] = [dec(1, 4, 1, 3), dec(1, 3, 0, 2)];
    return via(lines([`${k}k Kp`, `${a} ${b}+p`, `${a} ${b}-p`, `${a} ${b}*p`, `${a} ${b}/p`, `${a} 3^p`, `${a}vp`, `${rng.int(0, 3)}k K p ${a} ${b}/p`]));
  });
  family('rpn-chain', 'longer RPN expressions mixing operators', 6, () => {
    const ops = ['+', '-', '*', '/', '%', '^'];
    const toks = [neg(String(rng.int(1, 40)), 0.2)];
    for (let k = rng.int(3, 7); k > 0; k--) {
      const op = rng.pick(ops);
      toks.push(op === '^' ? String(rng.int(0, 4)) : neg(String(rng.int(1, 40)), 0.2), op);
    }
    return via(lines([`${rng.int(0, 6)}k`, `${toks.join(' ')} p`, `${small()} ${small()} ${small()} ${rng.pick(['+*', '*+', '-*', '*/', '+-'])} p`]));
  });

  // ================================================================ printing
  family('print-p-n', 'p keeps the value and adds a newline; n pops and does not', 5, () =>
    via(lines([`${neg(dec(1, 6, 0, 3))} ${neg(dec(1, 6, 0, 3))} p n [ ]n n [|]P`, `${small()} n ${small()}p z p`, `[${word()}]n [${word()}]p`])));
  family('print-f', 'f prints the whole stack, top first, numbers and strings', 4, () => {
    const items = many(rng.int(2, 6), () => (rng.chance(0.3) ? `[${word()} ${small()}]` : neg(dec(1, 8, 0, 3))));
    return via(lines([items.join(' '), 'f', `[${'-'.repeat(rng.int(3, 9))}]p`, 'c f', `${small()} f`]));
  });
  family('print-P-number', 'P on numbers: the integer part of |n| as a base-256 byte stream', 5, () =>
    via(lines([`${bytesToNum(`${word()} ${word()}`)}P 10P`, `_${bytesToNum(word())}.${frac(3)}P 10P`, `${bytesToNum(word() + '\n')}P`, `${rng.int(33, 126)}P ${rng.int(256, 65535)}P 10P`])));
  family('print-P-string', 'P on strings: printed without newline, brackets and newlines kept', 3, () =>
    via(lines([`[${word()} [${word()}] ${word()}]P [\n]P`, `[line one\nline two\n]P`, `[${word()}]dPP[\n]P`])));
  family('print-empty-stack', 'p, n, P and f on an empty stack', 2, () =>
    via(lines([`${rng.pick(['p', 'n', 'P'])}`, 'f', `${small()}p`, 'c p'])));
  family('asciify', 'a: low-order byte of a number, first character of a string', 5, () => {
    const nums = many(4, () => rng.pick([String(rng.int(32, 126)), String(rng.int(256, 70000)), `_${rng.int(33, 126)}`, `${rng.int(65, 90)}.${frac(2)}`, `${rng.int(1, 9)}${rng.int(0, 9)}${rng.int(0, 9)}${rng.int(0, 9)}${rng.int(0, 9)}`]));
    return via(lines([...nums.map((n) => `${n}aP`), '10P', `[${word()}]a p`, '[]a p', `[${word()}]a Z p`, `${rng.int(65, 90)}a p X p`]));
  });
  family('asciify-build', 'building a word with a and P in a loop', 3, () => {
    const start = rng.int(65, 80);
    return via(`${start}si [liaP li1+dsi ${start + rng.int(3, 9)}!<m]dsmx 10P\n`);
  });
  family('unicode', 'UTF-8 text in strings: P, p, Z counts bytes, a takes the first byte', 3, () => {
    const u = rng.pick(['héllo', 'ünïcödé', '日本語', 'naïve café', 'Ωμέγα', '€100', '→ arrow']);
    return via(lines([`[${u}]p`, `[${u}]Zp`, `[${u}]aP 10P`, `[${u} ${small()}]P 10P`]));
  });

  // ================================================================ line wrapping
  family('wrap-default', 'numbers longer than 70 columns wrap with backslash-newline', 5, () =>
    via(lines([`${rng.int(60, 200)}k`, `${rng.int(1, 9)} ${rng.pick([3, 7, 11, 13, 17])}/p`, `_${intd(100, 250)}p`])));
  family('wrap-env', 'DC_LINE_LENGTH sets the wrapping width', 8, () => ({
    env: { DC_LINE_LENGTH: String(rng.pick([3, 4, 5, 10, 20, 33, 50, 69, 71, 100])) },
    ...via(lines([`${intd(80, 200)}p`, `_${intd(40, 90)}.${frac(rng.int(5, 30))}p`])),
  }));
  family('wrap-env-zero', 'DC_LINE_LENGTH=0 disables wrapping', 3, () => ({
    env: { DC_LINE_LENGTH: '0' },
    ...via(lines([`${rng.int(2, 9)} ${rng.int(200, 400)}^p`, `${rng.int(100, 200)}k 1 ${rng.pick([3, 7])}/p`])),
  }));
  family('wrap-env-invalid', 'DC_LINE_LENGTH values that are too small, negative, empty or not numbers', 5, (d, i) => ({
    env: { DC_LINE_LENGTH: [rng.pick(['1', '2']), rng.pick(['abc', 'x10', ' ']), rng.pick(['-5', '-1']), rng.pick(['15abc', '25 ']), ''][i - 1] },
    ...via(lines([`${rng.int(2, 9)} ${rng.int(150, 300)}^p`])),
  }), { duals: 5 });
  family('wrap-obase', 'wrapping of numbers printed in other output bases', 4, (d, i) => ({
    ...(i > 2 ? { env: { DC_LINE_LENGTH: String(rng.int(12, 40)) } } : {}),
    ...via(lines([`${rng.pick([16, 2, 8, 100, 1000, 65536])}o`, `${intd(60, 120)}p`])),
  }));
  family('wrap-f-n', 'f and n wrap long numbers too', 3, () => ({
    ...(rng.chance(0.5) ? { env: { DC_LINE_LENGTH: String(rng.int(15, 40)) } } : {}),
    ...via(lines([`${intd(75, 150)} ${intd(75, 150)} f`, `n [|]P 10P`])),
  }));
  family('wrap-strings', 'strings are never wrapped', 2, () => ({
    env: { DC_LINE_LENGTH: String(rng.int(10, 30)) },
    ...via(lines([`[${many(rng.int(12, 20), word).join(' ')}]p`, `[${many(rng.int(12, 20), word).join('-')}]P 10P`])),
  }));

  // ================================================================ bases
  family('ibase', 'i sets the input radix 2..16', 8, (d, i) => {
    const base = rng.int(2, 16);
    const nums = many(4, () => inBase(BigInt(intd(1, 15)), base));
    return via(lines([`${base}i`, ...nums.map((n) => `${n}p`), ...(i % 2 ? [`${nums[0]}.${inBase(BigInt(rng.int(0, base - 1)), base)}${inBase(BigInt(rng.int(0, base - 1)), base)}p`] : [])]));
  });
  family('ibase-letters', 'A-F are digits in any base; values above the radix still count', 4, () => {
    const base = rng.pick([2, 8, 10, 12, 16]);
    return via(lines([`${base}i`, ...many(4, () => `${rng.string(rng.int(1, 4), 'ABCDEF0123456789')}p`)]));
  });
  family('ibase-frac', 'fractions typed in another input radix', 4, () => {
    const base = rng.pick([2, 3, 8, 12, 16]);
    const ds = DIGS.slice(0, base);
    return via(lines([`${rng.int(0, 12)}k`, `${base}i`, ...many(3, () => `${rng.string(rng.int(1, 4), ds.slice(1))}.${rng.string(rng.int(1, 5), ds)}p`)]));
  });
  family('obase', 'o sets the output radix 2..16 for integers', 8, () => {
    const base = rng.int(2, 16);
    return via(lines([`${base}o`, ...many(4, () => `${neg(intd(1, 14))}p`)]));
  });
  family('obase-frac', 'fractions in other output radices', 5, () => {
    const base = rng.pick([2, 3, 5, 8, 12, 16, 20, 100]);
    return via(lines([`${rng.int(0, 12)}k`, `${base}o`, `${neg(dec(1, 6, 1, 6))}p`, `${rng.int(1, 9)} ${rng.pick([3, 7, 9])}/p`]));
  });
  family('obase-large', 'o above 16: each digit as a space-padded decimal group', 6, () => {
    const base = rng.pick([17, 20, 36, 60, 99, 100, 256, 1000, 1024, 12345, 65536, 1000000]);
    return via(lines([`${base}o`, ...many(3, () => `${neg(dec(1, 25, 0, rng.chance(0.3) ? 4 : 0))}p`)]));
  });
  family('base-query', 'I, O and K push the current parameters', 3, () => {
    const [ib, ob, k] = [rng.int(2, 16), rng.int(2, 36), rng.int(0, 30)];
    return via(lines(['I O K f c', `${k}k ${ob}o ${ib}i`, 'I O K f']));
  });
  family('base-errors', 'invalid radix or precision values are refused with a message', 7, (d, i) => {
    const bad = [
      `${rng.int(0, 1)}i`,
      `${rng.int(17, 99)}i`,
      `${rng.int(0, 1)}o`,
      `_${rng.int(1, 9)}k`,
      `[${word()}]${rng.pick(['i', 'o', 'k'])}`,
      `_${rng.int(2, 9)}o`,
      `${rng.int(2, 9)}.${rng.int(1, 9)}${rng.pick(['i', 'o', 'k'])}`,
    ][i - 1];
    return via(lines([bad, 'I O K f', `${small()}p`]));
  }, { duals: 7 });
  family('ibase-then-obase', 'after i changes, the number given to o is read in the new radix', 4, () => {
    const ib = rng.pick([2, 8, 16]);
    const ob = rng.pick([2, 8, 10, 16]);
    return via(lines([`${ib}i`, `${inBase(BigInt(ob), ib)}o`, ...many(3, () => `${inBase(BigInt(intd(2, 8)), ib)}p`), 'I p O p']));
  });
  family('base-convert', 'realistic base conversion: hex/binary/octal tables', 5, () => {
    const from = rng.pick([2, 8, 10, 16]);
    const to = rng.pick([2, 8, 10, 16].filter((b) => b !== from));
    const nums = many(rng.int(3, 6), () => inBase(BigInt(rng.int(0, 1000000)), from));
    return via(lines([`${to}o ${from}i`, ...nums.map((n) => `${n}p`)]));
  });

  // ================================================================ stack control
  family('stack-cdr', 'c clears, d duplicates, r swaps', 6, () => {
    const xs = many(rng.int(2, 5), () => neg(dec(1, 5, 0, 2)));
    return via(lines([xs.join(' '), rng.pick(['d', 'r', 'dr', 'rd']) + ' f', `[${rng.pick(['--', '=='])}]p c f z p`, `${small()} d * p r`]));
  });
  family('rotate', 'R rotates the top n items (negative n the other way, n > depth rotates all)', 8, () => {
    const depth = rng.int(2, 7);
    const xs = many(depth, (k) => String(k + 1));
    const n = rng.pick([rng.int(1, depth), -rng.int(1, depth), depth + rng.int(1, 4), 0, -(depth + rng.int(1, 3))]);
    return via(lines([xs.join(' '), `${n < 0 ? `_${-n}` : n}R f`, `c ${small()} [${word()}] ${small()} ${rng.pick(['2', '3', '_3'])}R f`]));
  });
  family('depth-z', 'z pushes the stack depth', 4, () => {
    const xs = many(rng.int(0, 6), () => neg(dec(1, 4, 0, 2)));
    return via(lines([`${xs.join(' ')} zp`, `c zp zp z z f`, `[${word()}] zp`]));
  });
  family('stack-empty', '"stack empty" for each command given too few values', 8, () => {
    const cmds = ['+', '-', '*', '/', '%', '~', '^', '|', 'v', 'd', 'r', 'n', 'p', 'P', 'a', 'x', 'Z', 'X', 'k', 'i', 'o', 'sa', 'Sa', ':a', ';a', '>a', '=a', '!<a', 'Q', 'R'];
    const picks = rng.shuffle(cmds).slice(0, 4);
    return via(lines(picks.map((c) => `${rng.chance(0.5) ? `${small()} ` : ''}${c} c`).concat([`${small()}p`])));
  }, { duals: 4 });
  family('stack-after-error', 'a failing command leaves the stack as it was', 3, () =>
    via(lines([`${small()} [${word()}] ${rng.pick(['+', '*', '-', '/'])}`, 'f', `c ${small()} 0 ${rng.pick(['/', '%'])}`, 'f', `c ${small()} ${rng.pick(['~', '|'])}`, 'f'])));

  // ================================================================ registers
  family('reg-s-l', 's stores, l copies back (the register keeps it)', 6, () => {
    const [a, b, c] = regs(3);
    return via(lines([`${neg(dec(1, 6, 0, 3))}s${a} ${neg(dec(1, 6, 0, 3))}s${b}`, `l${a} l${b} + p`, `l${a} l${a} * p`, `l${c}p`, `${small()}s${a} l${a}p z p`]));
  });
  family('reg-S-L', 'S pushes onto a register stack, L pops it back', 6, () => {
    const [a, b] = regs(2);
    const xs = many(rng.int(2, 5), () => neg(dec(1, 5, 0, 2)));
    return via(lines([xs.map((x) => `${x}S${a}`).join(' '), `l${a}p`, `L${a} L${a} f`, `l${a}p`, `[${word()}]S${b} ${small()}S${b} L${b} L${b} f`]));
  });
  family('reg-L-empty', 'L on an empty register stack: error naming the register', 3, () => {
    const r = rng.pick([...REGS, 'A', 'Z', '0', '9', '.', '+']);
    return via(lines([`${small()}p`, `L${r}`, `${small()}S${r} L${r} L${r} f`]));
  });
  family('reg-uninit', 'l of a register never set, or whose stack was emptied, gives 0', 2, () => {
    const [a, b] = regs(2);
    return via(lines([`l${a}p`, `${small()}S${b} L${b}p l${b}p`, `l${a} l${b} + p`]));
  });
  family('reg-names', 'any character names a register: digits, punctuation, space, uppercase', 4, () => {
    const names = rng.shuffle(['0', '9', 'A', 'Z', '.', '+', '(', ' ', '\t', '@', '~', 'p', 's', 'l', 'é'.slice(0, 1)]).slice(0, 3);
    return via(lines([...names.map((n, k) => `${small() + k}s${n}`), ...names.map((n) => `l${n}p`)]));
  });
  family('reg-strings', 'registers hold strings as well as numbers', 3, () => {
    const [a, b] = regs(2);
    return via(lines([`[${word()} ${word()}]s${a} ${small()}s${b}`, `l${a}p l${b}p`, `l${a} l${b} f`, `l${a}P [\n]P`]));
  });
  family('arrays', ': stores into an array, ; reads it back', 6, () => {
    const r = rng.pick(REGS);
    const idx = rng.shuffle(many(10, (k) => k)).slice(0, rng.int(2, 5));
    return via(lines([...idx.map((k) => `${neg(dec(1, 6, 0, 2))} ${k}:${r}`), ...rng.shuffle(idx).map((k) => `${k};${r}p`), `${rng.int(10, 99)};${r}p`, 'z p']));
  });
  family('arrays-loop', 'filling an array in a loop and summing it', 3, () => {
    const n = rng.int(4, 12);
    const m = rng.int(2, 9);
    return via(`0si [li ${m}* li:a li1+dsi ${n}>f]dsfx 0 0si [li;a+ li1+dsi ${n}>g]dsgx p ${n - 1};ap\n`);
  });
  family('arrays-errors', 'array index must be a non-negative integer; strings in arrays', 3, (d, i) => {
    const bad = [`${small()} _${rng.int(1, 9)}:a`, `${small()} ${rng.int(1, 9)}.5:a ${rng.int(1, 9)}.5;ap`, `[${word()}] ${rng.int(0, 9)}:a ${small()} [x];a`][i - 1];
    return via(lines([bad, 'f', `${rng.int(0, 5)};ap`]));
  }, { duals: 3 });
  family('arrays-big-index', 'large array indexes', 2, () => {
    const k = rng.int(1000, 2000000);
    return via(lines([`${small()} ${k}:q`, `${k};qp`, `${k + 1};qp`]));
  });

  // ================================================================ macros and strings
  family('macro-x', 'x executes a string; a number is pushed back', 4, () =>
    via(lines([`[${small()} ${small()}+p]x`, `${small()}x p`, `[[${word()}]P [ ]P]dxx 10P`, `[]x z p`])));
  family('macro-nested', 'nested brackets inside strings, strings that build strings', 3, () =>
    via(lines([`[[${word()}] [${word()} [${word()}]] f]x`, 'c', `[[${small()}p]x]x`, `[a[b[c]d]e]dZp P 10P`])));
  const cmpFamily = (op, note) =>
    family(`compare-${op.replace('!', 'not').replace('>', 'gt').replace('<', 'lt').replace('=', 'eq')}`, note, 3, (d, i) => {
      const pairs = many(4, () => {
        const a = neg(dec(1, 3, 0, 2), 0.3);
        const b = rng.chance(0.3) ? a : neg(dec(1, 3, 0, 2), 0.3);
        return `${a} ${b}${op}t`;
      });
      return via(lines(['[[yes]p]st', ...pairs.flatMap((p) => [p, '[-]p']), ...(i === 3 ? [`${small()}.0 ${small()}.00${op}t`] : [])]));
    }, { duals: 2 });
  cmpFamily('>', '>r runs register r when the top is greater');
  cmpFamily('<', '<r runs register r when the top is less');
  cmpFamily('=', '=r runs register r when the two are equal');
  cmpFamily('!>', '!>r runs register r when the top is not greater');
  cmpFamily('!<', '!<r runs register r when the top is not less');
  cmpFamily('!=', '!=r runs register r when the two differ');
  family('compare-nonmacro', 'comparison whose register holds a number, or nothing', 2, () => {
    const r = rng.pick(REGS);
    return via(lines([`${small()}s${r} 1 2>${r} 2 1<${r} f`, `c 3 3=${rng.pick(['Q', 'W', 'J'])} f z p`]));
  });
  family('compare-strings', 'comparisons need numbers: non-numeric value', 2, () =>
    via(lines(['[[yes]p]sy', `[${word()}] ${small()}${rng.pick(['>', '<', '=', '!='])}y`, 'f', `c [${word()}] [${word()}]=y f`])));
  family('loop-factorial', 'factorial with a recursive macro', 4, (d, i) => {
    const n = rng.int(i <= 2 ? 3 : 20, i <= 2 ? 12 : 60);
    return i % 2 ? via(`${n} [d1-d1<F*]dsFxp\n`) : via(`1sf 1si [li lf* sf li1+ dsi ${n}!<L]dsLx lfp\n`);
  });
  family('loop-fibonacci', 'Fibonacci numbers with a register loop', 4, (d, i) => {
    const n = rng.int(i <= 2 ? 5 : 60, i <= 2 ? 20 : 120);
    return via(`0sa1sb ${n}sn [lap la lb+ lb sa sb ln1-dsn0<f]dsfx\n`);
  });
  family('loop-gcd', 'Euclid: greatest common divisor', 4, () => {
    const g = rng.int(1, 500);
    const a = g * rng.int(1, 5000);
    const b = g * rng.int(1, 5000);
    return via(`${a}sa ${b}sb [la lb% lb sa sb lb0<g]dsgx lap\n`);
  });
  family('loop-count', 'counting loops: countdown and sums', 4, (d, i) => {
    const n = rng.int(3, 25);
    return i % 2 ? via(`${n} [p 1- d0<c]dscx\n`) : via(`0st 1si [lt li+st li1+dsi ${n}!<a]dsax ltp\n`);
  });
  family('loop-table', 'table of powers printed with n and P', 3, () => {
    const b = rng.int(2, 9);
    const n = rng.int(4, 12);
    return via(`1si [li n [ ]P ${b} li^ n 10P li1+dsi ${n}!<t]dstx\n`);
  });
  family('loop-digits', 'sum of decimal digits with ~', 2, () =>
    via(`0ss ${intd(8, 30)} [10~ ls+ss d0<d]dsdx ls p\n`));
  family('loop-collatz', 'Collatz sequence length', 2, () =>
    via(`${rng.int(7, 200)}sn 0sc [ln3*1+sn]so [ln2/sn]se [lc1+sc ln2%sq lq0=e lq1=o ln1<m]dsmx lcp\n`));
  family('loop-base-digits', 'printing the digits of a number in a base by hand', 2, () => {
    const b = rng.pick([2, 3, 7, 16]);
    return via(`${intd(3, 9)} [${b}~ r d0<r]dsrx sx [n [ ]P z0<q]dsqx 10P\n`);
  });
  family('quit-q', 'q leaves the current macro and its caller, or dc itself', 4, (d, i) =>
    [
      () => via(lines([`${small()}p`, `[[${word()}]p q [not]p]x`, `${small()}p`])),
      () => via(lines([`[[[in]p q [x]p]x [mid]p]x [${word()}]p`])),
      () => via(lines([`${small()}p q ${small()}p`])),
      () => via(lines([`[${small()}p]sa [lax q]sb lbx [after]p`, `${small()}p`])),
    ][i - 1](), { duals: 4 });
  family('quit-Q', 'Q pops a level count; it never leaves dc', 4, (d, i) => {
    const n = d ? rng.int(1, 4) : i;
    return via(lines([`[[[[L3]p ${n}Q [L3b]p]x [L2]p]x [L1]p]x [L0]p`, `${small()}p`]));
  });
  family('quit-Q-errors', 'Q with a count below 1 or a string, or deeper than the nesting', 3, (d, i) =>
    via(lines([[`${rng.pick(['0', '_1', '0.5'])}Q`, `[${word()}]Q`, `[${small()}p ${rng.int(4, 9)}Q [x]p]x`][i - 1], `${small()}p`])), { duals: 3 });
  family('exit-status-q', 'exit status of q from stdin, a file, -e and a macro', 4, (d, i) => {
    const t = `${small()}p q ${small()}p\n`;
    if (i === 1) return sin(t);
    if (i === 2) { const f = fname(); return { argv: [f], files: { [f]: t } }; }
    if (i === 3) return ex(t, `${small()}p`);
    return { argv: ['-f', 'a.dc', 'b.dc'], files: { 'a.dc': `${small()}p [q]x\n`, 'b.dc': `${small()}p\n` } };
  }, { duals: 4 });
  family('string-Z-X', 'Z counts characters of a string, X of a string is 0', 3, () =>
    via(lines([`[${word()} ${word()}]Zp`, `[${word()}.${rng.int(1, 99)}]Xp`, '[]Zp', `[${rng.string(rng.int(1, 30), 'abc xyz12')}]dZp r P 10P z p`])));
  family('number-Z-X', 'Z counts significant decimal digits, X fraction digits', 5, () =>
    via(lines(many(4, () => {
      const n = rng.pick([neg(dec(1, 12, 0, 6)), `0.${'0'.repeat(rng.int(1, 5))}${intd(1, 4)}`, '0', `${intd(1, 5)}${'0'.repeat(rng.int(1, 6))}`, `${intd(1, 3)}.${frac(3)}000`]);
      return `${n} Zp ${n} Xp`;
    }))));
  family('string-macro-build', 'realistic string handling: messages assembled from registers', 3, () => {
    const [a, b] = regs(2);
    return via(lines([`[${word()}: ]s${a} [ items]s${b}`, ...many(3, () => `l${a}P ${small()}n l${b}P 10P`), `l${a}Zp`]));
  });
  family('input-question', '? reads a line from standard input and executes it', 6, (d, i) => {
    const line = rng.pick([`${small()} ${small()}+p`, `${small()} ${small()} f`, `[${word()}]P 10P`, `${small()}sa`, `${rng.int(2, 16)}o ${small()}p`]);
    if (i <= 2) return { argv: ['-e', `? ? f [end]p`], stdin: `${line}\n${small()}\n` };
    if (i <= 4) { const f = fname(); return { argv: [f], files: { [f]: `?\nz p lap\n` }, stdin: `${line}\n` }; }
    return { argv: ['-e', `${small()}`, '-e', '? f'], stdin: `${line}` };
  });
  family('input-question-eof', '? at the end of input does nothing', 2, () =>
    ({ argv: ['-e', `${small()} ? ? f`], stdin: rng.chance(0.5) ? '' : `${small()}\n` }));
  family('input-question-stdin', '? inside a program read from stdin takes the rest of the current line', 2, () =>
    sin(lines([`${small()} ? ${small()}p`, `${small()} ${small()}`, 'f'])));
  family('comments', '# comments out the rest of the line', 3, () =>
    via(lines([`${small()}p # ${word()} p p`, `# ${word()} ${small()}p`, `${small()} ${small()} +#p`, 'p', `[#not a comment]p`])));
  family('unimplemented', 'characters that are not commands are reported on stdout', 4, () => {
    const chars = rng.shuffle(['g', 'h', 'j', 'm', 't', 'u', 'w', 'y', 'G', 'H', 'J', 'M', 'N', 'T', 'U', 'W', 'Y', '"', '$', '&', "'", '(', ')', ',', '@', '\\', '`', '{', '}', 'é']).slice(0, 3);
    return via(lines([`${small()} ${chars.join(' ')}`, 'f']));
  });
  family('whitespace', 'tabs, several spaces and blank lines between tokens; commands need no spaces', 2, () =>
    via(`\t${small()}\t\t${small()}  +\n\n  p   ${small()}${small()}*p${rng.int(1, 9)}sa la la*p\n`));
  family('crlf', 'carriage returns are not whitespace', 2, () =>
    via(`${small()} ${small()}+p\r\n${small()}p\r\n`));
  family('unterminated-string', 'a [ without its ] at the end of input is dropped', 2, () =>
    via(`${small()}p [${word()} ${small()}p`));
  family('non-numeric', 'arithmetic on strings: non-numeric value', 6, () => {
    const op = rng.pick(['+', '-', '*', '/', '%', '^', '~', '|', 'v']);
    return via(lines([`${small()} [${word()}] ${op === '|' ? `${small()} ` : ''}${op}`, 'f', `c [${word()}] ${small()}${rng.pick(['+', '*'])}`, 'f']));
  });
  family('div-zero', 'divide and remainder by zero leave the operands', 4, () =>
    via(lines([`${small()}p`, `${small()} ${rng.pick(['0', '0.0', '_0'])}${rng.pick(['/', '%', '~'])}`, 'f', `c ${small()} 0 ${rng.pick(['/', '%'])} f`])));
  family('overflow', 'values too large for a machine integer: punting', 2, (d, i) =>
    via(lines([[`1 2 3 ${intd(20, 30)}R f`, `${intd(20, 30)}k Kp`][i - 1], `${small()}p`])), { duals: 2 });

  // ================================================================ options, files, stdin
  family('opt-e', '-e runs its argument; several -e run in order', 5, (d, i) =>
    ex(...many(i, () => `${small()} ${small()}${rng.pick(['+', '*', '-'])}p`)));
  family('opt-expression', '--expression=EXPR and --expression EXPR', 3, (d, i) => ({
    argv: i === 2 ? ['--expression', `${small()} ${small()}*p`] : [`--expression=${small()} ${small()}+p`, `--exp=${small()}p`],
  }));
  family('opt-e-split', 'a macro or number split across two -e arguments', 2, () =>
    ex(`[${word()}`, `]p ${rng.int(1, 9)}`, `${rng.int(0, 9)}p`));
  family('opt-f', '-f reads commands from a file', 4, () => {
    const f = fname();
    return { argv: ['-f', f], files: { [f]: lines([`${small()} ${small()}+p`, `[${word()}]p`]) } };
  });
  family('opt-file-long', '--file=FILE and --file FILE', 3, (d, i) => {
    const f = fname();
    return { argv: i === 2 ? ['--file', f] : [`--file=${f}`], files: { [f]: `${small()}d*p\n` } };
  });
  family('file-operands', 'file operands are run in order; a stack carries over', 4, () => {
    const [f1, f2] = ['one', 'two'].map((p) => p + rng.pick(['.dc', '']));
    const r = rng.pick(REGS);
    return { argv: [f1, f2], files: { [f1]: `${small()}s${r} ${small()}\n`, [f2]: `l${r} + p\n` }, stdin: `${small()}p\n` };
  });
  family('order', '-e and -f run first in option order, then file operands', 4, () => {
    const f = fname();
    const g = 'z' + fname();
    return { argv: rng.shuffle([['-e', `[e]n ${small()}p`], [g], ['-f', f]]).flat(), files: { [f]: `[f]n ${small()}p\n`, [g]: `[operand]n ${small()}p\n` } };
  });
  family('stdin-dash', 'a file name of - reads standard input', 3, (d, i) => {
    const f = fname();
    if (i === 1) return { argv: [f, '-'], files: { [f]: `${small()} ${small()}\n` }, stdin: '+p\n' };
    if (i === 2) return { argv: ['-f', '-', '-e', `${small()}p`], stdin: `${small()}p\n` };
    return { argv: ['-', '-'], stdin: `${small()}p\n` };
  }, { duals: 3 });
  family('stdin-ignored', 'with -e or a file, standard input is not read as a program', 2, (d, i) => {
    if (i === 1) return { argv: ['-e', `${small()}p`], stdin: `${small()}p\n` };
    const f = fname();
    return { argv: [f], files: { [f]: `${small()}p\n` }, stdin: `${small()}p\n` };
  });
  family('file-missing', 'a missing file is reported; dc goes on', 4, (d, i) => {
    const f = fname();
    const miss = rng.pick(['nope.dc', 'missing', 'no_such_file', 'lib/absent.dc']);
    const argv = [[f, miss], ['-f', miss, '-e', `${small()}p`], [miss], ['-e', `${small()}`, `--file=${miss}`, '-e', 'p']][i - 1];
    return { argv, files: { [f]: `${small()}p\n` } };
  }, { duals: 4 });
  family('file-directory', 'a directory given as a file', 2, (d, i) => {
    const dir = rng.pick(['dir', 'sub', 'scripts']);
    return { argv: i === 1 ? [dir] : ['-f', dir, '-e', `${small()}p`], files: { [`${dir}/x`]: '1p\n' } };
  }, { duals: 2 });
  family('file-unreadable', 'a file that cannot be read', 2, (d, i) => {
    const f = fname();
    return { argv: i === 1 ? [f] : ['-f', f, '-e', `${small()}p`], files: { [f]: { text: `${small()}p\n`, mode: 0 } } };
  }, { duals: 2 });
  family('file-no-newline', 'input without a final newline', 2, (d, i) => {
    const t = `${small()} ${small()}*p`;
    if (i === 1) return sin(t);
    const f = fname();
    return { argv: [f], files: { [f]: t } };
  });
  family('file-empty', 'an empty file or -e ""', 2, (d, i) => {
    const f = fname();
    return i === 1 ? { argv: [f, '-e', `${small()}p`], files: { [f]: '' } } : { argv: ['-e', '', '-e', `${small()}p`] };
  });
  family('dcrc', '$HOME/.dcrc runs before everything else', 3, (d, i) => {
    const r = rng.pick(REGS);
    const rc = [`${small()}s${r} [rc ${word()}]p`, `${rng.pick([8, 16, 2])}o ${rng.int(2, 8)}k`, `[${word()}]s${r} ${small()} ${small()}`][i - 1];
    const v = via(lines([`l${r}p`, `${rng.int(100, 999)} ${rng.int(2, 9)}/p`, 'f']));
    return { ...v, env: { HOME: '.' }, files: { ...(v.files ?? {}), '.dcrc': `${rc}\n` } };
  }, { duals: 3 });
  family('opt-help', '-h/--help prints the usage and exits before any file is read', 2, (d, i) => {
    if (i === 1) return { argv: d ? [rng.pick(['--he', '--hel']), rng.pick(['nope.dc', 'missing'])] : ['--help'] };
    return { argv: d ? ['-h', '-e', `${small()}p`] : ['-h'], stdin: `${small()}p\n` };
  }, { duals: 2 });
  family('opt-help-first', '--help stops before any -e runs', 1, (d) => ({ argv: ['-e', `${small()}p`, d ? '-h' : '--help', '-e', `${small()}p`] }), { duals: 1 });
  family('opt-version', '-V/--version prints the version and exits', 2, (d, i) => {
    if (i === 1) return { argv: d ? [rng.pick(['--vers', '--versio']), rng.pick(['nope.dc', 'missing'])] : ['--version'] };
    return { argv: d ? ['-V', '-e', `${small()}p`] : ['-V'], stdin: `${small()}p\n` };
  }, { duals: 2 });
  family('opt-invalid', 'unknown options print the usage on stderr and exit 1', 4, (d, i) =>
    ({ argv: [[`-${rng.pick(['x', 'y', 'q', 'v', 'l'])}`, `--${rng.pick(['foo', 'bar', 'scale', 'verbose'])}`, `--${rng.pick(['help', 'version'])}=1`, `-${rng.pick(['Vx', 'hx'])}`][i - 1]], stdin: `${small()}p\n` }), { duals: 4 });
  family('opt-missing-arg', '-e / -f / --expression / --file without their argument', 4, (d, i) =>
    ({ argv: [...(rng.chance(0.5) ? ['-e', `${small()}p`] : []), ['-e', '-f', '--expression', '--file'][i - 1]] }), { duals: 4 });
  family('opt-double-dash', '-- ends the options: -e after it is a file name', 1, () =>
    ({ argv: ['--', '-e'], files: { '-e': `${small()}p\n` } }), { duals: 1 });

  // ================================================================ larger programs
  family('program-interest', 'compound interest with precision', 2, () =>
    via(`${rng.int(2, 8)}k ${rng.int(100, 9999)}sp 1.0${rng.int(1, 9)}sr 1sy [ly n [: ]P lp lr* dsp p ly1+dsy ${rng.int(4, 10)}!<l]dslx\n`));
  family('program-mean', 'mean of a list of values kept on the stack', 3, () => {
    const xs = many(rng.int(3, 10), () => dec(1, 4, 0, 2));
    return via(`${rng.int(1, 6)}k ${xs.join(' ')} z sn [+ z1<a]dsax ln/ p\n`);
  });
  family('program-sqrt-newton', 'Newton iteration for a square root compared with v', 2, () => {
    const n = rng.int(2, 999);
    return via(`${rng.int(5, 20)}k ${n}sn 1sx [ln lx/ lx+ 2/ sx]si ${rng.int(8, 14)}sc [lix lc1-dsc 0<l]dslx lxp ln vp\n`);
  });
  family('program-e-series', 'digits of e from the series sum 1/n!', 2, () =>
    via(`${rng.int(20, 60)}k 1se 1sf 1si [lf li* sf 1 lf/ le+ se li1+dsi ${rng.int(20, 40)}!<s]dssx lep\n`));
  family('program-hex-dump', 'a string turned into hex bytes with a and o', 2, () => {
    const w = word();
    return via(`16o ${bytesToNum(w)} [256~ r d0<b]dsbx sx [n [ ]P z0<c]dscx 10P\n`);
  });

  return cases;
}
