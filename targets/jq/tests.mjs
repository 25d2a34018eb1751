// Test-case generator for jq 1.6 (Debian 12).
//
// Every idea is generated twice: once as a visible test and once, with other
// data (and usually other constants in the filter) drawn from the seeded rng,
// as its hidden dual ("<id>.dual").
//
// Nothing here depends on the clock or the environment: no `now`, `env`,
// `$ENV`, `builtins`, `input_line_number` on terminals, or `localtime`.
// Regular expressions given to sub/gsub never match the empty string
// (jq 1.6 loops forever on those).

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Eve', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Xavier', 'Yara', 'Zoë'];
const LAST = ['Okafor', 'Lindqvist', 'García', 'Nakamura', 'Smith', 'Novak', 'Haddad', 'Kowalski', 'Dubois', 'Patel', 'Rossi', 'Müller', "O'Brien", 'Ivanova', 'Chen'];
const CITIES = ['Lisbon', 'Osaka', 'Nairobi', 'Quito', 'Oslo', 'Austin', 'Pune', 'Lyon', 'Perth', 'Cusco', 'São Paulo', 'Kraków'];
const TAGS = ['admin', 'beta', 'vip', 'new', 'legacy', 'ops', 'dev', 'qa', 'sales', 'remote'];
const STATUSES = ['paid', 'shipped', 'pending', 'cancelled', 'refunded'];
const LEVELS = ['debug', 'info', 'warn', 'error'];
const SERVICES = ['api', 'auth', 'billing', 'search', 'worker', 'gateway'];
const MSGS = ['request completed', 'cache miss', 'user logged in', 'token expired', 'retrying job', 'connection reset by peer', 'slow query detected', 'payment declined', 'disk usage at 91%', 'GET /api/v1/items?id=42&sort=desc'];
const PRODUCTS = ['Widget', 'Gadget', 'Sprocket', 'Gizmo', 'Doohickey', 'Flange', 'Bracket', 'Hinge', 'Valve', 'Gasket'];
const COLORS = ['red', 'green', 'blue', 'black', 'white', 'silver'];
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa'];
const RAWKEY = Symbol('raw');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** @param {import('../../src/targets/generator-api.js').GeneratorContext} ctx */
export default function generate({ rng }) {
  // ---------------------------------------------------------------- data
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const sample = (arr, k) => rng.shuffle(arr).slice(0, k);
  const word = () => rng.pick(WORDS);
  const lower = (n) => rng.string(n, LOWER);
  const ascii = (s) => s.normalize('NFD').replace(/[^\x00-\x7f]/g, '').replace(/'/g, '');
  const date = () => `20${rng.int(18, 24)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}Z`;
  const price = () => rng.int(99, 19999) / 100;

  const person = (i) => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const p = {
      id: i + 1 + rng.int(0, 3) * 100,
      name: `${first} ${last}`,
      age: rng.int(18, 79),
      email: `${ascii(first).toLowerCase()}.${ascii(last).toLowerCase()}@example.${rng.pick(['com', 'org', 'net'])}`,
      city: rng.pick(CITIES),
      tags: sample(TAGS, rng.int(0, 3)),
      active: rng.chance(0.6),
      score: rng.chance(0.5) ? rng.int(0, 100) : rng.int(0, 400) / 4,
    };
    if (rng.chance(0.3)) p.manager = rng.chance(0.5) ? null : rng.int(1, 9);
    return p;
  };
  const people = (n = rng.int(4, 8)) => many(n, person);
  const order = (i) => ({
    id: `ORD-${1000 + i * 7 + rng.int(0, 6)}`,
    customer: rng.pick(FIRST),
    status: rng.pick(STATUSES),
    created: date(),
    items: many(rng.int(1, 4), () => ({ sku: `SKU-${rng.string(4, ALNUM)}`, name: rng.pick(PRODUCTS), qty: rng.int(1, 5), price: price() })),
    ...(rng.chance(0.3) ? { coupon: rng.pick(['SPRING10', 'VIP', 'FREESHIP']) } : {}),
  });
  const orders = (n = rng.int(3, 6)) => many(n, order);
  const event = () => ({
    ts: 1600000000 + rng.int(0, 99999999),
    level: rng.pick(LEVELS),
    service: rng.pick(SERVICES),
    msg: rng.pick(MSGS),
    latency_ms: rng.int(1, 2500),
    ...(rng.chance(0.5) ? { user: rng.pick(FIRST) } : {}),
  });
  const events = (n = rng.int(5, 10)) => many(n, event);
  const product = () => ({
    name: `${rng.pick(PRODUCTS)} ${rng.string(2, UPPER)}-${rng.int(1, 99)}`,
    category: rng.pick(['tools', 'parts', 'garden', 'kitchen']),
    color: rng.pick(COLORS),
    price: price(),
    stock: rng.int(0, 120),
    rating: rng.int(2, 10) / 2,
  });
  const products = (n = rng.int(5, 9)) => many(n, product);
  const config = () => ({
    name: `${word()}-service`,
    version: `${rng.int(0, 3)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
    server: { host: rng.pick(['0.0.0.0', 'localhost', '10.0.0.5']), port: rng.int(1024, 9999), tls: { enabled: rng.chance(0.5), cert: `/etc/ssl/${word()}.pem` } },
    database: { url: `postgres://db${rng.int(1, 9)}.internal:5432/${word()}`, pool: { min: rng.int(1, 4), max: rng.int(5, 50) }, replicas: many(rng.int(1, 3), () => `db-${lower(3)}.internal`) },
    features: Object.fromEntries(sample(WORDS, rng.int(2, 5)).map((w) => [w, rng.chance(0.5)])),
    limits: { rps: rng.int(10, 5000), burst: rng.chance(0.3) ? null : rng.int(1, 100) },
  });
  const nums = (n = rng.int(5, 10), lo = -50, hi = 200) => many(n, () => rng.int(lo, hi));
  const words = (n = rng.int(4, 8)) => many(n, () => rng.pick([...WORDS, ...FIRST.map((f) => f.toLowerCase())]));

  /** JSON text in one of several layouts */
  const J = (v, style) => {
    const s = style ?? rng.pick(['pretty', 'compact', 'compact', 'tab']);
    if (s === 'compact') return `${JSON.stringify(v)}\n`;
    if (s === 'tab') return `${JSON.stringify(v, null, '\t')}\n`;
    return `${JSON.stringify(v, null, 2)}\n`;
  };
  /** a stream of JSON texts, one per line (NDJSON) */
  const NDT = (arr) => arr.map((v) => JSON.stringify(v)).join('\n') + '\n';
  /** raw stdin text for F (instead of a JSON value to serialise) */
  const RAW = (text) => ({ [RAWKEY]: text });
  const ND = (arr) => RAW(NDT(arr));

  // ---------------------------------------------------------------- cases
  const cases = [];
  const key = (c) => JSON.stringify([c.argv, c.stdin ?? null, c.env ?? null, c.files ?? null]);
  const seen = new Set();
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
      h = make(true, t);
      if (!seen.has(key(h))) break;
    }
    if (seen.has(key(h))) throw new Error(`dual identical to an existing test: ${id}`);
    seen.add(key(h));
    cases.push({ id: `${id}.dual`, note, ...h, hidden: true, dualOf: id });
  };
  /** a filter run over JSON on stdin, with options before the filter */
  const F = (id, note, data, filter, flags = []) =>
    add(id, note, (d, t = 0) => {
      const input = data(d);
      const f = typeof filter === 'function' ? filter(input, d) : filter;
      let fl = typeof flags === 'function' ? flags(d) : flags;
      // constant data: the dual shows the same filter with another output layout
      if (d && t >= 5) fl = fl.includes('-c') ? fl.map((x) => (x === '-c' ? '--tab' : x)) : ['-c', ...fl];
      return { argv: [...fl, f], stdin: input !== null && typeof input === 'object' && RAWKEY in input ? input[RAWKEY] : J(input) };
    });
  /** a filter with -n and no input */
  const N = (id, note, filter, flags = ['-c']) =>
    add(id, note, (d) => ({ argv: ['-n', ...flags, typeof filter === 'function' ? filter(d) : filter] }));

  // ================================================================ basics and output options
  F('basic-identity-pretty', '. pretty-prints with two-space indent', () => config(), '.');
  F('basic-identity-compact', '-c compact output', () => people(3), '.', ['-c']);
  F('basic-identity-tab', '--tab indentation', () => config(), '.', ['--tab']);
  F('basic-identity-sort-keys', '-S sorts object keys recursively', () => config(), '.', ['-S']);
  F('basic-sort-keys-compact', '-S -c', () => people(3), '.', ['-S', '-c']);
  for (const n of [0, 1, 3, 7]) F(`basic-indent-${n}`, `--indent ${n}`, () => config(), '.', ['--indent', String(n)]);
  F('basic-indent-with-tab-last', '--indent then --tab: last one wins', () => orders(2), '.', ['--indent', '5', '--tab']);
  F('basic-ascii-output', '-a escapes non-ASCII as \\uXXXX (surrogate pairs too)', () => ({ names: many(3, () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`), emoji: rng.pick(['😀 ok', 'note 🎵', '𝄞 clef']), city: rng.pick(CITIES) }), '.', ['-a', '-c']);
  F('basic-color', '-C colour output (pretty)', () => ({ ...config(), n: null, list: [1, 'two', false, null, { x: [] }], empty: {} }), '.', ['-C']);
  F('basic-color-compact', '-C -c colour output', () => people(2), '.', ['-C', '-c']);
  add('basic-color-jq-colors', 'JQ_COLORS overrides the default colours', () => ({
    argv: ['-C', '-c', '.'], stdin: J([null, false, true, rng.int(1, 99), word(), [rng.int(0, 9)], { [word()]: rng.int(0, 9) }]),
    env: { JQ_COLORS: rng.pick(['0;31:0;32:0;33:0;34:0;35:0;36:0;37', '1;30:0;39:0;39:0;39:0;32:1;39:1;39', '4;31:1;32']) },
  }));
  F('basic-monochrome', '-M after -C: no colour', () => people(2), '.', ['-C', '-M', '-c']);
  F('basic-field', '.field on an object', () => config(), (c, d) => `.${d ? 'database' : 'server'}`);
  F('basic-nested-field', '.a.b.c', () => config(), (c, d) => (d ? '.database.pool.max' : '.server.tls.cert'));
  F('basic-quoted-field', '."key" and .["key with spaces"]', () => ({ 'first name': rng.pick(FIRST), 'zip-code': String(rng.int(10000, 99999)), $ref: `#/defs/${word()}` }), '[."first name", .["zip-code"], ."$ref"]', ['-c']);
  F('basic-missing-field', 'a missing field is null', () => config(), '.nosuch, .server.nosuch.deeper');
  F('basic-index', '.[n] and negative indices', () => words(), (w, d) => `.[${d ? 2 : 1}], .[-1], .[${w.length + 3}]`);
  F('basic-slice', 'array slices .[a:b], .[:n], .[n:]', () => nums(), (n, d) => `.[${d ? 1 : 2}:${d ? 4 : 5}], .[:2], .[-3:], .[10:]`, ['-c']);
  F('basic-string-slice', 'string slices by codepoint', () => `${rng.pick(FIRST)} ${rng.pick(LAST)} ${rng.pick(CITIES)}`, (s, d) => `.[${d ? 0 : 2}:${d ? 5 : 7}], .[-4:]`);
  F('basic-iterate-array', '.[] on an array', () => words(), '.[]');
  F('basic-iterate-object', '.[] on an object gives values', () => config().server, '.[]', ['-c']);
  F('basic-comma', 'the comma operator', () => people(3), '.[0].name, .[1].age, .[2].city');
  F('basic-pipe-chain', 'pipes', () => orders(), '.[] | .items | .[0] | .name');
  F('basic-parens', 'parentheses and precedence', () => ({ a: rng.int(1, 20), b: rng.int(1, 20), c: rng.int(1, 9) }), '(.a + .b) * .c, .a + .b * .c, -(.a - .b)');
  F('basic-array-construct', '[...] collects outputs', () => people(), '[.[] | .name]', ['-c']);
  F('basic-object-construct', '{...} object construction with shorthand keys', () => people(), '.[] | {name, age, "town": .city, (.email): .id}', ['-c']);
  F('basic-object-cartesian', 'object construction with generator values', () => ({ user: rng.pick(FIRST), titles: sample(WORDS, rng.int(2, 3)) }), '{user, title: .titles[]}', ['-c']);
  F('basic-object-var-key', '{$x} and {"\\(.k)": v} keys', () => ({ k: word(), v: rng.int(1, 99) }), '.k as $k | {$k, "\\(.k)-\\(.v)": .v, (.k + "!"): true}', ['-c']);
  F('basic-recurse-dotdot', '.. visits every value', () => ({ a: [rng.int(1, 9), { b: word() }], c: { d: null } }), '[..]', ['-c']);
  F('basic-recurse-numbers', '.. | numbers', () => config(), '[.. | numbers]', ['-c']);
  F('basic-multiple-inputs', 'several JSON texts on stdin', () => ND(events(4)), '.service');
  F('basic-whitespace-inputs', 'JSON texts separated by odd whitespace and none', () => RAW(`${rng.int(1, 9)} ${JSON.stringify(word())}[1,2]{"a":${rng.int(0, 9)}}\t\r\n  null true\nfalse`), '.', ['-c']);
  F('basic-scalars', 'top-level scalars', () => RAW(`${rng.int(-99, 99)}\n"${word()}"\ntrue\nnull\n${rng.int(1, 9)}.${rng.int(1, 9)}5\n`), '., type', ['-c']);
  add('basic-no-filter', 'no filter argument: acts as .', (d) => ({ argv: d ? ['-c'] : [], stdin: J(people(2)) }));
  F('basic-unicode-escapes', 'JSON string escapes in input are decoded and re-escaped', () => RAW(`"tab\\there \\u00e9\\u4e2d \\ud83d\\ude00 \\"q\\" \\\\ \\/ ${word()}\\u0001"`), '., length, utf8bytelength');
  F('basic-raw-output', '-r prints strings without quotes', () => people(), '.[] | .name', ['-r']);
  F('basic-raw-output-nonstring', '-r on non-strings is like normal output', () => ({ a: [1, 'x'], s: `line1\nline2 ${word()}`, n: rng.int(1, 99) }), '.a, .s, .n', ['-r']);
  F('basic-join-output', '-j: raw, no newlines', () => words(), '.[] | ., "|"', ['-j']);
  F('basic-join-output-values', '-j with non-string values', () => nums(4), '.[], {a:.[0]}', ['-j']);
  F('basic-seq', '--seq prefixes each output with RS', () => events(3), '.[] | .level', ['--seq']);
  F('basic-seq-compact', '--seq -c', () => people(2), '.[]', ['--seq', '-c']);
  F('basic-long-options', 'long option names', () => people(2), '.[0]', ['--compact-output', '--sort-keys']);
  F('basic-combined-short', 'combined short options -rc / -cS', () => people(3), '.[] | .name, .tags', (d) => [d ? '-cr' : '-rc']);
  F('basic-combined-short-S', 'combined -Sc', () => config(), '.server', ['-Sc']);
  F('basic-options-after-filter', 'options may follow the filter', () => people(2), '.[0]', ['-c']);
  add('basic-option-after-filter-real', 'options after the filter still apply', () => ({ argv: ['.[].name', '-r', '--tab'], stdin: J(people(3)) }));
  add('basic-double-dash', '-- is accepted before the filter?', () => ({ argv: ['-c', '--', '.[0]'], stdin: J(people(2)) }), { dual: false });
  add('basic-version', '--version', () => ({ argv: ['--version'] }), { dual: false });
  add('basic-help', '-h prints usage to stdout', () => ({ argv: ['-h'] }), { dual: false });
  add('basic-help-long', '--help', () => ({ argv: ['--help'] }), { dual: false });
  add('basic-unknown-option', 'an unknown option: usage error, exit 2', (d) => ({ argv: [d ? '--frobnicate' : '-Q', '.'], stdin: '1\n' }));
  add('basic-indent-too-big', '--indent above 7 is refused', (d) => ({ argv: ['--indent', String(d ? 12 : 8), '.'], stdin: '[1]\n' }));
  add('basic-indent-missing', '--indent without a value', () => ({ argv: ['--indent'], stdin: '[1]\n' }), { dual: false });
  add('basic-arg-missing-values', '--arg with one value only', () => ({ argv: ['-n', '--arg', 'x'] }), { dual: false });

  // ================================================================ map / select / pipes
  F('select-age', 'map(select(.age > N))', () => people(), (p, d) => `map(select(.age > ${d ? 40 : 30})) | map(.name)`, ['-c']);
  F('select-eq-string', 'select by string equality', () => people(), (p) => `[.[] | select(.city == ${JSON.stringify(p[0].city)}) | .id]`, ['-c']);
  F('select-and-or', 'and/or/not in select', () => people(), (p, d) => `[.[] | select(.active and (.age < ${d ? 50 : 45} or (.tags | length) > 1)) | .name], [.[] | select(.active | not) | .id]`, ['-c']);
  F('select-has', 'select(has("k"))', () => people(8), '[.[] | select(has("manager")) | {id, manager}]', ['-c']);
  F('select-contains-tags', 'select with index/any over nested arrays', () => people(8), (p, d) => `[.[] | select(.tags | index("${d ? 'vip' : 'admin'}")) | .name], [.[] | select(any(.tags[]; . == "dev")) | .id]`, ['-c']);
  F('select-orders-total', 'compute order totals with map and add', () => orders(), '.[] | {id, total: (.items | map(.qty * .price) | add)}', ['-c']);
  F('select-events-errors', 'NDJSON: select by level', () => ND(events(9)), 'select(.level == "error" or .level == "warn") | "\\(.service): \\(.msg)"', ['-r']);
  F('select-map-values', 'map_values on an object', () => Object.fromEntries(sample(WORDS, 5).map((w) => [w, rng.int(1, 99)])), (o, d) => `map_values(. * ${d ? 3 : 2}), map_values(select(. > 50))`, ['-c']);
  F('select-map-object', 'map on an object gives an array', () => Object.fromEntries(sample(WORDS, 4).map((w) => [w, rng.int(1, 99)])), 'map(. + 1)', ['-c']);
  F('select-nested-iter', 'nested iteration .[].items[]', () => orders(), '[.[].items[].sku]', ['-c']);
  F('select-optional-iter', '.[]? on mixed values', () => [[rng.int(1, 9)], word(), { a: rng.int(1, 9) }, null, rng.int(1, 9)], '[.[] | .[]?]', ['-c']);
  F('select-values-nulls', 'values, nulls, scalars, iterables type selectors', () => [null, rng.int(1, 99), word(), true, [1], { a: null }, null, false], '[.[] | values], [.[] | nulls], [.[] | scalars], [.[] | iterables], [.[] | booleans], [.[] | strings], [.[] | arrays], [.[] | objects]', ['-c']);
  F('select-empty', 'empty inside arrays and generators', () => nums(), '[.[] | if . < 0 then empty else . end], [1, empty, 2]', ['-c']);
  F('select-if-elif', 'if/elif/else/end', () => nums(8, -20, 120), '.[] | if . < 0 then "neg" elif . == 0 then "zero" elif . < 100 then "small" else "big" end', ['-r']);
  F('select-if-generator-cond', 'if with a generator as the condition', () => rng.int(1, 20), 'if (. > 5, . > 15) then "yes" else "no" end');
  F('select-if-no-else', 'if without else is a jq 1.7 feature: a syntax error in 1.6', () => rng.int(1, 9), 'if . > 3 then "big" end');
  F('select-alternative', '// alternative operator', () => people(6), '.[] | .manager // "none"', ['-c']);
  F('select-alternative-false', '// skips false and null, keeps other values', () => [false, null, 0, '', [], rng.int(1, 9)], '[.[] | (. // "dflt")], (empty // 1), ((false, null) // 2), ((false, 3, null, 4) // 5)', ['-c']);
  F('select-optional', '? suppresses errors', () => [{ a: rng.int(1, 9) }, word(), [1, 2], null], '[.[] | .a?], [.[] | try .a catch "E"]', ['-c']);
  F('select-optional-chain', '.a?.b? and .[]? chains', () => ({ a: [{ b: word() }, rng.int(1, 9), { b: [rng.int(1, 9)] }] }), '[.a[] | .b?], [.a[].b?[]?]', ['-c']);
  F('select-length-kinds', 'length of each type', () => [word(), [1, 2, 3], { a: 1, b: 2 }, null, -rng.int(1, 99), rng.int(1, 99) + 0.5, 'héllo wörld'], '.[] | length', ['-c']);
  F('select-keys', 'keys, keys_unsorted, has, in', () => config(), '.server | keys, keys_unsorted, has("port"), ("tls" | in({"tls":1}))', ['-c']);
  F('select-array-keys', 'keys of an array, has(index)', () => words(), 'keys, has(2), has(20)', ['-c']);
  F('select-first-last', 'first, last, nth, first(f), last(f)', () => nums(), (n, d) => `first, last, nth(${d ? 3 : 2}), first(.[] | select(. > 50)), last(.[]|select(. < 100)), nth(1; .[] | select(. % 2 == 0))`, ['-c']);
  F('select-first-empty', 'first of an empty array and first(empty)', () => [], 'first, last, [first(empty)]', ['-c']);
  F('select-limit', 'limit(n; f)', () => nums(10), (n, d) => `[limit(${d ? 4 : 3}; .[])], [limit(1; .[] | select(. > 0))]`, ['-c']);
  F('select-limit-zero', 'limit(0; f) and negative n (jq 1.6 quirks)', () => nums(5), (n, d) => `[limit(0; .[])], [limit(${d ? -2 : -1}; .[])]`, ['-c']);
  F('select-range', 'range/1, range/2, range/3', () => rng.int(3, 7), (n, d) => `[range(.)], [range(2; .)], [range(0; 20; ${d ? 4 : 3})], [range(10; 0; -${d ? 3 : 2})], [range(0; 1; 0.25)]`, ['-c']);
  F('select-range-generators', 'range with generator arguments', () => null, '[range(0,1; 3,4)]', ['-c']);
  F('select-until-while', 'until, while, repeat with limit', () => rng.int(2, 9), '[while(. < 100; . * 2)], until(. > 1000; . * 3), [limit(5; repeat(. + 1))]', ['-c']);
  F('select-recurse', 'recurse(f), recurse(f; cond), recurse_down', () => ({ name: 'root', children: [{ name: word(), children: [{ name: word(), children: [] }] }, { name: word(), children: [] }] }), '[recurse(.children[]) | .name], [2 | recurse(. * .; . < 1000)]', ['-c']);
  F('select-any-all', 'any, all in their forms', () => nums(6, -10, 40), (n, d) => `any, all, any(. > ${d ? 30 : 20}), all(. > -5), any(.[]; . == 0), ([] | any, all), ([true,false] | any, all)`, ['-c']);
  F('select-flatten', 'flatten and flatten(depth)', () => [1, [2, [3, [4, [rng.int(5, 9)]]]], [], [[word()]]], 'flatten, flatten(1), flatten(2)', ['-c']);
  F('select-flatten-negative', 'flatten with a negative depth is an error', () => [[1]], (x, d) => `flatten(-${d ? 2 : 1})`);
  F('select-add', 'add on numbers, strings, arrays, objects, null', () => ({ n: nums(4), s: words(3), a: [[1], [word()]], o: [{ a: 1 }, { b: rng.int(1, 9) }, { a: 3 }] }), '(.n, .s, .a, .o, []) | add', ['-c']);
  F('select-indices', 'indices, index, rindex on strings and arrays', () => { const w = word(); return { s: `${w},${word()},${w}`, a: [1, 2, 1, 3, 1, 2] }; }, '(.s | indices(","), index(","), rindex(",")), (.a | indices(1), indices([1,2]), index(2), rindex(1))', ['-c']);
  F('select-contains-inside', 'contains and inside', () => ({ s: `${word()} ${word()}`, a: sample(WORDS, 4), o: { a: rng.int(1, 5), b: { c: word() } } }), (x) => `(.s | contains("${x.s.split(' ')[0].slice(1, 3)}")), (.a | contains(["${x.a[1]}"])), (.o | contains({b: {}})), (["${x.a[0]}"] | inside(${JSON.stringify(x.a)})), ("bar" | contains("baz"))`, ['-c']);
  F('select-in-IN-INDEX', 'IN, INDEX, GROUP-like SQL builtins', () => people(5), (p) => `[.[].city | IN(${JSON.stringify(p[0].city)}, "Oslo")], [.[] | .age | IN(20, 30, 40, ${p[1].age})], (INDEX(.id) | keys), IN(.[].city; "Osaka"), (INDEX(.[]; .city) | map_values(.name))`, ['-c']);
  F('select-getpath-paths', 'getpath with missing paths', () => config(), '[getpath(["server","port"], ["database","pool","min"], ["x","y"])]', ['-c']);
  F('select-tojson-fromjson', 'tojson, fromjson, tostring', () => people(2), '.[0] | tojson, (tojson | fromjson | .name), (.age | tostring), ([1,"a"] | tostring)', ['-c']);
  F('select-tonumber', 'tonumber on strings and numbers', () => [String(rng.int(1, 999)), `${rng.int(1, 9)}.${rng.int(0, 9)}5`, rng.int(1, 99), '1e3', ' 12', '0x10'], '.[] | try tonumber catch "bad: \\(.)"', ['-c']);
  F('select-type', 'type of each value', () => [null, true, rng.int(1, 9), word(), [], {}], 'map(type)', ['-c']);
  F('select-not', 'not on each truthiness', () => [null, false, 0, '', [], true, word()], 'map(not)', ['-c']);
  F('select-comparisons', 'comparison across types (jq ordering)', () => [null, false, true, rng.int(-9, 9), word(), [1], { a: 1 }], '[.[] as $a | .[] as $b | select($a < $b)] | length, (.[2] == .[2]), ([1,2] < [1,3]), ({"a":2} < {"b":1}), ({"a":1,"b":2} > {"a":1,"c":0})', ['-c']);
  F('select-transpose', 'transpose ragged arrays', () => [nums(3), nums(2), nums(4)], 'transpose', ['-c']);
  F('select-combinations', 'combinations and combinations(n)', () => [sample(['a', 'b', 'c'], 2), [rng.int(1, 5), rng.int(6, 9)]], '[combinations], ([0,1] | [combinations(2)])', ['-c']);
  F('select-walk', 'walk(f)', () => config(), 'walk(if type == "number" then . + 1 elif type == "boolean" then not else . end)', ['-c']);
  F('select-walk-sort', 'walk(if type == "array" then sort else . end)', () => ({ a: nums(4), b: { c: words(3) } }), 'walk(if type == "array" then sort else . end)', ['-c']);
  F('select-splits-join', 'split/1, join, ascii_downcase', () => words(5).join(rng.pick([',', ', ', ';'])), (s) => `split(${JSON.stringify(s.includes(', ') ? ', ' : s.includes(';') ? ';' : ',')}) | map(ascii_upcase) | join("-")`);
  F('select-join-mixed', 'join with numbers, null, booleans', () => [rng.int(1, 9), null, word(), true, rng.int(1, 9) / 2], 'join(","), join(" / ")', ['-c']);
  F('select-join-error', 'join on arrays containing objects is an error', () => [word(), { a: 1 }], 'join(",")');
  F('select-tostream', 'tostream, fromstream, truncate_stream', () => ({ a: [rng.int(1, 9), { b: word() }], c: null }), '[tostream], fromstream(tostream), [1|truncate_stream([[0],1],[[1,0],2],[[1,0]],[[1]])]', ['-c']);
  F('select-getpath-leaf', 'leaf_paths and paths(f)', () => config(), '[leaf_paths | join(".")?], [paths(type == "number")]', ['-c']);
  F('select-splits-regex', 'splits with a regex', () => `${word()}, ${word()};${word()} ;  ${word()}`, '[splits(", *|; *| ;  ")]', ['-c']);
  F('select-ascii-explode', 'explode, implode, ascii', () => `${rng.pick(FIRST)}!`, 'explode, (explode | map(. + 1) | implode), ([65, 97 + ' + String(rng.int(0, 20)) + '] | implode), (' + String(rng.int(65, 90)) + ' | [.] | implode)', ['-c']);
  F('select-tostring-roundtrip', 'tostring of every type', () => [null, true, rng.int(1, 99), 1.5, word(), [1, [2]], { a: 'b' }], 'map(tostring)', ['-c']);
  F('select-min-max', 'min, max, min_by, max_by', () => people(), 'map(.age) | min, max', ['-c']);
  F('select-min-by', 'min_by, max_by on objects', () => people(), 'min_by(.age).name, max_by(.score).name, ([] | min, max_by(.a))', ['-c']);
  F('select-sort', 'sort across mixed types', () => rng.shuffle([null, true, false, rng.int(-9, 9), rng.int(10, 99), word(), word(), [2], [1, 2], { a: 1 }, { b: 0 }, { a: 0, b: 1 }]), 'sort', ['-c']);
  F('select-sort-by', 'sort_by one and several keys', () => people(), '[sort_by(.age)[] | .name], [sort_by(.city, -.age)[] | [.city, .age]], [sort_by(.active, .name)[] | .id]', ['-c']);
  F('select-group-by', 'group_by then summarise', () => people(8), 'group_by(.city) | map({city: .[0].city, n: length, ages: map(.age)})', ['-c']);
  F('select-group-by-orders', 'group_by status with totals', () => orders(6), 'group_by(.status) | map({status: .[0].status, count: length, revenue: (map(.items[] | .qty * .price) | add)})', ['-c']);
  F('select-unique', 'unique and unique_by', () => people(8), '(map(.city) | unique), (unique_by(.active) | map(.id)), (unique_by(.tags | length) | map(.tags))', ['-c']);
  F('select-reverse', 'reverse on arrays, strings (1.6: error) and null', () => nums(), 'reverse, ([] | reverse), (null | reverse)', ['-c']);
  F('select-reverse-string', 'reverse on a string in jq 1.6', () => word(), 'try reverse catch .', ['-c']);
  F('select-tsv-products', 'products table report', () => products(), '.[] | select(.stock > 0) | [.name, .category, .price, .stock] | @tsv', ['-r']);
  F('select-to-arrays', 'to_entries on arrays? (error) vs keys', () => words(3), 'try to_entries catch ., keys', ['-c']);

  // ================================================================ reduce / foreach / variables / def
  F('reduce-sum', 'reduce .[] as $x (0; . + $x)', () => nums(), 'reduce .[] as $x (0; . + $x)');
  F('reduce-object', 'reduce building an object (count per key)', () => people(8), 'reduce .[] as $p ({}; .[$p.city] += 1)', ['-c']);
  F('reduce-index-by', 'reduce into an object keyed by id', () => people(4), 'reduce .[] as {id: $id, name: $n} ({}; . + {($id|tostring): $n})', ['-c']);
  F('reduce-max-manual', 'reduce with a conditional update', () => nums(), 'reduce .[] as $x (null; if . == null or $x > . then $x else . end)');
  F('reduce-empty-update', 'reduce whose update yields empty (1.6: null)', () => nums(4), 'reduce .[] as $x (0; empty)', ['-c']);
  F('reduce-multi-update', 'reduce whose update yields two values (last wins)', () => nums(4), 'reduce .[] as $x (0; . + $x, . - $x)', ['-c']);
  F('reduce-generator-init', 'reduce with a generator as initial value', () => nums(3), '[reduce .[] as $x (0, 100; . + $x)]', ['-c']);
  F('foreach-running-sum', 'foreach running totals', () => nums(), '[foreach .[] as $x (0; . + $x)]', ['-c']);
  F('foreach-extract', 'foreach with an extract expression', () => nums(), '[foreach .[] as $x (0; . + 1; [., $x])]', ['-c']);
  F('foreach-multi', 'foreach with multiple state outputs', () => nums(4), '[foreach .[] as $x (0; (. + $x), (. * 2); .)]', ['-c']);
  F('foreach-destructure', 'foreach with destructuring', () => events(5), '[foreach .[] as {level: $l, latency_ms: $m} ({}; .[$l] += $m; .)] | last', ['-c']);
  F('var-as', '. as $x binding', () => people(), '.[0] as $first | map(select(.age > $first.age)) | map(.name)', ['-c']);
  F('var-multiple', 'several bindings and scoping', () => ({ a: rng.int(1, 9), b: rng.int(1, 9) }), '.a as $x | .b as $y | ($x + $y) as $x | [$x, $y, (1 as $x | $x), $x]', ['-c']);
  F('var-generator', 'binding a generator runs the body for each', () => nums(3), '.[] as $x | .[] as $y | select($x < $y) | [$x, $y]', ['-c']);
  F('var-destructure-array', 'destructuring arrays', () => many(3, () => [word(), rng.int(1, 9), [rng.int(1, 9), word()]]), '.[] as [$w, $n, [$a, $b]] | {$w, $n, $a, $b}', ['-c']);
  F('var-destructure-object', 'destructuring objects, with $name shorthand and expressions as keys', () => people(3), '.[] as {name: $n, $age, tags: [$t1]} | [$n, $age, $t1]', ['-c']);
  F('var-destructure-key-expr', 'destructuring with an expression key and a string key', () => ({ k: 'city', p: person(0) }), '.k as $k | .p as {($k): $c, "email": $e} | [$c, $e]', ['-c']);
  F('var-destructure-alt', '?// destructuring alternatives', () => [[rng.int(1, 9), rng.int(1, 9)], { a: rng.int(1, 9) }, rng.int(1, 9)], '.[] as [$a, $b] ?// {a: $a} ?// $a | [$a, $b]', ['-c']);
  F('var-dollar-dunder-loc', '$__loc__ gives the filter position', () => null, '1 |\n$__loc__', ['-c']);
  F('def-simple', 'def with no arguments', () => nums(), 'def double: . * 2; map(double)', ['-c']);
  F('def-args', 'def with filter and $value arguments', () => people(), (p, d) => `def older($n): map(select(.age > $n)); def pluck(f): map(f); older(${d ? 40 : 35}) | pluck(.name)`, ['-c']);
  F('def-filter-arg-generator', 'filter arguments are closures evaluated per use', () => nums(3), 'def twice(f): [f, f]; twice(.[])', ['-c']);
  F('def-recursive-fact', 'recursive factorial', () => rng.int(3, 12), 'def fact: if . <= 1 then 1 else . * (. - 1 | fact) end; fact');
  F('def-recursive-fib', 'recursive fibonacci', () => rng.int(8, 18), 'def fib: if . < 2 then . else (. - 1 | fib) + (. - 2 | fib) end; [range(.) | fib]', ['-c']);
  F('def-recursive-tree', 'recursion over a tree', () => ({ v: rng.int(1, 9), kids: [{ v: rng.int(1, 9), kids: [] }, { v: rng.int(1, 9), kids: [{ v: rng.int(1, 9), kids: [] }] }] }), 'def total: .v + ([.kids[] | total] | add // 0); def depth: 1 + ([.kids[] | depth] | max // 0); total, depth');
  F('def-nested-scope', 'nested defs and shadowing', () => rng.int(1, 9), 'def f: . + 1; def g: def f: . * 10; f; [f, g, (def f: 0; f)]', ['-c']);
  F('def-shadow-builtin', 'redefining a builtin', () => words(), 'def length: "mine"; length, (.[0] | ascii_downcase)', ['-c']);
  F('def-arity', 'functions overloaded by arity', () => rng.int(1, 9), 'def f: "zero"; def f(a): "one"; def f(a; b): "two"; [f, f(1), f(1; 2)]', ['-c']);
  F('def-dollar-arg-as-filter', '$param is also usable as a filter name', () => rng.int(1, 9), 'def f($a): [$a, a]; f(. + 1, . * 2)', ['-c']);
  F('def-path-expressions', 'user functions used in path expressions', () => config(), 'def srv: .server; path(srv.port), (srv.port |= . + 1 | .server.port)', ['-c']);
  F('label-break', 'label/break', () => nums(), '[label $out | .[] | if . > 100 then ., break $out else . end]', ['-c']);
  F('label-nested', 'nested labels', () => nums(6), '[label $a | label $b | .[] | if . < 0 then break $a elif . > 100 then break $b else . end]', ['-c']);
  F('label-undefined', 'break to an undefined label', () => 1, 'break $nope');

  // ================================================================ arithmetic
  F('arith-basic', '+ - * / % on numbers', () => ({ a: rng.int(-50, 99), b: rng.int(1, 13) }), '.a + .b, .a - .b, .a * .b, .a / .b, .a % .b, -.a % .b, .a % -.b', ['-c']);
  F('arith-float', 'floating point results and printing', () => ({ a: rng.int(1, 999) / 10, b: rng.int(1, 99) / 100 }), '.a + .b, .a * .b, .a / .b, (.a * 1000 | floor), 1 / 3, 2 / 3, 10 / 4, 0.1 + 0.2', ['-c']);
  F('arith-modulo-float', '% truncates operands to integers', () => ({ a: rng.int(10, 99) + 0.75, b: rng.int(2, 9) + 0.5 }), '.a % .b, 5 % 2.9, -7 % 3', ['-c']);
  F('arith-modulo-zero', '% by zero is an error', () => rng.int(1, 99), '. % 0');
  F('arith-div-zero', 'runtime division by zero', () => ({ a: rng.int(1, 99), b: 0 }), '.a / .b');
  F('arith-div-zero-const', 'constant division by zero fails at compile time', () => 1, (x, d) => (d ? '[1,2] | (3 / 0)' : '. + 1 / 0'));
  F('arith-string-plus', 'string concatenation and null + x', () => ({ a: word(), b: word(), n: null }), '.a + .b, .a + .n, .n + .n, .n + 1', ['-c']);
  F('arith-string-mult', 'string * number repeats; * 0 gives null', () => word(), (w, d) => `. * ${d ? 3 : 2}, . * 0, . * 0.5, . * 1.5`, ['-c']);
  F('arith-string-div', 'string / string splits', () => words(4).join(', '), '. / ", "', ['-c']);
  F('arith-array-plus-minus', 'array + and -', () => ({ a: nums(5, 0, 9), b: nums(3, 0, 9) }), '.a + .b, .a - .b, .a - []', ['-c']);
  F('arith-object-plus', 'object + is a shallow merge', () => ({ a: config().server, b: { port: rng.int(1, 99), tls: { enabled: true } } }), '.a + .b', ['-c']);
  F('arith-object-mult', 'object * is a deep merge', () => ({ a: config(), b: { server: { tls: { cert: null, ca: word() } }, limits: { rps: rng.int(1, 9) } } }), '.a * .b | {server, limits}', ['-c']);
  F('arith-type-errors', 'type errors of arithmetic', () => ({ o: { a: 1 }, n: rng.int(1, 9), s: word(), a: [1] }), (x, d) => (d ? '.s - .n' : '.o - .n'));
  F('arith-type-errors-more', 'more arithmetic type errors caught with try', () => ({ o: { a: 1 }, n: rng.int(1, 9), s: word(), a: [1], z: null, t: true }), ['.a * .n', '.s / .n', '.o / .o', '.n - .s', '{} - {}', '.z - .n', '.a + .o', '.o * .a', '.a - .s', '.t + .n'].map((e) => `(try (${e}) catch .)`).join(', '), ['-c']);
  F('arith-type-errors-caught', 'catching arithmetic errors gives the message', () => ({ o: { a: 1 }, n: rng.int(1, 9), s: word(), a: [1], z: null }), ['.s * .s', '.n % .s', '.o % .o', '.a / .a', '.s * .o', '.z * .z', '.z / .n', '-.o', '-.z'].map((e) => `(try (${e}) catch .)`).join(', '), ['-c']);
  F('arith-math-funcs', 'floor, sqrt, pow, log, exp, fabs, round, ceil', () => ({ x: rng.int(1, 99) + 0.25, y: rng.int(2, 5) }), '(.x | floor, ceil, round, fabs, sqrt, log10, exp10, log2), pow(.x; .y), (.x * -1 | fabs, trunc? // "no trunc")', ['-c']);
  F('arith-math-more', 'more libm functions', () => rng.int(1, 9) / 4, '[sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp, exp2, log, log1p, expm1, cbrt, significand, logb, gamma, lgamma, tgamma, frexp, modf, nearbyint, rint]', ['-c']);
  F('arith-math-two-arg', 'atan2, fmin, fmax, fmod, ldexp, scalb, nearbyint, drem', () => ({ a: rng.int(1, 20), b: rng.int(1, 7) }), '[atan2(.a; .b), fmin(.a; .b), fmax(.a; .b), fmod(.a; .b), ldexp(.a; .b), scalb(.a; .b), drem(.a; .b), copysign(.a; -1), hypot(.a; .b)]', ['-c']);
  F('arith-big-numbers', 'large and tiny numbers print like jq 1.6', () => RAW(`[${rng.int(1, 9)}00000000000000000001, 1e${rng.int(17, 300)}, 1e1000, -1e1000, 1.5e-${rng.int(5, 300)}, 123456789012, 1e17, 1e16, 0.00001, 0.0001, 1.0, -0.0, 1E2, 3.14159265358979323846]`), '., map(tostring)', ['-c']);
  F('arith-infinite-nan', 'infinite, nan, isinfinite, isnan, isnormal', () => null, '[infinite, -infinite, nan] | ., map(isinfinite), map(isnan), map(isnormal), (nan < 1), ([nan] | sort), (infinite | tostring)', ['-c']);
  F('arith-integer-precision', 'integers beyond 2^53 lose precision', () => RAW(`[9007199254740993, ${rng.int(1, 9)}${many(18, () => rng.int(0, 9)).join('')}, -${rng.int(1, 9)}${many(17, () => rng.int(0, 9)).join('')}]`), '., .[0] + 1', ['-c']);
  F('arith-unary-minus', 'unary minus on expressions and strings', () => ({ a: rng.int(1, 9) }), '-.a, -(.a + 1), [.[] | -.]', ['-c']);
  F('arith-unary-minus-string', 'unary minus on a string is an error', () => word(), '-.');
  F('arith-precedence', 'operator precedence: // , | and or', () => ({ a: null, b: rng.int(1, 9), c: false }), '.a // .b * 2, (.c or .a and true), (1, 2 | . * 10), (.a // .c // "z")', ['-c']);
  F('arith-compare-ops', '== != < <= > >=', () => ({ a: rng.int(0, 9), b: rng.int(0, 9) }), '[.a == .b, .a != .b, .a < .b, .a <= .b, .a > .b, .a >= .b, 1 == 1.0, "a" < "b", [] == {}, {} == {}]', ['-c']);

  // ================================================================ strings
  F('str-case', 'ascii_downcase, ascii_upcase (ASCII only)', () => `${rng.pick(FIRST)} ${rng.pick(LAST)} ÉÀ`, 'ascii_downcase, ascii_upcase');
  F('str-trim', 'ltrimstr, rtrimstr, startswith, endswith', () => `${rng.pick(['prefix-', 'pre_', 'x'])}${word()}${rng.pick(['.json', '.txt', '.jq'])}`, '[ltrimstr("prefix-"), ltrimstr("pre"), rtrimstr(".json"), rtrimstr(".txt"), startswith("pre"), endswith(".jq"), (1 | ltrimstr("x"))]', ['-c']);
  F('str-startswith-error', 'startswith on a non-string is an error', () => rng.int(1, 99), 'startswith("1")');
  F('str-interp', 'string interpolation', () => people(3), '.[] | "\\(.name) (\\(.age)) lives in \\(.city); tags=\\(.tags); active=\\(.active); \\(null)"', ['-r']);
  F('str-interp-nested', 'nested interpolation and escapes in strings', () => ({ a: word(), n: rng.int(1, 9) }), '"x\\t\\(.a)\\n\\("inner \\(.n * 2)")\\u00e9\\"\\\\"', ['-c']);
  F('str-length-unicode', 'length counts codepoints, utf8bytelength bytes', () => [`${rng.pick(CITIES)}`, '日本語テキスト', '😀😃 ok', word()], 'map(length), map(utf8bytelength)', ['-c']);
  F('str-explode-surrogates', 'explode on astral characters', () => `a😀${rng.pick(['é', 'ß', '中'])}`, 'explode, (explode | implode)', ['-c']);
  F('str-split-empty', 'split("") splits into characters', () => rng.pick(FIRST), 'split(""), ("" | split(",")), ("a,,b," | split(","))', ['-c']);
  F('str-ascii-tostring', 'tostring on strings is identity; tojson quotes', () => `"${word()}" it's`, 'tostring, tojson, (tojson | tojson)', ['-c']);
  F('str-test-basic', 'test(re) and test(re; flags)', () => words(6), (w, d) => `map(test("^${d ? '[a-f]' : '[g-p]'}")), map(test("A"; "i")), map(test("a.*a")), map(test("l l"; "x"))`, ['-c']);
  F('str-test-email', 'regex validation of emails', () => people(5).map((p) => p.email).concat(['not-an-email', 'x@y']), '.[] | select(test("^[a-z.]+@example\\\\.(com|org)$")) ', ['-c']);
  F('str-match', 'match returns offset/length/string/captures', () => `${word()} ${rng.int(10, 999)} ${word()} ${rng.int(1, 9)}`, 'match("[0-9]+"), [match("[a-z]+"; "g") | .string]', ['-c']);
  F('str-match-unicode-offsets', 'match offsets are in codepoints', () => `${rng.pick(['é', '日本', '😀'])}x${word()}-${rng.int(1, 99)}`, '[match("[a-z]+|[0-9]+"; "g") | [.offset, .length, .string]]', ['-c']);
  F('str-match-array-arg', 'match with [re, flags] array argument', () => `${word().toUpperCase()} ${word()}`, '[match(["([a-z])[a-z]*", "gi"]) | .captures[0].string]', ['-c']);
  F('str-capture', 'capture named groups', () => many(4, () => `${rng.pick(FIRST)}:${rng.int(18, 90)}`).join(' '), '[capture("(?<name>[^ :]+):(?<age>[0-9]+)"; "g")], capture("(?<first>\\\\w+)")', ['-c']);
  F('str-capture-optional-group', 'capture with a group that does not participate', () => `${word()}-${rng.int(1, 99)}`, 'capture("(?<w>[a-z]+)(?<x>X)?-(?<n>\\\\d+)")', ['-c']);
  F('str-scan', 'scan with and without groups', () => `a1b22c333 ${word()}${rng.int(1, 99)}`, '[scan("[0-9]+")], [scan("([a-z])([0-9]+)")], [scan("(?i)B")]', ['-c']);
  F('str-sub', 'sub replaces the first match', () => `${word()} ${word()} ${word()}`, (s) => `sub("${s[0]}"; "<X>"), sub(" "; "_"), sub("(?<w>[a-z]+)$"; "[\\(.w)]")`, ['-c']);
  F('str-gsub', 'gsub replaces all matches', () => `${word()}-${word()}_${word()} ${rng.int(1, 999)}`, 'gsub("[-_ ]"; "."), gsub("(?<d>[0-9])"; "<\\(.d)>"), gsub("A"; "4"; "i")', ['-c']);
  F('str-gsub-phone', 'normalise phone numbers with gsub', () => many(3, () => `(${rng.int(200, 999)}) ${rng.int(200, 999)}-${rng.int(1000, 9999)}`), 'map(gsub("[^0-9]"; "") | "+1" + .)', ['-c']);
  F('str-sub-flags', 'sub with flags g and i', () => `${word()} ${word().toUpperCase()} ${word()}`, 'sub("[aeiou]"; "*"; "gi"), sub("[AEIOU]"; "#"; "g")', ['-c']);
  F('str-regex-error', 'an invalid regex is a runtime error', () => word(), (s, d) => (d ? 'test("a{2,1}")' : 'test("(unclosed")'));
  F('str-regex-bad-flag', 'an unknown regex flag', () => word(), 'test("a"; "q")');
  F('str-regex-non-string', 'test on a non-string input', () => rng.int(1, 99), 'test("1")');
  F('str-splits-flags', 'split/2 with regex and flags', () => `${word()}A${word()}a${word()}`, 'split("a"; "i"), split("a"; null)', ['-c']);
  F('str-ascii-codes', 'ascii and implode of codes', () => rng.int(65, 90), '[., . + 32] | implode, (65 | [.] | implode)', ['-c']);
  F('str-tojson-special', 'tojson escapes control characters and DEL', () => `a\u0001b\u001f\u007f${word()}\u2028\t`, 'tojson, ., @json', ['-c']);
  F('str-ltrimstr-nonstring', 'ltrimstr with a non-string argument passes through', () => word(), 'ltrimstr(1), rtrimstr(null)', ['-c']);
  F('str-test-array-input-error', 'split on a non-string input is an error', () => [1, 2], 'split(",")');

  // ================================================================ formats
  F('fmt-base64', '@base64 and @base64d', () => words(3).map((w, i) => w.slice(0, i + rng.int(1, 4))), 'map(@base64), map(@base64 | @base64d)', ['-c']);
  F('fmt-base64-unicode', '@base64 of non-ASCII text', () => `${rng.pick(FIRST)} — ${rng.pick(CITIES)} ✓`, '@base64, (@base64 | @base64d)', ['-c']);
  F('fmt-base64d-unpadded', '@base64d without padding', () => Buffer.from(`${word()}${rng.string(rng.int(1, 2), LOWER)}`).toString('base64').replace(/=+$/, ''), '@base64d', ['-c']);
  F('fmt-base32', '@base32: not a format in jq 1.6 (runtime error)', () => word() + rng.string(rng.int(0, 4), LOWER), '@base32, (@base32 | @base32d)', ['-c']);
  F('fmt-csv', '@csv with strings, numbers, booleans, null and quotes', () => people(4), '.[] | [.id, .name, .age, .active, .manager, "say \\"hi\\""] | @csv', ['-r']);
  F('fmt-csv-error', '@csv rejects objects and arrays', () => [[1, [2]]], '.[] | @csv');
  F('fmt-tsv', '@tsv escapes tabs, newlines, backslashes', () => many(3, () => [word(), `a\t${word()}`, `line\n${rng.int(1, 9)}`, 'back\\slash', rng.int(1, 99), null, true]), '.[] | @tsv', ['-r']);
  F('fmt-sh', '@sh quotes strings and arrays for the shell', () => [`${rng.pick(LAST)}'s file.txt`, word(), rng.int(1, 99), null, false], '@sh, (.[] | @sh), "echo \\(.[0]|@sh)"', ['-r']);
  F('fmt-sh-error', '@sh rejects objects', () => [{ a: 1 }], '@sh');
  F('fmt-uri', '@uri percent-encodes reserved characters', () => [`${word()} & ${word()}`, `a/b?c=d#e ${rng.pick(CITIES)}`, '~-_.!*\'()'], '.[] | @uri', ['-r']);
  F('fmt-html', '@html escapes <>&\'"', () => [`<a href="/u/${word()}">${rng.pick(LAST)} & co</a>`, rng.int(1, 9)], '.[] | @html', ['-r']);
  F('fmt-text-json', '@text and @json on values', () => ({ a: [word(), rng.int(1, 9)], b: 'x"y' }), '@text, @json, (.a | @text)', ['-r']);
  F('fmt-interp', 'a format applied to an interpolated string', () => ({ q: `${word()} & ${word()}`, id: rng.int(1, 99), name: `<${word()}>` }), '@uri "https://example.com/search?q=\\(.q)&id=\\(.id)", @html "<p>\\(.name)</p>", @sh "grep \\(.q) file", @json "v=\\(.q)", @base64 "\\(.id):\\(.q)"', ['-r']);
  F('fmt-unknown', 'an unknown format is a compile error', () => 1, (x, d) => (d ? '@xml' : '@base16'));
  F('fmt-csv-numbers', '@csv number formatting', () => [[rng.int(1, 9) / 4, 1e20, -0, 100, 1 / 3, rng.int(1, 9) * 1000000]], '.[] | @csv, @tsv', ['-r']);
  F('fmt-csv-report', 'CSV report from orders', () => orders(), '["id","customer","items"], (.[] | [.id, .customer, (.items | length)]) | @csv', ['-r']);

  // ================================================================ paths, assignment
  F('path-path', 'path(f) on several expressions', () => config(), '[path(.server.port), path(.database.replicas[0]), path(.features[]), path(..)] | .[0:3], (.[3] | length)', ['-c']);
  F('path-paths', 'paths and paths(f)', () => ({ a: { b: [rng.int(1, 9), { c: word() }] }, d: null }), '[paths], [paths(type == "string")]', ['-c']);
  F('path-getpath-setpath', 'getpath, setpath, delpaths', () => config(), (c, d) => `getpath(["server","tls","enabled"]), (setpath(["server","port"]; ${d ? 8443 : 443}) | .server.port), (setpath(["new","deep",0]; 1) | .new), (delpaths([["server"],["database"]]) | keys)`, ['-c']);
  F('path-setpath-errors', 'setpath into the wrong type', () => ({ a: rng.int(1, 9) }), 'setpath(["a","b"]; 1)');
  F('path-del', 'del with several paths and slices', () => ({ list: nums(6), obj: config().server }), 'del(.list[0, 2]), del(.obj.tls, .list), del(.list[1:3]) | tojson', ['-r']);
  F('path-del-select', 'del(.[] | select(...))', () => people(), (p, d) => `del(.[] | select(.age < ${d ? 45 : 40})) | map(.name)`, ['-c']);
  F('path-to-entries', 'to_entries, from_entries, with_entries', () => config().features, 'to_entries, (to_entries | from_entries), with_entries(.value |= not), with_entries(select(.value)) , with_entries(.key |= ascii_upcase)', ['-c']);
  F('path-from-entries-keys', 'from_entries accepts k/v, name/value, key/value, Key/Value', () => [{ k: word(), v: rng.int(1, 9) }, { name: word(), value: true }, { key: rng.int(1, 9), value: null }, { Key: word(), Value: [1] }, { Name: 'n', Value: 2 }, { key: null, value: 3 }, { key: false, value: 4 }], 'from_entries', ['-c']);
  F('path-with-entries-array', 'to_entries of an array input is an error', () => nums(3), 'with_entries(.value += 1)');
  F('path-update', '|= update assignment', () => people(4), (p, d) => `map(.age |= . + ${d ? 2 : 1}) | map(.age), (.[0].tags |= sort), (.[].name |= ascii_downcase | map(.name))`, ['-c']);
  F('path-arith-update', '+=, -=, *=, /=, %=, //=', () => ({ a: rng.int(10, 99), b: rng.int(2, 9), c: null, d: [1] }), '.a += 1 | .b *= 3 | .c //= "set" | .a -= .b | .b /= 2 | .a %= 7 | .d += [2]', ['-c']);
  F('path-plain-assign', '= assignment uses the original input on the right', () => ({ a: rng.int(1, 9), b: { c: rng.int(1, 9) } }), '.a = .b.c, (.b.c = .a), (.x = (1, 2))', ['-c']);
  F('path-assign-iter', 'assignment to many paths at once', () => orders(3), '.[].status = "archived" | map(.status)', ['-c']);
  F('path-update-empty', '|= empty on arrays (jq 1.6 behaviour)', () => nums(6), '(.[] | select(. > 0)) |= empty', ['-c']);
  F('path-update-multiple', '|= with a generator RHS takes the first value', () => ({ a: rng.int(1, 9) }), '.a |= (., . * 10)', ['-c']);
  F('path-invalid-path', 'path(f) where f is not a path expression', () => ({ a: rng.int(1, 9) }), (x, d) => (d ? 'path(.a + 1)' : '(.a | tostring) |= "x"'));
  F('path-invalid-path-caught', 'invalid path expression message via try', () => [1, 2], 'try path(1) catch ., try (first(.[]) |= 3) catch .', ['-c']);
  F('path-getpath-null', 'getpath through null and type errors', () => ({ a: null, b: rng.int(1, 9) }), 'getpath(["a","x","y"]), (try getpath(["b","x"]) catch .)', ['-c']);
  F('path-slice-assign', 'assigning to slices', () => nums(6), '.[2:4] = ["x"], (.[1:3] |= map(. * 100)), (.[:1] += ["y"])', ['-c']);
  F('path-negative-index-assign', 'assigning out of range and negative indices', () => [rng.int(1, 9)], '.[3] = 1, .[-1] = 9, (try (.[-5] = 1) catch .)', ['-c']);
  F('path-null-index-auto', 'assignment into null creates structures', () => null, '.a.b[2] = 1, (.[1].x = true)', ['-c']);
  F('path-pick-like', 'building a projection with paths', () => config(), '[paths(scalars)] as $p | reduce $p[] as $x ({}; setpath([$x | map(tostring) | join("/")]; 1)) | keys | length', ['-c']);
  F('path-tostream-filter', 'streaming form to filter leaves', () => config().database, '[tostream | select(length == 2) | .[0] |= map(tostring) | .[0] |= join(".")] | map({(.[0]): .[1]}) | add', ['-c']);
  F('path-env-free-input', 'leaf counting', () => orders(), '[paths(scalars)] | length');

  // ================================================================ try / catch / errors
  F('try-catch-basic', 'try/catch around a type error', () => [{ a: 1 }, word(), rng.int(1, 9)], '.[] | try .a catch "caught: \\(.)"', ['-c']);
  F('try-no-catch', 'try without catch skips errors', () => [{ a: 1 }, 'x', { a: rng.int(2, 9) }], '[.[] | try .a]', ['-c']);
  F('try-error-custom', 'error(msg) with strings and objects', () => people(3), (p, d) => `.[] | try (if .age > ${d ? 40 : 30} then error("too old: \\(.name)") else .name end) catch .`, ['-c']);
  F('try-error-object', 'error with an object value caught', () => ({ code: rng.int(400, 599), why: word() }), 'try error(.) catch .code, try error catch ., try error(null) catch .', ['-c']);
  F('try-error-uncaught-string', 'uncaught error(string): exit 5', () => word(), 'error("bad thing: " + .)');
  F('try-error-uncaught-object', 'uncaught error(object): (not a string)', () => ({ code: rng.int(400, 599) }), 'error(.)');
  F('try-error-uncaught-null', 'uncaught error(null)', () => rng.int(1, 9), '"before", error(null), "after"');
  F('try-continue-after-error', 'an error stops one input; later inputs still run', () => ND([{ a: rng.int(1, 9) }, word(), { a: rng.int(1, 9) }, [1]]), '.a');
  F('try-nested', 'nested try and re-raise', () => rng.int(1, 9), 'try (try error("inner") catch error("outer: " + .)) catch ., (try error("x") catch (. + "!"))', ['-c']);
  F('try-break-out', 'try inside a generator stops at the first error', () => [1, 2, 'x', 3], '[.[] | try (if type == "string" then error("s") else . end)], [try (.[] | if type == "string" then error("s") else . end)]', ['-c']);
  F('try-question-generator', '(f)? on a generator', () => [rng.int(1, 9), 'a', rng.int(1, 9)], '[(.[] | . + 1)?]', ['-c']);
  F('try-messages-caught', 'error messages captured by catch', () => ({ n: rng.int(1, 9), s: word(), a: [1], o: { k: 1 }, t: true }), ['.n | .[0]', '.s | .[0]', '.a | .x', '.o | .[0]', '.t | keys', '.t | length', '.o | has(0)', '.a | has("x")', '.s | tonumber', '.n | explode', '.o | sort', '.s | fromjson', '.o | .[1:2]', '.a | .[{}]', '.n | .[]', '.t | to_entries', '.s | implode', '.a | ascii_downcase', '.o | join(",")', '.n | test("a")', '.o | ltrimstr("x") | type', '.n | @csv', '.s | @base64d'].map((e) => `(try (${e}) catch .)`).join(', '), ['-c']);
  F('try-index-errors', 'uncaught index error on a number', () => rng.int(1, 99), '.foo');
  F('try-iterate-error', 'cannot iterate over a number/string', () => (rng.chance(0.5) ? rng.int(1, 99) : word()), '.[]');
  F('try-keys-error', 'keys of a number', () => rng.int(1, 99), 'keys');
  F('try-halt', 'halt stops with exit 0', () => ND([rng.int(1, 49), ...nums(4)]), 'if . > 50 then halt else . end');
  F('try-halt-error-string', 'halt_error with a string: raw to stderr, exit 5', () => word(), '"fatal: \\(.)\\n" | halt_error');
  F('try-halt-error-code', 'halt_error(code)', () => ({ msg: word(), code: rng.int(1, 120) }), '.msg | halt_error(1)', (d) => (d ? ['-c'] : []));
  F('try-halt-error-object', 'halt_error with an object prints JSON', () => ({ msg: word(), code: rng.int(1, 9) }), 'halt_error(.code)');
  F('try-error-with-position-multi', 'runtime error line number counts lines of input', () => RAW(`{"a":1}\n{"a":2}\n\n"x"\n{"a":3}\n`), '.a');
  F('try-debug', 'debug writes ["DEBUG:",v] to stderr', () => nums(3), '.[] | debug | . * 2', ['-c']);
  F('try-stderr', 'stderr writes compact JSON to stderr', () => ({ a: word() }), 'stderr | .a', ['-c']);
  F('try-input-error', 'input with no more inputs', () => rng.int(1, 9), 'input');
  F('try-input-caught', 'try input catch', () => ND([rng.int(1, 9), rng.int(1, 9), rng.int(1, 9)]), '[., (try input catch "none")]', ['-c']);
  F('try-error-non-string-catch', 'catch receives the error value unchanged', () => [rng.int(1, 9)], 'try error([1, {a: .[0]}]) catch .', ['-c']);

  // ================================================================ -n, input, inputs, slurp, raw input
  add('io-null-input', '-n ignores stdin', () => ({ argv: ['-n', '[1, 2] | add'], stdin: J(nums(3)) }));
  add('io-null-inputs', '-n with inputs reads everything', () => ({ argv: ['-n', '-c', '[inputs | .latency_ms] | add'], stdin: NDT(events(5)) }));
  add('io-null-input-first', '-n with input reads one value', () => ({ argv: ['-n', '-c', 'input, input | .service'], stdin: NDT(events(3)) }));
  add('io-input-in-body', 'input inside the program consumes the next value', () => ({ argv: ['-c', '[., input]'], stdin: NDT(nums(6)) }));
  add('io-input-odd', 'input with an odd count errors at the end', () => ({ argv: ['-c', '[., input]'], stdin: NDT(nums(5)) }));
  add('io-inputs-reduce', 'reduce inputs with -n', () => ({ argv: ['-n', 'reduce inputs as $e ({}; .[$e.level] += 1)'], stdin: NDT(events(8)) }));
  add('io-slurp', '-s slurps all inputs into an array', () => ({ argv: ['-s', '-c', 'map(.latency_ms) | add / length | floor'], stdin: NDT(events(5)) }));
  add('io-slurp-empty', '-s with empty input gives []', (d) => ({ argv: ['-s', '-c', d ? 'length' : '.'], stdin: d ? '  \n' : '' }));
  add('io-slurp-null-input', '-s with -n: . is null, inputs still available', () => ({ argv: ['-s', '-n', '-c', '., [inputs]'], stdin: NDT(nums(3)) }));
  add('io-raw-input', '-R reads lines as strings', () => ({ argv: ['-R', '.'], stdin: `${words(3).join('\n')}\n${rng.pick(FIRST)} "quoted" \\ \n` }));
  add('io-raw-input-no-final-newline', '-R with a last line without newline', () => ({ argv: ['-R', '-c', '[., length]'], stdin: `${word()}\n${word()}` }));
  add('io-raw-input-slurp', '-R -s gives one string', () => ({ argv: ['-R', '-s', '.'], stdin: `${words(3).join('\n')}\n` }));
  add('io-raw-input-split', '-Rs then split lines', () => ({ argv: ['-Rs', '-c', 'split("\\n") | map(select(length > 0) | split(","))'], stdin: many(4, () => `${word()},${rng.int(1, 99)},${rng.pick(CITIES)}`).join('\n') + '\n' }));
  add('io-raw-input-null', '-R -n with inputs', () => ({ argv: ['-R', '-n', '-c', '[inputs | select(startswith("#") | not) | ascii_upcase]'], stdin: `# header\n${words(3).join('\n')}\n# end\n` }));
  add('io-raw-input-csv-to-json', '-R converting CSV lines into objects', () => ({ argv: ['-R', '-n', '-c', '(input | split(",")) as $h | [inputs | split(",") | [$h, .] | transpose | map({(.[0]): .[1]}) | add]'], stdin: `name,city,age\n${many(3, () => `${rng.pick(FIRST)},${rng.pick(CITIES)},${rng.int(18, 80)}`).join('\n')}\n` }));
  add('io-raw-input-crlf', '-R keeps carriage returns', () => ({ argv: ['-R', '-c', '.'], stdin: `${word()}\r\n${word()}\r\n` }));
  add('io-raw-input-invalid-utf8', '-R with invalid UTF-8 bytes', () => ({ argv: ['-R', '-c', '[., length]'], stdin: { base64: Buffer.concat([Buffer.from(word()), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('\n')]).toString('base64') } }));
  add('io-invalid-utf8-json', 'invalid UTF-8 inside a JSON string becomes U+FFFD', () => ({ argv: ['-c', '[., length]'], stdin: { base64: Buffer.concat([Buffer.from(`"${word()}`), Buffer.from([0xe9, 0x80]), Buffer.from('x"\n')]).toString('base64') } }));
  add('io-bom', 'a UTF-8 byte order mark at the start', () => ({ argv: ['-c', '.'], stdin: `\ufeff${JSON.stringify(people(1))}\n` }));
  add('io-multiple-files', 'several input files are concatenated', () => ({
    argv: ['-c', '.name', 'a.json', 'b.json'], files: { 'a.json': NDT(people(2)), 'b.json': J(person(5)) },
  }));
  add('io-multiple-files-slurp', '-s over several files', () => ({
    argv: ['-s', '-c', 'map(.id)', 'one.json', 'two.json', 'three.json'], files: { 'one.json': J(person(1)), 'two.json': NDT(people(2)), 'three.json': J(person(9)) },
  }));
  add('io-input-filename', 'input_filename for each file and for stdin', () => ({
    argv: ['-c', '[input_filename, .id]', 'x.json', 'y.json'], files: { 'x.json': NDT(people(2)), 'y.json': J(person(3)) },
  }));
  add('io-input-filename-stdin', 'input_filename on stdin is null', () => ({ argv: ['input_filename'], stdin: J(rng.int(1, 9)) }));
  add('io-value-spans-files', 'a JSON value may continue into the next file', () => ({
    argv: ['-c', '.', 'p1.json', 'p2.json'], files: { 'p1.json': `[${rng.int(1, 9)}, `, 'p2.json': `${rng.int(1, 9)}]\n` },
  }));
  add('io-missing-file', 'a missing file: message, the others still run, exit 2', (d) => ({
    argv: ['.', ...(d ? ['no-such.json', 'ok.json'] : ['ok.json', 'missing.json'])], files: { 'ok.json': J(rng.int(1, 99)) },
  }));
  add('io-directory-file', 'a directory as an input file', () => ({ argv: ['.', 'dir'], files: { dir: { dir: true } } }), { dual: false });
  add('io-error-in-file', 'a runtime error names the file', () => ({
    argv: ['.a', 'data.json'], files: { 'data.json': `{"a":1}\n${rng.int(1, 99)}\n` },
  }));
  add('io-parse-error-in-file', 'invalid JSON in a named file', () => ({
    argv: ['-c', '.', 'good.json', 'bad.json'], files: { 'good.json': J(person(0)), 'bad.json': `{"a": ${rng.int(1, 9)},\n "b": }\n` },
  }));
  add('io-from-file', '-f reads the filter from a file', () => ({
    argv: ['-c', '-f', 'prog.jq'], stdin: J(people()), files: { 'prog.jq': `# a comment\ndef adults: map(select(.age >= ${rng.int(20, 50)}));\nadults\n| map(.name) # trailing comment\n` },
  }));
  add('io-from-file-with-inputs', '-f prog then input files', () => ({
    argv: ['--from-file', 'prog.jq', 'in.json'], files: { 'prog.jq': '.[] | .email\n', 'in.json': J(people(3)) },
  }));
  add('io-from-file-syntax-error', '-f with a syntax error reports the line', () => ({
    argv: ['-f', 'bad.jq'], stdin: '1\n', files: { 'bad.jq': `def f: . + 1;\n\nmap(f\n| .${word()} ]\n` },
  }));
  add('io-from-file-missing', '-f with a missing file', () => ({ argv: ['-f', 'nope.jq'], stdin: '1\n' }), { dual: false });
  add('io-stream', '--stream emits [path, leaf] events', () => ({ argv: ['-c', '--stream', '.'], stdin: J({ a: [rng.int(1, 9), { b: word() }], c: {}, d: [] }) }));
  add('io-stream-scalars', '--stream on top-level scalars and several texts', () => ({ argv: ['-c', '--stream', '.'], stdin: `${rng.int(1, 9)} "${word()}" [] [${rng.int(1, 9)}]\n` }));
  add('io-stream-fromstream', '--stream with fromstream(1|truncate_stream(inputs))', () => ({ argv: ['-n', '-c', '--stream', 'fromstream(1 | truncate_stream(inputs))'], stdin: J(people(3)) }));
  add('io-stream-slurp', '--stream with -s', () => ({ argv: ['-c', '--stream', '-s', '.'], stdin: J({ k: [rng.int(1, 9)] }) }));
  add('io-seq-input', '--seq on input: RS separators are ignored', () => ({ argv: ['--seq', '-c', '.'], stdin: `\u001e${JSON.stringify(person(0))}\n\u001e${rng.int(1, 9)}\n` }));
  add('io-ascii-raw', '-r -a prints escaped raw strings', () => ({ argv: ['-r', '-a', '.[]'], stdin: J([`${rng.pick(FIRST)} ✓`, `${rng.pick(CITIES)}`]) }));
  add('io-nul-in-string', 'strings with NUL in -r output', () => ({ argv: ['-r', '.[]'], stdin: J([`a\u0000${word()}`, 'b']) }));
  add('io-tab-nested', '--tab with deep nesting and empty containers', () => ({ argv: ['--tab', '.'], stdin: J({ a: [], b: {}, c: [[], [{}], { d: [rng.int(1, 9)] }] }) }));
  add('io-big-document', 'a larger document through several filters', () => ({ argv: ['-c', 'map({id, n: (.items | length), total: ([.items[] | .qty * .price] | add)}) | sort_by(-.total)'], stdin: J(orders(30)) }));
  add('io-deep-nesting', 'deeply nested arrays', () => { const n = rng.int(40, 90); return { argv: ['-c', '[paths] | length, (flatten | length)'], stdin: `${'['.repeat(n)}${rng.int(1, 9)}${']'.repeat(n)}\n` }; });
  add('io-exit-status-false', '-e: last output false or null gives exit 1', (d) => ({ argv: ['-e', d ? '.missing' : '.active'], stdin: J({ active: false, x: 1 }) }));
  add('io-exit-status-true', '-e: last output truthy gives exit 0', () => ({ argv: ['-e', '.[] | .active'], stdin: J([{ active: false }, { active: rng.pick([true, 1, 'yes', 0]) }]) }));
  add('io-exit-status-none', '-e: no output gives exit 4', (d) => ({ argv: ['--exit-status', d ? '.[] | select(. > 1000)' : 'empty'], stdin: J(nums(4)) }));
  add('io-exit-status-error', '-e with a runtime error: exit 5', () => ({ argv: ['-e', '.a'], stdin: J(rng.int(1, 9)) }));
  add('io-exit-status-last-of-many', '-e looks only at the last output', () => ({ argv: ['-e', '.[]'], stdin: J([true, null, rng.int(1, 9), false]) }));
  add('io-exit-status-halt', '-e with halt_error', () => ({ argv: ['-e', 'halt_error(3)'], stdin: J(word()) }));
  add('io-exit-error-no-e', 'a runtime error without -e: exit 5', () => ({ argv: ['.[0]'], stdin: J({ a: rng.int(1, 9) }) }));
  add('io-error-then-success', 'a later success does not reset the exit status', () => ({ argv: ['.a'], stdin: `5\n{"a":${rng.int(1, 9)}}\n` }));
  add('io-unicode-keys-sort', '-S sorts keys by codepoint', () => ({ argv: ['-S', '-c', '.'], stdin: J({ zeta: 1, Éclair: 2, alpha: 3, _x: 4, '10': 5, '9': 6, Zed: 7, [word()]: rng.int(1, 9) }) }));
  add('io-duplicate-keys', 'duplicate keys in input: last one wins, position of the first', () => ({ argv: ['-c', '.'], stdin: `{"a":1,"b":2,"a":${rng.int(3, 9)}}\n` }));

  // ================================================================ --arg family
  add('args-arg', '--arg binds a string', () => ({ argv: ['-c', '--arg', 'city', rng.pick(CITIES), 'map(select(.city == $city) | .name)'], stdin: J(people(8)) }));
  add('args-arg-number-is-string', '--arg values are always strings', () => ({ argv: ['-n', '-c', '--arg', 'n', String(rng.int(1, 99)), '[$n, ($n | tonumber) + 1, ($n | type)]'] }));
  add('args-argjson', '--argjson binds parsed JSON', () => ({ argv: ['-c', '--argjson', 'min', String(rng.int(20, 60)), '--argjson', 'extra', JSON.stringify({ src: word(), v: [1, 2] }), 'map(select(.age >= $min)) | length as $n | $extra + {n: $n}'], stdin: J(people(8)) }));
  add('args-argjson-invalid', '--argjson with invalid JSON text', (d) => ({ argv: ['-n', '--argjson', 'x', d ? '{bad' : '[1,', '$x'] }));
  add('args-args-positional', '--args: positional string arguments in $ARGS', () => ({ argv: ['-n', '-c', '$ARGS', '--args', word(), word(), String(rng.int(1, 9))] }));
  add('args-jsonargs', '--jsonargs: positional JSON arguments', () => ({ argv: ['-n', '-c', '$ARGS.positional | add', '--jsonargs', String(rng.int(1, 9)), String(rng.int(1, 9)), String(rng.int(1, 9))] }));
  add('args-named', '$ARGS.named collects --arg and --argjson', () => ({ argv: ['-n', '-c', '--arg', 'a', word(), '--argjson', 'b', String(rng.int(1, 99)), '$ARGS.named'] }));
  add('args-slurpfile', '--slurpfile binds an array of the file values', () => ({
    argv: ['-c', '--slurpfile', 'lookup', 'cities.json', '.[] | .city as $c | {name, country: ($lookup[0][$c] // "?")}'],
    stdin: J(people(4)), files: { 'cities.json': J(Object.fromEntries(sample(CITIES, 6).map((c) => [c, rng.pick(['PT', 'JP', 'KE', 'EC', 'NO', 'US', 'IN', 'FR'])]))) },
  }));
  add('args-slurpfile-multi', '--slurpfile with several values', () => ({ argv: ['-n', '-c', '--slurpfile', 'v', 'vals.json', '$v, ($v | length)'], files: { 'vals.json': NDT(nums(4)) } }));
  add('args-slurpfile-missing', '--slurpfile with a missing file', () => ({ argv: ['-n', '--slurpfile', 'v', 'absent.json', '$v'] }), { dual: false });
  add('args-slurpfile-invalid', '--slurpfile with invalid JSON', () => ({ argv: ['-n', '--slurpfile', 'v', 'bad.json', '$v'], files: { 'bad.json': `[1, ${rng.int(1, 9)}\n{` } }));
  add('args-rawfile', '--rawfile binds the file text', () => ({ argv: ['-n', '-c', '--rawfile', 't', 'notes.txt', '$t, ($t | split("\\n") | length)'], files: { 'notes.txt': `${words(3).join('\n')}\n${rng.pick(FIRST)} ✓\n` } }));
  add('args-rawfile-missing', '--rawfile with a missing file', () => ({ argv: ['-n', '--rawfile', 't', 'gone.txt', '$t'] }), { dual: false });
  add('args-undefined-var', 'using an undefined $variable is a compile error', (d) => ({ argv: ['-n', '--arg', 'x', '1', d ? '$y + $x' : '$xx'] }));
  add('args-arg-shadow', 'a variable bound in the program shadows --arg', () => ({ argv: ['-n', '-c', '--arg', 'x', word(), '[$x, (1 as $x | $x), $x]'] }));
  add('args-arg-repeated', 'the same --arg name twice', () => ({ argv: ['-n', '-c', '--arg', 'x', word(), '--arg', 'x', word(), '$x, $ARGS.named'] }));
  add('args-prog-args-files', 'files and --args mix: later words are positional', () => ({
    argv: ['-c', '[., $ARGS.positional]', 'in.json', '--args', word(), word()], files: { 'in.json': J(rng.int(1, 99)) },
  }));

  // ================================================================ modules
  add('mod-include', 'include "util" with -L', () => ({
    argv: ['-L', 'lib', '-c', `include "util"; map(double), shout("${word()}")`], stdin: J(nums(4)),
    files: { 'lib/util.jq': 'def double: . * 2;\ndef shout($s): $s | ascii_upcase + "!";\n' },
  }));
  add('mod-import', 'import "m" as name; name::f', () => ({
    argv: ['-L', 'lib', '-c', 'import "stats" as s; [s::mean, s::spread]'], stdin: J(nums(6, 0, 100)),
    files: { 'lib/stats.jq': 'def mean: add / length;\ndef spread: max - min;\n' },
  }));
  add('mod-import-data', 'import "data" as $d; binds JSON data', () => ({
    argv: ['-L', 'lib', '-c', 'import "codes" as $codes; .[] | {name, code: $codes::codes[0][.city]}'], stdin: J(people(3)),
    files: { 'lib/codes.json': J(Object.fromEntries(CITIES.map((c) => [c, rng.string(3, UPPER)]))) },
  }));
  add('mod-missing', 'importing a missing module', () => ({ argv: ['-L', 'lib', '-n', `import "${word()}" as x; 1`], files: { lib: { dir: true } } }));
  add('mod-search-relative', 'modules importing modules from the same directory', () => ({
    argv: ['-L', 'lib', '-c', 'import "outer" as o; map(o::f)'], stdin: J(nums(3)),
    files: { 'lib/outer.jq': 'import "inner" as i;\ndef f: i::g + 1;\n', 'lib/inner.jq': `def g: . * ${rng.int(2, 9)};\n` },
  }));
  add('mod-metadata', 'modulemeta on a module', () => ({
    argv: ['-L', 'lib', '-n', '-c', '"m" | modulemeta'],
    files: { 'lib/m.jq': `module {"name": "${word()}", "version": ${rng.int(1, 9)}};\nimport "dep" as d;\ndef f: 1;\n`, 'lib/dep.jq': 'def g: 2;\n' },
  }));

  // ================================================================ filter parse errors (exit 3)
  const PARSE_ERRORS = [
    ['unexpected-end', '.a |', '.[] |'],
    ['unclosed-bracket', '.[0', '[.a, .b'],
    ['unclosed-brace', '{a: 1', '{(.k): .v'],
    ['unclosed-paren', '(.a + 1', 'map(.x'],
    ['stray-closer', '.a ]', '.b }'],
    ['bad-char', '.a | @@', '.a ; .b'],
    ['unterminated-string', '"abc', '.a | "x\\(.b)'],
    ['bad-escape', '"\\q"', '"a\\x41"'],
    ['double-dot-field', '.a..b', '..a'],
    ['undefined-function', 'foo', 'map(bar(1))'],
    ['wrong-arity', 'map', 'select(1; 2)'],
    ['keyword-misuse', 'if . then 1', 'reduce . as $x'],
    ['bad-object-key', '{1: 2}', '{a: 1, }'],
    ['multi-line', 'map(\n  .a +\n)', '.a\n| .b\n| ]'],
    ['trailing-pipe-comment', '.a | # comment', '. as $x | # c'],
    ['bad-def', 'def f: ; f', 'def (x): 1; 1'],
    ['as-without-body', '. as $x', '.[] as [$a]'],
    ['two-errors', '.a ] .b ]', '{ ] }'],
    ['number-literal', '1.2.3', '.[1e]'],
    ['format-in-path', '.a.@csv', '. @csv'],
  ];
  for (const [name, v, h] of PARSE_ERRORS) {
    add(`parse-error-${name}`, `filter syntax error: ${JSON.stringify(v)}`, (d) => ({ argv: [d ? h : v], stdin: J({ a: rng.int(1, 9), b: [rng.int(1, 9)] }) }));
  }
  add('parse-error-with-n', 'a compile error does not read input', () => ({ argv: ['-n', `.${word()} +* 1`] }));
  add('parse-error-many', 'several compile errors are counted', () => ({ argv: ['-n', `[$a, $b, ${word()}]`] }));
  add('parse-error-break-undefined', 'break with an undefined label', () => ({ argv: ['-n', `break $${word()}`] }));
  add('parse-error-unknown-module-syntax', 'import syntax errors', (d) => ({ argv: ['-n', d ? 'import foo as bar; 1' : 'include 1; 1'] }));

  // ================================================================ invalid JSON input (exit 2)
  const JSON_ERRORS = [
    ['trailing-comma-array', () => `[${rng.int(1, 9)}, ${rng.int(1, 9)},]`],
    ['trailing-comma-object', () => `{"a": ${rng.int(1, 9)},}`],
    ['single-quotes', () => `{'${word()}': 1}`],
    ['unquoted-key', () => `{${word()}: 1}`],
    ['missing-colon', () => `{"${word()}" 1}`],
    ['missing-comma', () => `[1 2 ${rng.int(3, 9)}]`],
    ['unclosed-array', () => `[${rng.int(1, 9)}, [2, 3]`],
    ['unclosed-object', () => `{"a": {"b": ${rng.int(1, 9)}}`],
    ['unclosed-string', () => `["${word()}`],
    ['bad-literal', () => `[tru, ${rng.int(1, 9)}]`],
    ['bad-number', () => `[${rng.int(1, 9)}.${rng.int(1, 9)}.${rng.int(1, 9)}]`],
    ['leading-zero', () => `[0${rng.int(1, 9)}]`],
    ['nan-literal', () => `[${rng.pick(['NaN', 'nan', 'Infinity', '-Infinity'])}]`],
    ['control-char-in-string', () => `["a\tb ${word()}"]`],
    ['bad-escape', () => `["\\${rng.pick(['x41', 'q', 'a'])}"]`],
    ['bad-unicode-escape', () => `["\\u${rng.pick(['12G4', '00', 'zzzz'])}"]`],
    ['lone-surrogate', () => `["\\ud83d ${word()}"]`],
    ['stray-closer', () => `${rng.int(1, 9)}]`],
    ['mismatched-closer', () => `[${rng.int(1, 9)}}`],
    ['colon-in-array', () => `[1: ${rng.int(1, 9)}]`],
    ['comma-top-level', () => `${rng.int(1, 9)}, ${rng.int(1, 9)}`],
    ['object-key-number', () => `{${rng.int(1, 9)}: "v"}`],
    ['comment', () => `{"a": 1 // ${word()}\n}`],
    ['error-later-line', () => `${J(people(2), 'pretty')}{"x": ${rng.int(1, 9)},,}`],
    ['error-after-values', () => `${NDT(nums(3))}[${rng.int(1, 9)}, }`],
    ['truncated-eof', () => J(people(2), 'pretty').slice(0, -8)],
    ['bare-word', () => `${word()}`],
    ['empty-key-value', () => `{"${word()}":}`],
  ];
  for (const [name, make] of JSON_ERRORS) {
    add(`json-error-${name}`, `invalid JSON input: ${name}`, () => ({ argv: ['-c', '.'], stdin: `${make()}\n` }));
  }
  add('json-error-outputs-before', 'values before the error are printed', () => ({ argv: ['.a'], stdin: `{"a":${rng.int(1, 9)}}\n{"a":${rng.int(1, 9)}}\n{"a" ${rng.int(1, 9)}}\n{"a":4}\n` }));
  add('json-error-with-slurp', 'invalid JSON with --slurp prints nothing', () => ({ argv: ['-s', '-c', '.'], stdin: `[1]\n[2\n${rng.int(1, 9)}]]\n` }));
  add('json-error-seq-not-fatal', 'with --seq, invalid JSON input is not fatal', () => ({ argv: ['--seq', '-c', '.'], stdin: `\u001e[${rng.int(1, 9)}\n\u001e{"a": ${rng.int(1, 9)}}\n\u001e[1, 2\n\u001e"${word()}"\n` }));
  add('json-error-raw-ok', '-R does not parse JSON', () => ({ argv: ['-R', '-c', '.'], stdin: `{bad json ${word()}\n[1,\n` }));
  add('json-error-argjson-file', 'invalid JSON in --slurpfile vs input', () => ({ argv: ['-c', '.', 'in.json'], files: { 'in.json': `{"ok": true}\n{"k": ${word()}}\n` } }));
  add('json-error-deep', 'nesting depth limit of the JSON parser', () => ({ argv: ['-c', 'length'], stdin: `${'['.repeat(rng.int(257, 300))}${']'.repeat(300)}\n` }));
  add('json-error-continue-with-e', 'invalid JSON with -e', () => ({ argv: ['-e', '.'], stdin: `true\n{${word()}\n` }));

  // ================================================================ dates (deterministic with explicit inputs, TZ=UTC)
  F('date-todate-fromdate', 'todate, fromdate, fromdateiso8601', () => many(3, () => 1000000000 + rng.int(0, 700000000)), 'map(todate), (map(todate | fromdate))', ['-c']);
  F('date-gmtime-mktime', 'gmtime, mktime, strftime', () => 1500000000 + rng.int(0, 200000000), 'gmtime, (gmtime | mktime), (gmtime | strftime("%Y-%m-%d %H:%M:%S %j %a %b")), strftime("%A %d %B %Y")', ['-c']);
  F('date-strptime', 'strptime to broken-down time', () => date(), 'strptime("%Y-%m-%dT%H:%M:%SZ"), (strptime("%Y-%m-%dT%H:%M:%SZ") | mktime)', ['-c']);
  F('date-fractional', 'gmtime with fractional seconds', () => 1600000000 + rng.int(0, 9999) + 0.5, 'gmtime, todate', ['-c']);
  F('date-fromdate-error', 'fromdate on a malformed date', () => `${rng.int(2000, 2030)}/01/02`, 'fromdate');
  F('date-group-events', 'bucket events by day', () => events(8), 'group_by(.ts | strftime("%Y-%m")) | map({month: (.[0].ts | strftime("%Y-%m")), n: length})', ['-c']);

  // ================================================================ bigger realistic pipelines
  F('pipe-report-by-level', 'NDJSON log summary with -s', () => ND(events(12)), 'group_by(.service) | map({service: .[0].service, errors: map(select(.level == "error")) | length, p_max: (map(.latency_ms) | max)})', ['-s', '-c']);
  F('pipe-orders-top', 'top customers by spend', () => orders(8), '[.[] | {customer, spend: ([.items[] | .qty * .price] | add)}] | group_by(.customer) | map({customer: .[0].customer, spend: (map(.spend) | add * 100 | round / 100)}) | sort_by(-.spend) | .[:3]', ['-c']);
  F('pipe-config-flatten', 'flatten a config to dotted keys', () => config(), '[paths(scalars) as $p | {key: ($p | map(tostring) | join(".")), value: getpath($p)}] | from_entries', ['-S']);
  F('pipe-inventory-low-stock', 'low stock report formatted as text', () => products(), (p, d) => `.[] | select(.stock < ${d ? 40 : 30}) | "\\(.name | ascii_upcase): \\(.stock) left at $\\(.price)"`, ['-r']);
  F('pipe-histogram', 'histogram with reduce and padding', () => nums(12, 0, 99), 'reduce .[] as $n ({}; .[($n / 10 | floor | tostring)] += 1) | to_entries | sort_by(.key | tonumber) | .[] | "\\(.key)0s \\("#" * .value)"', ['-r']);
  F('pipe-join-two-arrays', 'joining two arrays by id', () => ({ users: people(4), orders: many(5, () => ({ user: rng.int(1, 4), amount: price() })) }), '(.users | INDEX(.id)) as $u | .orders[] | {name: ($u[.user | tostring].name // "unknown"), amount}', ['-c']);
  F('pipe-dedupe-emails', 'lower-case and dedupe', () => people(8), '[.[].email | ascii_downcase] | unique | length, .[0]', ['-c']);
  F('pipe-percentages', 'percentage computation and rounding', () => products(), '(map(.stock) | add) as $t | map({name, pct: (.stock * 10000 / $t | round / 100)})', ['-c']);
  F('pipe-nested-update', 'update nested array elements conditionally', () => orders(4), '.[].items[] |= (if .qty > 2 then .price *= 0.9 | .price |= (. * 100 | round / 100) else . end) | map(.items | map(.price))', ['-c']);
  F('pipe-to-csv-header', 'objects to CSV with a header from keys', () => products(4), '(.[0] | keys_unsorted) as $k | $k, (.[] | [.[$k[]]]) | @csv', ['-r']);
  F('pipe-env-free-stats', 'mean, median, stddev', () => nums(9, 0, 100), 'sort as $s | length as $n | (add / $n) as $m | {mean: $m, median: $s[($n / 2 | floor)], sd: ((map((. - $m) * (. - $m)) | add / $n) | sqrt)}', ['-c']);
  F('pipe-tree-paths', 'list file paths of a nested tree', () => ({ src: { [word()]: { 'main.c': rng.int(1, 999), 'util.h': rng.int(1, 999) }, [word()]: { 'a.txt': rng.int(1, 999) } }, 'README.md': rng.int(1, 999) }), '[paths(numbers) | join("/")] | sort | .[]', ['-r']);
  F('pipe-merge-objects', 'merge an array of objects with add and reduce *', () => many(3, () => ({ [word()]: { x: rng.int(1, 9) }, common: { [word()]: rng.int(1, 9) } })), 'add, (reduce .[] as $o ({}; . * $o))', ['-c']);
  F('pipe-string-building', 'building text with reduce and join', () => people(5), 'map("\\(.id)\\t\\(.name)") | join("\\n")', ['-r']);
  F('pipe-splits-words', 'word frequency', () => many(12, () => rng.pick(WORDS.slice(0, 6))).join(' '), '[splits(" +")] | group_by(.) | map({(.[0]): length}) | add', ['-c']);
  F('pipe-limit-inputs', 'first(inputs) and limit over inputs', () => ND(events(6)), '[limit(3; inputs) | .ts]', ['-n', '-c']);
  F('pipe-getpath-dynamic', 'dynamic keys from data', () => ({ pick: sample(['host', 'port', 'tls'], 2), server: config().server }), '[.pick[] as $k | .server[$k]]', ['-c']);
  F('pipe-any-over-inputs', 'isempty, any with generators, error suppression', () => nums(5), 'isempty(.[] | select(. > 1000)), isempty(.[]), any(.[]; . > 100), all(.[]; . < 1000)', ['-c']);
  F('pipe-ascii-table', 'fixed-width table with string padding', () => people(4), 'def pad($n): tostring | . + (" " * ($n - length)); .[] | "\\(.name | pad(20))|\\(.age | pad(4))|\\(.city)"', ['-r']);
  F('pipe-recursive-sum', 'recursive descent sum of all numbers', () => config(), '[.. | numbers] | add');
  F('pipe-del-nulls', 'remove nulls everywhere with walk', () => ({ a: null, b: [1, null, { c: null, d: rng.int(1, 9) }], e: { f: null } }), 'walk(if type == "object" then with_entries(select(.value != null)) elif type == "array" then map(select(. != null)) else . end)', ['-c']);
  F('pipe-env-object-construct-iter', 'object construction from several generators', () => ({ ks: sample(WORDS, 2), vs: nums(2) }), '{(.ks[]): .vs[]}', ['-c']);
  F('pipe-getpath-in-reduce', 'reduce with setpath accumulating', () => many(5, () => [rng.pick(['a', 'b']), rng.pick(['x', 'y']), rng.int(1, 9)]), 'reduce .[] as [$k1, $k2, $v] ({}; setpath([$k1, $k2]; (getpath([$k1, $k2]) // 0) + $v))', ['-c']);
  F('pipe-ltrimstr-map', 'strip prefixes from keys', () => Object.fromEntries(many(4, () => [`x_${word()}`, rng.int(1, 9)])), 'with_entries(.key |= ltrimstr("x_"))', ['-c']);
  F('pipe-sort-unicode', 'sorting strings with non-ASCII characters by codepoint', () => rng.shuffle([...CITIES]).slice(0, 8), 'sort, sort_by(ascii_downcase)', ['-c']);
  F('pipe-tostring-keys-sort', 'keys of objects with numeric-like strings', () => Object.fromEntries(many(6, () => [String(rng.int(1, 200)), word()])), 'keys, (to_entries | map(.key | tonumber) | sort)', ['-c']);
  F('pipe-splits-csv-quoted', 'parse key=value pairs', () => many(4, () => `${word()}=${rng.int(1, 99)}`).join('&'), 'split("&") | map(split("=") | {(.[0]): (.[1] | tonumber)}) | add', ['-c']);
  F('pipe-ascii-uri-decode', 'round trip @uri then decode with gsub/implode? (just @uri)', () => `${word()} ${rng.pick(CITIES)}/${rng.int(1, 99)}?x=1`, '@uri | ., length', ['-c']);

  // ================================================================ bulk small -n expressions (language corners)
  const EXPRS = [
    ['n-object-keys-order', '{b: 1, a: 2, c: {z: 1, y: 2}} | ., keys'],
    ['n-array-equality', '[1, 2] == [1, 2], [1, [2]] == [1, [2.0]], {"a":[1]} == {"a":[1]}'],
    ['n-string-compare', '["b", "a", "B", "ab", "", "é"] | sort'],
    ['n-number-literals', '[1e3, 1.5e-3, 0.0001, 1e-7, 12345678901234567890, 1E+2, 5e0, 0.10, 00012]'],
    ['n-number-printing', '[1e3, 1.5e-3, 0.0001, 1e-7, 100000, 1e15, 1e16, 1e17, 1.1e17, 2.5e-5, 3e100, 123.456]'],
    ['n-getpath-array', '[[1,[2,3]]] | getpath([0,1,0]), getpath([5,1])'],
    ['n-range-float', '[range(0; 2; 0.5)], [range(5; 0)], [range(0)]'],
    ['n-splits-regex-special', '"a.b*c" | split("."), [splits("\\\\.|\\\\*")]'],
    ['n-tostring-nested', '{a: [1, {b: "c"}]} | tostring'],
    ['n-implode-error', 'try ("a" | implode) catch .'],
    ['n-path-of-getpath', 'null | [paths], path(getpath(["a","b"]))'],
    ['n-alt-destructure-errors', '[[1,2], {a: 3}] | .[] as [$x, $y] ?// {a: $x} | [$x, $y]'],
    ['n-reduce-nested', 'reduce range(5) as $i ([]; . + [reduce range($i) as $j (0; . + $j)])'],
    ['n-foreach-3-arg-empty', '[foreach range(6) as $i (0; . + $i; if . % 2 == 0 then . else empty end)]'],
    ['n-label-in-reduce', '[label $f | range(10) | if . == 4 then break $f else . end]'],
    ['n-optional-on-error', '[1, "a", null] | map(try (. + 1) catch "e")'],
    ['n-string-multiply-neg', '"abc" * -1, "abc" * 0.1, "ab" * 2.7'],
    ['n-object-multiply-nonobject', 'try ({a: 1} * 2) catch .'],
    ['n-array-index-float', '[10, 20, 30] | .[1.7], .[1.2:2.9]'],
    ['n-array-index-null', '[1, 2] | .[null]?, (null | .[0], .a, .[1:2])'],
    ['n-slice-null', '[range(10)] | .[null:3], .[7:null], .[-2:]'],
    ['n-has-errors', 'try ({} | has(1)) catch ., try ([] | has("a")) catch .'],
    ['n-keys-sorting', '{"b":1, "a":2, "A":3, "1":4, "10":5, "2":6} | keys'],
    ['n-to-entries-order', '{"b":1, "a":2} | to_entries'],
    ['n-unique-by-order', '[{"a":2,"b":1},{"a":1,"b":2},{"a":2,"b":3}] | unique_by(.a), group_by(.a), min_by(.b), max_by(.a)'],
    ['n-sort-by-multiple-outputs', '[{"a":1,"b":3},{"a":1,"b":2},{"a":0,"b":9}] | sort_by(.a, .b)'],
    ['n-ascii-downcase-nonstring', 'try (1 | ascii_downcase) catch .'],
    ['n-test-nonstring-regex', 'try ("abc" | test(1)) catch .'],
    ['n-splits-nonstring', 'try (1 | [splits("a")]) catch .'],
    ['n-tojson-numbers', '[1.0, 1.50, -0.0, 1e2, 0.1] | tojson'],
    ['n-fromjson-error', 'try ("{bad" | fromjson) catch ., try ("[1,2" | fromjson) catch .'],
    ['n-fromjson-multiple', 'try ("1 2" | fromjson) catch .'],
    ['n-error-null-message', 'try error(null) catch ., [.[]?]'],
    ['n-input-no-inputs', 'try input catch .'],
    ['n-recurse-depth', '[{"a":{"a":{"a":null}}} | recurse(.a; . != null)] | length'],
    ['n-recurse-cond', '[10 | recurse(if . > 0 then . - 3 else empty end)]'],
    ['n-env-free-splits', '"a1b2c3" | [splits("[0-9]")]'],
    ['n-ltrimstr-whole', '"abc" | ltrimstr("abc"), rtrimstr("abc"), ltrimstr("abcd")'],
    ['n-min-max-empty', '[] | min, max, add, first?, last'],
    ['n-add-mixed-error', 'try ([1, "a"] | add) catch .'],
    ['n-object-construct-errors', 'try {(1): 2} catch ., try {(null): 1} catch .'],
    ['n-var-in-object-key', '"k" as $k | {$k}, {($k): 2}, {"\\($k)x": 3}'],
    ['n-reduce-var-scope', '[1,2] as [$a] | reduce range(3) as $a (0; . + $a) | [., $a?]'],
    ['n-def-closure-capture', 'def f(g): def h: g; [h, (1 | h)]; 5 | f(. + 1)'],
    ['n-def-recursion-deep', 'def count($n): if $n == 0 then 0 else 1 + count($n - 1) end; count(500)'],
    ['n-def-tail-recursion', 'def r: if . < 10000 then . + 1 | r else . end; 0 | r'],
    ['n-limit-nested', '[limit(3; limit(5; range(100)))], [first(range(10; 0; -1))]'],
    ['n-until-string', '"a" | until(length > 5; . + .)'],
    ['n-repeat-limit', '[limit(4; 1 | repeat(. * 3))]'],
    ['n-getpath-invalid', 'try ({"a":1} | getpath(["a","b"])) catch .'],
    ['n-paths-leaf', '{"a":[{"b":1}], "c":"d"} | [leaf_paths]'],
    ['n-del-multiple-indices', '[0,1,2,3,4,5] | del(.[1,3,5]), del(.[-1]), del(.[10])'],
    ['n-to-from-entries-roundtrip', '{"x":1,"y":[2]} | to_entries | from_entries'],
    ['n-with-entries-rename', '{"a":1,"b":2} | with_entries(.key |= "k_" + .)'],
    ['n-splits-empty-string', '"" | [splits(",")], split(",")'],
    ['n-index-empty', '"abc" | index("c"), indices("b"), ("" | index("a"))'],
    ['n-indices-overlap', '"aaaa" | indices("aa"), ([1,1,1] | indices([1,1]))'],
    ['n-contains-substring-nul', '"foo\\u0000bar" | contains("bar")'],
    ['n-inside-errors', 'try ("a" | inside(["a"])) catch .'],
    ['n-tostring-string-quote', '"\\"" | tostring, tojson, @text, @json'],
    ['n-format-with-array', '[1, "a b", null] | @uri, @html, @base64, @text'],
    ['n-format-base64d-invalid', '"%%%" | try @base64d catch .'],
    ['n-ascii-control-output', '[range(0; 32)] | implode'],
    ['n-unicode-escape-output', '"\\u007f\\u0080\\u00ff\\u2028\\ufeff\\uffff"'],
    ['n-surrogate-escape-input', '"\\ud83d\\ude00 \\ud800 x"'],
    ['n-string-interp-types', '"\\(1)\\("a")\\(null)\\(true)\\([1,{"a":"b"}])"'],
    ['n-comments', '1 # comment here\n+ 2 # more'],
    ['n-keyword-fields', '{"if": 1, "then": 2, "and": 3, "def": 4} | .if, .and, .def?'],
    ['n-field-keywords-obj', '{if: 1, reduce: 2, foreach: 3}'],
    ['n-dollar-field', '{"$a": 1} | ."$a"'],
    ['n-optional-object-construct', '[{a: (1, 2)}, {(("x","y")): 0}]'],
    ['n-generators-in-array-index', '[10, 20, 30] | .[0, 2], .[range(2)]'],
    ['n-object-iter-order', '{"z": 1, "a": 2, "m": 3} | [.[]], keys_unsorted, [to_entries[].key]'],
    ['n-alternative-errors', '(error("x") // 1), ([] | .[0] // "empty"), (.a.b // 3)'],
    ['n-and-or-generators', '[(true, false) and (true, false)], [(true, false) or (true, false)]'],
    ['n-comparison-generator', '[(1, 2) < (2, 1)]'],
    ['n-arith-generators', '[(1, 2) + (10, 20)]'],
    ['n-splits-with-null', 'try ("a" | split(null)) catch .'],
    ['n-ascii', '[65, 97, 48] | map([.] | implode) | add'],
    ['n-getpath-setpath-null', 'null | setpath([]; 1), setpath(["a"]; 1), setpath([0]; 1)'],
    ['n-setpath-negative', 'try ([1] | setpath([-2]; 0)) catch .'],
    ['n-delpaths-order', '{"a":[1,2,3]} | delpaths([["a",0], ["a",2]])'],
    ['n-del-all', '[1,2,3] | del(.[]), ({"a":1} | del(.))'],
    ['n-to-entries-null', 'try (null | to_entries) catch .'],
    ['n-from-entries-null-key', 'try ([{"key": {}, "value": 1}] | from_entries) catch .'],
    ['n-tojson-unicode', '"é😀\\u0000" | tojson'],
    ['n-ltrim-number', '[1, 2] | map(tostring | ltrimstr("1"))'],
    ['n-utf8bytelength-error', 'try (1 | utf8bytelength) catch .'],
    ['n-splits-lookahead', '"a1b2" | [match("(?=[0-9])"; "g") | .offset]'],
    ['n-match-no-match', '"abc" | [match("x"; "g")], (try match("x") catch "none"), test("x")'],
    ['n-capture-no-match', '"abc" | [capture("(?<d>[0-9])")]'],
    ['n-regex-flags-n-s', '("a\\nb" | test("a.b"), test("a.b"; "s")), (["a\\nb" | match("^b"; "g")] | length)'],
    ['n-regex-p-flag', '"A\\nb" | test("a.b"; "is")'],
    ['n-regex-l-flag', '"aaa" | match("a+?"; "l").string, match("a+?").string'],
    ['n-regex-unicode-class', '"naïve café 日本" | [match("\\\\w+"; "g").string]'],
    ['n-gsub-named-multiple', '"2024-01-15" | sub("(?<y>\\\\d+)-(?<m>\\\\d+)-(?<d>\\\\d+)"; "\\(.d)/\\(.m)/\\(.y)")'],
    ['n-gsub-backref-generator', '"ab" | [sub("(?<x>a)"; "1\\(.x)", "2\\(.x)")]'],
    ['n-sub-no-match', '"abc" | sub("x"; "y"), gsub("x"; "y")'],
    ['n-ascii-case-unicode', '"ÀÉ àé" | ascii_downcase, ascii_upcase'],
    ['n-test-array-arg', '"ABC" | test(["b", "i"])'],
    ['n-isvalid-like', '[1, "a", null] | map(try tonumber catch null)'],
    ['n-significand-frexp', '[8, 0.5, 0] | map(frexp), map(significand)'],
    ['n-floor-negative', '[-1.5, -0.5, 0.5, 1.5, 2.5] | map(floor), map(round), map(ceil), map(trunc?)'],
    ['n-pow-log', 'pow(2; 10), pow(2; 0.5), (1 | log), (1 | exp), pow(0; 0), pow(-8; 1/3)'],
    ['n-sqrt-negative', '-4 | sqrt'],
    ['n-tostring-float', '[3.0, 3.5, 1e-10, 1/3, 2e100] | map(tostring)'],
    ['n-tonumber-edge', '["1.0", "-0", "1e400", ".5", "5."] | map(tonumber)'],
    ['n-infinite-arith', 'infinite - infinite | isnan, (infinite * 0 | isnan), (1 / infinite)'],
    ['n-sort-nan', '[3, nan, 1, -infinite] | sort'],
    ['n-ltrimstr-args-generator', '"ab" | [ltrimstr("a", "ab")]'],
    ['n-splits-2', '"a,b;c" | [splits("[,;]"; "g")]'],
    ['n-inputs-empty', '[inputs]'],
    ['n-dollar-args-empty', '$ARGS'],
    ['n-object-dup-keys-construct', '{a: 1, a: 2}, {"a": 1} + {"a": null}'],
    ['n-getpath-generator', '{"a":1,"b":2} | [getpath(["a"], ["b"])]'],
    ['n-path-select', '[1, 5, 3] | [path(.[] | select(. > 2))]'],
    ['n-path-first-last', '[1, 2, 3] | path(first), path(last), path(.[-1])'],
    ['n-paths-of-scalar', '5 | [paths], [path(..)]'],
    ['n-tostream-empty', '[{}, [], [[]]] | [tostream]'],
    ['n-fromstream-partial', '[fromstream(([0], 1), ([1], 2), ([1]) | [.]? // .)]?'],
    ['n-getpath-strings-on-array', 'try ([1] | getpath(["a"])) catch .'],
    ['n-env-free-input-line', '[limit(3; repeat("x"))] | join("")'],
    ['n-error-in-path', 'try path(error("p")) catch .'],
    ['n-update-with-error', 'try ({"a":1} | .a |= error("u")) catch .'],
    ['n-update-nested-null', 'null | .a[1].b |= 5'],
    ['n-assign-from-generator', '{"a": 0} | .a = (1, 2)'],
    ['n-arith-update-generator', '{"a": 1} | .a += (1, 2)'],
    ['n-alt-update', '{"a": null, "b": false, "c": 0} | .a //= 1 | .b //= 2 | .c //= 3'],
    ['n-update-array-all', '[1, 2, 3] | .[] |= . * 10, (.[1:] |= reverse)'],
    ['n-splits-all-chars', '"héllo" | split("")'],
    ['n-min-by-ties', '[{"a":1,"n":"x"},{"a":1,"n":"y"}] | min_by(.a).n, max_by(.a).n'],
    ['n-group-by-mixed', '[1, "1", null, [1], 1, {"a":1}, null] | group_by(.)'],
    ['n-unique-mixed', '[3, "3", 3.0, [3], null, false, null] | unique'],
    ['n-combinations-empty', '[[], [1]] | [combinations]'],
    ['n-walk-keys', '{"B": {"C": 1}} | walk(if type == "object" then with_entries(.key |= ascii_downcase) else . end)'],
    ['n-transpose-objects-error', 'try ([{"a":1}] | transpose) catch .'],
    ['n-flatten-objects', '[{"a":[1]}, [[{"b":2}]]] | flatten'],
    ['n-in-object', '"a" | in({"a": 1}), (0 | in([5]))'],
    ['n-inside-string', '"bar" | inside("foobar")'],
    ['n-any-all-generators', 'any(range(5); . > 3), all(range(5); . < 3), any(empty; .), all(empty; .)'],
    ['n-isempty', 'isempty(empty), isempty(1, error("x"))'],
    ['n-first-error', 'first(1, error("never")), [limit(1; 1, error("never"))]'],
    ['n-splits-capture-groups', '"a-b_c" | split("(-|_)"; null)'],
    ['n-ascii-explode-implode-roundtrip', '"jq ♥ 1.6" | explode | implode'],
    ['n-todate-negative', '-86400 | todate'],
    ['n-mktime-error', 'try ("x" | mktime) catch .'],
    ['n-strftime-error', 'try ("x" | strftime("%Y")) catch .'],
    ['n-gmtime-year', '[0, 951782400, 4102444800] | map(gmtime)'],
    ['n-dateadd', '"2015-03-05T23:51:47Z" | (fromdate + 60 | todate), fromdateiso8601, (1425599507 | todateiso8601)'],
    ['n-splits-newline', '"l1\\nl2\\n" | split("\\n")'],
    ['n-at-formats-on-object', '{"a": "<&>"} | @text, @json, @html'],
    ['n-sh-quote-in-string', '"it\'s" | @sh'],
    ['n-csv-escapes', '["a\\"b", "c,d", "e\\nf", 1.5, false] | @csv'],
    ['n-tsv-escapes', '["a\\tb", "c\\\\d", "e\\nf", "g\\rh", null] | @tsv'],
    ['n-uri-unicode', '"é ü/ø" | @uri'],
    ['n-html-quotes', '"<\'\\">&" | @html'],
    ['n-format-string-types', '[1, null, true] | @csv, @tsv, @sh'],
    ['n-getpath-index-object-with-number', 'try ({"a":1} | .[0]) catch .'],
    ['n-index-array-with-object', 'try ([1] | .[{"a":1}]) catch .'],
    ['n-index-array-with-array', '[1, 2, 1, 2] | .[[1, 2]], .[[2]]'],
    ['n-slice-object-error', 'try ({} | .[1:2]) catch .'],
    ['n-slice-string-negative', '"abcdef" | .[-2:], .[:-2], .[2:1]'],
    ['n-error-in-object-value', 'try {a: error("v")} catch .'],
    ['n-label-break-message', 'label $x | 1, break $x, 2'],
    ['n-def-params-order', 'def f(a; $b): [a, $b]; f(1, 2; 3, 4)'],
    ['n-recursive-generator', 'def r: ., (if . < 3 then . + 1 | r else empty end); [0 | r]'],
    ['n-builtins-length-of-nulls', '[null, true, false] | map(try length catch "err")'],
    ['n-number-to-string-key', '{"1": "a"} | .["1"], (try .[1] catch .)'],
    ['n-splits-unicode', '"α,β,γ" | split(","), [match("β").offset]'],
    ['n-gsub-unicode', '"ααβ" | gsub("α"; "a")'],
    ['n-large-array-ops', '[range(1000)] | add, (map(select(. % 7 == 0)) | length), (reverse | .[0])'],
    ['n-string-repeat-big', '"ab" * 50 | length'],
    ['n-nested-reduce-foreach', '[foreach range(5) as $i (null; $i; [range($i)] | add)]'],
    ['n-has-float-index', '[1, 2] | has(1.5), has(0)'],
    ['n-ascii-keys-unicode', '{"é": 1, "e": 2, "z": 3} | keys'],
  ];
  for (const [name, expr] of EXPRS) {
    add(name, `-n: ${expr.slice(0, 70)}`, (d) => ({ argv: ['-n', ...(d ? ['--indent', '1'] : ['-c']), expr] }));
  }

  return cases;
}
