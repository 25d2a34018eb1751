/** One run as the results store keeps it: the receipt's numbers, flat. */
export interface StoredRun {
  id: string;
  target: string;
  category: string;
  tier: string;
  model: string;
  scripted: boolean;
  language: string | null;
  startedAt: string;
  endedAt: string;
  endReason: string;
  endDetail: string | null;
  steps: number;
  modelCalls: number;
  compactions: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
  /** Dollars; null when the model's price is unknown. */
  costUsd: number | null;
  wallMs: number;
  workingMs: number;
  /** Null when the run was never scored (e.g. the solution could not be set up). */
  visiblePassed: number | null;
  visibleTotal: number | null;
  hiddenPassed: number | null;
  hiddenTotal: number | null;
  solved: boolean;
  setupFailure: string | null;
  /** The test set the run was scored against and the reference behind its gold outputs; null if unknown. */
  testsHash: string | null;
  reference: string | null;
  budgetTokens: number | null;
  budgetUsd: number | null;
  runDir: string;
  journal: string;
}

export interface StoredTest {
  runId: string;
  testId: string;
  hidden: boolean;
  pass: boolean;
  /** Comma-separated fail reasons (stdout, stderr, exit, timeout, ...); empty when it passed. */
  reasons: string;
}

/** The visible pass rate the agent saw when it ran the visible tests, with what it had spent so far. */
export interface ProgressPoint {
  runId: string;
  seq: number;
  step: number;
  tokens: number;
  costUsd: number | null;
  visiblePassed: number;
  visibleTotal: number;
}

export interface RunFilter {
  model?: string;
  target?: string;
}

/** Where results live. SQLite by default, Postgres for a shared store; one test suite for both. */
export interface ResultsStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Brings the schema up to date; returns the names of the migrations it applied. */
  migrate(): Promise<string[]>;
  /** Inserts or replaces a run with its tests and progress, in one transaction. */
  putRun(run: StoredRun, tests: readonly StoredTest[], progress: readonly ProgressPoint[]): Promise<void>;
  runs(filter?: RunFilter): Promise<StoredRun[]>;
  run(id: string): Promise<StoredRun | null>;
  tests(runId: string): Promise<StoredTest[]>;
  progress(runId: string): Promise<ProgressPoint[]>;
  close(): Promise<void>;
}
