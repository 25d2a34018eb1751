import { z } from 'zod';
import { TEXT_EDITOR_PATH } from '../../session/agent-session.js';
import { parseArgs } from './args.js';
import { cutOutput, type AgentTool, type ToolOutcome } from './types.js';

const MAX_BASH_SECONDS = 1800;
const DEFAULT_BASH_SECONDS = 300;

const bashArgs = z.strictObject({ cmd: z.string().min(1), timeout: z.number().positive().max(MAX_BASH_SECONDS).optional() });

export const bashTool: AgentTool = {
  spec: {
    name: 'bash',
    description:
      `Run a bash command in your sandbox, with /workspace as the working folder. Returns stdout and stderr combined, ` +
      `cut to a limit (a notice says how much was dropped), and the exit status. timeout in seconds (default ${DEFAULT_BASH_SECONDS}, at most ${MAX_BASH_SECONDS}).`,
    parameters: {
      type: 'object',
      properties: { cmd: { type: 'string', description: 'the command' }, timeout: { type: 'number', description: 'seconds' } },
      required: ['cmd'],
      additionalProperties: false,
    },
  },
  async run(input, ctx): Promise<ToolOutcome> {
    const a = parseArgs('bash', bashArgs, input);
    if (!a.ok) return { output: a.error, isError: true };
    const timeout = a.value.timeout ?? DEFAULT_BASH_SECONDS;
    const r = await ctx.exec(['bash', '-c', a.value.cmd], { timeoutMs: timeout * 1000, outputBytes: 16 * 1024 * 1024 });
    const notes: string[] = [];
    if (r.timedOut) notes.push(`[the command was stopped after ${timeout} s]`);
    if (r.outputExceeded) notes.push('[the command was stopped: more than 16 MiB of output]');
    const body = cutOutput(r.output, ctx.outputLimit);
    return { output: `${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${notes.map((n) => n + '\n').join('')}[exit status ${r.exitCode}]`, isError: r.exitCode !== 0 };
  },
};

const editorArgs = z.strictObject({
  command: z.enum(['view', 'create', 'str_replace', 'insert', 'undo_edit']),
  path: z.string().min(1),
  file_text: z.string().optional(),
  old_str: z.string().optional(),
  new_str: z.string().optional(),
  insert_line: z.number().int().optional(),
  view_range: z.array(z.number().int()).length(2).optional(),
});

export const textEditorTool: AgentTool = {
  spec: {
    name: 'text_editor',
    description:
      'View, create and edit files. view: a file with line numbers (view_range [start, end], end -1 = last line) or a folder 2 levels deep. ' +
      'create: write file_text to path. str_replace: replace old_str (must occur exactly once) with new_str. insert: insert new_str after line insert_line (0 = top). ' +
      'undo_edit: undo the last change to path. Relative paths are inside /workspace.',
    parameters: {
      type: 'object',
      properties: {
        command: { type: 'string', enum: ['view', 'create', 'str_replace', 'insert', 'undo_edit'] },
        path: { type: 'string' },
        file_text: { type: 'string' },
        old_str: { type: 'string' },
        new_str: { type: 'string' },
        insert_line: { type: 'integer' },
        view_range: { type: 'array', items: { type: 'integer' } },
      },
      required: ['command', 'path'],
      additionalProperties: false,
    },
  },
  async run(input, ctx): Promise<ToolOutcome> {
    const a = parseArgs('text_editor', editorArgs, input);
    if (!a.ok) return { output: a.error, isError: true };
    // Runs inside the sandbox so the agent's paths mean what they mean to its own commands.
    const r = await ctx.exec(['/usr/bin/python3', '-I', TEXT_EDITOR_PATH], {
      stdin: Buffer.from(JSON.stringify(a.value)),
      timeoutMs: 60_000,
      outputBytes: 4 * 1024 * 1024,
    });
    if (r.timedOut) return { output: 'text_editor: timed out', isError: true };
    return { output: cutOutput(r.output, ctx.outputLimit), isError: r.exitCode !== 0 };
  },
};

const runTestsArgs = z.strictObject({ filter: z.string().optional() });

export const runTestsTool: AgentTool = {
  spec: {
    name: 'run_tests',
    description:
      'Build your solution (bash build.sh, if present) and run the visible tests against it in a clean scoring sandbox, exactly as final scoring does. ' +
      'filter: only tests whose id contains this text. Returns pass counts and diffs of the first failures.',
    parameters: { type: 'object', properties: { filter: { type: 'string' } }, additionalProperties: false },
  },
  async run(input, ctx): Promise<ToolOutcome> {
    const a = parseArgs('run_tests', runTestsArgs, input);
    if (!a.ok) return { output: a.error, isError: true };
    return { output: cutOutput(await ctx.runTests(a.value.filter), ctx.outputLimit), isError: false };
  },
};

export const resourcesTool: AgentTool = {
  spec: {
    name: 'resources',
    description: 'Tokens, cost and time used so far and what is left of each budget.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
  async run(input, ctx): Promise<ToolOutcome> {
    const a = parseArgs('resources', z.strictObject({}), input);
    if (!a.ok) return { output: a.error, isError: true };
    return { output: ctx.resources(), isError: false };
  },
};

export const submitTool: AgentTool = {
  spec: {
    name: 'submit',
    description: 'End the run: your /workspace is then scored on the visible and the hidden tests. Call it only when you are done.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
  async run(input): Promise<ToolOutcome> {
    const a = parseArgs('submit', z.strictObject({}), input);
    if (!a.ok) return { output: a.error, isError: true };
    return { output: 'Submitted. Your workspace will now be scored.', isError: false, submit: true };
  },
};

export const AGENT_TOOLS: readonly AgentTool[] = [bashTool, textEditorTool, runTestsTool, resourcesTool, submitTool];

export function findTool(name: string): AgentTool | undefined {
  return AGENT_TOOLS.find((t) => t.spec.name === name);
}
