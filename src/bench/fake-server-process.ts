/**
 * The agent-loop benchmark's model server, in a process of its own so that the memory measured
 * in the benchmark is the harness's alone. Prints its URL; on a line "report" on stdin prints the
 * prefix-sharing figures as JSON and exits.
 */
import { createInterface } from 'node:readline';
import { promptItems, startFakeModelServer, type NormalizedRequest, type PromptItem } from '../fake-model/index.js';

/** Tokens of `next` that lie in the prefix it shares with `prev` (item by item). */
export function sharedPrefixTokens(prev: readonly PromptItem[], next: readonly PromptItem[]): number {
  let tokens = 0;
  for (let i = 0; i < Math.min(prev.length, next.length); i++) {
    if (prev[i]!.key !== next[i]!.key) break;
    tokens += next[i]!.tokens;
  }
  return tokens;
}

const window = Number(process.argv[2] ?? 500);
let prev: PromptItem[] | null = null;
let chain = 0;
let shared = 0;
let total = 0;

const server = await startFakeModelServer({
  keepRequests: 0,
  script: (req: NormalizedRequest, i) => {
    if (req.tools.length === 0) return { text: `Summary: ran ${i} commands printing calendars; nothing else to note.` };
    if (chain < window) {
      const items = promptItems(req);
      if (prev) {
        shared += sharedPrefixTokens(prev, items);
        total += items.reduce((n, it) => n + it.tokens, 0);
      }
      prev = items;
      chain++;
    }
    return { text: `Step ${i}: looking at another month.`, toolCalls: [{ name: 'bash', args: { cmd: `cal ${(i % 12) + 1} ${1900 + (i % 200)}; seq 1 ${40 + (i % 20)}` } }] };
  },
});
process.stdout.write(`${server.url}\n`);
createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line.trim() !== 'report') return;
  const cacheReads = server.responses.reduce((n, r) => n + r.tokens.cacheReadTokens, 0);
  const inputs = server.responses.reduce((n, r) => n + r.tokens.inputTokens, 0);
  process.stdout.write(JSON.stringify({ shared, total, chain, cacheReads, inputs }) + '\n');
  await server.close();
  process.exit(0);
});
