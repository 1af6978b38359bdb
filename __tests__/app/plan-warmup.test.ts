// planSpec (src/app/plan.ts) starts the token exchange as the plan starts, so that it runs while the spec
// validates and the SDKs load, and aborts it when the spec is invalid (no read will take the token, and the
// process must not wait for it). With ready clients there is nothing to warm.
import type { AccessToken } from '@azure/core-auth';
import { planSpec } from '../../src/app/plan.js';
import type { AzureClients } from '../../src/azure/clients.js';
import type { WarmableCredential } from '../../src/azure/credential.js';
import { resolveEndpoints } from '../../src/azure/endpoints.js';

function recordingCredential(): {
  credential: WarmableCredential;
  warmUps: { scopes: string; signal?: AbortSignal }[];
} {
  const warmUps: { scopes: string; signal?: AbortSignal }[] = [];
  return {
    warmUps,
    credential: {
      warmUp: (scopes, signal) => void warmUps.push({ scopes: String(scopes), ...(signal ? { signal } : {}) }),
      getToken: async (): Promise<AccessToken> => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }),
    },
  };
}

const INVALID = 'version: 1\nsubscriptionId: not-a-guid\n';

test('an invalid spec: the warm-up started with the plan is aborted and nothing is read', async () => {
  const { credential, warmUps } = recordingCredential();
  const endpoints = resolveEndpoints();
  const result = await planSpec({ specPath: 'amlnet.yml', specText: INVALID, credential, endpoints });
  expect(result.status).toBe('invalid');
  expect(warmUps).toHaveLength(1);
  expect(warmUps[0].scopes).toBe(endpoints.armScope);
  expect(warmUps[0].signal?.aborted).toBe(true);
});

test('with ready clients there is no credential to warm', async () => {
  const { credential, warmUps } = recordingCredential();
  const clients = {} as AzureClients; // never used: the spec is invalid
  const result = await planSpec({ specPath: 'amlnet.yml', specText: INVALID, credential, clients });
  expect(result.status).toBe('invalid');
  expect(warmUps).toEqual([]);
});
