import { costOf, type Price } from './model/prices.js';
import { ModelError, type Message, type ModelClient, type ModelReply } from './model/types.js';
import { exhausted, newMarks, noticeText, resourcesText, spent, type Budgets } from './budgets.js';
import { dropOldToolOutputs, estimateTokens, summarise, type CompactionSettings } from './compaction.js';
import { findTool, AGENT_TOOLS } from './tools/tools.js';
import type { AgentTool, ToolContext } from './tools/types.js';
import type { Journal, JournalEvent, Stamped } from '../runs/journal.js';
import { apply, type RunState } from '../runs/state.js';

/** Lifecycle hooks for whoever watches a run (status line, store, viewer); all optional. */
export interface LoopReporter {
  onEvent?(e: Stamped, s: RunState): void;
}

export interface LoopOptions {
  model: ModelClient;
  price: Price | null;
  system: string;
  budgets: Budgets;
  compaction: CompactionSettings;
  cacheKey: string;
  toolContext: Omit<ToolContext, 'resources'>;
  journal: Journal;
  state: RunState;
  reporter?: LoopReporter;
  maxOutputTokens?: number;
  /** Retries of one model call before the run ends (backoff doubles from 1 s to 60 s). */
  maxRetries?: number;
  /** Model replies in a row without a tool call before the run ends. */
  maxTextOnly?: number;
  /** Workspace snapshots every this many steps (0: never). */
  snapshotEvery?: number;
  snapshot?: (step: number) => Promise<string>;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const NUDGE = 'Continue working with the tools. When your solution is complete, call submit().';

/**
 * The agent loop. Every step is journaled (and fsynced) before the next begins, and the state is
 * only ever changed by applying journaled events, so a run killed at any point resumes from its
 * journal: a step whose tool calls have results is never redone, and at most the step in flight
 * (a model call without a response, a tool call without a result) is repeated.
 */
export class AgentLoop {
  private readonly s: RunState;
  private readonly clock: { last: number };
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly o: LoopOptions) {
    this.s = o.state;
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.clock = { last: this.now() };
  }

  get state(): RunState {
    return this.s;
  }

  private record(e: JournalEvent): Stamped {
    const stamped = this.o.journal.append(e, new Date(this.now()));
    apply(this.s, stamped, this.clock);
    this.o.reporter?.onEvent?.(stamped, this.s);
    return stamped;
  }

  private spentNow() {
    return spent(this.s, Math.max(0, this.now() - this.clock.last));
  }

  resources(): string {
    return resourcesText(this.o.budgets, this.spentNow(), { steps: this.s.step, calls: this.s.calls, costKnown: this.s.costKnown });
  }

  /** Runs until the agent submits, a budget runs out, or the run cannot go on; returns why it ended. */
  async run(): Promise<{ reason: string; detail?: string }> {
    this.record({ type: 'session-start', resumed: this.s.step > 0 || this.s.context.length > 1 });
    const ctx: ToolContext = { ...this.o.toolContext, resources: () => this.resources() };
    while (!this.s.ended) {
      if (this.o.signal?.aborted) return this.end('interrupted', 'stopped by the user; resume with --resume');
      // The step in flight: tool calls already answered are not run again.
      if (this.s.pending.length) {
        await this.runTools(ctx);
        continue;
      }
      if (this.s.submitted) return this.end('submitted');
      const over = exhausted(this.o.budgets, this.spentNow());
      if (over) return this.end(`budget-${over}`, `the ${over} budget is used up`);
      if (this.s.textOnlyStreak >= (this.o.maxTextOnly ?? 3)) return this.end('no-tool-calls', `${this.s.textOnlyStreak} replies in a row without a tool call`);
      this.announceBudget();
      await this.maybeCompact(false);
      const reply = await this.callModel();
      if (!reply) break;
      if (reply.toolCalls.length === 0) this.record({ type: 'message', message: { role: 'user', content: NUDGE }, origin: 'nudge' });
      await this.afterStep();
    }
    return this.s.ended ?? { reason: 'ended' };
  }

  private end(reason: string, detail?: string): { reason: string; detail?: string } {
    this.record({ type: 'run-end', reason, ...(detail ? { detail } : {}) });
    return { reason, detail };
  }

  private async runTools(ctx: ToolContext): Promise<void> {
    const step = this.s.step;
    for (const call of [...this.s.pending]) {
      this.record({ type: 'tool-call', step, id: call.id, name: call.name, input: call.input });
      const started = this.now();
      const tool: AgentTool | undefined = findTool(call.name);
      let outcome;
      if (!tool) outcome = { output: `there is no tool named "${call.name}"; the tools are ${AGENT_TOOLS.map((t) => t.spec.name).join(', ')}`, isError: true };
      else if (call.parseError) outcome = { output: `${call.name}: the arguments could not be read (${call.parseError})`, isError: true };
      else {
        try {
          outcome = await tool.run(call.input, ctx);
        } catch (err) {
          outcome = { output: `${call.name} failed: ${(err as Error).message}`, isError: true };
        }
      }
      this.record({
        type: 'tool-result',
        step,
        id: call.id,
        name: call.name,
        output: outcome.output,
        isError: outcome.isError,
        durationMs: this.now() - started,
        ...(outcome.submit ? { submit: true } : {}),
      });
    }
  }

  private async afterStep(): Promise<void> {
    if (this.o.snapshot && this.o.snapshotEvery && this.s.step % this.o.snapshotEvery === 0) {
      this.record({ type: 'snapshot', step: this.s.step, file: await this.o.snapshot(this.s.step) });
    }
  }

  /** Tells the model about budget marks (every 10%) reached; sent after tool results, before the next call. */
  private announceBudget(): void {
    const marks = newMarks(this.o.budgets, this.spentNow(), this.s.marks);
    if (!marks.length) return;
    const text = noticeText(this.o.budgets, this.spentNow(), marks);
    this.record({ type: 'budget-notice', step: this.s.step, text, marks });
    this.record({ type: 'message', message: { role: 'user', content: text }, origin: 'notice' });
  }

  /** Estimated tokens of the context as it would be sent now. */
  contextTokens(): number {
    return this.s.lastInputTokens + estimateTokens(this.s.context.slice(this.s.lastContextLength));
  }

  private async maybeCompact(force: boolean): Promise<void> {
    const c = this.o.compaction;
    const before = this.contextTokens();
    if (!force && before < c.threshold * c.contextWindow) return;
    // Forced by the provider (the context is too long for it): keep a shorter tail.
    const keepTail = force ? Math.max(2, Math.floor(c.keepTail / 2)) : c.keepTail;
    const dropped = dropOldToolOutputs(this.s.context, keepTail);
    const afterDrop = Math.round(before * (estimateTokens(dropped) / Math.max(1, estimateTokens(this.s.context))));
    if (afterDrop < c.target * c.contextWindow && !(force && afterDrop >= before)) {
      this.record({ type: 'compaction', step: this.s.step, strategy: 'drop-tool-outputs', beforeTokens: before, afterTokens: afterDrop, context: dropped });
      return;
    }
    try {
      const r = await summarise(this.o.model, dropped, keepTail, this.o.cacheKey);
      this.record({
        type: 'compaction',
        step: this.s.step,
        strategy: 'summarise',
        beforeTokens: before,
        afterTokens: estimateTokens(r.context),
        context: r.context,
        usage: r.usage,
        cost: this.o.price ? costOf(r.usage, this.o.price) : null,
      });
    } catch (err) {
      // Summarising failed: the dropped outputs alone still shrink the context.
      this.record({ type: 'compaction', step: this.s.step, strategy: 'drop-tool-outputs', beforeTokens: before, afterTokens: afterDrop, context: dropped });
      this.record({ type: 'model-error', step: this.s.step, attempt: 0, kind: 'summary-failed', message: (err as Error).message, retryInMs: null });
    }
  }

  /** One model call with retries; null when the run had to end. */
  private async callModel(): Promise<ModelReply | null> {
    const step = this.s.step + 1;
    const maxRetries = this.o.maxRetries ?? 8;
    let compactedForLength = false;
    for (let attempt = 1; ; attempt++) {
      this.record({ type: 'model-call', step, attempt, contextMessages: this.s.context.length, estimatedTokens: this.contextTokens() });
      const started = this.now();
      try {
        const reply = await this.o.model.call({
          system: this.o.system,
          messages: this.s.context as Message[],
          tools: AGENT_TOOLS.map((t) => t.spec),
          cacheKey: this.o.cacheKey,
          maxOutputTokens: this.o.maxOutputTokens,
          signal: this.o.signal,
        });
        this.record({
          type: 'model-response',
          step,
          messages: reply.messages,
          text: reply.text,
          toolCalls: reply.toolCalls,
          finishReason: reply.finishReason,
          usage: reply.usage,
          rawUsage: reply.rawUsage,
          modelId: reply.modelId,
          cost: this.o.price ? costOf(reply.usage, this.o.price) : null,
          durationMs: this.now() - started,
        });
        return reply;
      } catch (err) {
        if (this.o.signal?.aborted) {
          this.end('interrupted', 'stopped by the user; resume with --resume');
          return null;
        }
        const e = err instanceof ModelError ? err : new ModelError((err as Error).message, 'other', false);
        if (e.kind === 'context-length' && !compactedForLength) {
          this.record({ type: 'model-error', step, attempt, kind: e.kind, status: e.status, message: e.message, retryInMs: 0 });
          compactedForLength = true;
          await this.maybeCompact(true);
          continue;
        }
        const retry = e.retryable && attempt <= maxRetries;
        const backoff = Math.min(60_000, 1000 * 2 ** (attempt - 1)) * (0.75 + 0.5 * pseudoRandom(step, attempt));
        const waitMs = retry ? Math.max(e.retryAfterMs ?? 0, Math.round(backoff)) : null;
        this.record({ type: 'model-error', step, attempt, kind: e.kind, status: e.status, message: e.message.slice(0, 2000), retryInMs: waitMs });
        if (waitMs === null) {
          this.end('model-error', `${e.kind}${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message.slice(0, 300)}${e.retryable ? ` after ${attempt} attempts` : ''}`);
          return null;
        }
        await this.sleep(waitMs);
        this.record({ type: 'wait', step, ms: waitMs, reason: e.kind });
      }
    }
  }
}

/** Deterministic jitter, so a replayed run waits the same. */
function pseudoRandom(a: number, b: number): number {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return x - Math.floor(x);
}
