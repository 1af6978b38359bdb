// The federated token request (src/azure/federated.ts) against a local stand-in for Entra's token endpoint: the
// form it posts, the per-scope cache and its refresh on the injected clock, one exchange for concurrent callers,
// and Entra's errors kept with their AADSTS code (explainLoginError's advice) and never with the assertion.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FederatedCredential, ACCESS_TOKEN_REFRESH_MARGIN_MS } from '../../src/azure/federated.js';
import { explainLoginError } from '../../src/azure/credential.js';

interface Seen {
  path: string;
  form: Record<string, string>;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
let reply: (n: number) => { status: number; body: unknown } = () => ({ status: 500, body: {} });

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void body(req).then((text) => {
      seen.push({ path: req.url ?? '', form: Object.fromEntries(new URLSearchParams(text)) });
      const r = reply(seen.length);
      if (r.status === 0) return; // never answers: a request only an abort ends
      res.writeHead(r.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(r.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
  reply = (n) => ({ status: 200, body: { access_token: `at-${n}`, expires_in: 3600, token_type: 'Bearer' } });
});

function credential(now: () => number, assertions: string[] = []): FederatedCredential {
  let i = 0;
  return new FederatedCredential({
    authorityHost: `${base}/`,
    tenantId: 'contoso.onmicrosoft.com',
    clientId: '11111111-2222-3333-4444-555555555555',
    getAssertion: async () => assertions[i++] ?? `assertion-${i}`,
    now,
  });
}

test('posts the client-credentials form with the GitHub token as the client assertion', async () => {
  const token = await credential(() => 1_000).getToken('https://management.azure.com/.default');
  expect(token).toEqual({ token: 'at-1', expiresOnTimestamp: 1_000 + 3600 * 1000 });
  expect(seen).toEqual([
    {
      path: '/contoso.onmicrosoft.com/oauth2/v2.0/token',
      form: {
        client_id: '11111111-2222-3333-4444-555555555555',
        scope: 'https://management.azure.com/.default',
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: 'assertion-1',
      },
    },
  ]);
});

test('caches per scope until the refresh margin, then exchanges again with a fresh assertion', async () => {
  let now = 0;
  const cred = credential(() => now);
  const scope = 'https://management.azure.com/.default';
  expect((await cred.getToken(scope)).token).toBe('at-1');
  now = 3600 * 1000 - ACCESS_TOKEN_REFRESH_MARGIN_MS - 1;
  expect((await cred.getToken(scope)).token).toBe('at-1');
  expect((await cred.getToken('https://graph.microsoft.com/.default')).token).toBe('at-2');
  now += 2;
  expect((await cred.getToken(scope)).token).toBe('at-3');
  expect(seen.map((s) => s.form['client_assertion'])).toEqual(['assertion-1', 'assertion-2', 'assertion-3']);
});

test('concurrent callers share one exchange', async () => {
  const cred = credential(() => 0);
  const tokens = await Promise.all([1, 2, 3].map(() => cred.getToken('https://management.azure.com/.default')));
  expect(tokens.map((t) => t.token)).toEqual(['at-1', 'at-1', 'at-1']);
  expect(seen).toHaveLength(1);
});

test("Entra's error keeps its AADSTS code for the advice, is not cached, and never carries the assertion", async () => {
  reply = (n) =>
    n === 1
      ? {
          status: 400,
          body: {
            error: 'invalid_request',
            error_description: 'AADSTS700213: No matching federated identity record found for presented assertion.',
          },
        }
      : { status: 200, body: { access_token: 'at-ok', expires_in: 60 } };
  const cred = credential(() => 0, ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln']);
  const err = await cred.getToken('https://management.azure.com/.default').then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err?.message).toBe(
    'invalid_request: AADSTS700213: No matching federated identity record found for presented assertion.',
  );
  expect(err?.message).not.toContain('eyJ');
  expect(explainLoginError(err, { sub: 'repo:o/r:pull_request' })).toMatch(
    /AADSTS700213[\s\S]*subject 'repo:o\/r:pull_request'/,
  );
  expect((await cred.getToken('https://management.azure.com/.default')).token).toBe('at-ok');
});

test('an unreachable authority host gets the authority-host advice', async () => {
  const cred = new FederatedCredential({
    authorityHost: 'http://127.0.0.1:1',
    tenantId: 't',
    clientId: 'c',
    getAssertion: async () => 'a',
  });
  const err = await cred.getToken('s').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(explainLoginError(err)).toMatch(/the authority host could not be reached/);
});

test('a response without a token is an error, not an empty token', async () => {
  reply = () => ({ status: 200, body: { token_type: 'Bearer' } });
  await expect(credential(() => 0).getToken('s')).rejects.toThrow(/has no access_token/);
});

test('an abort signal reaches the assertion and ends a token request that gets no answer', async () => {
  reply = () => ({ status: 0, body: {} });
  const signals: (AbortSignal | undefined)[] = [];
  const cred = new FederatedCredential({
    authorityHost: base,
    tenantId: 't',
    clientId: 'c',
    getAssertion: async (signal) => {
      signals.push(signal);
      return 'a';
    },
  });
  const controller = new AbortController();
  const before = seen.length;
  const pending = cred.getToken('s', { abortSignal: controller.signal }).then(
    () => 'token',
    (e: unknown) => e,
  );
  while (seen.length === before) await new Promise((r) => setTimeout(r, 5));
  controller.abort();
  const err = await pending;
  expect(err).toBeInstanceOf(Error);
  expect(signals).toHaveLength(1);
  expect(signals[0]?.aborted).toBe(true);
  // The aborted exchange is not cached: the next getToken asks again.
  reply = () => ({ status: 200, body: { access_token: 'at-2', expires_in: 60 } });
  expect((await cred.getToken('s')).token).toBe('at-2');
});
