// The composition root: the one place that wires a login to the plan pipeline, the appliers and the import. The
// CLI (`amlnet plan`, `amlnet apply`, `amlnet import`) and the action (app/pipeline.ts, driven by main.ts) all
// plan, apply and import through a Session, so the clients, the subscription override and the poll options are
// chosen once, the same way for both.
import { createClients, type ClientFactoryOptions } from '../azure/clients.js';
import {
  createCredential,
  type AzureLogin,
  type CredentialOptions,
  type WarmableCredential,
} from '../azure/credential.js';
import type { AzureEndpoints } from '../azure/endpoints.js';
import type { AzureApplyOptions } from '../azure/apply/run.js';
import type { ApplyResult } from '../apply/types.js';
import type { Plan } from '../plan/model.js';
import type { Spec } from '../spec/types.js';
import { planSpec, type PlanSpecResult } from './plan.js';
import type { ImportResult, ImportTarget } from './import.js';

export type SessionClientOptions = Pick<ClientFactoryOptions, 'pollIntervalMs' | 'maxRetryAfterSeconds' | 'onRequest'>;

export interface SessionOptions {
  /** Overrides the spec's subscriptionId (action input `subscription-id`, CLI `--subscription`). */
  subscriptionId?: string | null;
  /** For every client the session builds (poll interval, Retry-After cap, request hook). */
  clientOptions?: SessionClientOptions;
}

export interface SessionPlanInput {
  specPath: string;
  specText?: string;
  /** The folder the spec file must stay in (see validateSpecFile); absent: not checked. */
  root?: string;
  /** 'apply' makes checks about the running identity's write permissions errors. */
  mode: 'plan' | 'apply';
}

export type SessionApplyOptions = Omit<AzureApplyOptions, 'clients'>;

export interface Session {
  readonly endpoints: AzureEndpoints;
  /** Validates, reads the live state through the session's credential and plans. */
  plan(input: SessionPlanInput): Promise<PlanSpecResult>;
  /** Applies a plan with clients of its own (the executor owns retries, so the planning clients stay as they are). */
  apply(plan: Plan, spec: Spec, options?: SessionApplyOptions): Promise<ApplyResult>;
  /**
   * Reads what `target` names (reads only) and writes a spec for it; `file` is the name its findings refer to.
   * Needs the session's subscriptionId (there is no spec to take it from).
   */
  import(target: ImportTarget, file: string): Promise<ImportResult>;
}

/** A session over a credential that is already there (the CLI logs in first to report login errors its way). */
export function sessionFor(
  credential: WarmableCredential,
  endpoints: AzureEndpoints,
  options: SessionOptions = {},
): Session {
  const clientOptions = options.clientOptions ?? {};
  return {
    endpoints,
    plan: (input) =>
      planSpec({
        specPath: input.specPath,
        ...(input.specText !== undefined ? { specText: input.specText } : {}),
        ...(input.root !== undefined ? { root: input.root } : {}),
        credential,
        endpoints,
        subscriptionId: options.subscriptionId ?? null,
        mode: input.mode,
        clientOptions,
      }),
    // The appliers are loaded only by a path that applies.
    apply: async (plan, spec, applyOptions = {}) =>
      (await import('../azure/apply/run.js')).applyPlanToAzure(plan, spec, {
        ...applyOptions,
        clients: createClients({
          credential,
          endpoints,
          subscriptionId: options.subscriptionId || spec.subscriptionId,
          ...clientOptions,
        }),
      }),
    // The import's readers are loaded only by an import.
    import: async (target, file) => {
      const subscriptionId = options.subscriptionId;
      if (!subscriptionId) throw new Error('an import needs the subscription id');
      const clients = createClients({ credential, endpoints, subscriptionId, ...clientOptions });
      return (await import('./import.js')).importFromAzure({ target, clients, file });
    },
  };
}

/**
 * Logs in (starting the GitHub token fetch at once, while the identity library loads) and opens a session.
 * Login errors are LoginErrors with advice, never a token.
 */
export async function openSession(
  login: Omit<CredentialOptions, 'prefetchIdToken'>,
  options: SessionOptions = {},
): Promise<Session & { login: AzureLogin }> {
  const azureLogin = await createCredential({ ...login, prefetchIdToken: true });
  return { ...sessionFor(azureLogin.credential, login.endpoints, options), login: azureLogin };
}
