import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError, errorMessage } from '../util/errors.js';
import { defaultTargetsDir } from '../util/paths.js';
import { DualCases, Rng, type Generator } from './generator-api.js';
import { readManifest, type Manifest } from './manifest.js';
import { schemaError } from './schema-error.js';
import { isSymlink, testCaseSchema, type TestCase } from './test-case.js';

export interface Target {
  name: string;
  dir: string;
  manifest: Manifest;
}

export interface TestSuite {
  visible: TestCase[];
  hidden: TestCase[];
  all: TestCase[];
}

/** Folders holding target folders: the project's own, then any given with --targets. */
export function targetRoots(extra: readonly string[] = []): string[] {
  return [defaultTargetsDir, ...extra.map((d) => path.resolve(d))];
}

export function listTargets(roots: readonly string[] = targetRoots()): Target[] {
  const out = new Map<string, Target>();
  for (const root of roots) {
    if (!existsSync(root)) throw new UserError(`${root}: targets folder does not exist`);
    for (const entry of readdirSync(root).sort()) {
      const dir = path.join(root, entry);
      if (!statSync(dir).isDirectory() || !existsSync(path.join(dir, 'manifest.yaml'))) continue;
      out.set(entry, loadTarget(dir));
    }
  }
  return [...out.values()];
}

export function loadTarget(dir: string): Target {
  const file = path.join(dir, 'manifest.yaml');
  const manifest = readManifest(file);
  if (manifest.name !== path.basename(dir)) {
    throw new UserError(`${file}: field name: "${manifest.name}" differs from the folder name "${path.basename(dir)}"`);
  }
  return { name: manifest.name, dir, manifest };
}

export function findTarget(name: string, roots: readonly string[] = targetRoots()): Target {
  for (const root of [...roots].reverse()) {
    const dir = path.join(root, name);
    if (existsSync(path.join(dir, 'manifest.yaml'))) return loadTarget(dir);
  }
  throw new UserError(`unknown target "${name}" (see: mirrorcode targets)`);
}

/** Loads a target's test cases from its generator or files and checks them. */
export async function loadTests(target: Target): Promise<TestSuite> {
  const spec = target.manifest.tests;
  let raw: unknown[];
  let source: string;
  if ('generator' in spec) {
    source = path.join(target.dir, spec.generator);
    if (!existsSync(source)) throw new UserError(`${source}: test generator not found`);
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(source).href)) as { default?: unknown };
    } catch (err) {
      throw new UserError(`${source}: cannot load the generator: ${errorMessage(err)}`);
    }
    if (typeof mod.default !== 'function') throw new UserError(`${source}: must export a default function`);
    try {
      const dual = new DualCases();
      raw = await (mod.default as Generator)({ rng: new Rng(spec.seed), seed: spec.seed, add: dual.add, cases: dual.cases });
    } catch (err) {
      throw new UserError(`${source}: the generator failed: ${errorMessage(err)}`);
    }
    if (!Array.isArray(raw)) throw new UserError(`${source}: the generator must return an array of test cases`);
  } else {
    source = path.join(target.dir, spec.files);
    if (!existsSync(source)) throw new UserError(`${source}: tests folder not found`);
    raw = [];
    for (const f of readdirSync(source).filter((f) => f.endsWith('.json')).sort()) {
      const file = path.join(source, f);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new UserError(`${file}: not valid JSON: ${errorMessage(err)}`);
      }
      if (!Array.isArray(parsed)) throw new UserError(`${file}: must hold an array of test cases`);
      raw.push(...(parsed as unknown[]));
    }
  }
  return checkSuite(source, raw);
}

/** Schema-checks each case, and checks ids are unique and duals name visible tests. */
export function checkSuite(source: string, raw: unknown[]): TestSuite {
  const all: TestCase[] = [];
  const ids = new Set<string>();
  raw.forEach((item, i) => {
    const r = testCaseSchema.safeParse(item);
    if (!r.success) {
      const id = (item as { id?: unknown } | null)?.id;
      throw schemaError(`${source} (test ${typeof id === 'string' ? id : `#${i}`})`, r.error);
    }
    if (ids.has(r.data.id)) throw new UserError(`${source}: duplicate test id "${r.data.id}"`);
    const files = Object.entries(r.data.files ?? {});
    for (const [link, spec] of files) {
      if (!isSymlink(spec)) continue;
      const inside = files.find(([f]) => f.startsWith(`${link}/`));
      if (inside) throw new UserError(`${source} (test ${r.data.id}): field files: "${inside[0]}" lies inside the symbolic link "${link}"; put it at the link's target`);
    }
    ids.add(r.data.id);
    all.push(r.data);
  });
  const visible = all.filter((t) => !t.hidden);
  const visibleIds = new Set(visible.map((t) => t.id));
  const hidden = all.filter((t) => t.hidden);
  for (const t of hidden) {
    if (!visibleIds.has(t.dualOf ?? '')) {
      throw new UserError(`${source} (test ${t.id}): field dualOf: "${t.dualOf}" is not a visible test`);
    }
  }
  return { visible, hidden, all };
}
