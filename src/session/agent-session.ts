import { chmodSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { OracleServer } from '../oracle/server.js';
import type { Reference } from '../reference/store.js';
import { makeScratchDir } from '../sandbox/scratch.js';
import { SANDBOX_PATH, hostCopies, hostLibraries, systemMounts } from '../sandbox/system-root.js';
import type { ExecRequest, ExecResult, Limits, Mount, Sandbox, SandboxSpec, Slot } from '../sandbox/types.js';
import type { Target } from '../targets/target.js';
import { runtimeAsset } from '../util/assets.js';

export const WORKSPACE_PATH = '/workspace';
export const ORACLE_SOCKET_PATH = '/run/mirrorcode/oracle.sock';
const CLIENT_DIR = '/opt/mirrorcode/bin';
/** The text_editor tool's program inside the sandbox (not on PATH). */
export const TEXT_EDITOR_PATH = '/opt/mirrorcode/lib/text-editor.py';

export const AGENT_LIMITS: Limits = {
  wallMs: 600_000,
  cpuSeconds: 1200,
  memoryBytes: 4 * 1024 ** 3,
  processes: 512,
  fileBytes: 1024 ** 3,
  outputBytes: 64 * 1024 * 1024,
};

/**
 * The agent's sandbox for one target: its workspace read-write, the system's toolchains
 * read-only, no network, and the target's command answered by the reference oracle. The slot
 * (uid, cgroups) is held for the session, and shared with the oracle's reference runs.
 */
export class AgentSession {
  private constructor(
    private readonly sandbox: Sandbox,
    readonly slot: Slot,
    readonly target: Target,
    readonly workspaceHost: string,
    private readonly sessionDir: string,
    private readonly tmpHost: string,
    private readonly oracle: OracleServer,
  ) {}

  /**
   * `tmpHost` is the host folder behind the agent's /tmp; a run keeps it in its run folder so
   * that /tmp (and the editor's undo history in it) survives a resume.
   */
  static async open(sandbox: Sandbox, target: Target, reference: Reference, workspaceHost: string, opts: { tmpHost?: string } = {}): Promise<AgentSession> {
    const slot = await sandbox.acquireSlot();
    const sessionDir = makeScratchDir('session');
    const tmp = opts.tmpHost ?? path.join(sessionDir, 'tmp');
    mkdirSync(tmp, { recursive: true });
    chmodSync(tmp, 0o1777);
    sandbox.chownToSlot(workspaceHost, slot);
    const client = path.join(sessionDir, 'oracle-client');
    copyFileSync(runtimeAsset('oracle-client.py'), client);
    chmodSync(client, 0o755);
    const oracle = new OracleServer({
      sandbox,
      slot,
      target,
      reference,
      shared: [
        { host: workspaceHost, path: WORKSPACE_PATH },
        { host: tmp, path: '/tmp' },
      ],
      socketPath: path.join(sessionDir, 'oracle.sock'),
      cgroupLimits: { memoryBytes: AGENT_LIMITS.memoryBytes, processes: AGENT_LIMITS.processes },
    });
    await oracle.start();
    return new AgentSession(sandbox, slot, target, workspaceHost, sessionDir, tmp, oracle);
  }

  get oracleInvocations(): number {
    return this.oracle.invocations;
  }

  spec(env: Record<string, string> = {}): SandboxSpec {
    const { manifest } = this.target;
    const client = path.join(this.sessionDir, 'oracle-client');
    // Host copies of the program (numfmt comes with coreutils) are replaced by the client too.
    // Copies under other names, and the libraries of the program's packages, are simply hidden.
    const copies = hostCopies(manifest.command, manifest.reference.binary);
    const overHostCopies: Mount[] = [
      ...copies.named.map((p): Mount => ({ kind: 'ro', host: client, path: p })),
      ...[...copies.aliases, ...hostLibraries(manifest.reference.packages)].map((p): Mount => ({ kind: 'mask', path: p })),
    ];
    return {
      mounts: [
        ...systemMounts(),
        ...overHostCopies,
        { kind: 'ro', host: client, path: path.join(CLIENT_DIR, manifest.command) },
        { kind: 'ro', host: path.join(this.sessionDir, 'oracle.sock'), path: ORACLE_SOCKET_PATH },
        { kind: 'ro', host: runtimeAsset('text-editor.py'), path: TEXT_EDITOR_PATH },
        { kind: 'rw', host: this.tmpHost, path: '/tmp' },
        { kind: 'rw', host: this.workspaceHost, path: WORKSPACE_PATH },
      ],
      env: { PATH: `${CLIENT_DIR}:${SANDBOX_PATH}`, HOME: '/tmp', LC_ALL: 'C.UTF-8', TZ: 'UTC', TERM: process.env.TERM ?? 'dumb', ...env },
      cwd: WORKSPACE_PATH,
      proc: true,
    };
  }

  async exec(
    argv: string[],
    opts: Partial<Omit<ExecRequest, 'spec' | 'argv' | 'slot' | 'limits'>> & { env?: Record<string, string>; limits?: Partial<Limits> } = {},
  ): Promise<ExecResult> {
    const { env, limits, ...rest } = opts;
    const result = await this.sandbox.exec({ ...rest, spec: this.spec(env), argv, limits: { ...AGENT_LIMITS, ...limits }, slot: this.slot });
    await this.oracle.idle();
    return result;
  }

  async close(): Promise<void> {
    await this.oracle.stop();
    this.sandbox.releaseSlot(this.slot);
    rmSync(this.sessionDir, { recursive: true, force: true });
  }
}
