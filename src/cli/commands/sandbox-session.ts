import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensurePrepared } from '../../reference/prepare.js';
import { AgentSession } from '../../session/agent-session.js';
import { isRoot } from '../../sandbox/slots.js';
import { populateWorkspace } from '../../session/populate.js';
import { openWorkspace, type Workspace } from '../../session/workspace.js';
import { UserError } from '../../util/errors.js';
import { closedFolder, dataHome } from '../../util/paths.js';
import { getSandbox, resolveTargets, type GlobalOptions } from '../context.js';

/** Opens the agent sandbox on a workspace: the one given, or a fresh one laid out as an agent's. */
async function openSession(g: GlobalOptions, name: string, workspaceDir: string | undefined): Promise<{ session: AgentSession; ws: Workspace }> {
  const sandbox = await getSandbox();
  const [target] = resolveTargets(g, name, false);
  const p = await ensurePrepared(sandbox, target!);
  let ws: Workspace;
  if (workspaceDir) {
    if (existsSync(workspaceDir) && !statSync(workspaceDir).isDirectory()) throw new UserError(`${workspaceDir}: not a folder`);
    // As root, sandboxes run as unprivileged slot uids, which must be able to enter every folder above it.
    const closed = isRoot ? closedFolder(path.dirname(path.resolve(workspaceDir))) : null;
    if (closed) throw new UserError(`${workspaceDir}: the sandbox cannot reach it, as ${closed} is closed to other users (chmod o+x ${closed}, or use another folder)`);
    mkdirSync(workspaceDir, { recursive: true });
    ws = openWorkspace(workspaceDir, { capped: false });
  } else {
    ws = openWorkspace(path.join(dataHome(), 'workspaces', `${target!.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  }
  if (readdirSync(ws.dir).length === 0) populateWorkspace(ws.dir, target!, p.suite, p.gold);
  const session = await AgentSession.open(sandbox, target!, p.reference, ws.dir);
  return { session, ws };
}

export async function shellCommand(g: GlobalOptions, name: string, opts: { workspace?: string }): Promise<void> {
  const { session, ws } = await openSession(g, name, opts.workspace);
  try {
    process.stderr.write(`mirrorcode: agent sandbox for ${name}; workspace ${ws.dir} is /workspace; exit to leave\n`);
    const r = await session.exec(['bash', '-i'], { stdio: 'inherit', limits: { wallMs: 24 * 3600_000 }, env: { PS1: `[${name}] \\w\\$ ` } });
    process.exitCode = r.exitCode;
  } finally {
    await session.close();
    ws.release();
  }
}

export async function execCommand(g: GlobalOptions, name: string, argv: string[], opts: { workspace?: string; timeout?: string }): Promise<void> {
  if (argv.length === 0) throw new UserError('give the command after --, e.g. mirrorcode exec cal -- cal 2 2024');
  const { session, ws } = await openSession(g, name, opts.workspace);
  try {
    const r = await session.exec(argv, {
      stdin: process.stdin.isTTY ? undefined : 'inherit',
      limits: opts.timeout ? { wallMs: Number(opts.timeout) * 1000 } : {},
      onOutput: (stream, chunk) => (stream === 'stdout' ? process.stdout : process.stderr).write(chunk),
    });
    if (r.timedOut) process.stderr.write(`mirrorcode: command timed out\n`);
    if (r.outputExceeded) process.stderr.write(`mirrorcode: command stopped: output over the cap\n`);
    process.exitCode = r.exitCode;
  } finally {
    await session.close();
    ws.release();
  }
}
