// Test cases for GNU indent 2.2.12 (Debian 12): a deterministic generator.
// All variation comes from the seeded rng; each visible case has a hidden dual
// ("<id>.dual") with the same idea (same options) and other random C source.
// Expected outputs are never written here: `mirrorcode prepare indent` runs the real program.
//
// C source is produced by a small random program generator (functions, structs, enums,
// if/else chains, loops, switch, comments of every kind, preprocessor lines, long lines)
// and then "messed up" (random indentation, spacing and brace placement) so that indent
// has real work to do.

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng }) {
  const tests = [];
  const seen = new Set();
  const key = (c) => JSON.stringify([c.argv, c.stdin ?? null, c.files ?? null, c.env ?? null]);
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));

  // ------------------------------------------------------------ vocabulary
  const NAMES = ['count', 'total', 'buf', 'len', 'idx', 'node', 'head', 'tail', 'value', 'result', 'flags',
    'offset', 'size', 'ptr', 'next', 'prev', 'state', 'mode', 'limit', 'width', 'height', 'depth', 'key',
    'item', 'list', 'table', 'entry', 'pos', 'err', 'ret', 'tmp', 'acc', 'sum', 'lo', 'hi', 'mid'];
  const FUNCS = ['parse_line', 'emit', 'compute', 'lookup', 'insert_node', 'free_list', 'check', 'update',
    'read_block', 'write_out', 'hash', 'scan', 'reset', 'init_table', 'process', 'handle_event', 'resize',
    'find_entry', 'merge', 'split_words', 'validate', 'flush_buffer', 'next_token', 'report'];
  const TYPES = ['int', 'char', 'long', 'unsigned', 'double', 'float', 'short', 'size_t', 'unsigned long',
    'const char *', 'char *', 'int *', 'struct node *', 'void *'];
  const WORDS = ['the', 'value', 'is', 'checked', 'here', 'before', 'we', 'continue', 'with', 'next', 'step',
    'this', 'loop', 'handles', 'all', 'remaining', 'cases', 'note', 'that', 'buffer', 'may', 'be', 'empty',
    'return', 'early', 'on', 'error', 'otherwise', 'keep', 'going', 'until', 'done', 'TODO', 'FIXME', 'XXX'];
  const STRUCTS = ['node', 'point', 'config', 'entry', 'state', 'buffer', 'pair', 'span', 'token'];
  const MACROS = ['MAX_LEN', 'BUFSIZE', 'DEBUG', 'HAVE_CONFIG_H', 'NDEBUG', 'USE_FAST', 'VERSION', 'LIMIT'];

  const name = () => pick(NAMES) + (chance(0.2) ? String(int(1, 9)) : '');
  const fname = () => pick(FUNCS);
  const words = (a, b) => many(int(a, b), () => pick(WORDS)).join(' ');
  const sp = () => pick(['', '', ' ', ' ', '  ']);

  // ------------------------------------------------------------ expressions
  const atom = () => {
    const r = int(0, 9);
    if (r < 4) return name();
    if (r < 6) return String(int(0, 999));
    if (r === 6) return pick(['0x' + int(16, 65535).toString(16), `'${pick(['a', 'z', '\\n', '\\0', 'x'])}'`, `${int(1, 9)}.${int(0, 99)}`]);
    if (r === 7) return `${name()}${pick(['[' + name() + ']', '->' + name(), '.' + name(), '++', '--'])}`;
    if (r === 8) return `${fname()}${sp()}(${many(int(0, 3), () => name()).join(',' + sp())})`;
    return pick([`sizeof${pick(['', ' '])}(${pick(TYPES)})`, `sizeof ${name()}`, `(${pick(TYPES)})${sp()}${name()}`, `!${name()}`, `-${name()}`, `*${name()}`, `&${name()}`]);
  };
  const expr = (d = 2) => {
    if (d <= 0 || chance(0.35)) return atom();
    const op = pick(['+', '-', '*', '/', '%', '<', '>', '<=', '>=', '==', '!=', '&&', '||', '&', '|', '^', '<<', '>>']);
    const e = `${expr(d - 1)}${sp()}${op}${sp()}${expr(d - 1)}`;
    if (chance(0.2)) return `(${e})`;
    if (chance(0.08)) return `${expr(0)} ? ${expr(0)} : ${expr(0)}`;
    return e;
  };
  const cond = () => (chance(0.3) ? `${expr(1)} ${pick(['&&', '||'])} ${expr(1)}` : expr(2));
  const longExpr = () => many(int(6, 12), () => atom()).join(` ${pick(['+', '&&', '||', '*', '-'])} `);

  // ------------------------------------------------------------ comments
  const comment = () => {
    const r = int(0, 7);
    if (r < 3) return `/* ${words(2, 8)} */`;
    if (r < 5) return `// ${words(2, 8)}`;
    if (r === 5) return `/*${words(1, 5)}*/`;
    if (r === 6) return `/* ${words(3, 6)}\n   ${words(3, 8)} */`;
    return `/* ${words(10, 25)} */`;
  };
  const blockComment = () => {
    const r = int(0, 5);
    if (r === 0) return `/*\n * ${words(3, 8)}\n * ${words(3, 8)}\n */`;
    if (r === 1) return `/**************************\n * ${words(2, 5)}\n **************************/`;
    if (r === 2) return `/*- ${words(2, 5)}\n      keep   this   spacing   ${words(1, 3)}\n */`;
    if (r === 3) return `// ${words(3, 10)}`;
    if (r === 4) return `/* ${words(12, 30)} */`;
    return `/* ${words(2, 6)}\n${words(3, 7)}\n      ${words(2, 5)} */`;
  };

  // ------------------------------------------------------------ statements (as lines with depth)
  /** @returns {string[]} lines (unindented), braces as separate tokens marked by '{' '}' */
  const stmts = (depth, n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(...stmt(depth));
    return out;
  };
  const block = (depth, n) => ['{', ...stmts(depth + 1, n), '}'];
  /** one simple statement, usable as an unbraced if/else body */
  const simple = () => [pick([`${name()} = ${expr(1)};`, `${fname()} (${name()});`, `return ${expr(0)};`, `${name()}++;`, 'break;', 'continue;'])];
  const stmt = (depth) => {
    const r = depth > 2 ? int(0, 5) : int(0, 16);
    const tail = chance(0.15) ? ` ${comment().split('\n').join(' ')}`.replace(/\/\/(.*)$/, '/*$1 */') : '';
    switch (r) {
      case 0: case 1: return [`${name()}${sp()}${pick(['=', '+=', '-=', '|=', '<<='])}${sp()}${expr(2)};${tail}`];
      case 2: return [`${fname()}${sp()}(${many(int(0, 4), () => expr(1)).join(',' + sp())});${tail}`];
      case 3: return [pick([`return ${expr(1)};`, `return (${expr(1)});`, `return(${expr(0)});`, 'return;'])];
      case 4: return [comment()];
      case 5: return [`${name()}${pick(['++', '--'])};`];
      case 6: { // if / else if / else
        const lines = [`if${sp()}(${cond()})`, ...(chance(0.3) ? simple() : block(depth, int(1, 3)))];
        const k = int(0, 3);
        for (let j = 0; j < k; j++) lines.push(`else if${sp()}(${cond()})`, ...block(depth, int(1, 2)));
        if (chance(0.6)) lines.push('else', ...(chance(0.3) ? simple() : block(depth, int(1, 2))));
        return lines;
      }
      case 7: return [`for${sp()}(${name()}${sp()}=${sp()}0;${sp()}${name()}${sp()}<${sp()}${expr(0)};${sp()}${name()}++)`, ...(chance(0.2) ? [';'] : block(depth, int(1, 3)))];
      case 8: return [`while${sp()}(${cond()})`, ...block(depth, int(1, 3))];
      case 9: return ['do', ...block(depth, int(1, 2)), `while${sp()}(${cond()});`];
      case 10: { // switch
        const lines = [`switch${sp()}(${name()})`, '{'];
        const k = int(1, 4);
        for (let j = 0; j < k; j++) {
          lines.push(`case ${pick([String(int(0, 99)), pick(MACROS), `'${pick(['a', 'b', 'q'])}'`])}:`);
          if (chance(0.3)) lines.push('{', ...stmts(depth + 2, int(1, 2)), '}');
          else lines.push(...stmts(depth + 2, int(1, 2)));
          lines.push('break;');
        }
        if (chance(0.6)) lines.push('default:', ...stmts(depth + 2, 1));
        lines.push('}');
        return lines;
      }
      case 11: return [`${pick(TYPES)} ${name()}${chance(0.5) ? ` = ${expr(1)}` : ''}${chance(0.3) ? `, ${name()}` : ''};${tail}`];
      case 12: return [`${name()} = ${longExpr()};`];
      case 13: return [`${fname()} (${many(int(4, 8), () => expr(1)).join(', ')});`];
      case 14: return [pick([`#ifdef ${pick(MACROS)}`, `#if ${pick(MACROS)} > ${int(0, 9)}`]), ...stmt(depth), ...(chance(0.4) ? ['#else', ...stmt(depth)] : []), `#endif${chance(0.3) ? ` /* ${pick(MACROS)} */` : ''}`];
      case 15: return [`${pick(['goto', 'label'])}`.startsWith('goto') ? `goto out${int(1, 3)};` : `out${int(1, 3)}:`];
      default: return [pick(['continue;', 'break;', ';', `${name()} = ${name()} ? ${expr(0)} : ${expr(0)};`])];
    }
  };

  // ------------------------------------------------------------ top-level items
  const params = () => many(int(0, 4), () => `${pick(TYPES)} ${name()}`).join(',' + sp()) || pick(['void', '']);
  const func = () => {
    const ret = pick(['int', 'void', 'static int', 'char *', 'static void', 'double', 'struct node *', 'unsigned long', 'static inline int']);
    const head = chance(0.5) ? [`${ret} ${fname()}${sp()}(${params()})`] : [ret, `${fname()}${sp()}(${params()})`];
    const decls = many(int(0, 3), () => `${pick(TYPES)} ${name()}${chance(0.4) ? ` = ${expr(0)}` : ''};${chance(0.2) ? ` /* ${words(1, 4)} */` : ''}`);
    return [...head, '{', ...decls, ...stmts(1, int(2, 6)), '}'];
  };
  const struct = () => {
    const kw = pick(['struct', 'struct', 'union', 'enum']);
    const nm = pick(STRUCTS);
    const td = chance(0.3);
    const body = kw === 'enum'
      ? [many(int(2, 6), (i) => `${nm.toUpperCase()}_${pick(['A', 'B', 'C', 'D', 'E', 'F', 'G'])}${i}${chance(0.3) ? ` = ${i * 2}` : ''}`).join(',' + sp())]
      : many(int(1, 5), () => `${pick(TYPES)} ${name()}${chance(0.2) ? `[${int(1, 64)}]` : ''};${chance(0.25) ? ` /* ${words(1, 4)} */` : ''}`);
    return [`${td ? 'typedef ' : ''}${kw} ${nm}`, '{', ...body, `}${td ? ` ${nm}_t` : ''};`];
  };
  const global = () => {
    const r = int(0, 5);
    if (r === 0) return [`static ${pick(TYPES)} ${name()}${chance(0.5) ? ` = ${expr(0)}` : ''};`];
    if (r === 1) return [`${pick(TYPES)} ${name()}[${int(1, 9)}] = {${many(int(1, 6), () => String(int(0, 99))).join(',' + sp())}};`];
    if (r === 2) return [`extern ${pick(TYPES)} ${fname()} (${params()});`];
    if (r === 3) return [`int (*${name()}_fn)(int, char *);`];
    if (r === 4) return [`#define ${pick(MACROS)}${pick(['', ' ' + int(1, 4096), `(x) ((x) * ${int(2, 9)})`])}`];
    return [`typedef ${pick(TYPES)} ${name()}_t;`];
  };
  const pre = () => pick([`#include <${pick(['stdio', 'stdlib', 'string', 'ctype', 'errno'])}.h>`, `#include "${pick(FUNCS)}.h"`,
    `#  define ${pick(MACROS)} ${int(1, 99)}`, `#pragma once`, `#ifndef ${pick(MACROS)}\n#define ${pick(MACROS)}\n#endif`]);

  /** the items of a translation unit (each an array of lines) */
  const program = (opts = {}) => {
    const items = [];
    const nPre = int(0, 3);
    for (let i = 0; i < nPre; i++) items.push([pre()]);
    if (chance(0.6)) items.push([blockComment()]);
    const n = opts.items ?? int(2, 5);
    for (let i = 0; i < n; i++) {
      const r = int(0, 9);
      if (chance(0.3)) items.push([blockComment()]);
      if (r < 5) items.push(func());
      else if (r < 7) items.push(struct());
      else items.push(global());
    }
    return items;
  };

  /** render lines with random mess: indentation, joined lines, braces on the same line */
  const render = (items, mess = 0.5) => {
    let out = '';
    for (const it of items) {
      let depth = 0;
      const lines = [];
      for (let i = 0; i < it.length; i++) {
        let l = it[i];
        if (l === '}') depth--;
        const ind = chance(mess) ? ' '.repeat(int(0, 9)) + (chance(0.2) ? '\t' : '') : '    '.repeat(Math.max(depth, 0));
        const prev = lines.length ? lines[lines.length - 1] : null;
        const joinable = prev !== null && !prev.startsWith('#') && !/\/\/[^\n]*$/.test(prev) && !l.startsWith('#') && !l.startsWith('//');
        if (joinable && (l === '{' ? chance(0.5) : chance(mess * 0.3))) lines[lines.length - 1] = prev + pick([' ', '', '  ']) + l;
        else lines.push(l.startsWith('#') ? l : ind + l);
        if (l === '{') depth++;
      }
      out += lines.join('\n') + '\n' + (chance(0.7) ? '\n' : '') + (chance(0.2) ? '\n\n' : '');
    }
    return out;
  };

  const source = (opts = {}) => render(program(opts), opts.mess ?? rng.float());

  // ------------------------------------------------------------ case builders
  /** how the source is fed: stdin (no file argument), stdin with -st, or a file with -st */
  const feed = (src, argv = [], how) => {
    const h = how ?? pick(['stdin', 'stdin', 'stdin-st', 'file', 'file']);
    if (h === 'stdin') return { argv: [...argv], stdin: src };
    if (h === 'stdin-st') return { argv: ['-st', ...argv], stdin: src };
    const f = pick(['prog.c', 'main.c', 'util.c', 'x.c', 'lib.h']);
    const before = chance(0.5);
    return { argv: before ? [f, '-st', ...argv] : ['-st', ...argv, f], files: { [f]: src } };
  };

  const add = (id, note, make) => {
    const mk = (hidden) => {
      let c;
      for (let t = 0; t < 30; t++) {
        c = make(hidden);
        if (!seen.has(key(c))) break;
      }
      if (seen.has(key(c))) throw new Error(`duplicate test: ${id}`);
      seen.add(key(c));
      return c;
    };
    tests.push({ id, note, ...mk(false) });
    tests.push({ id: `${id}.dual`, note, hidden: true, dualOf: id, ...mk(true) });
  };
  /** options applied to random source; count visible tests */
  const opt = (id, note, argv, count = 1, srcOpts = {}) => {
    for (let i = 1; i <= count; i++) {
      const a = typeof argv === 'function' ? argv : () => argv;
      add(count === 1 ? id : `${id}-${i}`, note, () => feed(source(srcOpts), a()));
    }
  };

  // ============================================================ default style
  opt('default', 'default (GNU) style, source on stdin or in a file', [], 8);
  opt('default-big', 'default style on a larger file', [], 2, { items: 12 });
  add('empty-stdin', 'empty input', () => feed('', [], pick(['stdin', 'stdin-st'])));
  add('empty-file', 'empty input file', () => feed('', [], 'file'));
  add('only-newlines', 'blank lines only', () => feed('\n'.repeat(int(1, 6)), []));
  add('no-trailing-newline', 'last line without a newline', () => feed(source().replace(/\n+$/, ''), []));
  add('only-comment', 'a file holding one comment', () => feed(`${blockComment()}\n`, []));
  add('crlf', 'CRLF line ends', () => feed(source({ items: 2 }).replace(/\n/g, '\r\n'), []));
  add('form-feed', 'form feed between functions', () => feed(render(program({ items: 1 })) + '\f\n' + render(program({ items: 1 })), []));

  // ============================================================ common styles
  for (const s of ['-gnu', '-kr', '-orig', '-linux']) opt(`style${s}`, `common style ${s}`, [s], 4);
  opt('style-kr-override', '-kr followed by overrides', () => ['-kr', pick(['-i8', '-i2', '-nce', '-bl', '-ts4', '-nut', '-l60'])], 3);
  opt('style-linux-override', '-linux followed by overrides', () => ['-linux', pick(['-i4', '-nut', '-br', '-l100', '-ppi2', '-bad'])], 2);
  opt('style-gnu-override', '-gnu followed by overrides', () => ['-gnu', pick(['-nut', '-i4', '-br', '-ce', '-npsl', '-ncs'])], 2);
  opt('style-orig-override', '-orig followed by overrides', () => ['-orig', pick(['-nut', '-i2', '-bl', '-psl'])], 2);

  // ============================================================ single options
  const single = [
    // blank lines
    ['-bad'], ['-nbad'], ['-bap'], ['-nbap'], ['-bbb'], ['-sob'], ['-nsob'], ['-bc'], ['-nbc'],
    // comments
    ['-fca'], ['-nfca'], ['-fc1'], ['-nfc1'], ['-cdb'], ['-ncdb'], ['-sc'], ['-nsc'], ['-fnc'],
    ['-c', 'N'], ['-cd', 'N'], ['-cp', 'N'], ['-d', 'N'], ['-lc', 'N'], ['-ntac'],
    // statements
    ['-br'], ['-bl'], ['-ce'], ['-nce'], ['-cdw'], ['-ncdw'], ['-cli', 'N'], ['-cbi', 'N'], ['-bli', 'N'],
    ['-ss'], ['-nss'], ['-pcs'], ['-npcs'], ['-cs'], ['-ncs'], ['-bs'], ['-saf'], ['-nsaf'], ['-sai'], ['-nsai'],
    ['-saw'], ['-nsaw'], ['-prs'], ['-nprs'], ['-slc'],
    // declarations
    ['-di', 'N'], ['-bfda'], ['-nbfda'], ['-bfde'], ['-psl'], ['-npsl'], ['-brs'], ['-bls'], ['-brf'], ['-blf'],
    ['-dj'], ['-ndj'], ['-pal'], ['-par'], ['-sar'],
    // indentation
    ['-i', 'N'], ['-ci', 'N'], ['-ip', 'N'], ['-nip'], ['-lp'], ['-nlp'], ['-ppi', 'N'], ['-lps'], ['-il', 'N'],
    ['-pi', 'N'], ['-sbi', 'N'], ['-ts', 'N'], ['-ut'], ['-nut'], ['-as'],
    // long lines
    ['-l', 'N'], ['-bbo'], ['-nbbo'], ['-hnl'], ['-nhnl'], ['-gts'], ['-ngts'],
    // misc
    ['-npro'], ['-nv'],
  ];
  const numFor = (o) => {
    switch (o) {
      case '-l': return int(30, 100);
      case '-lc': return int(30, 90);
      case '-c': case '-cd': return int(8, 50);
      case '-cp': return int(0, 40);
      case '-ts': return pick([2, 3, 4, 8]);
      case '-i': return int(0, 8);
      case '-di': return int(0, 24);
      case '-il': return int(-4, 2);
      default: return int(0, 8);
    }
  };
  for (const [o, n] of single) {
    const id = `opt${o}`.replace(/-+/g, '-');
    const count = n ? 3 : 2;
    for (let i = 1; i <= count; i++) {
      // numeric options: the first test gives the number as a separate argument ("-i 4"), the others attached ("-i4")
      add(`${id}-${i}`, `option ${o}${n ? ' with a number' : ''}`, () => feed(source(), n ? (i === 1 ? [o, String(numFor(o))] : [`${o}${numFor(o)}`]) : [o]));
    }
  }

  // long option names
  const LONG = ['--blank-lines-after-declarations', '--braces-on-if-line', '--braces-after-if-line', '--cuddle-else',
    '--no-tabs', '--use-tabs', '--k-and-r-style', '--gnu-style', '--linux-style', '--original', '--line-length60',
    '--indent-level3', '--case-indentation4', '--space-after-procedure-calls', '--procnames-start-lines',
    '--dont-break-procedure-type', '--format-all-comments', '--swallow-optional-blank-lines', '--space-after-cast',
    '--blank-before-sizeof', '--continue-at-parentheses', '--preprocessor-indentation2', '--tab-size4',
    '--declaration-indentation16', '--comment-indentation40', '--space-after-parentheses', '--no-blank-lines-after-commas'];
  opt('long-options', 'long option names', () => rng.shuffle(LONG).slice(0, int(1, 3)), 6);

  // ============================================================ combinations
  const COMBO = ['-bad', '-nbad', '-bap', '-nbap', '-br', '-bl', '-ce', '-nce', '-cli2', '-cli4', '-i2', '-i3', '-i4', '-i8',
    '-ts2', '-ts4', '-ts8', '-nut', '-ut', '-l50', '-l72', '-l100', '-lc60', '-ip0', '-ip4', '-psl', '-npsl', '-sob',
    '-fca', '-nfca', '-cd20', '-c30', '-c40', '-di8', '-di16', '-nbc', '-bc', '-brs', '-bls', '-npcs', '-pcs', '-cs', '-bs',
    '-saf', '-sai', '-saw', '-nsaf', '-prs', '-lp', '-nlp', '-ppi2', '-ppi3', '-brf', '-blf', '-cdw', '-bbo', '-nbbo',
    '-par', '-pal', '-ss', '-bli0', '-bli2', '-sc', '-nsc', '-cbi0', '-hnl', '-nhnl', '-bfda', '-sbi2', '-pi4', '-ci4', '-ci8'];
  opt('combo', 'several style options combined', () => rng.shuffle(COMBO).slice(0, int(2, 6)), 24);
  opt('combo-style', 'a common style plus several options', () => [pick(['-gnu', '-kr', '-linux', '-orig']), ...rng.shuffle(COMBO).slice(0, int(1, 4))], 10);

  // ============================================================ targeted inputs
  const longLines = () => many(int(2, 4), () => [`int ${fname()} (${params()})`, '{',
    `${name()} = ${longExpr()};`, `if (${longExpr()})`, `${fname()} (${many(int(5, 9), () => expr(1)).join(', ')});`,
    `printf ("${words(8, 14)}\\n", ${name()}, ${name()});`, '}']);
  add('long-lines', 'long expressions and calls broken at -l', () => feed(render(longLines(), 0.2), [`-l${int(40, 80)}`]));
  add('long-lines-lp', 'long lines with -lp', () => feed(render(longLines(), 0.2), ['-lp', `-l${int(40, 70)}`]));
  add('long-lines-nlp-ci', 'long lines with -nlp -ci', () => feed(render(longLines(), 0.2), ['-nlp', `-ci${int(2, 8)}`, `-l${int(40, 70)}`]));
  add('long-lines-bbo', 'long boolean expressions with -bbo', () => feed(render(longLines(), 0.2), ['-bbo', `-l${int(40, 70)}`]));
  add('long-lines-nbbo', 'long boolean expressions with -nbbo', () => feed(render(longLines(), 0.2), ['-nbbo', `-l${int(40, 70)}`]));
  add('long-lines-hnl', 'honour newlines in long expressions', () => feed(render(longLines(), 0.2).replace(/ && /g, () => (chance(0.5) ? ' &&\n    ' : ' && ')), ['-hnl', `-l${int(40, 70)}`]));
  add('long-lines-default', 'long lines, default line length', () => feed(render(longLines(), 0.2), []));

  const comments = () => [[blockComment()], ...many(int(2, 4), () => [`int ${fname()} (void)`, '{',
    ...many(int(2, 5), () => pick([comment(), `${name()} = ${expr(1)}; ${comment().split('\n').join(' ')}`.replace(/\/\/(.*)$/, '/*$1 */'), blockComment()])), '}', blockComment()])];
  add('comments-default', 'comments of all kinds, default style', () => feed(render(comments()), []));
  add('comments-fca', 'comments with -fca', () => feed(render(comments()), ['-fca', `-lc${int(40, 70)}`]));
  add('comments-fc1', 'column-1 comments with -fc1', () => feed(render(comments()), ['-fc1']));
  add('comments-nfc1', 'column-1 comments with -nfc1', () => feed(render(comments()), ['-nfc1', '-fca']));
  add('comments-cdb-sc', 'comment delimiters on blank lines, stars', () => feed(render(comments()), ['-cdb', '-sc', '-fca']));
  add('comments-c-cd', 'comment columns -c -cd -cp', () => feed(render(comments()), [`-c${int(10, 50)}`, `-cd${int(10, 50)}`, `-cp${int(5, 40)}`]));
  add('comments-d', 'comments indentation -d', () => feed(render(comments()), [`-d${int(0, 4)}`]));
  add('comments-kr', 'comments with -kr', () => feed(render(comments()), ['-kr']));
  add('comments-linux', 'comments with -linux', () => feed(render(comments()), ['-linux']));
  add('comments-nested', 'nested /* inside comments with -fnc', () => feed(`/* ${words(2, 5)} /* ${words(2, 4)} */\nint ${name()};\n/* a /* b /* c */\n${render([func()])}`, ['-fnc']));
  add('comments-cpp-fca', '// comments with -fca -l', () => feed(render(comments()).replace(/\/\* ([^\n*]*) \*\//g, '// $1'), ['-fca', `-l${int(40, 70)}`]));

  const prepro = () => {
    const lines = [];
    const k = int(2, 4);
    for (let i = 0; i < k; i++) {
      lines.push(pick([`#ifdef ${pick(MACROS)}`, `#if defined(${pick(MACROS)}) && ${pick(MACROS)} > 1`, `#ifndef ${pick(MACROS)}`]));
      lines.push(pick([`#define ${pick(MACROS)} ${int(1, 99)}`, `# define ${pick(MACROS)}(a,b) ((a)+(b))`, `#include <stdio.h>`, `#  undef ${pick(MACROS)}`]));
      if (chance(0.5)) lines.push('#else', `#define ${pick(MACROS)} 0`);
      lines.push(`#endif${chance(0.5) ? ` ${pick(MACROS)}` : ''}`);
    }
    return [lines, ...program({ items: 2 })];
  };
  add('preproc-default', 'preprocessor lines and #else/#endif text', () => feed(render(prepro()), []));
  add('preproc-ppi', 'preprocessor indentation -ppi', () => feed(render(prepro()), [`-ppi${int(1, 4)}`]));
  add('preproc-lps', 'leave preprocessor space -lps', () => feed(render(prepro()), ['-lps']));
  add('preproc-cp', 'comments after #else/#endif with -cp', () => feed(render(prepro()).replace(/#endif( \w+)?/g, (m, w) => `#endif${w ? ` /* ${w.trim()} */` : ''}`), [`-cp${int(1, 40)}`]));

  const decls = () => [many(int(4, 8), () => `${pick(['', 'static ', 'extern ', 'const ', 'register '])}${pick(TYPES)} ${chance(0.3) ? '*' : ''}${name()}${chance(0.3) ? `, *${name()}` : ''}${chance(0.3) ? ` = ${expr(0)}` : ''};${chance(0.3) ? ` /* ${words(1, 5)} */` : ''}`), ...program({ items: 2 })];
  add('decls-di', 'declarations with -di', () => feed(render(decls()), [`-di${int(4, 24)}`]));
  add('decls-di0-bc', 'declarations with -di0 -bc', () => feed(render(decls()), ['-di0', '-bc']));
  add('decls-pal', 'pointer alignment left', () => feed(render(decls()), ['-pal', `-di${int(0, 16)}`]));
  add('decls-par', 'pointer alignment right', () => feed(render(decls()), ['-par']));
  add('decls-T', 'typedef names given with -T', () => {
    const t = pick(['foo_t', 'bar_t', 'Thing', 'word_t']);
    return feed(`${t} *${name()};\nint f (${t} *a, ${t} b)\n{\n${t} *p = (${t} *) a;\nreturn sizeof (${t}) * b;\n}\n`, ['-T', t]);
  });
  add('decls-no-T', 'unknown typedef names without -T', () => {
    const t = pick(['foo_t', 'bar_t', 'Thing', 'word_t']);
    return feed(`${t} *${name()};\nint f (${t} *a, ${t} b)\n{\n${t} *p = (${t} *) a;\nreturn sizeof (${t}) * b;\n}\n`, []);
  });
  add('kr-params', 'old-style K&R parameter declarations with -ip', () => feed(`int\n${fname()}(a, b, c)\nint a;\nchar *b;\nlong c;\n{\nreturn a + *b + c;\n}\n`, [`-ip${int(0, 8)}`]));
  add('kr-params-nip', 'old-style K&R parameters with -nip', () => feed(`${pick(['int', 'char *', 'static long'])} ${fname()}(a, b)\nint a;\n${pick(TYPES)} b;\n{\nreturn a;\n}\n`, ['-nip']));
  add('bfda-bfde', 'break function declaration arguments', () => feed(render([func(), func()]), ['-bfda', '-bfde']));
  add('initializers-sar', 'initializers with and without -sar', () => feed(`int ${name()}[] = {${many(int(3, 9), () => int(0, 99)).join(',')}};\nstruct ${pick(STRUCTS)} ${name()} = { ${int(1, 9)}, "${pick(WORDS)}", {${int(0, 5)},${int(0, 5)}} };\n`, [pick(['-sar', '-sar', '-nsar'])].filter((x) => x !== '-nsar')));
  add('switch-cli-cbi', 'switch with -cli and -cbi', () => feed(render([[`void ${fname()} (int x)`, '{', ...stmt(3).slice(0, 0), ...(() => { const l = [`switch (x)`, '{']; for (let j = 0; j < int(2, 4); j++) l.push(`case ${j}:`, '{', `${name()} = ${expr(1)};`, 'break;', '}'); l.push('default:', 'return;', '}'); return l; })(), '}']]), [`-cli${int(0, 8)}`, `-cbi${int(0, 8)}`]));
  add('labels-il', 'goto labels with -il', () => feed(`int f (int x)\n{\nif (x) goto ${pick(['out', 'fail', 'done'])};\nx++;\n${pick(['out', 'fail', 'done'])}:\nreturn x;\n}\n`, [`-il${int(-3, 3)}`]));
  add('do-while-cdw', 'do/while with -cdw', () => feed(render([[`int f (void)`, '{', 'do', '{', `${name()}++;`, '}', `while (${cond()});`, 'do', `${name()}--;`, `while (${name()});`, '}']]), ['-cdw', pick(['-br', '-bl'])]));
  add('else-if-ce', 'if/else chains with -ce', () => feed(render([func(), func()]), ['-ce', '-br']));
  add('single-line-cond', 'single-line conditionals -slc', () => feed(`int f (int a)\n{\nif (a) return ${int(0, 9)};\nif (a > ${int(1, 9)}) a--; else a++;\nwhile (a) a--;\nreturn a;\n}\n`, ['-slc']));
  add('gettext-strings', 'gettext strings with -gts', () => feed(`void f (void)\n{\nputs (_("${words(2, 5)}"));\nputs (N_ ("${words(2, 5)}"));\n}\n`, ['-gts']));
  add('casts-cs', 'casts with -cs', () => feed(`void f (void *p)\n{\nint a = (int)p;\nchar *c = (char *)p;\nlong l = (long) sizeof(int) + (${pick(TYPES)})${name()};\n}\n`, ['-cs']));
  add('special-semicolon', 'for/while with an empty body -ss', () => feed(`void f (void)\n{\nfor (${name()} = 0; ${name()} < ${int(1, 99)}; ${name()}++);\nwhile (${name()}--);\n}\n`, ['-ss']));
  add('struct-braces', 'struct brace placement -brs/-bls -sbi', () => feed(render([struct(), struct(), struct()]), [pick(['-brs', '-bls']), `-sbi${int(0, 6)}`]));
  add('func-braces', 'function brace placement -brf/-blf', () => feed(render([func(), func()]), [pick(['-brf', '-blf']), pick(['-psl', '-npsl'])]));
  add('tabs-ts-ut', 'tabs with -ut -ts N', () => feed(source(), ['-ut', `-ts${pick([2, 3, 4, 6, 8])}`, `-i${int(2, 8)}`]));
  add('tabs-as', 'align with spaces -as -ut', () => feed(source(), ['-ut', '-as', `-i${pick([4, 8])}`]));
  add('tabs-in-input-nut', 'tabs in the input with -nut', () => feed(source({ mess: 0.9 }).replace(/ {4}/g, '\t'), ['-nut']));

  // profiles
  add('profile-cwd', '.indent.pro in the working directory', () => {
    const c = feed(source(), [], pick(['stdin', 'stdin-st']));
    c.files = { '.indent.pro': `${rng.shuffle(COMBO).slice(0, int(1, 4)).join(pick([' ', '\n']))}\n` };
    return c;
  });
  add('profile-comments', '.indent.pro holding comments', () => {
    const c = feed(source(), [], 'stdin');
    c.files = { '.indent.pro': `/* my style */ ${pick(['-kr', '-linux', '-orig'])}\n// ${words(1, 3)}\n${pick(COMBO)}\n` };
    return c;
  });
  add('profile-npro', '.indent.pro ignored with -npro', () => {
    const c = feed(source(), ['-npro'], 'stdin');
    c.files = { '.indent.pro': `${pick(['-kr', '-linux', '-i8'])}\n` };
    return c;
  });
  add('profile-cmdline-overrides', 'command line options override .indent.pro', () => {
    const c = feed(source(), [pick(['-i2', '-i4', '-gnu', '-br'])], 'stdin');
    c.files = { '.indent.pro': `${pick(['-kr', '-linux', '-i8 -bl'])}\n` };
    return c;
  });
  add('profile-env', 'INDENT_PROFILE names a profile file', () => {
    const c = feed(source(), [], 'stdin');
    const f = pick(['style.pro', 'my.pro', 'indent.cfg']);
    c.files = { [f]: `${pick(['-kr', '-linux', '-orig', '-i3 -br'])}\n` };
    c.env = { INDENT_PROFILE: f };
    return c;
  });
  add('profile-bad-option', 'an unknown option inside .indent.pro', () => {
    const c = feed(source({ items: 1 }), [], 'stdin');
    c.files = { '.indent.pro': `-kr ${pick(['-foo', '-zz', '-qq9'])}\n` };
    return c;
  });

  // output forms
  add('output-o-file', 'output to a file with -o: nothing on stdout', () => ({ argv: ['in.c', '-o', 'out.c'], files: { 'in.c': source() } }));
  add('multiple-files-st', 'several files with -st', () => ({ argv: ['-st', 'a.c', 'b.c'], files: { 'a.c': source({ items: 1 }), 'b.c': source({ items: 1 }) } }));
  add('verbose', '-v statistics on stderr', () => feed(source(), ['-v'], pick(['stdin', 'file'])));
  add('version', '-version / --version', (h) => ({ argv: [h ? '--version' : '-version'], stdin: h ? 'int x;\n' : '' }));
  add('help', '--help / -h', (h) => ({ argv: [h ? '-h' : '--help'], ...(h ? { stdin: 'int x;\n' } : {}) }));
  add('indent-off', 'formatting disabled between *INDENT-OFF* and *INDENT-ON* comments', () => feed(`${render([func()])}/* *INDENT-OFF* */\n${render([func()], 1)}/* *INDENT-ON* */\n${render([func()])}`, []));
  add('indent-off-line', '*INDENT-OFF* as // comments inside a function', () => feed(`int f (void)\n{\n  ${name()}=${expr(1)};\n// *INDENT-OFF*\n    ${name()}   =   ${expr(1)};\n      ${name()}  ++ ;\n// *INDENT-ON*\n${name()}=${expr(1)};\n}\n`, [pick(['-kr', '-gnu', '-linux'])]));

  // ============================================================ errors
  add('err-unknown-option', 'unknown option', () => ({ argv: [pick(['-zz', '-foo', '-bogus', '--nonsense', '-q'])], stdin: 'int x;\n' }));
  add('err-unknown-option-after', 'unknown option after good ones', () => ({ argv: ['-kr', pick(['-xyz', '-Q', '--frobnicate']), '-st'], stdin: 'int x;\n' }));
  add('err-missing-numeric', 'numeric option without a value', () => ({ argv: [pick(['-i', '-l', '-ts', '-c', '-di', '-cli'])], stdin: 'int x;\n' }));
  add('err-bad-numeric', 'numeric option with a non-number', () => ({ argv: [pick(['-ixx', '-lfoo', '-ts-', '-cabc', '-di?'])], stdin: 'int x;\n' }));
  add('err-missing-file', 'input file that does not exist', () => ({ argv: [`nofile${int(1, 99)}.c`, '-st'] }));
  add('err-unreadable-file', 'input file without read permission', () => ({ argv: ['-st', 'locked.c'], files: { 'locked.c': { text: source({ items: 1 }), mode: 0 } } }));
  add('err-directory', 'a directory as input', () => { const d = pick(['dir', 'src', 'sub', 'folder']); return { argv: ['-st', d], files: { [d]: { dir: true } } }; });
  add('err-T-missing', '-T without a name', () => ({ argv: ['-st', '-T'], stdin: source({ items: 1 }) }));
  add('err-o-missing', '-o without a file name', () => ({ argv: ['-o'], stdin: source({ items: 1 }) }));
  add('err-unterminated-comment', 'unterminated comment at end of input', () => feed(`${render([func()])}/* ${words(2, 6)}\n${name()} = 1;\n`, []));
  add('err-unterminated-string', 'unterminated string constant', () => feed(`int f (void)\n{\nchar *s = "${words(1, 4)};\nreturn ${int(0, 9)};\n}\n`, []));
  add('err-unterminated-char', 'unterminated character constant', () => feed(`int f (void)\n{\nchar c = '${pick(['a', 'b', 'x'])};\nreturn c;\n}\n`, []));
  add('err-eof-in-block', 'unexpected end of file inside a block', () => feed(`int f (int x)\n{\nif (x) {\n${name()} = ${expr(1)};\n`, []));
  add('err-extra-brace', 'too many closing braces', () => feed(`${render([func()])}}\n${pick(['', '}\n'])}`, []));
  add('err-unmatched-endif', 'unmatched #endif and #else', () => feed(`${pick(['#endif', '#else'])}\n${render([func()])}`, []));
  add('err-unterminated-if', '#if without #endif', () => feed(`#if ${pick(MACROS)}\n${render([func()])}`, []));
  add('err-stray-paren', 'unbalanced parentheses', () => feed(`int f (int x)\n{\nreturn (x + ${int(1, 9)};\n}\n${render([func()])}`, []));
  add('err-garbage', 'non-C input', () => feed(`${words(5, 15)}\n@@ $$ \`\` ${words(2, 4)} ## ]] [[ ))\n`, []));
  add('err-missing-file-multi', 'a missing file among existing ones', () => ({ argv: ['-st', 'a.c', `missing${int(1, 9)}.c`], files: { 'a.c': source({ items: 1 }) } }));

  return tests;
}
