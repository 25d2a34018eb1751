import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import type { Message, ModelReply, Usage } from '../agent/model/types.js';

/** Every event a run records. The journal is append-only; a run's state is a fold over it. */
export type JournalEvent =
  | { type: 'session-start'; resumed: boolean }
  | { type: 'message'; message: Message; origin: 'task' | 'tool' | 'notice' | 'nudge' }
  | { type: 'model-call'; step: number; attempt: number; contextMessages: number; estimatedTokens: number }
  | { type: 'model-error'; step: number; attempt: number; kind: string; status?: number; message: string; retryInMs: number | null }
  /** A model's reply as the client returned it, with what it cost and took. */
  | ({ type: 'model-response'; step: number; cost: number | null; durationMs: number } & ModelReply)
  | { type: 'wait'; step: number; ms: number; reason: string }
  | { type: 'tool-call'; step: number; id: string; name: string; input: unknown }
  | { type: 'tool-result'; step: number; id: string; name: string; output: string; isError: boolean; durationMs: number; submit?: boolean }
  | { type: 'compaction'; step: number; strategy: 'drop-tool-outputs' | 'summarise'; beforeTokens: number; afterTokens: number; context: Message[]; usage?: Usage; cost?: number | null }
  | { type: 'budget-notice'; step: number; text: string; marks: string[] }
  | { type: 'snapshot'; step: number; file: string }
  | { type: 'run-end'; reason: string; detail?: string };

export type Stamped = JournalEvent & { seq: number; t: string };

/**
 * Appends events to a JSON-lines file, each written and fsynced before append() returns, so an
 * event is on disk before the step it records is followed by another.
 */
export class Journal {
  private fd: number;
  private seq: number;

  constructor(readonly file: string) {
    if (existsSync(file)) {
      // A line cut short by a crash is dropped, so the next event starts on a line of its own.
      const text = readFileSync(file, 'utf8');
      if (text.length && !text.endsWith('\n')) truncateSync(file, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
    }
    this.seq = existsSync(file) ? readJournal(file).length : 0;
    this.fd = openSync(file, 'a');
  }

  append(e: JournalEvent, now = new Date()): Stamped {
    const stamped = { seq: this.seq++, t: now.toISOString(), ...e } as Stamped;
    writeSync(this.fd, JSON.stringify(stamped) + '\n');
    fsyncSync(this.fd);
    return stamped;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Reads a journal, ignoring a last line cut short by a crash mid-write (and only the last: a
 * broken line elsewhere means the file was damaged, which is an error).
 */
export function readJournal(file: string): Stamped[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const out: Stamped[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as Stamped);
    } catch {
      const last = lines.slice(i + 1).every((l) => !l.trim());
      if (!last) throw new Error(`${file}: line ${i + 1} is not valid JSON`);
    }
  });
  return out;
}
