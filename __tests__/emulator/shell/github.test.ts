// GitHub's REST API through Octokit (the real client): paging, create/update, permissions, pulls.
import { Octokit } from '@octokit/rest';
import type { RunningEmulator } from '../../../emulator/types.js';
import { call, startTrusted } from './helpers.js';

const READ_TOKEN = 'ghs_readonlyforkpullrequesttoken000001';
let emu: RunningEmulator;
let octokit: Octokit;
// Octokit logs every 4xx on console.error; the tests assert the errors themselves.
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const repo = { owner: 'octo-org', repo: 'octo-repo' };

beforeAll(async () => {
  const comments = Array.from({ length: 130 }, (_, i) => ({
    body: `seeded comment ${i + 1}`,
    user: i % 2 === 0 ? 'octocat' : 'hubot',
  }));
  emu = await startTrusted({
    state: {
      github: {
        tokens: [{ token: READ_TOKEN, login: 'github-actions[bot]', permission: 'read' }],
        repositories: [
          {
            fullName: 'octo-org/octo-repo',
            pulls: [{ number: 1 }, { number: 2, title: 'busy' }],
            comments: { 2: comments },
          },
        ],
      },
    },
  });
  octokit = new Octokit({ auth: emu.info.githubToken, baseUrl: emu.info.githubApiUrl, log: quiet });
});
afterAll(() => emu.close());

test('paginate reads every comment across pages (per_page 100 and the default 30)', async () => {
  const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 2, per_page: 100 });
  expect(all).toHaveLength(130);
  expect(all.map((c) => c.body)).toEqual(Array.from({ length: 130 }, (_, i) => `seeded comment ${i + 1}`));
  expect(new Set(all.map((c) => c.id)).size).toBe(130);
  const byDefault = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 2 });
  expect(byDefault).toHaveLength(130);
});

test('Link header names prev, next, last and first as GitHub does', async () => {
  const page2 = await octokit.rest.issues.listComments({ ...repo, issue_number: 2, per_page: 50, page: 2 });
  const link = String(page2.headers.link);
  expect(link).toMatch(/<[^>]*[?&]page=1[^>]*>; rel="prev"/);
  expect(link).toMatch(/<[^>]*[?&]page=3[^>]*>; rel="next"/);
  expect(link).toMatch(/<[^>]*[?&]page=3[^>]*>; rel="last"/);
  expect(link).toMatch(/<[^>]*[?&]page=1[^>]*>; rel="first"/);
  expect(page2.data).toHaveLength(50);
  const page3 = await octokit.rest.issues.listComments({ ...repo, issue_number: 2, per_page: 50, page: 3 });
  expect(page3.data).toHaveLength(30);
  expect(String(page3.headers.link)).not.toContain('rel="next"');
  // per_page above 100 is capped at 100.
  const big = await octokit.rest.issues.listComments({ ...repo, issue_number: 2, per_page: 500 });
  expect(big.data).toHaveLength(100);
});

test('create, get and update a comment, with the real response shape', async () => {
  const created = await octokit.rest.issues.createComment({
    ...repo,
    issue_number: 1,
    body: '<!-- amlnet:plan spec=amlnet.yml -->\nplan v1',
  });
  expect(created.status).toBe(201);
  expect(created.data).toMatchObject({
    body: '<!-- amlnet:plan spec=amlnet.yml -->\nplan v1',
    user: { login: 'github-actions[bot]', type: 'Bot' },
    html_url: expect.stringContaining('/octo-org/octo-repo/pull/1#issuecomment-'),
    node_id: expect.any(String),
  });
  expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'plan v2' });
  expect(updated.data.body).toBe('plan v2');
  const got = await octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id });
  expect(got.data.body).toBe('plan v2');
  const list = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 });
  expect(list.data.map((c) => c.id)).toEqual([created.data.id]);
});

test('a comment over 65,536 characters is refused with 422', async () => {
  await expect(
    octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65_537) }),
  ).rejects.toMatchObject({ status: 422 });
});

test('a read-only token cannot write (403), an unknown token is 401 Bad credentials', async () => {
  const reader = new Octokit({ auth: READ_TOKEN, baseUrl: emu.info.githubApiUrl, log: quiet });
  await expect(reader.rest.issues.listComments({ ...repo, issue_number: 1 })).resolves.toMatchObject({ status: 200 });
  await expect(reader.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })).rejects.toMatchObject({
    status: 403,
    message: expect.stringContaining('Resource not accessible by integration'),
  });
  const stranger = new Octokit({ auth: 'ghp_unknown', baseUrl: emu.info.githubApiUrl, log: quiet });
  await expect(stranger.rest.repos.get(repo)).rejects.toMatchObject({
    status: 401,
    message: expect.stringContaining('Bad credentials'),
  });
});

test('pulls, commits/{sha}/pulls, the repository and the token user; merge via the control endpoint', async () => {
  const pull = await octokit.rest.pulls.get({ ...repo, pull_number: 1 });
  expect(pull.data).toMatchObject({ number: 1, state: 'open', merged: false, base: { ref: 'main' } });
  expect(pull.data.head.sha).toMatch(/^[0-9a-f]{40}$/);

  const byHead = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: pull.data.head.sha,
  });
  expect(byHead.data.map((p) => p.number)).toEqual([1]);

  const merged = await call(`${emu.info.armEndpoint}/_emulator/github/merge`, { method: 'POST', body: { number: 1 } });
  expect(merged.status).toBe(200);
  const mergeSha = (merged.body as { mergeCommitSha: string }).mergeCommitSha;
  const byMerge = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: mergeSha });
  expect(byMerge.data).toHaveLength(1);
  expect(byMerge.data[0]).toMatchObject({ number: 1, state: 'closed', merge_commit_sha: mergeSha });

  const opened = await call(`${emu.info.armEndpoint}/_emulator/github/pulls`, {
    method: 'POST',
    body: { title: 'next change' },
  });
  expect(opened.status).toBe(201);
  expect((await octokit.rest.pulls.get({ ...repo, pull_number: 3 })).data.title).toBe('next change');

  expect((await octokit.rest.repos.get(repo)).data).toMatchObject({
    full_name: 'octo-org/octo-repo',
    default_branch: 'main',
  });
  // The workflow's installation token has no user: GitHub answers 403 (the action falls back to github-actions[bot]).
  await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
    status: 403,
    message: expect.stringContaining('Resource not accessible by integration'),
  });
  await expect(octokit.rest.pulls.get({ ...repo, pull_number: 99 })).rejects.toMatchObject({ status: 404 });
});

test("@actions/github getOctokit (the action's client) reaches the emulator too", async () => {
  const { getOctokit } = await import('@actions/github');
  const gh = getOctokit(emu.info.githubToken, { baseUrl: emu.info.githubApiUrl, log: quiet });
  const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: 2, per_page: 100 });
  expect(all).toHaveLength(130);
});
