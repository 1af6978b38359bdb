// Integration support: an emulator this process trusts, seeds derived from a spec, and a login through
// OUR credential factory with the GitHub OIDC token the emulator mints (as in a pull_request job).
import tls from 'node:tls';
import { startEmulator } from '../../emulator/index.js';
import type { RunningEmulator } from '../../emulator/types.js';
import { createCredential, githubOidcFromEnv, type AzureLogin } from '../../src/azure/credential.js';
import { resolveEndpoints, type AzureEndpoints } from '../../src/azure/endpoints.js';
import { createClients, type AzureClients, type ObservedRequest } from '../../src/azure/clients.js';
import { parseSpecText } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/types.js';

const trusted: string[] = [];

export async function startTrusted(state: unknown): Promise<RunningEmulator> {
  const emu = await startEmulator({ state });
  trusted.push(emu.caCertPem);
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ...trusted]);
  return emu;
}

/** What @actions/core getIDToken does: GET {url}&audience=... with the request token. */
export function emulatorIdToken(emu: RunningEmulator): (audience: string) => Promise<string> {
  // The request @actions/core makes, against the emulator's OIDC token service.
  return githubOidcFromEnv({
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken,
  })!;
}

export interface Session {
  endpoints: AzureEndpoints;
  login: AzureLogin;
  clients: AzureClients;
  requests: ObservedRequest[];
}

export async function login(emu: RunningEmulator): Promise<Session> {
  const endpoints = resolveEndpoints({ armEndpoint: emu.info.armEndpoint, authorityHost: emu.info.authorityHost });
  const l = await createCredential({
    endpoints,
    tenantId: emu.info.tenantId,
    clientId: emu.info.clientId,
    getIdToken: emulatorIdToken(emu),
    env: {},
  });
  const requests: ObservedRequest[] = [];
  const clients = createClients({
    credential: l.credential,
    endpoints,
    subscriptionId: emu.info.subscriptionId,
    pollIntervalMs: 5,
    maxRetryAfterSeconds: 0,
    onRequest: (r) => requests.push(r),
  });
  return { endpoints, login: l, clients, requests };
}

export function specOf(text: string): Spec {
  return parseSpecText(text).value as Spec;
}

/** The resources a spec presupposes (resource groups, the VNet, the workspace): the emulator's own seeding. */
export { prerequisitesOf as prerequisites } from '../../emulator/prerequisites.js';
