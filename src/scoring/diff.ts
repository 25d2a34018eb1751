import { createTwoFilesPatch } from 'diff';

/**
 * Shows bytes as text: valid UTF-8 as is, other bytes and control characters escaped, per line
 * (one stray byte does not turn the other lines into escapes). With `escapeBackslash`, a literal
 * backslash is shown as `\\\\`, so that text such as `\\x00` cannot look like an escaped byte.
 */
export function printable(buf: Buffer, opts: { escapeBackslash?: boolean } = {}): string {
  const lines: string[] = [];
  for (let start = 0; start <= buf.length; ) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl === -1 ? buf.length : nl;
    lines.push(printableLine(buf.subarray(start, end), opts.escapeBackslash ?? false));
    start = end + 1;
  }
  return lines.join('\n');
}

function printableLine(buf: Buffer, escapeBackslash: boolean): string {
  const text = buf.toString('utf8');
  const roundTrips = Buffer.from(text, 'utf8').equals(buf);
  const source = roundTrips ? text : buf.toString('latin1');
  return source.replace(/[\x00-\x08\x0b-\x1f\x7f\\]|[\x80-\xff]/g, (c) => {
    if (c === '\\') return escapeBackslash ? '\\\\' : c;
    const code = c.charCodeAt(0);
    if (roundTrips && code >= 0x80) return c;
    return `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** A unified diff of expected against actual, cut to `maxLines` lines. Empty when equal. */
export function unifiedDiff(label: string, expected: Buffer, actual: Buffer, maxLines = 40): string {
  if (expected.equals(actual)) return '';
  let a = printable(expected);
  let b = printable(actual);
  if (a === b) {
    // Different bytes that print the same (a literal "\\x00" against a NUL byte): escape backslashes too.
    a = printable(expected, { escapeBackslash: true });
    b = printable(actual, { escapeBackslash: true });
  }
  const patch = createTwoFilesPatch(`expected/${label}`, `actual/${label}`, a, b, undefined, undefined, { context: 2 });
  const lines = patch.split('\n').filter((l) => !l.startsWith('====='));
  const body = lines.filter((l, i) => !(i === lines.length - 1 && l === ''));
  if (body.length <= maxLines) return body.join('\n');
  return [...body.slice(0, maxLines), `... (${body.length - maxLines} more diff lines)`].join('\n');
}
