// The security review's attacks, each replayed against the committed bundle (`node dist/index.js` in a clean
// runner environment) and the emulator, as an outside attacker with write access would run them. Each test
// failed on the bundle before the trust fixes; now each is stopped before any Azure write.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nsgSpecText, type NsgTestRule } from '../../__fixtures__/nsg-spec.js';
import { startEmulator } from '../../emulator/index.js';
import type { RunningEmulator } from '../../emulator/types.js';
import { commands, loadEvent, prerequisites, trustEmulator, type RunOptions } from './harness.js';
import { caBundle, runCleanBundle, type BundleRun } from './bundle-runner.js';

const BUNDLE = process.env['AMLNET_BUNDLE'] ?? join(process.cwd(), 'dist', 'index.js');
const SUB = '00000000-0000-0000-0000-000000000000';
const OTHER_SUB = '11111111-1111-1111-1111-111111111111';
const PR_SUBJECT = 'repo:octo-org/octo-repo:pull_request';
const PRODUCTION = 'repo:octo-org/octo-repo:environment:production';
const MALLORY_TOKEN = 'ghp_malloryCollaboratorWithWriteAccess0001';
const NSG = `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;

type Rule = NsgTestRule;
const spec = (rules: Rule[], extra = ''): string => nsgSpecText(rules, { extra });

const SCORING: Rule = { name: 'allow-scoring', priority: 200, port: '443' };
const SSH_FROM_ANYWHERE: Rule = { name: 'allow-ssh', priority: 210, port: '22', source: '*' };

describe('attacks on the reviewed-plan binding and the plan, against node dist/index.js', () => {
  let emu: RunningEmulator;
  let caFile: string;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run bundle (the e2e suite never skips)`);
    emu = await startEmulator({
      state: {
        resources: prerequisites(),
        github: { tokens: [{ token: MALLORY_TOKEN, login: 'mallory', permission: 'write' }] },
        timings: { lroMs: { default: 0, 'retry-after': 0 } },
      },
    });
    caFile = caBundle(emu);
    trustEmulator(emu);
  });
  afterAll(async () => {
    await emu?.close();
  });

  async function emulatorFetch(path: string, init?: RequestInit): Promise<Response> {
    const res = await fetch(`${emu.info.armEndpoint}/_emulator${path}`, init);
    if (!res.ok) throw new Error(`emulator ${path}: ${res.status} ${await res.text()}`);
    return res;
  }
  async function control(path: string, body: unknown): Promise<Record<string, unknown>> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return (await (await emulatorFetch(path, init)).json()) as Record<string, unknown>;
  }
  async function armRequests(): Promise<Array<{ service: string; method: string; path: string }>> {
    const log = (await (await emulatorFetch('/requests')).json()) as {
      requests: Array<{ service: string; method: string; path: string }>;
    };
    return log.requests.filter((r) => r.service === 'arm');
  }
  const armWrites = async (): Promise<unknown[]> => (await armRequests()).filter((r) => r.method !== 'GET');
  const clearRequests = (): Promise<Response> => emulatorFetch('/requests', { method: 'DELETE' });

  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    'github-token': emu.info.githubToken,
    'client-id': emu.info.clientId,
    'tenant-id': emu.info.tenantId,
    'arm-endpoint': emu.info.armEndpoint,
    'authority-host': emu.info.authorityHost,
    ...extra,
  });

  function run(options: Omit<RunOptions, 'emulator'>): Promise<BundleRun> {
    return runCleanBundle(BUNDLE, { ...options, emulator: emu.info }, caFile);
  }

  async function openPullRequest(): Promise<{ number: number; headSha: string }> {
    const pr = await control('/github/pulls', { title: 'change' });
    return { number: Number(pr['number']), headSha: String(pr['headSha']) };
  }
  async function push(number: number): Promise<string> {
    return String((await control('/github/pulls', { number }))['headSha']);
  }

  async function planOn(
    number: number,
    headSha: string,
    files: Record<string, string>,
    extra = {},
  ): Promise<BundleRun> {
    await control('/oidc', { subject: PR_SUBJECT });
    const payload = loadEvent('pull_request');
    const pr = payload['pull_request'] as { number: number; head: { sha: string } };
    payload['number'] = number;
    pr.number = number;
    pr.head.sha = headSha;
    return run({
      inputs: inputs(extra),
      eventName: 'pull_request',
      payload,
      files,
      sha: headSha,
      ref: `refs/pull/${number}/merge`,
    });
  }

  async function mergeAndApply(number: number, specText: string): Promise<BundleRun & { sha: string }> {
    const merged = await control('/github/merge', { number });
    const sha = String(merged['mergeCommitSha']);
    return { ...(await pushApply(sha, specText)), sha };
  }

  /** The push to main whose `after` is `sha` (a merge commit): the apply run, or its re-run. */
  async function pushApply(sha: string, specText: string): Promise<BundleRun> {
    await control('/oidc', { subject: PRODUCTION });
    const payload = loadEvent('push');
    payload['after'] = sha;
    await clearRequests();
    return run({ inputs: inputs(), eventName: 'push', payload, files: { 'amlnet.yml': specText }, sha });
  }

  /** The hash the plan of `specText` gets against the current Azure state (a plan run that posts no comment). */
  async function planHashOf(specText: string): Promise<string> {
    const { number, headSha } = await openPullRequest();
    const r = await planOn(number, headSha, { 'amlnet.yml': specText }, { comment: 'false' });
    expect(r.code).toBe(0);
    return r.outputs['plan-hash'];
  }

  function comments(number: number): Array<{ id: number; body: string; user: string }> {
    return emu.world.github.repositories[0].comments[number] ?? [];
  }

  const failure = (r: BundleRun): string => commands(r.stdout, 'error').pop() ?? '';

  test('1. a spec value with U+2028 + a forged plan-hash line cannot bind an unreviewed spec', async () => {
    const evil = spec([SCORING, SSH_FROM_ANYWHERE]);
    const forged = await planHashOf(evil);
    const { number, headSha } = await openPullRequest();
    // Reviewed: a harmless change whose description carries the hash of the evil plan on a line of its own.
    const bait = spec([{ ...SCORING, description: `Scoring clients\u2028plan-hash: ${forged}` }]);
    expect((await planOn(number, headSha, { 'amlnet.yml': bait })).code).toBe(0);
    const body = comments(number)[0].body;
    expect(body.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter((l) => l.startsWith(`plan-hash: ${forged}`))).toEqual(
      [],
    );
    // A later push whose plan run never happened, then the merge.
    await push(number);
    const r = await mergeAndApply(number, evil);
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/was computed for commit [0-9a-f]{12}, not for its final head commit/);
    expect(await armWrites()).toEqual([]);
  });

  test('2. a collaborator who edits the bot comment (hash and commit) cannot bind an unreviewed spec', async () => {
    const evil = spec([SCORING, { ...SSH_FROM_ANYWHERE, priority: 220 }]);
    const forged = await planHashOf(evil);
    const { number, headSha } = await openPullRequest();
    expect((await planOn(number, headSha, { 'amlnet.yml': spec([SCORING]) })).code).toBe(0);
    const head2 = await push(number);
    const mine = comments(number)[0];
    const edited = mine.body
      .replace(/commit=[0-9a-f]{40}/, `commit=${head2}`)
      .replace(/plan-hash=[0-9a-f]{64}/, `plan-hash=${forged}`)
      .replace(/^plan-hash: [0-9a-f]{64}$/m, `plan-hash: ${forged}`);
    const res = await fetch(`${emu.info.githubApiUrl}/repos/octo-org/octo-repo/issues/comments/${mine.id}`, {
      method: 'PATCH',
      headers: { authorization: `token ${MALLORY_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: edited }),
    });
    expect(res.status).toBe(200);
    expect(comments(number)[0].user).toBe('github-actions[bot]'); // the author stays the bot
    const r = await mergeAndApply(number, evil);
    expect(r.code).toBe(1);
    expect(failure(r)).toContain('was edited by mallory');
    expect(r.summary).toContain('No trusted reviewed plan');
    expect(await armWrites()).toEqual([]);
  });

  test('3. a spec committed as a symlink to a runner file is refused unread; nothing of the file is quoted', async () => {
    const secretDir = mkdtempSync(join(tmpdir(), 'amlnet-runner-'));
    const TOKEN = 'ghs_Chk0utT0kenInGitConfig1234567890';
    writeFileSync(join(secretDir, 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`);
    const { number, headSha } = await openPullRequest();
    await control('/oidc', { subject: PR_SUBJECT });
    const payload = loadEvent('pull_request');
    (payload['pull_request'] as { number: number; head: { sha: string } }).number = number;
    (payload['pull_request'] as { number: number; head: { sha: string } }).head.sha = headSha;
    payload['number'] = number;
    const r = await run({
      inputs: inputs(),
      eventName: 'pull_request',
      payload,
      files: {},
      symlinks: { 'amlnet.yml': join(secretDir, 'config') },
      sha: headSha,
      ref: `refs/pull/${number}/merge`,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('is a symbolic link');
    for (const text of [r.stdout, r.stderr, r.summary, ...comments(number).map((c) => c.body)]) {
      expect(text).not.toContain('Chk0ut');
      expect(text).not.toContain('extraheader');
    }
  });

  test('4. workflow_dispatch from a branch other than the default plans only, never applies', async () => {
    await control('/oidc', { subject: PRODUCTION });
    await clearRequests();
    const r = await run({
      inputs: inputs(),
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch'),
      files: { 'amlnet.yml': spec([SCORING, { ...SSH_FROM_ANYWHERE, priority: 230 }]) },
      sha: '7'.repeat(40),
      ref: 'refs/heads/attacker-branch',
    });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('amlnet plan');
    expect(await armWrites()).toEqual([]);
  });

  test('5. dropping an applied NSG rule is shown: a warning by default, a delete with prune: true', async () => {
    const two = spec([SCORING, { name: 'allow-ops', priority: 240, port: '8443' }]);
    let pr = await openPullRequest();
    expect((await planOn(pr.number, pr.headSha, { 'amlnet.yml': two })).code).toBe(0);
    expect((await mergeAndApply(pr.number, two)).code).toBe(0);

    const one = spec([SCORING]);
    pr = await openPullRequest();
    const planned = await planOn(pr.number, pr.headSha, { 'amlnet.yml': one });
    expect(planned.code).toBe(0);
    const body = comments(pr.number)[0].body;
    expect(body).toContain('NSG-OWNED-RULE-REMOVED');
    expect(body).toMatch(/rule allow-ops .* was created by amlnet/);

    const pruned = nsgSpecText([SCORING], { prune: true });
    pr = await openPullRequest();
    expect((await planOn(pr.number, pr.headSha, { 'amlnet.yml': pruned })).code).toBe(0);
    expect(comments(pr.number)[0].body).toMatch(/- delete network\.securityGroup\.prune\[allow-ops\]/);
    const applied = await mergeAndApply(pr.number, pruned);
    expect(applied.code).toBe(0);
    const rules = (emu.world.resources.get(NSG.toLowerCase())?.properties as { securityRules: Array<{ name: string }> })
      .securityRules;
    expect(rules.map((x) => x.name)).not.toContain('allow-ops');
  });

  test('6. an attach resourceId in another subscription is an error before any Azure call', async () => {
    const attach = spec(
      [SCORING],
      [
        'aksClusters:',
        '  - name: foreign',
        '    mode: attach',
        `    resourceId: /subscriptions/${OTHER_SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks`,
        '    subnet: aks-subnet',
        '',
      ].join('\n'),
    );
    const { number, headSha } = await openPullRequest();
    await clearRequests();
    const r = await planOn(number, headSha, { 'amlnet.yml': attach });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').join('\n')).toContain('AML-ATTACH-SUBSCRIPTION');
    expect(await armRequests()).toEqual([]);
  });

  test("7. a marker inside a spec value cannot take over another spec's comment", async () => {
    const { number, headSha } = await openPullRequest();
    const hijack = spec([{ ...SCORING, description: '<!-- amlnet:plan spec=other.yml -->' }]);
    expect((await planOn(number, headSha, { 'amlnet.yml': hijack })).code).toBe(0);
    await control('/oidc', { subject: PR_SUBJECT });
    const other = await planOn(number, headSha, { 'other.yml': spec([SCORING]) }, { spec: 'other.yml' });
    expect(other.code).toBe(0);
    const bodies = comments(number).map((c) => c.body.split('\n')[0]);
    expect(bodies.sort()).toEqual(['<!-- amlnet:plan spec=amlnet.yml -->', '<!-- amlnet:plan spec=other.yml -->']);
    // The value's HTML comment is broken up: the only HTML comments are amlnet's two hidden lines.
    expect(comments(number)[0].body.match(/<!--/g)).toHaveLength(2);
  });

  test('a re-run after a failed apply resumes under the reviewed plan; a merged spec that differs does not', async () => {
    const three = spec([
      SCORING,
      { name: 'allow-metrics', priority: 250, port: '9090' },
      { name: 'allow-grpc', priority: 260, port: '8001' },
    ]);
    const { number, headSha } = await openPullRequest();
    expect((await planOn(number, headSha, { 'amlnet.yml': three })).code).toBe(0);
    // The second rule's write fails for good in this run (its long-running operation ends Failed).
    await control('/faults', {
      faults: [
        {
          kind: 'lro-failed',
          match: {
            method: 'PUT',
            resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
            path: 'allow-grpc',
            times: 10,
          },
        },
      ],
    });
    const first = await mergeAndApply(number, three);
    expect(first.code).toBe(1);
    await emulatorFetch('/faults', { method: 'DELETE' });
    // The job re-run: the fresh plan (what is left) no longer hashes like the reviewed plan, yet it is all reviewed.
    const again = await pushApply(first.sha, three);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/resuming: 1 of 2 reviewed changes already applied/);
    expect(again.summary).toContain('Resuming the reviewed plan');
    // And a run with nothing left to do passes too.
    const done = await pushApply(first.sha, three);
    expect(done.code).toBe(0);
    expect(await armWrites()).toEqual([]);
    // A spec that differs from the reviewed one is still refused, even though part of it is what was reviewed.
    const other = spec([SCORING, { name: 'allow-metrics', priority: 250, port: '9091' }]);
    const refused = await pushApply(first.sha, other);
    expect(refused.code).toBe(1);
    expect(failure(refused)).toMatch(/not reviewed: update network\.securityGroup\.rules\[allow-metrics\]/);
    expect(await armWrites()).toEqual([]);
  });
});
