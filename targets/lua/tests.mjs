// Test-case generator for lua5.4 (Lua 5.4.4, Debian 12).
//
// Tests are grouped in families: fam(id, note, n, make, duals) adds n visible
// tests "<id>-<i>" (or "<id>" when n is 1) and, for the first `duals` of them,
// a hidden dual "<id>-<i>.dual" made by the same code with other rng values.
// make(isDual, i) returns { argv?, stdin?, files?, env? }.
//
// Determinism rules followed by every Lua program below:
//  - never print a table, function, thread or userdata address (tostring of
//    those, %p, print(t)); error objects that are tables are fine (lua.c prints
//    "(error object is a table value)");
//  - never rely on the iteration order of pairs/next over string (or other
//    non-sequence) keys: Lua 5.4 seeds its string hash from the clock and ASLR,
//    so keys are always sorted first;
//  - math.random only after math.randomseed(n) with explicit n;
//  - no os.time()/os.clock()/os.date() without a fixed time, no io.popen,
//    no os.tmpname, no collectgarbage("count").
// Every test prints something or exits non-zero, so a do-nothing stub fails.

const FILES = ['main.lua', 'prog.lua', 'script.lua', 'run.lua', 'app.lua', 'test.lua', 'solve.lua', 'demo.lua', 'task.lua', 'calc.lua'];
const VN = ['count', 'total', 'cfg', 'user', 'item', 'node', 'acc', 'buf', 'idx', 'value', 'result', 'data', 'opts', 'entry', 'rec', 'cur', 'state', 'list', 'obj', 'tmp', 'row', 'score'];
const FN = ['process', 'compute', 'handle', 'parse', 'update', 'render', 'load_data', 'step', 'visit', 'check', 'build', 'apply', 'walk', 'run_job', 'helper', 'transform'];
const WORDS = ['apple', 'river', 'stone', 'cloud', 'tiger', 'maple', 'ocean', 'ember', 'frost', 'lemon', 'pixel', 'quartz', 'raven', 'solar', 'tulip', 'violet', 'willow', 'zebra', 'amber', 'birch', 'cedar', 'delta', 'falcon', 'garnet', 'harbor', 'iris', 'jasper', 'kernel', 'lotus', 'meadow', 'nectar', 'orbit'];
const FIRST = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Eve', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Wen', 'Yara', 'Zoë'];
const CITIES = ['Lisbon', 'Osaka', 'Nairobi', 'Quito', 'Oslo', 'Austin', 'Pune', 'Lyon', 'Perth', 'Cusco', 'São Paulo', 'Kraków', 'Reykjavík'];
const UNI = ['héllo', 'naïve', 'café', 'Ünïcödé', '日本語', 'Привет', 'Ελλάδα', 'emoji 😀', 'math ∑∫', 'ça va', 'Zoë', 'smörgåsbord', '中文字', 'κόσμε', '🎵🎶'];
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const BS = '\\';

/**
 * Lua source from a template: a leading newline is dropped and the first line's
 * indentation is removed from every line that has it (interpolated blocks that
 * start at column 0 are left alone). Backslashes are kept as written (String.raw).
 */
function lua(strings, ...vals) {
  let s = String.raw({ raw: strings.raw }, ...vals);
  if (s.startsWith('\n')) s = s.slice(1);
  const ind = /^[ ]*/.exec(s)[0];
  if (ind) s = s.split('\n').map((l) => (l.startsWith(ind) ? l.slice(ind.length) : l)).join('\n');
  return s.replace(/[ ]+$/, '');
}

/** A Lua string literal for s (double quotes, decimal escapes for control bytes). */
function q(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 32 || c === 127) out += `\\${String(c).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

// Lua helpers pasted into programs that need them.
const HEX = 'local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end\n';
const SHOW = 'local function show(t) print(table.concat(t, " ")) end\n';
const KEYS = lua`
  local function sortedkeys(t)
    local ks = {}
    for k in pairs(t) do ks[#ks + 1] = k end
    table.sort(ks, function(a, b)
      if type(a) == type(b) then return a < b end
      return type(a) < type(b)
    end)
    return ks
  end
`;
const DUMP = KEYS + lua`
  local function dump(v, ind)
    ind = ind or ""
    if type(v) == "string" then return string.format("%q", v) end
    if type(v) ~= "table" then return tostring(v) end
    local parts = {}
    for _, k in ipairs(sortedkeys(v)) do
      parts[#parts + 1] = ind .. "  [" .. (type(k) == "string" and string.format("%q", k) or tostring(k)) .. "] = " .. dump(v[k], ind .. "  ")
    end
    if #parts == 0 then return "{}" end
    return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
  end
`;

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng }) {
  // ---------------------------------------------------------------- helpers
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const int = (a, b) => rng.int(a, b);
  const pick = (a) => rng.pick(a);
  const sample = (arr, k) => rng.shuffle(arr).slice(0, k);
  const word = () => pick(WORDS);
  const words = (n) => many(n, word);
  const vname = () => pick(VN);
  const fname = () => pick(FN);
  const two = (arr) => { const s = sample(arr, 2); return s; };
  const nums = (n, lo = -99, hi = 999) => many(n, () => int(lo, hi));
  const lst = (arr) => `{${arr.join(', ')}}`;
  const strs = (arr) => `{${arr.map(q).join(', ')}}`;
  const fl = () => `${int(0, 999)}.${int(0, 99)}${int(1, 9)}`;
  const sentence = (n) => {
    const w = words(n);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}${pick(['.', '!', '?', '.'])}`;
  };
  const pad = () => many(int(0, 5), (i) => pick([`local v${i} = ${int(1, 99)}`, `-- note ${word()}`, '', `local s${i} = "${word()}"`])).join('\n');

  // ---------------------------------------------------------------- registry
  const cases = [];
  const key = (c) => JSON.stringify([c.argv ?? [], c.stdin ?? null, c.env ?? null, c.files ?? null]);
  const seen = new Set();
  const ids = new Set();
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
  const fam = (id, note, n, make, duals = 1) => {
    for (let i = 1; i <= n; i++) {
      const vid = n === 1 ? id : `${id}-${i}`;
      if (ids.has(vid)) throw new Error(`duplicate id ${vid}`);
      ids.add(vid);
      cases.push({ id: vid, note, ...draw(make, false, i, vid) });
      if (i <= duals) cases.push({ id: `${vid}.dual`, note, ...draw(make, true, i, `${vid}.dual`), hidden: true, dualOf: vid });
    }
  };
  /** one visible test per [name, make] entry, each with a dual unless `duals` is false */
  const each = (id, note, list, reps = 1) => {
    for (const [name, make] of list) fam(`${id}-${name}`, note, reps, make, 1);
  };
  /** a script in a file (random name), run with optional options before it and args after */
  const S = (code, o = {}) => {
    const name = o.name ?? pick(FILES);
    return {
      argv: [...(o.pre ?? []), name, ...(o.args ?? [])],
      files: { [name]: code, ...(o.files ?? {}) },
      ...(o.stdin !== undefined ? { stdin: o.stdin } : {}),
      ...(o.env ? { env: o.env } : {}),
    };
  };
  /** a script as a file, from stdin, or (one-liners) with -e: the chunk name differs */
  const V = (code, o = {}) => {
    const how = o.how ?? pick(['file', 'file', 'file', 'stdin', 'dash']);
    if (how === 'stdin') return { argv: [], stdin: code };
    if (how === 'dash') return { argv: ['-'], stdin: code };
    if (how === 'e') return { argv: ['-e', code] };
    return S(code, o);
  };
  const expr = () => {
    const a = () => pick([String(int(1, 99)), `${int(1, 9)}.${int(0, 9)}`, String(int(100, 99999))]);
    let e = a();
    for (let k = 0; k < int(1, 3); k++) e += ` ${pick(['+', '-', '*', '/', '//', '%'])} ${a()}`;
    return e;
  };

  // ================================================================ command line
  fam('cli-version', '-v prints the version line', 1, () => ({ argv: ['-v'] }), 0);
  fam('cli-version-e', '-v with -e: version first, then the statement', 1, () => ({ argv: ['-v', '-e', `print(${int(2, 99)} * ${int(2, 99)})`] }));
  fam('cli-version-script', '-v then a script with args', 1, () => S(`print(#arg, arg[1])\n`, { pre: ['-v'], args: [word()] }));
  fam('cli-e', '-e runs a statement', 5, () => ({ argv: ['-e', `print(${expr()})`] }), 2);
  fam('cli-e-multi', 'several -e run in order and share globals', 3, () => {
    const n = int(2, 50), m = int(2, 9);
    return { argv: ['-e', `x = ${n}`, '-e', `x = x * ${m}; print(x)`, '-e', `print(x + ${int(1, 9)}, type(x))`] };
  }, 2);
  fam('cli-e-script', '-e runs before the script; globals are shared', 2, () => {
    const v = vname();
    return S(`print("${v} is", ${v}, ${v} * 2)\nprint(#arg)\n`, { pre: ['-e', `${v} = ${int(1, 500)}`] });
  });
  fam('cli-e-joined', '-e glued to its statement (-eSTAT)', 2, () => ({ argv: [`-eprint(${expr()})`] }));
  fam('cli-e-arg', 'arg with no script: arg[0] is the interpreter', 1, () => ({ argv: ['-e', `print(arg[0], #arg, arg[1], ${int(1, 9)})`] }));
  fam('cli-args', 'script arguments in arg and in ...', 5, () => {
    const args = many(int(0, 5), () => pick([word(), String(int(-50, 500)), `${word()} ${word()}`, '', '-x', '--', `${int(1, 9)}.5`]));
    return S(lua`
      print("arg[0]", arg[0])
      print("n", #arg, select("#", ...))
      for i = 1, #arg do print(i, "[" .. arg[i] .. "]", type(arg[i])) end
      local a, b = ...
      print(a, b)
    `, { args });
  }, 2);
  fam('cli-args-options', 'negative arg indices hold the interpreter and its options', 2, () => {
    const pre = pick([['-W'], ['-e', `x=${int(1, 9)}`], ['-E', '-W'], ['-e', 'y=1', '-W'], ['--']]);
    return S(lua`
      for i = -${pre.length + 1}, #arg do print(i, arg[i]) end
    `, { pre, args: words(int(0, 2)) });
  });
  fam('cli-args-after-script', 'options after the script name are script arguments', 2, () =>
    S(`for i, a in ipairs(arg) do print(i, a) end\nprint(x)\n`, { args: pick([['-e', 'x=1'], ['-v', word()], ['-l', word(), '--'], ['-', '-i']]) }));
  fam('cli-stdin', 'no arguments: the program is read from stdin', 4, () =>
    ({ argv: [], stdin: `local t = ${lst(nums(int(3, 7)))}\nlocal s = 0\nfor _, v in ipairs(t) do s = s + v end\nprint("sum", s, "n", #t, arg and #arg)\n` }), 2);
  fam('cli-stdin-dash', '- runs stdin as the script, arguments follow', 2, () =>
    ({ argv: ['-', ...words(int(1, 3))], stdin: `print(arg[0], #arg, ...)\nprint(select("#", ...))\n` }));
  fam('cli-dashdash', '-- ends options: a script whose name starts with -', 2, () => {
    const name = pick(['-x.lua', '-script.lua', '-v.lua', '--.lua']);
    return S(`print("running", arg[0], ...)\n`, { name, pre: ['--'], args: words(int(0, 2)) });
  });
  fam('cli-l', '-l requires a module into a global', 2, () => {
    const m = pick(['util', 'mathx', 'strx', 'helpers', 'geom']);
    const k = int(2, 9);
    return {
      argv: ['-l', m, '-e', `print(${m}.scale(${int(1, 99)}), ${m}.name, package.loaded.${m} == ${m})`],
      files: { [`${m}.lua`]: `local M = {name = "${m}"}\nfunction M.scale(x) return x * ${k} end\nprint("loading", ...)\nreturn M\n` },
    };
  });
  fam('cli-l-global', '-l g=mod stores the module in global g', 2, () => {
    const m = pick(['shapes', 'colors', 'units']);
    const g = pick(['S', 'lib', 'X']);
    return {
      argv: ['-l', `${g}=${m}`, '-e', `print(${g}.area(${int(1, 20)}, ${int(1, 20)}), ${m})`],
      files: { [`${m}.lua`]: 'return { area = function(w, h) return w * h end }\n' },
    };
  });
  fam('cli-l-joined', '-lmod glued', 1, () => {
    const m = pick(['cfg', 'conf', 'settings']);
    return { argv: [`-l${m}`, '-e', `print(${m}.port, ${m}.host)`], files: { [`${m}.lua`]: `return { port = ${int(1024, 9999)}, host = "${word()}.local" }\n` } };
  });
  fam('cli-l-missing', '-l with a module that does not exist', 1, () => ({ argv: ['-l', pick(['nosuchmod', 'json', 'socket', 'lfs']), '-e', 'print(1)'] }));
  fam('cli-l-order', '-l and -e run in command-line order', 1, () => {
    const m = pick(['first', 'second']);
    return { argv: ['-e', `print("before", ${m})`, '-l', m, '-e', `print("after", ${m}.v)`], files: { [`${m}.lua`]: `print("loading ${m}")\nreturn { v = ${int(1, 99)} }\n` } };
  });
  fam('cli-l-error', 'a module that raises an error while loading', 1, () => {
    const m = pick(['broken', 'bad']);
    return { argv: ['-l', m, '-e', 'print(1)'], files: { [`${m}.lua`]: `local x = ${int(1, 9)}\nerror("cannot init ${m}: " .. x)\n` } };
  });
  fam('cli-init', 'LUA_INIT code runs before the script', 2, () => {
    const v = vname();
    return S(`print(${v}, type(${v}))\n`, { env: { LUA_INIT: `${v} = ${int(1, 999)}; print("init ran")` } });
  });
  fam('cli-init-54', 'LUA_INIT_5_4 takes priority over LUA_INIT', 1, () =>
    ({ argv: ['-e', 'print(who)'], env: { LUA_INIT: `who = "plain ${word()}"`, LUA_INIT_5_4: `who = "versioned ${word()}"` } }));
  fam('cli-init-file', 'LUA_INIT=@file runs that file', 1, () => {
    const f = pick(['init.lua', 'setup.lua']);
    return { argv: ['-e', 'print(greeting)'], env: { LUA_INIT: `@${f}` }, files: { [f]: `greeting = "hello ${word()}"\nprint("from ${f}")\n` } };
  });
  fam('cli-init-E', '-E ignores LUA_INIT', 1, () => ({ argv: ['-E', '-e', 'print(marker)'], env: { LUA_INIT: `marker = ${int(1, 99)}` } }));
  fam('cli-init-error', 'an error in LUA_INIT stops the interpreter', 1, () => ({ argv: ['-e', 'print("not reached")'], env: { LUA_INIT: pick([`error("init failed ${int(1, 9)}")`, `x = = ${int(1, 9)}`, `local t = nil; print(t.k${int(1, 9)})`]) } }));
  fam('cli-lua-path', 'LUA_PATH directs require', 2, () => {
    const dir = pick(['lib', 'mods', 'vendor']);
    const m = pick(['strutil', 'queue', 'counter']);
    return {
      argv: ['-e', `local m = require("${m}"); print(m.id, select("#", require("${m}")))`],
      env: { LUA_PATH: `./${dir}/?.lua` },
      files: { [`${dir}/${m}.lua`]: `print("loading", ...)\nreturn { id = "${m}-${int(1, 99)}" }\n` },
    };
  });
  fam('cli-lua-path-E', '-E: LUA_PATH is ignored, the default path is used', 1, () => {
    const m = pick(['local_mod', 'here']);
    return { argv: ['-E', '-e', `print(require("${m}").v)`], env: { LUA_PATH: './nowhere/?.lua' }, files: { [`${m}.lua`]: `return { v = ${int(1, 999)} }\n` } };
  });
  fam('cli-W', '-W turns warnings on (messages go to stderr)', 2, () =>
    S(`print("start")\nwarn("${word()} ", "is low: ", "${int(1, 9)}")\nwarn("@off")\nwarn("hidden")\nwarn("@on")\nwarn("back ${word()}")\nprint("end")\n`, { pre: ['-W'] }));
  fam('cli-warn', 'warnings are off by default; "@on" turns them on', 2, () =>
    S(`warn("invisible ${word()}")\nprint("a")\nwarn("@on")\nwarn("visible ", "${word()}")\nprint("b")\n`));
  fam('cli-bad-option', 'an unknown option: usage on stderr, exit 1', 3, () => ({ argv: [pick(['-x', '-Z', '--help', '--version', '-vx', '-Ex', '-Wfoo', '-ix', '-q']), ...pick([[], ['main.lua']])] }), 2);
  fam('cli-missing-arg', 'an option missing its argument', 2, (d, i) => ({ argv: [...pick([[], ['-W'], ['-E'], ['-v']]), i === 1 ? '-e' : '-l'] }));
  fam('cli-missing-script', 'a script file that does not exist', 2, () => ({ argv: [`${word()}.lua`, ...words(int(0, 2))] }));
  fam('cli-dir-script', 'a directory given as the script', 1, () => { const d = word(); return { argv: [d], files: { [d]: { dir: true } } }; });
  fam('cli-unreadable', 'an unreadable script', 1, () => { const f = `${word()}.lua`; return { argv: [f], files: { [f]: { text: 'print(1)\n', mode: 0 } } }; });
  fam('cli-empty-script', 'an empty script after -e output', 1, () => { const f = `${word()}.lua`; return { argv: ['-e', `print(${int(1, 99)})`, f], files: { [f]: '' } }; });
  fam('cli-interactive', '-i: lines read from stdin (not a terminal), prompts and echo go to stdout', 3, (d, i) => {
    const lines = [
      [`x = ${int(1, 50)}`, `x * ${int(2, 9)}`, `print(x + 1)`, `"${word()}" .. x`],
      [`function f(n)`, `  return n * ${int(2, 9)}`, `end`, `f(${int(1, 20)})`, `f(1), f(2)`],
      [`local t = {}`, `t`, `error("${word()}")`, `${int(1, 9)} + nil`, `1 +`, `return ${int(1, 9)}, "${word()}"`],
    ][i - 1];
    return { argv: i === 2 ? ['-i', '-e', `print("pre")`] : ['-i'], stdin: `${lines.join('\n')}\n` };
  }, 2);
  fam('cli-exit', 'os.exit with a status', 5, (d, i) => {
    const st = [String(int(2, 120)), 'true', 'false', `${int(0, 3)}, true`, String(int(121, 255))][i - 1];
    return V(`io.write("before exit ${word()}\\n")\nos.exit(${st})\nprint("not reached")\n`);
  }, 3);
  fam('cli-error-exit', 'an uncaught error: message, traceback, exit 1', 3, (d, i) => {
    const f = fname();
    return V(`print("start")\nlocal function ${f}(x)\n  error("${word()} failed: " .. x)\nend\n${pad()}\n${f}(${int(1, 99)})\nprint("not reached")\n`, { how: ['file', 'stdin', 'dash'][i - 1] });
  }, 2);
  fam('cli-shebang', 'a first line starting with # is skipped', 2, () =>
    S(`#!/usr/bin/env lua5.4\nprint("line 2", ${int(1, 99)})\nerror("at line 3 ${word()}")\n`));
  fam('cli-return', 'values returned by the main chunk are ignored', 1, () => S(`print("main", ...)\nreturn ${int(1, 9)}, "${word()}"\n`, { args: [word()] }));

  // ================================================================ syntax errors
  const SYN = [
    ['missing-end-function', () => `${pad()}\nlocal function ${fname()}(a, b)\n  local s = a + b\n  return s\n\nprint(${int(1, 9)})\n`],
    ['missing-end-if', () => `local x = ${int(1, 99)}\n${pad()}\nif x > ${int(1, 99)} then\n  print("big")\nelse\n  print("small")\n`],
    ['missing-end-for', () => `${pad()}\nfor i = 1, ${int(2, 9)} do\n  print(i)\n  if i > 2 then print("x") end\n`],
    ['missing-then', () => `local ${vname()} = ${int(1, 9)}\n${pad()}\nif ${int(1, 9)} == ${int(1, 9)}\n  print(1)\nend\n`],
    ['missing-do', () => `local i = 0\n${pad()}\nwhile i < ${int(2, 9)}\n  i = i + 1\nend\n`],
    ['local-no-equals', () => `${pad()}\nlocal ${vname()} ${int(1, 999)}\n`],
    ['double-equals', () => `${pad()}\n${vname()} = = ${int(1, 99)}\n`],
    ['unclosed-paren', () => `${pad()}\nprint((${int(1, 9)} + ${int(1, 9)})\n`],
    ['unclosed-paren-multiline', () => `${pad()}\nlocal t = math.max(${int(1, 9)},\n  ${int(1, 9)},\n  ${int(1, 9)}\nprint(t)\n`],
    ['unfinished-string', () => `${pad()}\nprint("${word()} ${word()})\nprint(2)\n`],
    ['unfinished-long-string', () => `${pad()}\nlocal s = [[${word()}\n${word()}\n`],
    ['unfinished-long-comment', () => `print(1)\n${pad()}\n--[==[ ${word()}\n${word()} ]]\n`],
    ['malformed-number', () => `${pad()}\nlocal x = ${pick([`${int(1, 9)}..${int(1, 9)}`, `0x${int(1, 9)}g`, `${int(1, 9)}e+`, `${int(1, 9)}.${int(1, 9)}.${int(1, 9)}`, `${int(1, 9)}abc`])}\n`],
    ['invalid-escape', () => `${pad()}\nprint("${word()}\\${pick(['q', 'k', 'y', 'w', 'c'])}${word()}")\n`],
    ['decimal-escape', () => `${pad()}\nprint("a\\${int(256, 999)}b")\n`],
    ['utf8-escape', () => `${pad()}\nprint(${pick([`"\\u{${int(0x80000000, 0xffffffff).toString(16)}}"`, `"\\u{${int(0x41, 0x7a).toString(16)}"`, '"\\u{}"', '"\\u41"'])})\n`],
    ['hex-escape', () => `${pad()}\nprint("\\x${pick(['g', 'z', 'Q'])}${int(1, 9)}")\n`],
    ['goto-undefined', () => `${pad()}\nfor i = 1, ${int(3, 9)} do\n  if i % 2 == 0 then goto ${pick(['skip', 'continue', 'next'])} end\n  print(i)\nend\n`],
    ['goto-into-local', () => `${pad()}\ndo\n  goto ${pick(['done', 'finish'])}\n  local ${vname()} = ${int(1, 9)}\n  ::${pick(['done', 'finish'])}::\n  print(1)\nend\n`],
    ['break-outside', () => `${pad()}\nlocal x = ${int(1, 9)}\nif x > 0 then\n  break\nend\n`],
    ['duplicate-label', () => { const l = pick(['top', 'again', 'retry']); return `${pad()}\ndo\n::${l}::\nprint(1)\n::${l}::\nend\n`; }],
    ['assign-const', () => { const v = vname(); return `${pad()}\nlocal ${v} <const> = ${int(1, 99)}\n${v} = ${v} + 1\n`; }],
    ['unknown-attribute', () => `${pad()}\nlocal ${vname()} <${pick(['static', 'final', 'frozen', 'readonly'])}> = ${int(1, 9)}\n`],
    ['multiple-close', () => `${pad()}\nlocal a <close>, b <close> = nil, nil\n`],
    ['eof-expected', () => `${pad()}\nreturn ${int(1, 99)}\nprint("after")\n`],
    ['vararg-outside', () => `${pad()}\nlocal function ${fname()}(a)\n  return select("#", ...)\nend\n`],
    ['name-expected', () => `${pad()}\nlocal function (x) return x end\n`],
    ['name-expected-dot', () => `local t = {}\n${pad()}\nt.${pick(['', '+', '('])}\n`],
    ['unexpected-symbol', () => `${pad()}\nlocal x = ${int(1, 9)} ${pick(['@', '$', '!', '?', '`'])} ${int(1, 9)}\n`],
    ['assign-to-call', () => `${pad()}\nprint(${int(1, 9)}) = ${int(1, 9)}\n`],
    ['for-no-equals', () => `${pad()}\nfor i ${int(1, 9)}, ${int(10, 20)} do print(i) end\n`],
    ['method-def', () => `local obj = {}\n${pad()}\nfunction obj:${word()}.x() end\n`],
    ['table-missing-comma', () => `${pad()}\nlocal t = {${int(1, 9)} ${int(1, 9)}}\n`],
    ['else-without-if', () => `${pad()}\nprint(1)\nelse\nprint(2)\n`],
    ['paren-list', () => `${pad()}\nlocal x = (${int(1, 9)}, ${int(1, 9)})\n`],
    ['extra-end', () => `${pad()}\nfor i = 1, 2 do\n  print(i)\nend\nend\n`],
    ['table-key-no-equals', () => `${pad()}\nlocal t = {[${int(1, 9)}] ${int(1, 9)}}\n`],
    ['method-no-args', () => `local s = "${word()}"\n${pad()}\nlocal n = s:len\nprint(n)\n`],
    ['goto-number', () => `${pad()}\ngoto ${int(1, 99)}\n`],
    ['for-extra-expr', () => `${pad()}\nfor i = 1, ${int(2, 9)}, 1, 2 do end\n`],
    ['control-char', () => `${pad()}\nlocal x = ${int(1, 9)} \x01\n`],
    ['deep-nesting', () => `local x = ${'('.repeat(int(230, 260))}1${')'.repeat(10)}\n`],
    ['long-string-level', () => `${pad()}\nlocal s = [==[ ${word()} ]=]\nprint(s)\n`],
    ['keyword-as-name', () => `${pad()}\nlocal ${pick(['end', 'function', 'until', 'then', 'goto'])} = ${int(1, 9)}\n`],
    ['repeat-no-until', () => `local n = 0\n${pad()}\nrepeat\n  n = n + 1\nend\n`],
    ['string-newline', () => `${pad()}\nlocal s = "${word()}\n${word()}"\n`],
  ];
  each('syn', 'compile error: message with line number, no traceback, exit 1', SYN.map(([n, f]) => [n, () => V(f(), { how: pick(['file', 'file', 'file', 'stdin', 'dash']) })]), 2);
  fam('syn-e', 'syntax error in a -e statement', 2, () => ({ argv: ['-e', pick([`print(${int(1, 9)}`, `x = = ${int(1, 9)}`, `for i=1,${int(2, 9)} print(i) end`, `local s = "${word()}`])] }));
  fam('syn-dash', 'syntax error in a program from stdin', 1, () => ({ argv: ['-'], stdin: `print(1)\nlocal ${vname()} = {${int(1, 9)},,}\n` }));
  fam('syn-load', 'load returns nil and the message; chunk names [string "..."]', 4, (d, i) => {
    const srcs = [
      `"x = = ${int(1, 9)}"`,
      `"local ${vname()} = ${int(1, 9)}\\nif x then\\nprint(1)"`,
      `"return ${words(12).join(' .. ')} +"`,
      `"${word()}("`,
    ];
    const extra = ['', `, "=${word()}"`, `, "@${word()}.lua"`, `, "${word()} chunk"`][i - 1];
    return V(`local f, err = load(${srcs[i - 1]}${extra})\nprint(f, err)\nprint(load("return ${int(1, 99)}")())\n`);
  }, 4);
  fam('syn-module', 'syntax error inside a required module', 1, () => {
    const m = pick(['parser', 'model']);
    return S(`print("start")\nlocal m = require("${m}")\nprint(m)\n`, { files: { [`${m}.lua`]: `local M = {}\n${pad()}\nfunction M.run(\n  return 1\nend\nreturn M\n` } });
  });
  fam('syn-dofile-pcall', 'pcall(dofile, f) on a file with a syntax error', 1, () => {
    const f = `${word()}.lua`;
    return S(`local ok, err = pcall(dofile, "${f}")\nprint(ok, err)\nprint(pcall(dofile, "missing_${int(1, 99)}.lua"))\n`, { files: { [f]: `${pad()}\nlocal t = {\n` } });
  });

  // ================================================================ runtime errors
  const ERR = [
    ['index-nil-local', () => { const v = vname(); return `local ${v}\n${pad()}\nprint(${v}.${word()})\n`; }],
    ['index-nil-global', () => `${pad()}\nprint(${pick(['config', 'settings', 'player'])}.${word()})\n`],
    ['index-nil-field', () => { const v = vname(); return `local ${v} = {${word()} = ${int(1, 9)}}\n${pad()}\nprint(${v}.${pick(['inner', 'meta', 'child'])}.x)\n`; }],
    ['index-nil-upvalue', () => { const v = vname(); return `local ${v}\nlocal function ${fname()}()\n  return ${v}.size\nend\n${pad()}\nprint(${v} == nil)\nlocal f = function() return ${v}[1] end\nf()\n`; }],
    ['index-nil-array', () => `local rows = {{${int(1, 9)}}, {${int(1, 9)}}}\n${pad()}\nfor i = 1, 3 do print(rows[i][1]) end\n`],
    ['index-number', () => `local n = ${int(1, 99)}\n${pad()}\nprint(n.${word()})\n`],
    ['index-string-field', () => `local s = "${word()}"\n${pad()}\nprint(s.${word()}.x)\n`],
    ['call-nil-global', () => `${pad()}\nprint("before")\n${pick(['undefined_fn', 'doSomething', 'printf', 'setup'])}(${int(1, 9)})\n`],
    ['call-nil-method', () => `local obj = {name = "${word()}"}\n${pad()}\nobj:${pick(['greet', 'save', 'draw'])}()\n`],
    ['call-nil-field', () => `local lib = {}\n${pad()}\nlib.${fname()}(${int(1, 9)})\n`],
    ['call-number', () => `local ${vname()} = ${int(1, 9)}\nlocal n = ${int(1, 99)}\n${pad()}\nn()\n`],
    ['arith-nil-field', () => `local t = {a = ${int(1, 9)}}\n${pad()}\nprint(t.a + t.${pick(['b', 'count', 'size'])})\n`],
    ['arith-string', () => `local s = "${word()}"\n${pad()}\nprint(s * ${int(2, 9)})\n`],
    ['arith-table', () => `local t = {}\n${pad()}\nprint(${int(1, 9)} - t)\n`],
    ['arith-bool', () => `local flag = ${pick(['true', 'false'])}\n${pad()}\nprint(-flag)\n`],
    ['concat-nil', () => { const v = vname(); return `local ${v}\n${pad()}\nprint("value: " .. ${v})\n`; }],
    ['concat-table', () => `local t = {}\n${pad()}\nprint("${word()}" .. t)\n`],
    ['concat-bool', () => `${pad()}\nprint(${int(1, 9)} .. ${pick(['true', 'false'])})\n`],
    ['compare-nil', () => `local limit\n${pad()}\nif ${int(1, 99)} < limit then print(1) end\n`],
    ['compare-tables', () => `local a, b = {}, {}\n${pad()}\nprint(a ${pick(['<', '<=', '>', '>='])} b)\n`],
    ['compare-mixed', () => `${pad()}\nprint(${int(1, 9)} ${pick(['<', '>'])} "${int(1, 9)}")\n`],
    ['bitwise-float', () => `${pad()}\nprint(${int(1, 9)}.5 ${pick(['&', '|', '~', '<<'])} 1)\n`],
    ['bitwise-string', () => `${pad()}\nprint("${int(1, 9)}" ${pick(['&', '|', '>>'])} 1)\n`],
    ['idiv-zero', () => `local d = ${int(0, 0)}\n${pad()}\nprint(${int(1, 99)} // ${pick(['d', '0'])})\n`],
    ['mod-zero', () => `local d = 0\n${pad()}\nprint(${int(1, 99)} % d)\n`],
    ['error-level1', () => { const f = fname(); return `local function ${f}(x)\n  if x > ${int(1, 5)} then error("value too large: " .. x) end\n  return x\nend\n${pad()}\nfor i = 1, 9 do print(${f}(i)) end\n`; }],
    ['error-level2', () => { const f = fname(); return `local function ${f}(x)\n  if type(x) ~= "number" then error("expected number, got " .. type(x), 2) end\n  return x\nend\n${pad()}\nprint(${f}(${int(1, 9)}))\nprint(${f}("${word()}"))\n`; }],
    ['error-level0', () => `${pad()}\nerror("plain message ${word()}", 0)\n`],
    ['error-table', () => `${pad()}\nerror({code = ${int(1, 99)}})\n`],
    ['error-tostring', () => `local E = setmetatable({msg = "${word()}"}, {__tostring = function(e) return "E: " .. e.msg end})\n${pad()}\nerror(E)\n`],
    ['error-number', () => `${pad()}\nerror(${int(1, 999)})\n`],
    ['error-nil', () => `print("x")\n${pad()}\nerror()\n`],
    ['assert-false', () => `local x = ${int(1, 9)}\n${pad()}\nassert(x == ${int(10, 20)})\n`],
    ['assert-message', () => `local f = io.open("${word()}.txt")\n${pad()}\nassert(f, "could not open the ${word()} file")\n`],
    ['assert-io', () => `${pad()}\nlocal f = assert(io.open("${word()}_${int(1, 99)}.cfg"))\n`],
    ['bad-arg-rep', () => `${pad()}\nprint(string.rep(${pick(['nil', '{}', 'true'])}, 3))\n`],
    ['bad-arg-method', () => `local s = "${word()}"\n${pad()}\nprint(s:rep("${word()}"))\n`],
    ['bad-arg-insert', () => `local t = {}\n${pad()}\ntable.insert(t, 1, ${int(1, 9)}, ${int(1, 9)})\n`],
    ['bad-arg-insert-pos', () => `local t = ${lst(nums(int(1, 4)))}\n${pad()}\ntable.insert(t, ${int(7, 20)}, "x")\n`],
    ['bad-arg-concat', () => `local t = {"${word()}", {}, "${word()}"}\n${pad()}\nprint(table.concat(t, ", "))\n`],
    ['bad-arg-setmetatable', () => `${pad()}\nsetmetatable(${int(1, 9)}, {})\n`],
    ['bad-arg-tostring', () => `${pad()}\nprint(tostring())\n`],
    ['bad-arg-char', () => `${pad()}\nprint(string.char(72, ${int(256, 999)}))\n`],
    ['bad-arg-ipairs', () => `local ${vname()} = nil\n${pad()}\nfor i, v in ipairs(nil) do print(i, v) end\n`],
    ['bad-arg-select', () => `${pad()}\nprint(select(${pick(['0', `-${int(5, 9)}`])}, "a", "b"))\n`],
    ['bad-arg-format', () => `${pad()}\nprint(string.format("%d", ${int(1, 9)}.5))\n`],
    ['bad-arg-floor', () => `${pad()}\nprint(math.floor("${word()}"))\n`],
    ['for-initial', () => `${pad()}\nfor i = "${word()}", 10 do print(i) end\n`],
    ['for-step-zero', () => `${pad()}\nfor i = 1, ${int(2, 9)}, 0 do print(i) end\n`],
    ['protected-metatable', () => `local t = setmetatable({}, {__metatable = "${word()}"})\nprint(getmetatable(t))\n${pad()}\nsetmetatable(t, {})\n`],
    ['index-loop', () => `local t = setmetatable({}, {})\ngetmetatable(t).__index = t\n${pad()}\nprint(t.${word()})\n`],
    ['c-stack-overflow', () => `local t = setmetatable({}, {__index = function(t, k) return t[k .. "${pick(['x', 'y'])}"] end})\n${pad()}\nprint(t.a)\n`],
    ['readonly-newindex', () => `local function readonly(t)\n  return setmetatable({}, {__index = t, __newindex = function(_, k) error("attempt to modify read-only field " .. k, 2) end})\nend\nlocal cfg = readonly({port = ${int(80, 9000)}})\nprint(cfg.port)\n${pad()}\ncfg.${word()} = 1\n`],
    ['tostring-nonstring', () => `local t = setmetatable({}, {__tostring = function() return ${pick(['{}', 'true', 'nil'])} end})\n${pad()}\nprint(t)\n`],
    ['non-closable', () => `${pad()}\nlocal ${vname()} <close> = ${pick([String(int(1, 9)), '{}', `"${word()}"`])}\n`],
    ['deep-traceback', () => { const f = sample(FN, 4); return `local ${f[0]}, ${f[1]}, ${f[2]}\nfunction ${f[0]}(n) return ${f[1]}(n + 1) end\nfunction ${f[1]}(n) local r = ${f[2]}(n * 2); return r end\nfunction ${f[2]}(n) if n > ${int(1, 5)} then error("limit " .. n) end return n end\n${pad()}\nprint(${f[0]}(${int(0, 1)}))\nprint(${f[0]}(${int(5, 9)}))\n`; }],
    ['traceback-kinds', () => `local M = {}\nfunction M.${word()}(t) return t:go() end\nlocal obj = {go = function(self) return self.k.z.w end, k = {}}\nglobal_${fname()} = function() return M.${WORDS[0]} end\n${pad()}\nlocal ok = pcall(error)\nprint(ok)\nlocal function outer() for _, f in pairs(M) do return f(obj) end end\nouter()\n`],
    ['tail-call', () => `local function a(n) if n == 0 then error("bottom ${word()}") end return a(n - 1) end\n${pad()}\na(${int(2, 20)})\n`],
    ['string-rep-huge', () => `${pad()}\nprint(#string.rep("${word()}", ${pick(['1 << 62', 'math.maxinteger'])}))\n`],
    ['nan-index', () => `local t = {}\n${pad()}\nt[0/0] = ${int(1, 9)}\n`],
    ['nil-index', () => `local t = {}\nlocal k\n${pad()}\nt[k] = "${word()}"\n`],
    ['coroutine-error', () => `local co = coroutine.wrap(function(a)\n  local b = coroutine.yield(a + 1)\n  error("inside coroutine: " .. b)\nend)\n${pad()}\nprint(co(${int(1, 9)}))\nco("${word()}")\n`],
    ['yield-outside', () => `${pad()}\nprint("x")\ncoroutine.yield(${int(1, 9)})\n`],
    ['error-in-xpcall-handler', () => `print(xpcall(function() error("${word()}") end, function(m) error("handler broke") end))\n${pad()}\nprint(select("#", xpcall(error, print, "${word()}")))\n`],
    ['integer-overflow-tointeger', () => `${pad()}\nprint(string.format("%d", 2^${int(63, 70)}))\n`],
    ['name-in-message', () => `local Point = setmetatable({}, {__name = "${pick(['Point', 'Vec2', 'Cell'])}"})\n${pad()}\nprint(math.abs(Point))\n`],
  ];
  each('err', 'runtime error: message with position and traceback on stderr, exit 1', ERR.map(([n, f]) => [n, () => V(f(), { how: pick(['file', 'file', 'file', 'file', 'stdin', 'dash']) })]), 2);
  fam('err-e', 'runtime error in a -e statement', 2, () => ({ argv: ['-e', pick([`local t = nil; print(t.x${int(1, 9)})`, `print(#${int(1, 99)})`, `error("e${int(1, 9)}")`, `print(("x"):bad${int(1, 9)}())`])] }));
  fam('err-after-output', 'output written before the error is kept', 2, () =>
    V(`for i = 1, ${int(2, 6)} do io.write(i, " ") end\nprint()\nio.write("partial line ${word()}")\nlocal t = nil\nprint(t[1])\n`));

  // ================================================================ numbers
  const ival = () => pick([int(-999, 999), int(1, 50), -int(1, 50), int(1000, 999999)]);
  const nz = () => { let v = 0; while (v === 0) v = ival(); return v; };
  const fval = () => pick([`${int(-99, 99)}.${pick(['5', '25', '75', '125', String(int(1, 9))])}`, `${int(1, 9)}e${int(-3, 5)}`, `${int(0, 20)}.0`]);
  fam('num-arith-int', 'integer + - * / // % ^ and the type of each result', 6, () => {
    const ps = many(int(3, 5), () => [ival(), nz()]);
    return V(lua`
      local pairs_ = {${ps.map((p) => lst(p)).join(', ')}}
      for _, p in ipairs(pairs_) do
        local a, b = p[1], p[2]
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
        print(math.type(a + b), math.type(a / b), math.type(a // b), math.type(a ^ 2), a ^ 2)
      end
    `);
  }, 2);
  fam('num-arith-float', 'float and mixed arithmetic', 6, () => {
    const ps = many(int(3, 5), () => [pick([fval(), String(ival())]), fval()]);
    return V(lua`
      local ps = {${ps.map((p) => lst(p)).join(', ')}}
      for _, p in ipairs(ps) do
        local a, b = p[1], p[2]
        print(a + b, a - b, a * b, a / b, a // b, a % b, -a)
      end
    `);
  }, 2);
  fam('num-float-format', 'print of floats: %.14g, "-0.0", "1e+15", integral floats keep ".0"', 5, () => {
    const ex = sample(['1/3', '2/3', '10/4', '1e15', '1e16', '123456789012345.0', '2^53', '2^63', '-0.0', '0.1 + 0.2', '100/3', '1e-5', '5e-324', '1.7976931348623157e308', 'math.pi', '3.0', '-7.0', '2^-10', '1e14 + 0.5', '12345678.9', '-1e-300', '2^24', '7/7', '0.1 * 3'], int(8, 12));
    ex.push(`${int(1, 999)}/${int(3, 97)}`, `${int(1, 9)}.${int(0, 9)}e${int(10, 40)}`, `math.pi * ${int(2, 99)}`);
    return V(ex.map((e) => `print(${q(e)}, ${e})`).join('\n') + '\n');
  }, 2);
  fam('num-nan-inf', 'infinities and NaN (printed as libc does)', 1, () => {
    const x = int(1, 99);
    return V(`local a = ${x} / 0\nlocal b = -${x} / 0\nlocal n = 0/0\nprint(a, b, n, -n, a + b, a * 0)\nprint(n == n, n ~= n, a == math.huge, math.huge // 1, -math.huge % 2)\nprint(math.type(a), math.floor(${x}.5), pcall(math.floor, a))\nprint(string.format("%.1f %5.2f %e", a, b, a), tostring(a))\n`);
  });
  fam('num-int-overflow', 'integers wrap around; literals too large become floats', 3, () => {
    const k = int(1, 9);
    return V(lua`
      print(math.maxinteger, math.mininteger)
      print(math.maxinteger + ${k}, math.mininteger - ${k}, math.maxinteger * ${k + 1})
      print(math.mininteger // -1, math.mininteger % -1, -math.mininteger, math.abs(math.mininteger))
      print(1 << 63, (1 << 63) - 1, 9223372036854775807, 9223372036854775808, -9223372036854775808)
      print(0xffffffffffffffff, 0x7fffffffffffffff + ${k}, 0x1${'0'.repeat(int(16, 18))})
      print(math.maxinteger + 0.0, math.maxinteger + 0.0 == math.maxinteger, ${k} * 2^62)
    `);
  });
  fam('num-divmod-signs', 'floor division and modulo with every sign combination', 5, () => {
    const a = int(1, 99), b = int(1, 12), fa = fval();
    return V(lua`
      for _, a in ipairs({${a}, -${a}}) do
        for _, b in ipairs({${b}, -${b}}) do
          print(a, b, a // b, a % b, math.fmod(a, b), a / b)
        end
      end
      print(${fa} // ${b}, ${fa} % ${b}, ${fa} % -${b}, -(${fa}) // ${b}.0, math.fmod(${fa}, ${b}))
      print(5.5 % math.huge, -5.5 % math.huge, 5 // 0.0, -5 // 0.0, 0/0 % 1)
    `);
  }, 2);
  fam('num-coercion', 'numeric strings in arithmetic are converted', 4, () => {
    const n = int(2, 999);
    return V(lua`
      print("${n}" + ${int(1, 9)}, "${n}" * "2", "${fval()}" + 1, "0x${int(16, 255).toString(16)}" + 0)
      print(" ${n} " + 1, "1e${int(1, 4)}" + 0, "${n}" // 7, -"${int(1, 9)}", "${n}" % 10, "2" ^ "${int(2, 9)}")
      print(math.type("${n}" + 0), math.type("${n}.0" + 0), math.type("${n}" * 1.0))
      print(pcall(function() return "${word()}" + 1 end))
      print(10 == "10", "${n}" + 0 == ${n})
    `);
  }, 2);
  fam('num-tostring', 'number to string conversion in concat and tostring', 3, () => {
    const f = fval();
    return V(lua`
      print(${int(1, 999)} .. "", ${int(1, 99)}.0 .. "", -0.0 .. "", 1e100 .. "", 2^63 .. "", ${f} .. "|")
      print(tostring(1e15), tostring(1e16), tostring(${int(1, 9)}e${int(15, 30)}), tostring(-${int(1, 9)}e-${int(5, 9)}))
      print(string.format("%s %s %s", 1.5, ${int(1, 99)}, 2^${int(53, 70)}), #tostring(${f}))
      print(${int(1, 9)} .. ${int(1, 9)}, 1 .. "" == "1", 0x10 .. "")
    `);
  });
  const TONUM = ['"42"', '"  42  "', '"4 2"', '"0x1A"', '"0X1a"', '"1e2"', '"1e"', '".5"', '"5."', '"0x.8"', '"0x1p4"', '"inf"', '"nan"', '""', '"  "', '"-0x10"', '"1_000"', '"+7"', '"- 7"', '"0x"', '"1e+2"', '"12abc"', '"9223372036854775807"', '"9223372036854775808"', '"0x7fffffffffffffffff"', '"\\t12\\n"'];
  fam('num-tonumber', 'tonumber on strings of many shapes', 5, () => {
    const xs = sample(TONUM, int(10, 14));
    xs.push(`"${int(-9999, 9999)}"`, `"${fval()}"`);
    return V(xs.map((x) => `print(${q(x)}, tonumber(${x}), math.type(tonumber(${x})))`).join('\n') + '\n');
  }, 2);
  fam('num-tonumber-base', 'tonumber with a base', 4, () => {
    const n = int(0, 99999);
    const b = pick([2, 3, 7, 8, 16, 20, 36]);
    return V(lua`
      print(tonumber("${n.toString(b)}", ${b}), ${n})
      print(tonumber("${n.toString(b).toUpperCase()}", ${b}), tonumber("-${n.toString(b)}", ${b}))
      print(tonumber("ff", 16), tonumber("zz", 36), tonumber("777", 8), tonumber("8", 8), tonumber("-101", 2))
      print(tonumber("1.5", 10), tonumber(" 11 ", 2), tonumber("", 10), tonumber("${word()}", 36))
      print(pcall(tonumber, "10", ${pick([1, 37, 0])}))
      print(pcall(tonumber, ${int(1, 99)}, 16))
    `);
  }, 2);
  fam('num-compare', 'comparisons between integers, floats and strings', 3, () => {
    const a = int(1, 999);
    return V(lua`
      print(${a} == ${a}.0, math.maxinteger == math.maxinteger + 0.0, 2^53 == 2^53 + 1, math.maxinteger < math.huge)
      print(math.mininteger <= -2^63, "${a}" == ${a}, ${a} < ${a}.5, -0.0 == 0, 1/0 > math.maxinteger)
      print("abc" < "abd", "Z" < "a", "" < "a", "10" < "9", "${word()}" < "${word()}", "a\0b" < "a\0c")
      print(math.ult(1, -1), math.ult(-1, 1), math.ult(${a}, ${a + 1}))
      local t = {${a}, ${a}.0}
      print(rawequal(t[1], t[2]), t[1] == t[2], math.type(t[1]), math.type(t[2]))
    `);
  });
  fam('num-floor-ceil', 'math.floor/ceil return integers when they fit', 4, () => {
    const xs = many(int(5, 8), () => fval());
    xs.push('1e100', '-0.0', String(int(-99, 99)), '2^62', '-2^63', '2^63');
    return V(xs.map((x) => `print(${q(x)}, math.floor(${x}), math.ceil(${x}), math.type(math.floor(${x})))`).join('\n') + '\n');
  }, 1);
  fam('num-math-funcs', 'sqrt exp log sin cos tan asin acos atan', 5, () => {
    const xs = many(int(3, 5), () => pick([String(int(1, 999)), fval().replace('-', ''), `${int(1, 9)}e${int(-3, 3)}`]));
    return V(lua`
      for _, x in ipairs({${xs.join(', ')}}) do
        print(x, math.sqrt(x), math.exp(x / 100), math.log(x), math.log(x, 2), math.log(x, 10), math.log(x, ${int(3, 7)}))
        print(math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.atan(x, -${int(1, 9)}))
      end
      print(math.asin(0.${int(1, 9)}), math.acos(-0.${int(1, 9)}), math.sqrt(-1), math.log(0), math.log(-1), math.exp(${int(700, 800)}))
      print(math.pi, -math.pi, math.huge, -math.huge)
    `);
  }, 2);
  fam('num-math-misc', 'abs max min fmod modf tointeger type ult', 5, () => {
    const xs = nums(int(4, 7), -500, 500);
    const f = fval();
    return V(lua`
      local xs = ${lst(xs)}
      print(math.max(table.unpack(xs)), math.min(table.unpack(xs)), math.max(${f}, ${int(1, 99)}), math.min(${int(1, 9)}, ${int(1, 9)}.0))
      for _, x in ipairs(xs) do io.write(math.abs(x), " ") end print()
      print(math.fmod(${xs[0]}, ${nz()}), math.fmod(-${int(1, 99)}, ${int(1, 9)}), math.fmod(${f}, ${int(2, 9)}), math.fmod(${int(1, 9)}, math.huge))
      print(math.modf(${f}), math.modf(-(${f})), math.modf(${int(1, 99)}), math.modf(math.huge), math.modf(-1/0))
      print(math.tointeger(${int(1, 99)}.0), math.tointeger(${f}), math.tointeger("${int(1, 9)}"), math.tointeger(2^63), math.tointeger({}))
      print(math.type(1), math.type(1.0), math.type("1"), math.type(nil))
      print(pcall(math.fmod, ${int(1, 9)}, 0))
      print(math.fmod(${int(1, 9)}, 0.0), pcall(math.max))
    `);
  }, 2);
  fam('num-random-seeded', 'math.random after math.randomseed(n) (xoshiro256**)', 4, (d, i) => {
    const seed = int(0, 100000);
    const x = i === 4 ? `${seed}, ${int(1, 999)}` : String(seed);
    return V(lua`
      math.randomseed(${x})
      local t = {}
      for i = 1, ${int(5, 12)} do t[#t + 1] = math.random(${int(1, 10)}, ${int(50, 1000)}) end
      print(table.concat(t, " "))
      print(math.random(${int(2, 9)}), math.random(0), math.random())
      print(string.format("%.6f", math.random()), math.random(-${int(1, 99)}, ${int(1, 99)}))
      print(pcall(math.random, 5, 1))
      print(pcall(math.random, 1, 2, 3))
    `);
  }, 2);
  fam('num-for-loops', 'numeric for: integer and float loops, steps, limits', 4, () => {
    const a = int(-5, 5), b = int(6, 15), s = int(2, 4);
    return V(lua`
      for i = ${a}, ${b}, ${s} do io.write(i, " ") end print()
      for i = ${b}, ${a}, -${s} do io.write(i, " ") end print()
      for i = 0, 1, 0.${pick(['25', '2', '125', '5'])} do io.write(i, " ") end print()
      for i = 1, ${b}.${int(1, 9)} do io.write(math.type(i), ":", i, " ") end print()
      for i = 1.0, 3 do io.write(i, " ") end print()
      for i = ${b}, ${a} do io.write("never") end print("empty loop done")
      for i = math.maxinteger - ${int(1, 3)}, math.maxinteger do io.write(i, " ") end print()
      for i = math.mininteger, math.mininteger + 2 do io.write(i, " ") end print()
      for i = 1, 0x7fffffffffffffff, 2^62 do io.write(i, " ") end print()
    `);
  }, 1);
  fam('num-literals', 'hex, hex-float and exponent literals', 3, () => {
    const h = int(16, 65535).toString(16);
    return V(lua`
      print(0x${h}, 0x${h.toUpperCase()}, 0x${h}p${int(-4, 4)}, 0x${h}.8, 0x.${int(1, 9)}, 0xA.8p0, 0x1p-2)
      print(1e${int(0, 5)}, ${int(1, 9)}E-${int(1, 3)}, ${int(1, 99)}e0, .${int(1, 9)}, ${int(1, 9)}., 3e0 == 3)
      print(math.type(0x10), math.type(0x10p0), math.type(1e2), 007, 1e309, -1e309)
    `);
  });

  // ================================================================ bitwise
  const bval = () => pick([int(0, 255), int(0, 65535), -int(1, 1000), int(0, 2 ** 31)]);
  fam('bit-ops', '& | ~ << >> and unary ~ on integers', 6, () => {
    const ps = many(int(3, 5), () => [bval(), bval(), int(0, 12)]);
    return V(lua`
      for _, p in ipairs({${ps.map(lst).join(', ')}}) do
        local a, b, s = p[1], p[2], p[3]
        print(a & b, a | b, a ~ b, ~a, a << s, a >> s, a >> -s)
      end
      print(1 << 64, 1 << 63, -1 >> 1, -1 >> 63, 1 << -1, 2 >> 1, ${bval()} << 70)
    `);
  }, 2);
  fam('bit-float-operands', 'floats with integral values are accepted', 2, () => {
    const a = int(1, 999);
    return V(lua`
      print(${a}.0 | 0, 2^53 | 0, ${a}.0 & 0xff, ~${a}.0, 1.0 << 4)
      print(pcall(function() return ${a}.5 | 0 end))
      print(pcall(function() return 2^64 | 0 end))
      print(pcall(function() return math.huge & 1 end))
      print("${a}" + 0 | 0)
    `);
  });
  fam('bit-algorithms', 'popcount, parity, bit reversal, gray code', 4, () => {
    const xs = many(int(4, 7), () => int(0, 2 ** 20));
    return V(lua`
      local function popcount(x) local c = 0 while x ~= 0 do x = x & (x - 1); c = c + 1 end return c end
      local function rev8(x) local r = 0 for i = 0, 7 do if x & (1 << i) ~= 0 then r = r | (1 << (7 - i)) end end return r end
      local function bits(x, n) local t = {} for i = n - 1, 0, -1 do t[#t + 1] = (x >> i) & 1 end return table.concat(t) end
      for _, x in ipairs(${lst(xs)}) do
        print(x, popcount(x), popcount(x) % 2, rev8(x & 0xff), x ~ (x >> 1), bits(x & 0xffff, 16))
      end
      print(popcount(-1), bits(-1 >> 60, 8))
    `);
  }, 1);
  fam('bit-hex-format', 'formatting negative and large integers in hex and octal', 3, () => {
    const xs = [-int(1, 9999), int(0, 2 ** 31), -1, int(1, 255)];
    return V(xs.map((x) => `print(string.format("%x %X %08x %#x %o %#o %d", ${x}, ${x}, ${x}, ${x}, ${x}, ${x}, ${x}))`).join('\n') + '\nprint(string.format("%x", math.mininteger), string.format("%5x|%-6X|", 255, 255))\n');
  });
  fam('bit-xorshift', 'a 64-bit xorshift generator written in Lua', 3, () => {
    const seed = int(1, 2 ** 31);
    return V(lua`
      local state = ${seed}
      local function next()
        state = state ~ (state << 13)
        state = state ~ (state >> 7)
        state = state ~ (state << 17)
        return state
      end
      for i = 1, ${int(6, 12)} do
        local v = next()
        print(i, v, v % ${int(10, 1000)}, string.format("%016x", v))
      end
    `);
  });
  fam('bit-flags', 'permission flags packed into an integer', 3, () => {
    const perms = many(int(4, 7), () => int(0, 511));
    return V(lua`
      local R, W, X = 4, 2, 1
      local function rwx(m)
        local s = ""
        for shift = 6, 0, -3 do
          local p = (m >> shift) & 7
          s = s .. ((p & R ~= 0) and "r" or "-") .. ((p & W ~= 0) and "w" or "-") .. ((p & X ~= 0) and "x" or "-")
        end
        return s
      end
      for _, m in ipairs(${lst(perms)}) do
        print(string.format("%03o", m), rwx(m), rwx(m | 0x49), rwx(m & ~0x92))
      end
    `);
  });

  // ================================================================ strings
  fam('str-format-int', 'string.format integer conversions and flags', 6, () => {
    const xs = many(int(3, 5), () => pick([int(-9999, 9999), int(0, 255), int(100000, 99999999)]));
    return V(lua`
      for _, x in ipairs(${lst(xs)}) do
        print(string.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%i] [%.3d]", x, x, x, x, x, x, x, x))
        print(string.format("[%x] [%X] [%#x] [%o] [%8.4x] [%-#8X]", x, x, x, x, x, x))
      end
      print(string.format("%c%c%c", ${int(65, 90)}, ${int(97, 122)}, ${int(48, 57)}), string.format("%5c|%-3c|", 65, 66))
      print(string.format("%d %s %d", "${int(1, 99)}", ${int(1, 9)}, ${int(1, 9)}.0))
    `);
  }, 2);
  fam('str-format-float', 'string.format float conversions', 6, () => {
    const xs = many(int(3, 4), () => pick([fval(), `${int(1, 9)}/${int(3, 7)}`, `-${int(1, 9999)}.${int(1, 999)}`, `${int(1, 9)}e${int(-8, 20)}`]));
    return V(lua`
      for _, x in ipairs({${xs.join(', ')}}) do
        print(string.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.1f] [%.0f] [%#.0f]", x, x, x, x, x, x, x))
        print(string.format("[%e] [%.3e] [%E] [%g] [%.3g] [%G] [%10.4g]", x, x, x, x, x, x, x))
        print(string.format("[%a] [%A] [%.2a]", x, x, x))
      end
      print(string.format("%.3f %g %g %g", ${int(1, 9)}, 1e20, 1e-5, 100000), string.format("%5.1f%%", ${int(1, 99)}.25))
    `);
  }, 2);
  fam('str-format-string', 'string.format %s with width/precision and other values', 4, () => {
    const ws = words(int(2, 4)).concat([pick(UNI)]);
    return V(lua`
      for _, w in ipairs(${strs(ws)}) do
        print(string.format("[%s] [%10s] [%-10s] [%.3s] [%5.2s] [%%]", w, w, w, w, w))
      end
      local obj = setmetatable({}, {__tostring = function() return "<obj ${word()}>" end})
      print(string.format("%s|%s|%s|%s|%s", nil, true, ${int(1, 9)}, ${fval()}, obj))
      print(string.format("%-5s|%5s|", ${int(1, 99)}, false))
      print(string.format("no args"), string.format("%s %s", "${word()}", "${word()}"))
    `);
  }, 1);
  fam('str-format-q', 'string.format %q quotes strings and numbers readably', 4, () => {
    const s = `${word()} "${word()}"\n\t\\ ${pick(UNI)}\r\x00${int(0, 9)}\x1b[0m\x07\x7f`;
    return V(lua`
      local s = ${q(s)}
      print(string.format("%q", s))
      print(string.format("%q", ${int(-99999, 99999)}), string.format("%q", ${fval()}), string.format("%q", math.mininteger))
      print(string.format("%q %q %q", 1/0, -1/0, 0/0))
      print(string.format("%q", "${word()}\\0${int(1, 9)}"), string.format("%q", true), string.format("%q", nil))
      print(load("return " .. string.format("%q", s))() == s)
      print(pcall(string.format, "%q", {}))
      print(pcall(string.format, "%10q", "x"))
    `);
  }, 1);
  fam('str-format-errors', 'string.format errors caught with pcall', 3, (d, i) => {
    const sets = [
      ['"%y", 1', '"%d"', '"%d", "x"', `"%d", ${int(1, 9)}.5`],
      ['"%10.123f", 1', '"%u", 1', '"%", 1', '"%-+ #0-+ #0d", 1'],
      [`"%s %s", "${word()}"`, '"%c", "a"', '"%5", 1', `"%${int(100, 999)}d", 1`],
    ][i - 1];
    return V(sets.map((a) => `print(pcall(string.format, ${a}))`).join('\n') + `\nprint(string.format("%d", ${int(1, 9)}))\n`);
  }, 3);
  fam('str-sub', 'string.sub with positive, negative and out-of-range indices', 5, () => {
    const s = pick([sentence(int(2, 4)), words(3).join('-'), rng.string(int(8, 16), LOWER)]);
    const ps = many(6, () => [int(-20, 20), int(-20, 20)]);
    return V(lua`
      local s = ${q(s)}
      print(#s, s:sub(${int(1, 5)}), s:sub(-${int(1, 5)}), s:sub(0), s:sub(100), s:sub(2, 1) == "")
      for _, p in ipairs({${ps.map(lst).join(', ')}}) do
        print(p[1], p[2], "[" .. s:sub(p[1], p[2]) .. "]", string.sub(s, p[1], p[2]) == s:sub(p[1], p[2]))
      end
      print(("${word()}"):sub(math.mininteger, math.maxinteger))
    `);
  }, 1);
  fam('str-basic', 'len upper lower rep reverse byte char', 6, () => {
    const s = pick([sentence(int(2, 4)), `${pick(FIRST)} ${pick(CITIES)}`, pick(UNI) + ' ' + word()]);
    return V(lua`
      local s = ${q(s)}
      print(#s, s:len(), string.len(s), s:upper(), s:lower(), s:reverse())
      print(s:byte(), s:byte(${int(2, 4)}), s:byte(-1), s:byte(1, ${int(3, 6)}))
      print(string.char(${nums(int(3, 6), 65, 122).join(', ')}), string.char())
      print(("${word()}"):rep(${int(0, 4)}), ("ab"):rep(${int(2, 5)}, ", "), ("x"):rep(-1), ("${word()}"):rep(1, "!"))
      print(s:upper():lower() == s:lower(), ("%d"):rep(3, "-"))
    `);
  }, 2);
  fam('str-find-plain', 'string.find with plain=true and init', 4, () => {
    const parts = [word(), pick(['a.b', '100%', '(x)', '[1]', 'a+b', '$5', '^up', 'end$']), word(), pick(['a.b', '100%']), word()];
    const s = parts.join(' ');
    return V(lua`
      local s = ${q(s)}
      for _, needle in ipairs(${strs([parts[1], parts[3], parts[0], 'zzz', ''])}) do
        print(needle, s:find(needle, 1, true), s:find(needle, ${int(5, 12)}, true), s:find(needle, -${int(3, 10)}, true))
      end
      print(s:find("", ${int(1, 40)}), s:find("", 100), s:find((${q(parts[1])}):gsub("%p", "%%%0")))
    `);
  }, 1);
  const text = () => many(int(3, 5), () => `${pick(FIRST)} (${int(18, 80)}) ${pick(CITIES)} ${int(2000, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')} id=${word()}${int(1, 99)} score:${int(0, 100)}.${int(0, 9)}`).join('\n');
  fam('str-find-pattern', 'string.find with patterns, captures and init', 5, () => V(lua`
      local s = ${q(text())}
      print(s:find("%d+"))
      print(s:find("(%d+)-(%d+)-(%d+)"))
      print(s:find("id=(%w+)", ${int(1, 40)}))
      print(s:find("score:(%d+)%.(%d)", -${int(30, 60)}))
      print(s:find("^%u%l+"), s:find("%a+$"), s:find("xyz"), s:find("%((%d+)%)"))
      print(s:find("[%p]", ${int(5, 20)}), s:find(".-%s"), s:find("%s*$"))
    `), 2);
  fam('str-match', 'string.match extracting fields from text', 7, (d, i) => {
    const lines = [
      () => `${int(2000, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')} ${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`,
      () => `${word()} = ${pick([String(int(1, 999)), word(), `"${word()} ${word()}"`])}`,
      () => `${word()}.${word()}@${pick(['example.com', 'mail.org', 'x.io'])}`,
      () => `${int(1, 255)}.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}:${int(1, 65535)}`,
      () => `  ${pick(['GET', 'POST', 'PUT'])} /${word()}/${int(1, 999)}?q=${word()} HTTP/1.${int(0, 1)}  `,
    ];
    const L = many(int(3, 5), () => pick(lines)());
    return V(lua`
      for _, line in ipairs(${strs(L)}) do
        print(line:match("^(%d+)-(%d+)-(%d+)%s+(%d+):(%d+)$"))
        print(line:match("^(%w+)%s*=%s*(.-)%s*$"))
        print(line:match("^([%w%.]+)@([%w%.]+)$"))
        print(line:match("^(%d+)%.(%d+)%.(%d+)%.(%d+):(%d+)$"))
        print(line:match("^%s*(%u+)%s+(%S+)%s+HTTP/([%d%.]+)%s*$"))
        print(line:match("%d+", ${int(2, 8)}), line:match("()%a()"), line:match("[aeiou]+"))
      end
    `);
  }, 2);
  fam('str-classes', 'character classes %a %d %l %u %p %s %w %x %c %g and their complements', 4, () => {
    const s = `${sentence(3)} ${int(10, 999)} ${rng.string(6, 'ABCdef0123!?#(){}[]')}\t${pick(['x', 'Y'])}\x01`;
    return V(lua`
      local s = ${q(s)}
      for _, c in ipairs({"%a", "%d", "%l", "%u", "%p", "%s", "%w", "%x", "%c", "%g", "%A", "%D", "%S", "%W", "[%w_]", "[^%s%p]", "[a-f]", "[%a-]", "[]]", "[^]]", "."}) do
        local r, n = s:gsub(c, "*")
        print(c, n, r)
      end
    `);
  }, 1);
  fam('str-quantifiers', 'greedy *, lazy -, + and ? with anchors', 4, () => {
    const s = `<${word()}>${word()}</${word()}> <b>${int(1, 99)}</b> ${word()}${word()}`;
    return V(lua`
      local s = ${q(s)}
      print(s:match("<(.*)>"))
      print(s:match("<(.-)>"))
      print(s:match("<(%a+)>"), s:match("</?(%a+)>"), s:match("^<"), s:match("^>"), s:match("%a+$"))
      print(s:match("(%d*)"), s:match("(%d+)"), s:match("x?(%a)"), s:match("(.-)$"))
      print(("aaa"):match("a-b"), ("aaab"):match("a-b"), ("aaab"):match("^a*"), ("${word()}"):match("^(.-)(%a?)$"))
    `);
  }, 1);
  fam('str-position-captures', 'empty captures () return positions', 2, () => {
    const s = `${word()} ${word()} ${word()}`;
    return V(lua`
      local s = ${q(s)}
      print(s:match("()%a+()"))
      print(s:find("()(%a+)() ()"))
      for a, w, b in s:gmatch("()(%a+)()") do print(a, w, b) end
      print(string.gsub(s, "()", "%1"))
    `);
  });
  fam('str-balanced-frontier', '%b() balanced matches and %f frontier patterns', 3, () => {
    const e = `f(${int(1, 9)}, g(${word()}, (${int(1, 9)}+${int(1, 9)})), [${int(1, 9)}]) + h(${int(1, 9)}) {${word()} {${word()}}}`;
    return V(lua`
      local e = ${q(e)}
      print(e:match("%b()"))
      for m in e:gmatch("%b()") do print("paren", m) end
      for m in e:gmatch("%b{}") do print("brace", m) end
      print(e:gsub("%b[]", "[...]"))
      local t = ${q(sentence(6).toUpperCase() + ' ' + sentence(4))}
      for w in t:gmatch("%f[%a]%a+%f[%A]") do io.write(w, ";") end print()
      print(t:gsub("%f[%w]%w+", function(w) return #w end))
      print(("THE (quick) fox"):find("%f[%l]"), ("x"):find("%f[%z]"))
    `);
  }, 1);
  fam('str-backrefs', 'back-references %1 inside patterns', 2, () => {
    const s = `say "${word()}" and '${word()}' then "${word()}' mismatched ${word()}${word()}`;
    return V(lua`
      local s = ${q(s)}
      for q, body in s:gmatch("([\"'])(.-)%1") do print(q, body) end
      print(("${pick(['hello', 'balloon', 'committee', 'abc', 'bookkeeper'])}"):gsub("(%a)%1", "<%1%1>"))
      print(s:find("(%a)%1"))
    `);
  });
  fam('str-gsub-string', 'gsub with %0 %1 %2 and %% in the replacement', 4, () => {
    const s = many(int(3, 6), () => `${word()}=${int(1, 999)}`).join(', ');
    return V(lua`
      local s = ${q(s)}
      print(s:gsub("(%w+)=(%w+)", "%2=%1"))
      print(s:gsub("%w+", "<%0>"))
      print(s:gsub("%d+", "%%%0%%"))
      print(s:gsub(",%s*", "\n"))
      print(s:gsub("(%w+)=", "%1: "))
      print(pcall(string.gsub, s, "(%w+)", "%2"))
      print(pcall(string.gsub, s, "%w+", "%x"))
    `);
  }, 1);
  fam('str-gsub-table', 'gsub with a table: missing keys and false keep the match', 4, () => {
    const vars = Object.fromEntries(sample(WORDS, 4).map((w) => [w, pick([String(int(1, 99)), pick(FIRST), 'false'])]));
    const ks = Object.keys(vars);
    const tpl = `Dear $${ks[0]}, your $${ks[1]} is $${ks[2]}; $${ks[3]} and $missing and $${ks[0]}.`;
    return V(lua`
      local vars = {${ks.map((k) => `${k} = ${vars[k] === 'false' ? 'false' : /^\d+$/.test(vars[k]) ? vars[k] : q(vars[k])}`).join(', ')}}
      print((${q(tpl)}):gsub("%$(%w+)", vars))
      print(("${ks[0]} ${ks[1]} other"):gsub("%w+", vars))
      print(pcall(string.gsub, "$${ks[0]}", "%$(%w+)", {${ks[0]} = {}}))
    `);
  }, 1);
  fam('str-gsub-function', 'gsub with a function replacement', 4, () => {
    const s = `${sentence(int(4, 7))} ${int(1, 99)} + ${int(1, 99)} = ? ${int(2, 9)}x${int(2, 9)}`;
    return V(lua`
      local s = ${q(s)}
      print(s:gsub("%a+", function(w) return w:sub(1, 1):upper() .. w:sub(2) end))
      print(s:gsub("(%d+)x(%d+)", function(a, b) return a * b end))
      print(s:gsub("%d+", function(n) if tonumber(n) > 50 then return "BIG" end end))
      print(s:gsub("%a+", function(w) if #w > 4 then return false end return w:upper() end))
      print(s:gsub("(%d+) %+ (%d+)", function(a, b) return string.format("%d", a + b) end))
      print(pcall(string.gsub, s, "%a+", function() return {} end))
    `);
  }, 1);
  fam('str-gsub-limit', 'gsub with a maximum number of replacements', 3, () => {
    const s = words(int(5, 8)).join(' ');
    const n = int(0, 4);
    return V(`local s = ${q(s)}\nprint(s:gsub(" ", "_", ${n}))\nprint(s:gsub("%a+", "W", ${n + 1}))\nprint(s:gsub("x*", "-", ${int(2, 5)}))\nprint(s:gsub("", "|"))\n`);
  });
  fam('str-gmatch', 'gmatch loops: words, numbers, key=value pairs, init', 5, () => {
    const kv = many(int(3, 6), () => `${word()}=${pick([String(int(1, 999)), word()])}`).join(pick(['; ', '&', ', ']));
    return V(lua`
      local kv = ${q(kv)}
      for k, v in kv:gmatch("(%w+)=(%w+)") do print(k, v) end
      local n = 0
      for w in kv:gmatch("%a+") do n = n + 1 end
      print("words", n)
      for num in ("${nums(5, -99, 999).join(', ')} and ${fval()}"):gmatch("%-?%d+%.?%d*") do io.write("[", num, "]") end print()
      for w in kv:gmatch("%w+", ${int(3, 12)}) do io.write(w, " ") end print()
      for a, b in ("${word()}"):gmatch("()(.)") do io.write(a, b, " ") end print()
      local it = ("x y z"):gmatch("%a")
      print(it(), it(), it(), it())
    `);
  }, 2);
  fam('str-pattern-errors', 'malformed patterns raise errors', 3, (d, i) => {
    const sets = [
      ['"abc", "%"', '"abc", "[a"', '"abc", "(a"', '"abc", "a)"'],
      ['"abc", "%f"', '"abc", "%b"', '"abc", "(()"', `"abc${int(1, 9)}", "%g("`],
      ['"abc", "[%"', '"abc", "%1"', `"${word()}", "(.)%2"`, '"abc", "[a-"'],
    ][i - 1];
    return V(sets.map((a) => `print(pcall(string.find, ${a}))`).join('\n') + `\nprint(pcall(string.rep))\nprint(string.find("${word()}", "[%a]"))\n`);
  }, 3);
  const PACKF = [['i4', () => int(-(2 ** 31), 2 ** 31 - 1)], ['I2', () => int(0, 65535)], ['<i8', () => int(-1e12, 1e12)], ['>I4', () => int(0, 2 ** 32 - 1)], ['b', () => int(-128, 127)], ['B', () => int(0, 255)], ['h', () => int(-32768, 32767)], ['<H', () => int(0, 65535)], ['>j', () => int(-1e15, 1e15)], ['<d', () => fval()], ['>f', () => `${int(1, 99)}.5`], ['<n', () => fval()], ['z', () => q(word())], ['s1', () => q(word())], ['>s2', () => q(sentence(3))], ['<i3', () => int(-8388608, 8388607)], ['I5', () => int(0, 2 ** 39)], ['<L', () => int(0, 2 ** 40)], ['c6', () => q(rng.string(6, LOWER))], ['<T', () => int(0, 99999)]];
  fam('str-pack', 'string.pack/unpack round trips, shown in hex', 8, () => {
    const fs = sample(PACKF, int(3, 5));
    const fmt = fs.map((f) => f[0]).join(' ');
    const vals = fs.map((f) => f[1]());
    return V(HEX + lua`
      local fmt = ${q(fmt)}
      local s = string.pack(fmt, ${vals.join(', ')})
      print(#s, string.packsize((fmt:gsub("[zs]%d*", ""))), hex(s))
      print(string.unpack(fmt, s))
      print(hex(string.pack(">i2 <i2 =i2", ${int(1, 9999)}, ${int(1, 9999)}, ${int(1, 9999)})))
      print(hex(string.pack("!4 b i4 b !8 d", 1, ${int(1, 99)}, 2, 1.5)), string.packsize("!4 b i4 b !8 d"))
      print(string.unpack("<i2", "${BS}${int(1, 255)}${BS}${int(0, 255)}xyz", 1), string.unpack("B", "${word()}", ${int(2, 4)}))
    `);
  }, 3);
  fam('str-pack-errors', 'string.pack/unpack errors', 2, (d, i) => {
    const sets = [
      [`string.pack, "i1", ${int(128, 999)}`, `string.unpack, "i4", "ab"`, `string.pack, "y", 1`, `string.pack, "i17", 1`],
      [`string.pack, "I2", -${int(1, 9)}`, `string.unpack, "z", "${word()}"`, `string.pack, "c2", "${word()}"`, `string.unpack, "B", "a", ${int(3, 9)}`],
    ][i - 1];
    return V(sets.map((a) => `print(pcall(${a}))`).join('\n') + '\n');
  }, 2);
  fam('str-escapes', 'escape sequences and long strings in literals', 4, () => {
    const w = word();
    const lvl = '='.repeat(int(1, 3));
    return V(HEX + lua`
      local a = "tab\there\\back \"q\" 'single' \65\066\x43\u{48}\u{e9}\u{1F600} \z
                 continued ${w}"
      print(a, #a)
      print(hex("\a\b\f\v\r\n\0\255\x7f"))
      local b = [${lvl}[
      first line ${w}
      ]] ]${lvl}=] "kept" \n not escaped]${lvl}]
      print(b, #b)
      print(#[[
]], "${w}\
next line", '\'')
      print("\u{7FFFFFFF}" == "\xFD\xBF\xBF\xBF\xBF\xBF", #"\u{7FFFFFFF}")
    `);
  }, 1);
  fam('str-compare-sort', 'string comparison and sorting (byte order)', 3, () => {
    const ws = [...words(int(4, 6)), word().toUpperCase(), `${word()}${int(1, 99)}`, String(int(1, 99)), String(int(100, 999)), '', pick(UNI), `${pick(FIRST)}`];
    return V(`local t = ${strs(rng.shuffle(ws))}\ntable.sort(t)\nfor i, w in ipairs(t) do print(i, "[" .. w .. "]") end\ntable.sort(t, function(a, b) return a:lower() > b:lower() end)\nprint(table.concat(t, ","))\n`);
  });
  fam('str-methods', 'method calls on strings and the string metatable', 2, () => {
    const w = word();
    return V(lua`
      local s = "${w}"
      print(("%d items at %.2f"):format(${int(1, 99)}, ${fval()}), s:upper():rep(2, "-"), #s)
      print(getmetatable("").__index == string, s.len == string.len, type(s.len), ("x").nothing)
      string.shout = function(str) return str:upper() .. "!" end
      print(s:shout(), ("${word()}"):shout())
      local mt = getmetatable("")
      mt.__index = function(str, i) if type(i) == "number" then return string.sub(str, i, i) end return string[i] end
      print(s[1], s[${int(2, 4)}], s[-1], s:len())
    `);
  });
  fam('str-concat-numbers', 'concatenation converts numbers to strings', 2, () => V(lua`
      print(${int(1, 9)} .. ${int(1, 9)}, ${int(1, 99)} .. "", ${fval()} .. "|", 2^${int(53, 64)} .. "", -0.0 .. "", 1e${int(15, 20)} .. "")
      local t = {}
      for i = 1, ${int(3, 6)} do t[#t + 1] = i * ${fval()} end
      print(table.concat(t, " "))
      print(pcall(function() return "a" .. {} end))
      print(pcall(function() return "a" .. nil end))
    `));
  fam('str-bytes-roundtrip', 'binary strings with zero bytes through byte/char/%q', 3, () => {
    const b = [...rng.bytes(int(8, 16))];
    return V(lua`
      local s = string.char(${b.join(', ')})
      print(#s, s:byte(1, -1))
      print(string.format("%q", s))
      print(s == string.char(s:byte(1, -1)), s:reverse():byte(1), #s:rep(3))
      local z = "a\0b\0c"
      print(#z, z:find("\0", 1, true), z:gsub("%z", "."), z:upper():byte(1, -1))
    `);
  });

  // ================================================================ tables
  fam('tbl-insert-remove', 'table.insert/remove at the end and at positions', 6, () => {
    const t = nums(int(3, 7));
    const ops = many(int(4, 7), () => pick([
      () => `table.insert(t, ${int(-99, 99)})`,
      () => `table.insert(t, math.min(#t + 1, ${int(1, 4)}), ${int(-99, 99)})`,
      () => `print("removed", table.remove(t))`,
      () => `print("removed", table.remove(t, 1))`,
      () => `print("removed", table.remove(t, math.max(1, #t - ${int(0, 2)})))`,
    ])());
    return V(SHOW + `local t = ${lst(t)}\n` + ops.map((o) => `${o}\nshow(t)`).join('\n') + `\nprint(#t, table.remove({}), table.remove({}, 0), #t)\n`);
  }, 2);
  fam('tbl-insert-errors', 'table.insert/remove position errors', 2, (d, i) => V(lua`
      local t = ${lst(nums(int(2, 4)))}
      print(pcall(table.insert, t, ${int(6, 9)}, "x"))
      print(pcall(table.insert, t, 0, "x"))
      print(pcall(table.remove, t, ${int(7, 12)}))
      print(pcall(table.insert, t))
      print(pcall(table.insert, nil, 1))
      print(table.remove(t, #t + 1), #t)
    `), 2);
  fam('tbl-concat', 'table.concat with separators and ranges', 4, () => {
    const t = [...words(int(3, 5)).map(q), String(int(1, 99)), fval()];
    return V(lua`
      local t = {${t.join(', ')}}
      print(table.concat(t), table.concat(t, ", "))
      print(table.concat(t, "-", ${int(2, 3)}), table.concat(t, "|", 2, ${int(3, 5)}), "[" .. table.concat(t, ",", 5, 4) .. "]")
      print(table.concat({}, "x"), table.concat({1, 2.5, "z"}, ""))
      print(pcall(table.concat, {1, {}, 3}))
      print(pcall(table.concat, t, " ", 1, ${int(10, 20)}))
    `);
  }, 1);
  fam('tbl-sort', 'table.sort ascending, descending, by key, strings', 6, () => {
    const xs = nums(int(6, 14), -500, 500);
    const people = sample(FIRST, int(4, 7)).map((n) => [n, int(18, 90)]);
    return V(SHOW + lua`
      local xs = ${lst(xs)}
      table.sort(xs) show(xs)
      table.sort(xs, function(a, b) return a > b end) show(xs)
      table.sort(xs, function(a, b) if a % 10 ~= b % 10 then return a % 10 < b % 10 end return a < b end) show(xs)
      local people = {${people.map(([n, a]) => `{name = ${q(n)}, age = ${a}}`).join(', ')}}
      table.sort(people, function(a, b) if a.age ~= b.age then return a.age < b.age end return a.name < b.name end)
      for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end print()
      local ws = ${strs(words(int(4, 8)))}
      table.sort(ws) show(ws)
      local fs = {${many(5, fval).join(', ')}, ${int(1, 9)}}
      table.sort(fs) show(fs)
    `);
  }, 2);
  fam('tbl-sort-errors', 'table.sort with incomparable values', 1, () => V(lua`
      print(pcall(table.sort, {${int(1, 9)}, {}, ${int(1, 9)}}))
      print(pcall(table.sort, {"${word()}", "${word()}"}, ${int(1, 9)}))
      local t = {3, 1, 2}
      table.sort(t, nil)
      print(t[1], t[2], t[3])
    `));
  fam('tbl-unpack-pack', 'table.unpack ranges, table.pack and n, select', 4, () => {
    const t = nums(int(3, 6));
    return V(lua`
      local t = ${lst(t)}
      print(table.unpack(t))
      print(table.unpack(t, ${int(2, 3)}), table.unpack(t, 2, ${int(3, 8)}))
      print(table.unpack(t, ${int(4, 6)}, ${int(1, 3)}))
      local p = table.pack(${int(1, 9)}, nil, "${word()}", nil)
      print(p.n, p[1], p[2], p[3], p[4], #{n = 1})
      print(select("#", table.unpack(t)), select(${int(2, 3)}, table.unpack(t)))
      print(select(-1, table.unpack(t)), select(-${int(2, 3)}, table.unpack(t)))
      print((table.unpack(t)))
    `);
  }, 1);
  fam('tbl-move', 'table.move within a table and between tables', 3, () => {
    const t = nums(int(5, 8), 1, 99);
    return V(SHOW + lua`
      local t = ${lst(t)}
      show(table.move(t, 1, 3, ${int(2, 4)}))
      local u = table.move(t, 2, ${int(3, 5)}, 1, {})
      show(u)
      show(table.move({${nums(3, 1, 9).join(', ')}}, 1, 3, 3, {"a", "b"}))
      show(table.move(t, 3, 1, 1))
      print(pcall(table.move, t, 1, math.maxinteger, 2))
    `);
  });
  fam('tbl-length-ipairs', '# on sequences, ipairs stops at the first nil', 3, () => {
    const n = int(3, 8);
    return V(lua`
      local t = {}
      for i = 1, ${n} do t[i] = i * i end
      print(#t, #"${word()}", #{}, #{nil}, #{1, 2, nil})
      t[#t + 1] = "last"
      print(#t, t[#t])
      local u = {${int(1, 9)}, ${int(1, 9)}, nil, ${int(1, 9)}}
      local c = 0
      for i, v in ipairs(u) do c = c + 1 end
      print("ipairs visited", c)
      for i, v in ipairs({"${word()}", "${word()}", false, "x"}) do print(i, v) end
    `);
  });
  fam('tbl-keys', 'key normalisation: 1 and 1.0 are the same key, NaN and nil are refused', 3, () => {
    const k = int(1, 99);
    return V(lua`
      local t = {}
      t[${k}] = "int"
      t[${k}.0] = "float"
      t["${k}"] = "string"
      print(t[${k}], t[${k}.0], t["${k}"], rawlen(t))
      t[2^53] = "big"
      print(t[2^53], t[math.tointeger(2^53)], math.type(next({[2.0] = true})))
      local a, b = {}, {}
      t[a] = "table a"
      t[b] = "table b"
      print(t[a], t[b], t[{}])
      print(pcall(function() t[0/0] = 1 end))
      print(pcall(function() t[nil] = 1 end))
      print(t[nil], t[0/0], rawget(t, ${k}))
    `);
  });
  fam('tbl-nested', 'nested tables, constructors and a sorted-key dump', 4, () => {
    const p = { name: pick(FIRST), age: int(18, 80), tags: sample(WORDS, int(1, 3)), addr: { city: pick(CITIES), zip: String(int(10000, 99999)) } };
    return V(DUMP + lua`
      local rec = {name = ${q(p.name)}, age = ${p.age}, tags = ${strs(p.tags)}, addr = {city = ${q(p.addr.city)}, zip = ${q(p.addr.zip)}}, ["key with space"] = true, [${int(1, 9)}] = "one", [${fval()}] = "f"}
      print(dump(rec))
      local m = {}
      for i = 1, 3 do m[i] = {} for j = 1, 3 do m[i][j] = (i - 1) * 3 + j * ${int(1, 9)} end end
      print(dump(m))
      local t = {${int(1, 9)}, ${int(1, 9)}; x = 1, ${int(1, 9)}, [10] = 10, "s"}
      print(#t, t[3], t[4], t.x, t[10])
    `);
  }, 1);
  fam('tbl-next-pairs', 'pairs/next over a sequence visits 1..n in order', 3, () => {
    const t = words(int(3, 7));
    return V(lua`
      local t = ${strs(t)}
      for k, v in pairs(t) do print(k, v) end
      print(next({}), next(t), next(t, #t), type(next))
      local sum = 0
      for k, v in pairs({${nums(int(3, 6), 1, 99).join(', ')}}) do sum = sum + k * v end
      print("weighted", sum)
      print(pcall(next, t, "nokey"))
    `);
  });

  // ================================================================ metatables and OOP
  fam('oop-account', 'a class with methods, self and errors for invalid operations', 6, () => {
    const ops = many(int(5, 9), () => pick([`deposit(${int(1, 500)})`, `withdraw(${int(1, 700)})`, 'balance()', `deposit(-${int(1, 50)})`]));
    return V(lua`
      local Account = {}
      Account.__index = Account
      function Account.new(owner, balance)
        return setmetatable({owner = owner, bal = balance or 0, log = {}}, Account)
      end
      function Account:deposit(v)
        if v <= 0 then error("deposit must be positive", 2) end
        self.bal = self.bal + v
        self.log[#self.log + 1] = "+" .. v
      end
      function Account:withdraw(v)
        if v > self.bal then error(string.format("insufficient funds: balance %d, requested %d", self.bal, v)) end
        self.bal = self.bal - v
        self.log[#self.log + 1] = "-" .. v
      end
      function Account:balance() return self.bal end
      local acc = Account.new(${q(pick(FIRST))}, ${int(0, 300)})
      ${ops.map((o) => `print(${q(o)}, pcall(function() return acc:${o} end))`).join('\n')}
      print(acc.owner, acc:balance(), table.concat(acc.log, " "))
      print(getmetatable(acc) == Account, acc.deposit == Account.deposit, rawget(acc, "deposit"))
    `);
  }, 2);
  fam('oop-inheritance', 'inheritance through __index chains and super calls', 5, () => {
    const animals = many(int(3, 5), () => [pick(['Dog', 'Cat', 'Bird']), pick(FIRST), int(1, 15)]);
    return V(lua`
      local Animal = {}
      Animal.__index = Animal
      function Animal.new(name, age) local o = setmetatable({}, Animal); o.name = name; o.age = age; return o end
      function Animal:speak() return "..." end
      function Animal:describe() return string.format("%s (%d) says %s", self.name, self.age, self:speak()) end
      local function subclass(parent, sound)
        local C = setmetatable({}, {__index = parent})
        C.__index = C
        function C.new(name, age) local o = parent.new(name, age); return setmetatable(o, C) end
        function C:speak() return sound end
        return C
      end
      local Dog = subclass(Animal, "woof")
      local Cat = subclass(Animal, "meow")
      function Cat:describe() return Animal.describe(self) .. " and purrs" end
      local Bird = subclass(Animal, "tweet")
      function Bird:speak() return Animal.speak(self) .. "tweet" end
      local classes = {Dog = Dog, Cat = Cat, Bird = Bird}
      for _, a in ipairs({${animals.map(([c, n, a]) => `{${q(c)}, ${q(n)}, ${a}}`).join(', ')}}) do
        local obj = classes[a[1]].new(a[2], a[3])
        print(a[1], obj:describe(), getmetatable(obj) == classes[a[1]], rawget(obj, "speak"))
      end
    `);
  }, 2);
  fam('oop-vector', 'operator metamethods __add __sub __mul __unm __eq __lt __le __len __tostring __concat __index', 5, () => {
    const vs = many(int(3, 4), () => [int(-9, 9), int(-9, 9)]);
    return V(lua`
      local V = {}
      V.__index = V
      local function vec(x, y) return setmetatable({x = x, y = y}, V) end
      V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
      V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
      V.__mul = function(a, b)
        if type(a) == "number" then return vec(a * b.x, a * b.y) end
        if type(b) == "number" then return vec(a.x * b, a.y * b) end
        return a.x * b.x + a.y * b.y
      end
      V.__unm = function(a) return vec(-a.x, -a.y) end
      V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
      V.__lt = function(a, b) return a:len2() < b:len2() end
      V.__le = function(a, b) return a:len2() <= b:len2() end
      V.__len = function(a) return math.sqrt(a:len2()) end
      V.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
      V.__concat = function(a, b) return tostring(a) .. tostring(b) end
      function V:len2() return self.x * self.x + self.y * self.y end
      local vs = {${vs.map(([x, y]) => `vec(${x}, ${y})`).join(', ')}}
      for i = 1, #vs - 1 do
        local a, b = vs[i], vs[i + 1]
        print(tostring(a + b), tostring(a - b), a * b, tostring(${int(2, 5)} * a), tostring(-b), #a)
        print(a == b, a == vec(a.x, a.y), a < b, a <= b, a > b, a ~= b, "v=" .. a, a .. b)
      end
      table.sort(vs, function(a, b) if a:len2() ~= b:len2() then return a < b end return a.x < b.x or (a.x == b.x and a.y < b.y) end)
      for _, v in ipairs(vs) do io.write(tostring(v), " ") end print()
    `);
  }, 2);
  fam('oop-fraction', 'a rational number class with normalisation', 4, () => {
    const fr = many(int(3, 5), () => [int(-20, 20), int(1, 12)]);
    return V(lua`
      local F = {}
      F.__index = F
      local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return math.abs(a) end
      local function new(n, d)
        if d == 0 then error("zero denominator") end
        if d < 0 then n, d = -n, -d end
        local g = gcd(n, d)
        if g > 1 then n, d = n // g, d // g end
        return setmetatable({n = n, d = d}, F)
      end
      F.__add = function(a, b) return new(a.n * b.d + b.n * a.d, a.d * b.d) end
      F.__sub = function(a, b) return new(a.n * b.d - b.n * a.d, a.d * b.d) end
      F.__mul = function(a, b) return new(a.n * b.n, a.d * b.d) end
      F.__div = function(a, b) return new(a.n * b.d, a.d * b.n) end
      F.__eq = function(a, b) return a.n == b.n and a.d == b.d end
      F.__lt = function(a, b) return a.n * b.d < b.n * a.d end
      F.__le = function(a, b) return a.n * b.d <= b.n * a.d end
      F.__tostring = function(a) if a.d == 1 then return tostring(a.n) end return a.n .. "/" .. a.d end
      local fs = {${fr.map(([n, d]) => `new(${n}, ${d})`).join(', ')}}
      local sum = new(0, 1)
      for i, f in ipairs(fs) do
        sum = sum + f
        print(i, tostring(f), tostring(sum), tostring(f * f), f < sum, f == new(f.n * 2, f.d * 2))
      end
      print(pcall(function() return fs[1] / new(0, 5) end))
    `);
  }, 1);
  fam('oop-set', 'a set class: union, intersection, subset with __add __mul __le __len', 4, () => {
    const a = sample(WORDS, int(3, 6)), b = sample(WORDS, int(3, 6));
    return V(KEYS + lua`
      local Set = {}
      Set.__index = Set
      function Set.new(list) local s = setmetatable({items = {}}, Set) for _, v in ipairs(list) do s.items[v] = true end return s end
      function Set:list() return sortedkeys(self.items) end
      Set.__add = function(a, b) local r = Set.new({}) for k in pairs(a.items) do r.items[k] = true end for k in pairs(b.items) do r.items[k] = true end return r end
      Set.__mul = function(a, b) local r = Set.new({}) for k in pairs(a.items) do if b.items[k] then r.items[k] = true end end return r end
      Set.__sub = function(a, b) local r = Set.new({}) for k in pairs(a.items) do if not b.items[k] then r.items[k] = true end end return r end
      Set.__le = function(a, b) for k in pairs(a.items) do if not b.items[k] then return false end end return true end
      Set.__lt = function(a, b) return a <= b and not (b <= a) end
      Set.__eq = function(a, b) return a <= b and b <= a end
      Set.__len = function(a) return #a:list() end
      Set.__tostring = function(a) return "{" .. table.concat(a:list(), ", ") .. "}" end
      local A, B = Set.new(${strs(a)}), Set.new(${strs(b)})
      print(tostring(A), #A, tostring(B), #B)
      print(tostring(A + B), tostring(A * B), tostring(A - B), tostring(B - A))
      print(A * B <= A, A <= A + B, A < A, A == Set.new(A:list()), A == B)
    `);
  }, 1);
  fam('oop-call-index', '__call, __index functions with defaults, __newindex proxies', 5, () => {
    const defaults = Object.fromEntries(sample(WORDS, 3).map((w) => [w, int(1, 99)]));
    const ks = Object.keys(defaults);
    return V(lua`
      local defaults = {${ks.map((k) => `${k} = ${defaults[k]}`).join(', ')}}
      local cfg = setmetatable({}, {__index = function(t, k) return defaults[k] or ("<no " .. k .. ">") end})
      cfg.${ks[0]} = ${int(100, 200)}
      print(cfg.${ks[0]}, cfg.${ks[1]}, cfg.${ks[2]}, cfg.${word()}, rawget(cfg, "${ks[1]}"))
      local log = {}
      local proxy = setmetatable({}, {
        __index = function(_, k) log[#log + 1] = "get " .. k; return defaults[k] end,
        __newindex = function(_, k, v) log[#log + 1] = "set " .. k .. "=" .. tostring(v); rawset(defaults, k, v) end,
      })
      proxy.${ks[1]} = proxy.${ks[1]} + ${int(1, 9)}
      proxy.extra = "${word()}"
      print(proxy.extra, table.concat(log, "; "))
      local counter = setmetatable({n = 0}, {__call = function(self, inc, ...) self.n = self.n + (inc or 1); return self.n, select("#", ...) end})
      print(counter(), counter(${int(2, 9)}), counter(1, "a", nil), counter.n)
      local mul = setmetatable({}, {__call = function(_, a, b) return a * b end})
      print(mul(${int(2, 9)}, ${int(2, 9)}), pcall(setmetatable({}, {}), 1))
    `);
  }, 2);
  fam('oop-more-metamethods', '__idiv __mod __pow __div __band __bor __bxor __shl __shr __bnot', 2, () => {
    const n = int(10, 99);
    return V(lua`
      local mt = {}
      local function W(v) return setmetatable({v = v}, mt) end
      local function val(x) return type(x) == "table" and x.v or x end
      for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow", "idiv", "band", "bor", "bxor", "shl", "shr"}) do
        mt["__" .. op] = function(a, b) return op .. "(" .. tostring(val(a)) .. "," .. tostring(val(b)) .. ")" end
      end
      mt.__unm = function(a) return "unm" .. a.v end
      mt.__bnot = function(a) return "bnot" .. a.v end
      local w = W(${n})
      print(w + 1, 2 - w, w * w, w / 3, w % 4, w ^ 2, w // 5)
      print(w & 1, 1 | w, w ~ 7, w << 2, w >> 1, -w, ~w)
      print(pcall(function() return w .. "x" end))
      print(pcall(function() return #w < 1 end))
    `);
  });
  fam('oop-compare-rules', '__eq only between tables, __lt/__le results converted to boolean', 2, () => V(lua`
      local mt = {__eq = function() return ${pick(['"yes"', '1', '{}'])} end, __lt = function() return nil end, __le = function() return 0 end}
      local a, b = setmetatable({}, mt), setmetatable({}, mt)
      print(a == b, a ~= b, a == 1, a < b, a <= b, a > b, a >= b)
      local onlylt = setmetatable({}, {__lt = function() return true end})
      print(onlylt < onlylt, pcall(function() return onlylt <= onlylt end))
      print(rawequal(a, b), rawequal(a, a), rawlen({${nums(3).join(', ')}}), rawlen("${word()}"))
    `));
  fam('oop-close', 'to-be-closed variables: __close order and error argument', 4, () => {
    const names = sample(WORDS, 3);
    return V(lua`
      local function res(name)
        return setmetatable({name = name}, {__close = function(self, err) print("close", self.name, err) end})
      end
      do
        local a <close> = res("${names[0]}")
        local b <close> = res("${names[1]}")
        local c <const> = ${int(1, 99)}
        print("body", c)
      end
      local function f()
        local x <close> = res("${names[2]}")
        error("boom ${int(1, 9)}", 0)
      end
      print(pcall(f))
      local function g() local r <close> = res("in g") return "returned", ${int(1, 9)} end
      print(g())
      for i = 1, 2 do local t <close> = res("loop" .. i) if i == 2 then break end end
      local ok <close> = nil
      print("done")
    `);
  }, 1);
  fam('oop-gc-at-exit', '__gc finalizers run when the state closes, in reverse order', 3, () => {
    const n = int(2, 5);
    return V(lua`
      for i = 1, ${n} do
        setmetatable({}, {__gc = function() print("finalize", i, "${word()}") end})
      end
      local keep = setmetatable({}, {__gc = function() print("finalize kept") end})
      print("main done")
    `);
  });
  fam('oop-metatable-field', '__metatable hides the metatable; getmetatable of strings', 1, () => {
    const w = word();
    return V(`local t = setmetatable({}, {__metatable = "${w}", __index = {x = ${int(1, 99)}}})\nprint(getmetatable(t), t.x, pcall(setmetatable, t, nil))\nprint(type(getmetatable("")), getmetatable(1), getmetatable({}))\n`);
  });
  fam('oop-multiple-inheritance', 'lookup in several parents through an __index function', 2, () => {
    const m = sample(WORDS, 4);
    return V(lua`
      local function createClass(...)
        local parents = {...}
        local c = {}
        setmetatable(c, {__index = function(t, k)
          for i = 1, #parents do local v = parents[i][k] if v ~= nil then return v end end
        end})
        c.__index = c
        function c:new(o) o = o or {} setmetatable(o, c) return o end
        return c
      end
      local Named = {getname = function(self) return self.name end, setname = function(self, n) self.name = n end}
      local Tagged = {${m[0]} = function() return "${m[0]} from Tagged" end, ${m[1]} = function() return "${m[1]}" end}
      local Both = createClass(Named, Tagged)
      local obj = Both:new({name = "${pick(FIRST)}"})
      print(obj:getname(), obj:${m[0]}(), obj:${m[1]}(), obj.${m[2]})
      obj:setname("${pick(FIRST)}")
      print(obj:getname(), rawget(obj, "name"))
    `);
  });

  // ================================================================ functions and closures
  fam('fn-closures', 'counters and accumulators sharing upvalues', 4, () => {
    const a = int(1, 20), s = int(1, 9);
    return V(lua`
      local function counter(start, step)
        local n = start
        return function() n = n + step; return n end, function() return n end, function(v) n = v end
      end
      local inc, get, set = counter(${a}, ${s})
      print(inc(), inc(), get())
      set(${int(100, 200)})
      print(inc(), get())
      local inc2 = counter(0, 1)
      print(inc2(), inc(), inc2())
      local fs = {}
      for i = 1, ${int(3, 5)} do fs[i] = function() return i * ${s} end end
      for i = 1, #fs do io.write(fs[i](), " ") end print()
      local gs, j = {}, 0
      while j < 3 do j = j + 1; local k = j; gs[j] = function() return k, j end end
      print(gs[1](), gs[2](), gs[3]())
    `);
  }, 1);
  fam('fn-varargs', 'varargs: select, table.pack, adjustment to one value', 5, () => {
    const args = many(int(2, 5), () => pick([String(int(-9, 99)), q(word()), 'nil', 'true', fval()]));
    return V(lua`
      local function info(...)
        local n = select("#", ...)
        local t = {...}
        return n, #{n = 1}, (select(n > 0 and n or 1, ...))
      end
      print(info(${args.join(', ')}))
      print(info())
      print(info(nil, nil))
      local function pass(...) return ... end
      print(pass(${args.join(', ')}))
      print((pass(${args.join(', ')})))
      print(({pass(1, 2, 3)})[3], #{pass(1, 2, 3), 10}, #{10, pass(1, 2, 3)})
      local function two() return ${int(1, 9)}, ${int(1, 9)} end
      print(two(), two())
      print(two(), "end")
      local t = table.pack(two(), two())
      print(t.n, t[1], t[2], t[3])
      print(select("#", pass()), select("#", nil), select(2, "a", "b", "c"))
    `);
  }, 2);
  fam('fn-higher-order', 'map, filter, reduce, compose, curry', 5, () => {
    const xs = nums(int(5, 10), -20, 50);
    const k = int(2, 5);
    return V(SHOW + lua`
      local function map(t, f) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
      local function filter(t, p) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
      local function reduce(t, f, acc) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
      local function compose(f, g) return function(...) return f(g(...)) end end
      local function curry(f) return function(a) return function(b) return f(a, b) end end end
      local xs = ${lst(xs)}
      show(map(xs, function(x) return x * ${k} end))
      show(filter(xs, function(x) return x % 2 == 0 end))
      print(reduce(xs, function(a, b) return a + b end, 0), reduce(xs, math.max, -math.huge), reduce(xs, function(a, b) return a .. b end, ""))
      local inc_then_double = compose(function(x) return x * 2 end, function(x) return x + 1 end)
      show(map(xs, inc_then_double))
      local add = curry(function(a, b) return a + b end)
      print(add(${int(1, 9)})(${int(1, 9)}), map({1, 2, 3}, add(${k}))[3])
    `);
  }, 2);
  fam('fn-recursion', 'recursive and mutually recursive local functions', 4, () => {
    const n = int(5, 20);
    return V(lua`
      local is_even, is_odd
      function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
      function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
      print(is_even(${n}), is_odd(${n}), is_even(${n + 1}))
      local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
      print(fact(${n}), fact(20), fact(21), fact(${n}.0))
      local function ack(m, n)
        if m == 0 then return n + 1 elseif n == 0 then return ack(m - 1, 1) end
        return ack(m - 1, ack(m, n - 1))
      end
      print(ack(2, ${int(1, 5)}), ack(${int(1, 2)}, ${int(2, 6)}))
      local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + n) end
      print(loop(${int(10000, 90000)}, 0))
    `);
  }, 1);
  fam('fn-memoize', 'memoisation with a cache table', 3, () => {
    const n = int(30, 90);
    return V(lua`
      local calls = 0
      local function memoize(f)
        local cache = {}
        return function(n)
          local v = cache[n]
          if v == nil then v = f(n); cache[n] = v end
          return v
        end
      end
      local fib
      fib = memoize(function(n) calls = calls + 1; if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
      print(fib(${n}), calls)
      print(fib(${n - int(1, 20)}), calls)
      print(fib(${int(92, 100)}), calls)
    `);
  });
  fam('fn-load', 'load with text, env tables and reader functions', 5, (d, i) => {
    const a = int(1, 99), b = int(1, 99);
    return V(lua`
      local f = load("return ${a} + ${b}")
      print(f())
      local env = {x = ${a}, print = print}
      local g = load("y = x * 2; print('in chunk', x, y); return y", "chunk", "t", env)
      print(g(), env.y, y)
      local parts = {"return ", "${a}", " * ", "${b}"}
      local i = 0
      local h = load(function() i = i + 1; return parts[i] end)
      print(h())
      print(load("syntax error here"))
      print(load(string.dump(function() return ${a} end), "bin", "t"))
      print(load(string.dump(function() return ${b} end), "bin", "b")())
      local chunk = load("local a, b = ...; return a .. '-' .. b")
      print(chunk("${word()}", "${word()}"))
      print(pcall(load("error('inside loaded chunk')", "=loaded")))
    `);
  }, 2);
  fam('fn-dofile-require', 'dofile and require of files in the working directory', 4, () => {
    const m = pick(['mylib', 'shapes', 'tools']);
    const k = int(2, 9);
    return S(lua`
      local lib = require("${m}")
      print(lib.triple(${int(1, 99)}), lib.name)
      local again, path = require("${m}")
      print(again == lib, path, package.loaded["${m}"] == lib)
      local a, b, c, d = dofile("data.lua")
      print(a, b, c, #d, select("#", dofile("data.lua")))
      print(pcall(require, "missing_${word()}") == false)
      package.preload["virtual"] = function(name, arg) return {name = name, arg = arg} end
      local v = require("virtual")
      print(v.name, v.arg)
    `, { files: { [`${m}.lua`]: `print("loading ${m}", ...)\nreturn {triple = function(x) return x * ${k} end, name = "${m}"}\n`, 'data.lua': `return ${int(1, 99)}, "${word()}", nil, {1, 2}\n` } });
  }, 1);
  fam('fn-string-dump', 'string.dump round trip and upvalues reset', 1, () => V(lua`
      local function add(a, b) return a + b + ${int(1, 9)} end
      local s = string.dump(add)
      print(type(s), s:sub(1, 4) == "\27Lua", load(s)(${int(1, 9)}, ${int(1, 9)}))
      print(pcall(string.dump, print))
    `));
  fam('fn-globals', '_G and _ENV: globals live in a table', 3, () => {
    const v = `g_${word()}`;
    return V(lua`
      ${v} = ${int(1, 99)}
      print(_G.${v}, _G["${v}"], _ENV == _G, rawget(_G, "${v}"))
      _G.${v}_2 = "set via _G"
      print(${v}_2)
      local function sandboxed()
        local _ENV = {print = print, tostring = tostring}
        z = ${int(1, 9)}
        print(z, tostring(${v}))
      end
      sandboxed()
      print(z, type(_G.print), type(_VERSION), _VERSION)
    `);
  });

  // ================================================================ control flow
  fam('ctl-goto', 'goto continue, nested-loop exit and a loop written with goto', 5, () => {
    const n = int(5, 15), skip = int(2, 4);
    return V(lua`
      for i = 1, ${n} do
        if i % ${skip} == 0 then goto continue end
        io.write(i, " ")
        ::continue::
      end
      print()
      for i = 1, 9 do
        for j = 1, 9 do
          if i * j == ${int(6, 30)} then print("found", i, j) goto done end
        end
      end
      print("not found")
      ::done::
      local k = ${int(1, 5)}
      ::top::
      k = k * 2
      if k < ${int(50, 500)} then goto top end
      print("k", k)
      do goto skip; print("skipped") ::skip:: end
      print("end")
    `);
  }, 2);
  fam('ctl-loops', 'while, repeat-until (locals visible in until), break, nested', 5, () => {
    const n = int(10, 200);
    return V(lua`
      local n, steps = ${n}, 0
      while n ~= 1 do
        if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end
        steps = steps + 1
      end
      print("collatz steps", steps)
      local i = 0
      repeat
        local sq = i * i
        i = i + 1
      until sq > ${int(20, 300)}
      print("repeat stopped at", i)
      local found
      for a = 1, 20 do
        for b = a, 20 do
          if a * a + b * b == ${pick([25, 100, 169, 225, 289, 400, 625])} then found = a .. "," .. b break end
        end
        if found then break end
      end
      print("pair", found)
      local x = 0
      while true do x = x + ${int(3, 7)} if x > ${int(20, 60)} then break end end
      print("x", x)
    `);
  }, 2);
  fam('ctl-if-chains', 'if/elseif/else and and/or short-circuit values', 4, () => {
    const xs = nums(int(5, 9), -50, 150);
    return V(lua`
      local function grade(s)
        if s >= 90 then return "A" elseif s >= 80 then return "B" elseif s >= 70 then return "C"
        elseif s < 0 then return "invalid" else return "F" end
      end
      for _, s in ipairs(${lst(xs)}) do io.write(s, "=", grade(s), " ") end print()
      print(nil or "${word()}", false or nil, 0 and "zero is true", "" and "empty is true", nil and 1, false == nil)
      print(${int(1, 9)} > 5 and "big" or "small", not nil, not 0, not not "x")
      local t = {}
      print(t.x and t.x.y or "default", (nil or false), (false or nil))
    `);
  }, 1);
  fam('ctl-generic-for', 'generic for with custom iterators, stateless and closures', 5, () => {
    const n = int(4, 9);
    return V(lua`
      local function range(a, b, step)
        step = step or 1
        return function(_, i) i = i + step if (step > 0 and i <= b) or (step < 0 and i >= b) then return i end end, nil, a - step
      end
      for i in range(1, ${n}) do io.write(i, " ") end print()
      for i in range(${n * 3}, 0, -${int(2, 4)}) do io.write(i, " ") end print()
      local function chars(s) local i = 0 return function() i = i + 1 if i <= #s then return i, s:sub(i, i) end end end
      for i, c in chars("${word()}") do io.write(i, c, " ") end print()
      local function pairs_sorted(t)
        local ks = {} for k in pairs(t) do ks[#ks + 1] = k end table.sort(ks)
        local i = 0
        return function() i = i + 1 if ks[i] ~= nil then return ks[i], t[ks[i]] end end
      end
      for k, v in pairs_sorted({${sample(WORDS, 4).map((w) => `${w} = ${int(1, 99)}`).join(', ')}}) do print(k, v) end
      for k, v in next, {${nums(3).join(', ')}} do io.write(k, "=", v, " ") end print()
    `);
  }, 2);
  fam('ctl-scoping', 'block scoping, shadowing and multiple assignment order', 3, () => {
    const a = int(1, 9), b = int(10, 99);
    return V(lua`
      local x = ${a}
      do local x = ${b}; print("inner", x) end
      print("outer", x)
      local a, b, c = ${a}, ${b}
      print(a, b, c)
      a, b = b, a
      print(a, b)
      local t = {1, 2, 3}
      local i = 1
      i, t[i] = i + 1, "changed"
      print(i, t[1], t[2])
      local x, x = 1, 2
      print(x)
      for i = 1, 2 do local i = i * 10 io.write(i, " ") end print()
    `);
  });

  // ================================================================ coroutines
  fam('co-generator', 'generators with coroutine.wrap', 5, () => {
    const n = int(5, 15);
    return V(lua`
      local function gen_fib(n)
        return coroutine.wrap(function()
          local a, b = 0, 1
          for _ = 1, n do coroutine.yield(a) a, b = b, a + b end
        end)
      end
      for v in gen_fib(${n}) do io.write(v, " ") end print()
      local function primes()
        return coroutine.wrap(function()
          local n = 2
          while true do
            local p = true
            for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then p = false break end end
            if p then coroutine.yield(n) end
            n = n + 1
          end
        end)
      end
      local g = primes()
      for _ = 1, ${int(5, 20)} do io.write(g(), " ") end print()
      local function chars(s) return coroutine.wrap(function() for c in s:gmatch(".") do coroutine.yield(c, c:byte()) end end) end
      for c, b in chars("${word()}") do io.write(c, b, " ") end print()
    `);
  }, 2);
  fam('co-status', 'coroutine.status, resume/yield value passing, isyieldable', 5, () => {
    const a = int(1, 50);
    return V(lua`
      local co
      co = coroutine.create(function(x, y)
        print("start", x, y, coroutine.status(co), coroutine.isyieldable())
        local z = coroutine.yield(x + y)
        print("got", z)
        local p, q = coroutine.yield(z * 2, "two")
        print("got", p, q)
        return "finished", p + q
      end)
      print(coroutine.status(co), coroutine.isyieldable())
      print(coroutine.resume(co, ${a}, ${int(1, 50)}))
      print(coroutine.status(co))
      print(coroutine.resume(co, ${int(1, 9)}))
      print(coroutine.resume(co, ${int(1, 9)}, ${int(1, 9)}))
      print(coroutine.status(co))
      print(coroutine.resume(co))
      local _, ismain = coroutine.running()
      print(ismain)
    `);
  }, 2);
  fam('co-pipeline', 'producer/filter/consumer pipeline', 4, () => {
    const items = words(int(5, 9));
    return V(lua`
      local function producer(items)
        return coroutine.create(function() for _, v in ipairs(items) do coroutine.yield(v) end end)
      end
      local function filter(src, pred)
        return coroutine.create(function()
          while true do
            local ok, v = coroutine.resume(src)
            if not v then return end
            if pred(v) then coroutine.yield(v:upper()) end
          end
        end)
      end
      local function consume(src)
        local out = {}
        while true do
          local ok, v = coroutine.resume(src)
          if not v then break end
          out[#out + 1] = v
        end
        return out
      end
      local r = consume(filter(producer(${strs(items)}), function(w) return #w ${pick(['>', '<=', '>='])} ${int(4, 6)} end))
      print(#r, table.concat(r, ","))
    `);
  }, 1);
  fam('co-errors', 'errors inside coroutines, dead coroutines, resuming the running one', 4, () => V(lua`
      local co = coroutine.create(function(x) coroutine.yield(x) error("oops " .. x) end)
      print(coroutine.resume(co, ${int(1, 99)}))
      print(coroutine.resume(co))
      print(coroutine.status(co), coroutine.resume(co))
      local co2 = coroutine.create(function() error({code = ${int(1, 99)}}) end)
      local ok, e = coroutine.resume(co2)
      print(ok, type(e), e.code)
      local co3
      co3 = coroutine.create(function() return coroutine.resume(co3) end)
      print(coroutine.resume(co3))
      local w = coroutine.wrap(function() return "${word()}" end)
      print(w())
      print(pcall(w))
      print(pcall(coroutine.resume, ${int(1, 9)}))
      print(coroutine.resume(coroutine.create(function() return coroutine.isyieldable(), coroutine.status(coroutine.running()) end)))
    `), 2);
  fam('co-scheduler', 'round-robin scheduling of tasks', 4, () => {
    const tasks = many(int(2, 4), (i) => [`T${i + 1}`, int(1, 5)]);
    return V(lua`
      local tasks = {}
      local function spawn(name, n)
        tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
          for i = 1, n do print(name, "step", i) coroutine.yield() end
          return name .. " done"
        end)}
      end
      ${tasks.map(([n, k]) => `spawn("${n}", ${k})`).join('\n')}
      while #tasks > 0 do
        for i = #tasks, 1, -1 do
          local t = tasks[i]
          local ok, res = coroutine.resume(t.co)
          if coroutine.status(t.co) == "dead" then print("finished", res) table.remove(tasks, i) end
        end
      end
    `);
  }, 1);
  fam('co-close', 'coroutine.close runs pending to-be-closed variables', 3, () => V(lua`
      local co = coroutine.create(function()
        local r <close> = setmetatable({}, {__close = function(_, e) print("closing resource", e) end})
        coroutine.yield("${word()}")
        print("never")
      end)
      print(coroutine.resume(co))
      print(coroutine.close(co), coroutine.status(co))
      local bad = coroutine.create(function() error("fail ${int(1, 9)}") end)
      coroutine.resume(bad)
      print(coroutine.close(bad))
      print(coroutine.close(coroutine.create(print)))
    `));
  fam('co-yield-across', 'yield across pcall and from nested functions', 3, () => V(lua`
      local co = coroutine.wrap(function(a)
        local ok, v = pcall(function()
          local b = coroutine.yield(a * 2)
          if b > ${int(5, 10)} then error("too big: " .. b) end
          return b
        end)
        coroutine.yield(ok, v)
        local function deep(n) if n == 0 then return coroutine.yield("deep") end return deep(n - 1) end
        return deep(${int(1, 5)})
      end)
      print(co(${int(1, 9)}))
      print(co(${int(1, 15)}))
      print(co())
      print(co("${word()}"))
    `));
  fam('co-permutations', 'permutations generated by a recursive coroutine', 4, () => {
    const items = sample(['a', 'b', 'c', 'd', 'x', 'y', '1', '2'], int(2, 4));
    return V(lua`
      local function permgen(a, n)
        n = n or #a
        if n <= 1 then coroutine.yield(a) else
          for i = 1, n do
            a[n], a[i] = a[i], a[n]
            permgen(a, n - 1)
            a[n], a[i] = a[i], a[n]
          end
        end
      end
      local function permutations(a) return coroutine.wrap(function() permgen(a) end) end
      local count = 0
      for p in permutations(${strs(items)}) do count = count + 1 print(count, table.concat(p, " ")) end
    `);
  }, 1);

  // ================================================================ utf8
  fam('utf8-basic', 'utf8.char, utf8.len, utf8.codepoint, charpattern', 5, () => {
    const s = `${pick(UNI)} ${pick(UNI)} ${word()}`;
    const cps = many(int(3, 6), () => pick([int(32, 126), int(160, 0x7ff), int(0x800, 0xd7ff), int(0xe000, 0xffff), int(0x10000, 0x10ffff)]));
    return V(lua`
      local s = ${q(s)}
      print(#s, utf8.len(s), utf8.len(s, ${int(2, 4)}), utf8.len(s, -${int(1, 3)}))
      print(utf8.codepoint(s, 1, -1))
      local c = utf8.char(${cps.join(', ')})
      print(c, #c, utf8.len(c), utf8.codepoint(c, 1, -1))
      for ch in s:gmatch(utf8.charpattern) do io.write("[", ch, "]") end print()
      print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*", utf8.char())
    `);
  }, 2);
  fam('utf8-codes', 'utf8.codes iteration with byte positions', 4, () => {
    const s = `${pick(UNI)}${pick(['', ' ', '-'])}${pick(UNI)}`;
    return V(`for p, c in utf8.codes(${q(s)}) do print(p, c, utf8.char(c)) end\nlocal ok, e = pcall(function() for p, c in utf8.codes("ab\\xff${word()}") do io.write(p, " ") end end)\nprint() print(ok, e)\n`);
  }, 1);
  fam('utf8-offset', 'utf8.offset forwards and backwards', 4, () => {
    const s = `${pick(UNI)} ${pick(UNI)}`;
    return V(lua`
      local s = ${q(s)}
      for n = -3, 4 do io.write(tostring(utf8.offset(s, n)), " ") end print()
      print(utf8.offset(s, 0, ${int(2, 6)}), pcall(utf8.offset, s, 1, -1))
      print(pcall(utf8.offset, s, ${int(2, 4)}, ${int(1, 3)}))
      print(pcall(utf8.offset, s, 1, ${int(2, 3)}))
      print(utf8.offset(s, 100))
    `);
  }, 1);
  fam('utf8-invalid', 'invalid UTF-8: len returns fail and the position, codepoint errors, lax mode', 4, () => {
    const bad = pick(['\\xff', '\\xc3', '\\xe6\\x97', '\\xed\\xa0\\x80', '\\xf4\\x90\\x80\\x80', '\\xc0\\x80']);
    return V(lua`
      local s = "${word()}${bad}${word()}"
      print(utf8.len(s))
      print(pcall(utf8.codepoint, s, 1, -1))
      print(utf8.len("\u{D800}"), utf8.len("\u{D800}", 1, -1, true), utf8.len("\u{7FFFFFFF}", 1, -1, true))
      print(utf8.codepoint("\u{110000}", 1, 1, true), pcall(utf8.codepoint, "\u{110000}"))
      print(pcall(utf8.char, -1), #utf8.char(0x7FFFFFFF), pcall(utf8.len, s, ${int(50, 99)}))
    `);
  }, 2);
  fam('utf8-text', 'reversing and truncating text by characters', 4, () => {
    const ss = sample(UNI, 3).concat([`${pick(FIRST)} in ${pick(CITIES)}`]);
    return V(lua`
      local function ureverse(s) local t = {} for _, c in utf8.codes(s) do table.insert(t, 1, utf8.char(c)) end return table.concat(t) end
      local function utrunc(s, n) local o = utf8.offset(s, n + 1) if o then return s:sub(1, o - 1) .. "…" end return s end
      for _, s in ipairs(${strs(ss)}) do
        print(s, ureverse(s), utrunc(s, ${int(2, 5)}), s:upper(), #s, utf8.len(s))
      end
    `);
  }, 1);

  // ================================================================ io
  fam('io-write', 'io.write formats numbers, returns the file for chaining', 4, () => V(lua`
      io.write(${int(1, 99)}, " ", ${int(1, 99)}.0, " ", ${fval()}, " ", 2^${int(53, 63)}, " ", -0.0, " ", 1/3, "\n")
      io.write("a", "b"):write("c", ${int(1, 9)}, "\n"):write("chained\n")
      local f = io.write("")
      print(f == io.stdout, io.type(f))
      print(pcall(io.write, {}))
      print(pcall(io.write, nil))
      io.write(string.format("%5.1f|%-4d|\n", ${fval()}, ${int(1, 999)}))
    `), 1);
  const textLines = (n) => many(n, () => pick([sentence(int(2, 6)), `${pick(FIRST)},${int(18, 80)},${pick(CITIES)}`, '', `  ${word()}  `, `${int(-999, 999)} ${int(-999, 999)}`, pick(UNI)]));
  fam('io-read-lines', 'io.read "l" and "L" line by line until nil', 3, (d, i) => {
    const ls = textLines(int(3, 7));
    const stdin = ls.join(i === 2 ? '\r\n' : '\n') + (i === 3 ? '' : '\n');
    return S(lua`
      local n = 0
      while true do
        local line = io.read(${i === 1 ? '"l"' : '"L"'})
        if line == nil then break end
        n = n + 1
        print(n, #line, string.format("%q", line))
      end
      print("lines", n, io.read("l"), io.read("a") == "")
    `, { stdin });
  }, 2);
  fam('io-read-numbers', 'io.read "n": decimal, hex, exponent and invalid numbers', 5, (d, i) => {
    const toks = many(int(4, 8), () => pick([String(int(-999, 999)), fval(), `0x${int(1, 4095).toString(16)}`, `${int(1, 9)}e${int(-3, 3)}`, `  ${int(1, 99)}`, `\n${int(1, 99)}`, `.${int(1, 9)}`, `-${fval()}`]));
    const tail = pick([` ${word()}`, ' 12abc', ' 0x', ' --5', ' 1e+', '']);
    return S(lua`
      local t = {}
      while true do
        local v = io.read("n")
        if v == nil then break end
        t[#t + 1] = v .. ":" .. math.type(v)
      end
      print(#t, table.concat(t, " "))
      print("rest", string.format("%q", io.read("a")))
    `, { stdin: `${toks.join(' ')}${tail}\n` });
  }, 2);
  fam('io-read-all', 'io.read "a" reads everything; at EOF it returns ""', 3, () => {
    const txt = textLines(int(2, 5)).join('\n');
    return S(`local first = io.read("l")\nlocal rest = io.read("a")\nprint(first)\nprint(#rest, string.format("%q", rest))\nprint(io.read("a") == "", io.read("l"), io.read(0), io.read("n"))\n`, { stdin: txt });
  });
  fam('io-read-count', 'io.read(k) reads k bytes; io.read(0) tests for EOF', 3, () => {
    const txt = sentence(int(4, 9));
    const k = int(2, 7);
    return S(`while true do\n  local c = io.read(${k})\n  if not c then break end\n  io.write("[", c, "]")\nend\nprint()\nprint(io.read(0), io.read(${k}))\n`, { stdin: txt });
  });
  fam('io-read-multi', 'several formats in one io.read call', 3, () => {
    const a = int(1, 99), b = fval(), w = sentence(3);
    return S(`local x, y, rest, nxt = io.read("n", "n", "l", "L")\nprint(x, y, rest, nxt)\nprint(io.read("n", "l"))\n`, { stdin: `${a} ${b} ${w}\n${word()}\n${int(1, 9)}` });
  });
  fam('io-lines-stdin', 'io.lines() over stdin: a wc-like program', 5, () => {
    const ls = textLines(int(3, 8));
    return S(lua`
      local lines, words, chars, longest = 0, 0, 0, ""
      for line in io.lines() do
        lines = lines + 1
        chars = chars + #line + 1
        for _ in line:gmatch("%S+") do words = words + 1 end
        if #line > #longest then longest = line end
      end
      print(lines, words, chars)
      print("longest: " .. longest)
    `, { stdin: `${ls.join('\n')}\n` });
  }, 2);
  fam('io-lines-file', 'io.lines(file, formats) and file:lines', 4, () => {
    const ns = many(int(3, 8), () => pick([String(int(-99, 999)), fval()]));
    const ls = textLines(int(2, 5));
    return S(lua`
      local sum = 0
      for n in io.lines("numbers.txt", "n") do sum = sum + n end
      print("sum", sum)
      for l in io.lines("text.txt", "L") do io.write("> ", l) end
      local f = assert(io.open("text.txt"))
      for a, b in f:lines(1, 2) do io.write(a, "|", tostring(b), " ") end
      print()
      f:close()
      for c in io.lines("text.txt", ${int(3, 9)}) do io.write("<", c, ">") break end
      print()
    `, { files: { 'numbers.txt': `${ns.join('\n')}\n`, 'text.txt': `${ls.join('\n')}\n` } });
  }, 1);
  fam('io-open-errors', 'io.open failures return nil, message, errno', 2, () => {
    const f = `${word()}.txt`;
    const dir = `${word()}_dir`;
    return S(lua`
      print(io.open("${f}"))
      print(io.open("${f}", "r"))
      print(pcall(io.open, "${f}", "${pick(['rw', 'x', 'r+b+', 'z'])}"))
      local w, we = io.open("${dir}/inner.txt", "w")
      print(io.type(w), we)
      local d = io.open("${dir}")
      print(io.type(d), d:read("l"))
      print(pcall(io.lines, "${f}"))
      local lf, le, lc = io.open("locked.txt")
      print(io.type(lf), le, lc)
    `, { files: { [dir]: { dir: true }, 'locked.txt': { text: 'secret\n', mode: 0 } } });
  }, 1);
  fam('io-write-read-file', 'write a file, append to it, read it back', 4, () => {
    const ls = words(int(3, 6));
    return S(lua`
      local f = assert(io.open("out.txt", "w"))
      for i, w in ipairs(${strs(ls)}) do f:write(i, ": ", w, "\n") end
      print(f:write("no newline at end") == f)
      f:close()
      local a = assert(io.open("out.txt", "a"))
      a:write("\nappended ${int(1, 99)}\n")
      a:close()
      local r = assert(io.open("out.txt", "r"))
      print(r:read("a"))
      r:close()
      local rw = assert(io.open("out.txt", "w+"))
      rw:write("${word()} ${int(1, 999)}")
      rw:seek("set", 0)
      print(rw:read("l"), rw:read("l"))
      rw:close()
    `);
  }, 1);
  fam('io-seek', 'file:seek with set, cur and end', 3, () => {
    const txt = `${sentence(int(4, 8))}\n${sentence(3)}\n`;
    return S(lua`
      local f = assert(io.open("data.txt", "rb"))
      print(f:seek("end"))
      print(f:seek("set", ${int(1, 10)}), f:read(${int(2, 6)}))
      print(f:seek("cur"), f:seek("cur", ${int(1, 5)}), f:read("l"))
      print(f:seek("end", -${int(2, 6)}), string.format("%q", f:read("a")))
      print(f:seek("set"), f:read(1))
      print(pcall(f.seek, f, "middle"))
      f:close()
    `, { files: { 'data.txt': txt } });
  });
  fam('io-closed-file', 'io.type and operations on closed files', 1, () => S(lua`
      local f = assert(io.open("x.txt"))
      print(io.type(f), io.type(io.stdout), io.type(${int(1, 9)}), io.type({}))
      print(f:read("l"))
      print(f:close())
      print(io.type(f), tostring(f))
      print(pcall(f.read, f))
      print(pcall(f.close, f))
      print(type(io.lines(nil)), pcall(io.lines, "nofile.txt"))
    `, { files: { 'x.txt': `${word()} ${int(1, 99)}\n` } }));
  fam('io-stderr', 'io.stderr:write goes to stderr, print to stdout', 3, () => V(lua`
      for i = 1, ${int(2, 5)} do
        print("out", i)
        io.stderr:write("err ", i, " ${word()}\n")
      end
      io.stdout:write("done\n")
      print(io.stderr:write("") == io.stderr)
    `));
  fam('io-output-redirect', 'io.output to a file, then back to stdout', 1, () => S(lua`
      local old = io.output()
      io.output("log.txt")
      io.write("line ${int(1, 99)}\n", "${word()}\n")
      print("print still goes to stdout")
      io.close()
      io.output(old)
      io.input("log.txt")
      print(io.read("a"))
      io.input():close()
      print(pcall(io.read))
    `));
  fam('io-file-shapes', 'empty files, CRLF, no trailing newline, binary bytes', 3, () => {
    const bin = [...rng.bytes(int(6, 12))];
    return S(lua`
      for _, name in ipairs({"empty.txt", "crlf.txt", "nonl.txt"}) do
        local f = assert(io.open(name, "rb"))
        local n = 0
        for l in f:lines() do n = n + 1 io.write(string.format("%q ", l)) end
        print(name, n)
        f:close()
      end
      local b = assert(io.open("bin.dat", "rb")):read("a")
      print(#b, b:byte(1, -1))
    `, { files: { 'empty.txt': '', 'crlf.txt': `${word()}\r\n${word()}\r\n`, 'nonl.txt': `${word()}\n${word()}`, 'bin.dat': { base64: Buffer.from(bin).toString('base64') } } });
  });

  // ================================================================ os
  fam('os-getenv', 'os.getenv of set and unset variables', 3, () => {
    const v = `APP_${rng.string(4, 'ABCDEFGH')}`;
    return V(`print(os.getenv("${v}"))\nprint(os.getenv("HOME"), os.getenv("TZ"), os.getenv("LC_ALL"))\nprint(os.getenv("NO_SUCH_VAR_${int(1, 99)}"))\n`, { env: { [v]: `${word()} ${int(1, 99)}` } });
  });
  fam('os-date-fixed', 'os.date with a fixed time (UTC)', 4, () => {
    const t = int(0, 2000000000);
    return V(KEYS + lua`
      local t = ${t}
      print(os.date("!%Y-%m-%d %H:%M:%S", t))
      print(os.date("%Y-%m-%dT%H:%M:%SZ", t))
      print(os.date("!%a %A %b %B %d %j %p %y %I %M %w %%", t))
      print(os.date("!%c|%x|%X|%D|%F|%T|%e|%u|%V|%G", t))
      local d = os.date("!*t", t)
      for _, k in ipairs(sortedkeys(d)) do io.write(k, "=", tostring(d[k]), " ") end print()
      print(os.date("!%H:%M", ${int(0, 86399)}), os.date("!%Y", 0))
    `);
  }, 2);
  fam('os-time-table', 'os.time from a date table, normalisation, difftime', 4, () => {
    const y = int(1971, 2037), mo = int(1, 12), dd = int(1, 28);
    return V(lua`
      local t1 = os.time({year = ${y}, month = ${mo}, day = ${dd}, hour = ${int(0, 23)}, min = ${int(0, 59)}, sec = ${int(0, 59)}})
      print(t1, math.type(t1), os.date("!%Y-%m-%d %H:%M:%S", t1))
      local t2 = os.time({year = ${y}, month = ${mo + int(1, 14)}, day = ${dd + int(0, 40)}})
      print(t2, os.date("!%Y-%m-%d %H:%M:%S", t2))
      print(os.difftime(t2, t1), math.type(os.difftime(t2, t1)), (t2 - t1) // 86400)
      local d = {year = ${y}, month = 2, day = 29, hour = 12}
      print(os.date("!%F %T", os.time(d)), d.month, d.day, d.yday, d.wday)
      print(pcall(os.time, {year = ${y}, month = 1}))
    `);
  }, 1);
  fam('os-date-errors', 'invalid os.date conversions', 1, () => V(`print(pcall(os.date, "!%${pick(['Q', 'Ez', 'O', '#'])}", 0))\nprint(pcall(os.date, "%Y", "x"))\nprint(os.date("!%Y-%m", ${int(0, 2e9)}))\n`));
  fam('os-remove-rename', 'os.remove and os.rename on files in the working directory', 3, () => {
    const a = `${word()}.tmp`;
    return S(lua`
      print(os.rename("${a}", "renamed.tmp"))
      print(io.open("${a}"), io.open("renamed.tmp"):read("a"))
      print(os.remove("renamed.tmp"))
      print(os.remove("renamed.tmp"))
      print(os.rename("nope_${int(1, 99)}", "x"))
    `, { files: { [a]: `${word()} ${int(1, 99)}` } });
  });

  // ================================================================ programs
  fam('prog-sieve', 'sieve of Eratosthenes', 4, () => {
    const n = int(30, 600);
    return V(lua`
      local N = ${n}
      local sieve = {}
      for i = 2, N do sieve[i] = true end
      for i = 2, math.floor(math.sqrt(N)) do
        if sieve[i] then for j = i * i, N, i do sieve[j] = false end end
      end
      local primes = {}
      for i = 2, N do if sieve[i] then primes[#primes + 1] = i end end
      print("count", #primes, "last", primes[#primes])
      print(table.concat(primes, " ", 1, math.min(${int(10, 25)}, #primes)))
      local s = 0 for _, p in ipairs(primes) do s = s + p end
      print("sum", s, "mean", s / #primes)
    `);
  }, 1);
  fam('prog-factorize', 'prime factorisation by trial division', 4, () => {
    const xs = many(int(4, 7), () => pick([int(2, 1000), int(1000, 1e6), int(1e6, 1e9), 2 ** int(5, 30), int(1, 97) * int(1, 97) * int(1, 97)]));
    return V(lua`
      local function factor(n)
        local f, d = {}, 2
        while d * d <= n do
          while n % d == 0 do f[#f + 1] = d; n = n // d end
          d = d + (d == 2 and 1 or 2)
        end
        if n > 1 then f[#f + 1] = n end
        return f
      end
      for _, n in ipairs(${lst(xs)}) do
        local f = factor(n)
        print(n, "=", table.concat(f, " * "), #f == 1 and "(prime)" or "")
      end
    `);
  }, 1);
  fam('prog-gcd-lcm', 'gcd and lcm of lists', 3, () => {
    const xs = many(int(3, 6), () => int(2, 5000));
    return V(lua`
      local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
      local function lcm(a, b) return a // gcd(a, b) * b end
      local xs = ${lst(xs)}
      local g, l = xs[1], xs[1]
      for i = 2, #xs do g = gcd(g, xs[i]); l = lcm(l, xs[i]) end
      print("gcd", g, "lcm", l)
      for i = 1, #xs - 1 do print(xs[i], xs[i + 1], gcd(xs[i], xs[i + 1]), lcm(xs[i], xs[i + 1])) end
    `);
  });
  fam('prog-fibonacci', 'Fibonacci numbers: integer wrap-around versus floats', 3, () => {
    const n = int(88, 100);
    return V(lua`
      local a, b = 0, 1
      local fa, fb = 0.0, 1.0
      for i = 1, ${n} do
        a, b = b, a + b
        fa, fb = fb, fa + fb
        if i % ${int(7, 15)} == 0 or i > ${n - 4} then print(i, a, fa, a == fa) end
      end
    `);
  });
  fam('prog-binary-search', 'binary search counting comparisons', 4, () => {
    const xs = [...new Set(nums(int(10, 25), -200, 800))].sort((a, b) => a - b);
    const targets = [pick(xs), pick(xs), int(-300, 900), xs[0], xs[xs.length - 1], int(-300, 900)];
    return V(lua`
      local xs = ${lst(xs)}
      local function bsearch(t, x)
        local lo, hi, steps = 1, #t, 0
        while lo <= hi do
          steps = steps + 1
          local mid = (lo + hi) // 2
          if t[mid] == x then return mid, steps
          elseif t[mid] < x then lo = mid + 1 else hi = mid - 1 end
        end
        return nil, steps, lo
      end
      for _, x in ipairs(${lst(targets)}) do print(x, bsearch(xs, x)) end
    `);
  }, 1);
  fam('prog-sorting', 'quicksort, merge sort, insertion sort and heap sort written in Lua', 5, () => {
    const xs = nums(int(8, 20), -999, 999);
    return V(SHOW + lua`
      local function copy(t) local r = {} for i, v in ipairs(t) do r[i] = v end return r end
      local function quicksort(t, lo, hi)
        lo, hi = lo or 1, hi or #t
        if lo >= hi then return t end
        local p, i = t[hi], lo - 1
        for j = lo, hi - 1 do if t[j] <= p then i = i + 1; t[i], t[j] = t[j], t[i] end end
        t[i + 1], t[hi] = t[hi], t[i + 1]
        quicksort(t, lo, i) quicksort(t, i + 2, hi)
        return t
      end
      local function mergesort(t)
        if #t <= 1 then return t end
        local mid = #t // 2
        local a, b = mergesort({table.unpack(t, 1, mid)}), mergesort({table.unpack(t, mid + 1)})
        local r, i, j = {}, 1, 1
        while i <= #a and j <= #b do
          if a[i] <= b[j] then r[#r + 1] = a[i]; i = i + 1 else r[#r + 1] = b[j]; j = j + 1 end
        end
        for k = i, #a do r[#r + 1] = a[k] end
        for k = j, #b do r[#r + 1] = b[k] end
        return r
      end
      local function insertion(t)
        local shifts = 0
        for i = 2, #t do
          local v, j = t[i], i - 1
          while j >= 1 and t[j] > v do t[j + 1] = t[j]; j = j - 1; shifts = shifts + 1 end
          t[j + 1] = v
        end
        return t, shifts
      end
      local function heapsort(t)
        local n = #t
        local function sift(i, size)
          while true do
            local l, r, m = 2 * i, 2 * i + 1, i
            if l <= size and t[l] > t[m] then m = l end
            if r <= size and t[r] > t[m] then m = r end
            if m == i then return end
            t[i], t[m] = t[m], t[i]; i = m
          end
        end
        for i = n // 2, 1, -1 do sift(i, n) end
        for i = n, 2, -1 do t[1], t[i] = t[i], t[1]; sift(1, i - 1) end
        return t
      end
      local xs = ${lst(xs)}
      show(quicksort(copy(xs)))
      show(mergesort(copy(xs)))
      local s, shifts = insertion(copy(xs))
      show(s) print("shifts", shifts)
      show(heapsort(copy(xs)))
      local ref = copy(xs) table.sort(ref)
      print(table.concat(ref, ",") == table.concat(mergesort(copy(xs)), ","))
    `);
  }, 2);
  fam('prog-matrix', 'matrix product, transpose and determinant', 4, () => {
    const n = int(2, 4);
    const A = many(n, () => nums(n, -9, 9)), B = many(n, () => nums(n, -9, 9));
    const mat = (m) => `{${m.map(lst).join(', ')}}`;
    return V(lua`
      local function mul(a, b)
        local r = {}
        for i = 1, #a do r[i] = {} for j = 1, #b[1] do local s = 0 for k = 1, #b do s = s + a[i][k] * b[k][j] end r[i][j] = s end end
        return r
      end
      local function transpose(a) local r = {} for i = 1, #a[1] do r[i] = {} for j = 1, #a do r[i][j] = a[j][i] end end return r end
      local function det(m)
        local n = #m
        local a = {} for i = 1, n do a[i] = {table.unpack(m[i])} end
        local d = 1
        for c = 1, n do
          local p = c
          for r = c + 1, n do if math.abs(a[r][c]) > math.abs(a[p][c]) then p = r end end
          if a[p][c] == 0 then return 0 end
          if p ~= c then a[p], a[c] = a[c], a[p]; d = -d end
          d = d * a[c][c]
          for r = c + 1, n do local f = a[r][c] / a[c][c] for k = c, n do a[r][k] = a[r][k] - f * a[c][k] end end
        end
        return d
      end
      local function show(m) for _, row in ipairs(m) do local t = {} for j, v in ipairs(row) do t[j] = string.format("%5d", v) end print(table.concat(t)) end end
      local A, B = ${mat(A)}, ${mat(B)}
      show(mul(A, B)) print()
      show(transpose(A)) print()
      print(string.format("det(A) = %.4f, det(B) = %.4f", det(A), det(B)))
    `);
  }, 1);
  fam('prog-dijkstra', 'shortest paths with Dijkstra on a random weighted graph', 4, () => {
    const n = int(5, 9);
    const edges = [];
    for (let i = 1; i <= n; i++) for (let j = 1; j <= n; j++) if (i !== j && rng.chance(0.35)) edges.push([i, j, int(1, 20)]);
    return V(lua`
      local n = ${n}
      local edges = {${edges.map(lst).join(', ')}}
      local adj = {}
      for i = 1, n do adj[i] = {} end
      for _, e in ipairs(edges) do table.insert(adj[e[1]], {e[2], e[3]}) end
      local dist, prev, done = {}, {}, {}
      for i = 1, n do dist[i] = math.huge end
      dist[1] = 0
      for _ = 1, n do
        local u
        for i = 1, n do if not done[i] and (u == nil or dist[i] < dist[u]) then u = i end end
        if dist[u] == math.huge then break end
        done[u] = true
        for _, e in ipairs(adj[u]) do
          local v, w = e[1], e[2]
          if dist[u] + w < dist[v] then dist[v] = dist[u] + w; prev[v] = u end
        end
      end
      for i = 1, n do
        local path, v = {}, i
        while v do table.insert(path, 1, v); v = prev[v] end
        print(i, dist[i], dist[i] < math.huge and table.concat(path, "->") or "unreachable")
      end
    `);
  }, 1);
  fam('prog-bfs-grid', 'BFS shortest path in a grid maze', 4, () => {
    const w = int(6, 12), h = int(4, 8);
    const g = many(h, () => many(w, () => (rng.chance(0.25) ? '#' : '.')));
    g[0][0] = 'S'; g[h - 1][w - 1] = 'E';
    return S(lua`
      local grid = {}
      for line in io.lines() do grid[#grid + 1] = line end
      local H, W = #grid, #grid[1]
      local function at(r, c) return grid[r]:sub(c, c) end
      local dist, prev = {}, {}
      local function key(r, c) return r * 1000 + c end
      local q, head = {{1, 1}}, 1
      dist[key(1, 1)] = 0
      while head <= #q do
        local r, c = q[head][1], q[head][2]
        head = head + 1
        for _, d in ipairs({{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) do
          local nr, nc = r + d[1], c + d[2]
          if nr >= 1 and nr <= H and nc >= 1 and nc <= W and at(nr, nc) ~= "#" and not dist[key(nr, nc)] then
            dist[key(nr, nc)] = dist[key(r, c)] + 1
            prev[key(nr, nc)] = {r, c}
            q[#q + 1] = {nr, nc}
          end
        end
      end
      local d = dist[key(H, W)]
      print("distance", d or "no path", "visited", #q)
      if d then
        local rows = {}
        for r = 1, H do rows[r] = {} for c = 1, W do rows[r][c] = at(r, c) end end
        local p = prev[key(H, W)]
        while p and not (p[1] == 1 and p[2] == 1) do rows[p[1]][p[2]] = "*"; p = prev[key(p[1], p[2])] end
        for r = 1, H do print(table.concat(rows[r])) end
      end
    `, { stdin: `${g.map((r) => r.join('')).join('\n')}\n` });
  }, 1);
  fam('prog-toposort', 'topological sort (Kahn) with a sorted ready list', 3, () => {
    const names = sample(WORDS, int(5, 8));
    const deps = [];
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (rng.chance(0.3)) deps.push([names[i], names[j]]);
    const cyc = rng.chance(0.3) && deps.length ? [[deps[0][1], deps[0][0]]] : [];
    return V(KEYS + lua`
      local deps = {${[...deps, ...cyc].map(([a, b]) => `{${q(a)}, ${q(b)}}`).join(', ')}}
      local nodes = ${strs(rng.shuffle(names))}
      local indeg, out = {}, {}
      for _, n in ipairs(nodes) do indeg[n] = 0; out[n] = {} end
      for _, d in ipairs(deps) do indeg[d[2]] = indeg[d[2]] + 1; table.insert(out[d[1]], d[2]) end
      local ready = {}
      for _, n in ipairs(sortedkeys(indeg)) do if indeg[n] == 0 then ready[#ready + 1] = n end end
      local order = {}
      while #ready > 0 do
        table.sort(ready, function(a, b) return a > b end)
        local n = table.remove(ready)
        order[#order + 1] = n
        for _, m in ipairs(out[n]) do indeg[m] = indeg[m] - 1 if indeg[m] == 0 then ready[#ready + 1] = m end end
      end
      print(table.concat(order, " -> "))
      if #order < #nodes then print("cycle detected among", #nodes - #order, "nodes") end
    `);
  });
  fam('prog-knapsack', '0/1 knapsack by dynamic programming', 3, () => {
    const items = many(int(4, 8), () => [int(1, 15), int(1, 60)]);
    return V(lua`
      local items = {${items.map(lst).join(', ')}}
      local cap = ${int(10, 40)}
      local best = {}
      for w = 0, cap do best[w] = 0 end
      local keep = {}
      for i, it in ipairs(items) do
        keep[i] = {}
        for w = cap, it[1], -1 do
          if best[w - it[1]] + it[2] > best[w] then best[w] = best[w - it[1]] + it[2]; keep[i][w] = true end
        end
      end
      print("best value", best[cap])
      local w, chosen = cap, {}
      for i = #items, 1, -1 do if keep[i][w] then table.insert(chosen, 1, i); w = w - items[i][1] end end
      print("items", table.concat(chosen, " "), "weight", cap - w)
    `);
  });
  fam('prog-lcs-edit', 'longest common subsequence and edit distance', 4, () => {
    const a = rng.string(int(5, 12), 'abcdefg'), b = rng.string(int(5, 12), 'abcdefg');
    return V(lua`
      local a, b = "${a}", "${b}"
      local function lcs(a, b)
        local m, n, L = #a, #b, {}
        for i = 0, m do L[i] = {} for j = 0, n do L[i][j] = 0 end end
        for i = 1, m do for j = 1, n do
          if a:sub(i, i) == b:sub(j, j) then L[i][j] = L[i - 1][j - 1] + 1 else L[i][j] = math.max(L[i - 1][j], L[i][j - 1]) end
        end end
        local s, i, j = {}, m, n
        while i > 0 and j > 0 do
          if a:sub(i, i) == b:sub(j, j) then table.insert(s, 1, a:sub(i, i)); i, j = i - 1, j - 1
          elseif L[i - 1][j] >= L[i][j - 1] then i = i - 1 else j = j - 1 end
        end
        return L[m][n], table.concat(s)
      end
      local function edit(a, b)
        local prev = {}
        for j = 0, #b do prev[j] = j end
        for i = 1, #a do
          local cur = {[0] = i}
          for j = 1, #b do
            local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
            cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
          end
          prev = cur
        end
        return prev[#b]
      end
      print(a, b, lcs(a, b))
      print("edit distance", edit(a, b), edit(a, ""), edit("${word()}", "${word()}"))
    `);
  }, 1);
  fam('prog-lis', 'longest increasing subsequence', 3, () => {
    const xs = nums(int(8, 16), 0, 99);
    return V(lua`
      local xs = ${lst(xs)}
      local len, prev = {}, {}
      local best = 1
      for i = 1, #xs do
        len[i] = 1
        for j = 1, i - 1 do if xs[j] < xs[i] and len[j] + 1 > len[i] then len[i] = len[j] + 1; prev[i] = j end end
        if len[i] > len[best] then best = i end
      end
      local seq, i = {}, best
      while i do table.insert(seq, 1, xs[i]); i = prev[i] end
      print(len[best], table.concat(seq, " "))
    `);
  });
  fam('prog-coin-change', 'coin change: number of ways and fewest coins', 3, () => {
    const coins = [...new Set([1, ...many(int(2, 4), () => int(2, 50))])].sort((a, b) => a - b);
    const amount = int(20, 300);
    return V(lua`
      local coins, amount = ${lst(coins)}, ${amount}
      local ways = {[0] = 1}
      for a = 1, amount do ways[a] = 0 end
      for _, c in ipairs(coins) do for a = c, amount do ways[a] = ways[a] + ways[a - c] end end
      local fewest = {[0] = 0}
      for a = 1, amount do
        fewest[a] = math.huge
        for _, c in ipairs(coins) do if c <= a and fewest[a - c] + 1 < fewest[a] then fewest[a] = fewest[a - c] + 1 end end
      end
      print("ways", ways[amount], "fewest", fewest[amount])
    `);
  });
  fam('prog-word-freq', 'word frequencies of text on stdin, sorted by count then word', 4, () => {
    const txt = many(int(3, 6), () => sentence(int(5, 12))).join('\n');
    return S(lua`
      local freq, total = {}, 0
      for line in io.lines() do
        for w in line:lower():gmatch("%a+") do freq[w] = (freq[w] or 0) + 1; total = total + 1 end
      end
      local list = {}
      for w, c in pairs(freq) do list[#list + 1] = {w = w, c = c} end
      table.sort(list, function(a, b) if a.c ~= b.c then return a.c > b.c end return a.w < b.w end)
      print("total", total, "distinct", #list)
      for i = 1, math.min(${int(5, 10)}, #list) do print(string.format("%-10s %3d %5.1f%%", list[i].w, list[i].c, 100 * list[i].c / total)) end
    `, { stdin: `${txt}\n` });
  }, 2);
  fam('prog-caesar', 'Caesar cipher and ROT13', 3, () => {
    const s = sentence(int(4, 8));
    const k = int(1, 25);
    return V(lua`
      local function shift(s, k)
        return (s:gsub("%a", function(c)
          local base = c:match("%l") and 97 or 65
          return string.char((c:byte() - base + k) % 26 + base)
        end))
      end
      local s = ${q(s)}
      local e = shift(s, ${k})
      print(e)
      print(shift(e, -${k}))
      print(shift(s, 13), shift(shift(s, 13), 13) == s)
    `);
  });
  fam('prog-rle', 'run-length encoding and decoding', 3, () => {
    const s = many(int(5, 10), () => pick(['a', 'b', 'c', 'x', 'W']).repeat(int(1, 12))).join('');
    return V(lua`
      local function encode(s)
        local out = {}
        local i = 1
        while i <= #s do
          local c = s:sub(i, i)
          local j = i
          while s:sub(j + 1, j + 1) == c do j = j + 1 end
          out[#out + 1] = (j - i + 1) .. c
          i = j + 1
        end
        return table.concat(out)
      end
      local function decode(s) return (s:gsub("(%d+)(%D)", function(n, c) return c:rep(tonumber(n)) end)) end
      local s = "${s}"
      local e = encode(s)
      print(e, #s, #e)
      print(decode(e) == s)
    `);
  });
  fam('prog-anagrams', 'grouping anagrams', 3, () => {
    const base = sample(['listen', 'evil', 'stone', 'night', 'below', 'dusty', 'state', 'angel'], 3);
    const perm = (w) => rng.shuffle(w.split('')).join('');
    const ws = rng.shuffle([...base, ...base.map(perm), perm(pick(base)), word(), word()]);
    return V(KEYS + lua`
      local groups = {}
      for _, w in ipairs(${strs(ws)}) do
        local chars = {}
        for c in w:gmatch(".") do chars[#chars + 1] = c end
        table.sort(chars)
        local k = table.concat(chars)
        groups[k] = groups[k] or {}
        table.insert(groups[k], w)
      end
      for _, k in ipairs(sortedkeys(groups)) do
        table.sort(groups[k])
        print(k, #groups[k], table.concat(groups[k], ","))
      end
    `);
  });
  fam('prog-csv', 'parsing CSV with quoted fields from stdin and summarising', 4, () => {
    const rows = many(int(3, 7), () => [pick(FIRST), pick(CITIES), int(18, 90), `${int(1, 999)}.${int(0, 99)}`, pick(['', 'likes "quotes"', 'a, b', word()])]);
    const csvq = (f) => (/[",]/.test(String(f)) ? `"${String(f).replace(/"/g, '""')}"` : String(f));
    const csv = ['name,city,age,amount,note', ...rows.map((r) => r.map(csvq).join(','))].join('\n');
    return S(lua`
      local function parse(line)
        local res, pos = {}, 1
        while true do
          if line:sub(pos, pos) == '"' then
            local txt, i = "", pos + 1
            while true do
              local a, b = line:find('"', i, true)
              if line:sub(b + 1, b + 1) == '"' then txt = txt .. line:sub(i, a); i = b + 2
              else txt = txt .. line:sub(i, a - 1); pos = b + 1; break end
            end
            res[#res + 1] = txt
            if line:sub(pos, pos) ~= "," then break end
            pos = pos + 1
          else
            local a = line:find(",", pos, true)
            if a then res[#res + 1] = line:sub(pos, a - 1); pos = a + 1
            else res[#res + 1] = line:sub(pos); break end
          end
        end
        return res
      end
      local header = parse(io.read("l"))
      print(table.concat(header, " | "))
      local total, ages, n = 0, 0, 0
      for line in io.lines() do
        local f = parse(line)
        n = n + 1
        total = total + tonumber(f[4])
        ages = ages + tonumber(f[3])
        print(string.format("%-8s %-10s %3d %8.2f [%s]", f[1], f[2], f[3], f[4], f[5]))
      end
      print(string.format("rows=%d total=%.2f mean_age=%.1f", n, total, ages / n))
    `, { stdin: `${csv}\n` });
  }, 1);
  fam('prog-template', 'a template engine with {{path.to.value}} placeholders', 3, () => {
    const user = { name: pick(FIRST), city: pick(CITIES), age: int(18, 90) };
    return V(lua`
      local ctx = {user = {name = ${q(user.name)}, city = ${q(user.city)}, age = ${user.age}}, items = ${int(0, 20)}, site = "${word()}.org"}
      local function lookup(path)
        local v = ctx
        for part in path:gmatch("[^%.]+") do
          if type(v) ~= "table" then return nil end
          v = v[part]
        end
        return v
      end
      local function render(tpl)
        return (tpl:gsub("{{%s*([%w%.]+)%s*}}", function(p) local v = lookup(p) if v == nil then return "{{?" .. p .. "}}" end return tostring(v) end))
      end
      print(render("Hello {{user.name}} from {{ user.city }}! You are {{user.age}}."))
      print(render("{{items}} items in your cart at {{site}}; {{user.email}} {{missing.deep.path}}"))
    `);
  });
  fam('prog-url-codec', 'URL encoding and decoding', 3, () => {
    const s = `${word()} ${pick(UNI)}&${word()}=${int(1, 99)}/?#%+`;
    return V(lua`
      local function encode(s) return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end)) end
      local function decode(s) return (s:gsub("+", " "):gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end)) end
      local s = ${q(s)}
      local e = encode(s)
      print(e)
      print(decode(e) == s, decode("a+b%20c%2Fd%zz"))
    `);
  });
  fam('prog-base64', 'base64 encoding and decoding with bit operations', 4, () => {
    const s = pick([sentence(int(2, 5)), pick(UNI), rng.string(int(1, 7), LOWER)]);
    return V(lua`
      local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
      local function enc(s)
        local out = {}
        for i = 1, #s, 3 do
          local a, b, c = s:byte(i, i + 2)
          local n = (a << 16) | ((b or 0) << 8) | (c or 0)
          for k = 3, 0, -1 do
            local idx = (n >> (6 * k)) & 63
            out[#out + 1] = alphabet:sub(idx + 1, idx + 1)
          end
          if not b then out[#out] = "="; out[#out - 1] = "=" elseif not c then out[#out] = "=" end
        end
        return table.concat(out)
      end
      local function dec(s)
        local rev = {}
        for i = 1, 64 do rev[alphabet:sub(i, i)] = i - 1 end
        local out = {}
        s = s:gsub("[^%w%+/=]", "")
        for i = 1, #s, 4 do
          local n, pad = 0, 0
          for k = 0, 3 do
            local ch = s:sub(i + k, i + k)
            if ch == "=" then pad = pad + 1 end
            n = (n << 6) | (rev[ch] or 0)
          end
          local bytes = string.char((n >> 16) & 255, (n >> 8) & 255, n & 255)
          out[#out + 1] = bytes:sub(1, 3 - pad)
        end
        return table.concat(out)
      end
      local s = ${q(s)}
      local e = enc(s)
      print(e, #e)
      print(dec(e) == s, dec(e))
      print(enc(""), enc("f"), enc("fo"), enc("foo"))
    `);
  }, 1);
  fam('prog-hexdump', 'a hexdump of a binary file', 3, () => {
    const bytes = rng.bytes(int(10, 60));
    return S(lua`
      local data = assert(io.open("blob.bin", "rb")):read("a")
      for off = 0, #data - 1, 16 do
        local chunk = data:sub(off + 1, off + 16)
        local hex = chunk:gsub(".", function(c) return string.format("%02x ", c:byte()) end)
        local asc = chunk:gsub("[^\32-\126]", ".")
        print(string.format("%08x  %-48s |%s|", off, hex, asc))
      end
      print(string.format("%08x", #data))
    `, { files: { 'blob.bin': { base64: bytes.toString('base64') } } });
  });
  fam('prog-roman', 'roman numerals both ways', 3, () => {
    const xs = many(int(5, 8), () => int(1, 3999));
    return V(lua`
      local vals = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}
      local function to_roman(n) local s = "" for _, p in ipairs(vals) do while n >= p[1] do s = s .. p[2]; n = n - p[1] end end return s end
      local map = {I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000}
      local function from_roman(s)
        local total, prev = 0, 0
        for i = #s, 1, -1 do local v = map[s:sub(i, i)] if v < prev then total = total - v else total = total + v; prev = v end end
        return total
      end
      for _, n in ipairs(${lst(xs)}) do local r = to_roman(n) print(n, r, from_roman(r)) end
    `);
  });
  fam('prog-number-words', 'numbers spelled out in English', 3, () => {
    const xs = many(int(4, 7), () => pick([int(0, 20), int(21, 99), int(100, 999), int(1000, 999999), int(1e6, 2e9)]));
    return V(lua`
      local ones = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
      local tens = {"", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
      local function below1000(n)
        local parts = {}
        if n >= 100 then parts[#parts + 1] = ones[n // 100] .. " hundred"; n = n % 100 end
        if n >= 20 then parts[#parts + 1] = tens[n // 10] .. (n % 10 > 0 and "-" .. ones[n % 10] or "")
        elseif n > 0 then parts[#parts + 1] = ones[n] end
        return table.concat(parts, " ")
      end
      local function words(n)
        if n == 0 then return "zero" end
        local scales = {"", " thousand", " million", " billion"}
        local parts, i = {}, 1
        while n > 0 do
          local chunk = n % 1000
          if chunk > 0 then table.insert(parts, 1, below1000(chunk) .. scales[i]) end
          n = n // 1000; i = i + 1
        end
        return table.concat(parts, " ")
      end
      for _, n in ipairs(${lst(xs)}) do print(n, words(n)) end
    `);
  });
  fam('prog-base-convert', 'integer to base 2..36 and back with tonumber', 3, () => {
    const xs = many(int(3, 5), () => int(0, 1e9));
    const bases = sample([2, 3, 5, 8, 12, 16, 20, 36], 3);
    return V(lua`
      local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
      local function tobase(n, b)
        if n == 0 then return "0" end
        local s = ""
        while n > 0 do local d = n % b; s = digits:sub(d + 1, d + 1) .. s; n = n // b end
        return s
      end
      for _, n in ipairs(${lst(xs)}) do
        for _, b in ipairs(${lst(bases)}) do
          local s = tobase(n, b)
          io.write(b, ":", s, (tonumber(s, b) == n) and "" or "!", " ")
        end
        print()
      end
    `);
  });
  fam('prog-bigint', 'arbitrary-precision factorial and powers with digit arrays', 3, () => {
    const n = int(20, 45), b = int(2, 9), e = int(30, 80);
    return V(lua`
      local BASE = 10000000
      local function mul_small(a, m)
        local carry = 0
        for i = 1, #a do local v = a[i] * m + carry; a[i] = v % BASE; carry = v // BASE end
        while carry > 0 do a[#a + 1] = carry % BASE; carry = carry // BASE end
        return a
      end
      local function tostr(a)
        local parts = {tostring(a[#a])}
        for i = #a - 1, 1, -1 do parts[#parts + 1] = string.format("%07d", a[i]) end
        return table.concat(parts)
      end
      local f = {1}
      for i = 2, ${n} do mul_small(f, i) end
      local s = tostr(f)
      print(${n} .. "! =", s, #s)
      local p = {1}
      for _ = 1, ${e} do mul_small(p, ${b}) end
      print(${b} .. "^" .. ${e} .. " =", tostr(p))
      local ds = 0 for d in s:gmatch("%d") do ds = ds + tonumber(d) end
      print("digit sum", ds)
    `);
  });
  fam('prog-nqueens', 'N-queens: number of solutions and the first one', 3, () => {
    const n = int(4, 7);
    return V(lua`
      local N, count, first = ${n}, 0, nil
      local cols, d1, d2, pos = {}, {}, {}, {}
      local function place(r)
        if r > N then
          count = count + 1
          if not first then first = {table.unpack(pos)} end
          return
        end
        for c = 1, N do
          if not cols[c] and not d1[r + c] and not d2[r - c + N] then
            cols[c], d1[r + c], d2[r - c + N], pos[r] = true, true, true, c
            place(r + 1)
            cols[c], d1[r + c], d2[r - c + N] = nil, nil, nil
          end
        end
      end
      place(1)
      print(N, "solutions", count)
      for r = 1, N do local row = {} for c = 1, N do row[c] = first[r] == c and "Q" or "." end print(table.concat(row, " ")) end
    `);
  });
  fam('prog-life', "Conway's game of life on a small torus", 4, () => {
    const w = int(6, 10), h = int(5, 8);
    const g = many(h, () => many(w, () => (rng.chance(0.35) ? '#' : '.')).join(''));
    return V(lua`
      local g = ${strs(g)}
      local H, W = #g, #g[1]
      local cells = {}
      for r = 1, H do cells[r] = {} for c = 1, W do cells[r][c] = g[r]:sub(c, c) == "#" end end
      local function step(cells)
        local nxt = {}
        for r = 1, H do
          nxt[r] = {}
          for c = 1, W do
            local n = 0
            for dr = -1, 1 do for dc = -1, 1 do
              if not (dr == 0 and dc == 0) and cells[(r + dr - 1) % H + 1][(c + dc - 1) % W + 1] then n = n + 1 end
            end end
            nxt[r][c] = n == 3 or (n == 2 and cells[r][c])
          end
        end
        return nxt
      end
      for gen = 0, ${int(2, 4)} do
        local alive = 0
        print("generation " .. gen)
        for r = 1, H do
          local row = {}
          for c = 1, W do row[c] = cells[r][c] and "#" or "."; if cells[r][c] then alive = alive + 1 end end
          print(table.concat(row))
        end
        print("alive", alive)
        cells = step(cells)
      end
    `);
  }, 1);
  const jsonVal = (depth) => {
    if (depth > 2) return pick([int(-99, 999), word(), true, null, int(0, 999) / 4]);
    return pick([
      () => Object.fromEntries(sample(WORDS, int(1, 4)).map((k) => [k, jsonVal(depth + 1)])),
      () => many(int(0, 4), () => jsonVal(depth + 1)),
      () => pick([int(-99, 999), `${word()} "${word()}"\n`, false, int(0, 99) / 8]),
    ])();
  };
  const luaOf = (v) => {
    if (v === null) return 'json_null';
    if (Array.isArray(v)) return `{${v.map(luaOf).join(', ')}}`;
    if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k} = ${luaOf(x)}`).join(', ')}}`;
    if (typeof v === 'string') return q(v);
    return String(v);
  };
  fam('prog-json-encode', 'a JSON encoder with sorted keys and escapes', 4, () => V(KEYS + lua`
      local json_null = setmetatable({}, {__tostring = function() return "null" end})
      local function is_array(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n == #t end
      local function esc(s) return (s:gsub('[%c"\\]', function(c) local m = {['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\t'] = '\\t'} return m[c] or string.format("\\u%04x", c:byte()) end)) end
      local function enc(v)
        if v == json_null then return "null" end
        local t = type(v)
        if t == "string" then return '"' .. esc(v) .. '"'
        elseif t == "number" then return math.type(v) == "integer" and tostring(v) or string.format("%.14g", v)
        elseif t == "boolean" then return tostring(v)
        elseif t == "table" then
          local parts = {}
          if is_array(v) then
            for _, x in ipairs(v) do parts[#parts + 1] = enc(x) end
            return "[" .. table.concat(parts, ",") .. "]"
          end
          for _, k in ipairs(sortedkeys(v)) do parts[#parts + 1] = '"' .. esc(tostring(k)) .. '":' .. enc(v[k]) end
          return "{" .. table.concat(parts, ",") .. "}"
        end
        error("cannot encode " .. t)
      end
      print(enc(${luaOf(jsonVal(0))}))
      print(enc(${luaOf({ a: jsonVal(1), b: jsonVal(1) })}))
      print(enc({}), enc({1, 2, "x"}), enc("tab\tquote\"${word()}"), enc(1.5), enc(${int(1, 99)}))
      print(pcall(enc, {f = print}))
    `), 1);
  fam('prog-json-parse', 'a recursive-descent JSON parser reading stdin', 4, () => {
    const v = { id: int(1, 999), name: pick(FIRST), tags: sample(WORDS, int(0, 3)), score: int(0, 1000) / 8, active: rng.chance(0.5), extra: jsonVal(1), nothing: null };
    const bad = rng.chance(0.3);
    const txt = JSON.stringify(v, null, pick([0, 2])) + (bad ? ' trailing' : '');
    return S(DUMP + lua`
      local src = io.read("a")
      local pos = 1
      local function ws() pos = src:find("[^ \t\r\n]", pos) or #src + 1 end
      local function fail(msg) error(string.format("parse error at %d: %s", pos, msg), 0) end
      local value
      local function str()
        local out = {}
        pos = pos + 1
        while true do
          local c = src:sub(pos, pos)
          if c == "" then fail("unterminated string") end
          if c == '"' then pos = pos + 1 break end
          if c == "\\" then
            local e = src:sub(pos + 1, pos + 1)
            local map = {n = "\n", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", r = "\r"}
            if e == "u" then out[#out + 1] = utf8.char(tonumber(src:sub(pos + 2, pos + 5), 16)); pos = pos + 6
            else out[#out + 1] = map[e] or fail("bad escape"); pos = pos + 2 end
          else out[#out + 1] = c; pos = pos + 1 end
        end
        return table.concat(out)
      end
      function value()
        ws()
        local c = src:sub(pos, pos)
        if c == "{" then
          pos = pos + 1; local t = {}
          ws()
          if src:sub(pos, pos) == "}" then pos = pos + 1 return t end
          while true do
            ws(); local k = str(); ws()
            if src:sub(pos, pos) ~= ":" then fail("expected ':'") end
            pos = pos + 1
            t[k] = value(); ws()
            local d = src:sub(pos, pos); pos = pos + 1
            if d == "}" then return t elseif d ~= "," then fail("expected ',' or '}'") end
          end
        elseif c == "[" then
          pos = pos + 1; local t = {}
          ws()
          if src:sub(pos, pos) == "]" then pos = pos + 1 return t end
          while true do
            t[#t + 1] = value(); ws()
            local d = src:sub(pos, pos); pos = pos + 1
            if d == "]" then return t elseif d ~= "," then fail("expected ',' or ']'") end
          end
        elseif c == '"' then return str()
        elseif src:find("^true", pos) then pos = pos + 4 return true
        elseif src:find("^false", pos) then pos = pos + 5 return false
        elseif src:find("^null", pos) then pos = pos + 4 return "<null>"
        else
          local num = src:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
          if not num or num == "" then fail("unexpected character '" .. c .. "'") end
          pos = pos + #num
          return math.tointeger(tonumber(num)) or tonumber(num)
        end
      end
      local ok, v = pcall(function() local v = value() ws() if pos <= #src then fail("trailing data") end return v end)
      if ok then print(dump(v)) else print("error:", v) end
    `, { stdin: `${txt}\n` });
  }, 1);
  const arith = (depth) => {
    if (depth > 2 || rng.chance(0.3)) return String(int(1, 20));
    const op = pick(['+', '-', '*', '/', '%', '^']);
    const r = op === '^' ? String(int(0, 3)) : arith(depth + 1);
    const e = `${arith(depth + 1)} ${op} ${r}`;
    return rng.chance(0.5) ? `(${e})` : e;
  };
  fam('prog-expr-eval', 'a recursive-descent arithmetic evaluator checked against load', 4, () => {
    const es = many(int(3, 5), () => arith(0));
    es.push(pick(['2 ^ 3 ^ 2', '-2 ^ 2', '1 + * 2', '(1 + 2', '7 % 0', '10 / 4 * 2']));
    return V(lua`
      local function evaluate(s)
        local pos = 1
        local function peek() return s:match("^%s*(%S)", pos) end
        local function take() local a, b, c = s:find("^%s*(%S)", pos); pos = b + 1; return c end
        local expr
        local function atom()
          local c = peek()
          if c == "(" then take(); local v = expr(); if take() ~= ")" then error("expected )", 0) end return v end
          if c == "-" then take(); return -atom() end
          local a, b, num = s:find("^%s*(%d+%.?%d*)", pos)
          if not a then error("unexpected " .. tostring(c), 0) end
          pos = b + 1
          return math.tointeger(tonumber(num)) or tonumber(num)
        end
        local function power() local b = atom() if peek() == "^" then take(); return b ^ power() end return b end
        local function term()
          local v = power()
          while peek() == "*" or peek() == "/" or peek() == "%" do
            local op = take(); local r = power()
            if op == "*" then v = v * r elseif op == "/" then v = v / r else v = v % r end
          end
          return v
        end
        function expr()
          local v = term()
          while peek() == "+" or peek() == "-" do
            local op = take(); local r = term()
            if op == "+" then v = v + r else v = v - r end
          end
          return v
        end
        local v = expr()
        if peek() then error("trailing " .. peek(), 0) end
        return v
      end
      for _, e in ipairs(${strs(es)}) do
        local ok, v = pcall(evaluate, e)
        local f = load("return " .. e)
        local ok2, v2 = pcall(f or error, "syntax")
        print(e, "=", ok and v or "error: " .. v, ok2 and v2 == v)
      end
    `);
  }, 1);
  fam('prog-rpn', 'an RPN calculator reading lines from stdin', 4, () => {
    const lines = many(int(3, 6), () => {
      const n = int(2, 4);
      let toks = [String(int(1, 50))];
      for (let k = 1; k < n; k++) toks.push(String(int(1, 50)), pick(['+', '-', '*', '/', '//', '%', '^']));
      if (rng.chance(0.15)) toks.push(pick(['+', 'dup', 'x', '0 //']));
      return toks.join(' ');
    });
    return S(lua`
      local ops = {
        ["+"] = function(a, b) return a + b end, ["-"] = function(a, b) return a - b end,
        ["*"] = function(a, b) return a * b end, ["/"] = function(a, b) return a / b end,
        ["//"] = function(a, b) return a // b end, ["%"] = function(a, b) return a % b end,
        ["^"] = function(a, b) return a ^ b end,
      }
      local n = 0
      for line in io.lines() do
        n = n + 1
        local ok, res = pcall(function()
          local st = {}
          for tok in line:gmatch("%S+") do
            if ops[tok] then
              local b, a = table.remove(st), table.remove(st)
              if a == nil then error("stack underflow at '" .. tok .. "'", 0) end
              st[#st + 1] = ops[tok](a, b)
            elseif tok == "dup" then st[#st + 1] = st[#st]
            else st[#st + 1] = math.tointeger(tonumber(tok)) or error("bad token " .. tok, 0) end
          end
          return table.concat(st, " ")
        end)
        print(n, line, "=>", ok and res or ("error: " .. res))
      end
    `, { stdin: `${lines.join('\n')}\n` });
  }, 1);
  fam('prog-inventory', 'an inventory report with aligned columns', 4, () => {
    const items = many(int(3, 7), () => `${pick(['Widget', 'Gadget', 'Sprocket', 'Gizmo', 'Flange', 'Bracket', 'Hinge', 'Valve'])}-${rng.string(2, 'ABCXYZ')} ${int(0, 120)} ${int(1, 9999) / 100}`);
    return S(lua`
      local rows, total, count = {}, 0, 0
      for line in io.lines() do
        local name, qty, price = line:match("^(%S+)%s+(%d+)%s+([%d%.]+)$")
        if name then
          qty, price = tonumber(qty), tonumber(price)
          rows[#rows + 1] = {name = name, qty = qty, price = price, value = qty * price}
          total = total + qty * price; count = count + qty
        end
      end
      table.sort(rows, function(a, b) if a.value ~= b.value then return a.value > b.value end return a.name < b.name end)
      print(string.format("%-12s %5s %9s %10s", "item", "qty", "price", "value"))
      print(string.rep("-", 39))
      for _, r in ipairs(rows) do print(string.format("%-12s %5d %9.2f %10.2f%s", r.name, r.qty, r.price, r.value, r.qty == 0 and " (out)" or "")) end
      print(string.rep("-", 39))
      print(string.format("%-12s %5d %9s %10.2f", "TOTAL", count, "", total))
    `, { stdin: `${items.join('\n')}\n` });
  }, 1);
  fam('prog-textwrap', 'greedy word wrapping to a width', 4, () => {
    const txt = many(int(3, 6), () => sentence(int(4, 10))).join(' ');
    const width = int(15, 45);
    return V(lua`
      local function wrap(text, width)
        local lines, line = {}, ""
        for w in text:gmatch("%S+") do
          if #line == 0 then line = w
          elseif #line + 1 + #w <= width then line = line .. " " .. w
          else lines[#lines + 1] = line; line = w end
        end
        if #line > 0 then lines[#lines + 1] = line end
        return lines
      end
      local text = ${q(txt)}
      for i, l in ipairs(wrap(text, ${width})) do print(string.format("%2d |%-${width}s|", i, l)) end
      for _, l in ipairs(wrap(text, ${width})) do print(string.format("%${width}s", l)) break end
    `);
  }, 1);
  fam('prog-histogram', 'a text histogram with string.rep bars', 3, () => {
    const xs = many(int(15, 40), () => int(0, 99));
    return V(lua`
      local xs = ${lst(xs)}
      local buckets = {}
      for _, x in ipairs(xs) do local b = x // ${pick([10, 20, 25])}; buckets[b] = (buckets[b] or 0) + 1 end
      local maxb = 0 for b in pairs(buckets) do if b > maxb then maxb = b end end
      for b = 0, maxb do
        local n = buckets[b] or 0
        print(string.format("%3d | %-20s %d", b, string.rep("#", n), n))
      end
    `);
  });
  fam('prog-lru-cache', 'an LRU cache with a doubly linked list', 3, () => {
    const ops = many(int(8, 15), () => (rng.chance(0.5) ? `{"put", "${pick(['a', 'b', 'c', 'd', 'e'])}", ${int(1, 99)}}` : `{"get", "${pick(['a', 'b', 'c', 'd', 'e'])}"}`));
    return V(lua`
      local LRU = {}
      LRU.__index = LRU
      function LRU.new(cap)
        local head, tail = {}, {}
        head.next, tail.prev = tail, head
        return setmetatable({cap = cap, size = 0, map = {}, head = head, tail = tail}, LRU)
      end
      local function unlink(n) n.prev.next, n.next.prev = n.next, n.prev end
      function LRU:push(n) n.next, n.prev = self.head.next, self.head; self.head.next.prev = n; self.head.next = n end
      function LRU:get(k) local n = self.map[k] if not n then return nil end unlink(n) self:push(n) return n.v end
      function LRU:put(k, v)
        local n = self.map[k]
        if n then n.v = v; unlink(n); self:push(n) return end
        if self.size == self.cap then
          local old = self.tail.prev
          unlink(old); self.map[old.k] = nil; self.size = self.size - 1
          print("evict", old.k)
        end
        n = {k = k, v = v}; self.map[k] = n; self:push(n); self.size = self.size + 1
      end
      function LRU:keys() local t, n = {}, self.head.next while n ~= self.tail do t[#t + 1] = n.k; n = n.next end return table.concat(t, ",") end
      local c = LRU.new(${int(2, 3)})
      for _, op in ipairs({${ops.join(', ')}}) do
        if op[1] == "put" then c:put(op[2], op[3]) print("put", op[2], op[3], c:keys())
        else print("get", op[2], c:get(op[2]), c:keys()) end
      end
    `);
  });
  fam('prog-bst', 'a binary search tree: insert, traversals, height', 4, () => {
    const xs = [...new Set(nums(int(6, 14), 1, 99))];
    return V(lua`
      local function insert(node, v)
        if not node then return {v = v} end
        if v < node.v then node.l = insert(node.l, v) elseif v > node.v then node.r = insert(node.r, v) end
        return node
      end
      local function inorder(n, out) if n then inorder(n.l, out); out[#out + 1] = n.v; inorder(n.r, out) end return out end
      local function preorder(n, out) if n then out[#out + 1] = n.v; preorder(n.l, out); preorder(n.r, out) end return out end
      local function height(n) if not n then return 0 end return 1 + math.max(height(n.l), height(n.r)) end
      local function contains(n, v) while n do if v == n.v then return true end n = v < n.v and n.l or n.r end return false end
      local root
      for _, x in ipairs(${lst(xs)}) do root = insert(root, x) end
      print(table.concat(inorder(root, {}), " "))
      print(table.concat(preorder(root, {}), " "))
      print("height", height(root), contains(root, ${pick(xs)}), contains(root, ${int(100, 200)}))
    `);
  }, 1);
  fam('prog-linked-list', 'a singly linked list: build, reverse, remove', 3, () => {
    const xs = words(int(4, 8));
    return V(lua`
      local list
      for _, w in ipairs(${strs(xs)}) do list = {v = w, next = list} end
      local function show(l) local t = {} while l do t[#t + 1] = l.v; l = l.next end return table.concat(t, " -> ") end
      print(show(list))
      local function reverse(l) local prev while l do l.next, prev, l = prev, l, l.next end return prev end
      list = reverse(list)
      print(show(list))
      local function remove(l, v) if not l then return nil end if l.v == v then return l.next end l.next = remove(l.next, v) return l end
      list = remove(list, ${q(pick(xs))})
      print(show(list))
    `);
  });
  fam('prog-hanoi', 'towers of Hanoi', 3, () => {
    const n = int(2, 5);
    return V(lua`
      local moves = 0
      local function hanoi(n, from, to, via)
        if n == 0 then return end
        hanoi(n - 1, from, via, to)
        moves = moves + 1
        print(string.format("move disk %d from %s to %s", n, from, to))
        hanoi(n - 1, via, to, from)
      end
      hanoi(${n}, "${pick(['A', 'L'])}", "${pick(['C', 'R'])}", "B")
      print("moves", moves, 2 ^ ${n} - 1)
    `);
  });
  fam('prog-brackets', 'checking balanced brackets with a stack', 3, () => {
    const gen = () => {
      let s = '';
      const st = [];
      for (let k = 0; k < int(4, 12); k++) {
        if (st.length && rng.chance(0.45)) s += { '(': ')', '[': ']', '{': '}' }[st.pop()];
        else { const o = pick(['(', '[', '{']); st.push(o); s += o; }
        if (rng.chance(0.2)) s += pick(['x', ' ', '1']);
      }
      if (rng.chance(0.5)) while (st.length) s += { '(': ')', '[': ']', '{': '}' }[st.pop()];
      if (rng.chance(0.2)) s += pick([')', ']', '}']);
      return s;
    };
    return V(lua`
      local pairs_ = {[")"] = "(", ["]"] = "[", ["}"] = "{"}
      local function check(s)
        local st = {}
        for i = 1, #s do
          local c = s:sub(i, i)
          if c == "(" or c == "[" or c == "{" then st[#st + 1] = c
          elseif pairs_[c] then
            if st[#st] ~= pairs_[c] then return false, "mismatch at " .. i end
            st[#st] = nil
          end
        end
        if #st > 0 then return false, #st .. " unclosed" end
        return true
      end
      for _, s in ipairs(${strs(many(int(4, 6), gen))}) do print(string.format("%-30s", s), check(s)) end
    `);
  });
  fam('prog-calendar', 'day of the week (Zeller) and a month grid', 3, () => {
    const y = int(1900, 2100), m = int(1, 12);
    return V(lua`
      local function dow(y, m, d)
        if m < 3 then m = m + 12; y = y - 1 end
        local k, j = y % 100, y // 100
        local h = (d + (13 * (m + 1)) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
        return (h + 6) % 7
      end
      local function days_in(y, m)
        local t = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
        if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then return 29 end
        return t[m]
      end
      local y, m = ${y}, ${m}
      print(string.format("%04d-%02d", y, m))
      print("Su Mo Tu We Th Fr Sa")
      local line = string.rep("   ", dow(y, m, 1))
      for d = 1, days_in(y, m) do
        line = line .. string.format("%2d ", d)
        if dow(y, m, d) == 6 then print((line:gsub("%s+$", ""))); line = "" end
      end
      if #line > 0 then print((line:gsub("%s+$", ""))) end
      print(os.date("!%A", os.time({year = y, month = m, day = 1, hour = 12})))
    `);
  });
  fam('prog-stats', 'mean, median, mode, standard deviation of numbers on stdin', 4, () => {
    const xs = many(int(5, 20), () => pick([String(int(0, 100)), fval().replace('-', '')]));
    return S(lua`
      local xs = {}
      for n in io.read("a"):gmatch("[%d%.%-]+") do xs[#xs + 1] = tonumber(n) end
      table.sort(xs)
      local n, sum = #xs, 0
      for _, x in ipairs(xs) do sum = sum + x end
      local mean = sum / n
      local var = 0
      for _, x in ipairs(xs) do var = var + (x - mean) ^ 2 end
      local median = n % 2 == 1 and xs[(n + 1) // 2] or (xs[n // 2] + xs[n // 2 + 1]) / 2
      local counts, mode, best = {}, nil, 0
      for _, x in ipairs(xs) do counts[x] = (counts[x] or 0) + 1 if counts[x] > best or (counts[x] == best and x < mode) then mode, best = x, counts[x] end end
      print(string.format("n=%d sum=%g min=%g max=%g", n, sum, xs[1], xs[n]))
      print(string.format("mean=%.4f median=%g mode=%g (x%d) sd=%.4f", mean, median, mode, best, math.sqrt(var / n)))
    `, { stdin: `${xs.join(pick([' ', '\n', ', ']))}\n` });
  }, 1);
  fam('prog-log-parser', 'parsing a log file: counts per level and slowest requests', 4, () => {
    const levels = ['INFO', 'WARN', 'ERROR', 'DEBUG'];
    const lines = many(int(6, 14), (i) => `2024-0${int(1, 9)}-${String(int(10, 28))} ${String(int(10, 23))}:${String(int(10, 59))}:${String(int(10, 59))} [${pick(levels)}] ${pick(['api', 'db', 'auth', 'cache'])}: ${pick(['request done', 'slow query', 'login failed', 'cache miss', 'timeout'])} (${int(1, 2500)}ms)`);
    if (rng.chance(0.5)) lines.splice(int(0, lines.length), 0, 'garbage line without format');
    return S(KEYS + lua`
      local by_level, by_service, slow, bad = {}, {}, {}, 0
      for line in io.lines("app.log") do
        local date, time, level, svc, msg, ms = line:match("^(%S+) (%S+) %[(%u+)%] (%w+): (.-) %((%d+)ms%)$")
        if date then
          by_level[level] = (by_level[level] or 0) + 1
          by_service[svc] = (by_service[svc] or 0) + tonumber(ms)
          slow[#slow + 1] = {ms = tonumber(ms), text = time .. " " .. svc .. " " .. msg}
        else bad = bad + 1 end
      end
      for _, k in ipairs(sortedkeys(by_level)) do print(k, by_level[k]) end
      for _, k in ipairs(sortedkeys(by_service)) do print(k, by_service[k] .. "ms") end
      table.sort(slow, function(a, b) if a.ms ~= b.ms then return a.ms > b.ms end return a.text < b.text end)
      for i = 1, math.min(3, #slow) do print(i, slow[i].ms, slow[i].text) end
      print("unparsed", bad)
    `, { files: { 'app.log': `${lines.join('\n')}\n` } });
  }, 1);
  fam('prog-tokenizer', 'a tokenizer for a small language', 3, () => {
    const src = `let ${word()} = ${int(1, 999)} + ${fval().replace('-', '')} * (${word()} - "${word()} ${word()}") -- ${word()}\nif x >= ${int(1, 9)} then print(x) end ${pick(['', '@', '"unterminated'])}`;
    return V(lua`
      local src = ${q(src)}
      local kw = {["let"] = true, ["if"] = true, ["then"] = true, ["end"] = true}
      local pos, toks = 1, {}
      while pos <= #src do
        local s, e = src:find("^%s+", pos)
        if s then pos = e + 1 goto continue end
        s, e = src:find("^%-%-[^\n]*", pos)
        if s then toks[#toks + 1] = "COMMENT"; pos = e + 1 goto continue end
        do
          local m = src:match("^%a[%w_]*", pos)
          if m then toks[#toks + 1] = (kw[m] and "KW:" or "ID:") .. m; pos = pos + #m goto continue end
          m = src:match("^%d+%.?%d*", pos)
          if m then toks[#toks + 1] = "NUM:" .. m; pos = pos + #m goto continue end
          m = src:match('^"[^"]*"', pos)
          if m then toks[#toks + 1] = "STR:" .. m; pos = pos + #m goto continue end
          m = src:match("^[<>=~]=", pos) or src:match("^[%+%-%*/%(%)=<>]", pos)
          if m then toks[#toks + 1] = "OP:" .. m; pos = pos + #m goto continue end
          toks[#toks + 1] = "ERROR@" .. pos .. ":" .. src:sub(pos, pos)
          break
        end
        ::continue::
      end
      for i, t in ipairs(toks) do print(i, t) end
    `);
  });
  fam('prog-events', 'an event emitter with listeners, once and removal', 3, () => {
    const evs = many(int(4, 8), () => pick(['click', 'key', 'close']));
    return V(lua`
      local Emitter = {}
      Emitter.__index = Emitter
      function Emitter.new() return setmetatable({handlers = {}}, Emitter) end
      function Emitter:on(ev, f) self.handlers[ev] = self.handlers[ev] or {} table.insert(self.handlers[ev], f) return f end
      function Emitter:once(ev, f) local w w = self:on(ev, function(...) self:off(ev, w) return f(...) end) end
      function Emitter:off(ev, f) for i, h in ipairs(self.handlers[ev] or {}) do if h == f then table.remove(self.handlers[ev], i) return true end end return false end
      function Emitter:emit(ev, ...) local hs = {table.unpack(self.handlers[ev] or {})} for _, h in ipairs(hs) do h(...) end return #hs end
      local e = Emitter.new()
      local clicks = 0
      e:on("click", function(x, y) clicks = clicks + 1 print("click at", x, y) end)
      e:once("key", function(k) print("first key", k) end)
      local closer = e:on("close", function() print("closing") end)
      for i, ev in ipairs(${strs(evs)}) do print(ev, e:emit(ev, i, i * ${int(2, 9)})) end
      print(e:off("close", closer), e:off("close", closer), e:emit("close"), clicks)
    `);
  });
  fam('prog-digits', 'happy, Armstrong and perfect numbers in a range', 3, () => {
    const a = int(1, 500), b = a + int(50, 400);
    return V(lua`
      local function digits(n) local t = {} for d in tostring(n):gmatch("%d") do t[#t + 1] = tonumber(d) end return t end
      local function happy(n) local seen = {} while n ~= 1 and not seen[n] do seen[n] = true local s = 0 for _, d in ipairs(digits(n)) do s = s + d * d end n = s end return n == 1 end
      local function armstrong(n) local ds = digits(n) local s = 0 for _, d in ipairs(ds) do s = s + d ^ #ds end return s == n end
      local function perfect(n) local s = 1 for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then s = s + d + (d * d ~= n and n // d or 0) end end return n > 1 and s == n end
      local h, a, p = {}, {}, {}
      for n = ${a}, ${b} do
        if happy(n) then h[#h + 1] = n end
        if armstrong(n) then a[#a + 1] = n end
        if perfect(n) then p[#p + 1] = n end
      end
      print("happy", #h, table.concat(h, " ", 1, math.min(10, #h)))
      print("armstrong", table.concat(a, " "))
      print("perfect", table.concat(p, " "))
    `);
  });
  fam('prog-pascal', "Pascal's triangle, centred", 3, () => {
    const n = int(4, 12);
    return V(lua`
      local rows = {{1}}
      for i = 2, ${n} do
        local prev, row = rows[i - 1], {1}
        for j = 2, i - 1 do row[j] = prev[j - 1] + prev[j] end
        row[i] = 1
        rows[i] = row
      end
      local width = #table.concat(rows[${n}], " ")
      for _, r in ipairs(rows) do
        local s = table.concat(r, " ")
        print(string.rep(" ", (width - #s) // 2) .. s)
      end
    `);
  });
  fam('prog-mandelbrot', 'an ASCII Mandelbrot set (float arithmetic)', 3, () => {
    const w = int(30, 50), h = int(10, 16), it = int(15, 30);
    return V(lua`
      local chars = " .:-=+*#%@"
      for y = 0, ${h - 1} do
        local row = {}
        for x = 0, ${w - 1} do
          local cr, ci = -2.2 + x * 3.0 / ${w}, -1.2 + y * 2.4 / ${h}
          local zr, zi, n = 0.0, 0.0, 0
          while n < ${it} and zr * zr + zi * zi <= 4 do zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci; n = n + 1 end
          local idx = n == ${it} and #chars or (n % (#chars - 1)) + 1
          row[#row + 1] = chars:sub(idx, idx)
        end
        print((table.concat(row):gsub("%s+$", "")))
      end
    `);
  });
  fam('prog-spiral', 'filling a matrix in spiral order', 3, () => {
    const r = int(2, 6), c = int(2, 7);
    return V(lua`
      local R, C = ${r}, ${c}
      local m = {}
      for i = 1, R do m[i] = {} end
      local top, bottom, left, right, n = 1, R, 1, C, 1
      while top <= bottom and left <= right do
        for j = left, right do m[top][j] = n; n = n + 1 end top = top + 1
        for i = top, bottom do m[i][right] = n; n = n + 1 end right = right - 1
        if top <= bottom then for j = right, left, -1 do m[bottom][j] = n; n = n + 1 end bottom = bottom - 1 end
        if left <= right then for i = bottom, top, -1 do m[i][left] = n; n = n + 1 end left = left + 1 end
      end
      for i = 1, R do local t = {} for j = 1, C do t[j] = string.format("%3d", m[i][j]) end print(table.concat(t)) end
    `);
  });
  fam('prog-bank-errors', 'transactions with error objects, pcall and error rethrowing', 4, () => {
    const tx = many(int(4, 8), () => pick([`{"deposit", "${pick(['alice', 'bob'])}", ${int(-20, 300)}}`, `{"withdraw", "${pick(['alice', 'bob', 'carol'])}", ${int(1, 400)}}`, `{"transfer", "alice", "bob", ${int(1, 300)}}`]));
    return V(lua`
      local accounts = {alice = ${int(0, 200)}, bob = ${int(0, 200)}}
      local function fail(code, msg) error({code = code, msg = msg}) end
      local function get(name) local b = accounts[name] if not b then fail("NOACCT", "no account " .. name) end return b end
      local ops = {}
      function ops.deposit(name, v) if v <= 0 then fail("BADAMT", "amount must be positive") end accounts[name] = get(name) + v end
      function ops.withdraw(name, v) local b = get(name) if v > b then fail("FUNDS", string.format("%s has %d, needs %d", name, b, v)) end accounts[name] = b - v end
      function ops.transfer(a, b, v) ops.withdraw(a, v) ops.deposit(b, v) end
      for i, t in ipairs({${tx.join(', ')}}) do
        local ok, err = pcall(ops[t[1]], table.unpack(t, 2))
        if ok then print(i, t[1], "ok", accounts.alice, accounts.bob)
        else print(i, t[1], "failed", err.code, err.msg) end
      end
      local ok, e = pcall(function() local ok, e = pcall(error, "inner") error("outer: " .. e, 0) end)
      print(ok, e)
    `);
  }, 1);

  return cases;
}
