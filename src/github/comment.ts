// The sticky pull-request comment (README, "The pull-request comment"): one comment per spec file per pull
// request, found by the hidden marker AND the token's own login across ALL pages of comments, edited in place,
// left alone when the body is unchanged, created otherwise. Like marocchino/sticky-pull-request-comment.
import { COMMENT_LIMIT, planCommentMarker } from '../render/plan-markdown.js';
import { errorMessage, httpStatus, type Octokit } from './client.js';

/** GitHub's limit on an issue comment body: the renderer's COMMENT_LIMIT (one number). */
export const MAX_COMMENT_CHARS = COMMENT_LIMIT;

/** The login GitHub shows for comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** `<!-- amlnet:plan spec=PATH -->`: the same function the comment renderer uses, so the two always agree. */
export function commentMarker(specPath: string): string {
  return planCommentMarker(specPath);
}

export interface IssueTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface FoundComment {
  id: number;
  /** GraphQL global id, for the edit history. */
  nodeId: string;
  body: string;
  url: string;
}

function firstLine(body: string): string {
  const end = body.indexOf('\n');
  return end === -1 ? body : body.slice(0, end);
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** The token may read but not write comments (a fork's token, or `pull-requests: read`). */
export class CommentForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommentForbiddenError';
  }
}

/**
 * The login of the token's user. An installation token (the workflow's GITHUB_TOKEN) gets 403 on GET /user,
 * and its comments are authored by github-actions[bot].
 */
export async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
    throw err;
  }
}

/** The first comment that carries the marker and was written by `login`, searching every page. */
export async function findComment(
  octokit: Octokit,
  target: IssueTarget,
  marker: string,
  login: string,
): Promise<FoundComment | undefined> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  // The marker must be the body's FIRST line: a marker that a spec value carries further down (in another
  // spec's comment) never makes that comment this spec's.
  const mine = comments.find((c) => c.user?.login === login && firstLine(c.body ?? '') === marker);
  return mine === undefined
    ? undefined
    : { id: mine.id, nodeId: mine.node_id, body: mine.body ?? '', url: mine.html_url };
}

/** Keeps a body under GitHub's limit; the full plan is always in the job summary and the plan file. */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n… (truncated: the full plan is in the job summary and the plan file)\n';
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

function forbidden(err: unknown): CommentForbiddenError | undefined {
  return httpStatus(err) === 403
    ? new CommentForbiddenError(
        `the token cannot write pull-request comments (${errorMessage(err)}); ` +
          'give the job `permissions: pull-requests: write`',
      )
    : undefined;
}

/** Creates or edits the comment that carries `marker`; `body` must contain the marker. */
export async function upsertComment(
  octokit: Octokit,
  target: IssueTarget,
  marker: string,
  body: string,
  login?: string,
): Promise<UpsertResult> {
  if (firstLine(body) !== marker) throw new Error(`the comment body does not start with its marker ${marker}`);
  const text = fitComment(body);
  const author = login ?? (await ownLogin(octokit));
  const existing = await findComment(octokit, target, marker, author);
  try {
    if (existing === undefined) {
      const { data } = await octokit.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: text,
      });
      return { action: 'created', id: data.id, url: data.html_url };
    }
    if (existing.body === text) return { action: 'unchanged', id: existing.id, url: existing.url };
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body: text,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  } catch (err) {
    throw forbidden(err) ?? err;
  }
}
