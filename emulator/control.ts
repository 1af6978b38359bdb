// The emulator's own endpoints under /_emulator: introspection (state, request log) and control (faults, the
// OIDC subject, GitHub merges and pushes) for tests and the demo. Nothing here ever returns a secret or token.
import { json, type ShellContext } from './context.js';
import { readFaultsFromJson, type FaultStore } from './faults.js';
import type { GithubRest } from './github-rest.js';
import { isRecord } from './jwt.js';
import type { RequestLogEntry } from './server.js';
import { StateError } from './state-reader.js';
import { DEFAULT_REPO } from './world.js';
import type { EmuRequest, EmuResponse, JsonObject } from './types.js';

export class ControlApi {
  constructor(
    private readonly ctx: ShellContext,
    private readonly faults: FaultStore,
    private readonly github: GithubRest,
    private readonly log: RequestLogEntry[],
    /** Commits long-running operations whose time has come, so a dump never shows a finished one as Updating. */
    private readonly settle: () => void = () => undefined,
  ) {}

  handle(req: EmuRequest): EmuResponse {
    const sub = req.path.slice('/_emulator'.length);
    const bad = (message: string): EmuResponse => json(400, { error: { code: 'InvalidRequest', message } });
    try {
      if (sub === '/state' && req.method === 'GET') {
        this.settle();
        return json(200, this.snapshot());
      }
      if (sub === '/requests') {
        if (req.method === 'GET') return json(200, { requests: this.log });
        if (req.method === 'DELETE') {
          this.log.length = 0;
          return { status: 204 };
        }
      }
      if (sub === '/faults') {
        if (req.method === 'GET') return json(200, { faults: this.faults.list() });
        if (req.method === 'POST') {
          const body = isRecord(req.body) && Array.isArray(req.body.faults) ? req.body.faults : req.body;
          return json(201, { added: this.faults.add(readFaultsFromJson(body)) });
        }
        if (req.method === 'DELETE') {
          this.faults.clear();
          return { status: 204 };
        }
      }
      const one = /^\/faults\/(\d+)$/.exec(sub);
      if (one !== null && req.method === 'DELETE') {
        return this.faults.remove(Number(one[1]))
          ? { status: 204 }
          : json(404, { error: { code: 'NotFound', message: `no fault ${one[1]}` } });
      }
      if (sub === '/oidc') {
        if (req.method === 'POST') {
          const b = isRecord(req.body) ? req.body : {};
          if (b.subject !== undefined) {
            if (typeof b.subject !== 'string' || b.subject === '') return bad('subject must be a non-empty string');
            this.ctx.world.github.oidcSubject = b.subject;
          }
          if (b.ttlSeconds !== undefined) {
            if (typeof b.ttlSeconds !== 'number' || !Number.isInteger(b.ttlSeconds))
              return bad('ttlSeconds must be an integer');
            this.ctx.oidc.ttlSeconds = b.ttlSeconds;
          }
        } else if (req.method !== 'GET') return json(405, { error: { code: 'MethodNotAllowed', message: req.method } });
        return json(200, {
          subject: this.ctx.world.github.oidcSubject,
          ttlSeconds: this.ctx.oidc.ttlSeconds,
          issuer: this.ctx.githubIssuer,
        });
      }
      if (sub === '/github/merge' && req.method === 'POST') {
        const b = isRecord(req.body) ? req.body : {};
        if (typeof b.number !== 'number') return bad('number (the pull request to merge) is required');
        const result = this.github.merge(typeof b.repo === 'string' ? b.repo : DEFAULT_REPO, b.number);
        return typeof result === 'string' ? bad(result) : json(200, result);
      }
      if (sub === '/github/pulls' && req.method === 'POST') {
        const b = isRecord(req.body) ? req.body : {};
        const str = (k: string): string | undefined => (typeof b[k] === 'string' ? (b[k] as string) : undefined);
        const result = this.github.openOrPush(str('repo') ?? DEFAULT_REPO, {
          number: typeof b.number === 'number' ? b.number : undefined,
          title: str('title'),
          headRef: str('headRef'),
          headSha: str('headSha'),
          headRepo: str('headRepo'),
          user: str('user'),
        });
        return typeof result === 'string' ? bad(result) : json(typeof b.number === 'number' ? 200 : 201, result);
      }
    } catch (err) {
      if (err instanceof StateError) return bad(err.message);
      throw err;
    }
    return json(404, {
      error: { code: 'NotFound', message: `The emulator has no control endpoint ${req.method} ${req.path}.` },
    });
  }

  private snapshot(): JsonObject {
    const w = this.ctx.world;
    const resources = [...w.resources.values()];
    return {
      tenantId: w.tenantId,
      subscriptionIds: w.subscriptionIds,
      applications: w.applications as unknown as JsonObject[],
      principals: w.principals as unknown as JsonObject[],
      roleAssignments: resources.filter(
        (r) => String(r.type).toLowerCase() === 'microsoft.authorization/roleassignments',
      ),
      resources,
      github: {
        repositories: w.github.repositories.map((r) => ({
          fullName: `${r.owner}/${r.name}`,
          defaultBranch: r.defaultBranch,
          pulls: r.pulls as unknown as JsonObject[],
          comments: r.comments as unknown as JsonObject,
        })),
        // Token values are secrets: only who they are and what they may do.
        tokens: w.github.tokens.map((t) => ({ login: t.login, permission: t.permission })),
        oidcSubject: w.github.oidcSubject,
      },
      timings: w.timings as unknown as JsonObject,
      faults: this.faults.list() as unknown as JsonObject[],
      seed: w.seed,
    };
  }
}
