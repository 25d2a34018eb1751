import { xoroshiro128plus, unsafeUniformIntDistribution, type RandomGenerator } from 'pure-rand';
import type { TestCase } from './test-case.js';

/** Seeded randomness for test generators: the same seed always gives the same sequence. */
export class Rng {
  private gen: RandomGenerator;
  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed);
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.gen);
  }
  float(): number {
    return this.int(0, 2 ** 31 - 1) / 2 ** 31;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.int(0, 255);
    return out;
  }
  string(length: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }
}

/**
 * Collects cases two at a time: `add(id, note, make)` pushes make(0) as visible test `id` and
 * make(1) as its hidden dual `id.dual`; a repeated id is an error.
 */
export class DualCases {
  readonly cases: unknown[] = [];
  private readonly ids = new Set<string>();

  readonly add = (id: string, note: string, make: (variant: 0 | 1) => Record<string, unknown>): void => {
    if (this.ids.has(id)) throw new Error('duplicate id ' + id);
    this.ids.add(id);
    this.cases.push({ id, note, ...make(0) });
    this.cases.push({ id: id + '.dual', note, ...make(1), hidden: true, dualOf: id });
  };
}

export interface GeneratorContext {
  rng: Rng;
  seed: number;
  /** Adds a visible case and its hidden dual (see DualCases). */
  add: DualCases['add'];
  /** The cases added so far, in order; a generator may return this array. */
  cases: unknown[];
}

/** What a target's generator module exports by default. */
export type Generator = (ctx: GeneratorContext) => unknown[] | Promise<unknown[]>;

export type { TestCase };
