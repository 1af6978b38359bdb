// One world of the crash matrices (CLI: __tests__/apply/crash-matrix.e2e.test.ts, action:
// __tests__/action/crash-matrix.e2e.test.ts): an in-process emulator seeded with what the spec presupposes, whose
// ARM writes are counted as they are answered, so that a child process (amlnet apply, or the bundled action) can be
// killed with SIGKILL right after its k-th write. Plus the end-state checks both matrices share.
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RequestLogEntry } from '../../emulator/index.js';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import type { JsonObject, RunningEmulator } from '../../emulator/types.js';
import type { Spec } from '../../src/spec/types.js';
import { caBundle } from '../action/bundle-runner.js';
import { inventory, orphans, roleAssignmentIds } from './inventory.js';
import { attachSeed } from './v2-seed.js';

const WRITE = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);

export interface CrashWorld {
  emu: RunningEmulator;
  /** The CA bundle file a child process trusts (NODE_EXTRA_CA_CERTS). */
  ca: string;
  /** ARM writes answered so far (2xx/3xx). */
  writes: number;
  /** ARM DELETEs seen (amlnet never deletes: must stay 0). */
  deletes: number;
  /** The role assignments the world started with (not amlnet's: never orphans). */
  preexistingRoles: Set<string>;
  /** Called after each answered ARM write with its ordinal. */
  onWrite?: (n: number) => void;
}

/**
 * Clusters, computes and AzureML extension installs take long enough (600 ms) that a killed apply leaves them
 * Creating for the re-run to meet; everything else settles in 30 ms; Retry-After is 0 so pollers poll at the
 * client's interval. The world holds what the spec presupposes (prerequisites.ts) and, unless `seedAttached` is
 * false, the existing clusters its Azure ML v2 attach entries name (v2-seed.ts).
 */
export async function startCrashWorld(spec: Spec, options: { seedAttached?: boolean } = {}): Promise<CrashWorld> {
  const world: CrashWorld = {
    emu: undefined as unknown as RunningEmulator,
    ca: '',
    writes: 0,
    deletes: 0,
    preexistingRoles: new Set(),
  };
  world.emu = await startEmulator({
    state: {
      resources: [...prerequisitesOf(spec), ...(options.seedAttached === false ? [] : attachSeed(spec))],
      timings: {
        lroMs: {
          default: 30,
          'Microsoft.ContainerService/managedClusters': 600,
          'Microsoft.MachineLearningServices/workspaces/computes': 600,
          'Microsoft.KubernetesConfiguration/extensions': 600,
          'retry-after': 0,
        },
      },
    },
    onRequest: (e: RequestLogEntry) => {
      if (e.service !== 'arm' || !WRITE.has(e.method.toUpperCase())) return;
      if (e.method.toUpperCase() === 'DELETE') world.deletes += 1;
      if (e.status >= 400) return;
      world.writes += 1;
      world.onWrite?.(world.writes);
    },
  });
  world.ca = caBundle(world.emu);
  world.preexistingRoles = roleAssignmentIds(resourcesOf(world));
  return world;
}

/** Kills `child` with SIGKILL right after its `k`-th ARM write (counted from now); no kill when k is undefined. */
export function killAfterWrite(world: CrashWorld, child: ChildProcess, k: number | undefined): void {
  const start = world.writes;
  world.onWrite =
    k === undefined
      ? undefined
      : (n) => {
          if (n - start === k) child.kill('SIGKILL');
        };
  child.on('close', () => {
    world.onWrite = undefined;
  });
}

export function resourcesOf(world: CrashWorld): JsonObject[] {
  return [...world.emu.world.resources.values()] as JsonObject[];
}

/** The world's inventory (inventory.ts), for comparison with an uninterrupted apply's. */
export function inventoryOf(world: CrashWorld): string[] {
  return inventory(resourcesOf(world));
}

/** The orphans amlnet left (inventory.ts), ignoring the role assignments the world started with. */
export function orphansOf(world: CrashWorld): string[] {
  return orphans(resourcesOf(world), world.preexistingRoles);
}

/** What differs between two inventories, as one sentence; '' when they are equal. */
export function inventoryDiff(expected: readonly string[], now: readonly string[]): string {
  if (JSON.stringify(expected) === JSON.stringify(now)) return '';
  const extra = now.filter((x) => !expected.includes(x));
  const missing = expected.filter((x) => !now.includes(x));
  return `resources differ: extra ${extra.join(', ') || 'none'}; missing ${missing.join(', ') || 'none'}`;
}

/**
 * The examples a crash matrix runs: every examples/*.yml, Azure ML v1 and v2 alike (`v2` lists those with
 * kubernetesClusters, whose attach entries the crash world seeds).
 */
export function crashExamples(): { all: string[]; v2: string[] } {
  const all = readdirSync('examples')
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => join('examples', f));
  return { all, v2: all.filter((p) => /^kubernetesClusters:/m.test(readFileSync(p, 'utf8'))) };
}

/** A cell of a crash matrix: one example, killed after one write. */
export interface Cell {
  example: string;
  killedAfter: number;
  resumed: boolean;
  converged: boolean;
  sameResources: boolean;
  noOrphan: boolean;
  writesAfter: number;
  note: string;
}

export function newCell(example: string, killedAfter: number): Cell {
  return {
    example,
    killedAfter,
    resumed: false,
    converged: false,
    sameResources: false,
    noOrphan: false,
    writesAfter: -1,
    note: '',
  };
}

export const cellPassed = (c: Cell): boolean =>
  c.resumed && c.converged && c.sameResources && c.noOrphan && c.writesAfter === 0;

/** The matrix's figures, one line, then one line per failed cell. */
export function matrixFigures(name: string, cells: readonly Cell[], examples: number, ms: number): string {
  const ok = cells.filter(cellPassed).length;
  const per = new Map<string, number>();
  for (const c of cells) per.set(c.example, (per.get(c.example) ?? 0) + 1);
  return (
    `${name}: ${cells.length} cells over ${examples} examples, ${ok} passed (resumed under the reviewed plan, ` +
    `converged, nothing lost or duplicated, no orphan, 0 writes on the next run) in ${(ms / 1000).toFixed(1)} s` +
    ` (cells per example: ${[...per].map(([e, n]) => `${e} ${n}`).join(', ') || 'none'})` +
    cells
      .filter((c) => !cellPassed(c))
      .map((c) => `\n  FAILED ${c.example} killed after write ${c.killedAfter}: ${c.note}`)
      .join('')
  );
}

/** Runs `run` over `items`, at most `limit` at a time (each cell has its own emulator and child processes). */
export async function pool<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Cells in flight at once in the crash matrices (each waits on its emulator's LROs part of the time). */
export const PARALLEL_CELLS = 2;
