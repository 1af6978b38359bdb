// The committed bundle, run as the runner runs it: `node dist/index.js` in a child process whose environment is
// built from scratch (PATH, HOME, NODE_EXTRA_CA_CERTS, the runner's GITHUB_*/RUNNER_* variables, INPUT_*, the
// OIDC pair). Without the bundle every test here FAILS, saying to run `npm run bundle` (never skips).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import type { RunningEmulator } from '../../emulator/types.js';
import { commands, loadEvent, prerequisites, trustEmulator, type RunOptions } from './harness.js';
import { caBundle, jwtLeaks, leaks, runCleanBundle, type BundleRun } from './bundle-runner.js';
import { parseRunnerFile } from './runner-file.js';

// AMLNET_BUNDLE points at another build (e.g. one made in a temporary directory) without touching dist/.
const BUNDLE = process.env['AMLNET_BUNDLE'] ?? join(process.cwd(), 'dist', 'index.js');
const SPECS = join(process.cwd(), '__fixtures__', 'specs');

/** The bundle tests: each first requires the bundle, so a missing dist/ fails them all with one clear message. */
function describeBundle(name: string, body: () => void): void {
  describe(name, () => {
    beforeAll(() => {
      if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first (e2e tests run it)`);
    });
    body();
  });
}

test('the bundle under test exists', () => {
  expect({ bundle: BUNDLE, exists: existsSync(BUNDLE) }).toEqual({ bundle: BUNDLE, exists: true });
});

// The test's own reading of GITHUB_OUTPUT must be as strict as the runner's, or a broken file would pass.
describe('parseRunnerFile (GITHUB_OUTPUT as the runner reads it)', () => {
  test.each([
    ['one heredoc', 'valid<<ghadelimiter_1\ntrue\nghadelimiter_1\n', { valid: 'true' }],
    ['a multi-line value', 'a<<EOF\nx\n\ny\nEOF\nb<<EOF\n\nEOF\n', { a: 'x\n\ny', b: '' }],
    ['name=value and a later value wins', 'a=1\na<<D\n2=3\nD\n', { a: '2=3' }],
    ['a value containing << after =', 'a=x<<y\n', { a: 'x<<y' }],
  ])('%s', (_name, text, expected) => {
    expect(parseRunnerFile(text)).toEqual(expected);
  });
  test.each([
    ['an unterminated heredoc', 'a<<EOF\nvalue\n', /output a: no closing line EOF/],
    ['a stray line', 'valid<<D\ntrue\nD\noops\n', /line 4 is neither/],
    ['a heredoc without delimiter', 'a<<\nx\n', /line 1: a<< has no delimiter/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseRunnerFile(text)).toThrow(message);
  });
});

describeBundle('node dist/index.js', () => {
  test('validate with errors: annotations, valid=false, exit code 1, no stack trace', async () => {
    const result = await runCleanBundle(BUNDLE, {
      inputs: { command: 'validate' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': readFileSync(join(SPECS, 'errors.yml'), 'utf8') },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.code).toBe(1);
    expect(result.outputs['valid']).toBe('false');
    expect(commands(result.stdout, 'error')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error title=SPEC-UNKNOWN-KEY,file=amlnet\.yml,line=17,col=\d+::/),
      ]),
    );
    expect(result.summary).toContain('| severity | rule | location | spec path | message |');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  });

  test('validate a valid spec: exit code 0, valid=true', async () => {
    const result = await runCleanBundle(BUNDLE, {
      inputs: { command: 'validate' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': readFileSync(join(SPECS, 'valid.yml'), 'utf8') },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['valid']).toBe('true');
  });

  describe('against the emulator', () => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      emu = await startEmulator({
        state: { resources: prerequisites(), timings: { lroMs: { default: 10, 'retry-after': 0 } } },
      });
    });
    afterAll(async () => {
      await emu?.close();
    });

    test('a pull request with errors gets its findings comment over HTTPS (NODE_EXTRA_CA_CERTS)', async () => {
      const repo = emu.world.github.repositories[0];
      const pull = repo.pulls.find((p) => p.state === 'open');
      if (pull === undefined) throw new Error('no open pull request in the emulator');
      const payload = loadEvent('pull_request');
      const pr = payload['pull_request'] as { number: number; head: { sha: string } };
      payload['number'] = pull.number;
      pr.number = pull.number;
      pr.head.sha = pull.headSha;
      const result = await runCleanBundle(
        BUNDLE,
        {
          inputs: { 'github-token': emu.info.githubToken },
          eventName: 'pull_request',
          payload,
          files: { 'amlnet.yml': readFileSync(join(SPECS, 'errors.yml'), 'utf8') },
          sha: pull.headSha,
          emulator: emu.info,
        },
        caBundle(emu),
      );
      expect(result.code).toBe(1);
      const mine = (repo.comments[pull.number] ?? []).filter((c) =>
        c.body.includes('<!-- amlnet:plan spec=amlnet.yml -->'),
      );
      expect(mine).toHaveLength(1);
      expect(result.outputs['comment-url']).toContain(`#issuecomment-${mine[0].id}`);
      // Masked first thing (the runner hides it from then on), never printed otherwise.
      const lines = (result.stdout + result.stderr).split('\n').filter((l) => l.includes(emu.info.githubToken));
      expect(lines).toEqual([`::add-mask::${emu.info.githubToken}`]);
    });

    test('a pull request with a valid spec gets the live plan (Azure SDK chunks load from the bundle)', async () => {
      const repo = emu.world.github.repositories[0];
      const pull = repo.pulls.find((p) => p.state === 'open');
      if (pull === undefined) throw new Error('no open pull request in the emulator');
      const payload = loadEvent('pull_request');
      const pr = payload['pull_request'] as { number: number; head: { sha: string } };
      payload['number'] = pull.number;
      pr.number = pull.number;
      pr.head.sha = pull.headSha;
      const result = await runCleanBundle(
        BUNDLE,
        {
          inputs: {
            'github-token': emu.info.githubToken,
            'client-id': emu.info.clientId,
            'tenant-id': emu.info.tenantId,
            'arm-endpoint': emu.info.armEndpoint,
            'authority-host': emu.info.authorityHost,
          },
          eventName: 'pull_request',
          payload,
          files: { 'amlnet.yml': readFileSync(join(SPECS, 'valid.yml'), 'utf8') },
          sha: pull.headSha,
          emulator: emu.info,
        },
        caBundle(emu),
      );
      expect(commands(result.stdout, 'error')).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
      const mine = (repo.comments[pull.number] ?? []).filter((c) =>
        c.body.includes('<!-- amlnet:plan spec=amlnet.yml -->'),
      );
      expect(mine).toHaveLength(1); // the findings comment of the previous test, edited into the plan
      expect(mine[0].body).toContain(`plan-hash: ${result.outputs['plan-hash']}`);
    });
  });
});

// The scenarios, one world played in order, each step a `node <bundle>` child process with a clean
// environment (bundle-runner.ts): a pull request opens and gets exactly one comment; a second push edits that
// comment; the merge applies; a fork pull request is validated offline only; a merge whose plan changed after
// review is refused before any write. No token value may appear in any log or summary.
describeBundle('node dist/index.js, the pull request life cycle (clean runner environment)', () => {
  const specA = readFileSync(join(SPECS, 'valid.yml'), 'utf8');
  // The second push changes one NSG rule; the post-review change (never planned on a pull request) changes it again.
  const specB = specA.replace('priority: 200', 'priority: 210');
  const specC = specA.replace('priority: 200', 'priority: 220');
  const MARKER = '<!-- amlnet:plan spec=amlnet.yml -->';
  const PR_SUBJECT = 'repo:octo-org/octo-repo:pull_request';
  const PRODUCTION = 'repo:octo-org/octo-repo:environment:production';
  const READ_ONLY_TOKEN = 'ghs_e2eForkReadOnly0000000000000000000000';
  const HASH = /^[0-9a-f]{64}$/;

  interface StateComment {
    id: number;
    body: string;
    user: string;
  }
  interface LoggedRequest {
    service: string;
    method: string;
    path: string;
  }
  interface EmulatorState {
    resources: { id: string; type: string; properties?: Record<string, unknown> }[];
    roleAssignments: { id: string; properties?: Record<string, unknown> }[];
    github: {
      repositories: {
        fullName: string;
        pulls: { number: number; headSha: string }[];
        comments: Record<string, StateComment[]>;
      }[];
    };
  }

  let emu: RunningEmulator;
  let caFile: string;
  /** Every run's stdout, stderr and summary, for the token-leak checks at the end. */
  const transcripts: BundleRun[] = [];

  async function emulatorFetch(path: string, init?: RequestInit): Promise<Response> {
    const res = await fetch(`${emu.info.armEndpoint}/_emulator${path}`, init);
    if (!res.ok) throw new Error(`emulator ${path}: ${res.status} ${await res.text()}`);
    return res;
  }
  async function control(path: string, body: unknown): Promise<Record<string, unknown>> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return (await (await emulatorFetch(path, init)).json()) as Record<string, unknown>;
  }
  async function state(): Promise<EmulatorState> {
    return (await (await emulatorFetch('/state')).json()) as EmulatorState;
  }
  async function requests(): Promise<LoggedRequest[]> {
    return ((await (await emulatorFetch('/requests')).json()) as { requests: LoggedRequest[] }).requests;
  }
  async function clearRequests(): Promise<void> {
    await emulatorFetch('/requests', { method: 'DELETE' });
  }
  const armWrites = async (): Promise<LoggedRequest[]> =>
    (await requests()).filter((r) => r.service === 'arm' && r.method !== 'GET');
  /** The amlnet comments on a pull request, read back from the emulator over HTTPS. */
  async function amlnetComments(number: number): Promise<StateComment[]> {
    const repo = (await state()).github.repositories.find((r) => r.fullName === 'octo-org/octo-repo');
    return (repo?.comments[String(number)] ?? []).filter((c) => c.body.includes(MARKER));
  }

  async function headShaOf(number: number): Promise<string> {
    const repo = (await state()).github.repositories.find((r) => r.fullName === 'octo-org/octo-repo');
    const sha = repo?.pulls.find((p) => p.number === number)?.headSha;
    if (sha === undefined) throw new Error(`no pull request #${number} in the emulator`);
    return sha;
  }

  const azureInputs = (): Record<string, string> => ({
    'github-token': emu.info.githubToken,
    'client-id': emu.info.clientId,
    'tenant-id': emu.info.tenantId,
    'arm-endpoint': emu.info.armEndpoint,
    'authority-host': emu.info.authorityHost,
  });

  async function run(options: Omit<RunOptions, 'emulator'> & { oidc?: boolean }): Promise<BundleRun> {
    const result = await runCleanBundle(BUNDLE, { ...options, emulator: emu.info }, caFile);
    transcripts.push(result);
    // The child saw only what a runner gives a node24 action step (no NODE_OPTIONS or anything else from jest).
    const foreign = Object.keys(result.env).filter(
      (k) =>
        !/^(INPUT_|GITHUB_|ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)$|RUNNER_TEMP$|PATH$|HOME$|NODE_EXTRA_CA_CERTS$)/.test(
          k,
        ),
    );
    expect(foreign).toEqual([]);
    // Nothing on stderr (no Node warning, no stack trace); the only warnings are the spec's finding
    // annotations (the fixture has one advisory finding), never an operational one such as "comment not posted".
    expect(result.stderr).toBe('');
    for (const w of commands(result.stdout, 'warning')) {
      expect(w).toMatch(/^::warning title=[A-Z][A-Z0-9-]+,file=amlnet\.yml,line=\d+,col=\d+::/);
    }
    return result;
  }

  function pullRequestEvent(fixture: string, action: string, number: number, headSha: string): Record<string, unknown> {
    const payload = loadEvent(fixture);
    const pr = payload['pull_request'] as { number: number; head: { sha: string } };
    payload['action'] = action;
    payload['number'] = number;
    pr.number = number;
    pr.head.sha = headSha;
    return payload;
  }

  async function planPullRequest(number: number, action: string, headSha: string, spec: string): Promise<BundleRun> {
    await control('/oidc', { subject: PR_SUBJECT });
    return run({
      inputs: azureInputs(),
      eventName: 'pull_request',
      payload: pullRequestEvent('pull_request', action, number, headSha),
      files: { 'amlnet.yml': spec },
      sha: headSha,
      ref: `refs/pull/${number}/merge`,
    });
  }

  /** Merges through the emulator's control endpoint, then runs the push to main whose `after` is the merge commit. */
  async function mergeAndPush(number: number, spec: string): Promise<BundleRun & { sha: string }> {
    const merged = await control('/github/merge', { number });
    const sha = String(merged['mergeCommitSha']);
    await control('/oidc', { subject: PRODUCTION });
    const payload = loadEvent('push');
    payload['after'] = sha;
    const commits = payload['commits'] as { id: string }[];
    commits[0].id = sha;
    (payload['head_commit'] as { id: string }).id = sha;
    const result = await run({
      inputs: azureInputs(),
      eventName: 'push',
      payload,
      files: { 'amlnet.yml': spec },
      sha,
      ref: 'refs/heads/main',
    });
    return { ...result, sha };
  }

  beforeAll(async () => {
    emu = await startEmulator({
      state: {
        resources: prerequisites(),
        github: { tokens: [{ token: READ_ONLY_TOKEN, login: 'github-actions[bot]', permission: 'read' }] },
        timings: { lroMs: { default: 0, 'retry-after': 0 } },
      },
    });
    caFile = caBundle(emu);
    // This process reads the emulator's state over HTTPS too.
    trustEmulator(emu);
  });
  afterAll(async () => {
    await emu?.close();
  });

  let firstHash = '';
  let reviewedHash = '';
  let commentId = 0;

  test('a pull request opens: live plan, exactly one comment carrying the plan-hash output, no Azure write', async () => {
    await clearRequests();
    const result = await planPullRequest(1, 'opened', await headShaOf(1), specA);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs['valid']).toBe('true');
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['plan-hash']).toMatch(HASH);
    firstHash = result.outputs['plan-hash'];
    expect(result.outputs['plan-file'].startsWith(result.env['RUNNER_TEMP'])).toBe(true);
    const comments = await amlnetComments(1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(MARKER);
    expect(comments[0].body.match(/plan-hash: ([0-9a-f]{64})/)?.[1]).toBe(firstHash);
    expect(result.outputs['comment-url']).toMatch(
      new RegExp(`/octo-org/octo-repo/pull/1#issuecomment-${comments[0].id}$`),
    );
    commentId = comments[0].id;
    expect(result.stdout.split('\n')).toContain(`::add-mask::${emu.info.githubToken}`);
    expect(result.summary).toContain('### amlnet plan for `amlnet.yml`');
    // The plan was read live (GitHub OIDC -> Entra -> ARM GETs), and planning wrote nothing.
    const log = await requests();
    expect(log.some((r) => r.service === 'oidc')).toBe(true);
    expect(log.some((r) => r.service === 'entra')).toBe(true);
    expect(log.some((r) => r.service === 'arm' && r.method === 'GET')).toBe(true);
    expect(log.filter((r) => r.service === 'arm' && r.method !== 'GET')).toEqual([]);
  });

  test('a second push (new head sha, changed spec) edits that same comment', async () => {
    const headSha = 'cd'.repeat(20);
    await control('/github/pulls', { number: 1, headSha });
    const result = await planPullRequest(1, 'synchronize', headSha, specB);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    reviewedHash = result.outputs['plan-hash'];
    expect(reviewedHash).toMatch(HASH);
    expect(reviewedHash).not.toBe(firstHash);
    const comments = await amlnetComments(1);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).toBe(commentId);
    expect(comments[0].body).toContain(`plan-hash: ${reviewedHash}`);
    expect(comments[0].body).not.toContain(firstHash);
    expect(comments[0].body).toContain(headSha);
    expect(result.outputs['comment-url']).toContain(`#issuecomment-${commentId}`);
  });

  test('the merge applies the reviewed plan: subnets, cluster and role in Azure; outputs set', async () => {
    await clearRequests();
    const result = await mergeAndPush(1, specB);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs['valid']).toBe('true');
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['plan-hash']).toBe(reviewedHash);
    expect(result.outputs['aci-subnet']).toMatch(/\/virtualNetworks\/ml-vnet\/subnets\/aci-subnet$/);
    expect(result.summary).toContain('Apply complete.');
    expect((await armWrites()).length).toBeGreaterThan(0);

    const after = await state();
    const byType = (type: string): EmulatorState['resources'] =>
      after.resources.filter((r) => r.type.toLowerCase() === type.toLowerCase());
    const vnet = JSON.stringify(byType('Microsoft.Network/virtualNetworks'));
    const subnets = JSON.stringify(byType('Microsoft.Network/virtualNetworks/subnets'));
    expect(vnet + subnets).toMatch(/aks-subnet/);
    expect(vnet + subnets).toMatch(/aci-subnet[\s\S]*Microsoft\.ContainerInstance\/containerGroups/);
    const clusters = byType('Microsoft.ContainerService/managedClusters');
    expect(clusters.map((c) => c.id)).toEqual([expect.stringMatching(/\/managedClusters\/myaks(-[0-9a-z-]+)?$/i)]);
    const computes = byType('Microsoft.MachineLearningServices/workspaces/computes');
    expect(computes.map((c) => c.id)).toEqual([expect.stringMatching(/\/workspaces\/ml-ws\/computes\/myaks$/i)]);
    expect(JSON.stringify(after.roleAssignments)).toContain('4d97b98b-1d4f-4787-a291-c67834d212e7');
    expect(JSON.stringify(byType('Microsoft.Network/networkSecurityGroups'))).toMatch(/"priority":210/);
  });

  test('a fork pull request: validate only, summary written, no comment, no Azure and no OIDC request', async () => {
    const opened = await control('/github/pulls', {
      title: 'Fork contribution',
      headRepo: 'someone/octo-repo',
      headRef: 'private-scoring',
      user: 'someone',
    });
    const number = Number(opened['number']);
    const headSha = await headShaOf(number);
    await clearRequests();
    const result = await run({
      inputs: { ...azureInputs(), 'github-token': READ_ONLY_TOKEN },
      eventName: 'pull_request',
      payload: pullRequestEvent('pull_request_fork', 'opened', number, headSha),
      files: { 'amlnet.yml': specA },
      sha: headSha,
      ref: `refs/pull/${number}/merge`,
      oidc: false,
    });
    expect(result.env['ACTIONS_ID_TOKEN_REQUEST_URL']).toBeUndefined();
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs['valid']).toBe('true');
    expect(result.outputs['plan-hash']).toBeUndefined();
    expect(commands(result.stdout, 'notice').join('\n')).toContain(`pull request #${number} comes from a fork`);
    expect(result.summary).toContain('amlnet validate');
    expect(result.summary).toContain('someone/octo-repo');
    expect(await amlnetComments(number)).toEqual([]);
    expect(await requests()).toEqual([]); // not ARM, not Entra, not OIDC, not even GitHub
  });

  test('a merge whose spec changed after the last reviewed plan is refused: both hashes, zero ARM writes', async () => {
    const opened = await control('/github/pulls', { title: 'Tighten the scoring rule' });
    const number = Number(opened['number']);
    const headSha = await headShaOf(number);
    const reviewed = await planPullRequest(number, 'opened', headSha, specB);
    expect(reviewed.code).toBe(0);
    expect(reviewed.outputs['has-changes']).toBe('false'); // specB is what the first merge applied
    const reviewedPlanHash = reviewed.outputs['plan-hash'];
    expect((await amlnetComments(number))[0]?.body).toContain(`plan-hash: ${reviewedPlanHash}`);

    await clearRequests();
    const result = await mergeAndPush(number, specC); // what landed on main is not what was reviewed
    expect(result.code).toBe(1);
    const freshHash = result.outputs['plan-hash'];
    expect(freshHash).toMatch(HASH);
    expect(freshHash).not.toBe(reviewedPlanHash);
    const failure = commands(result.stdout, 'error').pop() ?? '';
    expect(failure).toContain(`reviewed plan-hash ${reviewedPlanHash}`);
    expect(failure).toContain(`fresh plan-hash ${freshHash}`);
    expect(failure).toContain('Nothing was applied');
    expect(result.summary).toContain('### Plan changed after review');
    expect(result.summary).toContain(reviewedPlanHash);
    expect(result.summary).toContain(freshHash);
    expect(await armWrites()).toEqual([]);
    expect(JSON.stringify((await state()).resources)).toMatch(/"priority":210/); // untouched
  });

  test('no token value appears in any stdout, stderr or summary (only in ::add-mask:: commands)', () => {
    expect(transcripts.length).toBe(6);
    const secrets = [emu.info.githubToken, emu.info.oidcRequestToken, READ_ONLY_TOKEN];
    for (const t of transcripts) {
      for (const text of [t.stdout, t.stderr, t.summary]) {
        for (const secret of secrets) expect(leaks(text, secret)).toEqual([]);
        expect(jwtLeaks(text)).toEqual([]);
      }
      expect(t.stderr).not.toContain(emu.info.oidcRequestToken);
      expect(t.stdout).not.toContain(emu.info.oidcRequestToken);
    }
  });
});
