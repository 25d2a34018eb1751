import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { run } from '../util/exec-file.js';
import { download, ensureDataHome, storeDir } from './store.js';

/**
 * The paths a Debian package installs (regular files and symlinks), read from its .deb without
 * installing it. The .deb lands in the store's cache, where `prepare` would fetch it anyway.
 */
export async function packageFiles(pkg: string): Promise<string[]> {
  ensureDataHome();
  const debs = path.join(storeDir(), 'debs');
  mkdirSync(debs, { recursive: true });
  const deb = await download(pkg, null, debs);
  const listing = await run('dpkg-deb', ['-c', deb], { what: `listing ${path.basename(deb)}` });
  return parseDebListing(listing);
}

/** `dpkg-deb -c` lines ("-rw-r--r-- root/root 123 2023-01-01 00:00 ./usr/bin/x [-> target]") to absolute paths. */
export function parseDebListing(listing: string): string[] {
  const out: string[] = [];
  for (const line of listing.split('\n')) {
    const m = /^([-lh])\S*\s+\S+\s+\d+\s+\S+\s+\S+\s+\.(\/\S.*?)(?: -> .*| link to .*)?$/.exec(line);
    if (m?.[2]) out.push(m[2]);
  }
  return out;
}

export interface SuggestedDocs {
  man: string[];
  /** Info manuals in the package; their node names must be chosen by hand. */
  infoFiles: string[];
  files: string[];
}

/**
 * The documentation a scaffold should start from: the command's own man pages (sections 1 and 8,
 * untranslated); when there is none, the package's README-like files instead, since an agent
 * must get some description of the program.
 */
export function suggestDocs(files: readonly string[], command: string): SuggestedDocs {
  const man = files.filter((f) => /^\/usr\/share\/man\/man[18]\/[^/]+\.[18]\w*\.gz$/.test(f) && path.basename(f).startsWith(`${command}.`));
  const infoFiles = files.filter((f) => /^\/usr\/share\/info\/[^/]+\.info(\.gz)?$/.test(f));
  const readmes = files.filter((f) => /^\/usr\/share\/doc\/[^/]+\/(README|USAGE|MANUAL)[^/]*$/i.test(f) && !/\.(html?|pdf)$/i.test(f));
  return { man, infoFiles, files: man.length > 0 || infoFiles.length > 0 ? [] : readmes };
}
