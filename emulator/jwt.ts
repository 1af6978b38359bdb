// RS256 JSON Web Tokens: signing keys with a JWKS view, signing, and parsing + signature verification.
// Both token issuers of the emulator (GitHub OIDC and Entra ID) use one SigningKey each.
import { createPublicKey, createSign, createVerify, generateKeyPair, randomUUID, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

export interface Jwk {
  kty: string;
  use: string;
  alg: string;
  kid: string;
  n: string;
  e: string;
  [extra: string]: string | string[];
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: Jwk;
}

const generateRsa = promisify(generateKeyPair);

export async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const kid = randomUUID().replace(/-/g, '').toUpperCase();
  const exported = publicKey.export({ format: 'jwk' });
  return {
    kid,
    privateKey,
    jwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n: String(exported.n), e: String(exported.e) },
  };
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

export type Claims = Record<string, unknown>;

export function signJwt(key: SigningKey, claims: Claims, extraHeader: Record<string, string> = {}): string {
  const header = { typ: 'JWT', alg: 'RS256', kid: key.kid, ...extraHeader };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.privateKey);
  return `${input}.${b64url(signature)}`;
}

export interface ParsedJwt {
  header: Record<string, unknown>;
  claims: Claims;
  signingInput: string;
  signature: Buffer;
}

/** Parses a compact JWS without verifying it; undefined when it is not a well-formed JWT. */
export function parseJwt(token: string): ParsedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!isRecord(header) || !isRecord(claims)) return undefined;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
  } catch {
    return undefined;
  }
}

/** True when the token is RS256 and signed by the JWKS key its `kid` names. */
export function verifyRs256(jwt: ParsedJwt, keys: readonly Jwk[]): boolean {
  if (jwt.header.alg !== 'RS256') return false;
  const jwk = keys.find((k) => k.kid === jwt.header.kid);
  if (jwk === undefined) return false;
  const publicKey = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
  return createVerify('RSA-SHA256').update(jwt.signingInput).verify(publicKey, jwt.signature);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
