import { Command, CommanderError } from 'commander';
import { UserError, errorMessage } from '../util/errors.js';
import { coverageCommand } from './commands/coverage.js';
import { prepareCommand } from './commands/prepare.js';
import { showCommand } from './commands/show.js';
import { targetNewCommand } from './commands/target-new.js';
import { runCommand } from './commands/run.js';
import { execCommand, shellCommand } from './commands/sandbox-session.js';
import { scoreCommand } from './commands/score.js';
import { targetsCommand } from './commands/targets.js';
import { validateCommand } from './commands/validate.js';
import { exportReceiptsCommand, reportCommand } from './commands/report.js';
import { storeImportCommand } from './commands/store.js';
import { viewCommand } from './commands/view.js';
import type { GlobalOptions } from './context.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const program = new Command()
  .name('mirrorcode')
  .description('Can an AI agent rebuild a real command-line program from its behaviour alone?')
  .option('--targets <dir>', 'another folder of targets (repeatable)', collect)
  .option('--store <path-or-url>', 'the results store: an SQLite file or postgres://... (default: results.sqlite in the data home; env MIRRORCODE_STORE)')
  .showHelpAfterError('(mirrorcode --help lists the commands)')
  .exitOverride();

const globals = (): GlobalOptions => program.opts<GlobalOptions>();

program
  .command('targets')
  .description('list targets with category, tier, test counts and whether they are prepared')
  .option('--json', 'machine-readable output')
  .action((opts) => targetsCommand(globals(), opts));

program
  .command('prepare [target]')
  .description("fetch the reference package, render its docs, capture gold outputs")
  .option('--all', 'every target')
  .option('--relock', 'accept a reference version other than the lock, and re-capture')
  .option('--json', 'machine-readable output')
  .action((name, opts) => prepareCommand(globals(), name, opts));

program
  .command('score <target> <solution-dir>')
  .description('build and score a solution folder (exit 0 when solved, 3 when not)')
  .option('--suite <suite>', 'visible, hidden or all', 'all')
  .option('--failures <n>', 'failing tests to show diffs of', '5')
  .option('--out <file>', 'also write the JSON report to a file')
  .option('--json', 'machine-readable output')
  .action((name, dir, opts) => scoreCommand(globals(), name, dir, opts));

program
  .command('validate [target]')
  .description('check stability, duals, a stub solution and the gold check')
  .option('--all', 'every target')
  .option('--json', 'machine-readable output')
  .action((name, opts) => validateCommand(globals(), name, opts));

program
  .command('shell <target>')
  .description('interactive shell in the agent sandbox, reference oracle included')
  .option('--workspace <dir>', 'use this folder as /workspace (default: a fresh one)')
  .action((name, opts) => shellCommand(globals(), name, opts));

program
  .command('exec <target> [cmd...]')
  .description('run one command in the agent sandbox and exit with its status (mirrorcode exec cal -- cal 2 2024)')
  .option('--workspace <dir>', 'use this folder as /workspace (default: a fresh one)')
  .option('--timeout <seconds>', 'wall-time limit')
  .action((name, cmd, opts) => execCommand(globals(), name, cmd, opts));

program
  .command('coverage [target]')
  .description('for each documented option (or the manifest coverage.items), how many visible and hidden tests use it')
  .option('--all', 'every target')
  .option('--json', 'machine-readable output')
  .action((name, opts) => coverageCommand(globals(), name, opts));

program
  .command('show <target> <test-id>')
  .description("one test case and the reference's captured answer (exit status, stdout, stderr); hidden tests too")
  .option('--json', 'machine-readable output (outputs in base64)')
  .action((name, id, opts) => showCommand(globals(), name, id, opts));

const scaffold = (c: Command): Command =>
  c
    .description('scaffold targets/<name>/ (manifest, notes, starter generator); see docs/adding-a-target.md')
    .requiredOption('--package <deb>', 'the Debian package(s) holding the program (comma-separated)')
    .requiredOption('--binary <path>', "the program's path inside the package, e.g. /usr/bin/rev")
    .option('--command <name>', 'the name it is invoked by (default: the binary name)')
    .option('--category <category>', 'unix-utility, data-query, bioinformatics, interpreter, static-analysis, cryptography or compression', 'unix-utility')
    .option('--tier <tier>', 'S, M or L', 'S')
    .option('--dir <targets-dir>', 'the targets folder to create it in (default: the project targets)')
    .action((name, opts) => targetNewCommand(name, opts));

// `mirrorcode target new NAME`, with `target-new` and `new` kept as short forms.
scaffold(program.command('target').description('work on targets').command('new <name>'));
scaffold(program.command('target-new <name>').alias('new'));

program
  .command('run [target]')
  .description('run an agent on a target, then score it (no API key: a scripted session, labelled as such)')
  .option('--model <provider/model>', 'anthropic/…, openai/… (Responses), openai-chat/…, google/…, compatible/… (with --base-url)')
  .option('--language <lang>', 'the language the solution must be written in')
  .option('--budget-tokens <n>', 'end the run after this many tokens (input + output)')
  .option('--budget-usd <x>', 'end the run after this many dollars')
  .option('--time-limit <d>', 'wall-time budget, e.g. 7d, 36h, 90m')
  .option('--working-time-limit <d>', 'working-time budget (time not spent waiting on retries)')
  .option('--epochs <k>', 'independent runs of the same configuration', '1')
  .option('--run-dir <dir>', 'where to keep the run (default: the data home)')
  .option('--resume <run-dir>', 'continue a run that was stopped or killed')
  .option('--base-url <url>', "the provider's base URL (OpenAI-compatible servers need one)")
  .option('--compact-at <share>', 'compact the context at this share of the window', '0.8')
  .option('--prices <file>', 'a price table overriding or extending the shipped one')
  .option('--json', 'machine-readable output')
  .action((name, opts) => runCommand(globals(), name, opts));

program
  .command('report')
  .description('solve and near-solve rates with Wilson 95% intervals, pass rates, cost and time, and a target x model grid')
  .option('--by <key>', 'group by model, target, tier or language', 'model')
  .option('--format <f>', 'table, markdown, csv or json', 'table')
  .option('--receipts <file>', 'recompute from a receipts file alone (mirrorcode export receipts) instead of the store')
  .option('--model <id>', 'only runs of this model')
  .option('--target <name>', 'only runs of this target')
  .option('--latest-tests', "per target, only runs scored against the test set of its newest run (when its tests or reference changed)")
  .action((opts) => reportCommand(globals(), opts));

program
  .command('export')
  .description('export data from the results store')
  .command('receipts')
  .description('one CSV row per run with everything needed to recompute the report (mirrorcode report --receipts FILE)')
  .option('--out <file>', 'write to this file instead of stdout')
  .option('--model <id>', 'only runs of this model')
  .option('--target <name>', 'only runs of this target')
  .action((opts) => exportReceiptsCommand(globals(), opts));

program
  .command('store')
  .description('the results store')
  .command('import <run-dir...>')
  .description('add finished run folders to the store (a run already there is replaced)')
  .action((dirs) => storeImportCommand(globals(), dirs));

program
  .command('view')
  .description('a local web viewer: leaderboard, target x model grid, runs with live progress, transcripts, diffs and plots')
  .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', '4173')
  .option('--host <addr>', 'address to listen on', '127.0.0.1')
  .action((opts) => viewCommand(globals(), opts));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    const internal = !(err instanceof UserError);
    process.stderr.write(`mirrorcode: ${internal ? 'internal error: ' : ''}${errorMessage(err).split('\n')[0]}\n`);
    if (internal && process.env.MIRRORCODE_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = internal ? 70 : 1;
  }
}
