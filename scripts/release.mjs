#!/usr/bin/env node
// Cuts a release so that callers can pin everything by commit SHA (a tag can be moved; a SHA cannot):
//   1. builds dist/ from the committed sources; if it differs, commits it ("release vX.Y.Z: dist")  -> commit A;
//   2. rewrites every `uses: amlnet/amlnet@...` of the action in the reusable workflow to A's full SHA, and
//      commits that                                                                                   -> commit B;
//   3. tags B as vX.Y.Z (annotated). Nothing is pushed: the release workflow (or you) pushes B and the tag.
// The reusable workflow at B runs the action at A: the same action code, built and reviewed, immutable.
// Usage: node scripts/release.mjs X.Y.Z [--skip-build] [--repo OWNER/NAME]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const ACTION_REPO = 'amlnet/amlnet';
export const PINNED_FILES = ['.github/workflows/amlnet.yml'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Pure: `text` with every `uses: REPO@ref` of the action itself (not `REPO/.github/workflows/...`) pinned to
 * `sha`, with the version as a trailing comment (the form Dependabot and pin checkers understand).
 */
export function pinActionUses(text, sha, version, repo = ACTION_REPO) {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`not a full commit SHA: ${sha}`);
  const re = new RegExp(`^(\\s*-?\\s*uses:\\s*)${escape(repo)}@\\S+(\\s+#.*)?$`, 'gm');
  return text.replace(re, (_m, head) => `${head}${repo}@${sha} # v${version}`);
}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function main(argv) {
  const version = argv.find((a) => !a.startsWith('--'));
  if (version === undefined || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    console.error('usage: node scripts/release.mjs X.Y.Z [--skip-build] [--repo OWNER/NAME]');
    return 2;
  }
  const repoFlag = argv.indexOf('--repo');
  const repo = repoFlag >= 0 ? argv[repoFlag + 1] : ACTION_REPO;
  if (git('status', '--porcelain') !== '') {
    console.error('release: the work tree has uncommitted changes; commit or stash them first');
    return 1;
  }
  if (git('tag', '--list', `v${version}`) !== '') {
    console.error(`release: tag v${version} exists already`);
    return 1;
  }
  if (!argv.includes('--skip-build')) {
    execFileSync('npm', ['run', '--silent', 'bundle'], { stdio: 'inherit' });
    if (git('status', '--porcelain', '--', 'dist') !== '') {
      git('add', '--', 'dist');
      git('commit', '-q', '-m', `release v${version}: dist/ built from the committed sources`);
    }
  }
  const actionSha = git('rev-parse', 'HEAD');
  for (const file of PINNED_FILES)
    writeFileSync(file, pinActionUses(readFileSync(file, 'utf8'), actionSha, version, repo));
  git('add', '--', ...PINNED_FILES);
  git(
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    `release v${version}: the reusable workflow runs the action at ${actionSha}\n\n` +
      'A tag can be moved to other code; a commit SHA cannot, so the jobs that hold id-token: write run exactly\n' +
      'the action built and reviewed for this release.',
  );
  git('tag', '-a', `v${version}`, '-m', `amlnet v${version} (action at ${actionSha})`);
  const releaseSha = git('rev-parse', 'HEAD');
  console.log(`action commit:  ${actionSha}`);
  console.log(`release commit: ${releaseSha} (tag v${version})`);
  console.log(`callers pin:    uses: ${repo}/.github/workflows/amlnet.yml@${releaseSha} # v${version}`);
  console.log(`                uses: ${repo}@${actionSha} # v${version}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
