// The federated login of the GitHub Action without @azure/identity: the OAuth 2.0 client-credentials request with
// a client assertion (the GitHub OIDC token), as documented in
// https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow#third-case-access-token-request-with-a-federated-credential
// It is the one request ClientAssertionCredential makes for this flow, without the ~1 MB of MSAL that the plan's
// start-up would otherwise load before its first token. Tokens are cached per scope until shortly before expiry.
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { errorMessage } from '../util/errors.js';
import { isRecord } from '../util/records.js';

/** Refresh an access token this long before it expires (the Azure SDKs' own margin is 2 minutes). */
export const ACCESS_TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

export interface FederatedCredentialOptions {
  /** https://login.microsoftonline.com or a sovereign cloud's / the emulator's authority host. */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  /** The client assertion: a fresh GitHub OIDC token (IdTokenCache.get). */
  /** The client assertion (the GitHub OIDC token); `signal` aborts its request. */
  getAssertion: (signal?: AbortSignal) => Promise<string>;
  /** Injected clock (tests); default Date.now. */
  now?: () => number;
}

interface Cached {
  token: AccessToken;
  /** In flight or settled; a failed exchange is not cached. */
  pending?: Promise<AccessToken>;
}

function scopeList(scopes: string | string[]): string {
  return (typeof scopes === 'string' ? [scopes] : scopes).join(' ');
}

/** An Entra error body: `error_description` starts with the AADSTS code that explainLoginError turns into advice. */
function entraError(status: number, body: unknown): Error {
  const b = isRecord(body) ? body : {};
  const description = typeof b['error_description'] === 'string' ? b['error_description'] : '';
  const code = typeof b['error'] === 'string' ? b['error'] : `HTTP ${status}`;
  return new Error(description !== '' ? `${code}: ${description}` : `the token request failed with ${code}`);
}

/** A DOM AbortSignal for the SDKs' AbortSignalLike (fetch takes only the former). */
function abortSignalOf(like: GetTokenOptions['abortSignal']): AbortSignal | undefined {
  if (like === undefined || like instanceof AbortSignal) return like;
  const controller = new AbortController();
  if (like.aborted) controller.abort();
  else like.addEventListener('abort', () => controller.abort(), { once: true });
  return controller.signal;
}

export class FederatedCredential implements TokenCredential {
  private readonly cache = new Map<string, Cached | Promise<AccessToken>>();
  private readonly now: () => number;

  constructor(private readonly options: FederatedCredentialOptions) {
    this.now = options.now ?? Date.now;
  }

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    const key = scopeList(scopes);
    const entry = this.cache.get(key);
    if (entry instanceof Promise) return entry;
    if (entry !== undefined && entry.token.expiresOnTimestamp - ACCESS_TOKEN_REFRESH_MARGIN_MS > this.now()) {
      return entry.token;
    }
    // One exchange at a time per scope: concurrent callers share it.
    const pending = this.exchange(key, abortSignalOf(options?.abortSignal)).then(
      (token) => {
        this.cache.set(key, { token });
        return token;
      },
      (err: unknown) => {
        this.cache.delete(key);
        throw err;
      },
    );
    this.cache.set(key, pending);
    return pending;
  }

  private async exchange(scope: string, signal?: AbortSignal): Promise<AccessToken> {
    const { authorityHost, tenantId, clientId } = this.options;
    const url = `${authorityHost.replace(/\/+$/, '')}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
    const assertion = await this.options.getAssertion(signal);
    const body = new URLSearchParams({
      client_id: clientId,
      scope,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    });
    const startedAt = this.now();
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        ...(signal !== undefined ? { signal } : {}),
      });
    } catch (err) {
      const cause = err instanceof Error && err.cause !== undefined ? errorMessage(err.cause) : errorMessage(err);
      // The same marker as MSAL's, so that explainLoginError gives the same advice (authority host, CA).
      throw new Error(`endpoints_resolution_error: ${url} cannot be reached: ${cause}`, { cause: err });
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      json = undefined;
    }
    if (!res.ok) throw entraError(res.status, json);
    const b = isRecord(json) ? json : {};
    const token = b['access_token'];
    const expiresIn = Number(b['expires_in']);
    if (typeof token !== 'string' || token === '' || !Number.isFinite(expiresIn)) {
      throw new Error(`the token response of ${url} has no access_token and expires_in`);
    }
    return { token, expiresOnTimestamp: startedAt + expiresIn * 1000 };
  }
}
