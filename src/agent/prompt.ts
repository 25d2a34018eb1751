import type { Target } from '../targets/target.js';

export interface PromptFacts {
  target: Target;
  visibleTests: number;
  hiddenTests: number;
  language?: string;
  budgetsText: string;
}

/** The system prompt: the same for every step of a run, so the request prefix stays cached. */
export function systemPrompt(): string {
  return [
    'You are an expert software engineer working alone in a Linux sandbox with no network access.',
    'You act only through your tools: bash, text_editor, run_tests, resources and submit.',
    'Work steadily and verify your work by running tests; nobody will answer questions.',
  ].join(' ');
}

/** The task message, first in every request and kept through every compaction. */
export function taskPrompt(f: PromptFacts): string {
  const { manifest } = f.target;
  const cmd = manifest.command;
  const lang = f.language
    ? `Write it in ${f.language}; no other language is accepted.`
    : `Write it in any language whose toolchain is installed here (Python 3, C, Go, Rust, OCaml, Ada, TypeScript or JavaScript on Node.js).`;
  return `Your task: reimplement the command-line program \`${cmd}\` (${manifest.title}) so that your program's stdout, stderr and exit status match the original's byte for byte.

What you have, in /workspace (your working folder, which is also your solution):
- docs/: the program's own documentation (rendered man/info pages) and NOTES.md on the scope of the task.
- tests/<id>/: ${f.visibleTests} visible tests. Each has cmd.json (argv, starting with "${cmd}", and extra environment variables), stdin, files/ (the test's working folder), and expected_stdout, expected_stderr, expected_status.
- The original program itself, as the command \`${cmd}\` on your PATH: run it as much as you like to see how it behaves (it runs in your working folder and sees your files). You cannot read its bytes.

How you are scored: ${f.visibleTests} visible tests and ${f.hiddenTests} hidden tests you never see (each hidden test is like a visible one with other values, so answers written for the visible tests fail). A test passes only when stdout, stderr and exit status are all identical. Each test runs your program in a fresh copy of its files/ folder, with stdin from its stdin file, environment LC_ALL=C.UTF-8, TZ=UTC, HOME=/tmp plus the test's own variables, in a sandbox with no network and without the original program.

Your solution: an executable file named \`${cmd}\` at the root of /workspace (tests invoke it by that name), plus any files it needs. If /workspace/build.sh exists it is run first with bash, in /workspace, with no network; build there whatever must be built. ${lang}

Tools: run_tests runs the visible tests exactly as scoring does and shows diffs of failures; resources shows your budget. Budget: ${f.budgetsText}. When you are done, call submit(); the run also ends when a budget is used up, and your workspace is scored as it is then.`;
}
