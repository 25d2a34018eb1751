import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunConfig } from '../runs/run-config.js';
import type { ResultsStore, StoredRun } from '../store/types.js';

/** A run folder that has no record yet: running now, or stopped and waiting for --resume. */
export interface LiveRun {
  id: string;
  target: string;
  model: string;
  scripted: boolean;
  dir: string;
  journal: string;
  createdAt: string;
}

/** Where a run's files are, whether it is in the store or still going. */
export interface RunLocation {
  id: string;
  dir: string;
  journal: string;
  stored: StoredRun | null;
  live: LiveRun | null;
}

function readConfig(dir: string): RunConfig | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as RunConfig;
  } catch {
    return null;
  }
}

/** Run folders under `runsDir` (one level, and epoch-N folders one below) that have not finished. */
export function liveRuns(runsDir: string): LiveRun[] {
  if (!existsSync(runsDir)) return [];
  const out: LiveRun[] = [];
  const visit = (dir: string, depth: number): void => {
    const c = readConfig(dir);
    if (c) {
      if (!existsSync(path.join(dir, 'record.json'))) {
        out.push({ id: c.id, target: c.target, model: c.model, scripted: c.scripted, dir, journal: path.join(dir, 'journal.jsonl'), createdAt: c.createdAt });
      }
      return;
    }
    if (depth > 1) return;
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names) visit(path.join(dir, n), depth + 1);
  };
  visit(runsDir, 0);
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

export async function locateRun(store: ResultsStore, runsDir: string, id: string): Promise<RunLocation | null> {
  const stored = await store.run(id);
  if (stored) return { id, dir: stored.runDir, journal: stored.journal, stored, live: null };
  const live = liveRuns(runsDir).find((r) => r.id === id);
  return live ? { id, dir: live.dir, journal: live.journal, stored: null, live } : null;
}
