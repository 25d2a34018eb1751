import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createModelClient } from '../agent/model/providers.js';
import type { ModelClient } from '../agent/model/types.js';
import { startFakeModelServer, type FakeModelServer, type NormalizedRequest, type Turn } from '../fake-model/index.js';
import type { Target } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import { assetsDir } from '../util/paths.js';

/** Folder of a target's known-correct solution, written by the scripted session. */
export function scriptedSolutionDir(target: string): string {
  return path.join(assetsDir, 'scripted', target);
}

export function hasScriptedSolution(target: string): boolean {
  return existsSync(scriptedSolutionDir(target));
}

/**
 * The turns of a scripted session: look around, try the original program, write the solution
 * with the editor, run the tests, check resources, submit. The turn is chosen by how many tool
 * results the conversation holds, so a resumed run picks up where it was.
 */
export function scriptedPlan(target: Target, visibleTestId: string): Turn[] {
  const cmd = target.manifest.command;
  const dir = scriptedSolutionDir(target.name);
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  const plan: Turn[] = [
    { text: 'I will read the documentation and the scope notes first.', toolCalls: [{ name: 'bash', args: { cmd: 'ls /workspace /workspace/docs && head -c 1500 /workspace/docs/NOTES.md' } }] },
    { text: 'Now one visible test, to see its layout.', toolCalls: [{ name: 'bash', args: { cmd: `ls /workspace/tests | wc -l; cat /workspace/tests/${visibleTestId}/cmd.json; cat /workspace/tests/${visibleTestId}/expected_status` } }] },
    { text: 'Let me run the original program on a small input.', toolCalls: [{ name: 'bash', args: { cmd: `printf 'hello world\\nabc\\n' | ${cmd}; echo "exit=$?"` } }] },
    ...files.map((f): Turn => ({
      text: `Writing ${f}.`,
      toolCalls: [{ name: 'text_editor', args: { command: 'create', path: `/workspace/${f}`, file_text: readFileSync(path.join(dir, f), 'utf8') } }],
    })),
    { text: 'Making it executable and trying it.', toolCalls: [{ name: 'bash', args: { cmd: `chmod +x /workspace/${cmd} && printf 'hello world\\nabc\\n' | ./${cmd}; echo "exit=$?"` } }] },
    { text: 'Running the visible tests.', toolCalls: [{ name: 'run_tests', args: {} }] },
    { text: 'Checking what is left of the budget.', toolCalls: [{ name: 'resources', args: {} }] },
    { text: 'All done; submitting.', toolCalls: [{ name: 'submit', args: {} }] },
  ];
  return plan;
}

function toolResults(req: NormalizedRequest): number {
  return req.messages.reduce((n, m) => n + m.parts.filter((p) => p.type === 'tool-result').length, 0);
}

/**
 * The plan's answer to a request: a summary when asked for one (a compaction request has no
 * tools), otherwise the turn after as many steps as the conversation has tool results, so a
 * repeated or resumed request stays on course.
 */
export function planTurn(plan: readonly Turn[], req: NormalizedRequest): Turn {
  if (req.tools.length === 0) return { text: 'Scripted session: following the plan.' };
  return plan[Math.min(toolResults(req), plan.length - 1)] as Turn;
}

export interface ScriptedModel {
  client: ModelClient;
  server: FakeModelServer;
  close(): Promise<void>;
}

/**
 * A scripted "model" behind a real wire protocol: a local fake Anthropic server plays the plan,
 * and the ordinary client talks to it, so the loop, tools, sandbox and scorer all run for real.
 */
export async function startScriptedModel(target: Target, visibleTestId: string): Promise<ScriptedModel> {
  if (!hasScriptedSolution(target.name)) throw new UserError(`no scripted session exists for ${target.name} (assets/scripted/${target.name})`);
  const plan = scriptedPlan(target, visibleTestId);
  const server = await startFakeModelServer({
    script: (req) => planTurn(plan, req),
  });
  const client = createModelClient(`anthropic/scripted-${target.name}`, { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'scripted' } });
  return { client, server, close: () => server.close() };
}
