// The action end to end on its GitHub side: run() with the runner's environment, against the emulator's
// GitHub REST API over HTTPS. These scenarios stop before Azure (offline validation, or a spec with errors),
// so they need only GitHub; the live plan/apply scenarios are in live.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import type { IssueComment, Repository, RunningEmulator } from '../../emulator/types.js';
import { run } from '../../src/main.js';
import { commands, loadEvent, runAction, trustEmulator, type ActionRun, type RunOptions } from './harness.js';

const SPECS = join(process.cwd(), '__fixtures__', 'specs');
const valid = readFileSync(join(SPECS, 'valid.yml'), 'utf8');
const errors = readFileSync(join(SPECS, 'errors.yml'), 'utf8');
const MARKER = '<!-- amlnet:plan spec=amlnet.yml -->';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({});
  trustEmulator(emu);
});

afterAll(async () => {
  await emu?.close();
});

function repo(): Repository {
  const r = emu.world.github.repositories.find((x) => x.owner === 'octo-org' && x.name === 'octo-repo');
  if (r === undefined) throw new Error('the emulator has no octo-org/octo-repo');
  return r;
}

function openPull(): { number: number; headSha: string } {
  const pull = repo().pulls.find((p) => p.state === 'open');
  if (pull === undefined) throw new Error('the emulator has no open pull request');
  return pull;
}

function comments(number: number): IssueComment[] {
  return repo().comments[number] ?? [];
}

/** The pull_request fixture, pointed at the emulator's open pull request and head commit. */
function prPayload(number: number, headSha: string, fixture = 'pull_request'): Record<string, unknown> {
  const payload = loadEvent(fixture);
  const pr = payload['pull_request'] as { number: number; head: { sha: string } };
  payload['number'] = number;
  pr.number = number;
  pr.head.sha = headSha;
  return payload;
}

function prRun(spec: string, inputs: Record<string, string> = {}, over: Partial<RunOptions> = {}): Promise<ActionRun> {
  const pull = openPull();
  return runAction((io) => run(io), {
    inputs: {
      'github-token': emu.info.githubToken,
      'client-id': emu.info.clientId,
      'tenant-id': emu.info.tenantId,
      ...inputs,
    },
    eventName: 'pull_request',
    payload: prPayload(pull.number, pull.headSha),
    files: { 'amlnet.yml': spec },
    sha: pull.headSha,
    ref: `refs/pull/${pull.number}/merge`,
    emulator: emu.info,
    ...over,
  });
}

describe('fork pull request', () => {
  test('validates offline, writes the summary, says why there is no plan, posts nothing, does not fail', async () => {
    const pull = openPull();
    const before = comments(pull.number).length;
    const result = await runAction((io) => run(io), {
      inputs: { 'github-token': emu.info.githubToken },
      eventName: 'pull_request',
      payload: prPayload(pull.number, pull.headSha, 'pull_request_fork'),
      files: { 'amlnet.yml': valid },
      sha: pull.headSha,
      emulator: emu.info,
      oidc: false,
    });
    expect(result.failed).toBe(false);
    expect(result.outputs['valid']).toBe('true');
    expect(result.outputs['plan-hash']).toBeUndefined();
    expect(result.summary).toMatch(/### No live plan\n\npull request #\d+ comes from a fork \(someone\/octo-repo\)/);
    expect(commands(result.stdout, 'notice').join('\n')).toMatch(/comes from a fork/);
    expect(comments(pull.number).length).toBe(before);
  });
});

describe('the sticky comment (spec with errors: the findings comment)', () => {
  test('a pull request gets exactly one comment, and a second push edits that same comment', async () => {
    const pull = openPull();
    repo().comments[pull.number] = [];
    // Run as `uses: octo-org/amlnet@v1` does: each finding links to its rule in that release's catalogue.
    const first = await prRun(
      errors,
      {},
      { env: { GITHUB_ACTION_REPOSITORY: 'octo-org/amlnet', GITHUB_ACTION_REF: 'v1' } },
    );
    expect(first.failed).toBe(true);
    const mine = comments(pull.number).filter((c) => c.body.includes(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain('**No plan:**');
    const links = [...mine[0].body.matchAll(/\[`([A-Z0-9-]+)`\]\(([^)]+)\)/g)];
    expect(links).toHaveLength(3);
    for (const [, id, url] of links) {
      expect(url).toBe(`https://github.com/octo-org/amlnet/blob/v1/docs/rules.md#${id.toLowerCase()}`);
    }
    expect(first.summary).toContain('](https://github.com/octo-org/amlnet/blob/v1/docs/rules.md#');
    expect(mine[0].body).toContain('The spec has 3 error finding(s).');
    expect(mine[0].body).not.toMatch(/plan-hash:/);
    expect(first.outputs['comment-url']).toMatch(new RegExp(`/pull/${pull.number}#issuecomment-${mine[0].id}$`));

    // A new commit on the pull request: the same comment is edited (the commit in it changes).
    pull.headSha = 'ab'.repeat(20);
    const second = await prRun(errors.replace('priority: 50', 'priority: 60'));
    const after = comments(pull.number).filter((c) => c.body.includes(MARKER));
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(mine[0].id);
    expect(after[0].body).toContain('ab'.repeat(20));
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  test('finds its comment on page 2 of more than 100 comments and edits it', async () => {
    const pull = openPull();
    const at = '2026-11-24T09:00:00Z';
    const others: IssueComment[] = Array.from({ length: 120 }, (_, i) => ({
      id: 900_000 + i,
      body: i === 5 ? `${MARKER}\nsomeone else's copy of the marker` : `comment ${i}`,
      user: i % 2 === 0 ? 'octocat' : 'hubot',
      createdAt: at,
      updatedAt: at,
    }));
    // Our own earlier comment is the 111th: beyond the first page of 100.
    const ownLogin = emu.world.github.tokens.find((t) => t.token === emu.info.githubToken)?.login ?? '';
    others.splice(110, 0, { id: 999_999, body: `${MARKER}\nold plan`, user: ownLogin, createdAt: at, updatedAt: at });
    repo().comments[pull.number] = others;

    await prRun(errors);
    const list = comments(pull.number);
    expect(list).toHaveLength(121);
    expect(list.find((c) => c.id === 999_999)?.body).toContain('**No plan:**');
    // Someone else's comment with the same marker is never touched.
    expect(list.find((c) => c.id === 900_005)?.body).toContain("someone else's copy");
  });

  test('a read-only token: no comment, a warning, the summary says why', async () => {
    const pull = openPull();
    repo().comments[pull.number] = [];
    const readOnly = { token: 'ghs_readonly_amlnet_test', login: 'github-actions[bot]', permission: 'read' as const };
    emu.world.github.tokens.push(readOnly);
    const result = await prRun(errors, { 'github-token': readOnly.token });
    expect(comments(pull.number)).toHaveLength(0);
    expect(commands(result.stdout, 'warning').join('\n')).toMatch(
      /cannot write pull-request comments \(Resource not accessible by integration.*pull-requests: write/,
    );
    expect(result.summary).toMatch(/### Pull request comment\n\nNot posted: the token cannot write/);
    // The run fails for the spec's errors, not for the token.
    expect(commands(result.stdout, 'error').pop()).toMatch(/error finding\(s\); nothing was planned or applied/);
    // The token is masked first thing (the runner then hides it) and never printed otherwise.
    const lines = result.stdout.split('\n').filter((l) => l.includes(readOnly.token));
    expect(lines).toEqual([`::add-mask::${readOnly.token}`]);
  });
});
