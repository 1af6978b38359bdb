// Shared shapes of the emulator: the world it holds, one request/response, and the seams between
// the HTTPS shell (server, Entra ID, GitHub OIDC, GitHub REST, faults) and the ARM providers.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One parsed HTTP request, as every handler sees it. */
export interface EmuRequest {
  method: string;
  /** Path without the query, with `//` collapsed (classic SDK clients send `//subscriptions/...`). */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON or form body; undefined when empty. */
  body: unknown;
  rawBody: string;
  /** e.g. https://127.0.0.1:PORT, for absolute URLs (Azure-AsyncOperation, nextLink, Link). */
  baseUrl: string;
  /** Assigned by the shell, echoed as x-ms-request-id. */
  requestId: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON unless it is a string. */
  body?: unknown;
}

/** Who is calling ARM: resolved by the shell from the bearer token (an access token our Entra issued). */
export interface Principal {
  /** Object id of the service principal (the token's `oid`). */
  objectId: string;
  /** The application (client) id, the token's `appid`/`azp`. */
  appId?: string;
  tenantId: string;
}

export interface FederatedCredential {
  name: string;
  issuer: string;
  /** e.g. repo:octo-org/octo-repo:pull_request, matched exactly (case-sensitive). */
  subject: string;
  audiences: string[];
}

export interface Application {
  clientId: string;
  displayName: string;
  /** Object id of the application's service principal in the tenant. */
  servicePrincipalObjectId: string;
  federatedCredentials: FederatedCredential[];
}

/** A directory object that role assignments can name (service principals, managed identities, users). */
export interface DirectoryPrincipal {
  objectId: string;
  type: 'ServicePrincipal' | 'User' | 'Group';
  /** ms since epoch; role assignments without principalType fail with PrincipalNotFound for a while after this. */
  createdAt: number;
  displayName?: string;
}

export interface PullRequest {
  number: number;
  title: string;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** The merge commit on the base branch, once merged. */
  mergeCommitSha?: string | null;
  /** Owner/name of the head repository; differs from the base for a fork pull request. */
  headRepo: string;
  user: string;
}

export interface IssueComment {
  id: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  /** Every revision once edited, oldest first, as GitHub keeps it (GraphQL `userContentEdits`). */
  edits?: Array<{ editor: string; editedAt: string }>;
}

export interface Repository {
  owner: string;
  name: string;
  defaultBranch: string;
  pulls: PullRequest[];
  /** Issue (= pull request) number -> comments, oldest first. */
  comments: Record<number, IssueComment[]>;
}

export interface GithubToken {
  token: string;
  login: string;
  /** 'write' can comment; 'read' is a fork pull request's token. */
  permission: 'write' | 'read';
}

/** Which request a fault applies to. Every given field must match. */
export interface FaultMatch {
  method?: string;
  /** Substring or /regex/ on the path. */
  path?: string;
  /** ARM resource type of the target, e.g. Microsoft.Network/virtualNetworks/subnets. */
  resourceType?: string;
  /** Only the Nth matching request (1-based), e.g. "the 3rd PUT on subnets". */
  nth?: number;
  /** At most this many times (default: unlimited, or 1 with nth). */
  times?: number;
  /** Probability 0..1 with the world's seeded random generator. */
  rate?: number;
  /** Which service the fault applies to (default 'arm'): faults never hit Entra/GitHub unless told. */
  service?: 'arm' | 'entra' | 'github' | 'oidc';
}

export type Fault =
  | { kind: 'latency'; ms: number; match?: FaultMatch }
  | { kind: 'throttle'; retryAfterSeconds?: number; match?: FaultMatch }
  | { kind: 'error'; status: 500 | 502 | 503 | 504; match?: FaultMatch }
  | { kind: 'drop'; match?: FaultMatch }
  | { kind: 'lro-failed'; code?: string; message?: string; match?: FaultMatch };

/** The seams the ARM side uses to ask the shell for faults it must act out itself (a failed LRO). */
export interface FaultInjector {
  /** Returns the first matching fault of that kind and counts it as taken. */
  take<K extends Fault['kind']>(
    kind: K,
    req: EmuRequest,
    resourceType?: string,
  ): Extract<Fault, { kind: K }> | undefined;
}

export interface Timings {
  /**
   * Duration of a long-running operation per ARM resource type (ms); `default` for the rest. Two other keys:
   * `retry-after` (ms) fixes the Retry-After header (absent: Azure's 10 s, capped by the operation's remaining
   * time), `principal-replication` (ms) is how long a new identity stays unknown to lookups without principalType.
   */
  lroMs: Record<string, number>;
  /**
   * Clock skew (s) Entra tolerates on a client assertion's nbf/exp and ARM on an access token's exp.
   * Absent: 300, as the real services. 0 makes an expired GitHub ID token fail at once (AADSTS700024).
   */
  clockSkewSeconds?: number;
  /** Lifetime (s) of the access tokens Entra issues. Absent: 3599. Short values make clients exchange often. */
  accessTokenSeconds?: number;
}

export interface World {
  tenantId: string;
  subscriptionIds: string[];
  applications: Application[];
  principals: DirectoryPrincipal[];
  /** ARM resources by lower-cased resource id; each value is the full resource JSON as GET returns it. */
  resources: Map<string, JsonObject>;
  github: { repositories: Repository[]; tokens: GithubToken[]; oidcSubject: string };
  timings: Timings;
  faults: Fault[];
  /** Seed of the fault generator's random numbers. */
  seed: number;
}

/** The ARM side of the emulator: everything under {armEndpoint}/subscriptions, /providers, ... */
export interface ArmHandler {
  handle(req: EmuRequest, principal: Principal): Promise<EmuResponse>;
}

/** The ready line `amlnet emulator` prints (emulator/README.md). */
export interface ReadyInfo {
  armEndpoint: string;
  authorityHost: string;
  githubApiUrl: string;
  githubToken: string;
  oidcRequestUrl: string;
  oidcRequestToken: string;
  caCertPath: string;
  tenantId: string;
  clientId: string;
  subscriptionId: string;
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** A state file (YAML or JSON) that seeds resources, identities and faults. */
  statePath?: string;
  /** The same seed, already parsed (tests). */
  state?: unknown;
  /** Where the CA certificate is written; a fresh temporary directory by default. */
  dataDir?: string;
}

export interface RunningEmulator {
  info: ReadyInfo;
  world: World;
  /** PEM of the CA that signed the server certificate (trust it with tls.setDefaultCACertificates or NODE_EXTRA_CA_CERTS). */
  caCertPem: string;
  close(): Promise<void>;
}
