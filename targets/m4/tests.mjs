// Test-case generator for GNU m4 1.4.19 (Debian 12).
//
// Every idea is generated as a few visible instances, each with a hidden dual
// ("<id>.dual") that exercises the same idea with other values from the rng.
//
// m4 source is written in JS template literals with « and » standing for
// m4's default quotes ` and ' (see m()), so that ${...} interpolation stays
// readable.

const BUILTINS = new Set([
  'builtin', 'changecom', 'changequote', 'debugfile', 'debugmode', 'decr', 'define', 'defn',
  'divert', 'divnum', 'dnl', 'dumpdef', 'errprint', 'esyscmd', 'eval', 'format', 'ifdef',
  'ifelse', 'include', 'incr', 'index', 'indir', 'len', 'm4exit', 'm4wrap', 'maketemp',
  'mkstemp', 'patsubst', 'popdef', 'pushdef', 'regexp', 'shift', 'sinclude', 'substr',
  'syscmd', 'sysval', 'traceoff', 'traceon', 'translit', 'undefine', 'undivert', 'unix',
  'windows', 'os2', 'gnu', 'forloop', 'foreach', 'reverse', 'loop',
]);
const WORDS = [
  'apple', 'river', 'stone', 'cloud', 'forest', 'candle', 'harbor', 'meadow', 'copper',
  'silver', 'lantern', 'garden', 'window', 'thunder', 'pepper', 'marble', 'falcon', 'tiger',
  'violet', 'orange', 'planet', 'rocket', 'bridge', 'castle', 'desert', 'island', 'jungle',
  'kettle', 'ladder', 'mirror', 'needle', 'pillow', 'rabbit', 'saddle', 'tunnel', 'velvet',
  'wizard', 'yellow', 'zipper', 'anchor', 'basket', 'cactus', 'dragon', 'engine', 'feather',
];
const CONS = 'bcdfghjklmnprstvwz';
const VOW = 'aeiou';

/** convert « » to m4's default quotes */
const m = (s) => s.replace(/«/g, '`').replace(/»/g, "'");

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng }) {
  const cases = [];
  const seen = new Set();
  const usedNames = new Set();
  const key = (c) => JSON.stringify([c.argv, c.stdin ?? null, c.files ?? null, c.env ?? null]);

  // ---------------------------------------------------------------- helpers
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const word = () => pick(WORDS);
  const words = (n) => many(n, word).join(' ');
  /** a fresh-looking macro name (never a builtin, never a plain word of WORDS) */
  const name = (prefix = '') => {
    for (;;) {
      let s = prefix;
      const n = int(2, 3);
      for (let i = 0; i < n; i++) s += pick([...CONS]) + pick([...VOW]);
      if (rng.chance(0.3)) s += pick(['_x', '_1', '2', 'Q', '_v']);
      if (!BUILTINS.has(s) && !WORDS.includes(s)) return s;
    }
  };
  /** n distinct names */
  const names = (n, prefix = '') => {
    const out = new Set();
    while (out.size < n) out.add(name(prefix));
    return [...out];
  };
  const text = () => `${word()} ${word()}${rng.chance(0.5) ? `, ${word()}` : ''}`;
  const lower = (n) => rng.string(n, 'abcdefghijklmnopqrstuvwxyz');

  /** random eval expression tree */
  const expr = (depth) => {
    if (depth <= 0 || rng.chance(0.25)) {
      const v = int(0, 60);
      return rng.chance(0.15) ? `-${v}` : String(v);
    }
    const op = pick(['+', '-', '*', '/', '%', '**', '<<', '>>', '&', '|', '^', '&&', '||', '==', '!=', '<', '<=', '>', '>=', 'u-', 'u~', 'u!', 'u+', '()']);
    if (op === '()') return `(${expr(depth - 1)})`;
    if (op.startsWith('u')) return `${op.slice(1)}${rng.chance(0.5) ? `(${expr(depth - 1)})` : String(int(0, 40))}`;
    let right;
    if (op === '/' || op === '%') right = String(int(1, 9));
    else if (op === '**') right = String(int(0, 4));
    else if (op === '<<' || op === '>>') right = String(int(0, 12));
    else right = expr(depth - 1);
    const left = op === '**' ? String(int(-5, 9)).replace(/^-(.*)/, '(-$1)') : expr(depth - 1);
    const sp = rng.chance(0.5) ? ' ' : '';
    return `${left}${sp}${op}${sp}${right}`;
  };

  /** choose how the program is fed: stdin or a file argument */
  const feed = (src, extra = {}) => {
    const { argv = [], files, viaFile } = extra;
    const useFile = viaFile ?? rng.chance(0.35);
    if (useFile) {
      const fname = pick(['in.m4', 'main.m4', 'prog.m4', 'input.txt']);
      return { argv: [...argv, fname], files: { ...(files ?? {}), [fname]: src } };
    }
    return { argv, stdin: src, ...(files ? { files } : {}) };
  };

  /**
   * Add `count` visible tests "<id>-<i>", each with a hidden dual.
   * make(isDual) returns { argv, stdin?, files?, env? }.
   */
  const add = (id, note, make, count = 3, dual = true) => {
    for (let i = 1; i <= count; i++) {
      const vid = count === 1 ? id : `${id}-${i}`;
      let v;
      for (let t = 0; t < 40; t++) {
        v = make(false);
        if (!seen.has(key(v))) break;
      }
      if (seen.has(key(v))) {
        if (i > 1) break; // the idea has few variants
        throw new Error(`duplicate visible test: ${vid}`);
      }
      seen.add(key(v));
      cases.push({ id: vid, note, ...v });
      if (!dual) continue;
      let h;
      for (let t = 0; t < 40; t++) {
        h = make(true);
        if (!seen.has(key(h))) break;
      }
      if (seen.has(key(h))) continue; // no distinct dual available
      seen.add(key(h));
      cases.push({ id: `${vid}.dual`, note, ...h, hidden: true, dualOf: vid });
    }
  };

  // ================================================================ define & friends
  add('define-basic', 'define simple macros and expand them in running text', () => {
    const ns = names(int(2, 4));
    const defs = ns.map((n) => m(`define(«${n}», «${text()}»)dnl\n`)).join('');
    const body = many(int(3, 6), () => `${word()} ${pick(ns)} ${word()}${rng.chance(0.4) ? ` ${pick(ns)}` : ''}\n`).join('');
    return feed(defs + body);
  }, 6);
  add('define-args', 'macros using $1..$9 in various orders', () => {
    const n = name();
    const k = int(2, 9);
    const order = rng.shuffle(many(k, (i) => `$${i + 1}`));
    const def = m(`define(«${n}», «[${order.join('-')}]»)dnl\n`);
    const calls = many(int(2, 4), () => `${n}(${many(int(0, 10), () => word()).join(', ')})\n`).join('');
    return feed(def + calls);
  }, 5);
  add('define-argcount', '$# with zero, empty and several arguments', () => {
    const n = name();
    const calls = rng.shuffle([`${n}`, `${n}()`, `${n}(,)`, `${n}( , , )`, `${n}(${many(int(1, 12), word).join(',')})`, `${n}(«a,b»,c)`]).slice(0, 5);
    return feed(m(`define(«${n}», ««$0» has $# args»)dnl\n${calls.join('\n')}\n`));
  }, 4);
  add('define-star-at', '$* versus $@ with quoted and macro-named arguments', () => {
    const [n, s, a, w] = names(4);
    const args = [word(), `«${w}»`, w, `«x,y»`, word()];
    return feed(m(`define(«${w}», «EXPANDED»)dnl\ndefine(«${s}», «[$*]»)dnl\ndefine(«${a}», «[$@]»)dnl\ndefine(«${n}», «$#»)dnl\n${s}(${args.join(', ')})\n${a}(${args.join(', ')})\n${n}(${s}(1,2,3)) ${n}(${a}(1,2,3))\n`));
  }, 3);
  add('define-multidigit-args', 'arguments beyond $9: $10, $11 (GNU) and ${10}', () => {
    const n = name();
    const k = int(10, 14);
    return feed(m(`define(«${n}», «$# $1 $9 $10 $${k - 1} \${10}»)dnl\n${n}(${many(k, (i) => `a${i + 1}`).join(',')})\n`));
  }, 2);
  add('define-dollar-zero', '$0 is the macro name', () => {
    const [a, b] = names(2);
    return feed(m(`define(«${a}», «<«$0»:$1>»)dnl\ndefine(«${b}», defn(«${a}»))dnl\n${a}(${word()}) ${b}(${word()})\n`));
  }, 2);
  add('define-args-whitespace', 'leading whitespace of arguments is dropped, trailing kept', () => {
    const n = name();
    return feed(m(`define(«${n}», «[$1][$2][$3]»)dnl\n${n}(  ${word()}  ,\n\t${word()} , ${word()}\n)\n${n}( «  quoted» ,x)\n`));
  }, 2);
  add('define-nested-parens', 'parentheses inside arguments nest; commas inside them do not split', () => {
    const n = name();
    return feed(m(`define(«${n}», «<$1|$2>»)dnl\n${n}((${word()}, ${word()}), (a(b,c)d))\n${n}(«(»,«)»)\n`));
  }, 2);
  add('define-space-before-paren', 'a macro name followed by a space is called without arguments', () => {
    const n = name();
    return feed(m(`define(«${n}», «[$1]»)dnl\n${n} (${word()})\n${n}(${word()})\n`));
  }, 2);
  add('define-redefine', 'redefining a macro replaces its definition', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)${n}\ndefine(«${n}», «${word()}»)${n}\ndefine(«${n}»)[${n}]\n`));
  }, 2);
  add('define-expansion-rescan', 'expansions are rescanned; quoted definitions are expanded later', () => {
    const [a, b, c] = names(3);
    const v1 = word();
    const v2 = word();
    return feed(m(`define(«${a}», «${v1}»)dnl\ndefine(«${b}», ${a})dnl\ndefine(«${c}», «${a}»)dnl\ndefine(«${a}», «${v2}»)dnl\n${b} ${c}\n`));
  }, 3);
  add('define-no-args-builtin', 'builtins that need arguments are not expanded without them', () => {
    const b = pick(['define', 'ifelse', 'ifdef', 'len', 'index', 'substr', 'eval', 'include', 'translit', 'incr', 'shift', 'regexp', 'pushdef', 'undefine']);
    return feed(`${word()} ${b} ${word()}\n${b}()\n`);
  }, 3);
  add('define-name-in-quotes', 'quoted macro names are not expanded; one level of quotes is removed', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\n«${n}» ${n} ««${n}»» «a «b» c»\n`));
  }, 2);

  add('undefine', 'undefine removes macros; undefined names are plain text', () => {
    const [a, b] = names(2);
    return feed(m(`define(«${a}», «${word()}»)define(«${b}», «${word()}»)${a} ${b}\nundefine(«${a}»)${a} ${b}\nundefine(«${b}», «nothere»)${a} ${b}\n`));
  }, 3);
  add('undefine-builtin', 'builtins can be undefined', () => {
    const b = pick(['len', 'eval', 'incr', 'substr', 'index']);
    return feed(m(`${b}(«12345»)\nundefine(«${b}»)${b}(«12345»)\n`));
  }, 2);
  add('pushdef-popdef', 'pushdef/popdef stack definitions', () => {
    const n = name();
    const vs = many(int(2, 4), word);
    let s = m(`define(«${n}», «base»)${n}\n`);
    for (const v of vs) s += m(`pushdef(«${n}», «${v}»)${n}\n`);
    for (let i = 0; i <= vs.length; i++) s += m(`popdef(«${n}»)${n}\n`);
    return feed(s);
  }, 3);
  add('pushdef-undefine', 'undefine removes the whole pushdef stack', () => {
    const n = name();
    return feed(m(`pushdef(«${n}», «${word()}»)pushdef(«${n}», «${word()}»)${n}\nundefine(«${n}»)${n}\npushdef(«${n}», «${word()}»)define(«${n}», «${word()}»)${n} popdef(«${n}»)${n}\n`));
  }, 2);
  add('defn', 'defn copies definitions, including builtins', () => {
    const [a, b, c] = names(3);
    return feed(m(`define(«${a}», «<$1>»)dnl\ndefine(«${b}», defn(«${a}»))dnl\ndefine(«${c}», defn(«define»))dnl\n${c}(«x${a}», «${word()}»)x${a} ${b}(${word()})\ndefn(«${a}») [defn(«nothing»)]\n`));
  }, 3);
  add('defn-builtin-rename', 'renaming builtins via defn and undefine', () => {
    const [d, l] = names(2);
    return feed(m(`define(«${d}», defn(«define»))dnl\ndefine(«${l}», defn(«len»))dnl\nundefine(«define»)undefine(«len»)dnl\n${d}(«w», «${word()}»)w ${l}(«${lower(int(1, 20))}»)\ndefine(«q», «r»)len(x)\n`));
  }, 2);
  add('defn-concat-builtin', 'defn of several names concatenates (builtins cannot be concatenated)', () => {
    const [a, b] = names(2);
    return feed(m(`define(«${a}», «${word()}»)define(«${b}», «${word()}»)dnl\n[defn(«${a}», «${b}»)]\ndefine(«z», defn(«${a}», «len»))[z]\n`));
  }, 2);

  // ================================================================ quoting, comments, dnl
  add('quote-nesting', 'nested quotes, empty quotes and quote removal', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\n«${word()} «${n}» ${n}»\n${n}«»${n}\n«»\n««»»\n«««${n}»»»\n`));
  }, 3);
  add('changequote-brackets', 'changequote to [ ] and back', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangequote([,])dnl\n[${n}] \`${n}' define([${n}2], [${word()}])${n}2\nchangequote«»dnl\n«${n}» [${n}]\n`));
  }, 3);
  add('changequote-multichar', 'multi-character quote strings', () => {
    const n = name();
    const [o, c] = pick([['<<', '>>'], ['{{', '}}'], ['[[', ']]'], ['<!', '!>'], ['%{', '}%']]);
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangequote(«${o}», «${c}»)dnl\n${o}${n}${c} ${n} ${o}a ${o}b${c} c${c}\ndefine(${o}${n}${c}, ${o}${word()}${c})${n}\n`));
  }, 3);
  add('changequote-one-arg', 'changequote with one argument: the end quote stays the default', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangequote(«[»)dnl\n[${n} ${n}» ${n} \`${n}»\n`));
  }, 2);
  add('changequote-empty', 'changequote(,) with empty start disables quoting', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangequote(,)dnl\n\`${n}' ${n}\n`));
  }, 2);
  add('changequote-same', 'identical start and end quote strings', () => {
    const n = name();
    const q = pick(['"', '|', '%']);
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangequote(«${q}»,«${q}»)dnl\n${q}${n}${q} ${n} ${q}${q}x${q}${q}\n`));
  }, 2);
  add('comments-default', '# comments are copied without expansion up to newline', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\n${n} # ${n} «not quoted\n${n}#${n}\n«#» ${n}\n`));
  }, 3);
  add('changecom', 'changecom to other delimiters, including multi-character', () => {
    const n = name();
    const [o, c] = pick([['/*', '*/'], ['//', ''], ['%', ''], ['<!--', '-->'], ['@', '@']]);
    const cargs = c ? `«${o}», «${c}»` : `«${o}»`;
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangecom(${cargs})dnl\n${n} ${o} ${n} ${c || '\n'}${n} # ${n}\n`));
  }, 4);
  add('changecom-disable', 'changecom without arguments disables comments', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl\nchangecom«»dnl\n${n} # ${n}\n`));
  }, 2);
  add('comment-in-args', 'comments inside macro arguments are kept (and not expanded)', () => {
    const n = name();
    return feed(m(`define(«${n}», «[$1]»)dnl\n${n}(${word()} # ${n}, ) here\n)\n`));
  }, 2);
  add('dnl', 'dnl discards to end of line', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)dnl ${n} ignored\n${word()} dnl ${n}\n${n}dnl\n${n}\ndnl\n`));
  }, 3);
  add('dnl-excess-args', 'dnl with arguments warns', () => feed(`dnl(${word()})${word()}\n${word()}\n`), 2);
  add('dnl-in-define', 'dnl inside definitions eats the rest of the expansion line', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}dnl ${word()}\n${word()}»)dnl\n[${n}] after\n`));
  }, 2);

  // ================================================================ conditionals & recursion
  add('ifdef', 'ifdef with two and three arguments', () => {
    const [a, b] = names(2);
    return feed(m(`define(«${a}», «${word()}»)dnl\nifdef(«${a}», «yes ${a}», «no»)\nifdef(«${b}», «yes», «no ${b}»)\nifdef(«${b}», «only»)[]\nifdef(«define», «builtin»)\n`));
  }, 3);
  add('ifelse-basic', 'ifelse equality and inequality', () => {
    const a = word();
    const b = rng.chance(0.5) ? a : word();
    return feed(m(`ifelse(«${a}», «${b}», «same», «diff»)\nifelse(${a}, ${a}, «eq»)\nifelse(«${a}», «${b}x», «eq»)[]\n`));
  }, 3);
  add('ifelse-multi', 'multi-branch ifelse (else-if chains)', () => {
    const vs = many(4, word);
    const probe = pick([...vs, word()]);
    const n = name();
    return feed(m(`define(«${n}», «ifelse(«$1», «${vs[0]}», «one», «$1», «${vs[1]}», «two», «$1», «${vs[2]}», «three», «$1», «${vs[3]}», «four», «other»)»)dnl\n${n}(${probe}) ${n}(${vs[int(0, 3)]}) ${n}(${word()}) ${n}()\n`));
  }, 4);
  add('ifelse-even-args', 'ifelse with an even number of arguments drops the final default', () => feed(m(`ifelse(«a», «b», «c», «${word()}», «${word()}», «x»)[]\nifelse(«a», «a», «${word()}», «d»)\n`)), 2);
  add('ifelse-comment', 'ifelse with one argument is a comment; two arguments warn', () => feed(m(`ifelse(«${text()}»)[]\nifelse(«${word()}», «b»)[]\n`)), 2);
  add('shift', 'shift drops the first argument', () => {
    const args = many(int(2, 6), word);
    return feed(m(`shift(${args.join(', ')})\nshift(shift(${args.join(',')}))\n[shift(${args[0]})]\n[shift]\n`));
  }, 3);
  add('recursion-forloop', 'a user-written forloop macro', () => {
    const fl = name();
    const lo = int(-3, 5);
    const hi = lo + int(0, 8);
    return feed(m(`define(«${fl}», «pushdef(«$1», «$2»)_${fl}($@)popdef(«$1»)»)dnl\ndefine(«_${fl}», «$4«»ifelse($1, «$3», «», «define(«$1», incr($1))$0($@)»)»)dnl\n${fl}(«i», ${lo}, ${hi}, «i^2=eval(i*i) »)\n`));
  }, 4);
  add('recursion-foreach', 'a user-written foreach macro over a quoted list', () => {
    const fe = name();
    const items = many(int(1, 6), word);
    return feed(m(`define(«${fe}», «pushdef(«$1»)_$0(«$1», «$3», «», $2)popdef(«$1»)»)dnl\ndefine(«_${fe}», «ifelse(«$#», «3», «», «define(«$1», «$4»)$2«»$0(«$1», «$2», shift(shift(shift($@))))»)»)dnl\n${fe}(«x», «(${items.join(', ')})», «<x> »)\n`));
  }, 4);
  add('recursion-reverse', 'reversing arguments recursively', () => {
    const r = name();
    const items = many(int(1, 7), word);
    return feed(m(`define(«${r}», «ifelse(«$#», «0», , «$#», «1», ««$1»», «$0(shift($@)), «$1»»)»)dnl\n${r}(${items.join(', ')})\n`));
  }, 3);
  add('recursion-countdown', 'a recursive countdown using decr and ifelse', () => {
    const c = name();
    const start = int(0, 15);
    return feed(m(`define(«${c}», «$1«»ifelse(«$1», «0», «», « $0(decr($1))»)»)dnl\n${c}(${start})\n`));
  }, 3);
  add('recursion-factorial', 'factorial and fibonacci via eval', () => {
    const [f, g] = names(2);
    const n1 = int(0, 12);
    const n2 = int(0, 18);
    return feed(m(`define(«${f}», «ifelse(eval($1 <= 1), 1, 1, «eval($1 * ${f}(decr($1)))»)»)dnl\ndefine(«${g}», «ifelse(eval($1 < 2), 1, $1, «eval(${g}(decr($1)) + ${g}(eval($1 - 2)))»)»)dnl\n${f}(${n1}) ${g}(${n2 > 14 ? 14 : n2})\n`));
  }, 3);
  add('recursion-while', 'a loop macro driven by a counter macro', () => {
    const [loop, cnt] = names(2);
    const k = int(1, 9);
    const w = word();
    return feed(m(`define(«${cnt}», 0)dnl\ndefine(«${loop}», «ifelse(eval(${cnt} < ${k}), 1, «define(«${cnt}», incr(${cnt}))${w}${cnt} $0»)»)dnl\n${loop}\n`));
  }, 3);
  add('recursion-nesting-limit', '-L limits macro nesting depth', () => {
    const r = name();
    return feed(m(`define(«${r}», «$0($0(x))»)dnl\nbefore\n${r}\nafter\n`), { argv: ['-L', String(int(3, 30))] });
  }, 2);
  add('recursion-string-build', 'build strings by recursion with a counter argument', () => {
    const rep = name();
    const w = lower(int(1, 3));
    return feed(m(`define(«${rep}», «ifelse(«$1», «0», «», «$2«»$0(decr($1), «$2»)»)»)dnl\n[${rep}(${int(0, 12)}, «${w}»)]\n`));
  }, 3);

  // ================================================================ eval
  add('eval-random', 'eval of random expressions with every operator', () => {
    const lines = many(int(4, 8), () => `eval(«${expr(int(1, 4))}»)`);
    return feed(m(lines.join("\n") + "\n"));
  }, 12);
  add('eval-precedence', 'operator precedence without parentheses', () => {
    const ops = ['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^', '&&', '||', '==', '!=', '<', '>', '<=', '>='];
    const lines = many(6, () => {
      const o1 = pick(ops);
      const o2 = pick(ops);
      return `eval(${int(1, 20)} ${o1} ${int(1, 9)} ${o2} ${int(1, 9)})`;
    });
    return feed(lines.join(' ') + '\n');
  }, 6);
  add('eval-radix-width', 'eval with radix (2..36) and minimum width', () => {
    const lines = many(6, () => `eval(${int(-500, 100000)}, ${pick([2, 8, 16, 36, int(2, 36)])}${rng.chance(0.6) ? `, ${int(0, 12)}` : ''})`);
    return feed(m(lines.join("\n") + "\n"));
  }, 5);
  add('eval-input-radix', 'eval input numbers in 0x, 0b, 0 (octal) and 0r forms', () => {
    const v = int(0, 4000);
    return feed(`eval(0x${v.toString(16)}) eval(0X${v.toString(16).toUpperCase()}) eval(0b${v.toString(2)}) eval(0${v.toString(8)}) eval(0r${int(2, 36)}:${v.toString(int(2, 10))}) eval(0r1:${'1'.repeat(int(0, 6))})\n`);
  }, 3);
  add('eval-overflow', '32-bit signed wraparound', () => feed(`eval(2147483647 + ${int(1, 9)}) eval(-2147483648 - ${int(1, 9)}) eval(${int(50000, 90000)} * ${int(50000, 90000)}) eval(2 ** ${int(31, 40)}) eval(-2147483648 / -1) eval(1 << ${int(28, 40)}) eval(-${int(1, 999)} >> ${int(1, 8)}) eval(-1, 16)\n`), 3);
  add('eval-div-by-zero', 'division and modulo by zero are errors', () => feed(`eval(${int(1, 99)} / 0)x\neval(${int(1, 99)} % (${int(1, 5)} - ${int(1, 5)}))y\neval(0 && 1/0) eval(1 || 1%0)\n`), 3);
  add('eval-errors', 'bad eval expressions', () => {
    const bad = [`${int(1, 9)} +`, `(${int(1, 9)}`, `${int(1, 9)})`, `${int(1, 9)} ${int(1, 9)}`, 'abc', `${int(1, 9)} ** -1`, '', `${int(1, 9)}?1:2`, `${int(1, 9)} = ${int(1, 9)}`, `0x`, `0r40:1`, `1e5`, `${int(1, 9)}..`];
    return feed(rng.shuffle(bad).slice(0, 5).map((b) => m(`[eval(«${b}»)]`)).join('\n') + '\n');
  }, 5);
  add('eval-bad-radix-width', 'eval radix out of range, negative width, non-numeric radix', () => feed(`eval(${int(1, 99)}, ${pick([0, 1, 37, 100])})|eval(${int(1, 99)}, 10, -${int(1, 5)})|eval(${int(1, 99)}, x)|eval(${int(1, 9)}, 1, ${int(1, 5)})|eval\n`), 3);
  add('eval-comparison-truth', 'comparisons and logical operators yield 0 or 1', () => {
    const a = int(-5, 5);
    const b = int(-5, 5);
    return feed(`eval(${a} < ${b})eval(${a} <= ${b})eval(${a} > ${b})eval(${a} >= ${b})eval(${a} == ${b})eval(${a} != ${b})eval(!${a})eval(${a} && ${b})eval(${a} || ${b})eval(~${a})\n`);
  }, 3);
  add('incr-decr', 'incr and decr, including non-numeric arguments', () => {
    const v = int(-1000, 1000);
    return feed(m(`incr(${v}) decr(${v}) incr(decr(${v})) incr(« ${int(0, 9)}») incr(${word()}) decr() incr(2147483647)\n`));
  }, 3);

  // ================================================================ text macros
  add('len', 'len of strings', () => feed(m(many(4, () => `len(«${rng.chance(0.2) ? '' : text()}»)`).join(' ') + ` len(«héllo») len\n`)), 3);
  add('index', 'index finds substrings, -1 when absent', () => {
    const s = `${word()}${word()}${word()}`;
    const st = int(0, s.length - 3);
    const sub = s.slice(st, st + int(1, 4));
    return feed(m(`index(«${s}», «${sub}») index(«${s}», «zz») index(«${s}», «») index(«», «a») index(«${s}»)\n`));
  }, 4);
  add('substr', 'substr with start, length, out-of-range and negative values', () => {
    const s = `${word()}${word()}`;
    const calls = many(5, () => {
      const st = int(-3, s.length + 2);
      return rng.chance(0.3) ? `substr(«${s}», ${st})` : `substr(«${s}», ${st}, ${int(-2, 8)})`;
    });
    return feed(m(`${calls.join('|')}|substr(«${s}»)|substr(«${s}», x)\n`));
  }, 5);
  add('translit', 'translit maps, deletes and expands ranges', () => {
    const s = `${text()} ${word().toUpperCase()}`;
    const pairs = [['a-z', 'A-Z'], ['aeiou', ''], ['a-m', 'n-z'], ['abc', 'xy'], ['z-a', 'a-z'], ['a-e', '1'], ['A-Z', 'a-z'], ['lmn', 'LMN'], [' ', '_']];
    return feed(m(rng.shuffle(pairs).slice(0, 4).map(([f, t]) => `translit(«${s}», «${f}»${t || rng.chance(0.5) ? `, «${t}»` : ''})`).join('\n') + '\n'));
  }, 4);
  add('regexp', 'regexp search, replacement with \\N and \\&', () => {
    const s = `${word()}${int(10, 999)} ${word()}-${word()}`;
    const res = [
      ['[0-9]+', '<\\&>'], ['\\([a-z]+\\)\\([0-9]+\\)', '\\2:\\1'], ['-\\(.*\\)', '\\1'], ['^\\w+', ''], ['q+x', 'no'], ['\\b\\(\\w\\)', '[\\1]'], ['[aeiou]\\{2\\}', '\\&\\&'], ['\\(a\\|e\\)', '\\0\\1'],
    ];
    return feed(m(rng.shuffle(res).slice(0, 4).map(([r, rep]) => (rep ? `regexp(«${s}», «${r}», «${rep}»)` : `regexp(«${s}», «${r}»)`)).join('\n') + '\n'));
  }, 5);
  add('patsubst', 'patsubst global replacement', () => {
    const s = `${text()} ${int(1, 999)}  ${word()}`;
    const res = [['[aeiou]', '_'], ['\\w+', '(\\&)'], [' +', ' '], ['\\([a-z]\\)\\([a-z]*\\)', '\\2\\1'], ['^', '> '], ['$', ';'], ['[0-9]', ''], ['\\b', '|'], ['x*', '-']];
    return feed(m(rng.shuffle(res).slice(0, 4).map(([r, rep]) => (rep ? `patsubst(«${s}», «${r}», «${rep}»)` : `patsubst(«${s}», «${r}»)`)).join('\n') + '\n'));
  }, 5);
  add('regexp-errors', 'bad regular expressions and odd replacement escapes', () => feed(m(`regexp(«${word()}», «${pick(['\\(', '[a-', 'a\\{2', '*\\)'])}»)|patsubst(«${word()}», «${pick(['\\(x', '[', 'a\\{1,0\\}'])}», «y»)|regexp(«${word()}», «\\(.\\)», «\\5»)|regexp\n`)), 3);
  add('format', 'format with %d %s %x %o %c %5.2f %-*s and %%', () => {
    const f = pick([
      `«%d|%5d|%-5d|%05d»`, `«%s|%10s|%-10s|%.3s»`, `«%x %X %o %#x»`, `«%c%c%c»`, `«%5.2f|%e|%g»`, `«%*d|%-*s|»`, `«%%|%i|%u»`, `«%+d % d»`,
    ]);
    const args = many(4, () => (rng.chance(0.5) ? String(int(-300, 300)) : pick([word(), String(int(65, 90)), `${int(0, 99)}.${int(0, 99)}`])));
    return feed(m(`format(${f}, ${args.join(', ')})\nformat(«${word()}=%s, n=%d», «${word()}», ${int(0, 999)})\n`));
  }, 6);
  add('format-edge', 'format with too few arguments, bad specs, no arguments', () => feed(m(`format(«%d %s %d», ${int(1, 9)})|format(«%z%d», ${int(1, 9)})|format(«plain ${word()}»)|format|format(«%s», ${word()}, extra)\n`)), 2);

  // ================================================================ diversions
  add('divert-basic', 'divert to numbered diversions; they are output at the end in order', () => {
    const ds = many(int(2, 4), () => int(1, 9));
    const s = ds.map((d) => `divert(${d})${word()} in ${d}\n`).join('') + `divert(0)${word()} main\n`;
    return feed(s);
  }, 4);
  add('divert-undivert', 'undivert specific diversions in chosen order', () => {
    const body = `divert(1)${word()} one\ndivert(2)${word()} two\ndivert(3)${word()} three\ndivert\nstart\n`;
    const order = rng.shuffle(['1', '2', '3']).slice(0, int(1, 3));
    return feed(`${body}undivert(${order.join(', ')})mid\nundivert\nend\n`);
  }, 4);
  add('divert-discard', 'divert(-1) discards text', () => feed(m(`divert(-1)\ndefine(«${name()}», «x»)\n${word()} lost\ndivert«»dnl\n${word()} kept\ndivert(-${int(2, 9)})${word()}\ndivert(0)end\n`)), 3);
  add('divnum', 'divnum reports the current diversion', () => feed(`divnum\ndivert(${int(1, 9)})divnum\ndivert(-1)divnum\ndivert(${int(1, 9)})divnum divert(0)divnum\n`), 3);
  add('undivert-self', 'undiverting the current diversion or a diversion into another', () => {
    const a = int(1, 4);
    const b = int(5, 9);
    return feed(`divert(${a})${word()}\ndivert(${b})${word()}\nundivert(${a})undivert(${b})\ndivert\n[undivert(${b})]\n`);
  }, 3);
  add('undivert-file', 'undivert(file) copies a file without expansion', () => {
    const n = name();
    const fname = pick(['data.txt', 'raw.inc', 'lines']);
    return feed(m(`define(«${n}», «${word()}»)dnl\n${n}\nundivert(«${fname}»)${n}\nundivert(«missing.txt»)\n`), { files: { [fname]: `${n} ${word()}\n# ${word()}\n` } });
  }, 3);
  add('divert-nonnumeric', 'divert and undivert with non-numeric arguments', () => feed(m(`divert(«${word()}»)x\nundivert(«${word()}»)\ndivert(1)y\ndivert(0)undivert(« 1»)\n`)), 2);
  add('divert-large', 'high diversion numbers', () => feed(`divert(${int(10, 1000)})${word()}\ndivert(${int(1, 9)})${word()}\ndivert(0)${word()}\n`), 2);

  // ================================================================ include
  add('include', 'include expands a file in place', () => {
    const n = name();
    const inc = pick(['lib.m4', 'defs.m4', 'part.inc']);
    return feed(m(`before\ninclude(«${inc}»)${n}(${word()})\nafter\n`), { files: { [inc]: m(`define(«${n}», «<$1>»)dnl\n${word()} from include\n`) } });
  }, 4);
  add('include-nested', 'nested includes and __file__/__line__ inside them', () => {
    const a = 'a.m4';
    const b = 'sub/b.m4';
    return feed(m(`__file__:__line__\ninclude(«${a}»)dnl\n__file__:__line__\n`), {
      files: { [a]: m(`${word()} __file__:__line__\ninclude(«${b}»)dnl\nback __file__:__line__\n`), [b]: m(`\n${word()} __file__:__line__\n`) },
    });
  }, 2);
  add('include-missing', 'include of a missing file is an error; sinclude is silent', () => {
    const f = `${word()}.m4`;
    return feed(m(`a include(«${f}»)b\nc sinclude(«${f}»)d\ninclude\n`));
  }, 3);
  add('include-dir', 'including a directory is an error', () => feed(m(`x include(«d»)y sinclude(«d»)z\n`), { files: { d: { dir: true } } }), 1);
  add('include-path', '-I adds directories searched by include', () => {
    const n = name();
    return feed(m(`include(«inc.m4»)${n}\n`), { argv: ['-I', 'lib'], files: { 'lib/inc.m4': m(`define(«${n}», «${word()}»)dnl\n`) } });
  }, 2);
  add('include-path-order', 'several -I directories: first match wins; cwd is searched first', () => {
    const w1 = word();
    const w2 = word();
    const cw = rng.chance(0.5);
    const files = { 'one/x.m4': `${w1}\n`, 'two/x.m4': `${w2}\n`, 'two/y.m4': 'only two\n' };
    if (cw) files['x.m4'] = 'cwd\n';
    return feed(m(`include(«x.m4»)include(«y.m4»)`), { argv: ['-Ione', '--include=two'], files });
  }, 2);
  add('include-unterminated', 'a quote left open at the end of an included file', () => feed(m(`include(«bad.m4»)after\n`), { files: { 'bad.m4': m(`«${word()}\n`) } }), 2);

  // ================================================================ m4wrap, errprint, location, m4exit
  add('m4wrap', 'm4wrap text is expanded at end of input (last registered first)', () => {
    const ws = many(int(1, 3), word);
    return feed(m(ws.map((w) => `m4wrap(«${w} »)`).join('') + `\n${word()}\n`));
  }, 3);
  add('m4wrap-nested', 'm4wrap called from wrapped text, and wrapped macro calls', () => {
    const n = name();
    return feed(m(`define(«${n}», «[$1]»)dnl\nm4wrap(«${n}(${word()}) m4wrap(«inner ${word()}
»)»)dnl\n${word()}\n`));
  }, 2);
  add('m4wrap-multiple-args', 'm4wrap joins its arguments with spaces', () => feed(m(`m4wrap(«${word()}», «${word()}»)m4wrap()${word()}\n`)), 2);
  add('errprint', 'errprint writes to stderr', () => feed(m(`${word()}\nerrprint(«${text()}
»)errprint(«a», «b»)errprint\n`)), 3);
  add('location', '__file__ and __line__ in stdin and files', () => feed(m(`${word()}\n__file__ __line__\n\n«__line__» __line__\ndefine(«here», «__line__»)\nhere\n`)), 3);
  add('location-in-args', '__line__ inside multi-line macro arguments', () => feed(m(`define(«show», «$1»)show(«a»,\n__line__\n)\nshow(__line__,\n)__line__\n`)), 1);
  add('m4exit', 'm4exit stops immediately with the given status; diversions are flushed', () => {
    const code = pick([0, 1, 2, 3, 7, 42, 255]);
    return feed(`${word()}\ndivert(1)${word()}\ndivert\nm4exit(${code})${word()}\n${word()}\n`);
  }, 3);
  add('m4exit-edge', 'm4exit with no argument, non-numeric or out-of-range status', () => feed(m(`${word()}\nm4exit(${pick(['', '«abc»', '-1', '256', '300', '« 3»'])})x\n`)), 4);
  add('m4exit-m4wrap', 'm4exit inside m4wrap text', () => feed(m(`m4wrap(«${word()} m4exit(${int(1, 9)})»)${word()}\n`)), 2);
  add('sysval-platform', 'sysval without syscmd, __gnu__ and __unix__', () => feed(m(`[sysval] [__gnu__] [__unix__] [__windows__] [${word()}] ifdef(«__unix__», «unix»)\n`)), 2);

  // ================================================================ indir / builtin
  add('indir', 'indir calls macros by name, including names that are not words', () => {
    const n = pick(['a-b', '1st', 'my macro', 'x.y', '$$']);
    return feed(m(`define(«${n}», «<$1>»)dnl\n[indir(«${n}», ${word()})] [indir(«define», «z», «${word()}»)z] [indir(«nothere»)]\n`));
  }, 3);
  add('builtin', 'builtin calls builtins even after they are undefined or redefined', () => feed(m(`define(«len», «fake»)len(«abc») builtin(«len», «${lower(int(1, 9))}»)\nundefine(«eval»)builtin(«eval», «${int(1, 9)}*${int(1, 9)}») builtin(«nothere») builtin(«define»)\n`)), 2);
  add('bad-macro-names', 'defining and calling macros whose names are not words', () => {
    const n = pick(['9lives', 'a+b', '', '(x)', 'foo bar']);
    return feed(m(`define(«${n}», «val»)[${n}] [indir(«${n}»)] [defn(«${n}»)] ifdef(«${n}», «def», «undef»)\n`));
  }, 3);

  // ================================================================ tracing & debugging
  add('traceon-named', 'traceon for named macros writes m4trace lines to stderr', () => {
    const [a, b] = names(2);
    return feed(m(`define(«${a}», «<$1>»)define(«${b}», «${a}($1)»)traceon(«${a}»)dnl\n${b}(${word()}) ${a}(${word()})\ntraceoff(«${a}»)${a}(x)\n`));
  }, 3);
  add('traceon-all', 'traceon without arguments traces everything', () => feed(m(`traceon«»define(«${name()}», «${word()}»)len(«${word()}») eval(${int(1, 9)}+${int(1, 9)})\ntraceoff\n`)), 2);
  add('trace-option', '-t NAME traces a macro from the start', () => {
    const n = name();
    return feed(m(`define(«${n}», «ifelse(«$1», «», «end», «$1 $0(shift($@))»)»)dnl\n${n}(${many(int(1, 3), word).join(', ')})\n`), { argv: ['-t', n] });
  }, 2);
  add('debugmode-flags', 'debugmode flags change trace output (a e q c x f l t)', () => {
    const fl = pick(['aeq', 'e', 'a', 'c', 'x', 'fl', 'aeqx', 'V', 'acx', 'eq', 'tl', 'ae']);
    const n = name();
    return feed(m(`define(«${n}», «ifelse(«$1», «0», «z», «$0(decr($1))»)»)dnl\ndebugmode(«${fl}»)traceon(«${n}», «decr»)dnl\n${n}(${int(1, 3)})\ndebugmode()${n}(1)\n`));
  }, 5);
  add('debug-option', '-d FLAGS with -t and traceon', () => {
    const fl = pick(['', 'aeq', 'V', 'eqt', 'ft', 'lt', 'at', 'cqt']);
    return feed(m(`define(«${name()}», «${word()}»)incr(${int(1, 9)})\nindir(«len», «${word()}»)\n`), { argv: [`-d${fl}`, '-t', 'incr'] });
  }, 4);
  add('debug-arglength', '-l limits traced argument length', () => feed(m(`traceon(«len»)len(«${words(4)}»)\n`), { argv: ['-daeq', `-l${int(3, 12)}`] }), 2);
  add('debugmode-bad', 'debugmode with an invalid flag', () => feed(m(`debugmode(«${pick(['z', 'aQ', '+y'])}»)x\n`)), 2);
  add('debugmode-plus-minus', 'debugmode +FLAGS and -FLAGS adjust the current flags', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}»)traceon(«${n}»)debugmode(«a»)${n}(1)\ndebugmode(«+e»)${n}(2)\ndebugmode(«-a»)${n}(3)\n`));
  }, 2);
  add('dumpdef', 'dumpdef writes definitions to stderr', () => {
    const [a, b] = names(2);
    return feed(m(`define(«${a}», «${word()} $1»)define(«${b}», defn(«len»))dumpdef(«${a}», «${b}», «eval», «nothere»)\n`));
  }, 3);
  add('dumpdef-all', 'dumpdef without arguments lists every macro (sorted)', () => feed(m(`define(«${name()}», «${word()}»)undefine(«${pick(['len', 'eval', 'index'])}»)dumpdef\n`)), 2);
  add('trace-include', 'traced macros in included files show file and line with f/l flags', () => feed(m(`traceon(«len»)include(«t.m4»)len(«x»)\n`), { argv: ['-dfl'], files: { 't.m4': m(`\nlen(«${word()}»)\n`) } }), 2);

  // ================================================================ command-line options
  add('opt-define', '-D NAME=VALUE and -D NAME', () => {
    const [a, b] = names(2);
    const v = word();
    return feed(`${a} ${b} [${a}${b}]\n`, { argv: [`-D${a}=${v}`, '-D', b] });
  }, 3);
  add('opt-define-long', '--define and the order of -D/-U', () => {
    const a = name();
    return feed(`${a}\n`, { argv: [`--define=${a}=${word()}`, `-U${a}`, `-D${a}=${word()}`] });
  }, 2);
  add('opt-undefine', '-U removes builtins', () => {
    const b = pick(['len', 'eval', 'define', 'dnl', 'index']);
    return feed(m(`${b}(«abc») len(«${word()}»)\n`), { argv: ['-U', b] });
  }, 3);
  add('opt-prefix-builtins', '-P prefixes every builtin with m4_', () => {
    const n = name();
    return feed(m(`m4_define(«${n}», «${word()}»)${n} define(«x») len(«ab») m4_len(«${word()}»)\nm4_ifelse(a, a, yes) m4___file__ m4___line__ __file__\nm4_dnl gone\n`), { argv: ['-P'] });
  }, 3);
  add('opt-quiet', '-Q suppresses warnings such as excess arguments', () => feed(m(`dnl(x)${word()}\nifelse(«a»)ifelse(«a», «b»)eval(«1 = 1»)\n`), { argv: [pick(['-Q', '--quiet', '--silent'])] }), 3);
  add('opt-fatal-warnings', '-E makes warnings set exit status 1', () => feed(m(`${word()}\ndnl(x)\n${word()}\n`), { argv: ['-E'] }), 2);
  add('opt-fatal-twice', '-E -E stops at the first warning or error', () => feed(m(`${word()}\nincr(${word()})\n${word()}\n`), { argv: ['-E', '-E'] }), 2);
  add('opt-fatal-errors', 'errors set exit status 1 with or without -E', () => feed(m(`${word()} include(«${word()}.m4»)\n${word()}\n`), { argv: rng.chance(0.5) ? ['-E'] : [] }), 3);
  add('opt-synclines', '-s emits #line directives', () => {
    const n = name();
    return feed(m(`define(«${n}», «${word()}
${word()}»)dnl\n${word()}\n${n}\n\n\n${word()}\ninclude(«inc»)${word()}\n`), { argv: ['-s'], files: { inc: `${word()}\n${word()}\n` } });
  }, 3);
  add('opt-synclines-args', '-s with macro calls spanning lines', () => feed(m(`define(«f», «[$1]»)f(«a
b», c
)\nnext\n`), { argv: ['--synclines'] }), 1);
  add('opt-traditional', '-G disables GNU extensions', () => {
    const n = name();
    return feed(m(`define(«${n}», «$# $1 $10»)${n}(a,b,c,d,e,f,g,h,i,j) format(«%d», 1) __gnu__ __unix__ unix indir(«len», «ab») regexp(«ab», «b»)\ndefine(«q»)dnl\nshift\n`), { argv: [pick(['-G', '--traditional'])] });
  }, 2);
  add('opt-gnu-overrides', '-g after -G re-enables extensions', () => feed(m(`format(«%d», ${int(1, 99)}) __gnu__\n`), { argv: ['-G', '-g'] }), 1);
  add('opt-hashsize', '-H sets the hash table size (no visible effect)', () => feed(m(`define(«${name()}», «${word()}»)len(«${word()}»)\n`), { argv: ['-H', String(pick([3, 7, 13, 101, 997]))] }), 2);
  add('opt-warn-macro-sequence', '--warn-macro-sequence warns about $10 and ${...} in definitions', () => feed(m(`define(«${name()}», «$1 \${x} $10»)define(«${name()}», «$1»)${word()}\n`), { argv: [rng.chance(0.5) ? '--warn-macro-sequence' : '--warn-macro-sequence=\\$[0-9]'] }), 2);
  add('opt-unknown', 'unknown options', () => ({ argv: [pick(['--bogus', '-z', '--frobnicate', '-X'])], stdin: 'x\n' }), 3);
  add('opt-missing-arg', 'options missing their argument', () => ({ argv: [pick(['-D', '-I', '-U', '-t', '-l', '-L', '--define'])], stdin: 'x\n' }), 3);
  add('opt-bad-number', 'non-numeric -L/-H/-l values', () => ({ argv: [pick(['-L', '-H', '-l']), pick(['abc', '1x', '9q'])], stdin: 'x\n' }), 3);
  add('opt-help', '--help prints usage', () => ({ argv: ['--help'] }), 1, false);
  add('opt-version', '--version prints the version', () => ({ argv: ['--version'] }), 1, false);
  add('opt-end-of-options', '-- ends options; later - is stdin', () => ({ argv: ['--', '-'], stdin: m(`define(«x», «${word()}»)x\n`) }), 1);

  // ================================================================ several inputs
  add('files-several', 'several input files are read in order sharing definitions', () => {
    const n = name();
    return {
      argv: ['one.m4', 'two.m4'],
      files: { 'one.m4': m(`define(«${n}», «${word()}»)dnl\n${word()} __file__\n`), 'two.m4': `${n} __file__ __line__\n` },
    };
  }, 3);
  add('files-and-stdin', 'a - among file arguments reads stdin', () => {
    const n = name();
    return {
      argv: ['a.m4', '-', 'b.m4'],
      stdin: m(`define(«${n}», «${word()}»)stdin __file__:__line__\n`),
      files: { 'a.m4': `${word()} ${n}\n`, 'b.m4': `${n} __file__\n` },
    };
  }, 3);
  add('files-missing', 'a missing input file is reported; other files are still processed', () => ({
    argv: ['ok.m4', `${word()}.m4`, 'ok2.m4'],
    files: { 'ok.m4': `${word()}\n`, 'ok2.m4': `${word()}\n` },
  }), 3);
  add('files-quote-across', 'an open quote does not continue into the next file', () => ({
    argv: ['a.m4', 'b.m4'],
    files: { 'a.m4': m(`«${word()}\n`), 'b.m4': `${word()}\n` },
  }), 2);
  add('files-no-newline', 'input without a final newline, dnl at end of file', () => feed(m(`define(«${name()}», «x»)${word()} dnl ${word()}`)), 2);
  add('files-stdin-twice', 'stdin named twice is read once', () => ({ argv: ['-', '-'], stdin: `${word()}\n` }), 1);

  // ================================================================ errors
  add('err-unterminated-string', 'end of file inside a quoted string', () => feed(m(`${word()}\n«${word()}\n${word()}\n`)), 3);
  add('err-eof-in-args', 'end of file inside a macro argument list', () => feed(m(`define(«${name()}», «x»)${word()}\nlen(«${word()}», ${word()}\n`)), 3);
  add('err-eof-in-comment', 'end of file inside a comment with changecom', () => feed(m(`changecom(«/*», «*/»)${word()} /* ${word()}\n`)), 2);
  add('err-too-few-args', 'builtins given too few arguments warn and expand to nothing', () => {
    const calls = ['index(«a»)', 'substr(«a»)', 'translit(«a»)', 'regexp(«a»)', 'patsubst(«a»)', 'define()', 'ifdef(«a»)', 'incr()', 'eval()'];
    return feed(m(`[${rng.shuffle(calls).slice(0, 4).join('][')}]\n`));
  }, 3);
  add('err-excess-args', 'builtins given too many arguments warn', () => {
    const calls = [`len(«a», «b»)`, `incr(1, 2)`, `divnum(1)`, `undivert(1)`, `eval(1, 10, 2, 3)`, `index(«a», «b», «c»)`, `substr(«abc», 1, 1, 1)`, `changequote(«[», «]», «x»)`, `__line__(x)`];
    return feed(m(`[${rng.shuffle(calls).slice(0, 4).join('][')}]\n`));
  }, 3);
  add('err-popdef-undefined', 'popdef, undefine and defn on undefined names', () => feed(m(`popdef(«${name()}»)undefine(«${name()}»)[defn(«${name()}»)]${word()}\n`)), 2);

  // ================================================================ bigger programs
  add('program-table', 'a small text-generation program with loops, format and diversions', () => {
    const items = many(int(2, 5), () => [word(), int(1, 999)]);
    return feed(m(`divert(-1)
define(«forloop», «pushdef(«$1», «$2»)_forloop($@)popdef(«$1»)»)
define(«_forloop», «$4«»ifelse($1, «$3», «», «define(«$1», incr($1))$0($@)»)»)
define(«row», «format(«%-10s|%5d|%s», «$1», «$2», eval(«$2» * 2, 16))
»)
divert(1)dnl
# footer: forloop(«i», 1, ${int(1, 4)}, «i ») done
divert(0)dnl
${items.map(([w, v]) => `row(«${w}», ${v})`).join('')}total: eval(${items.map(([, v]) => v).join(' + ')})
`));
  }, 4);
  add('program-capitalize', 'capitalize words with regexp/translit/patsubst', () => feed(m(`define(«upcase», «translit(«$*», «a-z», «A-Z»)»)dnl
define(«downcase», «translit(«$*», «A-Z», «a-z»)»)dnl
define(«capitalize1», «regexp(«$1», «^\\(\\w\\)\\(\\w*\\)», «upcase(«\\1»)«»downcase(«\\2»)»)»)dnl
define(«capitalize», «patsubst(«$1», «\\w+», «capitalize1(«\\&»)»)»)dnl
capitalize(«${text()} ${word().toUpperCase()}»)
upcase(«${text()}») downcase(«${word().toUpperCase()}»)
`)), 3);
  add('program-quote-helpers', 'quote/dquote/join helpers built from $@ and shift', () => {
    const args = many(int(1, 5), word);
    return feed(m(`define(«join», «ifelse(«$#», «2», ««$2»», «ifelse(«$2», «», «», ««$2»_»)$0(«$1», shift(shift($@)))»)»)dnl
define(«quote», «ifelse(«$#», «0», «», ««$*»»)»)dnl
define(«dquote», ««$@»»)dnl
join(«-», ${args.join(', ')})
[quote(${args.join(', ')})] [dquote(${args.join(', ')})]
`));
  }, 3);
  add('program-stack', 'a stack implemented with pushdef/popdef', () => {
    const vs = many(int(2, 6), word);
    return feed(m(`define(«push», «pushdef(«stack», «$1»)»)dnl
define(«pop», «ifdef(«stack», «stack«»popdef(«stack»)», «EMPTY»)»)dnl
${vs.map((v) => `push(«${v}»)`).join('')}dnl
${many(vs.length + 1, () => 'pop ').join('')}
`));
  }, 3);
  add('program-passthrough', 'prose with embedded macros, punctuation and special characters', () => {
    const [a, b] = names(2);
    const lines = many(int(4, 9), () => {
      const parts = many(int(3, 8), () => pick([word(), word(), a, b, `(${word()})`, ',', '.', `"${word()}"`, `${int(0, 999)}`, `${a}(${word()})`, '$1', '\t', `${b}()`]));
      return parts.join(' ');
    });
    return feed(m(`define(«${a}», «<${word()}:$1>»)define(«${b}», «[$#]»)dnl\n${lines.join('\n')}\n`));
  }, 6);
  add('program-binary', 'render numbers in binary/hex with padding in a loop', () => {
    const lo = int(0, 50);
    return feed(m(`define(«show», «ifelse(eval($1 > $2), 1, , «eval($1, 2, 8) eval($1, 16, 2) eval($1, 8)
show(incr($1), $2)»)»)dnl\nshow(${lo}, ${lo + int(0, 6)})`));
  }, 3);
  add('program-defn-dispatch', 'dispatch through macro names built at expansion time', () => {
    const ops = ['add', 'sub', 'mul'];
    const calls = many(int(2, 5), () => `calc(${pick(ops)}, ${int(0, 99)}, ${int(1, 99)})`);
    return feed(m(`define(«op_add», «eval($1 + $2)»)define(«op_sub», «eval($1 - $2)»)define(«op_mul», «eval($1 * $2)»)dnl
define(«calc», «indir(«op_$1», «$2», «$3»)»)dnl
${calls.join('\n')}
calc(div, 1, 2)
`));
  }, 3);

  return cases;
}
