import type { TestSuite } from './target.js';

/**
 * Options a man page documents: the option words at the start of its indented definition lines
 * (e.g. "       -n, --length=N" gives -n and --length). Pure.
 */
export function documentedOptions(manText: string): string[] {
  return [...new Set(documentedOptionGroups(manText).flat())].sort();
}

/**
 * The same, grouped by definition line: the forms of one option ("-n, --length=N" gives
 * [-n, --length]) are one item to cover, used by whichever form a test writes. Pure.
 */
export function documentedOptionGroups(manText: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const raw of manText.split('\n')) {
    // "--[no-]sparse" documents two options: --sparse and --no-sparse.
    const line = raw.replace(/--\[no-?\]([A-Za-z0-9][\w-]*)/g, '--$1, --no-$1');
    // An option's argument may hold a bracketed list ("CODE1[,CODE2...]"): drop those first.
    const flat = line.replace(/\[[^\]]*\]/g, (b) => (b.startsWith('[=') || /^\[-/.test(b) ? b : ''));
    const m = /^\s{2,}(-{1,2}[A-Za-z0-9?][\w-]*(?:[=[ ][^,]*)?(?:,\s*-{1,2}[A-Za-z0-9?][\w-]*(?:[=[ ][^,]*)?)*)\s*$/.exec(flat) ?? /^\s{2,}(-{1,2}[A-Za-z0-9?][\w-]*(?:,\s*-{1,2}[A-Za-z0-9?][\w-]*)*)/.exec(flat);
    if (!m) continue;
    const forms: string[] = [];
    for (const opt of m[1]!.matchAll(/(?:^|[\s,])(-{1,2}[A-Za-z0-9?][\w-]*)/g)) {
      // A short option is one character (-A2 is an example, not an option).
      if (/^-[A-Za-z0-9?]$|^--[A-Za-z0-9][\w-]*$/.test(opt[1]!) && !seen.has(opt[1]!) && !forms.includes(opt[1]!)) forms.push(opt[1]!);
    }
    for (const f of forms) seen.add(f);
    if (forms.length) groups.push(forms);
  }
  return groups.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

/** Whether an argv uses an item: the word itself, --long=value, or a short option with its value attached. */
export function argvUses(argv: readonly string[], item: string, items: readonly string[] = [item]): boolean {
  return argv.some((a) => {
    if (a === item) return true;
    if (item.startsWith('--')) {
      // getopt_long takes any unambiguous prefix (--vers for --version), with or without =value.
      const name = a.split('=', 1)[0]!;
      if (name === item) return true;
      return name.length > 3 && item.startsWith(name) && items.filter((i) => i.startsWith(name)).length === 1;
    }
    // An operation with a parameter (datamash's perc:90, bin:5) uses the operation.
    if (/^[A-Za-z][\w-]*$/.test(item) && a.startsWith(`${item}:`)) return true;
    // ...and so does a comma list of operations (bedtools' -o sum,mean).
    if (/^[A-Za-z][\w-]*$/.test(item) && a.includes(',') && a.split(',').some((w) => w === item || w.startsWith(`${item}:`))) return true;
    if (/^-[A-Za-z0-9]$/.test(item)) {
      // A word that is another, longer single-dash item (bedtools' -sorted) is that item, not -s bundled.
      if (items.some((i) => i !== item && /^-[A-Za-z]{2,}$/.test(i) && a.startsWith(i) && /^-?\d*$/.test(a.slice(i.length)))) return false;
      return a.startsWith(item) && !a.startsWith('--') ? true : /^-[A-Za-z0-9]+$/.test(a) && a.includes(item[1]!);
    }
    // A multi-letter single-dash option (indent's -cli) may carry its number attached (-cli4).
    if (/^-[A-Za-z]{2,}$/.test(item)) return a.startsWith(item) && /^-?\d*$/.test(a.slice(item.length));
    return false;
  });
}

export interface CoverageRow {
  /** The item as listed: its forms joined by ", " ("-n, --length"). */
  item: string;
  forms: string[];
  visible: number;
  hidden: number;
}

/**
 * For each item (an option with its forms, or a subcommand), how many visible and hidden tests use
 * it in any of its forms. Pure.
 */
export function coverage(items: ReadonlyArray<string | readonly string[]>, suite: TestSuite): CoverageRow[] {
  const groups = items.map((i) => (typeof i === 'string' ? [i] : [...i]));
  const all = groups.flat();
  const uses = (argv: readonly string[], forms: readonly string[]): boolean => forms.some((f) => argvUses(argv, f, all));
  return groups.map((forms) => ({
    item: forms.join(', '),
    forms,
    visible: suite.visible.filter((t) => uses(t.argv, forms)).length,
    hidden: suite.hidden.filter((t) => uses(t.argv, forms)).length,
  }));
}
