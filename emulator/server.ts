// The HTTPS shell's request pipeline: parse, apply request-level faults, route to Entra / GitHub OIDC / GitHub REST /
// emulator control / ARM (after authenticating the bearer token), answer with the common headers, log the request.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ArmAuthenticator } from './arm-auth.js';
import type { ArmHandlerWithSettle } from './arm/index.js';
import { ControlApi } from './control.js';
import { armError, json, type ShellContext } from './context.js';
import { handleEntra, isEntraPath } from './entra.js';
import { faultResponse, type FaultStore, type Service } from './faults.js';
import { GITHUB_PREFIX, GithubRest } from './github-rest.js';
import { handleGithubOidc, OIDC_ISSUER_PATH, OIDC_REQUEST_PATH } from './github-oidc.js';
import type { ArmHandler, EmuRequest, EmuResponse, Fault, JsonObject, Principal } from './types.js';

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_LOG_ENTRIES = 10_000;

export interface RequestLogEntry {
  requestId: string;
  time: string;
  service: Service;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** Object id of the ARM caller; never the token. */
  principal: string | null;
  durationMs: number;
  fault: Fault['kind'] | null;
}

type Route = Service | 'control';

function classify(path: string): Route {
  if (path === '/_emulator' || path.startsWith('/_emulator/')) return 'control';
  if (path === GITHUB_PREFIX || path.startsWith(`${GITHUB_PREFIX}/`)) return 'github';
  if (path === OIDC_REQUEST_PATH || path.startsWith(`${OIDC_ISSUER_PATH}/`)) return 'oidc';
  if (isEntraPath(path)) return 'entra';
  return 'arm';
}

/** Query parameters that could carry a secret never reach the log. */
const redactQuery = (query: URLSearchParams): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of query) out[k] = /token|secret|assertion|password|sig|code/i.test(k) ? '[redacted]' : v;
  return out;
};

export class EmulatorServer {
  readonly log: RequestLogEntry[] = [];
  private readonly auth: ArmAuthenticator;
  private readonly github: GithubRest;
  private readonly controlApi: ControlApi;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly ctx: ShellContext,
    private readonly faults: FaultStore,
    private readonly arm: ArmHandler,
    private readonly onLog: (entry: RequestLogEntry) => void = () => undefined,
  ) {
    this.auth = new ArmAuthenticator(ctx);
    this.github = new GithubRest(ctx);
    this.controlApi = new ControlApi(ctx, faults, this.github, this.log, () =>
      (arm as Partial<ArmHandlerWithSettle>).settle?.(),
    );
  }

  /** Stops pending latency timers (their requests' sockets are destroyed by the server's close). */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      this.process(req, res, Buffer.concat(chunks).toString('utf8'), tooLarge).catch((err: unknown) => {
        // A bug in a handler must not take the emulator down; answer 500 like ARM would.
        process.stderr.write(`amlnet emulator: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        if (!res.headersSent)
          this.write(res, armError(500, 'InternalServerError', 'The emulator failed to process the request.'), {});
      });
    });
  };

  private async process(raw: IncomingMessage, res: ServerResponse, rawBody: string, tooLarge: boolean): Promise<void> {
    const started = performance.now();
    const url = raw.url ?? '/';
    const q = url.indexOf('?');
    // Classic SDK clients send `//subscriptions/...`: collapse repeated slashes (never parse as a URL: `//x` is a host).
    const path = (q < 0 ? url : url.slice(0, q)).replace(/\/{2,}/g, '/') || '/';
    const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const req: EmuRequest = {
      method: (raw.method ?? 'GET').toUpperCase(),
      path,
      query,
      headers,
      body: undefined,
      rawBody,
      baseUrl: this.ctx.baseUrl,
      requestId: randomUUID(),
    };
    const correlationId = headers['x-ms-correlation-request-id'] ?? headers['x-ms-client-request-id'] ?? randomUUID();
    const common: Record<string, string> = {
      'x-ms-request-id': req.requestId,
      'x-ms-correlation-request-id': correlationId,
    };
    const route = classify(path);
    if (route === 'github') {
      common['x-github-request-id'] = req.requestId.toUpperCase();
      common['x-github-api-version-selected'] = '2022-11-28';
      // GitHub's budget for an installation token; the emulator does not count it down.
      common['x-ratelimit-limit'] = '5000';
      common['x-ratelimit-remaining'] = '4999';
      common['x-ratelimit-resource'] = 'core';
    }

    let principal: Principal | undefined;
    let faultKind: Fault['kind'] | null = null;
    const finish = (status: number): void => {
      if (route === 'control') return;
      const entry: RequestLogEntry = {
        requestId: req.requestId,
        time: new Date().toISOString(),
        service: route,
        method: req.method,
        path,
        query: redactQuery(query),
        status,
        principal: principal?.objectId ?? null,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        fault: faultKind,
      };
      if (this.log.length >= MAX_LOG_ENTRIES) this.log.shift();
      this.log.push(entry);
      this.onLog(entry);
    };

    if (tooLarge) {
      finish(413);
      return this.write(
        res,
        armError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`),
        common,
      );
    }
    const parsed = this.parseBody(req, route);
    if (parsed !== undefined) {
      finish(parsed.status);
      return this.write(res, parsed, common);
    }

    if (route !== 'control') {
      const { latencyMs, fault } = this.faults.forRequest(req, route);
      if (latencyMs > 0) {
        faultKind = 'latency';
        await this.sleep(latencyMs);
        if (this.closed) return;
      }
      if (fault !== undefined) {
        faultKind = fault.kind;
        if (fault.kind === 'drop') {
          finish(0);
          res.socket?.destroy();
          return;
        }
        const out = faultResponse(fault, req, route);
        finish(out.status);
        return this.write(res, out, common);
      }
    }

    let out: EmuResponse;
    switch (route) {
      case 'control':
        out = this.controlApi.handle(req);
        break;
      case 'github':
        out = this.github.handle(req);
        break;
      case 'oidc':
        out = handleGithubOidc(this.ctx, req) ?? json(404, { message: 'Not Found' });
        break;
      case 'entra':
        out = handleEntra(this.ctx, req);
        break;
      case 'arm': {
        if (path === '/metadata/endpoints') {
          out = json(200, this.armMetadata());
          break;
        }
        const result = this.auth.authenticate(headers.authorization);
        if ('response' in result) {
          out = result.response;
          break;
        }
        principal = result.principal;
        out = await this.arm.handle(req, principal);
        break;
      }
    }
    finish(out.status);
    this.write(res, out, common);
  }

  /** Parses JSON (or form) bodies; a bad JSON body is ARM's 400 InvalidRequestContent. */
  private parseBody(req: EmuRequest, route: Route): EmuResponse | undefined {
    if (req.rawBody === '') return undefined;
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/x-www-form-urlencoded')) {
      req.body = Object.fromEntries(new URLSearchParams(req.rawBody));
      return undefined;
    }
    try {
      req.body = JSON.parse(req.rawBody);
      return undefined;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (route === 'github')
        return json(400, {
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/rest',
          status: '400',
        });
      return armError(
        400,
        'InvalidRequestContent',
        `The request content was invalid and could not be deserialized: '${reason}'.`,
      );
    }
  }

  private write(res: ServerResponse, out: EmuResponse, common: Record<string, string>): void {
    // The shell owns the request and correlation ids (a handler may set them too; the shell's win).
    const headers: Record<string, string> = { ...(out.headers ?? {}), ...common };
    let payload = '';
    if (out.status !== 204 && out.body !== undefined) {
      if (typeof out.body === 'string') {
        payload = out.body;
        headers['content-type'] ??= 'text/plain; charset=utf-8';
      } else {
        payload = JSON.stringify(out.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
      }
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(out.status, headers);
    res.end(payload);
  }

  private armMetadata(): JsonObject {
    const base = this.ctx.baseUrl;
    return {
      name: 'AzureCloud',
      resourceManager: `${base}/`,
      authentication: {
        loginEndpoint: `${base}/`,
        audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
        tenant: 'common',
        identityProvider: 'AAD',
      },
      suffixes: { storage: 'core.windows.net' },
    };
  }
}
