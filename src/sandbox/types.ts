/**
 * The sandbox layer: one interface, several implementations. Everything above (oracle, scorer,
 * agent) describes what a sandbox holds with a SandboxSpec and never builds command lines itself.
 */

export type Mount =
  /** A host path, read-only. */
  | { kind: 'ro'; host: string; path: string }
  /** A host path, read-write. */
  | { kind: 'rw'; host: string; path: string }
  /** A fresh empty in-memory folder, size-capped. */
  | { kind: 'tmpfs'; path: string; sizeBytes?: number }
  | { kind: 'symlink'; target: string; path: string }
  /** Makes an existing file of a read-only mount unusable (e.g. the target's own program). */
  | { kind: 'mask'; path: string }
  /** Sets the mode of a folder created by the mounts before it (e.g. 0111: enter, not list). */
  | { kind: 'chmod'; path: string; mode: number };

export interface SandboxSpec {
  mounts: Mount[];
  env: Record<string, string>;
  cwd: string;
  /** Whether /proc is mounted; the reference sandbox has none so a program cannot read itself. */
  proc: boolean;
}

export interface Limits {
  wallMs: number;
  cpuSeconds?: number;
  memoryBytes?: number;
  processes?: number;
  /** Largest file a process may write. */
  fileBytes?: number;
  /** stdout + stderr bytes kept; past it the command is killed. */
  outputBytes?: number;
}

/** A host uid (and its cgroups) that one sandboxed session runs as. */
export interface Slot {
  readonly uid: number;
  readonly gid: number;
}

export interface ExecRequest {
  spec: SandboxSpec;
  argv: string[];
  limits: Limits;
  /** Bytes fed to stdin then closed; a stream piped in; or the caller's own terminal. */
  stdin?: Buffer | NodeJS.ReadableStream | 'inherit';
  /** 'inherit' hands the caller's terminal to the command (interactive shells). */
  stdio?: 'pipe' | 'inherit';
  onOutput?: (stream: 'stdout' | 'stderr', chunk: Buffer) => void;
  /** Run as this slot (shared with e.g. the oracle); otherwise one is taken for this command. */
  slot?: Slot;
  /** Aborting kills the command (e.g. the client that asked for it went away). */
  abort?: AbortSignal;
  /** Variation used by validation to expose unstable programs. */
  variation?: { fakeTime?: string; burnPids?: number };
}

export interface ExecResult {
  /** Exit status as a shell sees it: 128+N when killed by signal N. */
  exitCode: number;
  stdout: Buffer;
  stderr: Buffer;
  timedOut: boolean;
  outputExceeded: boolean;
  outOfMemory: boolean;
  wallMs: number;
}

/** One command for a Worker: the environment is added to the worker's spec env. */
export interface WorkerRun {
  argv: string[];
  env?: Record<string, string>;
  stdin?: Buffer;
  limits: Limits;
  variation?: ExecRequest['variation'];
}

/**
 * A sandbox kept open to run many commands one after another (tests), each in a clean state:
 * nothing a command started survives it and /tmp is emptied. The mounts are fixed for its life.
 */
export interface Worker {
  run(r: WorkerRun): Promise<ExecResult>;
  close(): Promise<void>;
}

export interface Sandbox {
  readonly name: string;
  /** False for implementations that only run commands (used as a bare baseline), not contain them. */
  readonly isolated: boolean;
  exec(req: ExecRequest): Promise<ExecResult>;
  /** Opens a long-lived sandbox on `spec` running as `slot`, for many short commands. */
  openWorker(spec: SandboxSpec, slot: Slot): Promise<Worker>;
  acquireSlot(): Promise<Slot>;
  releaseSlot(slot: Slot): void;
  /** Makes a host path owned by the slot, so files written for a command are the command's. */
  chownToSlot(hostPath: string, slot: Slot): void;
}
