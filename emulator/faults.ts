// Fault injection: which request gets latency, a 429, a 5xx, a dropped connection, or (taken by the ARM side)
// a failed long-running operation. Matching is per method/path/resource type, per count (nth, times) and per a
// seeded random rate, so a run with the same seed and the same requests fails the same way every time.
import { armResourceType } from './arm-path.js';
import { SeedReader, type Locator } from './state-reader.js';
import type { EmuRequest, EmuResponse, Fault, FaultInjector, FaultMatch } from './types.js';

export type Service = NonNullable<FaultMatch['service']>;

export interface FaultEntry {
  id: number;
  fault: Fault;
  /** Requests that matched method/path/resourceType/service so far. */
  seen: number;
  /** Times the fault was acted out. */
  applied: number;
}

interface LiveEntry extends FaultEntry {
  random: () => number;
  pathRegex?: RegExp;
}

/** mulberry32: a tiny deterministic PRNG; good enough to spread failures, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits: a stable hash of a fault's JSON. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `/regex/flags` is a regular expression; anything else is a case-insensitive substring. */
function compilePath(path: string | undefined): RegExp | undefined {
  if (path === undefined) return undefined;
  const m = /^\/(.+)\/([a-z]*)$/.exec(path);
  if (m !== null) return new RegExp(m[1], m[2]);
  return new RegExp(path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

export class FaultStore implements FaultInjector {
  private entries: LiveEntry[] = [];
  private nextId = 1;

  constructor(
    private readonly seed: number,
    initial: Fault[] = [],
    /** Told whenever the list changes, so world.faults mirrors it. */
    private readonly onChange: (faults: Fault[]) => void = () => undefined,
  ) {
    this.add(initial);
  }

  add(faults: Fault[]): FaultEntry[] {
    const added = faults.map((fault) => {
      const id = this.nextId++;
      // Each fault draws from its own stream, seeded by the world's seed and the fault itself: adding or removing
      // other faults never reshuffles it, and the same fault on the same seed fails the same requests.
      const entry: LiveEntry = {
        id,
        fault,
        seen: 0,
        applied: 0,
        random: mulberry32((this.seed ^ fnv1a(JSON.stringify(fault))) >>> 0),
        pathRegex: compilePath(fault.match?.path),
      };
      return entry;
    });
    this.entries.push(...added);
    this.onChange(this.entries.map((e) => e.fault));
    return added.map(publicEntry);
  }

  remove(id: number): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.id !== id);
    this.onChange(this.entries.map((e) => e.fault));
    return this.entries.length !== before;
  }

  clear(): void {
    this.entries = [];
    this.onChange([]);
  }

  list(): FaultEntry[] {
    return this.entries.map(publicEntry);
  }

  private matches(entry: LiveEntry, req: EmuRequest, service: Service, resourceType: string | undefined): boolean {
    const m = entry.fault.match ?? {};
    if ((m.service ?? 'arm') !== service) return false;
    if (m.method !== undefined && m.method.toUpperCase() !== req.method.toUpperCase()) return false;
    if (entry.pathRegex !== undefined && !entry.pathRegex.test(req.path)) return false;
    if (m.resourceType !== undefined && m.resourceType.toLowerCase() !== (resourceType ?? '').toLowerCase())
      return false;
    return true;
  }

  /** Counts the request against the entry and says whether the fault fires for it. */
  private fires(entry: LiveEntry): boolean {
    const m = entry.fault.match ?? {};
    entry.seen++;
    const limit = m.times ?? (m.nth !== undefined ? 1 : Infinity);
    if (entry.applied >= limit) return false;
    if (m.nth !== undefined && entry.seen < m.nth) return false;
    if (m.rate !== undefined && entry.random() >= m.rate) return false;
    entry.applied++;
    return true;
  }

  take<K extends Fault['kind']>(
    kind: K,
    req: EmuRequest,
    resourceType?: string,
  ): Extract<Fault, { kind: K }> | undefined {
    const type = resourceType ?? armResourceType(req.path);
    for (const entry of this.entries) {
      if (entry.fault.kind !== kind || !this.matches(entry, req, 'arm', type)) continue;
      if (this.fires(entry)) return entry.fault as Extract<Fault, { kind: K }>;
    }
    return undefined;
  }

  /**
   * The request-level faults for one request: the total latency of every firing latency fault, and the first
   * firing throttle/error/drop (in list order). Every matching fault counts the request, fired or not.
   */
  forRequest(req: EmuRequest, service: Service): { latencyMs: number; fault?: Fault } {
    const type = service === 'arm' ? armResourceType(req.path) : undefined;
    let latencyMs = 0;
    let terminal: Fault | undefined;
    for (const entry of this.entries) {
      const kind = entry.fault.kind;
      if (kind === 'lro-failed' || !this.matches(entry, req, service, type)) continue;
      if (kind === 'latency') {
        if (this.fires(entry) && entry.fault.kind === 'latency') latencyMs += entry.fault.ms;
      } else if (terminal === undefined) {
        if (this.fires(entry)) terminal = entry.fault;
      } else {
        // An earlier fault already answers this request: this one still counts it (its nth), without firing.
        entry.seen++;
      }
    }
    return { latencyMs, fault: terminal };
  }
}

function publicEntry(e: LiveEntry): FaultEntry {
  return { id: e.id, fault: e.fault, seen: e.seen, applied: e.applied };
}

const ARM_ERRORS: Record<number, { code: string; message: string }> = {
  500: {
    code: 'InternalServerError',
    message: 'Encountered internal server error. Please try again later.',
  },
  502: { code: 'BadGateway', message: 'The server received an invalid response from an upstream server.' },
  503: {
    code: 'ServiceUnavailable',
    message:
      'The server is currently unable to handle the request due to a temporary overload or maintenance. Please retry the request later.',
  },
  504: {
    code: 'GatewayTimeout',
    message: 'The gateway did not receive a response from the resource provider within the specified time period.',
  },
};

/** The response a throttle or error fault produces, shaped like the service it hits. */
export function faultResponse(fault: Fault, req: EmuRequest, service: Service): EmuResponse {
  const github = service === 'github';
  if (fault.kind === 'throttle') {
    const retryAfter = String(fault.retryAfterSeconds ?? 1);
    if (github) {
      return {
        status: 429,
        headers: { 'retry-after': retryAfter, 'x-ratelimit-remaining': '0' },
        body: {
          message: 'API rate limit exceeded',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
      };
    }
    const op = req.method === 'GET' || req.method === 'HEAD' ? 'reads' : req.method === 'DELETE' ? 'deletes' : 'writes';
    return {
      status: 429,
      headers: {
        'retry-after': retryAfter,
        [`x-ms-ratelimit-remaining-subscription-${op}`]: '0',
        [`x-ms-ratelimit-remaining-tenant-${op === 'deletes' ? 'writes' : op}`]: '0',
        'x-ms-ratelimit-remaining-subscription-resource-requests': '0',
      },
      body: {
        error: {
          code: 'TooManyRequests',
          message: `The request is being throttled as the limit has been reached for operation type - ${op === 'reads' ? 'Read' : 'Write'}_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/srpthrottlinglimits`,
        },
      },
    };
  }
  if (fault.kind === 'error') {
    if (github)
      return {
        status: fault.status,
        body: { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' },
      };
    const e = ARM_ERRORS[fault.status] ?? ARM_ERRORS[500];
    const headers: Record<string, string> = fault.status === 503 ? { 'retry-after': '1' } : {};
    return { status: fault.status, headers, body: { error: e } };
  }
  return { status: 500, body: { error: ARM_ERRORS[500] } };
}

const KINDS = ['latency', 'throttle', 'error', 'drop', 'lro-failed'] as const;
const SERVICES = ['arm', 'entra', 'github', 'oidc'] as const;

/** Validates a list of faults from the state seed or from `POST /_emulator/faults`. */
export function validateFaults(list: SeedReader): Fault[] {
  return list.list().map((r) => readFault(r));
}

export function readFaultsFromJson(value: unknown, locate?: Locator): Fault[] {
  const r = new SeedReader(Array.isArray(value) ? value : [value], ['faults'], locate);
  return validateFaults(r);
}

function readFault(r: SeedReader): Fault {
  const kind = r.child('kind').oneOf(KINDS);
  const common = ['kind', 'match'];
  const match = r.has('match') ? readMatch(r.child('match')) : undefined;
  const withMatch = <T extends Fault>(f: T): T => (match === undefined ? f : { ...f, match });
  switch (kind) {
    case 'latency':
      r.object([...common, 'ms']);
      return withMatch({ kind, ms: r.child('ms').number({ min: 0, max: 120_000 }) });
    case 'throttle': {
      r.object([...common, 'retryAfterSeconds']);
      const retry = r.child('retryAfterSeconds').optionalNumber({ integer: true, min: 0, max: 600 });
      return withMatch(retry === undefined ? { kind } : { kind, retryAfterSeconds: retry });
    }
    case 'error': {
      r.object([...common, 'status']);
      const status = r.child('status').number({ integer: true });
      if (status === 500 || status === 502 || status === 503 || status === 504) return withMatch({ kind, status });
      return r.child('status').fail(`expected 500, 502, 503 or 504, got ${status}`);
    }
    case 'drop':
      r.object(common);
      return withMatch({ kind });
    case 'lro-failed': {
      r.object([...common, 'code', 'message']);
      const f: Fault = { kind };
      const code = r.child('code').optionalString();
      const message = r.child('message').optionalString();
      return withMatch({
        ...f,
        ...(code !== undefined ? { code } : {}),
        ...(message !== undefined ? { message } : {}),
      });
    }
  }
}

function readMatch(r: SeedReader): FaultMatch {
  r.object(['method', 'path', 'resourceType', 'nth', 'times', 'rate', 'service']);
  const m: FaultMatch = {};
  const method = r.child('method').optionalString({ pattern: /^[A-Za-z]+$/, what: 'an HTTP method' });
  if (method !== undefined) m.method = method.toUpperCase();
  const path = r.child('path').optionalString();
  if (path !== undefined) {
    try {
      compilePath(path);
    } catch (err) {
      r.child('path').fail(`not a valid /regular expression/: ${err instanceof Error ? err.message : String(err)}`);
    }
    m.path = path;
  }
  const resourceType = r.child('resourceType').optionalString({
    pattern: /^[A-Za-z0-9.]+(\/[A-Za-z0-9.]+)+$/,
    what: 'an ARM resource type (Namespace/type[/child])',
  });
  if (resourceType !== undefined) m.resourceType = resourceType;
  const nth = r.child('nth').optionalNumber({ integer: true, min: 1 });
  if (nth !== undefined) m.nth = nth;
  const times = r.child('times').optionalNumber({ integer: true, min: 1 });
  if (times !== undefined) m.times = times;
  const rate = r.child('rate').optionalNumber({ min: 0, max: 1 });
  if (rate !== undefined) m.rate = rate;
  if (r.has('service')) m.service = r.child('service').oneOf(SERVICES);
  return m;
}
