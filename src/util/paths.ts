import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the mirrorcode checkout (holds package.json, targets/, assets/). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where mirrorcode keeps its data: reference store, prepared targets, scratch space. */
export function dataHome(): string {
  return path.resolve(process.env.MIRRORCODE_HOME ?? path.join(projectRoot, '.mirrorcode'));
}

export const defaultTargetsDir = path.join(projectRoot, 'targets');
export const assetsDir = path.join(projectRoot, 'assets');
