import { execFile } from 'node:child_process';
import { UserError } from './errors.js';

/** Runs a host tool and returns stdout; failure becomes one line naming the tool and its last error line. */
export function run(file: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; what?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: opts.cwd, env: opts.env ?? process.env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const last = String(stderr).trim().split('\n').filter(Boolean).pop() ?? err.message;
        const reason = code === 'ENOENT' ? `${file} is not installed` : last;
        reject(new UserError(`${opts.what ?? file}: ${reason}`));
      } else resolve(String(stdout));
    });
  });
}
