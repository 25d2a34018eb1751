import type { ColumnType } from 'kysely';

/** Booleans are 0/1 integers in both databases so one query serves both. */
type Flag = number;
/** Postgres bigint arrives as a string unless parsed; open.ts installs a parser to number. */
type Big = ColumnType<number, number, number>;

export interface RunsTable {
  id: string;
  target: string;
  category: string;
  tier: string;
  model: string;
  scripted: Flag;
  language: string | null;
  started_at: string;
  ended_at: string;
  end_reason: string;
  end_detail: string | null;
  steps: number;
  model_calls: number;
  compactions: number;
  input_tokens: Big;
  output_tokens: Big;
  cache_read_tokens: Big;
  cache_write_tokens: Big;
  reasoning_tokens: Big;
  cost_usd: number | null;
  wall_ms: Big;
  working_ms: Big;
  visible_passed: number | null;
  visible_total: number | null;
  hidden_passed: number | null;
  hidden_total: number | null;
  solved: Flag;
  setup_failure: string | null;
  tests_hash: string | null;
  reference: string | null;
  budget_tokens: Big | null;
  budget_usd: number | null;
  run_dir: string;
  journal: string;
}

export interface TestResultsTable {
  run_id: string;
  test_id: string;
  hidden: Flag;
  pass: Flag;
  reasons: string;
}

export interface ProgressTable {
  run_id: string;
  seq: number;
  step: number;
  tokens: Big;
  cost_usd: number | null;
  visible_passed: number;
  visible_total: number;
}

export interface Database {
  runs: RunsTable;
  test_results: TestResultsTable;
  progress: ProgressTable;
}
