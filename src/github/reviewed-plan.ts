// At apply: the plan people reviewed, and whether it can be trusted. The merge commit's pull request
// (GET /repos/{o}/{r}/commits/{sha}/pulls) carries amlnet's comment. The apply accepts it only when
// - the comment is amlnet's: written by the token's own login, its FIRST line is the spec's marker;
// - its binding line (line 2, written only by amlnet: `<!-- amlnet:binding commit=SHA plan-hash=HEX -->`)
//   names the pull request's FINAL head commit (a plan for an earlier push is stale);
// - nobody but amlnet ever edited it (GitHub lets any collaborator edit any comment; its GraphQL
//   `userContentEdits` history says who did); a history that cannot be read is a refusal.
// The visible `plan-hash:` line is for people and is never read: values from the spec sit above it.
// Like dflook/terraform-github-actions' plan-changed check, hardened; the README's Security section says what
// this relies on.
import { readBinding } from '../render/plan-markdown.js';
import { errorMessage, type Octokit } from './client.js';
import { findComment, type FoundComment } from './comment.js';

interface Found {
  pullRequest: number;
  commentUrl: string;
  commentBody: string;
}

export type ReviewedPlan =
  | (Found & { kind: 'found'; planHash: string; commit: string; writes: string[] })
  | { kind: 'no-pull-request' }
  | { kind: 'no-comment'; pullRequest: number }
  | (Found & { kind: 'no-hash' })
  | (Found & { kind: 'stale'; planHash: string; commit: string; headSha: string })
  | (Found & { kind: 'edited'; editors: string[] })
  | (Found & { kind: 'unverifiable'; why: string });

/** GraphQL names a bot by its app slug (`github-actions`); REST by `github-actions[bot]`. */
function sameActor(graphqlLogin: string, restLogin: string): boolean {
  const a = graphqlLogin.toLowerCase();
  const b = restLogin.toLowerCase();
  return a === b || `${a}[bot]` === b;
}

interface EditHistory {
  node: {
    editor: { login: string } | null;
    userContentEdits: { totalCount: number; nodes: Array<{ editor: { login: string } | null } | null> };
  } | null;
}

const EDIT_HISTORY = `query ($id: ID!) {
  node(id: $id) {
    ... on IssueComment {
      editor { login }
      lastEditedAt
      userContentEdits(first: 100) { totalCount nodes { editedAt editor { login } } }
    }
  }
}`;

/** Who edited the comment besides `login`; a string when the history cannot be checked. */
async function foreignEditors(octokit: Octokit, comment: FoundComment, login: string): Promise<string[] | string> {
  let history: EditHistory;
  try {
    history = await octokit.graphql<EditHistory>(EDIT_HISTORY, { id: comment.nodeId });
  } catch (err) {
    return `GitHub's GraphQL API did not return the comment's edit history (${errorMessage(err)})`;
  }
  const node = history.node;
  if (node === null || node === undefined) return 'GitHub returned no comment for its node id';
  const edits = node.userContentEdits;
  if (edits.totalCount > edits.nodes.length) {
    return `the comment has ${edits.totalCount} edits, more than amlnet reads (${edits.nodes.length})`;
  }
  const editors = [node.editor, ...edits.nodes.map((n) => n?.editor ?? null)];
  // A null editor inside an edit is a deleted account ("ghost"): not amlnet either.
  const foreign = edits.nodes.some((n) => n === null || n.editor === null) ? ['(deleted account)'] : [];
  for (const e of editors) {
    if (e !== null && !sameActor(e.login, login) && !foreign.includes(e.login)) foreign.push(e.login);
  }
  return foreign;
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
  const found: Found = { pullRequest: merged.number, commentUrl: comment.url, commentBody: comment.body };
  const editors = await foreignEditors(octokit, comment, login);
  if (typeof editors === 'string') return { ...found, kind: 'unverifiable', why: editors };
  if (editors.length > 0) return { ...found, kind: 'edited', editors };
  const binding = readBinding(comment.body, marker);
  if (binding === undefined) return { ...found, kind: 'no-hash' };
  const headSha = merged.head.sha.toLowerCase();
  if (binding.commit !== headSha) return { ...found, kind: 'stale', ...binding, headSha };
  return { ...found, kind: 'found', ...binding };
}
