// Test-case generator for rev from util-linux 2.38.1 (Debian 12).
// Deterministic: all variation comes from the seeded `rng`.
// Every scenario gives one visible case and one hidden dual that keeps the idea but draws
// other text, lengths, positions and file names.

/** Base64 of byte values (Buffer is a Node global: no import needed). */
function b64(bytes) {
  return Buffer.from(bytes).toString('base64');
}

function utf8(str) {
  const out = [];
  for (const ch of str) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Bytes from parts: a string (UTF-8), a byte value, or an array of byte values. */
function enc(...parts) {
  const out = [];
  for (const p of parts) {
    if (typeof p === 'string') out.push(...utf8(p));
    else if (typeof p === 'number') out.push(p);
    else for (const b of p) out.push(b);
  }
  return out;
}

const bin = (bytes, mode) => (mode === undefined ? { base64: b64(bytes) } : { base64: b64(bytes), mode });
const repeat = (s, n) => new Array(n).fill(s).join('');

const WORDS = [
  'alpha', 'beta', 'gamma', 'delta', 'reverse', 'line', 'character', 'stream', 'buffer', 'input',
  'the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum', 'dolor',
  'sit', 'amet', 'data', 'file', 'output', 'Kernel', 'README', 'main()', 'return', '0x1f', '42',
  'config', 'path=/usr/bin', 'key:value', '#include', 'hello,', 'world!', 'a', 'I', 'rev', 'util-linux',
];
const PALINDROMES = ['racecar', 'level', 'A man a plan a canal Panama', 'never odd or even', 'noon', 'refer',
  'Was it a car or a cat I saw', 'step on no pets', 'kayak', 'madam'];
const UTF8_WORDS = {
  latin: ['Grüße', 'Köln', 'naïve', 'café', 'façade', 'déjà', 'vu', 'Zürich', 'Genève', 'señor', 'Ærø', 'ñandú', 'crème', 'brûlée'],
  greekCyrillic: ['Ελληνικά', 'καλημέρα', 'Привет', 'мир', 'Здравствуйте', 'ёжик', 'λόγος', 'Україна'],
  cjk: ['日本語', 'テキスト', '中文', '漢字', '한국어', 'ひらがな', 'カタカナ', '東京', '北京'],
  emoji: ['🎉', '🚀', '😀', '🐍', '🦀', '🌍', '💾', '🔥', '𝄞', '𝔘𝔫𝔦'],
  symbols: ['½', '¼', '€', '£', '→', '≈', '—', '…', '©', '™', '°C', '±', '∑', '∞'],
  rtl: ['שלום', 'עולם', 'مرحبا', 'بالعالم', 'עברית', 'العربية'],
};
const TXT_NAMES = ['notes.txt', 'readme.txt', 'message', 'poem.txt', 'log.txt', 'words', 'letter.md', 'input.txt',
  'data.csv', 'lines', 'story.txt', 'todo'];

export default function generate({ rng, add, cases }) {
  const word = () => rng.pick(WORDS);
  const words = (lo, hi) => Array.from({ length: rng.int(lo, hi) }, word).join(' ');
  const lines = (lo, hi, wlo = 1, whi = 8) => Array.from({ length: rng.int(lo, hi) }, () => words(wlo, whi));
  const text = (lo = 2, hi = 8) => lines(lo, hi).join('\n') + '\n';
  const letters = (n, alphabet = 'abcdefghijklmnopqrstuvwxyz') => rng.string(n, alphabet);
  const uword = (kind) => rng.pick(UTF8_WORDS[kind]);
  const names = (n) => rng.shuffle(TXT_NAMES).slice(0, n);
  const name = () => rng.pick(TXT_NAMES);



  // helpers building a case
  const onStdin = (data, argv = [], env) => ({ argv, stdin: typeof data === 'string' ? data : bin(data), ...(env ? { env } : {}) });
  const onFile = (data, argv = [], env) => {
    const f = name();
    return { argv: [...argv, f], files: { [f]: typeof data === 'string' ? data : bin(data) }, ...(env ? { env } : {}) };
  };
  const onFiles = (datas, argv = []) => {
    const ns = names(datas.length);
    const files = {};
    datas.forEach((d, i) => { files[ns[i]] = typeof d === 'string' ? d : bin(d); });
    return { argv: [...argv, ...ns], files };
  };

  // ---------------------------------------------------------------- plain text on stdin
  add('stdin-words', 'several lines of words from stdin', () => onStdin(text(3, 9)));
  add('stdin-single-line', 'a single line', () => onStdin(words(3, 12) + '\n'));
  add('stdin-one-word', 'a single word', () => onStdin(word() + '\n'));
  add('stdin-single-char-lines', 'lines of one character each', () =>
    onStdin(Array.from({ length: rng.int(3, 9) }, () => letters(1, 'abcxyz019.#')).join('\n') + '\n'));
  add('stdin-two-char-lines', 'lines of two characters', () =>
    onStdin(Array.from({ length: rng.int(3, 9) }, () => letters(2, 'abcdxyz0123')).join('\n') + '\n'));
  add('stdin-blank-lines', 'empty lines between text lines', () =>
    onStdin(lines(3, 6).map((l) => l + repeat('\n', rng.int(1, 3))).join('')));
  add('stdin-leading-trailing-spaces', 'spaces at both ends of lines', () =>
    onStdin(lines(3, 6).map((l) => repeat(' ', rng.int(0, 4)) + l + repeat(' ', rng.int(1, 5))).join('\n') + '\n'));
  add('stdin-spaces-only', 'lines made only of spaces', () =>
    onStdin(Array.from({ length: rng.int(2, 5) }, () => repeat(' ', rng.int(1, 9))).join('\n') + '\nx\n'));
  add('stdin-punctuation', 'brackets, quotes and punctuation', () =>
    onStdin(Array.from({ length: rng.int(3, 6) }, () => letters(rng.int(5, 30), '()[]{}<>"\'`,.;:!?-_/\\|@#$%^&*+=~')).join('\n') + '\n'));
  add('stdin-palindromes', 'palindromes next to ordinary words', () =>
    onStdin(rng.shuffle(PALINDROMES).slice(0, 4).concat(lines(1, 2)).join('\n') + '\n'));
  add('stdin-numbers', 'numbers and dates', () =>
    onStdin(Array.from({ length: rng.int(3, 7) }, () => `${rng.int(1, 99999)} ${rng.int(1990, 2030)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')} ${rng.int(0, 999)}.${rng.int(0, 99)}`).join('\n') + '\n'));
  add('stdin-code', 'source code lines', () =>
    onStdin(rng.pick(['int main(void) {\n\treturn 0;\n}\n', 'def f(x):\n    return x[::-1]\n', 'for i in $(seq 1 10); do echo "$i"; done\n',
      'SELECT name FROM users WHERE id = 42;\n', '<a href="https://example.com/">link</a>\n']) + text(1, 3)));
  add('stdin-ascii-printable', 'every printable ASCII character, shuffled', () => {
    const all = [];
    for (let c = 0x20; c < 0x7f; c++) all.push(String.fromCharCode(c));
    const s = rng.shuffle(all).join('');
    const cut = rng.int(20, 70);
    return onStdin(s.slice(0, cut) + '\n' + s.slice(cut) + '\n');
  });
  add('stdin-random-ascii', 'random printable ASCII lines of random lengths', () =>
    onStdin(Array.from({ length: rng.int(5, 15) }, () => letters(rng.int(0, 80), ' !"#$%&()*+,-./0123456789:;<=>?@ABCXYZabcxyz[]^_{|}~')).join('\n') + '\n'));
  add('stdin-many-lines', 'hundreds of short lines', () =>
    onStdin(Array.from({ length: rng.int(300, 700) }, (_, i) => `${i + 1}: ${words(1, 4)}`).join('\n') + '\n'));
  add('stdin-no-trailing-newline', 'the last line has no newline: none is added', () =>
    onStdin(lines(1, 4).join('\n') + '\n' + words(1, 5)));
  add('stdin-one-line-no-newline', 'a single line without a newline', () => onStdin(words(1, 6)));
  add('stdin-one-char', 'a single character and no newline', () => onStdin(letters(1, 'abcdefxyz')));
  add('stdin-only-newlines', 'only newlines: output equals input', () => onStdin(repeat('\n', rng.int(1, 9))));
  add('stdin-empty', 'empty input: no output at all', (v) => (v === 0 ? { argv: [] } : { argv: ['empty.txt'], files: { 'empty.txt': '' } }));
  add('stdin-double-dash', '-- and no file: stdin is read', () => onStdin(text(2, 4), ['--']));

  // ---------------------------------------------------------------- files
  add('file-one', 'one file argument', () => onFile(text(3, 8)));
  add('file-one-no-newline', 'a file whose last line has no newline', () => onFile(lines(1, 4).join('\n')));
  add('file-two', 'two files, output one after the other', () => onFiles([text(2, 5), text(2, 5)]));
  add('file-three', 'three files', () => onFiles([text(1, 4), text(1, 4), text(1, 4)]));
  add('file-many', 'six files', () => onFiles(Array.from({ length: 6 }, () => text(1, 3))));
  add('file-no-newline-then-next', 'a file without final newline runs into the next file\'s output', () =>
    onFiles([lines(1, 3).join('\n') + '\n' + words(1, 3), text(1, 3)]));
  add('file-two-no-newline', 'two files, neither ends in a newline', () =>
    onFiles([words(1, 4), lines(1, 3).join('\n')]));
  add('file-empty', 'an empty file: no output', () => onFile(''));
  add('file-empty-among-others', 'an empty file between two others', () => onFiles([text(1, 3), '', text(1, 3)]));
  add('file-same-twice', 'the same file named twice', () => {
    const f = name();
    return { argv: [f, f], files: { [f]: text(2, 4) } };
  });
  add('file-only-newlines', 'a file of empty lines', () => onFile(repeat('\n', rng.int(2, 8))));
  add('file-subdir', 'a file in a subdirectory', () => {
    const f = rng.pick(['sub/in.txt', 'a/b/c.txt', 'dir/file', 'nested/deep/x.txt']);
    return { argv: [f], files: { [f]: text(2, 4) } };
  });
  add('file-name-with-spaces', 'a file name with spaces', () => {
    const f = rng.pick(['my file.txt', 'a b c', 'two words', 'x y.txt']);
    return { argv: [f], files: { [f]: text(2, 4) } };
  });
  add('file-name-leading-dash', 'a file named like an option, after --', () => {
    const f = rng.pick(['-x.txt', '-n', '-file', '-0']);
    return { argv: ['--', f], files: { [f]: text(2, 4) } };
  });
  add('file-name-utf8', 'a file name with non-ASCII letters', () => {
    const f = rng.pick(['café.txt', 'Grüße', '日本.txt', 'ñandú']);
    return { argv: [f], files: { [f]: text(2, 4) } };
  });
  add('file-after-double-dash', 'files after --', () => onFiles([text(1, 3), text(1, 3)], ['--']));
  add('file-ignores-stdin', 'with a file argument, stdin is not read', () => ({ ...onFile(text(2, 4)), stdin: text(1, 3) }));
  add('file-large', 'a file of a few hundred lines', () =>
    onFile(Array.from({ length: rng.int(200, 400) }, () => words(2, 12)).join('\n') + '\n'));
  add('file-and-stdin-name', 'a file named stdin', () => ({ argv: ['stdin'], files: { stdin: text(2, 4) } }));

  // ---------------------------------------------------------------- long lines
  const longLine = (n) => letters(n, 'abcdefghijklmnopqrstuvwxyz0123456789 ');
  add('long-3000', 'a line of a few thousand characters', () => onStdin(longLine(rng.int(2500, 4000)) + '\n'));
  add('long-8191', 'a line of exactly 8191 characters plus newline', (v) =>
    (v === 0 ? onStdin(longLine(8191) + '\n') : onFile(longLine(8191) + '\n' + text(1, 2))));
  add('long-8192', 'a line of exactly 8192 characters plus newline', (v) =>
    (v === 0 ? onStdin(longLine(8192) + '\n') : onFile(text(1, 2) + longLine(8192) + '\n')));
  add('long-8193', 'a line of 8193 characters', (v) =>
    (v === 0 ? onStdin(longLine(8193) + '\n') : onFile(longLine(8193) + '\n' + longLine(8190) + '\n')));
  add('long-10000', 'a line of about ten thousand characters', () => onFile(longLine(rng.int(9000, 12000)) + '\n'));
  add('long-30000', 'a line of tens of thousands of characters', () => onFile(longLine(rng.int(20000, 40000)) + '\n'));
  add('long-mixed', 'long and short lines mixed', () => {
    const ls = [];
    for (let i = 0; i < rng.int(4, 7); i++) ls.push(rng.chance(0.5) ? longLine(rng.int(5000, 20000)) : words(1, 5));
    return onFile(ls.join('\n') + '\n');
  });
  add('long-no-newline', 'a long last line without newline', () => onStdin(text(1, 2) + longLine(rng.int(8500, 17000))));
  add('long-utf8', 'a long line of multibyte characters', () => {
    let s = '';
    const n = rng.int(8300, 9500);
    const pool = ['é', 'ж', 'λ', '日', '本', '€', '🎉', 'a', ' '];
    for (let i = 0; i < n; i++) s += rng.pick(pool);
    return onFile(s + '\n' + words(1, 4) + '\n');
  });
  add('long-then-short', 'short lines after a long one', () =>
    onStdin(longLine(rng.int(16400, 20000)) + '\n' + text(3, 6)));
  add('long-across-files', 'a long line in one file, short lines in the next', () =>
    onFiles([longLine(rng.int(9000, 20000)) + '\n', text(2, 4)]));
  add('long-crlf', 'a long line ending in CRLF', () => onStdin(longLine(rng.int(8200, 9000)) + '\r\n' + words(1, 3) + '\r\n'));

  // ---------------------------------------------------------------- CR, tabs, control characters
  const crlf = () => lines(2, 6).join('\r\n') + '\r\n';
  add('crlf-stdin', 'CRLF line ends: the CR is reversed to the front', () => onStdin(crlf()));
  add('crlf-file', 'a file with CRLF line ends', () => onFile(crlf()));
  add('crlf-no-final', 'CRLF lines, the last without line end', () => onStdin(lines(2, 4).join('\r\n')));
  add('cr-only', 'CR-only line ends (one single line)', () => onStdin(lines(3, 5).join('\r') + '\r\n'));
  add('cr-mid-line', 'a carriage return inside lines', () =>
    onStdin(Array.from({ length: rng.int(2, 4) }, () => words(1, 3) + '\r' + words(1, 3)).join('\n') + '\n'));
  add('tabs', 'tabs between words', () =>
    onStdin(Array.from({ length: rng.int(2, 6) }, () => Array.from({ length: rng.int(2, 5) }, word).join('\t')).join('\n') + '\n'));
  add('tabs-leading', 'leading and trailing tabs', () =>
    onFile(lines(2, 5).map((l) => repeat('\t', rng.int(1, 3)) + l + repeat('\t', rng.int(0, 2))).join('\n') + '\n'));
  add('control-chars', 'ASCII control characters and DEL', () => {
    const ls = [];
    for (let i = 0; i < rng.int(3, 6); i++) {
      const b = [];
      for (let j = 0; j < rng.int(3, 20); j++) b.push(rng.chance(0.4) ? rng.pick([1, 2, 3, 7, 8, 11, 12, 14, 27, 31, 127]) : rng.int(0x61, 0x7a));
      ls.push(b);
    }
    return onStdin(ls.flatMap((l) => [...l, 10]));
  });
  add('escape-sequences', 'ANSI color escape sequences', () =>
    onStdin(Array.from({ length: rng.int(2, 4) }, () => `\x1b[${rng.pick(['31', '1;32', '0', '7'])}m${words(1, 3)}\x1b[0m`).join('\n') + '\n'));
  add('formfeed-vtab', 'form feed and vertical tab are ordinary characters', () =>
    onStdin(lines(2, 4).map((l) => l.replace(' ', rng.pick(['\f', '\v']))).join('\n') + '\n'));
  add('backspace', 'backspace sequences (overstrike)', () =>
    onStdin(Array.from({ length: rng.int(2, 4) }, () => letters(rng.int(3, 8)).split('').map((c) => c + '\b' + c).join('')).join('\n') + '\n'));

  // ---------------------------------------------------------------- NUL bytes
  const az = (lo, hi) => letters(rng.int(lo, hi));
  add('nul-mid-line', 'a NUL cuts the line there and the next line is read onto its end', () =>
    onStdin(enc(az(2, 8), 0, az(2, 8), '\n', az(2, 8), '\n', az(1, 6), '\n')));
  add('nul-line-start', 'a line starting with NUL gives no output at all', () =>
    onStdin(enc(az(2, 8), '\n', 0, az(1, 8), '\n', az(2, 8), '\n')));
  add('nul-before-newline', 'a NUL just before the newline joins the line to the next', () =>
    onStdin(enc(az(2, 8), 0, '\n', az(2, 8), '\n')));
  add('nul-last-line', 'a NUL in the last line: no newline is written', () =>
    onStdin(enc(az(2, 8), '\n', az(2, 8), 0, az(0, 4), '\n')));
  add('nul-several-per-line', 'several NULs in one line', () =>
    onStdin(enc(az(1, 5), 0, az(1, 5), 0, az(1, 5), '\n', az(2, 6), '\n', az(2, 6), '\n')));
  add('nul-chain', 'NULs in consecutive lines join them all', () =>
    onFile(enc(az(1, 4), 0, az(1, 4), '\n', az(1, 4), 0, '\n', az(1, 4), 0, az(1, 3), '\n', az(2, 5), '\n', az(2, 5), '\n')));
  add('nul-only-lines', 'lines holding only a NUL are dropped', () =>
    onStdin(enc(az(2, 6), '\n', 0, '\n', az(2, 6), '\n', 0, '\n', 0, 0, '\n', az(2, 6), '\n')));
  add('nul-file-then-next', 'a NUL in the last line of a file: the next file starts afresh', () => {
    const [a, b] = names(2);
    return { argv: [a, b], files: { [a]: bin(enc(az(2, 6), '\n', az(2, 6), 0, az(1, 4), '\n')), [b]: text(1, 3) } };
  });
  add('nul-at-eof', 'a NUL as the last byte', () => onFile(enc(text(1, 3), az(1, 6), 0)));
  add('nul-crlf', 'a NUL before CRLF', () => onStdin(enc(az(2, 6), 0, '\r\n', az(2, 6), '\r\n')));
  add('nul-utf8', 'a NUL among multibyte characters', () =>
    onStdin(enc(uword('latin'), 0, uword('cjk'), '\n', uword('greekCyrillic'), ' ', uword('emoji'), '\n')));
  add('nul-random', 'random mix of letters, NULs and newlines', () => {
    const b = [];
    for (let i = 0; i < rng.int(60, 160); i++) b.push(rng.chance(0.1) ? 0 : rng.chance(0.15) ? 10 : rng.int(0x61, 0x66));
    b.push(10);
    return onStdin(b);
  });
  add('nul-long-line', 'a NUL in a line longer than 8191 characters', () =>
    onFile(enc(az(1, 3), 0, longLine(rng.int(8200, 9000)), '\n', az(3, 8), '\n')));
  add('nul-then-invalid', 'a NUL-cut line followed by an invalid byte in the next line', () =>
    onStdin(enc(az(1, 3), 0, az(2, 4), '\n', az(1, 6), rng.pick([0xff, 0x80, 0xfe]), az(0, 3), '\n')));

  // ---------------------------------------------------------------- UTF-8 text
  const utext = (kinds, lo = 2, hi = 5) => Array.from({ length: rng.int(lo, hi) },
    () => Array.from({ length: rng.int(1, 5) }, () => uword(rng.pick(kinds))).join(' ')).join('\n') + '\n';
  add('utf8-latin', 'accented Latin letters (two-byte UTF-8)', () => onStdin(utext(['latin'])));
  add('utf8-greek-cyrillic', 'Greek and Cyrillic', () => onStdin(utext(['greekCyrillic'])));
  add('utf8-cjk', 'CJK characters (three-byte UTF-8)', () => onStdin(utext(['cjk'])));
  add('utf8-emoji', 'emoji and other four-byte characters', () => onStdin(utext(['emoji', 'latin'])));
  add('utf8-symbols', 'currency signs, arrows and other symbols', () => onStdin(utext(['symbols'])));
  add('utf8-mixed', 'all scripts mixed with ASCII', () => onFile(utext(['latin', 'greekCyrillic', 'cjk', 'emoji', 'symbols', 'rtl'], 4, 8)));
  add('utf8-rtl', 'Hebrew and Arabic', () => onStdin(utext(['rtl'])));
  add('utf8-combining', 'combining accents are reversed as characters of their own', () =>
    onStdin(Array.from({ length: rng.int(2, 4) }, () => letters(rng.int(2, 5)) + rng.pick(['e\u0301', 'a\u0308', 'n\u0303', 'o\u0302\u0323']) + letters(rng.int(1, 4))).join('\n') + '\n'));
  add('utf8-zwj', 'emoji joined with zero-width joiners and skin tones', () =>
    onStdin(rng.pick(['👨‍👩‍👧', '👩🏽‍💻', '🏳️‍🌈', '👍🏿']) + ' ' + words(1, 3) + '\n' + rng.pick(['🇩🇪', '🇯🇵', '🇫🇷']) + '\n'));
  add('utf8-bom', 'a byte-order mark is an ordinary character', () => onFile('\ufeff' + text(2, 4)));
  add('utf8-no-newline', 'multibyte text without final newline', () => onStdin(utext(['latin', 'cjk']).trimEnd()));
  add('utf8-boundaries', 'characters at the edges of the 1-4 byte encodings', () =>
    onStdin(rng.shuffle(['\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\ufffd', '\u{10000}', '\u{10ffff}', 'x']).join('') + '\n'));
  add('utf8-noncharacters', 'U+FFFE and U+FFFF are accepted', () =>
    onStdin(enc(az(1, 3), [0xef, 0xbf, 0xbe], az(1, 3), [0xef, 0xbf, 0xbf], '\n')));
  add('utf8-beyond-unicode', 'four-byte sequences above U+10FFFF are accepted by glibc', (v) =>
    onStdin(enc(az(1, 4), v === 0 ? [0xf4, 0x90, 0x80, 0x80] : [0xf7, 0xbf, 0xbf, 0xbf], az(1, 4), '\n')));
  add('utf8-five-six-byte', 'five- and six-byte sequences are accepted by glibc', (v) =>
    onStdin(enc(az(1, 3), v === 0 ? [0xf8, 0x88, 0x80, 0x80, 0x80] : [0xfb, 0xbf, 0xbf, 0xbf, 0xbf], az(1, 3),
      v === 0 ? [0xfc, 0x84, 0x80, 0x80, 0x80, 0x80] : [0xfd, 0xbf, 0xbf, 0xbf, 0xbf, 0xbf], '\n')));
  add('utf8-random-bmp', 'random BMP characters', () => {
    let s = '';
    for (let i = 0; i < rng.int(40, 120); i++) {
      let c = rng.int(0xa0, 0xfffd);
      if (c >= 0xd800 && c <= 0xdfff) c -= 0x1000;
      s += rng.chance(0.1) ? '\n' : String.fromCodePoint(c);
    }
    return onStdin(s + '\n');
  });
  add('utf8-random-astral', 'random characters above U+FFFF', () => {
    let s = '';
    for (let i = 0; i < rng.int(20, 60); i++) s += rng.chance(0.1) ? '\n' : String.fromCodePoint(rng.int(0x10000, 0x10fffd));
    return onFile(s + '\n');
  });
  add('utf8-fullwidth', 'fullwidth forms', () => onStdin('ＡＢＣ ' + words(1, 3) + ' ｘｙｚ\n'));

  // ---------------------------------------------------------------- invalid and incomplete UTF-8
  add('invalid-first-line', 'an invalid byte in the first line: nothing is written, error names 0 lines', () =>
    onStdin(enc(az(1, 6), rng.pick([0xff, 0xfe, 0x80, 0xc0]), az(1, 6), '\n', text(1, 3))));
  add('invalid-later-line', 'an invalid byte after some lines: error names the lines written', () =>
    onStdin(enc(text(2, 6), az(1, 6), 0xff, az(1, 6), '\n', text(1, 3))));
  add('invalid-many-lines', 'an invalid byte after many lines', () =>
    onStdin(enc(Array.from({ length: rng.int(100, 200) }, () => words(1, 3)).join('\n'), '\n', 0xfe, '\n')));
  add('invalid-file-among-others', 'an invalid file among others: the rest are still reversed, exit 1', () =>
    onFiles([text(1, 3), enc(text(1, 3), az(1, 4), 0xff, '\n', text(1, 2)), text(1, 3)]));
  add('invalid-two-files', 'errors in two files: line numbers restart per file', () =>
    onFiles([enc(text(2, 4), 0x80, '\n'), enc(text(1, 3), az(1, 4), 0xff, '\n')]));
  add('invalid-lone-continuation', 'a continuation byte without a lead byte', () =>
    onStdin(enc(text(1, 3), az(1, 4), rng.int(0x80, 0xbf), az(1, 4), '\n')));
  add('invalid-overlong', 'overlong encodings are rejected', (v) =>
    onStdin(enc(text(1, 2), az(1, 4), v === 0 ? [0xc0, 0xaf] : [0xe0, 0x80, 0xaf], '\n')));
  add('invalid-surrogate', 'UTF-16 surrogates encoded in UTF-8 are rejected', () =>
    onStdin(enc(text(1, 2), az(1, 4), [0xed, rng.int(0xa0, 0xbf), 0x80], '\n')));
  add('invalid-fe-ff', 'bytes 0xFE and 0xFF never occur in UTF-8', () =>
    onFile(enc(text(1, 3), rng.pick([0xfe, 0xff]), az(1, 4), '\n')));
  add('invalid-truncated-mid-line', 'a multibyte sequence cut short by an ASCII byte', () =>
    onStdin(enc(text(1, 2), az(1, 4), rng.pick([[0xe2, 0x82], [0xc3], [0xf0, 0x9f, 0x8e]]), az(1, 4), '\n')));
  add('invalid-latin1', 'Latin-1 text is not UTF-8', () =>
    onStdin(enc(text(1, 2), rng.pick(['caf', 'na', 'Gr']), rng.pick([0xe9, 0xef, 0xfc]), az(1, 3), '\n')));
  add('invalid-random-binary', 'random binary data', () => onStdin(Array.from(rng.bytes(rng.int(100, 300)))));
  add('incomplete-at-eof', 'an incomplete character at the very end after text is silently dropped', () =>
    onStdin(enc(text(1, 3), az(1, 5), rng.pick([[0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98]]))));
  add('incomplete-only', 'input that is only an incomplete character is an error', (v) =>
    onStdin(v === 0 ? [0xc3] : [0xe2, 0x82]));
  add('incomplete-after-newline', 'an incomplete character after the last newline is dropped', () =>
    onFile(enc(text(1, 3), rng.pick([[0xc3], [0xe2, 0x82], [0xf0, 0x9f]]))));
  add('incomplete-own-block', 'an incomplete character alone in the last 4096-byte block of a file is an error', () => {
    const ls = [];
    let len = 0;
    while (len < 4096) { const l = words(1, 8); ls.push(l); len += l.length + 1; }
    const body = enc(ls.join('\n') + '\n').slice(0, 4095);
    body.push(10);
    return onFile([...body, ...rng.pick([[0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98]])]);
  });
  add('invalid-in-long-line', 'an invalid byte after the first 8191 characters of a line', () =>
    onStdin(enc(longLine(rng.int(8300, 9000)), 0xff, az(1, 10), '\n', text(1, 2))));

  // ---------------------------------------------------------------- locale
  add('locale-c-ascii', 'LC_ALL=C with ASCII text works as usual', () => onStdin(text(2, 5), [], { LC_ALL: 'C' }));
  add('locale-c-utf8-input', 'LC_ALL=C: bytes above 0x7F are errors', () =>
    onStdin(enc(text(1, 3), utext(['latin', 'cjk'], 1, 2)), [], { LC_ALL: 'C' }));
  add('locale-posix', 'LC_ALL=POSIX with non-ASCII text', () =>
    onFile(enc(text(1, 2), uword('latin'), '\n'), [], { LC_ALL: 'POSIX' }));
  add('locale-c-utf8-alias', 'LC_ALL=C.utf8 is the same locale as C.UTF-8', () =>
    onStdin(utext(['latin', 'emoji']), [], { LC_ALL: 'C.utf8' }));
  add('locale-unknown', 'an unknown locale falls back to C', (v) =>
    onStdin(enc(text(1, 2), uword('greekCyrillic'), '\n'), [], { LC_ALL: v === 0 ? 'xx_XX.UTF-8' : 'qq_QQ.utf8' }));
  add('locale-c-nul-crlf', 'LC_ALL=C with NULs and CRLF', () =>
    onStdin(enc(az(2, 5), 0, az(1, 4), '\r\n', az(2, 6), '\r\n'), [], { LC_ALL: 'C' }));
  add('locale-c-files', 'LC_ALL=C: a UTF-8 file fails, an ASCII file after it works', () => ({
    ...onFiles([enc(text(1, 2), uword('cjk'), '\n'), text(1, 3)]), env: { LC_ALL: 'C' },
  }));
  add('locale-c-long', 'LC_ALL=C with a long line', () => onStdin(longLine(rng.int(8500, 10000)) + '\n', [], { LC_ALL: 'C' }));

  // ---------------------------------------------------------------- options
  add('opt-help-long', '--help', (v) => (v === 0 ? { argv: ['--help'] } : { argv: ['--help'], stdin: text(1, 2) }));
  add('opt-help-short', '-h', (v) => (v === 0 ? { argv: ['-h'] } : { argv: ['-h'], stdin: text(1, 2) }));
  add('opt-version-long', '--version', (v) => (v === 0 ? { argv: ['--version'] } : { argv: ['--version'], stdin: text(1, 2) }));
  add('opt-version-short', '-V', (v) => (v === 0 ? { argv: ['-V'] } : { argv: ['-V'], stdin: text(1, 2) }));
  add('opt-help-abbrev', 'an abbreviated --help', (v) => ({ argv: [v === 0 ? '--he' : rng.pick(['--h', '--hel'])] }));
  add('opt-version-abbrev', 'an abbreviated --version', (v) => ({ argv: [v === 0 ? '--vers' : rng.pick(['--v', '--ver', '--versio'])] }));
  add('opt-help-with-files', '-h with file arguments: the files are not read', () => ({ argv: ['-h', 'missing.txt', name()] }));
  add('opt-help-after-file', '--help after a file: options are found anywhere', () => {
    const c = onFile(text(1, 2));
    return { ...c, argv: [...c.argv, '--help'] };
  });
  add('opt-version-after-file', '-V after a file', () => {
    const c = onFile(text(1, 2));
    return { ...c, argv: [...c.argv, '-V'] };
  });
  add('opt-help-then-version', '-h before -V: the first wins', (v) => ({ argv: v === 0 ? ['-h', '-V'] : ['--help', '--version'] }));
  add('opt-version-then-help', '-V before -h: the first wins', (v) => ({ argv: v === 0 ? ['-V', '-h'] : ['--version', '-h'] }));
  add('opt-cluster-hV', '-hV in one argument', (v) => ({ argv: [v === 0 ? '-hV' : '-hh'] }));
  add('opt-cluster-Vh', '-Vh in one argument', (v) => ({ argv: [v === 0 ? '-Vh' : '-VV'] }));
  add('opt-cluster-help-invalid', '-h followed by an unknown letter in one argument', (v) => ({ argv: [v === 0 ? '-hx' : '-h0'] }));
  add('opt-cluster-invalid-help', 'an unknown letter before h in one argument', (v) => ({ argv: [v === 0 ? '-xh' : '-0V'] }));
  add('opt-zero-short', '-0 is not an option of this version', (v) => ({ ...onStdin(enc(az(2, 5), 0, az(2, 5), 0)), argv: v === 0 ? ['-0'] : ['-0', name()] }));
  add('opt-zero-long', '--zero is not an option of this version', (v) => ({ ...onStdin(text(1, 2)), argv: v === 0 ? ['--zero'] : ['--zero', '--'] }));
  add('opt-unknown-short', 'an unknown short option', () => ({ ...onStdin(text(1, 2)), argv: [rng.pick(['-n', '-r', '-s', '-v', '-q', '-c', '-l'])] }));
  add('opt-unknown-long', 'an unknown long option', () => ({ ...onStdin(text(1, 2)), argv: [rng.pick(['--reverse', '--null', '--verbose', '--lines', '--quiet', '--bytes'])] }));
  add('opt-long-with-arg', '--help=value: no argument allowed', (v) => ({ argv: [v === 0 ? '--help=yes' : '--hel=1'] }));
  add('opt-version-with-arg', '--version=value: no argument allowed', (v) => ({ argv: [v === 0 ? '--version=2' : '--ver='] }));
  add('opt-unknown-long-with-arg', 'an unknown long option with =value', (v) => ({ argv: [v === 0 ? '--foo=bar' : '--width=80'] }));
  add('opt-ambiguous-empty-name', '--=value matches every long option', (v) => ({ argv: [v === 0 ? '--=x' : '--='] }));
  add('opt-triple-dash', '--- is an unknown long option', (v) => ({ argv: [v === 0 ? '---' : '---help'] }));
  add('opt-error-before-files', 'an unknown option after files: nothing is read', () => ({ ...onFile(text(1, 3)), argv: [name(), rng.pick(['-x', '--bad'])] }));
  add('opt-double-dash-then-option', 'after --, -h is a file name', (v) => ({ argv: ['--', v === 0 ? '-h' : '--version'] }));
  add('opt-double-dash-twice', 'a second -- is a file name', () => ({ ...onFile(text(1, 2)), argv: ['--', '--', name()] }));
  add('opt-posixly-correct', 'POSIXLY_CORRECT: options after a file are file names', () => {
    const c = onFile(text(1, 3));
    return { ...c, argv: [...c.argv, rng.pick(['-h', '-V', '--help'])], env: { POSIXLY_CORRECT: '1' } };
  });
  add('opt-posixly-correct-first', 'POSIXLY_CORRECT: an option before the files still counts', () => {
    const c = onFile(text(1, 3));
    return { ...c, argv: [rng.pick(['-h', '-V']), ...c.argv], env: { POSIXLY_CORRECT: '1' } };
  });
  add('opt-dash-file', '- is not standard input here: a file named - is looked for', (v) => ({ argv: ['-'], stdin: v === 0 ? text(1, 2) : '' }));
  add('opt-dash-and-file', '- among real files', () => {
    const c = onFiles([text(1, 2), text(1, 2)]);
    return { ...c, argv: [c.argv[0], '-', c.argv[1]] };
  });
  add('opt-dash-named-file', 'a real file named -', () => ({ argv: ['-'], files: { '-': text(1, 3) }, stdin: text(1, 2) }));
  add('opt-empty-arg', 'an empty file name', () => ({ ...onStdin(text(1, 2)), argv: [''] }));
  add('opt-short-nonascii', 'a non-ASCII short option letter', (v) => ({ argv: [v === 0 ? '-é' : '-ß'] }));
  add('opt-long-nonascii', 'a non-ASCII long option', (v) => ({ argv: [v === 0 ? '--hélp' : '--ümlaut'] }));

  // ---------------------------------------------------------------- errors and exit status
  add('err-missing', 'a missing file', () => ({ argv: [name()] }));
  add('err-missing-then-ok', 'a missing file, then a good one: exit 1', () => {
    const c = onFile(text(1, 3));
    return { ...c, argv: ['nosuch.txt', ...c.argv] };
  });
  add('err-ok-then-missing', 'a good file, then a missing one', () => {
    const c = onFile(text(1, 3));
    return { ...c, argv: [...c.argv, rng.pick(['gone', 'missing.txt', 'x'])] };
  });
  add('err-all-missing', 'several missing files', () => ({ argv: names(rng.int(2, 4)) }));
  add('err-unreadable', 'a file without read permission', () => {
    const f = name();
    return { argv: [f], files: { [f]: { text: text(1, 2), mode: 0 } } };
  });
  add('err-unreadable-among-others', 'an unreadable file between readable ones', () => {
    const [a, b, c] = names(3);
    return { argv: [a, b, c], files: { [a]: text(1, 2), [b]: { text: text(1, 2), mode: 0 }, [c]: text(1, 2) } };
  });
  add('err-directory', 'a directory: opened, but reading fails', (v) => {
    const d = v === 0 ? rng.pick(['dir', 'sub']) : rng.pick(['folder', 'tmp']);
    return { argv: [d], files: { [d]: { dir: true } } };
  });
  add('err-directory-among-others', 'a directory between files', () => {
    const [a, b] = names(2);
    return { argv: [a, 'adir', b], files: { [a]: text(1, 3), adir: { dir: true }, [b]: text(1, 3) } };
  });
  add('err-directory-slash', 'a directory given with a trailing slash', () => ({ argv: ['d/'], files: { d: { dir: true }, 'd/inner.txt': text(1, 2) } }));
  add('err-missing-dir', 'a file in a missing directory', () => ({ argv: [rng.pick(['nodir/x.txt', 'a/b/c'])] }));
  add('err-not-a-directory', 'a path through a regular file', () => {
    const f = name();
    return { argv: [f + '/x'], files: { [f]: text(1, 2) } };
  });
  add('err-name-too-long', 'a file name longer than 255 bytes', () => ({ argv: [letters(rng.int(256, 300))] }));
  add('err-name-with-newline', 'a missing file whose name holds a newline', () => ({ argv: [word() + '\n' + word()] }));
  add('err-mixed', 'missing, directory, invalid and good files together', () => {
    const [a, b] = names(2);
    return {
      argv: rng.shuffle(['missing.txt', 'adir', a, b]),
      files: { adir: { dir: true }, [a]: bin(enc(text(1, 2), 0xff, '\n')), [b]: text(1, 3) },
    };
  });
  add('err-stdin-and-missing', 'a missing file: stdin is not read instead', () => ({ ...onStdin(text(1, 3)), argv: [name()] }));

  return cases;
}
