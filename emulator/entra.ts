// Microsoft Entra ID, as much as MSAL's client-credentials flow with a federated (GitHub OIDC) assertion needs:
// OpenID metadata, JWKS and the v2 (and v1) token endpoint. The assertion is checked the way Entra checks it:
// signature against the issuer's keys, lifetime, and a federated identity credential of THAT application whose
// issuer, subject and audience match exactly (case-sensitive). Errors carry Entra's codes and shapes.
import { randomUUID } from 'node:crypto';
import { json, type ShellContext } from './context.js';
import { nowSeconds, parseJwt, signJwt, verifyRs256, type Jwk } from './jwt.js';
import type { Application, EmuRequest, EmuResponse } from './types.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra tolerates this much clock skew on assertion lifetimes (world.timings.clockSkewSeconds overrides it). */
export const CLOCK_SKEW_SECONDS = 300;
/** Lifetime of issued access tokens (world.timings.accessTokenSeconds overrides it). */
const ACCESS_TOKEN_SECONDS = 3599;
const WIF_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';

/** "2026-11-24 11:49:05Z", the timestamp format of Entra error descriptions. */
const entraTimestamp = (d: Date): string =>
  d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
const isoSeconds = (s: number): string => new Date(s * 1000).toISOString().replace(/\.\d+Z$/, '.0000000Z');

export function entraError(status: number, error: string, code: number, message: string): EmuResponse {
  const now = new Date();
  const traceId = randomUUID();
  const correlationId = randomUUID();
  return json(
    status,
    {
      error,
      error_description: `AADSTS${code}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${entraTimestamp(now)}`,
      error_codes: [code],
      timestamp: entraTimestamp(now),
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
    { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
  );
}

/** Keys of the OIDC issuers Entra trusts for federated credentials: the emulator's GitHub issuer. */
function issuerKeys(ctx: ShellContext, issuer: string): Jwk[] | undefined {
  return issuer === ctx.githubIssuer ? [ctx.oidcKey.jwk] : undefined;
}

export function stsIssuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

function metadata(ctx: ShellContext, tenant: string, v2: boolean): Record<string, unknown> {
  const base = `${ctx.baseUrl}/${tenant}`;
  const suffix = v2 ? '/v2.0' : '';
  return {
    token_endpoint: `${base}/oauth2${suffix}/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery${suffix}/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: v2 ? `${base}/v2.0` : stsIssuer(tenant),
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2${suffix}/authorize`,
    device_authorization_endpoint: `${base}/oauth2${suffix}/devicecode`,
    end_session_endpoint: `${base}/oauth2${suffix}/logout`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  };
}

/** Entra paths look like /{tenant}/oauth2/..., /{tenant}/v2.0/..., /{tenant}/discovery/...; ARM never does. */
export function isEntraPath(path: string): boolean {
  return (
    /^\/[^/]+\/(oauth2|v2\.0|discovery|\.well-known)(\/|$)/.test(path) && !/^\/(subscriptions|providers)\//i.test(path)
  );
}

export function handleEntra(ctx: ShellContext, req: EmuRequest): EmuResponse {
  const [, tenant, ...rest] = req.path.split('/');
  const tail = rest.join('/');
  const known = tenant.toLowerCase() === ctx.world.tenantId.toLowerCase();
  if (!known && !['common', 'organizations'].includes(tenant.toLowerCase())) {
    return entraError(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    );
  }
  const tenantId = ctx.world.tenantId;
  if (req.method === 'GET') {
    if (tail === 'v2.0/.well-known/openid-configuration') return json(200, metadata(ctx, tenantId, true));
    if (tail === '.well-known/openid-configuration') return json(200, metadata(ctx, tenantId, false));
    if (tail === 'discovery/v2.0/keys' || tail === 'discovery/keys') {
      return json(200, {
        keys: [{ ...ctx.entraKey.jwk, x5t: ctx.entraKey.kid, issuer: `${ctx.baseUrl}/${tenantId}/v2.0` }],
      });
    }
  }
  if (req.method === 'POST' && (tail === 'oauth2/v2.0/token' || tail === 'oauth2/token')) {
    return token(ctx, req, tail === 'oauth2/token');
  }
  return json(404, {
    error: 'not_found',
    error_description: `The emulator's Entra ID does not serve ${req.method} /${tenant}/${tail}.`,
  });
}

function formField(req: EmuRequest, name: string): string | undefined {
  const body = req.body;
  if (typeof body !== 'object' || body === null) return undefined;
  const v = (body as Record<string, unknown>)[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

const missing = (name: string): EmuResponse =>
  entraError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);

function token(ctx: ShellContext, req: EmuRequest, v1: boolean): EmuResponse {
  const grantType = formField(req, 'grant_type');
  if (grantType === undefined) return missing('grant_type');
  if (grantType !== 'client_credentials') {
    return entraError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grantType}'.`,
    );
  }
  const clientId = formField(req, 'client_id');
  if (clientId === undefined) return missing('client_id');

  // The resource the token is for: v2 `scope` = "{resource}/.default", v1 `resource`.
  let resource: string;
  if (v1) {
    const r = formField(req, 'resource');
    if (r === undefined) return missing('resource');
    resource = r;
  } else {
    const scope = formField(req, 'scope');
    if (scope === undefined) return missing('scope');
    const scopes = scope
      .split(' ')
      .filter((s) => s !== '' && !['openid', 'profile', 'offline_access', 'email'].includes(s));
    const dflt = scopes.find((s) => s.endsWith('/.default'));
    if (scopes.length !== 1 || dflt === undefined) {
      return entraError(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    // The resource is everything before the final "/.default": "https://management.core.windows.net//.default"
    // (what the Azure CLI asks for) is the v1 resource "https://management.core.windows.net/", and the token's
    // audience is that resource as asked (https://learn.microsoft.com/entra/identity-platform/scopes-oidc#trailing-slash-and-default).
    resource = dflt.slice(0, -'/.default'.length);
  }

  const app = ctx.world.applications.find((a) => a.clientId.toLowerCase() === clientId.toLowerCase());
  if (app === undefined) {
    return entraError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${ctx.world.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }

  const assertion = formField(req, 'client_assertion');
  if (assertion === undefined) {
    if (formField(req, 'client_secret') !== undefined) {
      // The emulator's applications have no secrets: amlnet signs in with federated credentials only.
      return entraError(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
      );
    }
    return entraError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  const assertionType = formField(req, 'client_assertion_type');
  if (assertionType !== JWT_BEARER) {
    return entraError(
      400,
      'invalid_request',
      50027,
      `Invalid client_assertion_type '${assertionType ?? ''}': expected '${JWT_BEARER}'.`,
    );
  }
  const failure = checkAssertion(ctx, app, assertion);
  if (failure !== undefined) return failure;
  return issueAccessToken(ctx, app, resource, formField(req, 'claims'));
}

/** Entra's checks of a federated assertion, in the order that gives its error codes. */
function checkAssertion(ctx: ShellContext, app: Application, assertion: string): EmuResponse | undefined {
  const jwt = parseJwt(assertion);
  if (jwt === undefined) {
    return entraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  }
  const { iss, sub, aud } = jwt.claims;
  const audiences =
    typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
  if (typeof iss !== 'string' || typeof sub !== 'string') {
    return entraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  }
  const fics = app.federatedCredentials;
  if (fics.length === 0) {
    return entraError(
      400,
      'invalid_request',
      70021,
      `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${audiences.join(',')}'. ${WIF_DOCS}`,
    );
  }
  const byIssuer = fics.filter((f) => f.issuer === iss);
  if (byIssuer.length === 0) {
    return entraError(
      401,
      'invalid_client',
      700211,
      `No matching federated identity record found for presented assertion issuer '${iss}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`,
    );
  }
  const bySubject = byIssuer.filter((f) => f.subject === sub);
  if (bySubject.length === 0) {
    if (byIssuer.some((f) => f.subject.toLowerCase() === sub.toLowerCase())) {
      return entraError(
        401,
        'invalid_client',
        7002138,
        `No matching federated identity record found for presented assertion subject '${sub}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: ${WIF_DOCS}.`,
      );
    }
    return entraError(
      401,
      'invalid_client',
      700213,
      `No matching federated identity record found for presented assertion subject '${sub}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`,
    );
  }
  if (!bySubject.some((f) => f.audiences.some((a) => audiences.includes(a)))) {
    return entraError(
      401,
      'invalid_client',
      700212,
      `No matching federated identity record found for presented assertion audience '${audiences.join(',')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`,
    );
  }
  const keys = issuerKeys(ctx, iss);
  if (keys === undefined || !verifyRs256(jwt, keys)) {
    const kid = typeof jwt.header.kid === 'string' ? jwt.header.kid : '';
    return entraError(
      401,
      'invalid_client',
      50013,
      `Assertion failed signature validation. [Reason - The key was not found or the signature did not verify., Key ID: '${kid}', Issuer: '${iss}']`,
    );
  }
  const now = nowSeconds();
  const exp = typeof jwt.claims.exp === 'number' ? jwt.claims.exp : 0;
  const nbf = typeof jwt.claims.nbf === 'number' ? jwt.claims.nbf : 0;
  const skew = ctx.world.timings.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
  if (now > exp + skew || now < nbf - skew) {
    return entraError(
      401,
      'invalid_client',
      700024,
      `Client assertion is not within its valid time range. Current time: ${isoSeconds(now)}, assertion valid from ${isoSeconds(nbf)}, expiry time of assertion ${isoSeconds(exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
    );
  }
  return undefined;
}

function issueAccessToken(
  ctx: ShellContext,
  app: Application,
  resource: string,
  claimsRequest: string | undefined,
): EmuResponse {
  const iat = nowSeconds();
  const lifetime = ctx.world.timings.accessTokenSeconds ?? ACCESS_TOKEN_SECONDS;
  const tenantId = ctx.world.tenantId;
  // MSAL asks for CAE-capable tokens with claims={"access_token":{"xms_cc":{"values":["CP1"]}}}; honour it.
  let capabilities: string[] | undefined;
  if (claimsRequest !== undefined) {
    try {
      const parsed: unknown = JSON.parse(claimsRequest);
      const values = (parsed as { access_token?: { xms_cc?: { values?: unknown } } }).access_token?.xms_cc?.values;
      if (Array.isArray(values)) capabilities = values.filter((v): v is string => typeof v === 'string');
    } catch {
      return entraError(
        400,
        'invalid_request',
        90014,
        "The request body must contain a valid 'claims' parameter: it is not valid JSON.",
      );
    }
  }
  const claims = {
    aud: resource,
    iss: stsIssuer(tenantId),
    iat,
    nbf: iat,
    exp: iat + lifetime,
    aio: randomUUID(),
    appid: app.clientId,
    appidacr: '2',
    idp: stsIssuer(tenantId),
    idtyp: 'app',
    oid: app.servicePrincipalObjectId,
    rh: '0.emulator.',
    sub: app.servicePrincipalObjectId,
    tid: tenantId,
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
    ver: '1.0',
    ...(capabilities !== undefined ? { xms_cc: capabilities } : {}),
  };
  return json(
    200,
    {
      token_type: 'Bearer',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: signJwt(ctx.entraKey, claims, { x5t: ctx.entraKey.kid }),
    },
    { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
  );
}
