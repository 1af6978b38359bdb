// Integration harness: an emulator seeded with what a spec needs to exist beforehand (resource groups,
// the VNet, the workspace), the REAL SDK clients logged in through GitHub OIDC -> Entra (emulated), a
// plan from the real pipeline pieces, and the apply. Timings are small (LROs 0-50 ms, polls 0-10 ms).
import tls from 'node:tls';
import type { TokenCredential } from '@azure/core-auth';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import { startEmulator } from '../../emulator/index.js';
import type { Fault, JsonObject, RunningEmulator } from '../../emulator/types.js';
import { createClients, type AzureClients } from '../../src/azure/clients.js';
import { createCredential, githubOidcFromEnv } from '../../src/azure/credential.js';
import { resolveEndpoints } from '../../src/azure/endpoints.js';
import { applyPlanToAzure, type AzureApplyOptions } from '../../src/azure/apply/run.js';
import { planSpec } from '../../src/app/plan.js';
import type { Plan } from '../../src/plan/model.js';
import { validateSpecFile } from '../../src/validate.js';
import type { Spec } from '../../src/spec/types.js';
import type { ApplyResult } from '../../src/apply/types.js';

const trusted: string[] = [];

export interface TestWorld {
  emu: RunningEmulator;
  /** A fresh client factory (each apply gets its own: apply clients have their SDK retries removed). */
  newClients(credential?: TokenCredential): AzureClients;
  /** Fetches a GitHub ID token from the emulator's OIDC request URL, as @actions/core does. */
  getIdToken(audience: string): Promise<string>;
  close(): Promise<void>;
}

export interface WorldOptions {
  /** Extra resources (full ARM JSON) beyond what `prerequisites(spec)` gives. */
  resources?: JsonObject[];
  faults?: Fault[];
  /** Per resource type LRO durations in ms; default 20 ms for everything. */
  lroMs?: Record<string, number>;
  ownerOnSubscription?: boolean;
  roleAssignments?: JsonObject[];
  /** GitHub ID token lifetime (seconds), for expiry tests. */
  oidcTtlSeconds?: number;
  /** Clock skew Entra and ARM tolerate (seconds; the emulator's default is Entra's 300). 0 for expiry tests. */
  clockSkewSeconds?: number;
  /** Lifetime of Entra's access tokens (seconds; default 3599): short ones make the clients exchange often. */
  accessTokenSeconds?: number;
}

export async function loadSpecAsync(path: string): Promise<Spec> {
  const v = await validateSpecFile(path);
  if (v.spec === undefined) throw new Error(`${path} does not parse: ${v.findings.map((f) => f.message).join('; ')}`);
  return v.spec;
}

/** What must exist before amlnet runs: the resource groups, the VNet (no subnets), the workspace. */
export { prerequisitesOf as prerequisites } from '../../emulator/prerequisites.js';

export async function startWorld(spec: Spec | undefined, options: WorldOptions = {}): Promise<TestWorld> {
  const state: JsonObject = {
    resources: [...(spec ? prerequisitesOf(spec) : []), ...(options.resources ?? [])],
    timings: {
      lroMs: { default: 20, 'retry-after': 0, ...(options.lroMs ?? {}) },
      ...(options.clockSkewSeconds !== undefined ? { clockSkewSeconds: options.clockSkewSeconds } : {}),
      ...(options.accessTokenSeconds !== undefined ? { accessTokenSeconds: options.accessTokenSeconds } : {}),
    },
  };
  if (options.faults) state.faults = options.faults as unknown as JsonObject[];
  if (options.ownerOnSubscription !== undefined) state.ownerOnSubscription = options.ownerOnSubscription;
  if (options.roleAssignments) state.roleAssignments = options.roleAssignments;
  if (options.oidcTtlSeconds !== undefined) state.github = { oidcTtlSeconds: options.oidcTtlSeconds };
  const emu = await startEmulator({ state });
  trusted.push(emu.caCertPem);
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ...trusted]);

  const endpoints = resolveEndpoints({ armEndpoint: emu.info.armEndpoint, authorityHost: emu.info.authorityHost });
  // The request @actions/core makes, against the emulator's OIDC token service.
  const getIdToken = githubOidcFromEnv({
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken,
  })!;
  const login = await createCredential({
    endpoints,
    tenantId: emu.info.tenantId,
    clientId: emu.info.clientId,
    getIdToken,
  });
  const tokens = new InFlightTokens();
  return {
    emu,
    getIdToken,
    newClients: (credential?: TokenCredential) =>
      createClients({
        credential: tokens.track(credential ?? login.credential),
        endpoints,
        subscriptionId: emu.info.subscriptionId,
        pollIntervalMs: 5,
        maxRetryAfterSeconds: 0,
      }),
    close: async () => {
      await tokens.drain();
      await emu.close();
    },
  };
}

/**
 * The SDK refreshes a token that is close to expiry in the background, without awaiting it. With the short
 * access tokens of the expiry tests, one can be under way when a test ends; closing the emulator under it
 * would make it fail later as an unhandled rejection in another suite. close() lets those calls finish first.
 */
export class InFlightTokens {
  private readonly pending = new Set<Promise<unknown>>();

  track(inner: TokenCredential): TokenCredential {
    return {
      getToken: (scopes, options) => {
        const p = inner.getToken(scopes, options);
        this.pending.add(p);
        void p.then(
          () => this.pending.delete(p),
          () => this.pending.delete(p),
        );
        return p;
      },
    };
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

/** A fresh plan through the one plan pipeline (validate, live state, live rules in apply mode, diff). */
export async function planFor(
  world: TestWorld,
  specPath: string,
  mode: 'plan' | 'apply' = 'apply',
): Promise<{ spec: Spec; plan: Plan }> {
  const result = await planSpec({ specPath, clients: world.newClients(), mode });
  if (result.status !== 'planned') {
    throw new Error(`${specPath}: ${result.validation.findings.map((f) => `${f.ruleId} ${f.message}`).join('; ')}`);
  }
  return { spec: result.spec, plan: result.plan };
}

export async function applyFor(
  world: TestWorld,
  spec: Spec,
  plan: Plan,
  options: Partial<AzureApplyOptions> = {},
): Promise<ApplyResult> {
  return applyPlanToAzure(plan, spec, {
    clients: world.newClients(),
    pollIntervalMs: 5,
    backoff: { baseDelayMs: 5, maxDelayMs: 50 },
    deadlineMs: 30_000,
    ...options,
  });
}

interface LoggedRequest {
  /** ISO time the answer was sent. */
  time: string;
  method: string;
  path: string;
  status: number;
  service: string;
  fault: string | null;
}

export async function requestLog(world: TestWorld): Promise<LoggedRequest[]> {
  const res = await fetch(`${world.emu.info.armEndpoint}/_emulator/requests`);
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}

export async function clearRequestLog(world: TestWorld): Promise<void> {
  await fetch(`${world.emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
}

/** ARM writes in the log: PUT, PATCH, POST and DELETE to ARM (not the token or OIDC endpoints). */
export async function armWrites(world: TestWorld): Promise<LoggedRequest[]> {
  return (await requestLog(world)).filter(
    (r) => r.service === 'arm' && ['PUT', 'PATCH', 'POST', 'DELETE'].includes(r.method.toUpperCase()),
  );
}

export async function addFaults(world: TestWorld, faults: Fault[]): Promise<void> {
  const res = await fetch(`${world.emu.info.armEndpoint}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  if (res.status !== 201) throw new Error(`adding faults failed: ${res.status} ${await res.text()}`);
}

export async function clearFaults(world: TestWorld): Promise<void> {
  await fetch(`${world.emu.info.armEndpoint}/_emulator/faults`, { method: 'DELETE' });
}

/** A resource as the emulator holds it (a nested subnet or rule is found inside its parent). */
export function resource(world: TestWorld, id: string): JsonObject | undefined {
  const direct = world.emu.world.resources.get(id.toLowerCase());
  if (direct !== undefined) return direct;
  const m = /^(.*)\/(subnets|securityRules)\/([^/]+)$/i.exec(id);
  if (m === null) return undefined;
  const parent = world.emu.world.resources.get(m[1].toLowerCase());
  const list = ((parent?.properties as JsonObject | undefined)?.[m[2] === 'subnets' ? 'subnets' : 'securityRules'] ??
    []) as JsonObject[];
  return list.find((c) => String(c.name).toLowerCase() === m[3].toLowerCase());
}

/** Every role assignment in the world. */
export function roleAssignments(world: TestWorld): JsonObject[] {
  return [...world.emu.world.resources.values()].filter(
    (r) => String(r.type).toLowerCase() === 'microsoft.authorization/roleassignments',
  );
}

/** A security rule as the emulator holds it, flattened to its properties (name included). */
export interface LiveSecurityRule {
  name: string;
  priority: number;
  direction: string;
  access: string;
  destinationAddressPrefix?: string;
}

/** The security rules of an NSG in the emulator. */
export function securityRules(world: TestWorld, nsgName: string): LiveSecurityRule[] {
  const nsg = [...world.emu.world.resources.values()].find(
    (r) =>
      String(r.type).toLowerCase() === 'microsoft.network/networksecuritygroups' &&
      String(r.name).toLowerCase() === nsgName.toLowerCase(),
  );
  const rules = (nsg?.properties as { securityRules?: JsonObject[] } | undefined)?.securityRules ?? [];
  return rules.map((r) => ({ ...(r.properties as object), name: String(r.name) }) as LiveSecurityRule);
}
