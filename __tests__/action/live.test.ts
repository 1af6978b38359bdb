// The action end to end with Azure: run() the way the runner runs it, the real Octokit, @azure/identity and
// Azure SDK clients talking HTTPS to the emulator (GitHub REST + OIDC, Entra, ARM). One world, played in order:
// a pull request is planned and commented, pushed again (the comment is edited), merged and applied; then a
// merge whose plan changed after review is refused before any write, and a scheduled run reports drift.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import type { IssueComment, Repository, RunningEmulator } from '../../emulator/types.js';
import { run } from '../../src/main.js';
import { createPipeline } from '../../src/app/pipeline.js';
import type { FakeIO } from '../../src/github/fake-io.js';
import { commands, loadEvent, prerequisites, runAction, trustEmulator, type ActionRun } from './harness.js';

const SPECS = join(process.cwd(), '__fixtures__', 'specs');
const specA = readFileSync(join(SPECS, 'valid.yml'), 'utf8');
// The same spec with one NSG rule changed: what lands on main when a push after the review was never planned.
const specB = specA.replace('priority: 200', 'priority: 210');
const MARKER = '<!-- amlnet:plan spec=amlnet.yml -->';
const SUB = '00000000-0000-0000-0000-000000000000';
const PRODUCTION = 'repo:octo-org/octo-repo:environment:production';
const PULL_REQUEST = 'repo:octo-org/octo-repo:pull_request';

// Short LRO polling against the emulator; the code path is the production one.
const pipeline = createPipeline({ pollIntervalMs: 5, maxRetryAfterSeconds: 0 });
const runIt = (io: FakeIO): Promise<void> => run(io, pipeline);

let emu: RunningEmulator;

async function control(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${emu.info.armEndpoint}/_emulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator control ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function armRequests(): Promise<{ method: string; path: string; service: string }[]> {
  const res = await fetch(`${emu.info.armEndpoint}/_emulator/requests`);
  return ((await res.json()) as { requests: { method: string; path: string; service: string }[] }).requests;
}

async function clearRequests(): Promise<void> {
  await fetch(`${emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
}

/** The priority of the NSG rule allow-scoring-inbound in the emulator's state. */
async function nsgRulePriority(): Promise<number | undefined> {
  const state = (await (await fetch(`${emu.info.armEndpoint}/_emulator/state`)).json()) as {
    resources: { id: string; properties?: { securityRules?: { name: string; properties: { priority: number } }[] } }[];
  };
  for (const r of state.resources) {
    if (r.id.toLowerCase().endsWith('/securityrules/allow-scoring-inbound')) {
      return (r as unknown as { properties: { priority: number } }).properties.priority;
    }
    const rule = r.properties?.securityRules?.find((x) => x.name === 'allow-scoring-inbound');
    if (rule !== undefined) return rule.properties.priority;
  }
  return undefined;
}

function repo(): Repository {
  return emu.world.github.repositories[0];
}

function ours(number: number): IssueComment[] {
  return (repo().comments[number] ?? []).filter((c) => c.body.includes(MARKER));
}

function prPayload(number: number, headSha: string): Record<string, unknown> {
  const payload = loadEvent('pull_request');
  const pr = payload['pull_request'] as { number: number; head: { sha: string } };
  payload['number'] = number;
  pr.number = number;
  pr.head.sha = headSha;
  return payload;
}

const inputs = (): Record<string, string> => ({
  'github-token': emu.info.githubToken,
  'client-id': emu.info.clientId,
  'tenant-id': emu.info.tenantId,
  'arm-endpoint': emu.info.armEndpoint,
  'authority-host': emu.info.authorityHost,
});

async function planPr(number: number, spec: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  await control('/oidc', { subject: PULL_REQUEST });
  const pull = repo().pulls.find((p) => p.number === number);
  if (pull === undefined) throw new Error(`no pull request #${number}`);
  return runAction(runIt, {
    inputs: { ...inputs(), ...extra },
    eventName: 'pull_request',
    payload: prPayload(number, pull.headSha),
    files: { 'amlnet.yml': spec },
    sha: pull.headSha,
    ref: `refs/pull/${number}/merge`,
    emulator: emu.info,
  });
}

async function applyPush(sha: string, spec: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  await control('/oidc', { subject: PRODUCTION });
  const payload = loadEvent('push');
  payload['after'] = sha;
  return runAction(runIt, {
    inputs: { ...inputs(), ...extra },
    eventName: 'push',
    payload,
    files: { 'amlnet.yml': spec },
    sha,
    ref: 'refs/heads/main',
    emulator: emu.info,
  });
}

async function mergeAndApply(
  number: number,
  spec: string,
  extra: Record<string, string> = {},
): Promise<ActionRun & { sha: string }> {
  const merged = await control('/github/merge', { number });
  const sha = String(merged['mergeCommitSha']);
  return { ...(await applyPush(sha, spec, extra)), sha };
}

beforeAll(async () => {
  emu = await startEmulator({
    state: { resources: prerequisites(), timings: { lroMs: { default: 10, 'retry-after': 0 } } },
  });
  trustEmulator(emu);
});

afterAll(async () => {
  await emu?.close();
});

describe('a pull request, its pushes, its merge', () => {
  let reviewedHash = '';
  let changedMergeSha = '';

  test('the pull request is planned and gets exactly one comment with the plan hash', async () => {
    const result = await planPr(1, specA);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    expect(result.outputs['valid']).toBe('true');
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
    reviewedHash = result.outputs['plan-hash'];
    // One GitHub OIDC token for the whole run: the one fetched while the spec was validated is the one exchanged.
    expect(result.io.secrets.filter((s) => s.startsWith('eyJ'))).toHaveLength(1);
    const planFile = result.outputs['plan-file'];
    expect(planFile.startsWith(result.env['RUNNER_TEMP'])).toBe(true);
    expect(existsSync(planFile)).toBe(true);
    expect(JSON.parse(readFileSync(planFile, 'utf8'))).toMatchObject({ planHash: reviewedHash, hasChanges: true });
    const sarifFile = result.outputs['sarif-file'];
    expect(sarifFile.startsWith(result.env['RUNNER_TEMP'])).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(
      (JSON.parse(readFileSync(planFile, 'utf8')) as { findings: unknown[] }).findings.length,
    );
    const comments = ours(1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`plan-hash: ${reviewedHash}`);
    expect(result.outputs['comment-url']).toContain(`#issuecomment-${comments[0].id}`);
    expect(result.summary).toContain('### amlnet plan for `amlnet.yml`');
    // Planning writes nothing to Azure.
    expect((await armRequests()).filter((r) => r.service === 'arm' && r.method !== 'GET')).toEqual([]);
  });

  test('a second push edits the same comment instead of adding one', async () => {
    const [before] = ours(1);
    await control('/github/pulls', { number: 1, headSha: 'cd'.repeat(20) });
    const result = await planPr(1, specA);
    expect(result.failed).toBe(false);
    const after = ours(1);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before.id);
    expect(after[0].body).toContain('cd'.repeat(20));
    expect(result.outputs['plan-hash']).toBe(reviewedHash);
  });

  test('a re-run with the same plan and commit leaves the comment alone (no edit)', async () => {
    const [before] = ours(1);
    await clearRequests();
    const result = await planPr(1, specA);
    expect(result.failed).toBe(false);
    const github = (await armRequests()).filter((r) => r.service === 'github');
    expect(github.some((r) => r.method === 'GET' && r.path.endsWith('/issues/1/comments'))).toBe(true);
    expect(github.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(ours(1)).toEqual([before]);
  });

  test('a token that cannot comment: the plan is in the summary, a warning, no failure', async () => {
    emu.world.github.tokens.push({ token: 'ghs_live_readonly', login: 'github-actions[bot]', permission: 'read' });
    const [before] = ours(1);
    const result = await planPr(1, specB, { 'github-token': 'ghs_live_readonly' });
    expect(result.failed).toBe(false);
    expect(commands(result.stdout, 'warning').join('\n')).toContain('Resource not accessible by integration');
    expect(result.summary).toContain('### amlnet plan for `amlnet.yml`');
    expect(result.summary).toContain('Not posted');
    expect(ours(1)).toEqual([before]); // untouched
  });

  test('the merge applies the reviewed plan and sets the outputs', async () => {
    await clearRequests();
    const result = await mergeAndApply(1, specA);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    expect(result.outputs['plan-hash']).toBe(reviewedHash);
    expect(result.outputs['valid']).toBe('true');
    expect(result.outputs['aci-subnet']).toBe(
      `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet/subnets/aci-subnet`,
    );
    expect(result.summary).toContain('### amlnet apply');
    expect(result.summary).toContain('Apply complete.');
    // Each change's duration in the job summary's table.
    expect(result.summary).toContain('| | change | action | outcome | attempts | duration | details |');
    expect(result.summary).toMatch(/^\| ✅ \| `network\.subnets\[[\w-]+\]` \| \w+ \| done \| \d+ \| \d+\.\d s \|/m);
    // Each change's log is one group, opened and closed before the next: parallel changes never interleave in it.
    const log = result.stdout.split('\n');
    const groups = log.flatMap((l, i) => (l.startsWith('::group::') ? [i] : []));
    expect(groups.length).toBeGreaterThan(3);
    for (const start of groups) {
      const end = log.indexOf('::endgroup::', start);
      expect(end).toBeGreaterThan(start);
      const inside = log.slice(start + 1, end);
      expect(inside.some((l) => l.startsWith('::group::'))).toBe(false);
      const address = /^::group::(\S+): /.exec(log[start])?.[1];
      expect(address).toBeDefined();
      expect(inside.every((l) => l.startsWith(`${address}: `))).toBe(true);
    }
    expect(log.filter((l) => /^::group::\S+: (Creation|Modifications) complete after \d+s$/.test(l))).toHaveLength(
      groups.length,
    );
    const writes = (await armRequests()).filter((r) => r.service === 'arm' && r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);
    // The delegation is in Azure now (read back through ARM, as any client would).
    const res = await fetch(`${emu.info.armEndpoint}/_emulator/state`);
    const state = (await res.json()) as { resources: { id: string }[] };
    const vnetOrSubnets = state.resources.filter((r) => /virtualNetworks\/ml-vnet/i.test(r.id));
    expect(JSON.stringify(vnetOrSubnets)).toMatch(/aci-subnet.*Microsoft\.ContainerInstance\/containerGroups/s);
  });

  test('a merge whose plan changed after review is refused before any write, showing both plans', async () => {
    const opened = await control('/github/pulls', { title: 'Tighten the scoring rule' });
    const number = Number(opened['number']);
    const reviewed = await planPr(number, specA); // reviewed: nothing to change after the first apply
    expect(reviewed.outputs['has-changes']).toBe('false');
    await clearRequests();
    const result = await mergeAndApply(number, specB); // what was merged differs from what was reviewed
    expect(result.failed).toBe(true);
    expect(commands(result.stdout, 'error').pop()).toMatch(
      new RegExp(
        `the plan changed since it was reviewed on pull request #${number}: reviewed plan-hash ${reviewed.outputs['plan-hash']}, fresh plan-hash [0-9a-f]{64}; not reviewed: update network\\.securityGroup\\.rules\\[allow-scoring-inbound\\]\\. Nothing was applied`,
      ),
    );
    expect(result.summary).toContain('### Plan changed after review');
    expect(result.summary).toContain('The reviewed plan');
    expect(result.summary).toMatch(
      /### Plan changed after review[\s\S]*The reviewed plan[\s\S]*### amlnet plan for `amlnet.yml`/,
    );
    expect((await armRequests()).filter((r) => r.service === 'arm' && r.method !== 'GET')).toEqual([]);
    changedMergeSha = result.sha;
  });

  test('with on-plan-change: apply the same merge applies the fresh plan, with a warning', async () => {
    const result = await applyPush(changedMergeSha, specB, { 'on-plan-change': 'apply' });
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    expect(commands(result.stdout, 'warning').join('\n')).toMatch(
      /the plan changed since it was reviewed.*applying the fresh plan \(on-plan-change: apply\)/,
    );
    expect(result.summary).toContain('Apply complete.');
    expect(await nsgRulePriority()).toBe(210);
  });

  test('a scheduled run reports drift in has-changes and a warning, without writing', async () => {
    await control('/oidc', { subject: PULL_REQUEST });
    await clearRequests();
    const result = await runAction(runIt, {
      inputs: inputs(),
      eventName: 'schedule',
      payload: loadEvent('schedule'),
      files: { 'amlnet.yml': specA },
      sha: 'ef'.repeat(20),
      emulator: emu.info,
    });
    expect(result.failed).toBe(false);
    expect(result.outputs['has-changes']).toBe('true');
    expect(commands(result.stdout, 'warning').join('\n')).toMatch(/drift: the live state of amlnet\.yml differs/);
    expect(result.summary).toContain('## amlnet drift check: `amlnet.yml`');
    expect((await armRequests()).filter((r) => r.service === 'arm' && r.method !== 'GET')).toEqual([]);
  });

  test('a token subject with no federated credential fails with the AADSTS advice, no stack trace, no token', async () => {
    await control('/oidc', { subject: 'repo:octo-org/octo-repo:ref:refs/heads/feature' });
    const result = await runAction(runIt, {
      inputs: { ...inputs(), command: 'plan' },
      eventName: 'push',
      payload: { ...loadEvent('push'), ref: 'refs/heads/feature' },
      files: { 'amlnet.yml': specA },
      sha: '12'.repeat(20),
      ref: 'refs/heads/feature',
      emulator: emu.info,
    });
    expect(result.failed).toBe(true);
    const failure = commands(result.stdout, 'error').pop() ?? '';
    expect(failure).toMatch(/AADSTS700213/);
    expect(failure).toContain('repo:octo-org/octo-repo:ref:refs/heads/feature');
    expect(result.stdout).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    // The GitHub ID token is masked as soon as it is fetched (::add-mask::) and never printed otherwise.
    const unmasked = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./);
    expect(result.summary).toContain('### Failed');
  });

  test('a direct push (no merged pull request) is refused before any write with on-plan-change: fail', async () => {
    await control('/oidc', { subject: PRODUCTION });
    await clearRequests();
    const sha = '34'.repeat(20);
    const result = await runAction(runIt, {
      inputs: inputs(),
      eventName: 'push',
      payload: { ...loadEvent('push'), after: sha },
      files: { 'amlnet.yml': specA },
      sha,
      emulator: emu.info,
    });
    expect(result.failed).toBe(true);
    expect(commands(result.stdout, 'error').pop()).toMatch(
      /no merged pull request contains commit 343434343434, so there is no reviewed plan\. Nothing was applied/,
    );
    expect((await armRequests()).filter((r) => r.service === 'arm' && r.method !== 'GET')).toEqual([]);
  });

  test('a manual dispatch without a reviewed plan applies the fresh plan with a warning', async () => {
    await control('/oidc', { subject: PRODUCTION });
    const sha = '56'.repeat(20);
    const result = await runAction(runIt, {
      inputs: inputs(),
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch'),
      files: { 'amlnet.yml': specA },
      sha,
      emulator: emu.info,
    });
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    expect(commands(result.stdout, 'warning').join('\n')).toMatch(
      /no merged pull request contains commit 565656565656.*applying the fresh plan/,
    );
    expect(result.summary).toContain('Apply complete.');
    expect(await nsgRulePriority()).toBe(200);
  });
});
