// startEmulator(options): serves ARM, Entra ID, GitHub's OIDC token service and GitHub's REST API over HTTPS on
// 127.0.0.1 with a CA generated at start (emulator/README.md). close() ends every connection and timer.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArmHandler } from './arm/index.js';
import type { ShellContext } from './context.js';
import { FaultStore } from './faults.js';
import { OIDC_ISSUER_PATH, OIDC_REQUEST_PATH } from './github-oidc.js';
import { GITHUB_PREFIX } from './github-rest.js';
import { newSigningKey } from './jwt.js';
import { createTlsMaterial } from './pki.js';
import { EmulatorServer, type RequestLogEntry } from './server.js';
import { loadStateFile, type Locator } from './state-reader.js';
import { buildWorld } from './world.js';
import type { EmulatorOptions, JsonObject, RunningEmulator } from './types.js';

export type { RequestLogEntry } from './server.js';
export { StateError } from './state-reader.js';

export interface StartOptions extends EmulatorOptions {
  /** Called after each logged request (the CLI's --verbose prints them on stderr). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Resources seeded unless the state already has one of the same id (`--for SPEC`: see prerequisites.ts). */
  prerequisites?: JsonObject[];
}

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  // Read and parse the seed before anything binds a port, so a bad file fails fast.
  let seed: unknown = options.state;
  let locate: Locator | undefined;
  if (options.statePath !== undefined) {
    const loaded = loadStateFile(options.statePath);
    seed = loaded.value;
    locate = loaded.locate;
  }

  // Validate it now (the issuer is not known before the port is): a bad seed costs no key generation.
  buildWorld(seed, { githubIssuer: 'https://127.0.0.1/_services/token' }, locate);

  const [tls, oidcKey, entraKey] = await Promise.all([createTlsMaterial(), newSigningKey(), newSigningKey()]);
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'amlnet-emulator-'));
  const caCertPath = join(dataDir, 'ca.pem');
  writeFileSync(caCertPath, tls.caCertPem);

  // The request listener is attached once the world exists (it needs the port); nobody knows the port before.
  const https = createServer({ key: tls.serverKeyPem, cert: tls.serverCertPem, keepAlive: true });
  https.keepAliveTimeout = 30_000;
  const cleanup = (): void => {
    https.closeAllConnections();
    https.close();
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  await new Promise<void>((resolve, reject) => {
    const failed = (err: Error): void => {
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
      reject(err);
    };
    https.once('error', failed);
    https.listen(options.port ?? 0, '127.0.0.1', () => {
      https.off('error', failed);
      resolve();
    });
  });
  const port = (https.address() as AddressInfo).port;
  const baseUrl = `https://127.0.0.1:${port}`;
  const githubIssuer = `${baseUrl}${OIDC_ISSUER_PATH}`;

  let built;
  try {
    built = buildWorld(seed, { githubIssuer }, locate);
  } catch (err) {
    cleanup();
    throw err;
  }
  const { world } = built;
  for (const resource of options.prerequisites ?? []) {
    const id = String(resource.id).toLowerCase();
    if (!world.resources.has(id)) world.resources.set(id, resource);
  }
  const ctx: ShellContext = {
    world,
    baseUrl,
    githubIssuer,
    oidcRequestPath: `${OIDC_REQUEST_PATH}?api-version=2.0`,
    oidcRequestToken: randomBytes(32).toString('base64url'),
    oidcKey,
    entraKey,
    oidc: { ttlSeconds: built.oidcTtlSeconds },
  };
  const faults = new FaultStore(world.seed, world.faults, (list) => {
    world.faults = list;
  });
  const server = new EmulatorServer(ctx, faults, createArmHandler(world, faults), options.onRequest);
  https.on('request', server.listener);

  let closing: Promise<void> | undefined;
  return {
    info: {
      armEndpoint: baseUrl,
      authorityHost: baseUrl,
      githubApiUrl: `${baseUrl}${GITHUB_PREFIX}`,
      githubToken: built.githubToken,
      oidcRequestUrl: `${baseUrl}${ctx.oidcRequestPath}`,
      oidcRequestToken: ctx.oidcRequestToken,
      caCertPath,
      tenantId: world.tenantId,
      clientId: built.clientId,
      subscriptionId: built.subscriptionId,
    },
    world,
    caCertPem: tls.caCertPem,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close();
        https.close(() => {
          if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        https.closeAllConnections();
      });
      return closing;
    },
  };
}
