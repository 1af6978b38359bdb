// Typed, path-aware reading of the untyped state seed (YAML or JSON). Every problem becomes a StateError that names
// the path in the seed (e.g. `applications[0].federatedCredentials[1].subject`), the line and column when the seed
// came from a file, and what was expected.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

export type SeedPath = readonly (string | number)[];

export class StateError extends Error {
  constructor(
    message: string,
    readonly seedPath: string,
  ) {
    super(message);
    this.name = 'StateError';
  }
}

export function formatPath(path: SeedPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '(root)' : out;
}

/** Gives "file:line:column" for a seed path, when the seed came from a file. */
export type Locator = (path: SeedPath) => string | undefined;

export interface LoadedSeed {
  value: unknown;
  locate: Locator;
}

/** Reads a YAML or JSON state file (JSON is YAML); parse errors name the file, line and column. */
export function loadStateFile(file: string): LoadedSeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StateError(`state file ${file}: cannot read it (${reason})`, '(root)');
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const pos = lineCounter.linePos(first.pos[0]);
    throw new StateError(`${file}:${pos.line}:${pos.col}: not valid YAML or JSON: ${first.code}`, '(root)');
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  const locate: Locator = (path) => {
    // Walk up to the nearest node that exists (a missing key is reported at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range !== undefined) {
        const pos = lineCounter.linePos(range[0]);
        return `${file}:${pos.line}:${pos.col}`;
      }
    }
    return undefined;
  };
  return { value, locate };
}

/** A cursor on one value of the seed; readers return typed values or throw a StateError naming the path. */
export class SeedReader {
  constructor(
    readonly value: unknown,
    readonly path: SeedPath = [],
    private readonly locate: Locator = () => undefined,
  ) {}

  fail(problem: string, path: SeedPath = this.path): never {
    const where = this.locate(path);
    const name = formatPath(path);
    throw new StateError(`${where !== undefined ? `${where}: ` : ''}state ${name}: ${problem}`, name);
  }

  private describe(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'a list';
    if (typeof value === 'object') return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
  }

  /** The value must be a mapping whose keys are among `allowed` (typos must not pass silently). */
  object(allowed: readonly string[]): Record<string, unknown> {
    const v = this.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      this.fail(`expected a mapping, got ${this.describe(v)}`);
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key))
        this.fail(`unknown key '${key}' (allowed: ${allowed.join(', ')})`, [...this.path, key]);
    }
    return record;
  }

  child(key: string | number): SeedReader {
    const v = this.value as Record<string | number, unknown> | unknown[] | undefined;
    const next = v === undefined || v === null ? undefined : (v as Record<string | number, unknown>)[key];
    return new SeedReader(next, [...this.path, key], this.locate);
  }

  has(key: string): boolean {
    const v = this.value;
    return typeof v === 'object' && v !== null && (v as Record<string, unknown>)[key] !== undefined;
  }

  list(): SeedReader[] {
    if (!Array.isArray(this.value)) this.fail(`expected a list, got ${this.describe(this.value)}`);
    return this.value.map((_, i) => this.child(i));
  }

  string(options: { pattern?: RegExp; what?: string } = {}): string {
    const v = this.value;
    if (typeof v !== 'string' || v === '')
      this.fail(`expected ${options.what ?? 'a non-empty string'}, got ${this.describe(v)}`);
    if (options.pattern !== undefined && !options.pattern.test(v)) {
      this.fail(`${JSON.stringify(v)} is not ${options.what ?? `of the form ${options.pattern.source}`}`);
    }
    return v;
  }

  optionalString(options: { pattern?: RegExp; what?: string } = {}): string | undefined {
    return this.value === undefined || this.value === null ? undefined : this.string(options);
  }

  number(options: { min?: number; max?: number; integer?: boolean } = {}): number {
    const v = this.value;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`expected a number, got ${this.describe(v)}`);
    if (options.integer === true && !Number.isInteger(v)) this.fail(`expected an integer, got ${v}`);
    if (options.min !== undefined && v < options.min) this.fail(`${v} is below the minimum ${options.min}`);
    if (options.max !== undefined && v > options.max) this.fail(`${v} is above the maximum ${options.max}`);
    return v;
  }

  optionalNumber(options: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    return this.value === undefined || this.value === null ? undefined : this.number(options);
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail(`expected true or false, got ${this.describe(this.value)}`);
    return this.value;
  }

  oneOf<T extends string>(choices: readonly T[]): T {
    const v = this.value;
    if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
      this.fail(`expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, got ${this.describe(v)}`);
    }
    return v as T;
  }
}

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
