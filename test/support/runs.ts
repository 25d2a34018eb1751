import type { ProgressPoint, StoredRun, StoredTest } from '../../src/store/types.ts';

/** A made-up run for store and report tests (never a benchmark result). */
export function fakeRun(over: Partial<StoredRun> & { id: string }): StoredRun {
  return {
    target: 'rev', category: 'unix-utility', tier: 'S', model: 'anthropic/m1', scripted: false, language: null,
    startedAt: '2026-01-01T00:00:00.000Z', endedAt: '2026-01-01T01:00:00.000Z', endReason: 'submitted', endDetail: null,
    steps: 10, modelCalls: 11, compactions: 0, inputTokens: 1000, outputTokens: 100, cacheReadTokens: 500,
    cacheWriteTokens: 50, reasoningTokens: 0, costUsd: 0.25, wallMs: 3_600_000, workingMs: 3_000_000,
    visiblePassed: 10, visibleTotal: 10, hiddenPassed: 5, hiddenTotal: 5, solved: true, setupFailure: null,
    testsHash: 'a'.repeat(64), reference: 'rev=2.38.1-5+b1#0123456789abcdef',
    budgetTokens: null, budgetUsd: 5, runDir: `/runs/${over.id}`, journal: `/runs/${over.id}/journal.jsonl`,
    ...over,
  };
}

export function fakeTests(runId: string, n: number, failEvery = 0): StoredTest[] {
  return Array.from({ length: n }, (_, i) => ({
    runId, testId: `t-${String(i).padStart(5, '0')}`, hidden: i % 3 === 0, pass: !(failEvery && i % failEvery === 0), reasons: failEvery && i % failEvery === 0 ? 'stdout,exit' : '',
  }));
}

export function fakeProgress(runId: string, n: number): ProgressPoint[] {
  return Array.from({ length: n }, (_, i) => ({ runId, seq: i, step: 3 * i + 1, tokens: 1000 * (i + 1), costUsd: i === 1 ? null : 0.01 * (i + 1), visiblePassed: i, visibleTotal: n }));
}
