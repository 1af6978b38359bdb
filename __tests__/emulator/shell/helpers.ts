// Starts an emulator for a suite and makes this process trust its CA (as NODE_EXTRA_CA_CERTS would).
import tls from 'node:tls';
import { startEmulator } from '../../../emulator/index.js';
import type { EmulatorOptions, RunningEmulator } from '../../../emulator/types.js';

const trusted: string[] = [];

export async function startTrusted(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emu = await startEmulator(options);
  trusted.push(emu.caCertPem);
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ...trusted]);
  return emu;
}

/** fetch() against the emulator, JSON in and out. */
export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** A GitHub ID token from the emulator's OIDC request URL, the way @actions/core asks for one. */
export async function githubIdToken(emu: RunningEmulator, extraQuery = ''): Promise<string> {
  const res = await call(`${emu.info.oidcRequestUrl}&audience=api://AzureADTokenExchange${extraQuery}`, {
    headers: { authorization: `Bearer ${emu.info.oidcRequestToken}` },
  });
  if (res.status !== 200) throw new Error(`OIDC request failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { value: string }).value;
}

/** POSTs to Entra's token endpoint as MSAL does, with a federated client assertion. */
export async function entraToken(
  emu: RunningEmulator,
  assertion: string,
  clientId = emu.info.clientId,
  scope = 'https://management.azure.com/.default',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope,
  });
  const res = await call(`${emu.info.authorityHost}/${emu.info.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return { status: res.status, body: res.body as Record<string, unknown> };
}

export function decodeJwt(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}
