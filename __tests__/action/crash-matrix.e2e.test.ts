// The crash matrix of the action path. For each example amlnet applies, the bundled action (`node dist/index.js`,
// a clean runner environment: bundle-runner.ts) plans pull request #1 and posts its comment (in the reference world
// and the first cell; the other cells' worlds get that same comment: reviewedAndMerged); the pull request is
// merged and the push to main applies, killed with SIGKILL right after its k-th ARM write, for every k before the
// last. The push job is then re-run (the same event, as "Re-run jobs" does) and must:
//   - resume under the plan reviewed on the pull request (or find it unchanged), and exit 0;
//   - leave Azure converged and the resources exactly those of an uninterrupted apply, with no orphan
//     (__tests__/apply/crash-world.ts, inventory.ts: the CLI matrix's checks);
// and one more re-run must see no changes (has-changes false) and make 0 writes. Prints the matrix's figures.
//
// Time: the action polls long-running operations every 2 s by default; these runs set the test-only knob
// AMLNET_POLL_INTERVAL_MS (README.md, "Development") to 5 ms, and cells run two at a time (each in its own
// emulator). The file costs about 3 minutes of CPU (35 cells, ~140 action runs); its wall time is that on an idle
// 2-core machine, several times more on a shared one.
import { existsSync, readFileSync } from 'node:fs';
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
} from '../apply/crash-world.js';
import { runCleanBundle, type BundleRun } from './bundle-runner.js';
import { commands, loadEvent, trustEmulator } from './harness.js';
import type { IssueComment, PullRequest } from '../../emulator/types.js';

const BUNDLE = join(process.cwd(), 'dist', 'index.js');
const { all: EXAMPLES } = crashExamples();
const PR_SUBJECT = 'repo:octo-org/octo-repo:pull_request';
const PRODUCTION = 'repo:octo-org/octo-repo:environment:production';
const KNOB = { AMLNET_POLL_INTERVAL_MS: '5' };

interface Job {
  world: CrashWorld;
  specText: string;
}

async function control(world: CrashWorld, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${world.emu.info.armEndpoint}/_emulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

const inputs = (world: CrashWorld): Record<string, string> => ({
  'github-token': world.emu.info.githubToken,
  'client-id': world.emu.info.clientId,
  'tenant-id': world.emu.info.tenantId,
  'arm-endpoint': world.emu.info.armEndpoint,
  'authority-host': world.emu.info.authorityHost,
});

/** Pull request #1 (the emulator's open one) is planned by the action: its comment is the reviewed plan. */
async function planPullRequest({ world, specText }: Job): Promise<BundleRun> {
  world.emu.world.github.oidcSubject = PR_SUBJECT;
  const headSha = world.emu.world.github.repositories[0].pulls.find((p) => p.number === 1)?.headSha ?? '';
  const payload = loadEvent('pull_request');
  const pr = payload['pull_request'] as { number: number; head: { sha: string } };
  payload['number'] = 1;
  pr.number = 1;
  pr.head.sha = headSha;
  return runCleanBundle(
    BUNDLE,
    {
      inputs: inputs(world),
      eventName: 'pull_request',
      payload,
      files: { 'amlnet.yml': specText },
      sha: headSha,
      ref: 'refs/pull/1/merge',
      emulator: world.emu.info,
    },
    world.ca,
    { env: KNOB },
  );
}

/** The push to main whose `after` is the merge commit `sha`: the apply, or a re-run of it (killed after write k). */
function pushApply({ world, specText }: Job, sha: string, killAfter?: number): Promise<BundleRun> {
  world.emu.world.github.oidcSubject = PRODUCTION;
  const payload = loadEvent('push');
  payload['after'] = sha;
  return runCleanBundle(
    BUNDLE,
    {
      inputs: inputs(world),
      eventName: 'push',
      payload,
      files: { 'amlnet.yml': specText },
      sha,
      ref: 'refs/heads/main',
      emulator: world.emu.info,
    },
    world.ca,
    { env: KNOB, onSpawn: (child) => killAfterWrite(world, child, killAfter) },
  );
}

/** Pull request #1 as the action left it after planning it: its head commit and its amlnet comment. */
interface Review {
  headSha: string;
  comments: IssueComment[];
}

function pullRequestOne(world: CrashWorld): { pull: PullRequest; comments: IssueComment[] } {
  const repo = world.emu.world.github.repositories[0];
  const pull = repo.pulls.find((p) => p.number === 1);
  if (pull === undefined) throw new Error('the emulator has no pull request #1');
  return { pull, comments: repo.comments[1] ?? [] };
}

/**
 * A fresh world in which pull request #1 was reviewed and merged; resolves the merge commit. Without `review`, the
 * action plans the pull request (and posts its comment); with it, the world gets the comment the action posted in
 * the reference world (same prerequisites, same spec: the same plan, which the first cell of each example checks),
 * which saves one action run per cell.
 */
async function reviewedAndMerged(
  spec: Spec,
  specText: string,
  review?: Review,
): Promise<{ job: Job; sha: string; review: Review }> {
  const world = await startCrashWorld(spec);
  trustEmulator(world.emu);
  const job = { world, specText };
  const pr = pullRequestOne(world);
  if (review === undefined) {
    const planned = await planPullRequest(job);
    if (planned.code !== 0 || planned.outputs['plan-hash'] === undefined) {
      await world.emu.close();
      throw new Error(`the pull request plan failed (exit ${planned.code}): ${commands(planned.stdout, 'error')}`);
    }
  } else {
    pr.pull.headSha = review.headSha;
    world.emu.world.github.repositories[0].comments[1] = structuredClone(review.comments);
  }
  const made = { headSha: pr.pull.headSha, comments: structuredClone(pullRequestOne(world).comments) };
  const merged = await control(world, '/github/merge', { number: 1 });
  return { job, sha: String(merged['mergeCommitSha']), review: made };
}

/** What a comment says, without its id and times (which differ from world to world). */
const said = (r: Review): string[] => r.comments.map((c) => `${c.user}: ${c.body}`);

const errorsOf = (r: BundleRun): string =>
  commands(r.stdout, 'error').join(' ').slice(0, 400) || r.stderr.slice(0, 400);

const results: Cell[] = [];
const started = Date.now();

afterAll(() => {
  console.log(matrixFigures('action crash matrix', results, EXAMPLES.length, Date.now() - started));
});

describe.each(EXAMPLES)('action crash matrix: %s', (example) => {
  const specText = readFileSync(example, 'utf8');
  const spec = parse(specText) as Spec;
  let expected: string[] = [];
  let totalWrites = 0;
  let reference: Review | undefined;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run npm run bundle (this suite never skips)');
    // The uninterrupted merge: the reference end state, and how many writes it takes.
    const { job, sha, review } = await reviewedAndMerged(spec, specText);
    reference = review;
    expect(review.comments).toHaveLength(1);
    try {
      const before = job.world.writes;
      const applied = await pushApply(job, sha);
      expect(errorsOf(applied)).toBe('');
      expect(applied.code).toBe(0);
      expect(applied.outputs['has-changes']).toBe('true');
      totalWrites = job.world.writes - before;
      expected = inventoryOf(job.world);
      expect(orphansOf(job.world)).toEqual([]);
    } finally {
      await job.world.emu.close();
    }
    expect(totalWrites).toBeGreaterThan(0);
  }, 120_000);

  test('every kill point of the push apply is resumed by the re-run, which converges', async () => {
    const points = Array.from({ length: totalWrites - 1 }, (_, i) => i + 1);
    await pool(points, PARALLEL_CELLS, async (k) => {
      const cell = newCell(example, k);
      results.push(cell);
      // The first cell plans its pull request itself: the same comment as the reference world's.
      const { job, sha, review } = await reviewedAndMerged(spec, specText, k === 1 ? undefined : reference);
      try {
        if (k === 1 && reference !== undefined) expect(said(review)).toEqual(said(reference));
        const killed = await pushApply(job, sha, k);
        if (killed.signal !== 'SIGKILL') {
          cell.note = `the apply was not killed (exit ${killed.code})`;
          return;
        }
        const rerun = await pushApply(job, sha);
        cell.resumed =
          rerun.code === 0 &&
          /resuming: \d+ of \d+ reviewed changes already applied|matches the plan reviewed/.test(rerun.stdout);
        if (!cell.resumed) cell.note += `re-run exit ${rerun.code}: ${errorsOf(rerun)}; `;
        const diff = inventoryDiff(expected, inventoryOf(job.world));
        cell.sameResources = diff === '';
        cell.note += diff === '' ? '' : `${diff}; `;
        const orphans = orphansOf(job.world);
        cell.noOrphan = orphans.length === 0 && job.world.deletes === 0;
        if (!cell.noOrphan) cell.note += `orphans: ${orphans.join(', ')}; deletes: ${job.world.deletes}; `;
        // One more re-run: the fresh plan has no changes (converged) and nothing is written.
        const before = job.world.writes;
        const again = await pushApply(job, sha);
        cell.converged = again.code === 0 && again.outputs['has-changes'] === 'false';
        if (!cell.converged) cell.note += `next run exit ${again.code}, has-changes ${again.outputs['has-changes']}; `;
        cell.writesAfter = job.world.writes - before;
        if (cell.writesAfter !== 0) cell.note += `${cell.writesAfter} writes on the run after`;
      } finally {
        await job.world.emu.close();
      }
    });
    const cells = results.filter((c) => c.example === example);
    expect(cells).toHaveLength(totalWrites - 1);
    expect(cells.filter((c) => !cellPassed(c)).map((c) => `killed after write ${c.killedAfter}: ${c.note}`)).toEqual(
      [],
    );
  }, 600_000);
});

test('the poll-interval knob refuses a bad value with a clear failure, before any Azure call', async () => {
  const specText = readFileSync(EXAMPLES[0], 'utf8');
  const { job, sha } = await reviewedAndMerged(parse(specText) as Spec, specText);
  try {
    const before = job.world.writes;
    job.world.emu.world.github.oidcSubject = PRODUCTION;
    const payload = loadEvent('push');
    payload['after'] = sha;
    const run = await runCleanBundle(
      BUNDLE,
      {
        inputs: inputs(job.world),
        eventName: 'push',
        payload,
        files: { 'amlnet.yml': job.specText },
        sha,
        emulator: job.world.emu.info,
      },
      job.world.ca,
      { env: { AMLNET_POLL_INTERVAL_MS: 'soon' } },
    );
    expect(run.code).toBe(1);
    expect(commands(run.stdout, 'error').join('\n')).toContain(
      'AMLNET_POLL_INTERVAL_MS must be a whole number of milliseconds from 0 to 60000, got "soon"',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(job.world.writes).toBe(before);
  } finally {
    await job.world.emu.close();
  }
}, 120_000);
