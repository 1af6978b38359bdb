// At apply: the plan people reviewed. The merge commit's pull request (GET /repos/{o}/{r}/commits/{sha}/pulls)
// carries amlnet's comment, whose `plan-hash: HEX` line is the hash of the plan last shown there
// (like dflook/terraform-github-actions' plan-changed check).
import type { Octokit } from './client.js';
import { findComment } from './comment.js';

export type ReviewedPlan =
  | { kind: 'found'; pullRequest: number; planHash: string; commentUrl: string; commentBody: string }
  | { kind: 'no-pull-request' }
  | { kind: 'no-comment'; pullRequest: number }
  | { kind: 'no-hash'; pullRequest: number; commentUrl: string; commentBody: string };

const PLAN_HASH = /^plan-hash: ([0-9a-f]{64})\b/im;

/** The `plan-hash: HEX` value in a comment body, or undefined. */
export function planHashOf(body: string): string | undefined {
  return PLAN_HASH.exec(body)?.[1]?.toLowerCase();
}

export async function findReviewedPlan(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  sha: string,
  marker: string,
  login: string,
): Promise<ReviewedPlan> {
  const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: repo.owner,
    repo: repo.repo,
    commit_sha: sha,
  });
  // The pull request that was merged as this commit; otherwise any merged one that contains it.
  const merged =
    pulls.find((p) => p.merged_at !== null && p.merge_commit_sha === sha) ?? pulls.find((p) => p.merged_at !== null);
  if (merged === undefined) return { kind: 'no-pull-request' };
  const comment = await findComment(octokit, { ...repo, issueNumber: merged.number }, marker, login);
  if (comment === undefined) return { kind: 'no-comment', pullRequest: merged.number };
  const planHash = planHashOf(comment.body);
  if (planHash === undefined) {
    return { kind: 'no-hash', pullRequest: merged.number, commentUrl: comment.url, commentBody: comment.body };
  }
  return {
    kind: 'found',
    pullRequest: merged.number,
    planHash,
    commentUrl: comment.url,
    commentBody: comment.body,
  };
}
