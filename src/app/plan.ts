// Binds the pure plan pipeline (plan/pipeline.ts) to Azure: builds the SDK clients (unless given) and reads the
// live state through them. Used by `amlnet plan`, `amlnet apply` and the action.
import { createClients, type AzureClients, type ClientFactoryOptions } from '../azure/clients.js';
import { resolveEndpoints, type AzureEndpoints } from '../azure/endpoints.js';
import { azureLiveReader } from '../azure/live/read.js';
import type { WarmableCredential } from '../azure/credential.js';
import { planWithReader, type PlanWithReaderResult } from '../plan/pipeline.js';
import type { LiveStateReader } from '../live/reader.js';
import type { ValidateResult } from '../validate.js';

export interface PlanSpecInput {
  /** Path of the spec (read when specText is absent; always used in messages). */
  specPath: string;
  specText?: string;
  /** The folder the spec file must stay in (see validateSpecFile); absent: not checked. */
  root?: string;
  /** Either a credential (clients are built here) or ready clients (tests, apply reusing its own). */
  credential?: WarmableCredential;
  clients?: AzureClients;
  endpoints?: AzureEndpoints;
  /** Overrides the spec's subscriptionId (action input `subscription-id`, CLI `--subscription`). */
  subscriptionId?: string | null;
  /** 'apply' makes checks about the running identity's write permissions errors. */
  mode?: 'plan' | 'apply';
  concurrency?: number;
  /** Passed to the clients factory when clients are built here (poll interval, Retry-After cap, request hook). */
  clientOptions?: Pick<ClientFactoryOptions, 'pollIntervalMs' | 'maxRetryAfterSeconds' | 'onRequest'>;
}

export type PlanSpecResult =
  | { status: 'invalid'; validation: ValidateResult }
  | (Extract<PlanWithReaderResult, { status: 'planned' }> & { clients: AzureClients });

export async function planSpec(input: PlanSpecInput): Promise<PlanSpecResult> {
  let clients = input.clients;
  // The token exchange (GitHub OIDC token, then Entra) starts now and runs while the spec validates and the SDKs
  // load; the first read takes its token. An invalid spec never reads: the exchange is then aborted, so the
  // process does not wait for a token it will not use.
  // Resolved once, for the warm-up and the clients; not at all when ready clients are given.
  const endpoints = clients === undefined ? (input.endpoints ?? resolveEndpoints()) : undefined;
  const warm = endpoints !== undefined && input.credential?.warmUp !== undefined ? new AbortController() : undefined;
  if (warm !== undefined) input.credential!.warmUp!(endpoints!.armScope, warm.signal);
  // The clients are built once the spec is known to be valid: the subscription may come from it.
  const reader: LiveStateReader = {
    read: async (spec) => {
      if (clients === undefined) {
        if (input.credential === undefined || endpoints === undefined)
          throw new Error('planSpec needs a credential or clients');
        clients = createClients({
          credential: input.credential,
          endpoints,
          subscriptionId: input.subscriptionId || spec.subscriptionId,
          ...input.clientOptions,
        });
      }
      return azureLiveReader(clients, { concurrency: input.concurrency }).read(spec);
    },
  };
  let result: PlanWithReaderResult;
  try {
    result = await planWithReader({
      specPath: input.specPath,
      ...(input.specText !== undefined ? { specText: input.specText } : {}),
      ...(input.root !== undefined ? { root: input.root } : {}),
      subscriptionId: input.subscriptionId ?? null,
      reader,
      ...(input.mode !== undefined ? { mode: input.mode } : {}),
    });
  } finally {
    // Once the plan is made (or not), a warm-up nobody took is not needed: a no-op when the reads took it.
    warm?.abort();
  }
  if (result.status !== 'planned') return result;
  if (clients === undefined) throw new Error('planSpec: the live state was read without clients');
  return { ...result, clients };
}
