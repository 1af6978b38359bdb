// The crash matrix: for each example, a real `amlnet apply` process (bin/amlnet.js, the committed bundle) is
// killed with SIGKILL right after its k-th ARM write, for every k before the last write of an uninterrupted apply.
// The same job is then run again with the reviewed plan (--plan-hash and --plan-file), and must:
//   - be accepted (a resumption of the reviewed plan, not "the plan changed") and exit 0;
//   - leave the resources exactly those of an apply that was never interrupted (nothing lost, nothing created
//     twice), with no orphan and no DELETE (crash-world.ts, inventory.ts);
// and one more run must find Azure converged (its fresh plan has no changes) and make 0 writes. Cells run two at
// a time, each in its own emulator. Prints the matrix's figures. The action's matrix is
// __tests__/action/crash-matrix.e2e.test.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Spec } from '../../src/spec/types.js';
import {
  cellPassed,
  crashExamples,
  inventoryDiff,
  inventoryOf,
  killAfterWrite,
  matrixFigures,
  newCell,
  orphansOf,
  PARALLEL_CELLS,
  pool,
  startCrashWorld,
  type Cell,
  type CrashWorld,
} from './crash-world.js';

const BIN = join(process.cwd(), 'bin', 'amlnet.js');
const BUNDLE = join(process.cwd(), 'dist', 'index.js');
const { all: EXAMPLES, v2: V2_EXAMPLES } = crashExamples();
/** What an apply prints when its fresh plan has no changes (src/apply/render.ts). */
const NO_CHANGES = 'No changes. Your infrastructure matches the configuration.';

interface Cli {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(world: CrashWorld, args: string[], killAfter?: number): Promise<Cli> {
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
  killAfterWrite(world, child, killAfter);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

const readPlan = (path: string): { planHash: string } => JSON.parse(readFileSync(path, 'utf8')) as { planHash: string };

const results: Cell[] = [];
const started = Date.now();

afterAll(() => {
  console.log(matrixFigures('CLI crash matrix', results, EXAMPLES.length, Date.now() - started));
});

test('the v2 attach example, in a world without the cluster it attaches, is refused at plan time and writes nothing', async () => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  expect(V2_EXAMPLES.length).toBeGreaterThanOrEqual(2);
  const example = V2_EXAMPLES.find((p) => p.endsWith('k8s-attach.yml'));
  expect(example).toBeDefined();
  const spec = parse(readFileSync(example!, 'utf8')) as Spec;
  const world = await startCrashWorld(spec, { seedAttached: false });
  try {
    const planned = await cli(world, ['plan', '--spec', example!, '--format', 'json']);
    expect(planned.code).toBe(1);
    expect(planned.stdout).toMatch(/the cluster to attach \(.*existing-aks\) does not exist/);
    const applied = await cli(world, ['apply', '--spec', example!]);
    expect(applied.code).toBe(1);
    expect(world.writes).toBe(0);
  } finally {
    await world.emu.close();
  }
}, 120_000);

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
    const world = await startCrashWorld(spec);
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
      expected = inventoryOf(world);
      expect(orphansOf(world)).toEqual([]);
    } finally {
      await world.emu.close();
    }
    expect(totalWrites).toBeGreaterThan(0);
  });

  test('every kill point resumes under the reviewed plan and converges', async () => {
    const points = Array.from({ length: totalWrites - 1 }, (_, i) => i + 1);
    await pool(points, PARALLEL_CELLS, async (k) => {
      const world = await startCrashWorld(spec);
      const cell = newCell(example, k);
      results.push(cell);
      try {
        const plan = join(dir, `reviewed-${k}.json`);
        expect((await cli(world, ['plan', '--spec', example, '--format', 'json', '--out', plan])).code).toBe(0);
        const apply = [
          'apply',
          '--spec',
          example,
          '--plan-hash',
          readPlan(plan).planHash,
          '--plan-file',
          plan,
          '--poll-interval-ms',
          '5',
        ];
        const killed = await cli(world, apply, k);
        if (killed.signal !== 'SIGKILL') {
          cell.note = `the apply was not killed (exit ${killed.code})`;
          return;
        }
        const rerun = await cli(world, apply);
        cell.resumed = rerun.code === 0;
        if (!cell.resumed) cell.note += `re-run exit ${rerun.code}: ${(rerun.stderr + rerun.stdout).slice(0, 400)}; `;
        const diff = inventoryDiff(expected, inventoryOf(world));
        cell.sameResources = diff === '';
        cell.note += diff === '' ? '' : `${diff}; `;
        const orphans = orphansOf(world);
        cell.noOrphan = orphans.length === 0 && world.deletes === 0;
        if (!cell.noOrphan) cell.note += `orphans: ${orphans.join(', ')}; deletes: ${world.deletes}; `;
        // One more run: its fresh plan has no changes (it says so) and it writes nothing.
        const before = world.writes;
        const again = await cli(world, apply);
        cell.converged = again.code === 0 && again.stdout.includes(NO_CHANGES);
        if (!cell.converged)
          cell.note += `next run exit ${again.code}: ${(again.stderr + again.stdout).slice(0, 400)}; `;
        cell.writesAfter = world.writes - before;
        if (cell.writesAfter !== 0) cell.note += `${cell.writesAfter} writes on the run after`;
      } finally {
        await world.emu.close();
      }
    });
    const cells = results.filter((c) => c.example === example);
    expect(cells).toHaveLength(totalWrites - 1);
    expect(cells.filter((c) => !cellPassed(c)).map((c) => `killed after write ${c.killedAfter}: ${c.note}`)).toEqual(
      [],
    );
  }, 600_000);
});
