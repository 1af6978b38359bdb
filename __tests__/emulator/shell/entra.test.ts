// Entra ID's checks of a federated client assertion, each with its AADSTS code and shape, and ARM's 401s.
import { generateKeyPairSync } from 'node:crypto';
import { ArmAuthenticator } from '../../../emulator/arm-auth.js';
import type { ShellContext } from '../../../emulator/context.js';
import { newSigningKey, signJwt } from '../../../emulator/jwt.js';
import type { RunningEmulator } from '../../../emulator/types.js';
import { call, decodeJwt, entraToken, githubIdToken, startTrusted } from './helpers.js';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startTrusted({
    state: {
      applications: [
        {
          clientId: '44444444-4444-4444-8444-444444444444',
          federatedCredentials: [
            { subject: 'repo:octo-org/octo-repo:pull_request' },
            { subject: 'repo:octo-org/octo-repo:environment:production' },
          ],
        },
        { clientId: '55555555-5555-4555-8555-555555555555' },
      ],
    },
  });
});
afterAll(() => emu.close());

/** A token that looks like GitHub's but is signed with a key the issuer never published. */
function forgedAssertion(claims: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = { kid: 'forged', privateKey, jwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid: 'forged', n: '', e: '' } };
  const now = Math.floor(Date.now() / 1000);
  return signJwt(key, {
    aud: 'api://AzureADTokenExchange',
    sub: 'repo:octo-org/octo-repo:pull_request',
    iat: now,
    nbf: now,
    exp: now + 300,
    ...claims,
  });
}

function expectEntraError(
  res: { status: number; body: Record<string, unknown> },
  status: number,
  error: string,
  code: number,
  text: string,
): void {
  expect(res.status).toBe(status);
  expect(res.body.error).toBe(error);
  expect(res.body.error_codes).toEqual([code]);
  expect(String(res.body.error_description)).toMatch(new RegExp(`^AADSTS${code}: `));
  expect(String(res.body.error_description)).toContain(text);
  expect(res.body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.body.correlation_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.body.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
}

describe('the token endpoint', () => {
  test('a matching assertion gives a v1 ARM access token', async () => {
    const res = await entraToken(emu, await githubIdToken(emu));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
  });

  test.each([
    [
      'wrong subject',
      '&subject=repo:octo-org/other-repo:pull_request',
      401,
      'invalid_client',
      700213,
      "presented assertion subject 'repo:octo-org/other-repo:pull_request'",
    ],
    [
      'subject differing only in case',
      '&subject=repo:Octo-Org/octo-repo:pull_request',
      401,
      'invalid_client',
      7002138,
      'matches with case-insensitive comparison',
    ],
    [
      'a branch subject no credential names',
      '&subject=repo:octo-org/octo-repo:ref:refs/heads/main',
      401,
      'invalid_client',
      700213,
      'refs/heads/main',
    ],
    [
      'expired assertion',
      '&ttl=-600',
      401,
      'invalid_client',
      700024,
      'Client assertion is not within its valid time range',
    ],
  ])('%s', async (_name, query, status, error, code, text) => {
    expectEntraError(await entraToken(emu, await githubIdToken(emu, query)), status, error, code, text);
  });

  test('wrong audience', async () => {
    const res = await call(`${emu.info.oidcRequestUrl}&audience=api://SomethingElse`, {
      headers: { authorization: `Bearer ${emu.info.oidcRequestToken}` },
    });
    const assertion = (res.body as { value: string }).value;
    expectEntraError(
      await entraToken(emu, assertion),
      401,
      'invalid_client',
      700212,
      "presented assertion audience 'api://SomethingElse'",
    );
  });

  test('wrong issuer', async () => {
    const assertion = forgedAssertion({ iss: 'https://token.actions.githubusercontent.com' });
    expectEntraError(
      await entraToken(emu, assertion),
      401,
      'invalid_client',
      700211,
      "presented assertion issuer 'https://token.actions.githubusercontent.com'",
    );
  });

  test('a bad signature on an otherwise matching assertion', async () => {
    const assertion = forgedAssertion({ iss: `${emu.info.armEndpoint}/_services/token` });
    expectEntraError(
      await entraToken(emu, assertion),
      401,
      'invalid_client',
      50013,
      'Assertion failed signature validation',
    );
  });

  test('unknown client', async () => {
    const res = await entraToken(emu, await githubIdToken(emu), '99999999-9999-4999-8999-999999999999');
    expectEntraError(
      res,
      400,
      'unauthorized_client',
      700016,
      "Application with identifier '99999999-9999-4999-8999-999999999999' was not found in the directory",
    );
  });

  test('an application without federated credentials', async () => {
    const res = await entraToken(emu, await githubIdToken(emu), '55555555-5555-4555-8555-555555555555');
    expectEntraError(res, 400, 'invalid_request', 70021, "Assertion Subject: 'repo:octo-org/octo-repo:pull_request'");
  });

  test('a scope without /.default and an unknown tenant', async () => {
    const res = await entraToken(
      emu,
      await githubIdToken(emu),
      emu.info.clientId,
      'https://management.azure.com/user_impersonation',
    );
    expectEntraError(res, 400, 'invalid_scope', 1002012, 'must have a scope value with /.default');
    const meta = await call(
      `${emu.info.authorityHost}/00000000-1111-2222-3333-444444444444/v2.0/.well-known/openid-configuration`,
    );
    expect(meta.status).toBe(400);
    expect((meta.body as { error_codes: number[] }).error_codes).toEqual([90002]);
  });
});

describe("ARM's authentication", () => {
  const rgList = (): string =>
    `${emu.info.armEndpoint}/subscriptions/${emu.info.subscriptionId}/resourcegroups?api-version=2021-04-01`;
  const armToken = async (scope: string): Promise<string> => {
    const res = await entraToken(emu, await githubIdToken(emu), emu.info.clientId, scope);
    return String(res.body.access_token);
  };

  test.each([
    ['no Authorization header', undefined, 'AuthenticationFailed', "'Authorization' header is missing"],
    ['a header of the wrong form', 'Basic dXNlcjpwYXNz', 'AuthenticationFailed', 'invalid format'],
    ['a token that is not a JWT', 'Bearer not-a-jwt', 'InvalidAuthenticationToken', 'The access token is invalid.'],
  ])('%s -> 401', async (_name, authorization, code, text) => {
    const res = await call(rgList(), { headers: authorization === undefined ? {} : { authorization } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code, message: expect.stringContaining(text) } });
    expect(res.headers.get('www-authenticate')).toMatch(
      /^Bearer authorization_uri="https:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]+", error="invalid_token", error_description="/,
    );
    expect(res.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a token with a bad signature -> 401 InvalidAuthenticationToken', async () => {
    const good = await armToken('https://management.azure.com/.default');
    const [h, p] = good.split('.');
    const tampered = `${h}.${p}.${Buffer.from('x'.repeat(256)).toString('base64url')}`;
    const res = await call(rgList(), { headers: { authorization: `Bearer ${tampered}` } });
    expect(res.status).toBe(401);
    expect((res.body as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
  });

  test('a token for another audience -> 401; the emulator URL as audience is accepted', async () => {
    const graph = await armToken('https://graph.microsoft.com/.default');
    const res = await call(rgList(), { headers: { authorization: `Bearer ${graph}` } });
    expect(res.status).toBe(401);
    expect((res.body as { error: { message: string } }).error.message).toContain(
      "wrong audience or resource 'https://graph.microsoft.com'",
    );

    const own = await armToken(`${emu.info.armEndpoint}/.default`);
    expect((await call(rgList(), { headers: { authorization: `Bearer ${own}` } })).status).not.toBe(401);
    const core = await armToken('https://management.core.windows.net/.default');
    expect((await call(rgList(), { headers: { authorization: `Bearer ${core}` } })).status).not.toBe(401);
  });

  // https://learn.microsoft.com/entra/identity-platform/scopes-oidc#trailing-slash-and-default: the resource is what
  // precedes "/.default", so the Azure CLI's "https://management.core.windows.net//.default" yields the audience
  // "https://management.core.windows.net/"; ARM accepts both of its audiences, with or without the slash.
  test('v1-style scopes get the resource as audience, and ARM accepts both of its audiences', async () => {
    const cases: [string, string][] = [
      ['https://management.core.windows.net//.default', 'https://management.core.windows.net/'],
      ['https://management.core.windows.net/.default', 'https://management.core.windows.net'],
      ['https://management.azure.com//.default', 'https://management.azure.com/'],
      ['https://management.azure.com/.default', 'https://management.azure.com'],
    ];
    for (const [scope, aud] of cases) {
      const token = await armToken(scope);
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { aud: string };
      expect([scope, claims.aud]).toEqual([scope, aud]);
      const res = await call(rgList(), { headers: { authorization: `Bearer ${token}` } });
      expect([scope, res.status]).toEqual([scope, 200]);
    }
  });

  test('an expired token -> 401 ExpiredAuthenticationToken', async () => {
    // Tokens our Entra issues live an hour; sign an old one with a context's own key to reach the check.
    const entraKey = await newSigningKey();
    const ctx = { world: emu.world, baseUrl: emu.info.armEndpoint, entraKey } as unknown as ShellContext;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: 'https://management.azure.com/',
      iss: `https://sts.windows.net/${emu.world.tenantId}/`,
      oid: 'o',
      tid: emu.world.tenantId,
    };
    const auth = new ArmAuthenticator(ctx);
    const expired = auth.authenticate(`Bearer ${signJwt(entraKey, { ...claims, iat: now - 7200, exp: now - 3600 })}`);
    expect('response' in expired && expired.response).toMatchObject({
      status: 401,
      body: {
        error: {
          code: 'ExpiredAuthenticationToken',
          message: expect.stringMatching(
            /^The access token expiry UTC time '\d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M' is earlier than current UTC time/,
          ),
        },
      },
    });
    // Within ARM's five minutes of clock skew the same kind of token still passes.
    const fresh = auth.authenticate(`Bearer ${signJwt(entraKey, { ...claims, iat: now - 3700, exp: now - 100 })}`);
    expect(fresh).toEqual({ principal: { objectId: 'o', tenantId: emu.world.tenantId } });
  });
});

describe('timings.clockSkewSeconds and timings.accessTokenSeconds', () => {
  afterEach(() => {
    delete emu.world.timings.clockSkewSeconds;
    delete emu.world.timings.accessTokenSeconds;
  });

  // ttl: the GitHub ID token's exp relative to now (negative: already expired that many seconds ago).
  test.each([
    [undefined, -60, 200],
    [undefined, -290, 200],
    [undefined, -310, 401],
    [0, 5, 200],
    [0, -1, 401],
    [0, -60, 401],
    [10, -5, 200],
    [10, -20, 401],
  ])('skew %p, assertion expiring %p s from now -> %p', async (skew, ttl, status) => {
    if (skew !== undefined) emu.world.timings.clockSkewSeconds = skew;
    const res = await entraToken(emu, await githubIdToken(emu, `&ttl=${ttl}`));
    expect(res.status).toBe(status);
    if (status === 401) {
      expect(res.body).toMatchObject({ error: 'invalid_client', error_codes: [700024] });
      expect(String(res.body.error_description)).toMatch(/^AADSTS700024: Client assertion is not within its valid/);
    }
  });

  test('a skew of 0 refuses an assertion the moment it expires (a ~2 s GitHub token, waited out)', async () => {
    emu.world.timings.clockSkewSeconds = 0;
    const assertion = await githubIdToken(emu, '&ttl=1');
    expect((await entraToken(emu, assertion)).status).toBe(200);
    const exp = decodeJwt(assertion).exp as number;
    // Entra compares whole seconds: the assertion is refused once the clock is past exp.
    await new Promise((r) => setTimeout(r, Math.max(0, (exp + 1) * 1000 - Date.now()) + 20));
    expect((await entraToken(emu, assertion)).body).toMatchObject({ error_codes: [700024] });
  });

  test('accessTokenSeconds sets expires_in and exp of the access tokens Entra issues', async () => {
    emu.world.timings.accessTokenSeconds = 2;
    const res = await entraToken(emu, await githubIdToken(emu));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expires_in: 2, ext_expires_in: 2 });
    const claims = decodeJwt(res.body.access_token as string);
    expect((claims.exp as number) - (claims.iat as number)).toBe(2);
    delete emu.world.timings.accessTokenSeconds;
    const normal = await entraToken(emu, await githubIdToken(emu));
    expect(normal.body).toMatchObject({ expires_in: 3599 });
  });

  test('ARM applies the same skew to access tokens: 0 refuses one a second past exp', async () => {
    const entraKey = await newSigningKey();
    const ctx = { world: emu.world, baseUrl: emu.info.armEndpoint, entraKey } as unknown as ShellContext;
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt(entraKey, {
      aud: 'https://management.azure.com/',
      iss: `https://sts.windows.net/${emu.world.tenantId}/`,
      oid: 'o',
      tid: emu.world.tenantId,
      iat: now - 100,
      exp: now - 2,
    });
    const auth = new ArmAuthenticator(ctx);
    expect(auth.authenticate(`Bearer ${token}`)).toHaveProperty('principal');
    // The verified-token cache must not let it through either once the skew is narrowed.
    emu.world.timings.clockSkewSeconds = 0;
    const refused = auth.authenticate(`Bearer ${token}`);
    expect('response' in refused && refused.response).toMatchObject({
      status: 401,
      body: { error: { code: 'ExpiredAuthenticationToken' } },
    });
  });
});
