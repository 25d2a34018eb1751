import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { buildReport, latestTestSets, NEAR_SOLVE } from '../src/report/aggregate.ts';
import { parseReceipts, receiptsCsv } from '../src/report/receipts.ts';
import { renderReport } from '../src/report/render.ts';
import { wilson } from '../src/report/wilson.ts';
import { Rng } from '../src/targets/generator-api.ts';
import { fakeRun } from './support/runs.ts';

describe('wilson interval', () => {
  it('matches published values', () => {
    // Reference values: Wilson score interval, z = 1.96 (e.g. Newcombe 1998, table I).
    const a = wilson(0, 10);
    expect(a.low).toBe(0);
    expect(a.high).toBeCloseTo(0.2775, 4);
    const b = wilson(5, 10);
    expect(b.low).toBeCloseTo(0.2366, 4);
    expect(b.high).toBeCloseTo(0.7634, 4);
    const c = wilson(81, 263);
    expect(c.low).toBeCloseTo(0.2553, 3);
    expect(c.high).toBeCloseTo(0.3662, 3);
    expect(wilson(10, 10).high).toBe(1);
  });
  it('no trials: the whole range', () => {
    expect(wilson(0, 0)).toEqual({ rate: 0, low: 0, high: 1 });
  });
});

describe('report', () => {
  const runs = [
    // model A: target rev 2/2 solved, target cal 0/2 -> per-target mean 50%, not pooled
    fakeRun({ id: 'a1', model: 'A', target: 'rev', solved: true }),
    fakeRun({ id: 'a2', model: 'A', target: 'rev', solved: true, costUsd: null }),
    fakeRun({ id: 'a3', model: 'A', target: 'cal', solved: false, visiblePassed: 99, visibleTotal: 100, hiddenPassed: 100, hiddenTotal: 100 }),
    fakeRun({ id: 'a4', model: 'A', target: 'cal', solved: false, visiblePassed: 50, visibleTotal: 100, hiddenPassed: 10, hiddenTotal: 100 }),
    // model B: one target, 1 of 3 solved, one unscored
    fakeRun({ id: 'b1', model: 'B', target: 'rev', solved: true, language: 'go' }),
    fakeRun({ id: 'b2', model: 'B', target: 'rev', solved: false, visiblePassed: null, visibleTotal: null, hiddenPassed: null, hiddenTotal: null, setupFailure: 'build failed' }),
    fakeRun({ id: 'b3', model: 'B', target: 'rev', solved: false, visiblePassed: 1, visibleTotal: 10, hiddenPassed: 0, hiddenTotal: 5 }),
  ];

  it('averages per target first, with averaged Wilson bounds', () => {
    const r = buildReport(runs, 'model');
    const a = r.groups.find((g) => g.key === 'A')!;
    expect(a.solveRate.rate).toBe(0.5);
    expect(a.solveRate.low).toBeCloseTo((wilson(2, 2).low + wilson(0, 2).low) / 2, 12);
    expect(a.solveRate.high).toBeCloseTo((wilson(2, 2).high + wilson(0, 2).high) / 2, 12);
    // a3 passes 199/200 = 99.5% >= 99%: near-solved; a4 does not.
    expect(NEAR_SOLVE).toBe(0.99);
    expect(a.nearSolveRate.rate).toBe((1 + 0.5) / 2);
    expect(a.visiblePassRate).toBeCloseTo((1 + (0.99 + 0.5) / 2) / 2, 12);
    expect(a.runsWithoutCost).toBe(1);
    expect(a.perRun.costUsd).toBeCloseTo(0.25, 12); // mean over the three priced runs
    expect(a.perSolve?.costUsd).toBeCloseTo(0.75 / 2, 12);
    const b = r.groups.find((g) => g.key === 'B')!;
    expect(b.solveRate.rate).toBeCloseTo(1 / 3, 12);
    expect(b.hiddenPassRate).toBeCloseTo((1 + 0 + 0) / 3, 12);
    expect(r.rule).toMatch(/per target first/);
  });

  it('groups by target, tier and language, and fills the target x model grid', () => {
    expect(buildReport(runs, 'target').groups.map((g) => [g.key, g.runs])).toEqual([['cal', 2], ['rev', 5]]);
    expect(buildReport(runs, 'tier').groups.map((g) => g.key)).toEqual(['S']);
    expect(buildReport(runs, 'language').groups.map((g) => g.key)).toEqual(['any', 'go']);
    const grid = buildReport(runs).grid;
    expect(grid.models).toEqual(['A', 'B']);
    expect(grid.cells.rev!.B).toMatchObject({ runs: 3, solved: 1, runIds: ['b1', 'b2', 'b3'] });
    expect(grid.cells.cal!.B).toBeUndefined();
  });

  it('renders every format with the rule stated', () => {
    const r = buildReport(runs);
    expect(renderReport(r, 'table')).toMatch(/solve rate \[95% CI\][\s\S]*per target first/);
    expect(renderReport(r, 'markdown')).toMatch(/^\| model \| runs \|/);
    expect(renderReport(r, 'csv').split('\n')[0]).toMatch(/^by,key,runs,targets,solved,solve_rate,solve_low,solve_high/);
    expect(JSON.parse(renderReport(r, 'json'))).toEqual(r);
  });
});

describe('test sets', () => {
  // rev's tests changed between runs (hash b...), cal's never did.
  const runs = [
    fakeRun({ id: 'r-old1', target: 'rev', endedAt: '2026-01-01T00:00:00.000Z', solved: false, visiblePassed: 1 }),
    fakeRun({ id: 'r-old2', target: 'rev', endedAt: '2026-01-02T00:00:00.000Z', model: 'B', testsHash: null, reference: null }),
    fakeRun({ id: 'r-new', target: 'rev', endedAt: '2026-02-01T00:00:00.000Z', testsHash: 'b'.repeat(64) }),
    fakeRun({ id: 'c-1', target: 'cal', endedAt: '2026-01-01T00:00:00.000Z' }),
    fakeRun({ id: 'c-2', target: 'cal', endedAt: '2026-03-01T00:00:00.000Z', model: 'B' }),
  ];

  it('the report names targets whose runs were scored against different test sets, newest first', () => {
    const r = buildReport(runs);
    expect(r.mixedTestSets).toEqual([{
      target: 'rev',
      sets: [
        { testSet: `bbbbbbbbbbbb rev=2.38.1-5+b1#0123456789abcdef`, runs: 1, lastEndedAt: '2026-02-01T00:00:00.000Z' },
        { testSet: 'unknown', runs: 1, lastEndedAt: '2026-01-02T00:00:00.000Z' },
        { testSet: `aaaaaaaaaaaa rev=2.38.1-5+b1#0123456789abcdef`, runs: 1, lastEndedAt: '2026-01-01T00:00:00.000Z' },
      ],
    }]);
    expect(renderReport(r, 'table')).toMatch(/^Warning: runs of rev were scored against 3 test sets .*--latest-tests/m);
    expect(renderReport(buildReport(runs.filter((x) => x.target === 'cal')), 'table')).not.toMatch(/Warning/);
  });

  it('--latest-tests keeps, per target, the runs of its newest run\'s test set', () => {
    expect(latestTestSets(runs).map((x) => x.id)).toEqual(['r-new', 'c-1', 'c-2']);
    expect(buildReport(latestTestSets(runs)).mixedTestSets).toEqual([]);
  });
});

describe('receipts', () => {
  it('recompute the report exactly, awkward values included', () => {
    const rng = new Rng(7);
    const runs = Array.from({ length: 300 }, (_, i) => fakeRun({
      id: `run-${i}`, model: rng.pick(['A', 'B', 'C']), target: rng.pick(['rev', 'cal', 'jq', 'bc']),
      costUsd: rng.chance(0.1) ? null : rng.float() * 37.1, wallMs: rng.float() * 1e8, inputTokens: rng.int(0, 2e9),
      solved: rng.chance(0.4), visiblePassed: rng.int(0, 100), visibleTotal: 100,
      endDetail: rng.pick([null, '', 'a "quoted", multi\nline detail', '\\N literally']), language: rng.pick([null, 'rust', 'c']),
      testsHash: rng.pick([null, 'c'.repeat(64)]),
    }));
    const back = parseReceipts(receiptsCsv(runs));
    expect(back).toEqual(runs);
    expect(JSON.stringify(buildReport(back, 'model'))).toBe(JSON.stringify(buildReport(runs, 'model')));
  });

  it('a damaged file gives a one-line error naming row and column', () => {
    const csv = receiptsCsv([fakeRun({ id: 'x' })]).replace(',0.25,', ',cheap,');
    expect(() => parseReceipts(csv, 'r.csv')).toThrow(/^r\.csv: row 2, column costUsd: "cheap" is not a valid number$/);
    expect(() => parseReceipts('a,b\n1,2\n', 'r.csv')).toThrow(/not a receipts file/);
    expect(() => parseReceipts(csv.replace('steps,', 'stepz,'), 'r.csv')).toThrow(/^r\.csv: not a receipts file \(no column steps\)$/);
  });

  it('receipts written before test sets were recorded still read, with unknown test sets', () => {
    const run = fakeRun({ id: 'x', endDetail: 'a,b' });
    const rows = parse(receiptsCsv([run])) as string[][];
    const keep = rows[0]!.map((h, j) => (h === 'testsHash' || h === 'reference' ? -1 : j)).filter((j) => j >= 0);
    const legacy = stringify(rows.map((r) => keep.map((j) => r[j]!)));
    expect(parseReceipts(legacy)).toEqual([{ ...run, testsHash: null, reference: null }]);
  });
});
