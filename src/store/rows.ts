import type { Insertable, Selectable } from 'kysely';
import type { ProgressTable, RunsTable, TestResultsTable } from './schema.js';
import type { ProgressPoint, StoredRun, StoredTest } from './types.js';

/** Pure: the camelCase run to its row and back. */
export function runToRow(r: StoredRun): Insertable<RunsTable> {
  return {
    id: r.id,
    target: r.target,
    category: r.category,
    tier: r.tier,
    model: r.model,
    scripted: r.scripted ? 1 : 0,
    language: r.language,
    started_at: r.startedAt,
    ended_at: r.endedAt,
    end_reason: r.endReason,
    end_detail: r.endDetail,
    steps: r.steps,
    model_calls: r.modelCalls,
    compactions: r.compactions,
    input_tokens: r.inputTokens,
    output_tokens: r.outputTokens,
    cache_read_tokens: r.cacheReadTokens,
    cache_write_tokens: r.cacheWriteTokens,
    reasoning_tokens: r.reasoningTokens,
    cost_usd: r.costUsd,
    wall_ms: r.wallMs,
    working_ms: r.workingMs,
    visible_passed: r.visiblePassed,
    visible_total: r.visibleTotal,
    hidden_passed: r.hiddenPassed,
    hidden_total: r.hiddenTotal,
    solved: r.solved ? 1 : 0,
    setup_failure: r.setupFailure,
    tests_hash: r.testsHash,
    reference: r.reference,
    budget_tokens: r.budgetTokens,
    budget_usd: r.budgetUsd,
    run_dir: r.runDir,
    journal: r.journal,
  };
}

export function rowToRun(r: Selectable<RunsTable>): StoredRun {
  return {
    id: r.id,
    target: r.target,
    category: r.category,
    tier: r.tier,
    model: r.model,
    scripted: r.scripted === 1,
    language: r.language,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    endReason: r.end_reason,
    endDetail: r.end_detail,
    steps: r.steps,
    modelCalls: r.model_calls,
    compactions: r.compactions,
    inputTokens: r.input_tokens,
    outputTokens: r.output_tokens,
    cacheReadTokens: r.cache_read_tokens,
    cacheWriteTokens: r.cache_write_tokens,
    reasoningTokens: r.reasoning_tokens,
    costUsd: r.cost_usd,
    wallMs: r.wall_ms,
    workingMs: r.working_ms,
    visiblePassed: r.visible_passed,
    visibleTotal: r.visible_total,
    hiddenPassed: r.hidden_passed,
    hiddenTotal: r.hidden_total,
    solved: r.solved === 1,
    setupFailure: r.setup_failure,
    testsHash: r.tests_hash,
    reference: r.reference,
    budgetTokens: r.budget_tokens,
    budgetUsd: r.budget_usd,
    runDir: r.run_dir,
    journal: r.journal,
  };
}

export const testToRow = (t: StoredTest): Insertable<TestResultsTable> => ({ run_id: t.runId, test_id: t.testId, hidden: t.hidden ? 1 : 0, pass: t.pass ? 1 : 0, reasons: t.reasons });
export const rowToTest = (r: Selectable<TestResultsTable>): StoredTest => ({ runId: r.run_id, testId: r.test_id, hidden: r.hidden === 1, pass: r.pass === 1, reasons: r.reasons });
export const progressToRow = (p: ProgressPoint): Insertable<ProgressTable> => ({ run_id: p.runId, seq: p.seq, step: p.step, tokens: p.tokens, cost_usd: p.costUsd, visible_passed: p.visiblePassed, visible_total: p.visibleTotal });
export const rowToProgress = (r: Selectable<ProgressTable>): ProgressPoint => ({ runId: r.run_id, seq: r.seq, step: r.step, tokens: r.tokens, costUsd: r.cost_usd, visiblePassed: r.visible_passed, visibleTotal: r.visible_total });
