import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { packageFiles, suggestDocs } from '../../reference/package-contents.js';
import { CATEGORIES, TIERS } from '../../targets/manifest.js';
import { UserError } from '../../util/errors.js';
import { defaultTargetsDir, projectRoot } from '../../util/paths.js';

const GENERATOR = `// Test cases for NAME: a deterministic generator. All variation comes from the seeded rng;
// each visible case has a hidden dual with the same idea and other values.
// Expected outputs are never written here: \`mirrorcode prepare NAME\` runs the real program.

/** @param {import('API').GeneratorContext} ctx */
export default function generate({ rng, add, cases }) {
  // add(id, note, make): make(0) is the visible case, make(1) its hidden dual (id.dual), which must
  // feed the program other values. A case with nothing to vary is visible only: push it to cases.

  cases.push({ id: 'help', note: 'usage text', argv: ['--help'] });
  add('stdin-words', 'text on stdin', () => ({ argv: [], stdin: \`\${rng.string(rng.int(5, 40), 'abcdefghij ')}\\n\` }));
  add('missing-file', 'a file that does not exist', () => ({ argv: [\`no-such-\${rng.int(1, 999)}.txt\`] }));
  return cases;
}
`;

/** Scaffolds targets/<name>/: a manifest to fill in, scope notes, and a starter generator. */
export async function targetNewCommand(name: string, opts: { package: string; binary: string; command?: string; category: string; tier: string; dir?: string }): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UserError(`target name "${name}" must be lower-case letters, digits and dashes`);
  if (!opts.binary.startsWith('/')) throw new UserError(`--binary must be the program's absolute path inside the package, e.g. /usr/bin/${name}`);
  if (!(CATEGORIES as readonly string[]).includes(opts.category)) throw new UserError(`--category must be one of ${CATEGORIES.join(', ')}`);
  if (!(TIERS as readonly string[]).includes(opts.tier)) throw new UserError(`--tier must be one of ${TIERS.join(', ')}`);
  const dir = path.join(path.resolve(opts.dir ?? defaultTargetsDir), name);
  if (existsSync(dir)) throw new UserError(`${dir} already exists`);
  const command = opts.command ?? path.basename(opts.binary);
  const packages = opts.package.split(',').map((p) => p.trim()).filter(Boolean);
  // Read the packages first: a wrong binary path fails here, and the docs listed are ones that exist.
  const files: string[] = [];
  for (const p of packages) files.push(...(await packageFiles(p)));
  if (!files.includes(opts.binary)) {
    const programs = files.filter((f) => /\/s?bin\/[^/]+$/.test(f));
    throw new UserError(
      `--binary ${opts.binary} is not in package(s) ${packages.join(', ')}; ${programs.length ? `its programs: ${programs.slice(0, 12).join(', ')}` : 'it installs no program'}`,
    );
  }
  const docs = suggestDocs(files, command);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name,
    title: `${command}: (one line on what it does)`,
    category: opts.category,
    tier: opts.tier,
    tierReason: '(estimated size of a reimplementation, and why)',
    command,
    reference: { packages, binary: opts.binary },
    docs: { man: docs.man, info: [], files: docs.files, notes: 'notes.md' },
    languages: 'any',
    limits: { timeSeconds: 10 },
    tests: { generator: 'tests.mjs', seed: Math.floor(Math.random() * 1_000_000) },
  };
  writeFileSync(path.join(dir, 'manifest.yaml'), stringify(manifest));
  writeFileSync(path.join(dir, 'notes.md'), `# ${command}: scope\n\nThe program is invoked as \`${command}\`. (Say what is tested and what is not.)\n`);
  // The type hint points at the checkout's generator API from wherever the target lives.
  const api = path.relative(dir, path.join(projectRoot, 'src', 'targets', 'generator-api.js'));
  writeFileSync(path.join(dir, 'tests.mjs'), GENERATOR.replaceAll('NAME', name).replace('API', api));
  const found = [
    `docs: man ${docs.man.length ? docs.man.join(', ') : 'none'}; files ${docs.files.length ? docs.files.join(', ') : 'none'}`,
    ...(docs.infoFiles.length ? [`info manuals in the package (add {file, node} entries to docs.info by hand): ${docs.infoFiles.join(', ')}`] : []),
    ...(docs.man.length + docs.files.length + docs.infoFiles.length === 0 ? ['the package has no man page, info manual or README: describe the program in notes.md'] : []),
  ];
  process.stdout.write(
    `created ${dir}: manifest.yaml, notes.md, tests.mjs\n${found.join('\n')}\nnext: fill in the manifest's title and tierReason, write tests, then run\n  mirrorcode prepare ${name} && mirrorcode validate ${name} && mirrorcode coverage ${name}\n`,
  );
}
