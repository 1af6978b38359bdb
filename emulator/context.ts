// What the shell's handlers share: the world, the URLs, the signing keys and the live OIDC settings.
import type { SigningKey } from './jwt.js';
import type { EmuResponse, World } from './types.js';

export interface OidcSettings {
  /** Lifetime of minted tokens; negative mints already-expired tokens (tests of AADSTS700024). The subject is
   * world.github.oidcSubject, so in-process code can change it on the world directly. */
  ttlSeconds: number;
}

export interface ShellContext {
  world: World;
  /** https://127.0.0.1:PORT */
  baseUrl: string;
  /** Issuer URL of the emulator's GitHub OIDC token service. */
  githubIssuer: string;
  /** Path (with query) of the ID token request endpoint. */
  oidcRequestPath: string;
  /** The runner's ACTIONS_ID_TOKEN_REQUEST_TOKEN: a secret, never logged or returned by introspection. */
  oidcRequestToken: string;
  oidcKey: SigningKey;
  entraKey: SigningKey;
  oidc: OidcSettings;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  body,
  headers,
});

export const armError = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): EmuResponse => json(status, { error: { code, message } }, headers);
