// The OIDC login chain end to end with the real clients: @actions/core getIDToken -> ClientAssertionCredential
// (@azure/identity, MSAL) -> an ARM access token -> an authenticated ARM call.
import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { ClientAssertionCredential } from '@azure/identity';
import type { RunningEmulator } from '../../../emulator/types.js';
import { call, decodeJwt, startTrusted } from './helpers.js';

let emu: RunningEmulator;
const savedEnv = { ...process.env };

beforeAll(async () => {
  // @actions/core writes ::debug:: and ::add-mask:: workflow commands on stdout; keep the test output readable.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  emu = await startTrusted();
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = emu.info.oidcRequestUrl;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = emu.info.oidcRequestToken;
});
afterAll(async () => {
  jest.restoreAllMocks();
  process.env = savedEnv;
  await emu.close();
});

test('getIDToken gives a GitHub-shaped RS256 token for the pull_request subject', async () => {
  const token = await core.getIDToken('api://AzureADTokenExchange');
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as Record<string, unknown>;
  const claims = decodeJwt(token);
  expect(header.alg).toBe('RS256');
  expect(claims).toMatchObject({
    sub: 'repo:octo-org/octo-repo:pull_request',
    aud: 'api://AzureADTokenExchange',
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    event_name: 'pull_request',
    ref: 'refs/pull/1/merge',
    iss: `${emu.info.armEndpoint}/_services/token`,
  });
  expect(claims.sha).toMatch(/^[0-9a-f]{40}$/);
  expect(Number(claims.exp) - Number(claims.iat)).toBeGreaterThan(60);
  expect(claims.environment).toBeUndefined();

  // The issuer publishes discovery and JWKS, and the token verifies against them.
  const discovery = await call(`${String(claims.iss)}/.well-known/openid-configuration`);
  const jwksUri = (discovery.body as { jwks_uri: string }).jwks_uri;
  const jwks = await call(jwksUri);
  const keys = (jwks.body as { keys: { kid: string }[] }).keys;
  expect(keys.map((k) => k.kid)).toContain(header.kid);
});

test('ClientAssertionCredential exchanges the GitHub token for an ARM token that ARM accepts', async () => {
  const credential = new ClientAssertionCredential(
    emu.info.tenantId,
    emu.info.clientId,
    () => core.getIDToken('api://AzureADTokenExchange'),
    {
      authorityHost: emu.info.authorityHost,
      disableInstanceDiscovery: true,
    },
  );
  const access = await credential.getToken('https://management.azure.com/.default');
  const claims = decodeJwt(access.token);
  expect(claims).toMatchObject({
    // The scope "{resource}/.default" names the resource without the slash, and so does Entra's token
    // (https://learn.microsoft.com/entra/identity-platform/scopes-oidc#trailing-slash-and-default).
    aud: 'https://management.azure.com',
    iss: `https://sts.windows.net/${emu.info.tenantId}/`,
    tid: emu.info.tenantId,
    appid: emu.info.clientId,
    idtyp: 'app',
  });
  expect(access.expiresOnTimestamp - Date.now()).toBeGreaterThan(50 * 60 * 1000);

  // MSAL's CAE request (claims=xms_cc) works as well.
  const cae = await credential.getToken('https://management.azure.com/.default', { enableCae: true });
  const capabilities = decodeJwt(cae.token).xms_cc as string[];
  expect(capabilities.map((c) => c.toUpperCase())).toEqual(['CP1']);

  await call(`${emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
  const res = await call(
    `${emu.info.armEndpoint}/subscriptions/${emu.info.subscriptionId}/resourcegroups?api-version=2021-04-01`,
    {
      headers: { authorization: `Bearer ${access.token}` },
    },
  );
  expect(res.status).not.toBe(401);
  const log = await call(`${emu.info.armEndpoint}/_emulator/requests`);
  const entries = (log.body as { requests: { path: string; principal: string | null }[] }).requests;
  const principal = emu.world.applications[0].servicePrincipalObjectId;
  expect(entries.find((e) => e.path.endsWith('/resourcegroups'))?.principal).toBe(principal);
  // Never a token in the log.
  expect(JSON.stringify(log.body)).not.toContain(access.token);
});

test('an environment subject can be switched on live and sign in through its own federated credential', async () => {
  await call(`${emu.info.armEndpoint}/_emulator/oidc`, {
    method: 'POST',
    body: { subject: 'repo:octo-org/octo-repo:environment:production' },
  });
  try {
    const token = await core.getIDToken('api://AzureADTokenExchange');
    expect(decodeJwt(token)).toMatchObject({ environment: 'production', event_name: 'push', ref: 'refs/heads/main' });
    const credential = new ClientAssertionCredential(emu.info.tenantId, emu.info.clientId, async () => token, {
      authorityHost: emu.info.authorityHost,
      disableInstanceDiscovery: true,
    });
    await expect(credential.getToken('https://management.azure.com/.default')).resolves.toHaveProperty('token');
  } finally {
    await call(`${emu.info.armEndpoint}/_emulator/oidc`, {
      method: 'POST',
      body: { subject: 'repo:octo-org/octo-repo:pull_request' },
    });
  }
});

test("a subject no federated credential names: the credential rejects with Entra's AADSTS700213", async () => {
  const credential = new ClientAssertionCredential(
    emu.info.tenantId,
    emu.info.clientId,
    async () => {
      const res = await fetch(
        `${emu.info.oidcRequestUrl}&audience=api://AzureADTokenExchange&subject=repo:octo-org/octo-repo:ref:refs/heads/dev`,
        {
          headers: { authorization: `Bearer ${emu.info.oidcRequestToken}` },
        },
      );
      return ((await res.json()) as { value: string }).value;
    },
    { authorityHost: emu.info.authorityHost, disableInstanceDiscovery: true },
  );
  await expect(credential.getToken('https://management.azure.com/.default')).rejects.toThrow(
    /AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo-org\/octo-repo:ref:refs\/heads\/dev'/,
  );
});
