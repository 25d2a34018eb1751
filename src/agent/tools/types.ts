import type { ToolSpec } from '../model/types.js';

export interface ToolOutcome {
  output: string;
  isError: boolean;
  /** The agent asked to end the run. */
  submit?: boolean;
}

/** What tools may use: the agent's sandbox, the visible-test runner and the budget state. */
export interface ToolContext {
  exec(argv: string[], opts: { stdin?: Buffer; timeoutMs: number; outputBytes: number }): Promise<{ output: string; exitCode: number; timedOut: boolean; outputExceeded: boolean }>;
  runTests(filter: string | undefined): Promise<string>;
  resources(): string;
  /** Longest tool output sent to the model, in characters. */
  outputLimit: number;
}

export interface AgentTool {
  spec: ToolSpec;
  run(input: unknown, ctx: ToolContext): Promise<ToolOutcome>;
}

/** Keeps the head and tail of a long output, with a visible notice of what was dropped. */
export function cutOutput(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = Math.floor(limit * 0.4);
  const tail = limit - head;
  const dropped = text.length - head - tail;
  return `${text.slice(0, head)}\n[... ${dropped} characters dropped of ${text.length} ...]\n${text.slice(text.length - tail)}`;
}
