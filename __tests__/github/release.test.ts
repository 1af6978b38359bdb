// The release process pins the reusable workflow's action to a commit SHA and tags the release commit.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs script without types
import { pinActionUses } from '../../scripts/release.mjs';

const pin = pinActionUses as (text: string, sha: string, version: string) => string;
const SHA = 'a'.repeat(40);

describe('pinActionUses', () => {
  it('pins the action, keeps the indentation, adds the version comment, leaves other actions alone', () => {
    const text = [
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      '      - uses: amlnet/amlnet@v1',
      '        id: amlnet',
      '      - uses: amlnet/amlnet@0123456789012345678901234567890123456789 # v0.1.0',
      '    uses: amlnet/amlnet/.github/workflows/amlnet.yml@v1',
    ].join('\n');
    expect(pin(text, SHA, '1.2.3').split('\n')).toEqual([
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      `      - uses: amlnet/amlnet@${SHA} # v1.2.3`,
      '        id: amlnet',
      `      - uses: amlnet/amlnet@${SHA} # v1.2.3`,
      '    uses: amlnet/amlnet/.github/workflows/amlnet.yml@v1',
    ]);
  });

  it('refuses anything but a full SHA', () => {
    expect(() => pin('uses: amlnet/amlnet@v1', 'v2', '2.0.0')).toThrow(/not a full commit SHA/);
  });

  it('the reusable workflow refers to the action only in ways the release rewrites', () => {
    const text = readFileSync('.github/workflows/amlnet.yml', 'utf8');
    const uses = text.split('\n').filter((l) => /uses:\s*amlnet\/amlnet@/.test(l));
    expect(uses.length).toBe(3);
    for (const l of pin(text, SHA, '9.9.9')
      .split('\n')
      .filter((x) => /uses:\s*amlnet\/amlnet@/.test(x))) {
      expect(l).toMatch(new RegExp(`amlnet/amlnet@${SHA} # v9\\.9\\.9$`));
    }
  });
});

describe('node scripts/release.mjs in a repository', () => {
  it('commits the pinned workflow on top of the action commit and tags it; refuses a dirty tree', () => {
    const repo = mkdtempSync(join(tmpdir(), 'amlnet-release-'));
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      }).trim();
    git('init', '-q', '-b', 'main');
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    cpSync('.github/workflows/amlnet.yml', join(repo, '.github', 'workflows', 'amlnet.yml'));
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const actionSha = git('rev-parse', 'HEAD');
    const script = join(process.cwd(), 'scripts', 'release.mjs');
    const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
      try {
        const stdout = execFileSync(process.execPath, [script, ...args], {
          cwd: repo,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@e',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@e',
          },
        });
        return { status: 0, stdout, stderr: '' };
      } catch (err) {
        const e = err as { status: number | null; stdout: string; stderr: string };
        return { status: e.status, stdout: e.stdout, stderr: e.stderr };
      }
    };
    writeFileSync(join(repo, 'dirty.txt'), 'x');
    expect(run('1.0.0', '--skip-build')).toMatchObject({ status: 1, stderr: expect.stringMatching(/uncommitted/) });
    git('add', 'dirty.txt');
    git('commit', '-q', '-m', 'more');
    const base = git('rev-parse', 'HEAD');
    const r = run('1.0.0', '--skip-build');
    expect(r.status).toBe(0);
    expect(git('rev-parse', 'HEAD~1')).toBe(base);
    expect(git('describe', '--exact-match', 'HEAD')).toBe('v1.0.0');
    const pinned = readFileSync(join(repo, '.github', 'workflows', 'amlnet.yml'), 'utf8');
    expect(pinned).not.toMatch(/amlnet\/amlnet@v1\b/);
    expect(pinned).toContain(`amlnet/amlnet@${base} # v1.0.0`);
    expect(actionSha).not.toBe(base);
    expect(run('1.0.0', '--skip-build')).toMatchObject({ status: 1, stderr: expect.stringMatching(/exists already/) });
  });
});
