// ARM's front door: authenticates the bearer token (an access token our Entra issued) before any provider runs,
// answering 401 with ARM's codes and its WWW-Authenticate challenge. Authorization (403) is the providers' job.
import { armError, type ShellContext } from './context.js';
import { CLOCK_SKEW_SECONDS, stsIssuer } from './entra.js';
import { nowSeconds, parseJwt, verifyRs256 } from './jwt.js';
import type { EmuResponse, Principal } from './types.js';

const ARM_AUDIENCES = [
  'https://management.core.windows.net/',
  'https://management.core.windows.net',
  'https://management.azure.com/',
  'https://management.azure.com',
];

/** ARM's "11/24/2026 10:49:05 AM" (UTC) in its expiry message. */
function armTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const h = d.getUTCHours();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

export type AuthResult = { principal: Principal } | { response: EmuResponse };

export class ArmAuthenticator {
  /** Verified tokens -> principal, so a busy client does not pay an RSA verify per request. */
  private readonly cache = new Map<string, { principal: Principal; exp: number }>();

  constructor(private readonly ctx: ShellContext) {}

  private challenge(description: string): Record<string, string> {
    return {
      'www-authenticate': `Bearer authorization_uri="${this.ctx.baseUrl}/${this.ctx.world.tenantId}", error="invalid_token", error_description="${description}"`,
    };
  }

  private fail(code: string, message: string, description = message): AuthResult {
    return { response: armError(401, code, message, this.challenge(description)) };
  }

  authenticate(authorization: string | undefined): AuthResult {
    if (authorization === undefined || authorization === '') {
      return this.fail(
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing.",
        "The authentication failed because of missing 'Authorization' header.",
      );
    }
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (m === null) {
      return this.fail(
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is provided in an invalid format.",
        "The authentication failed because of invalid 'Authorization' header format.",
      );
    }
    const token = m[1];
    const now = nowSeconds();
    // ARM allows the same 5 minutes of skew as Entra; the world can narrow it (timings.clockSkewSeconds).
    const skew = this.ctx.world.timings.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
    const cached = this.cache.get(token);
    if (cached !== undefined && now <= cached.exp + skew) return { principal: cached.principal };

    const jwt = parseJwt(token);
    if (jwt === undefined || !verifyRs256(jwt, [this.ctx.entraKey.jwk])) {
      return this.fail('InvalidAuthenticationToken', 'The access token is invalid.');
    }
    const c = jwt.claims;
    const tenantId = this.ctx.world.tenantId;
    if (c.iss !== stsIssuer(tenantId)) {
      return this.fail(
        'InvalidAuthenticationTokenTenant',
        `The access token is from the wrong issuer '${String(c.iss)}'. It must match the tenant '${stsIssuer(tenantId)}' associated with this subscription. Please use the authority (URL) '${this.ctx.baseUrl}/${tenantId}' to get the token.`,
        'The access token is from the wrong issuer.',
      );
    }
    const allowed = [...ARM_AUDIENCES, this.ctx.baseUrl, `${this.ctx.baseUrl}/`];
    if (typeof c.aud !== 'string' || !allowed.includes(c.aud)) {
      return this.fail(
        'InvalidAuthenticationToken',
        `The access token has been obtained for wrong audience or resource '${String(c.aud)}'. It should exactly match with one of the allowed audiences ${allowed.map((a) => `'${a}'`).join(',')}.`,
        'The access token has been obtained for wrong audience or resource.',
      );
    }
    const exp = typeof c.exp === 'number' ? c.exp : 0;
    if (now > exp + skew) {
      return this.fail(
        'ExpiredAuthenticationToken',
        `The access token expiry UTC time '${armTime(exp)}' is earlier than current UTC time '${armTime(now)}'.`,
        'The access token expiry UTC time is earlier than current UTC time.',
      );
    }
    if (typeof c.oid !== 'string' || typeof c.tid !== 'string') {
      return this.fail(
        'InvalidAuthenticationToken',
        "The received access token is not valid: at least one of the claims 'puid' or 'altsecid' or 'oid' should be present.",
      );
    }
    const principal: Principal = {
      objectId: c.oid,
      tenantId: c.tid,
      ...(typeof c.appid === 'string' ? { appId: c.appid } : {}),
    };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { principal, exp });
    return { principal };
  }
}
