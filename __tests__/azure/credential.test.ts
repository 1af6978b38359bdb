import {
  decodeJwtClaims,
  explainLoginError,
  ExplainingCredential,
  IdTokenCache,
  LoginError,
  ID_TOKEN_REFRESH_MARGIN_MS,
  githubOidcFromEnv,
  redactJwts,
} from '../../src/azure/credential.js';

function jwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
}

const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo-org/octo-repo:pull_request',
  aud: 'api://AzureADTokenExchange',
  job_workflow_ref: 'octo-org/octo-repo/.github/workflows/plan.yml@refs/pull/1/merge',
};

describe('decodeJwtClaims', () => {
  test('reads the claims without verifying', () => {
    expect(decodeJwtClaims(jwt({ ...CLAIMS, exp: 123 }))).toEqual({ ...CLAIMS, exp: 123 });
  });
  test.each(['', 'abc', 'a.!!!.c', `x.${Buffer.from('[1]').toString('base64url')}.y`])(
    'junk %p gives no claims',
    (t) => {
      expect(decodeJwtClaims(t)).toEqual({});
    },
  );
  test('an audience array is joined', () => {
    expect(decodeJwtClaims(jwt({ aud: ['a', 'b'] })).aud).toBe('a,b');
  });
});

describe('IdTokenCache', () => {
  test('serves the cached token while it has at least 60 s left, then refreshes', async () => {
    let now = 1_000_000_000_000;
    const issued: string[] = [];
    const cache = new IdTokenCache(
      async (aud) => {
        const t = jwt({ ...CLAIMS, aud, exp: Math.floor(now / 1000) + 300, n: issued.length });
        issued.push(t);
        return t;
      },
      'api://AzureADTokenExchange',
      () => now,
    );
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    now += 300_000 - ID_TOKEN_REFRESH_MARGIN_MS - 1; // 60 s + 1 ms left: still cached
    expect(await cache.get()).toBe(first);
    now += 2; // under 60 s left: refresh
    const second = await cache.get();
    expect(second).not.toBe(first);
    expect(cache.fetchCount).toBe(2);
    expect(cache.lastClaims?.sub).toBe(CLAIMS.sub);
  });

  test('concurrent callers share one fetch', async () => {
    let calls = 0;
    const cache = new IdTokenCache(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return jwt({ exp: Math.floor(Date.now() / 1000) + 600 });
    });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(calls).toBe(1);
  });

  test('a missing id-token permission is explained, not dumped', async () => {
    const cache = new IdTokenCache(async () => {
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    });
    await expect(cache.get()).rejects.toThrow(LoginError);
    await expect(cache.get()).rejects.toThrow(/id-token: write/);
  });
});

describe('early token fetches (start-up)', () => {
  test('a prefetched GitHub token is the next get(): one fetch, started before anyone asked', async () => {
    let calls = 0;
    const cache = new IdTokenCache(async () => {
      calls++;
      return jwt({ exp: Math.floor(Date.now() / 1000) + 600, sub: `call-${calls}` });
    });
    cache.prefetch();
    expect(calls).toBe(1);
    const token = await cache.get();
    expect(decodeJwtClaims(token).sub).toBe('call-1');
    expect(await cache.get()).toBe(token);
    expect(cache.fetchCount).toBe(1);
  });

  test('a failed prefetch fails the next get() with the advice, without a second request', async () => {
    let calls = 0;
    const cache = new IdTokenCache(async () => {
      calls++;
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    });
    cache.prefetch();
    await expect(cache.get()).rejects.toThrow(/id-token: write/);
    expect(calls).toBe(1);
  });

  test('a prefetched token that went stale before it was asked for is fetched again', async () => {
    let now = 1_000_000_000_000;
    const cache = new IdTokenCache(
      async () => jwt({ exp: Math.floor(now / 1000) + 120 }),
      'api://AzureADTokenExchange',
      () => now,
    );
    cache.prefetch();
    now += 61_000; // 59 s left
    await cache.get();
    expect(cache.fetchCount).toBe(2);
  });

  function countingInner(fail = false): {
    calls: string[];
    credential: { getToken: (s: string | string[]) => Promise<{ token: string; expiresOnTimestamp: number }> };
  } {
    const calls: string[] = [];
    return {
      calls,
      credential: {
        getToken: async (s) => {
          calls.push(String(s));
          if (fail) throw new Error('AADSTS700016: Application not found');
          return { token: `t${calls.length}`, expiresOnTimestamp: Date.now() + 3_600_000 };
        },
      },
    };
  }

  test('a warm-up exchange is taken by the first getToken for the same scope: one exchange', async () => {
    const inner = countingInner();
    const cred = new ExplainingCredential(inner.credential);
    cred.warmUp('https://management.azure.com/.default');
    expect(inner.calls).toEqual(['https://management.azure.com/.default']);
    expect((await cred.getToken(['https://management.azure.com/.default']))?.token).toBe('t1');
    // Only the first caller takes it; later ones ask the inner credential (which has its own cache).
    expect((await cred.getToken(['https://management.azure.com/.default']))?.token).toBe('t2');
  });

  test('another scope does not take the warm-up token', async () => {
    const inner = countingInner();
    const cred = new ExplainingCredential(inner.credential);
    cred.warmUp('https://management.azure.com/.default');
    expect((await cred.getToken('https://graph.microsoft.com/.default'))?.token).toBe('t2');
  });

  test('a failed warm-up is reported, explained, by the getToken that takes it', async () => {
    const inner = countingInner(true);
    const cred = new ExplainingCredential(inner.credential);
    cred.warmUp('https://management.azure.com/.default');
    await expect(cred.getToken('https://management.azure.com/.default')).rejects.toThrow(LoginError);
    expect(inner.calls).toHaveLength(1);
  });
});

describe('explainLoginError', () => {
  const token = jwt({ ...CLAIMS, exp: 1 });
  test.each([
    ['700213', /subject 'repo:octo-org\/octo-repo:pull_request'/],
    ['70021', /issuer .*subject .*audience/],
    ['700024', /expired|time range/],
    ['7002138', /case-sensitively.*exactly 'repo:octo-org\/octo-repo:pull_request'/],
    ['700016', /client-id/],
  ])('AADSTS%s gets plain advice and the claims, never the token', (code, advice) => {
    const err = new Error(
      `ClientAssertionCredential authentication failed: AADSTS${code}: something. assertion=${token} Trace ID: x`,
    );
    const text = explainLoginError(err, CLAIMS);
    expect(text).toMatch(advice);
    expect(text).toContain(`sub: ${CLAIMS.sub}`);
    expect(text).toContain(`job_workflow_ref: ${CLAIMS.job_workflow_ref}`);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/eyJ/);
  });

  test('the environment subject is suggested for an apply job', () => {
    const text = explainLoginError(new Error('AADSTS700213: No matching federated identity record'), {
      ...CLAIMS,
      sub: 'repo:octo-org/octo-repo:environment:production',
    });
    expect(text).toContain("subject 'repo:octo-org/octo-repo:environment:production'");
  });

  test('unknown errors are shown with tokens redacted', () => {
    expect(explainLoginError(new Error(`boom ${token}`))).toBe('Azure login failed: boom [redacted token]');
    expect(redactJwts(`a ${token} b`)).toBe('a [redacted token] b');
  });

  test('an untrusted authority certificate is explained', () => {
    expect(explainLoginError(new Error('CredentialUnavailableError: endpoints_resolution_error'))).toMatch(
      /NODE_EXTRA_CA_CERTS/,
    );
  });
});

describe('ExplainingCredential', () => {
  test('wraps identity failures into a LoginError carrying advice', async () => {
    const inner = { getToken: async () => Promise.reject(new Error('AADSTS700016: Application not found')) };
    const cred = new ExplainingCredential(inner, () => CLAIMS);
    await expect(cred.getToken('https://management.azure.com/.default')).rejects.toThrow(LoginError);
    await expect(cred.getToken('x')).rejects.toThrow(/client-id/);
  });
});

describe('githubOidcFromEnv', () => {
  test('none outside GitHub', () => {
    expect(githubOidcFromEnv({})).toBeUndefined();
  });
  test('in a job asking for OIDC without the permission: explains id-token: write', async () => {
    const get = githubOidcFromEnv({ GITHUB_ACTIONS: 'true', AZURE_CLIENT_ID: 'c' });
    expect(get).toBeDefined();
    await expect(get!('aud')).rejects.toThrow(/permissions:\n\s+id-token: write/);
  });
});
