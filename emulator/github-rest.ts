// GitHub's REST API under {base}/github (Octokit's baseUrl): the calls amlnet makes for its pull-request comment
// and for finding the pull request of a merge commit, with GitHub's response shapes, paging and errors.
import { json, type ShellContext } from './context.js';
import { FIRST_COMMENT_ID, githubTime, sha1Hex } from './world.js';
import type { EmuRequest, EmuResponse, GithubToken, IssueComment, PullRequest, Repository } from './types.js';

export const GITHUB_PREFIX = '/github';
const DOCS = 'https://docs.github.com/rest';
/** GitHub's limit on an issue comment body. */
export const MAX_COMMENT_LENGTH = 65_536;

const ghError = (
  status: number,
  message: string,
  documentationUrl = DOCS,
  extra: Record<string, unknown> = {},
): EmuResponse => json(status, { message, documentation_url: documentationUrl, status: String(status), ...extra });

const numericId = (text: string): number => parseInt(sha1Hex(text).slice(0, 8), 16);
const nodeId = (prefix: string, id: number): string => `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;

export class GithubRest {
  private nextCommentId: number;
  /** Pull requests have no creation time in the world; all report one fixed time, an hour before start. */
  private readonly createdAt = githubTime(new Date(Date.now() - 3600_000));

  constructor(private readonly ctx: ShellContext) {
    let max = FIRST_COMMENT_ID - 1;
    for (const repo of ctx.world.github.repositories) {
      for (const list of Object.values(repo.comments)) for (const c of list) max = Math.max(max, c.id);
    }
    this.nextCommentId = max + 1;
  }

  private get apiUrl(): string {
    return `${this.ctx.baseUrl}${GITHUB_PREFIX}`;
  }

  private htmlUrl(repo: Repository): string {
    // The emulator has no web UI; html_url points where github.com would, under the emulator's host.
    return `${this.ctx.baseUrl}/${repo.owner}/${repo.name}`;
  }

  private user(login: string): Record<string, unknown> {
    const bot = login.endsWith('[bot]');
    const id = bot && login === 'github-actions[bot]' ? 41898282 : numericId(`user:${login}`);
    return {
      login,
      id,
      node_id: nodeId(bot ? 'BOT' : 'U', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${this.apiUrl}/users/${encodeURIComponent(login)}`,
      html_url: `${this.ctx.baseUrl}/${bot ? 'apps/' + login.replace(/\[bot\]$/, '') : login}`,
      type: bot ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  private repoJson(repo: Repository): Record<string, unknown> {
    const fullName = `${repo.owner}/${repo.name}`;
    const id = numericId(`repo:${fullName}`);
    return {
      id,
      node_id: nodeId('R', id),
      name: repo.name,
      full_name: fullName,
      private: true,
      owner: { ...this.user(repo.owner), type: 'Organization' },
      html_url: this.htmlUrl(repo),
      description: null,
      fork: false,
      url: `${this.apiUrl}/repos/${fullName}`,
      default_branch: repo.defaultBranch,
      visibility: 'private',
      archived: false,
      disabled: false,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    };
  }

  private commentJson(repo: Repository, number: number, c: IssueComment): Record<string, unknown> {
    const fullName = `${repo.owner}/${repo.name}`;
    return {
      url: `${this.apiUrl}/repos/${fullName}/issues/comments/${c.id}`,
      html_url: `${this.htmlUrl(repo)}/pull/${number}#issuecomment-${c.id}`,
      issue_url: `${this.apiUrl}/repos/${fullName}/issues/${number}`,
      id: c.id,
      node_id: nodeId('IC', c.id),
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
      body: c.body,
      reactions: { url: `${this.apiUrl}/repos/${fullName}/issues/comments/${c.id}/reactions`, total_count: 0 },
      performed_via_github_app: null,
    };
  }

  private pullJson(repo: Repository, p: PullRequest): Record<string, unknown> {
    const fullName = `${repo.owner}/${repo.name}`;
    const id = numericId(`pull:${fullName}#${p.number}`);
    const headRepo = this.ctx.world.github.repositories.find((r) => `${r.owner}/${r.name}` === p.headRepo);
    const [headOwner] = p.headRepo.split('/');
    const baseSha = sha1Hex(`${fullName}:${p.baseRef}`);
    const created = this.createdAt;
    return {
      url: `${this.apiUrl}/repos/${fullName}/pulls/${p.number}`,
      id,
      node_id: nodeId('PR', id),
      html_url: `${this.htmlUrl(repo)}/pull/${p.number}`,
      issue_url: `${this.apiUrl}/repos/${fullName}/issues/${p.number}`,
      comments_url: `${this.apiUrl}/repos/${fullName}/issues/${p.number}/comments`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.user(p.user),
      body: null,
      created_at: created,
      updated_at: created,
      closed_at: p.state === 'closed' ? created : null,
      merged_at: p.merged ? created : null,
      merge_commit_sha: p.mergeCommitSha ?? null,
      draft: false,
      head: {
        label: `${headOwner}:${p.headRef}`,
        ref: p.headRef,
        sha: p.headSha,
        user: this.user(headOwner),
        repo:
          headRepo !== undefined ? this.repoJson(headRepo) : { full_name: p.headRepo, fork: p.headRepo !== fullName },
      },
      base: {
        label: `${repo.owner}:${p.baseRef}`,
        ref: p.baseRef,
        sha: baseSha,
        user: this.user(repo.owner),
        repo: this.repoJson(repo),
      },
      author_association: 'MEMBER',
      merged: p.merged,
      mergeable: p.state === 'open' ? true : null,
      merged_by: p.merged ? this.user('octocat') : null,
      comments: repo.comments[p.number]?.length ?? 0,
    };
  }

  private tokenOf(req: EmuRequest): GithubToken | 'missing' | 'bad' {
    const auth = req.headers.authorization;
    if (auth === undefined || auth === '') return 'missing';
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(auth);
    if (m === null) return 'bad';
    return this.ctx.world.github.tokens.find((t) => t.token === m[1]) ?? 'bad';
  }

  private findRepo(owner: string, name: string): Repository | undefined {
    return this.ctx.world.github.repositories.find(
      (r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase(),
    );
  }

  handle(req: EmuRequest): EmuResponse {
    const path = req.path.slice(GITHUB_PREFIX.length) || '/';
    const token = this.tokenOf(req);
    if (token === 'missing') return ghError(401, 'Requires authentication');
    if (token === 'bad') return ghError(401, 'Bad credentials');
    // GraphQL is a POST for reads too; its queries here only read.
    const write = req.method !== 'GET' && req.method !== 'HEAD' && path !== '/graphql';
    if (write && token.permission !== 'write') {
      return ghError(
        403,
        'Resource not accessible by integration',
        'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      );
    }
    if (path === '/graphql' && req.method === 'POST') return this.graphql(req);
    if (path === '/user' && req.method === 'GET') {
      // An installation token (the workflow's GITHUB_TOKEN, whose author is an app bot) has no user: GitHub answers 403.
      if (token.login.endsWith('[bot]')) {
        return ghError(
          403,
          'Resource not accessible by integration',
          'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        );
      }
      return json(200, this.user(token.login));
    }

    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (m === null) return ghError(404, 'Not Found');
    const repo = this.findRepo(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
    if (repo === undefined)
      return ghError(404, 'Not Found', 'https://docs.github.com/rest/repos/repos#get-a-repository');
    const sub = m[3] ?? '';
    let r: RegExpExecArray | null;

    if (sub === '' && req.method === 'GET') return json(200, this.repoJson(repo));
    if ((r = /^\/issues\/(\d+)\/comments$/.exec(sub)) !== null) {
      const number = Number(r[1]);
      if (!repo.pulls.some((p) => p.number === number))
        return ghError(404, 'Not Found', 'https://docs.github.com/rest/issues/comments#list-issue-comments');
      if (req.method === 'GET') return this.listComments(req, repo, number);
      if (req.method === 'POST') return this.createComment(req, repo, number, token);
    }
    if ((r = /^\/issues\/comments\/(\d+)$/.exec(sub)) !== null) {
      const found = this.findComment(repo, Number(r[1]));
      if (found === undefined)
        return ghError(404, 'Not Found', 'https://docs.github.com/rest/issues/comments#get-an-issue-comment');
      if (req.method === 'GET') return json(200, this.commentJson(repo, found.number, found.comment));
      if (req.method === 'PATCH') return this.updateComment(req, repo, found.number, found.comment, token);
    }
    if ((r = /^\/pulls\/(\d+)$/.exec(sub)) !== null && req.method === 'GET') {
      const pull = repo.pulls.find((p) => p.number === Number(r?.[1]));
      if (pull === undefined)
        return ghError(404, 'Not Found', 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request');
      return json(200, this.pullJson(repo, pull));
    }
    if ((r = /^\/commits\/([^/]+)\/pulls$/.exec(sub)) !== null && req.method === 'GET') {
      const sha = r[1].toLowerCase();
      const pulls = repo.pulls.filter((p) => p.headSha === sha || p.mergeCommitSha === sha);
      return json(
        200,
        pulls.map((p) => this.pullJson(repo, p)),
      );
    }
    return ghError(404, 'Not Found');
  }

  private findComment(repo: Repository, id: number): { number: number; comment: IssueComment } | undefined {
    for (const [number, list] of Object.entries(repo.comments)) {
      const comment = list.find((c) => c.id === id);
      if (comment !== undefined) return { number: Number(number), comment };
    }
    return undefined;
  }

  private listComments(req: EmuRequest, repo: Repository, number: number): EmuResponse {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? '30') || 30));
    const page = Math.max(1, Number(req.query.get('page') ?? '1') || 1);
    const all = repo.comments[number] ?? [];
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(repo, number, c));
    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams(req.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${this.apiUrl}/repos/${repo.owner}/${repo.name}/issues/${number}/comments?${q.toString()}>; rel="${rel}"`;
    };
    // GitHub's order: prev, next, last, first; only the relations that exist.
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return json(200, items, links.length > 0 ? { link: links.join(', ') } : {});
  }

  private commentBody(req: EmuRequest, doc: string): string | EmuResponse {
    const body = (req.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== 'string') return ghError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', doc);
    if (body.length > MAX_COMMENT_LENGTH) {
      return ghError(422, 'Validation Failed', doc, {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
          },
        ],
      });
    }
    return body;
  }

  private createComment(req: EmuRequest, repo: Repository, number: number, token: GithubToken): EmuResponse {
    const body = this.commentBody(req, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
    if (typeof body !== 'string') return body;
    const at = githubTime(new Date());
    const comment: IssueComment = { id: this.nextCommentId++, body, user: token.login, createdAt: at, updatedAt: at };
    (repo.comments[number] ??= []).push(comment);
    const out = this.commentJson(repo, number, comment);
    return json(201, out, { location: String(out.url) });
  }

  /**
   * Anyone with write access may edit any comment, as on GitHub; the author stays who wrote it. Each edit is
   * kept in the comment's history (the first edit also records the original revision, by its author).
   */
  private updateComment(
    req: EmuRequest,
    repo: Repository,
    number: number,
    comment: IssueComment,
    token: GithubToken,
  ): EmuResponse {
    const body = this.commentBody(req, 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
    if (typeof body !== 'string') return body;
    const at = githubTime(new Date());
    if (comment.body !== body) {
      comment.edits ??= [{ editor: comment.user, editedAt: comment.createdAt }];
      comment.edits.push({ editor: token.login, editedAt: at });
    }
    comment.body = body;
    comment.updatedAt = at;
    return json(200, this.commentJson(repo, number, comment));
  }

  /**
   * GitHub's GraphQL API (POST {base}/graphql), for the one query amlnet makes: a comment's edit history
   * (`node(id:)` on an IssueComment: `editor`, `lastEditedAt`, `userContentEdits`). GraphQL names a bot by its
   * app slug (`github-actions`), without REST's `[bot]` suffix. Other queries get a GraphQL error, as an
   * unknown field would. https://docs.github.com/graphql/reference/objects#issuecomment
   */
  private graphql(req: EmuRequest): EmuResponse {
    const b = (req.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    const query = typeof b.query === 'string' ? b.query : '';
    const id = b.variables?.['id'];
    if (!/\bnode\s*\(/.test(query) || !/userContentEdits/.test(query) || typeof id !== 'string') {
      return json(200, {
        errors: [{ message: 'the emulator answers only node(id:) { ... on IssueComment { userContentEdits } }' }],
      });
    }
    const m = /^IC_([A-Za-z0-9_-]+)$/.exec(id);
    const found = m === null ? undefined : this.findCommentAnywhere(Number(Buffer.from(m[1], 'base64url').toString()));
    if (found === undefined) {
      return json(200, {
        data: { node: null },
        errors: [
          { type: 'NOT_FOUND', path: ['node'], message: `Could not resolve to a node with the global id of '${id}'` },
        ],
      });
    }
    const c = found.comment;
    const actor = (login: string): { login: string } => ({ login: login.replace(/\[bot\]$/, '') });
    const edits = c.edits ?? [];
    const last = edits.at(-1);
    const nodes = [...edits].reverse().map((e) => ({ editedAt: e.editedAt, editor: actor(e.editor) }));
    return json(200, {
      data: {
        node: {
          __typename: 'IssueComment',
          author: actor(c.user),
          editor: last === undefined ? null : actor(last.editor),
          lastEditedAt: last?.editedAt ?? null,
          userContentEdits: { totalCount: nodes.length, nodes: nodes.slice(0, 100) },
        },
      },
    });
  }

  private findCommentAnywhere(id: number): { repo: Repository; comment: IssueComment } | undefined {
    for (const repo of this.ctx.world.github.repositories) {
      const found = this.findComment(repo, id);
      if (found !== undefined) return { repo, comment: found.comment };
    }
    return undefined;
  }

  /** Emulator control: merge PR #n (its merge commit lands on the default branch). */
  merge(fullName: string, number: number): { pull: PullRequest; mergeCommitSha: string } | string {
    const repo = this.repoByName(fullName);
    if (repo === undefined) return `no repository ${fullName}`;
    const pull = repo.pulls.find((p) => p.number === number);
    if (pull === undefined) return `no pull request #${number} in ${fullName}`;
    if (pull.merged) return `pull request #${number} is already merged`;
    pull.merged = true;
    pull.state = 'closed';
    pull.mergeCommitSha = sha1Hex(`${fullName}#${number}:merge:${pull.headSha}:${Date.now()}`);
    return { pull, mergeCommitSha: pull.mergeCommitSha };
  }

  /** Emulator control: open a pull request, or push a new head commit to an open one. */
  openOrPush(
    fullName: string,
    input: { number?: number; title?: string; headRef?: string; headSha?: string; headRepo?: string; user?: string },
  ): PullRequest | string {
    const repo = this.repoByName(fullName);
    if (repo === undefined) return `no repository ${fullName}`;
    const newSha = input.headSha ?? sha1Hex(`${fullName}:${Date.now()}:${Math.random()}`);
    if (input.number !== undefined) {
      const pull = repo.pulls.find((p) => p.number === input.number);
      if (pull === undefined) return `no pull request #${input.number} in ${fullName}`;
      if (pull.state !== 'open') return `pull request #${input.number} is not open`;
      pull.headSha = newSha;
      return pull;
    }
    const number = Math.max(0, ...repo.pulls.map((p) => p.number), ...Object.keys(repo.comments).map(Number)) + 1;
    const pull: PullRequest = {
      number,
      title: input.title ?? `Change #${number}`,
      state: 'open',
      merged: false,
      headSha: newSha,
      headRef: input.headRef ?? `change-${number}`,
      baseRef: repo.defaultBranch,
      mergeCommitSha: null,
      headRepo: input.headRepo ?? fullName,
      user: input.user ?? 'octocat',
    };
    repo.pulls.push(pull);
    return pull;
  }

  private repoByName(fullName: string): Repository | undefined {
    const [owner, name] = fullName.split('/');
    return owner !== undefined && name !== undefined ? this.findRepo(owner, name) : undefined;
  }
}
