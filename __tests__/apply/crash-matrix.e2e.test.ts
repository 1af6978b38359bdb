// The crash matrix: for each example, a real `amlnet apply` process (bin/amlnet.js, the committed bundle) is
// killed with SIGKILL right after its k-th ARM write, for k = 1, 2, ... until an apply finishes on its own. The
// same job is then run again with the reviewed plan (--plan-file), and must:
//   - be accepted (a resumption of the reviewed plan, not "the plan changed") and exit 0;
//   - leave Azure converged: a fresh plan has no changes, and the resources are exactly those of an apply that
//     was never interrupted (nothing lost, nothing created twice, no orphan);
// and one more run must make 0 writes. Prints the matrix's figures.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startEmulator, type RequestLogEntry } from '../../emulator/index.js';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import type { RunningEmulator } from '../../emulator/types.js';
import type { Spec } from '../../src/spec/types.js';
import { caBundle } from '../action/bundle-runner.js';

const BIN = join(process.cwd(), 'bin', 'amlnet.js');
const BUNDLE = join(process.cwd(), 'dist', 'index.js');
const EXAMPLES = [
  'examples/aks-default.yml',
  'examples/aks-internal-lb.yml',
  'examples/aks-private.yml',
  'examples/restricted-outbound.yml',
  'examples/aci-delegated.yml',
  'examples/aks-workspace-private-endpoint.yml',
];
const WRITE = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);

interface Cli {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface World {
  emu: RunningEmulator;
  ca: string;
  /** ARM writes seen so far. */
  writes: number;
  /** Called after each ARM write with its ordinal. */
  onWrite?: (n: number) => void;
}

async function startWorld(spec: Spec): Promise<World> {
  const world: World = { emu: undefined as unknown as RunningEmulator, ca: '', writes: 0 };
  world.emu = await startEmulator({
    state: {
      resources: prerequisitesOf(spec),
      // Clusters and computes take long enough that a killed apply leaves them Creating for the re-run to meet.
      timings: {
        lroMs: {
          default: 30,
          'Microsoft.ContainerService/managedClusters': 600,
          'Microsoft.MachineLearningServices/workspaces/computes': 600,
          'retry-after': 0,
        },
      },
    },
    onRequest: (e: RequestLogEntry) => {
      if (e.service !== 'arm' || !WRITE.has(e.method.toUpperCase()) || e.status >= 400) return;
      world.writes += 1;
      world.onWrite?.(world.writes);
    },
  });
  world.ca = caBundle(world.emu);
  return world;
}

function cli(world: World, args: string[], killAfterWrite?: number): Promise<Cli> {
  const info = world.emu.info;
  const child = spawn(
    process.execPath,
    [BIN, ...args, '--arm-endpoint', info.armEndpoint, '--authority-host', info.authorityHost],
    {
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: process.env['HOME'] ?? tmpdir(),
        NODE_EXTRA_CA_CERTS: world.ca,
        ACTIONS_ID_TOKEN_REQUEST_URL: info.oidcRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: info.oidcRequestToken,
        AZURE_TENANT_ID: info.tenantId,
        AZURE_CLIENT_ID: info.clientId,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const start = world.writes;
  world.onWrite =
    killAfterWrite === undefined
      ? undefined
      : (n) => {
          if (n - start === killAfterWrite) child.kill('SIGKILL');
        };
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      world.onWrite = undefined;
      resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

/**
 * What an apply leaves behind, as counts per resource type (and per role-assignment scope): names Azure generates
 * (a new managed cluster's, a principal's) differ from world to world, but one of each, never two and never none,
 * must be there: nothing lost, nothing created twice, no orphan.
 */
function inventory(world: World): string[] {
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const r of world.emu.world.resources.values()) {
    const type = String(r.type).toLowerCase();
    const props = (r.properties ?? {}) as Record<string, unknown>;
    if (type === 'microsoft.authorization/roleassignments') {
      add(
        `${type} at ${String(props['scope']).toLowerCase()} role ${String(props['roleDefinitionId']).split('/').pop()}`,
      );
    } else if (type === 'microsoft.containerservice/managedclusters') {
      add(type);
    } else {
      add(String(r.id).toLowerCase());
    }
    for (const key of ['subnets', 'securityRules']) {
      for (const child of (props[key] ?? []) as Array<{ id?: string }>) add(String(child.id).toLowerCase());
    }
  }
  return [...counts].map(([k, n]) => `${k} x${n}`).sort();
}

interface Cell {
  example: string;
  killedAfter: number;
  resumed: boolean;
  converged: boolean;
  sameResources: boolean;
  writesAfter: number;
  note: string;
}

const results: Cell[] = [];

afterAll(() => {
  const ok = results.filter((c) => c.resumed && c.converged && c.sameResources && c.writesAfter === 0).length;
  console.log(
    `crash matrix: ${results.length} cells over ${EXAMPLES.length} examples; ${ok} resumed and converged with ` +
      `nothing lost or duplicated and 0 writes on the next run\n` +
      results
        .filter((c) => !(c.resumed && c.converged && c.sameResources && c.writesAfter === 0))
        .map((c) => `  FAILED ${c.example} killed after write ${c.killedAfter}: ${c.note}`)
        .join('\n'),
  );
});

describe.each(EXAMPLES)('crash matrix: %s', (example) => {
  let spec: Spec;
  let expected: string[];
  let totalWrites = 0;
  const dir = mkdtempSync(join(tmpdir(), 'amlnet-crash-'));
  const reviewed = join(dir, 'reviewed.json');

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run npm run bundle (this suite never skips)');
    spec = parse(readFileSync(example, 'utf8')) as Spec;
    // The uninterrupted apply: the reference end state, and how many writes it takes.
    const world = await startWorld(spec);
    try {
      const planned = await cli(world, ['plan', '--spec', example, '--format', 'json', '--out', reviewed]);
      expect(planned.code).toBe(0);
      const before = world.writes;
      const applied = await cli(world, [
        'apply',
        '--spec',
        example,
        '--plan-file',
        reviewed,
        '--poll-interval-ms',
        '5',
      ]);
      expect(applied.stderr).not.toMatch(/Azure error/);
      expect(applied.code).toBe(0);
      totalWrites = world.writes - before;
      expected = inventory(world);
    } finally {
      await world.emu.close();
    }
    expect(totalWrites).toBeGreaterThan(0);
  });

  test('every kill point resumes under the reviewed plan and converges', async () => {
    for (let k = 1; k < totalWrites; k++) {
      const world = await startWorld(spec);
      const cell: Cell = {
        example,
        killedAfter: k,
        resumed: false,
        converged: false,
        sameResources: false,
        writesAfter: -1,
        note: '',
      };
      results.push(cell);
      try {
        const plan = join(dir, `reviewed-${k}.json`);
        expect((await cli(world, ['plan', '--spec', example, '--format', 'json', '--out', plan])).code).toBe(0);
        const killed = await cli(
          world,
          ['apply', '--spec', example, '--plan-file', plan, '--poll-interval-ms', '5'],
          k,
        );
        if (killed.signal !== 'SIGKILL') {
          cell.note = `the apply was not killed (exit ${killed.code})`;
          continue;
        }
        const rerun = await cli(world, ['apply', '--spec', example, '--plan-file', plan, '--poll-interval-ms', '5']);
        cell.resumed = rerun.code === 0;
        if (!cell.resumed) cell.note += `re-run exit ${rerun.code}: ${(rerun.stderr + rerun.stdout).slice(0, 400)}; `;
        const fresh = join(dir, `fresh-${k}.json`);
        await cli(world, ['plan', '--spec', example, '--format', 'json', '--out', fresh]);
        const after = JSON.parse(readFileSync(fresh, 'utf8')) as {
          hasChanges: boolean;
          changes: Array<{ action: string; address: string }>;
        };
        cell.converged = !after.hasChanges;
        if (!cell.converged) {
          cell.note += `left: ${after.changes
            .filter((c) => c.action !== 'no-op')
            .map((c) => `${c.action} ${c.address}`)
            .join(', ')}`;
        }
        cell.sameResources = JSON.stringify(inventory(world)) === JSON.stringify(expected);
        if (!cell.sameResources) {
          const now = inventory(world);
          cell.note += `resources differ: extra ${now.filter((x) => !expected.includes(x)).join(', ')}; missing ${expected.filter((x) => !now.includes(x)).join(', ')}`;
        }
        const before = world.writes;
        await cli(world, ['apply', '--spec', example, '--plan-file', plan, '--poll-interval-ms', '5']);
        cell.writesAfter = world.writes - before;
        if (cell.writesAfter !== 0) cell.note += `${cell.writesAfter} writes on the run after`;
      } finally {
        await world.emu.close();
      }
    }
    const failed = results.filter(
      (c) => c.example === example && !(c.resumed && c.converged && c.sameResources && c.writesAfter === 0),
    );
    expect(failed.map((c) => `killed after write ${c.killedAfter}: ${c.note}`)).toEqual([]);
  }, 600_000);
});
