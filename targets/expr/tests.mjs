// Test cases for expr (GNU coreutils 9.1, Debian 12): a deterministic generator.
// All variation comes from the seeded rng; every idea added with add() gives a visible case and
// a hidden dual (same idea, other values). Some extra visible cases are pushed without a dual.
// Expected outputs are never written here: `mirrorcode prepare expr` runs the real program.
//
// The expression is the argv itself (each token one argument). Values are chosen in JS only to
// steer inputs (e.g. to avoid an accidental division by zero); results come from the reference.

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet',
  'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform',
  'victor', 'whiskey', 'xray', 'yankee', 'zulu', 'apple', 'banana', 'cherry', 'date', 'elder', 'fig',
  'grape', 'kiwi', 'lemon', 'mango', 'nectarine', 'olive', 'peach', 'quince', 'raspberry', 'melon'];
const UTF8_WORDS = ['café', 'naïve', 'Ærøskøbing', 'straße', 'über', 'jalapeño', 'façade', 'crème', 'smörgåsbord',
  'Ελλάδα', 'привет', 'мир', '日本語', 'こんにちは', '中文字符', 'ñandú', 'élève', 'Zürich', 'Łódź', 'señor',
  '🙂ok', 'a😀b', '€uro', 'ünïcødé', 'ĳssel', 'Ωmega', 'αβγδε', '한국어', 'naïveté', 'piñata'];
const DIRS = ['/usr/local/bin', '/home/alice/src', '/var/log', '/etc/nginx/sites-available', '/opt/app/releases/2021',
  '/srv/www/htdocs', '/tmp/build.42', 'lib/modules', './scripts', '../data/raw', '/mnt/backup/daily'];
const FILES = ['report.txt', 'archive.tar.gz', 'photo.JPG', 'main.c', 'config.yaml', 'index.html', 'README',
  'data.2021-03-04.csv', 'Makefile', 'setup.py', 'notes.md', 'libfoo.so.1.2.3', 'video.mp4', '.bashrc',
  'image.backup.png', 'run.sh', 'x', 'a.b.c.d'];
const KEYWORDS = ['match', 'substr', 'index', 'length', '+', '-', '*', '/', '%', ':', '|', '&', '<', '<=', '=', '==',
  '!=', '>=', '>', '(', ')'];
const REL = ['<', '<=', '=', '==', '!=', '>=', '>'];
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** @param {import('../../../main/src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const word = () => pick(WORDS);
  const uword = () => pick(UTF8_WORDS);
  const lower = (n) => rng.string(n, LOWER);
  /** an n-digit positive integer string without a leading zero */
  const digits = (n) => String(int(1, 9)) + rng.string(n - 1, DIGITS);
  const big = (lo, hi) => digits(int(lo, hi));
  const sgn = (s) => (rng.chance(0.5) ? `-${s}` : s);
  const nz = (a, b) => { let v = 0; while (v === 0) v = int(a, b); return v; };
  /** visible case only (no dual), pushed in the same shape add() uses */
  const solo = (id, note, c) => cases.push({ id, note, ...c });
  /** an idea kept as a visible case only: the first variant of make */
  const one = (id, note, make) => solo(id, note, make(0));
  const E = (...argv) => ({ argv: argv.map(String) });
  const EC = (...argv) => ({ argv: argv.map(String), env: { LC_ALL: 'C' } });

  // ================================================================ options and argument framing
  add('help', 'usage text; the dual uses an abbreviation of --help', (k) => E(k ? '--he' : '--help'));
  add('version', 'version text; the dual uses an abbreviation', (k) => E(k ? '--vers' : '--version'));
  one('help-after-dashdash', '-- then --help: --help is a string operand', (k) => E('--', k ? '--version' : '--help'));
  add('dashdash-negative', '-- before a negative first operand', (k) => E('--', `-${int(1, 900)}`, pick(['+', '-', '*']), int(1, 50)));
  add('negative-first', 'negative integer as first argument (not an option)', (k) => E(`-${int(1, 999)}`, k ? '-' : '+', int(1, 999)));
  one('unknown-long-option', 'an unknown long option alone is just a string', (k) => E(`--${k ? 'verbose' : 'foo'}`));
  solo('dashdash-only', '-- alone leaves no operand', E('--'));
  one('dashdash-twice', 'a second -- is an operand', (k) => (k ? E('--', '--', '=', '--') : E('--', '--')));
  solo('no-args', 'no operand at all', E());
  solo('dash-option', 'a short option is a string operand', E('-n'));

  // ================================================================ single operands and truth values
  one('single-word', 'one string operand is printed', () => E(word()));
  add('single-zero', 'a zero operand: exit status 1', (k) => E(k ? '000' : '0'));
  add('single-neg-zero', '-0 is null too (printed as given)', (k) => E(k ? '-000' : '-0'));
  add('single-empty', 'an empty string: null, exit 1', (k) => (k ? E('(', '', ')') : E('')));
  one('single-newline', 'a string with an embedded newline', () => E(`${word()}\n${word()}`));
  add('single-utf8', 'a UTF-8 string', () => E(uword()));

  // ================================================================ arithmetic
  add('add-small', 'sum of two small integers', () => E(int(0, 500), '+', int(0, 500)));
  add('sub-negative', 'difference that goes negative', () => { const a = int(1, 100); return E(a, '-', a + int(1, 900)); });
  add('mul-small', 'product', () => E(int(2, 999), '*', sgn(String(int(2, 999)))));
  add('div-neg-trunc', 'division of a negative dividend truncates toward zero', () => E(`-${int(10, 999)}`, '/', int(2, 9)));
  one('div-neg-divisor', 'division by a negative divisor', () => E(int(10, 999), '/', `-${int(2, 9)}`));
  add('mod-neg-dividend', 'remainder takes the sign of the dividend', () => E(`-${int(10, 999)}`, '%', int(3, 9)));
  add('mod-neg-divisor', 'remainder with a negative divisor', () => E(int(10, 999), '%', `-${int(3, 9)}`));
  one('sum-zero', 'sum that is exactly 0: exit 1', () => { const a = int(1, 9999); return E(a, '+', `-${a}`); });
  add('div-by-zero', 'division by zero: exit 2', (k) => E(int(1, 999), '/', k ? '-0' : '0'));
  add('mod-by-zero', 'remainder by zero: exit 2', (k) => E(int(1, 999), '%', k ? '000' : '0'));
  one('div-by-zero-expr', 'divisor computed as zero', () => { const a = int(1, 50); return E(int(1, 99), '/', '(', a, '-', a, ')'); });
  add('leading-zeros-arith', 'leading zeros in arithmetic operands', () => E(`00${int(1, 99)}`, '+', `0${int(1, 99)}`));
  one('neg-zero-arith', '-0 in arithmetic is 0', (k) => E(k ? '-00' : '-0', pick(['+', '*']), k ? '0' : '-0'));
  add('chain-left-assoc-sub', 'subtraction associates to the left', () => E(int(100, 999), '-', int(1, 50), '-', int(1, 50), '-', int(1, 20)));
  one('chain-mixed-mul-div-mod', 'left to right among * / %', () => E(int(100, 999), '*', int(2, 9), '/', int(3, 13), '%', int(5, 17)));
  add('prec-mul-over-add', '* binds tighter than +', () => E(int(1, 99), '+', int(1, 99), '*', int(1, 99)));
  add('parens-override', 'parentheses override precedence', () => E('(', int(1, 99), '+', int(1, 99), ')', '*', int(2, 99)));
  one('parens-nested', 'nested parentheses', () => E('(', '(', int(1, 50), '-', int(1, 50), ')', '*', '(', int(1, 9), '+', int(1, 9), ')', ')', '%', int(7, 31)));
  add('non-integer-word', 'arithmetic on a word: exit 2', () => E(word(), '+', int(1, 9)));
  add('non-integer-decimal', 'a decimal fraction is not an integer', () => E(`${int(1, 9)}.${int(1, 9)}`, '+', int(1, 9)));
  one('non-integer-lone-minus', 'a lone - as operand', (k) => (k ? E(int(1, 9), '*', '-', '-', int(1, 9)) : E('-', '+', '-')));
  add('quoted-plus-operand', 'a + after an operator quotes the next token', () => E(int(1, 99), '+', '+', int(1, 99)));

  // ---------------------------------------------------------------- big numbers (GMP)
  add('big-add', 'sums beyond 64 bits', () => E(big(20, 40), '+', big(20, 40)));
  add('big-sub-neg', 'big difference going negative', () => E(big(18, 25), '-', big(26, 35)));
  add('big-mul', 'big product', () => E(big(20, 35), '*', sgn(big(20, 35))));
  add('big-div', 'big quotient', () => E(big(40, 60), '/', big(10, 20)));
  add('big-mod', 'big remainder', () => E(sgn(big(40, 60)), '%', big(10, 20)));
  add('big-64bit-edge', 'around 2^63 and 2^64', (k) => E(k ? '18446744073709551615' : '9223372036854775807', '+', k ? '1' : '1'));
  one('big-factorial-like', 'a long product chain', () => {
    const n = int(18, 26); const argv = [];
    for (let i = n; i > 1; i--) { argv.push(i, '*'); }
    argv.push(1);
    return E(...argv);
  });
  add('big-compare', 'numeric comparison of long integers', () => { const a = big(30, 30); return E(a, pick(['<', '>', '=']), a.slice(0, -1) + String(int(0, 9))); });
  one('big-zero-result', 'huge equal numbers subtract to 0', () => { const a = big(30, 50); return E(a, '-', a); });

  // ---------------------------------------------------------------- random arithmetic trees
  const PREC = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2 };
  const bigDivT = (a, b) => a / b; // BigInt division truncates toward zero like mpz_tdiv_q
  /** random arithmetic tree: returns { tokens, value }, avoiding zero divisors */
  function arith(depth, root = true) {
    if (depth === 0 || (!root && rng.chance(0.25))) {
      const v = BigInt(rng.chance(0.2) ? -int(1, 99) : int(0, 999));
      return { tokens: [String(v)], value: v, op: null };
    }
    const op = pick(['+', '-', '*', '/', '%', '+', '-', '*']);
    const l = arith(depth - 1, false);
    let r = arith(depth - 1, false);
    let guard = 0;
    while ((op === '/' || op === '%') && r.value === 0n && guard++ < 20) r = arith(depth - 1, false);
    if ((op === '/' || op === '%') && r.value === 0n) r = { tokens: ['7'], value: 7n, op: null };
    const value = op === '+' ? l.value + r.value : op === '-' ? l.value - r.value : op === '*' ? l.value * r.value
      : op === '/' ? bigDivT(l.value, r.value) : l.value % r.value;
    const wrapL = l.op && (PREC[l.op] < PREC[op] || rng.chance(0.2));
    const wrapR = r.op && (PREC[r.op] <= PREC[op] || rng.chance(0.2));
    const tokens = [...(wrapL ? ['(', ...l.tokens, ')'] : l.tokens), op, ...(wrapR ? ['(', ...r.tokens, ')'] : r.tokens)];
    return { tokens, value, op };
  }
  for (let i = 1; i <= 6; i++) add(`arith-random-${i}`, 'random arithmetic expression with precedence and parentheses', () => E(...arith(i <= 2 ? 2 : i <= 4 ? 3 : 4).tokens));
  for (let i = 1; i <= 2; i++) solo(`arith-random-extra-${i}`, 'random arithmetic expression', E(...arith(3).tokens));

  // ================================================================ comparisons
  const numPair = () => { const a = sgn(String(int(0, 500))); return [a, rng.chance(0.3) ? a : sgn(String(int(0, 500)))]; };
  const strPair = () => { const a = word(); return [a, rng.chance(0.3) ? a : rng.chance(0.5) ? a.slice(0, int(1, a.length)) : word()]; };
  const REL_NAMES = ['lt', 'le', 'eq', 'eqeq', 'ne', 'ge', 'gt'];
  for (const [i, op] of REL.entries()) {
    const [a, b] = i % 2 ? strPair() : numPair();
    solo(`cmp-${i % 2 ? 'str' : 'num'}-${REL_NAMES[i]}`, `${i % 2 ? 'string' : 'numeric'} ${op}`, E(a, op, b));
  }
  add('cmp-num-random-op', 'numeric comparison, random operator', () => { const [a, b] = numPair(); return E(a, pick(REL), b); });
  add('cmp-str-random-op', 'string comparison, random operator', () => { const [a, b] = strPair(); return E(a, pick(REL), b); });
  add('cmp-num-vs-string-order', 'numeric order differs from string order (10 > 9)', () => E(int(10, 99), '>', int(2, 9)));
  add('cmp-mixed-is-string', 'one non-integer side makes it a string comparison', () => E(int(10, 99), '<', `${int(2, 9)}${pick(['a', 'x', ' ', '.'])}`));
  add('cmp-leading-zeros-equal', 'leading zeros compare equal numerically', () => { const n = int(1, 999); return E(`00${n}`, '=', String(n)); });
  one('cmp-negatives', 'negative numbers compare numerically', () => E(`-${int(2, 9)}`, pick(['<', '>']), `-${int(10, 99)}`));
  one('cmp-case', 'upper case sorts before lower case', () => { const w = word(); return E(w[0].toUpperCase() + w.slice(1), '<', w); });
  add('cmp-utf8', 'UTF-8 strings compare by code point in C.UTF-8', () => E(uword(), pick(['<', '>']), uword()));
  add('cmp-chain', 'comparisons associate to the left', () => E(int(1, 9), '<', int(1, 9), '<', int(0, 2)));
  one('cmp-after-arith', 'arithmetic binds tighter than comparison', () => { const a = int(1, 50), b = int(1, 50); return E(a, '+', b, '=', rng.chance(0.5) ? a + b : a + b + 1); });
  one('cmp-result-then-arith', 'a comparison result used in arithmetic', () => E('(', int(1, 9), '<', int(1, 9), ')', '+', int(1, 9)));
  one('cmp-numeric-strings-signs', 'a + sign makes it a string comparison', () => E(`+${int(1, 9)}`, '<', String(int(1, 9))));

  // ================================================================ | and &
  add('or-first-nonnull', '| returns its first argument when not null', () => E(word(), '|', word()));
  add('or-first-null-zero', '| with a 0 first argument returns the second', () => E(rng.chance(0.5) ? '0' : '00', '|', word()));
  add('or-both-null', '| with both null gives 0 (exit 1)', (k) => (k ? E('-0', '|', '') : E('', '|', '0')));
  add('and-both-nonnull', '& returns its first argument', () => E(word(), '&', int(1, 999)));
  add('and-second-null', '& with a null second argument gives 0', () => E(word(), '&', rng.chance(0.5) ? '' : '0'));
  add('and-over-or', '& binds tighter than |', (k) => (k ? E(word(), '|', '0', '&', word()) : E('0', '|', word(), '&', '')));
  one('or-chain', 'a chain of | picks the first non-null', () => E('', '|', '0', '|', rng.chance(0.5) ? '-0' : '00', '|', word(), '|', word()));
  add('or-short-circuit', '| does not evaluate its right side when not needed', () => E(int(1, 99), '|', '(', int(1, 9), '/', '0', ')'));
  add('and-short-circuit', '& does not evaluate its right side after null', () => E('0', '&', '(', word(), '+', int(1, 9), ')'));
  one('or-evaluates-right', '| evaluates its right side after null (error)', () => E('0', '|', '(', int(1, 9), '/', '0', ')'));
  one('and-short-circuit-syntax', 'short circuit still parses the right side', () => E('0', '&', '(', int(1, 9), '+', ')'));
  one('logic-with-comparisons', 'comparisons combined with & and |', () => {
    const a = int(1, 99), b = int(1, 99), c = int(1, 99);
    return E(a, '<', b, '&', b, '<', c, '|', a, '=', c);
  });
  add('basename-idiom', 'the manual\'s basename idiom: path : \'.*/\\(.*\\)\' | path', () => {
    const p = rng.chance(0.7) ? `${pick(DIRS)}/${pick(FILES)}` : pick(FILES);
    return E(p, ':', '.*/\\(.*\\)', '|', p);
  });

  // ================================================================ length
  add('length-ascii', 'length of a word', () => E('length', word() + word()));
  add('length-utf8', 'length counts characters in UTF-8', () => E('length', uword()));
  add('length-utf8-c-locale', 'length counts bytes in the C locale', () => EC('length', uword()));
  add('length-keyword-quoted', 'length + KEYWORD', () => E('length', '+', pick(['length', 'substr', 'index', 'match', '/', '('])));
  one('length-keyword-unquoted', 'length KEYWORD is a syntax error', () => E('length', pick(['length', 'substr', 'index', 'match'])));
  one('length-paren-expr', 'length of a parenthesised arithmetic result', () => E('length', '(', big(5, 12), '*', big(5, 12), ')'));
  one('length-nested-string-op', 'length of a substr result', () => E('length', 'substr', word() + word(), int(1, 4), int(1, 6)));

  // ================================================================ substr
  add('substr-basic', 'substr from a position', () => { const s = word() + word(); return E('substr', s, int(1, 5), int(1, 6)); });
  add('substr-to-end', 'length beyond the end is clipped', () => { const s = word(); return E('substr', s, int(2, s.length), int(20, 99)); });
  add('substr-pos-zero', 'position 0 gives the null string', () => E('substr', word(), '0', int(1, 5)));
  one('substr-neg-pos', 'negative position gives the null string', () => E('substr', word(), `-${int(1, 5)}`, int(1, 5)));
  add('substr-neg-len', 'negative length gives the null string', () => E('substr', word(), int(1, 3), `-${int(1, 5)}`));
  add('substr-nonnum', 'non-numeric position gives the null string', () => E('substr', word(), lower(2), int(1, 5)));
  add('substr-huge-len', 'a length beyond any machine size', () => E('substr', word() + word(), int(1, 5), big(25, 30)));
  one('substr-huge-pos', 'a position beyond any machine size', () => E('substr', word(), big(25, 30), int(1, 5)));
  add('substr-utf8', 'substr counts characters in UTF-8', () => { const s = uword() + uword(); return E('substr', s, int(1, 4), int(1, 5)); });
  one('substr-utf8-c-locale', 'substr counts bytes in the C locale (ASCII slice)', () => EC('substr', `${word()}${uword()}`, int(1, 2), int(1, 2)));
  one('substr-expr-args', 'substr with computed position and length', () => E('substr', word() + word(), '(', int(1, 3), '+', int(0, 2), ')', '(', int(2, 6), '-', int(0, 1), ')'));
  one('substr-keyword-string', 'substr + KEYWORD', () => E('substr', '+', pick(['substr', 'length', 'index']), int(1, 3), int(1, 3)));

  // ================================================================ index
  add('index-charset', 'earliest position of any char of the set', () => E('index', word() + word(), lower(3)));
  add('index-not-found', 'no char found: 0', () => E('index', 'aeiou'.repeat(int(1, 3)), pick(['xyz', 'qw', 'bcd', 'Z'])));
  one('index-empty-set', 'empty char set: 0', () => E('index', word(), ''));
  one('index-manual-example', 'the manual\'s example: index abcdef cz', (k) => (k ? E('index', 'qwerty', 'yt') : E('index', 'abcdef', 'cz')));
  one('index-keyword-error', 'manual example: index index a is a syntax error', (k) => (k ? E('index', 'length', 'h') : E('index', 'index', 'a')));
  add('index-keyword-quoted', 'manual example: index + index a', (k) => (k ? E('index', '+', 'length', 'g') : E('index', '+', 'index', 'a')));
  add('index-utf8', 'index counts characters in UTF-8', () => { const w = uword(); const chars = [...w]; return E('index', `${w}${word()}`, chars[int(0, chars.length - 1)] + 'q'); });
  one('index-utf8-c-locale', 'index counts bytes in the C locale', () => { const w = uword(); return EC('index', `${w}xyz`, pick(['x', 'y', 'z'])); });
  one('index-special-chars', 'regex-special characters are plain in index', () => E('index', `${word()}.${word()}*`, pick(['.*', '*', '[]', '\\^.'])));

  // ================================================================ match and :
  add('colon-count', 'STRING : REGEX counts matched characters', () => { const w = word(); return E(w, ':', `${w.slice(0, 2)}.*`); });
  one('colon-partial', 'a partial match counts only what matched', () => { const w = word(); return E(w + word(), ':', w); });
  add('colon-group', '\\(...\\) returns the captured text', () => { const f = pick(FILES).replace(/\..*/, ''); const e = pick(['txt', 'gz', 'c', 'md', 'png']); return E(`${f}.${e}`, ':', '.*\\.\\(.*\\)'); });
  add('colon-group-no-match', 'no match with a group: null string, exit 1', () => E(word(), ':', '\\([0-9][0-9]*\\)'));
  add('colon-group-unused', 'a group that did not take part gives the null string', (k) => (k ? E('xyz', ':', '\\(q\\)*x') : E('b', ':', '\\(a\\)*b')));
  add('colon-first-group-only', 'only the first group counts', () => E(`${word()}-${int(10, 99)}`, ':', '\\([a-z]*\\)-\\([0-9]*\\)'));
  add('colon-plus', '\\+ (GNU): one or more; manual example aaa : a\\+', (k) => (k ? E('bbbbbc', ':', 'b\\+') : E('aaa', ':', 'a\\+')));
  add('colon-alternation', '\\| (GNU): alternatives', () => { const w = word(); return E(w, ':', `${word().slice(0, 2)}\\|${w.slice(0, int(1, 3))}[a-z]`); });
  one('colon-manual-group', 'manual example: abc : a\\(.\\)c', (k) => (k ? E('xyz', ':', 'x\\(.\\)z') : E('abc', ':', 'a\\(.\\)c')));
  one('colon-star-leading', 'a leading * is literal', () => E(`*${word()}`, ':', '*[a-z]*'));
  add('colon-interval', '\\{m,n\\} repetition', () => E('x'.repeat(int(2, 9)), ':', `x\\{${int(1, 2)},${int(3, 5)}\\}`));
  one('colon-interval-open', '\\{n,\\} repetition', () => E('ab'.repeat(int(1, 6)), ':', `\\(ab\\)\\{${int(1, 3)},\\}`));
  add('colon-bracket-negated', 'negated bracket expression', () => E(`${word()}=${int(1, 99)}`, ':', '\\([^=]*\\)='));
  add('colon-char-class', '[[:digit:]] and [[:alpha:]] classes', () => E(`${int(1, 9999)}${word()}`, ':', pick(['[[:digit:]]*', '[[:alnum:]]*', '\\([[:digit:]]*\\)[[:alpha:]]'])));
  add('colon-backref', 'back-reference \\1', () => { const w = lower(int(1, 4)); return E(`${w}${w}${lower(2)}`, ':', '\\(.*\\)\\1'); });
  add('colon-dollar', '$ anchors at the end', () => E(word(), ':', rng.chance(0.5) ? '.*a$' : '[a-z]*$'));
  one('colon-dollar-middle', 'a $ in the middle is literal', () => E(`${lower(2)}$${lower(2)}`, ':', '..$..'));
  one('colon-caret-middle', 'a ^ not at the start is literal', () => E(`a^${lower(3)}`, ':', 'a^.*'));
  add('colon-dot-newline', '. matches a newline', () => E(`${word()}\n${word()}`, ':', '.*'));
  one('colon-literal-braces', 'plain { } and ( ) are literal', () => E(`f(${lower(2)}){x}`, ':', 'f(\\(..\\)){x}'));
  one('colon-empty-regex', 'an empty regex matches 0 chars', () => E(word(), ':', ''));
  add('colon-utf8-count', 'the count is in characters in UTF-8', () => E(uword(), ':', '.*'));
  add('colon-utf8-count-c', 'the count is in bytes in the C locale', () => EC(uword(), ':', '.*'));
  one('colon-utf8-dot', '. matches one multibyte character', () => { const w = uword(); return E(w, ':', '\\(..\\)'); });
  one('colon-utf8-bracket', 'a bracket expression with a multibyte character', () => E(`${pick(['é', 'ü', 'ñ'])}${word()}`, ':', '[éüñ]\\(.*\\)'));
  one('colon-result-arith', ': binds tighter than +', () => E(word(), ':', '[a-z]*', '+', int(1, 99)));
  one('colon-chained', ': associates to the left', () => E(`${word()}/${word()}`, ':', '\\(.*\\)', ':', '[a-z]*/\\(.*\\)'));
  add('colon-greedy-alternation', 'POSIX leftmost-longest alternation', (k) => (k ? E(`${pick(['xy', 'xyz'])}${lower(2)}`, ':', '\\(x\\|xyz\\|xy\\)') : E(`${pick(['ab', 'abc', 'abcd'])}x`, ':', '\\(a\\|ab\\|abc\\)')));
  add('colon-group-star-last-iter', 'a repeated group captures its last iteration', () => E(`${lower(2)}${lower(2)}${lower(2)}`, ':', '\\(..\\)*'));
  one('match-keyword', 'match STRING REGEX', () => { const w = word(); return E('match', w, `${w[0]}.*`); });
  add('match-keyword-group', 'match with a group', () => E('match', `${pick(['v', 'version-', 'release '])}${int(1, 9)}.${int(0, 9)}`, '[^0-9]*\\([0-9]*\\)'));
  one('match-keyword-missing', 'match with one operand', () => E('match', word()));
  one('match-quoted-keyword', 'match + KEYWORD', () => { const kw = pick(['match', 'index', 'length']); return E('match', '+', kw, `${kw.slice(0, 2)}.*`); });
  add('plus-token-operator', '+ TOKEN with an operator as the token', (k) => E('+', k ? pick(['*', '%', '&', '=']) : pick(['/', '|', ':', '<'])));
  one('plus-token-colon', 'manual idiom: + "$x" : \'.*/\\(.\\)\'', () => { const x = pick(['/', 'index', 'match']); return E('+', x, ':', '\\(.\\)'); });
  one('plus-token-length', 'manual idiom: length + "$x"', (k) => E('length', '+', k ? '/' : 'index'));

  // ---------------------------------------------------------------- realistic shell idioms
  add('idiom-extension', 'extracting a file extension', () => E(pick(FILES), ':', '.*\\.\\([^.]*\\)$'));
  one('idiom-is-number', 'checking that a value is all digits', () => { const v = rng.chance(0.5) ? String(int(0, 99999)) : `${int(1, 99)}${pick(['a', '.5', ' ', '-'])}`; return E(v, ':', '[0-9][0-9]*$'); });
  add('idiom-version-minor', 'minor number of a version string', () => E(`${int(1, 30)}.${int(0, 99)}.${int(0, 999)}`, ':', '[0-9]*\\.\\([0-9]*\\)'));
  one('idiom-prefix-test', 'portable " $x" : " \\(.*\\)" trick', () => E(` ${pick(['-n', '=', 'index', '('])}`, ':', ' \\(.*\\)'));
  one('idiom-max', 'picking the larger: ( a > b ) * a + ( a <= b ) * b', () => { const a = int(1, 999), b = int(1, 999); return E('(', a, '>', b, ')', '*', a, '+', '(', a, '<=', b, ')', '*', b); });

  // ================================================================ syntax errors
  add('err-unexpected-arg', 'two operands without an operator', () => E(word(), word()));
  add('err-missing-after-op', 'an operator without right operand', () => E(int(1, 99), pick(['+', '-', '*', '/', '%'])));
  one('err-missing-after-colon', ': without a regex', () => E(word(), ':'));
  one('err-open-paren-only', 'a lone (', (k) => (k ? E(word(), '+', '(') : E('(')));
  add('err-close-paren-only', 'a lone )', (k) => (k ? E(')', word()) : E(')')));
  add('err-unclosed-paren', '( without )', () => E('(', int(1, 9), '+', int(1, 9)));
  add('err-paren-wrong-token', '( expr followed by another token', () => E('(', int(1, 9), int(1, 9), ')'));
  one('err-empty-parens', '( ) is an error', (k) => (k ? E(int(1, 9), '*', '(', ')') : E('(', ')')));
  one('err-operator-first', 'an operator where an operand is expected: taken as a string', () => E(pick(['*', '/', '%', '<', '=']), int(1, 9)));
  add('err-quote-newline', 'the diagnostic quotes a newline as \\n', () => E(word(), `${word()}\n${word()}`));
  one('err-quote-apostrophe', 'the diagnostic quotes an apostrophe', () => E(word(), `${word()}'s`));
  one('err-quote-utf8', 'the diagnostic keeps UTF-8 text', () => E(word(), uword()));
  add('err-quote-c-locale', 'ASCII quotes in the C locale', () => EC(word(), word()));
  one('err-missing-c-locale', 'missing argument in the C locale', () => EC(int(1, 9), pick(['+', '|', ':'])));
  one('err-quote-ctrl', 'a control character in the diagnostic', () => E(word(), `${lower(2)}\x01${lower(2)}`));
  one('err-divzero-c-locale', 'division by zero in the C locale', () => EC(int(1, 99), '%', '0'));

  // ---------------------------------------------------------------- regex compile errors (exit 2)
  add('re-unmatched-open', 'Unmatched ( or \\(', () => E(word(), ':', `\\(${lower(2)}`));
  one('re-unmatched-close', 'Unmatched ) or \\)', () => E(word(), ':', `${lower(2)}\\)`));
  one('re-unmatched-bracket', 'Unmatched [', () => E(word(), ':', `[${lower(2)}`));
  add('re-bad-interval', 'Invalid content of \\{\\}', () => { const a = int(3, 9); return E(word(), ':', `a\\{${a},${a - int(1, 2)}\\}`); });
  add('re-bad-backref', 'Invalid back reference', () => E(word(), ':', `\\(a\\)\\${int(2, 9)}`));
  add('re-trailing-backslash', 'Trailing backslash', () => E(word(), ':', `${lower(2)}\\`));
  add('re-bad-class', 'Invalid character class name', () => E(word(), ':', `[[:${pick(['letter', 'number', 'foo'])}:]]`));
  one('re-empty-range', 'an empty range is accepted (matches nothing)', () => E(word(), ':', `[${pick(['z-a', 'm-c'])}]*`));
  one('re-error-short-circuit', 'an unevaluated bad regex is not compiled', () => E('0', '&', '(', word(), ':', '\\(', ')'));
  one('re-error-c-locale', 'a regex error in the C locale', () => EC(word(), ':', `${lower(2)}\\)`));

  // ================================================================ random mixed expressions
  /** random string-valued or number-valued terms for mixed expressions */
  function term() {
    switch (int(0, 6)) {
      case 0: return ['length', word()];
      case 1: { const w = word() + word(); return ['substr', w, String(int(1, 6)), String(int(1, 6))]; }
      case 2: return ['index', word(), lower(2)];
      case 3: { const w = word(); return [w, ':', `${w.slice(0, 1)}[a-z]*`]; }
      case 4: return ['(', String(int(1, 50)), pick(['+', '-', '*']), String(int(1, 50)), ')'];
      case 5: return [String(int(0, 99))];
      default: return [word()];
    }
  }
  for (let i = 1; i <= 4; i++) {
    add(`mixed-random-${i}`, 'random mix of string, comparison and logical operators', () => {
      const argv = [...term()];
      const n = int(1, 3);
      for (let j = 0; j < n; j++) argv.push(pick([...REL, '|', '&', '|']), ...term());
      return E(...argv);
    });
  }
  for (let i = 1; i <= 3; i++) {
    solo(`mixed-random-extra-${i}`, 'random mix of string, comparison and logical operators', (() => {
      const argv = [...term()];
      const n = int(1, 4);
      for (let j = 0; j < n; j++) argv.push(pick([...REL, '|', '&']), ...term());
      return E(...argv);
    })());
  }
  // keyword tokens as plain operands in the second position after + quoting
  for (let i = 1; i <= 2; i++) {
    const kw = pick(KEYWORDS);
    solo(`quoted-keyword-${i}`, '+ quotes keywords and operators', E('+', kw, pick(['=', '!=', '<']), '+', pick(KEYWORDS.filter((x) => x !== kw))));
  }
  // extra visible single-idea cases without duals (more visible than hidden, as the tier wants)
  for (let i = 1; i <= 2; i++) solo(`cmp-random-extra-${i}`, 'random comparisons', E(sgn(String(int(0, 99))), pick(REL), rng.chance(0.5) ? sgn(String(int(0, 99))) : word()));
  for (let i = 1; i <= 2; i++) { const s = word() + uword(); solo(`substr-random-extra-${i}`, 'random substr', E('substr', s, int(1, 12), int(1, 8))); }
  for (let i = 1; i <= 2; i++) solo(`colon-random-extra-${i}`, 'random anchored regex match', E(`${word()}${int(0, 999)}`, ':', pick(['[a-z]*\\([0-9]*\\)', '\\([a-z]*\\)', '[a-z]\\{2,4\\}', '.*[0-9]', '\\(.\\).*\\1'])));
  for (let i = 1; i <= 1; i++) solo(`index-random-extra-${i}`, 'random index', E('index', word() + uword(), lower(2) + pick(['é', 'ü', 'ß', ''])));
  for (let i = 1; i <= 1; i++) solo(`big-random-extra-${i}`, 'random big arithmetic', E(sgn(big(15, 40)), pick(['+', '-', '*', '/', '%']), sgn(big(1, 20))));
  return cases;
}
