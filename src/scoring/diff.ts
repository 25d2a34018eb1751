import { createTwoFilesPatch } from 'diff';

/** Shows bytes as text: valid UTF-8 as is, other bytes and control characters escaped, per line. */
export function printable(buf: Buffer): string {
  const text = buf.toString('utf8');
  const roundTrips = Buffer.from(text, 'utf8').equals(buf);
  const source = roundTrips ? text : buf.toString('latin1');
  return source.replace(/[\x00-\x08\x0b-\x1f\x7f]|[\x80-\xff]/g, (c) => {
    const code = c.charCodeAt(0);
    if (roundTrips && code >= 0x80) return c;
    return `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** A unified diff of expected against actual, cut to `maxLines` lines. Empty when equal. */
export function unifiedDiff(label: string, expected: Buffer, actual: Buffer, maxLines = 40): string {
  if (expected.equals(actual)) return '';
  const a = printable(expected);
  const b = printable(actual);
  const patch = createTwoFilesPatch(`expected/${label}`, `actual/${label}`, a, b, undefined, undefined, { context: 2 });
  const lines = patch.split('\n').filter((l) => !l.startsWith('====='));
  const body = lines.filter((l, i) => !(i === lines.length - 1 && l === ''));
  if (body.length <= maxLines) return body.join('\n');
  return [...body.slice(0, maxLines), `... (${body.length - maxLines} more diff lines)`].join('\n');
}
