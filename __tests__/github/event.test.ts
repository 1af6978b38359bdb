import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunEvent, resolveMode, type RunEvent } from '../../src/github/event.js';
import type { ModeCommand } from '../../src/settings.js';

const pr = { number: 7, headSha: 'abc', headRepo: 'octo-org/octo-repo', baseRepo: 'octo-org/octo-repo' };
const forkPr = { ...pr, headRepo: 'someone/octo-repo' };

function event(over: Partial<RunEvent>): RunEvent {
  return {
    name: 'push',
    repository: 'octo-org/octo-repo',
    owner: 'octo-org',
    repo: 'octo-repo',
    sha: 'abc',
    ref: 'refs/heads/main',
    defaultBranch: 'main',
    oidcAvailable: true,
    ...over,
  };
}

describe('resolveMode', () => {
  test.each<[string, ModeCommand, Partial<RunEvent>, string]>([
    ['PR -> plan', 'auto', { name: 'pull_request', pullRequest: pr }, 'plan+pr'],
    ['PR target -> plan', 'auto', { name: 'pull_request_target', pullRequest: pr }, 'plan+pr'],
    ['fork PR -> validate', 'auto', { name: 'pull_request', pullRequest: forkPr, oidcAvailable: false }, 'validate!'],
    [
      'fork PR with OIDC (pull_request_target) -> validate',
      'auto',
      { name: 'pull_request_target', pullRequest: forkPr },
      'validate!',
    ],
    ['deleted fork -> validate', 'auto', { name: 'pull_request', pullRequest: { ...pr, headRepo: null } }, 'validate!'],
    [
      'PR without id-token permission -> validate',
      'auto',
      { name: 'pull_request', pullRequest: pr, oidcAvailable: false },
      'validate!',
    ],
    ['push to default -> apply', 'auto', { name: 'push' }, 'apply'],
    ['push to a branch -> plan', 'auto', { name: 'push', ref: 'refs/heads/feature' }, 'plan'],
    ['push of a tag -> plan', 'auto', { name: 'push', ref: 'refs/tags/main' }, 'plan'],
    ['push without default branch -> plan', 'auto', { name: 'push', defaultBranch: undefined }, 'plan'],
    ['dispatch on the default branch -> apply', 'auto', { name: 'workflow_dispatch' }, 'apply'],
    ['dispatch on another branch -> plan', 'auto', { name: 'workflow_dispatch', ref: 'refs/heads/feature' }, 'plan'],
    ['dispatch of a tag -> plan', 'auto', { name: 'workflow_dispatch', ref: 'refs/tags/main' }, 'plan'],
    [
      'dispatch without default branch -> plan',
      'auto',
      { name: 'workflow_dispatch', defaultBranch: undefined },
      'plan',
    ],
    ['schedule -> drift', 'auto', { name: 'schedule' }, 'drift'],
    ['schedule without OIDC -> validate', 'auto', { name: 'schedule', oidcAvailable: false }, 'validate!'],
    ['other event -> validate', 'auto', { name: 'issues' }, 'validate!'],
    ['validate always validates', 'validate', { name: 'pull_request', pullRequest: pr }, 'validate'],
    ['plan on push -> plan', 'plan', { name: 'push' }, 'plan'],
    ['plan on PR comments', 'plan', { name: 'pull_request', pullRequest: pr }, 'plan+pr'],
    ['plan on a schedule -> drift', 'plan', { name: 'schedule' }, 'drift'],
    ['plan on a fork -> validate', 'plan', { name: 'pull_request', pullRequest: forkPr }, 'validate!'],
    ['apply is explicit', 'apply', { name: 'pull_request', pullRequest: pr }, 'apply'],
  ])('%s', (_title, command, over, expected) => {
    const mode = resolveMode(command, event(over));
    const got =
      mode.kind === 'plan'
        ? mode.pullRequest !== undefined
          ? 'plan+pr'
          : 'plan'
        : mode.kind === 'validate' && mode.reason !== undefined
          ? 'validate!'
          : mode.kind;
    expect(got).toBe(expected);
  });

  test('the fork reason names the fork and says the run is offline', () => {
    const mode = resolveMode('auto', event({ name: 'pull_request', pullRequest: forkPr }));
    expect(mode).toEqual({
      kind: 'validate',
      reason: expect.stringMatching(/#7 comes from a fork \(someone\/octo-repo\).*offline/),
    });
  });
});

describe('readRunEvent', () => {
  test('reads a pull_request payload and the runner variables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amlnet-event-'));
    const path = join(dir, 'event.json');
    writeFileSync(
      path,
      JSON.stringify({
        number: 3,
        pull_request: {
          number: 3,
          head: { sha: 'headsha', repo: { full_name: 'fork/repo' } },
          base: { repo: { full_name: 'octo-org/octo-repo' } },
        },
        repository: { full_name: 'octo-org/octo-repo', default_branch: 'trunk' },
      }),
    );
    const e = readRunEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_SHA: 'mergesha',
      GITHUB_REF: 'refs/pull/3/merge',
      GITHUB_RUN_ID: '42',
      GITHUB_ACTION_REPOSITORY: 'octo-org/amlnet',
      GITHUB_ACTION_REF: 'v1',
    });
    expect(e).toEqual({
      name: 'pull_request',
      repository: 'octo-org/octo-repo',
      owner: 'octo-org',
      repo: 'octo-repo',
      sha: 'mergesha',
      ref: 'refs/pull/3/merge',
      defaultBranch: 'trunk',
      pullRequest: { number: 3, headSha: 'headsha', headRepo: 'fork/repo', baseRepo: 'octo-org/octo-repo' },
      oidcAvailable: false,
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42',
      rulesUrl: 'https://github.com/octo-org/amlnet/blob/v1/docs/rules.md',
    });
  });

  test('an unreadable payload names the variable', () => {
    expect(() => readRunEvent({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(
      /GITHUB_EVENT_PATH=\/nonexistent\/event.json/,
    );
  });
});
