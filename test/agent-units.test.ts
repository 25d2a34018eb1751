import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APICallError } from 'ai';
import { describe, expect, it } from 'vitest';
import { exhausted, newMarks, noticeText, type Spent } from '../src/agent/budgets.js';
import { dropOldToolOutputs, tailStart } from '../src/agent/compaction.js';
import { withCacheBreakpoints } from '../src/agent/model/ai-sdk-client.js';
import { classifyError, retryAfterMs } from '../src/agent/model/errors.js';
import { costOf, loadPrices, priceFor } from '../src/agent/model/prices.js';
import { parseModelId, withApiPath } from '../src/agent/model/providers.js';
import type { Message } from '../src/agent/model/types.js';
import { cutOutput } from '../src/agent/tools/types.js';
import { Journal, readJournal } from '../src/runs/journal.js';
import { parseDuration } from '../src/runs/run-config.js';
import { replay, toolResultMessage } from '../src/runs/state.js';
import { UserError } from '../src/util/errors.js';
import { removeDir, tempDir } from './helpers.js';

const spentOf = (p: Partial<Spent>): Spent => ({ tokens: 0, usd: 0, wallMs: 0, workingMs: 0, ...p });

describe('budgets', () => {
  it('marks every 10% once, for each budget', () => {
    const b = { tokens: 1000, usd: 10 };
    expect(newMarks(b, spentOf({ tokens: 250, usd: 1 }), new Set())).toEqual(['tokens:10', 'tokens:20', 'usd:10']);
    expect(newMarks(b, spentOf({ tokens: 250, usd: 1 }), new Set(['tokens:10', 'tokens:20', 'usd:10']))).toEqual([]);
    expect(newMarks(b, spentOf({ tokens: 5000 }), new Set())).toHaveLength(10);
    expect(noticeText(b, spentOf({ tokens: 250 }), ['tokens:10', 'tokens:20'])).toMatch(/20% of the token budget is used \(250 of 1,000\)/);
  });
  it('says which budget ran out', () => {
    expect(exhausted({ tokens: 100 }, spentOf({ tokens: 99 }))).toBeNull();
    expect(exhausted({ tokens: 100, wallMs: 10 }, spentOf({ tokens: 99, wallMs: 10 }))).toBe('wallMs');
  });
  it('parses durations', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('90m')).toBe(5_400_000);
    expect(parseDuration('45')).toBe(45_000);
    expect(() => parseDuration('soon')).toThrow(UserError);
  });
});

describe('compaction planning', () => {
  const big = 'x'.repeat(5000);
  const ctx: Message[] = [
    { role: 'user', content: 'task' },
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'a', toolName: 'bash', input: { cmd: 'ls' } }] },
    toolResultMessage('a', 'bash', big),
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'b', toolName: 'bash', input: { cmd: 'ls' } }] },
    toolResultMessage('b', 'bash', big),
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c', toolName: 'bash', input: { cmd: 'ls' } }] },
    toolResultMessage('c', 'bash', big),
  ];
  it('never starts the kept tail on a tool result', () => {
    expect(tailStart(ctx, 2)).toBe(5);
    expect(ctx[tailStart(ctx, 1)]?.role).toBe('assistant');
  });
  it('drops old tool outputs, keeping the task and the tail word for word', () => {
    const out = dropOldToolOutputs(ctx, 2);
    expect(out[0]).toBe(ctx[0]);
    expect(JSON.stringify(out[2])).toMatch(/output dropped to save context: 5000 characters/);
    expect(JSON.stringify(out[4])).toMatch(/output dropped/);
    expect(out[6]).toBe(ctx[6]);
    expect(JSON.stringify(ctx[2])).toContain(big); // pure: the input is untouched
  });
  it('puts Anthropic cache breakpoints on the last two messages only', () => {
    const marked = withCacheBreakpoints(ctx);
    expect(marked.filter((m) => m.providerOptions?.anthropic)).toHaveLength(2);
    expect(marked[6]?.providerOptions).toEqual({ anthropic: { cacheControl: { type: 'ephemeral' } } });
  });
  it('cuts long tool output with a visible notice', () => {
    const cut = cutOutput('a'.repeat(100) + 'b'.repeat(100), 50);
    expect(cut).toMatch(/^a{20}\n\[\.\.\. 150 characters dropped of 200 \.\.\.\]\nb{30}$/);
  });
});

describe('provider errors and settings', () => {
  it('reads retry-after as seconds, milliseconds or a date', () => {
    expect(retryAfterMs({ 'retry-after': '7' })).toBe(7000);
    expect(retryAfterMs({ 'Retry-After-Ms': '250' })).toBe(250);
    expect(retryAfterMs({ 'retry-after': new Date(10_000).toUTCString() }, 4_000)).toBe(6000);
    expect(retryAfterMs({})).toBeUndefined();
  });
  it('classifies HTTP failures', () => {
    const e = (status: number, body = '') => new APICallError({ message: 'x', url: 'u', requestBodyValues: {}, statusCode: status, responseBody: body, responseHeaders: { 'retry-after': '3' } });
    expect(classifyError(e(429))).toMatchObject({ kind: 'rate-limit', retryable: true, retryAfterMs: 3000 });
    expect(classifyError(e(529))).toMatchObject({ kind: 'overloaded', retryable: true });
    expect(classifyError(e(500))).toMatchObject({ kind: 'server', retryable: true });
    expect(classifyError(e(401))).toMatchObject({ kind: 'auth', retryable: false });
    expect(classifyError(e(400, 'prompt is too long: 210000 tokens > 200000 maximum'))).toMatchObject({ kind: 'context-length', retryable: false });
    expect(classifyError(e(200))).toMatchObject({ kind: 'network', retryable: true });
  });
  it('parses provider/model and base URLs', () => {
    expect(parseModelId('gemini/gemini-2.5-pro')).toEqual({ provider: 'google', model: 'gemini-2.5-pro' });
    expect(parseModelId('vllm/qwen/qwen3')).toEqual({ provider: 'compatible', model: 'qwen/qwen3' });
    expect(() => parseModelId('claude')).toThrow(/provider\/model/);
    expect(withApiPath('http://h:1/', '/v1')).toBe('http://h:1/v1');
    expect(withApiPath('http://h:1/v1', '/v1')).toBe('http://h:1/v1');
    expect(withApiPath('http://h:1', '/v1beta')).toBe('http://h:1/v1beta');
  });
  it('prices calls: uncached input, cache reads and writes, output', () => {
    const p = priceFor(loadPrices(), 'anthropic/claude-sonnet-4-5-20250929')!;
    expect(p.input).toBe(3);
    // 1,000 uncached + 8,000 read + 1,000 written, 500 out.
    expect(costOf({ input: 10_000, cacheRead: 8000, cacheWrite: 1000, output: 500, reasoning: 0 }, p)).toBeCloseTo((1000 * 3 + 8000 * 0.3 + 1000 * 3.75 + 500 * 15) / 1e6, 12);
    expect(priceFor(loadPrices(), 'nobody/knows')).toBeNull();
  });
  it('refuses a malformed user price table with one line naming the field', () => {
    const dir = tempDir('prices');
    try {
      const f = path.join(dir, 'p.json');
      writeFileSync(f, JSON.stringify({ models: { 'x/y': { input: 'cheap' } } }));
      expect(() => loadPrices(f)).toThrow(/p\.json: field models\.x\/y\.input/);
    } finally {
      removeDir(dir);
    }
  });
});

describe('journal', () => {
  it('survives a last line cut short by a crash, and replays to the same state', () => {
    const dir = tempDir('journal');
    try {
      const file = path.join(dir, 'j.jsonl');
      const j = new Journal(file);
      j.append({ type: 'session-start', resumed: false }, new Date(1000));
      j.append({ type: 'message', message: { role: 'user', content: 'task' }, origin: 'task' }, new Date(2000));
      j.close();
      appendFileSync(file, '{"seq":2,"t":"2026-01-01T00:00:0'); // killed mid-write
      expect(readJournal(file)).toHaveLength(2);
      const j2 = new Journal(file);
      j2.append({ type: 'session-start', resumed: true }, new Date(60_000));
      j2.append({ type: 'run-end', reason: 'submitted' }, new Date(61_000));
      j2.close();
      const events = readJournal(file);
      expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
      const s = replay(events);
      expect(s.context).toEqual([{ role: 'user', content: 'task' }]);
      expect(s.ended?.reason).toBe('submitted');
      // Wall time counts within sessions, not the gap between them.
      expect(s.wallMs).toBe(2000);
      expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});

describe('coverage', () => {
  it('finds the options a man page documents and which tests use them', async () => {
    const { documentedOptions, argvUses, coverage } = await import('../src/targets/coverage.js');
    const man = ['OPTIONS', '       -n, --length=N', '              Read only N bytes.', '       -v', '       -A2  example, not an option', '       --color=WHEN', '   text -x in prose'].join('\n');
    expect(documentedOptions(man)).toEqual(['--color', '--length', '-n', '-v']);
    expect(argvUses(['--length=4', 'f'], '--length')).toBe(true);
    expect(argvUses(['-n16'], '-n')).toBe(true);
    expect(argvUses(['-vn', '3'], '-v')).toBe(true);
    expect(argvUses(['--verbose'], '-v')).toBe(false);
    // unambiguous long-option prefixes count; ambiguous ones do not
    expect(argvUses(['--vers'], '--version', ['--version', '--verbose'])).toBe(true);
    expect(argvUses(['--ver'], '--version', ['--version', '--verbose'])).toBe(false);
    expect(argvUses(['--lengt=3'], '--length')).toBe(true);
    // an operation with a parameter uses the operation
    expect(argvUses(['-g', '1', 'perc:90', '2'], 'perc')).toBe(true);
    expect(argvUses(['percentile'], 'perc')).toBe(false);
    // a longer single-dash item (bedtools' -sorted) is not the short -s with "orted" attached
    expect(argvUses(['intersect', '-sorted'], '-s', ['-s', '-sorted'])).toBe(false);
    expect(argvUses(['intersect', '-sorted'], '-sorted', ['-s', '-sorted'])).toBe(true);
    expect(argvUses(['-s', '-sorted'], '-s', ['-s', '-sorted'])).toBe(true);
    const suite = { visible: [{ id: 'a', argv: ['-n', '3'] }], hidden: [{ id: 'b', argv: ['--color=always'], hidden: true, dualOf: 'a' }], all: [] };
    expect(coverage(['-n', '--color', '-v'], suite)).toEqual([
      { item: '-n', forms: ['-n'], visible: 1, hidden: 0 },
      { item: '--color', forms: ['--color'], visible: 0, hidden: 1 },
      { item: '-v', forms: ['-v'], visible: 0, hidden: 0 },
    ]);
    // the forms of one option are one item, covered by whichever form a test writes
    const { documentedOptionGroups } = await import('../src/targets/coverage.js');
    expect(documentedOptionGroups(man)).toEqual([['--color'], ['-n', '--length'], ['-v']]);
    expect(documentedOptionGroups('       -f --[no-]force\n       --[no-]sparse\n')).toEqual([['--sparse', '--no-sparse'], ['-f', '--force', '--no-force']]);
    // bracketed lists inside an option's argument do not hide the long form
    expect(documentedOptionGroups('       -i CODE1[,CODE2...], --include=CODE1[,CODE2...]\n       --color[=WHEN]\n')).toEqual([['--color'], ['-i', '--include']]);
    // an operation inside a comma list is used
    expect(argvUses(['groupby', '-o', 'sum,mean'], 'mean')).toBe(true);
    expect(argvUses(['groupby', '-o', 'sum,perc:5'], 'perc')).toBe(true);
    expect(argvUses(['groupby', '-o', 'sum,meaner'], 'mean')).toBe(false);
    const both = { visible: [{ id: 'a', argv: ['-n', '3'] }], hidden: [{ id: 'b', argv: ['--length=4'], hidden: true, dualOf: 'a' }], all: [] };
    expect(coverage(documentedOptionGroups(man), both)).toEqual([
      { item: '--color', forms: ['--color'], visible: 0, hidden: 0 },
      { item: '-n, --length', forms: ['-n', '--length'], visible: 1, hidden: 1 },
      { item: '-v', forms: ['-v'], visible: 0, hidden: 0 },
    ]);
  });
});

describe('target new reads the package', () => {
  it('lists the files of a .deb and picks the docs a scaffold starts from', async () => {
    const { parseDebListing, suggestDocs } = await import('../src/reference/package-contents.js');
    const listing = [
      'drwxr-xr-x root/root         0 2023-01-04 12:00 ./usr/bin/',
      '-rwxr-xr-x root/root     55432 2023-01-04 12:00 ./usr/bin/tool',
      'lrwxrwxrwx root/root         0 2023-01-04 12:00 ./usr/bin/tool2 -> tool',
      'hrwxr-xr-x root/root         0 2023-01-04 12:00 ./usr/bin/tool3 link to ./usr/bin/tool',
      '-rw-r--r-- root/root      1234 2023-01-04 12:00 ./usr/share/man/man1/tool.1.gz',
      '-rw-r--r-- root/root      1234 2023-01-04 12:00 ./usr/share/man/de/man1/tool.1.gz',
      '-rw-r--r-- root/root      1234 2023-01-04 12:00 ./usr/share/man/man1/other.1.gz',
      '-rw-r--r-- root/root      4321 2023-01-04 12:00 ./usr/share/doc/tool/README.md.gz',
    ].join('\n');
    const files = parseDebListing(listing);
    expect(files).toEqual([
      '/usr/bin/tool', '/usr/bin/tool2', '/usr/bin/tool3', '/usr/share/man/man1/tool.1.gz', '/usr/share/man/de/man1/tool.1.gz',
      '/usr/share/man/man1/other.1.gz', '/usr/share/doc/tool/README.md.gz',
    ]);
    expect(suggestDocs(files, 'tool')).toEqual({ man: ['/usr/share/man/man1/tool.1.gz'], infoFiles: [], files: [] });
    // no man page of its own: the README is what the agent gets
    expect(suggestDocs(files, 'tool2')).toEqual({ man: [], infoFiles: [], files: ['/usr/share/doc/tool/README.md.gz'] });
  });
});
