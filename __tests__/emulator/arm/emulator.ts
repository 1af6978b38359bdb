// Contract-test helpers: a running emulator (its CA trusted in-process), a credential from the real
// OIDC -> Entra chain, and fetch with a bearer token for wire-level checks.
import tls from 'node:tls';
import { ClientAssertionCredential, type TokenCredential } from '@azure/identity';
import { startEmulator } from '../../../emulator/index.js';
import type { EmulatorOptions, RunningEmulator } from '../../../emulator/types.js';

export const ARM_SCOPE = 'https://management.azure.com/.default';

export async function startTrustedEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emu = await startEmulator(options);
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), emu.caCertPem]);
  return emu;
}

/** ClientAssertionCredential fed by the emulator's GitHub OIDC token service, as the action does it. */
export function oidcCredential(emu: RunningEmulator): TokenCredential {
  return new ClientAssertionCredential(
    emu.info.tenantId,
    emu.info.clientId,
    async () => {
      const res = await fetch(`${emu.info.oidcRequestUrl}&audience=api://AzureADTokenExchange`, {
        headers: { authorization: `Bearer ${emu.info.oidcRequestToken}` },
      });
      return ((await res.json()) as { value: string }).value;
    },
    { authorityHost: emu.info.authorityHost, disableInstanceDiscovery: true },
  );
}

export interface Wire {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A raw ARM call with the credential's token (for what the SDKs cannot send or hide). */
export async function armFetch(
  emu: RunningEmulator,
  cred: TokenCredential,
  method: string,
  path: string,
  body?: unknown,
): Promise<Wire> {
  const token = await cred.getToken(ARM_SCOPE);
  if (token === null) throw new Error('no token');
  const res = await fetch(`${emu.info.armEndpoint}${path}`, {
    method,
    headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** Every key path of a JSON value ("a.b", arrays as "a[].b"), for comparing shapes with Azure's examples. */
export function keyPaths(v: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(v)) {
    for (const x of v) for (const p of keyPaths(x, `${prefix}[].`)) out.add(p);
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.add(prefix + k);
      for (const p of keyPaths(x, `${prefix}${k}.`)) out.add(p);
    }
  }
  return out;
}

/** Key paths of `expected` that `actual` lacks. */
export function missingKeys(expected: unknown, actual: unknown): string[] {
  const have = keyPaths(actual);
  return [...keyPaths(expected)].filter((p) => !have.has(p));
}
