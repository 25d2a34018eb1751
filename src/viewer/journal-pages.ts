import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** One journal event as the viewer sends it: its byte offset in the file, and the event. */
export interface PagedEvent {
  offset: number;
  event: unknown;
}

export interface JournalPage {
  events: PagedEvent[];
  /** Byte offset of the next event, or null at the end of the file as it is now. */
  next: number | null;
  /** File size when read. */
  size: number;
}

const CHUNK = 1 << 20;

/** Long strings inside an event (tool outputs, file contents) are cut for the page; the full event is one request away. */
export function trimStrings(v: unknown, max: number): unknown {
  if (typeof v === 'string') return v.length > max ? `${v.slice(0, max)}\n… [${(v.length - max).toLocaleString('en-US')} more characters: open the event to see all]` : v;
  if (Array.isArray(v)) return v.map((x) => trimStrings(x, max));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trimStrings(x, max)]));
  return v;
}

/**
 * Reads up to `limit` whole lines starting at byte `from`, touching only the bytes it needs, so
 * the first page of a gigabyte journal costs the same as that of a small one. A last line without
 * its newline (a write in progress, or cut by a crash) is left for the next read.
 */
export function readJournalPage(file: string, from: number, limit: number, maxString = 16_384): JournalPage {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const events: PagedEvent[] = [];
    let pos = Math.max(0, Math.min(from, size));
    let carry: Buffer = Buffer.alloc(0);
    let lineStart = pos;
    const buf = Buffer.allocUnsafe(CHUNK);
    while (events.length < limit && pos < size) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK, size - pos), pos);
      if (n <= 0) break;
      pos += n;
      let data = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let nl: number;
      while (events.length < limit && (nl = data.indexOf(10)) >= 0) {
        const line = data.subarray(0, nl).toString('utf8');
        if (line.trim()) {
          let event: unknown;
          try {
            event = JSON.parse(line);
          } catch {
            event = { type: 'unreadable-line', length: line.length };
          }
          events.push({ offset: lineStart, event: trimStrings(event, maxString) });
        }
        lineStart += nl + 1;
        data = data.subarray(nl + 1);
      }
      carry = Buffer.from(data);
    }
    return { events, next: lineStart < size ? lineStart : null, size };
  } finally {
    closeSync(fd);
  }
}

/** Byte offset from which the last `count` lines start (read backwards from the end). */
export function tailOffset(file: string, count: number): number {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    let pos = size;
    let seen = 0;
    const buf = Buffer.allocUnsafe(64 * 1024);
    // The final newline ends the last line; it does not start one.
    let skipFinal = true;
    while (pos > 0) {
      const len = Math.min(buf.length, pos);
      pos -= len;
      readSync(fd, buf, 0, len, pos);
      for (let i = len - 1; i >= 0; i--) {
        if (buf[i] !== 10) continue;
        if (skipFinal && pos + i === size - 1) continue;
        skipFinal = false;
        if (++seen === count) return pos + i + 1;
      }
      skipFinal = false;
    }
    return 0;
  } finally {
    closeSync(fd);
  }
}
