// The Azure options of the commands that log in (plan, apply), the login that follows from them, and how a
// failed login is reported (advice, never a token; exit code 2 for unusable endpoints, 1 for a failed login).
import { resolveEndpoints, EndpointError, type AzureEndpoints } from '../azure/endpoints.js';
import {
  createCredential,
  DEFAULT_AUDIENCE,
  githubOidcFromEnv,
  LoginError,
  type AzureLogin,
} from '../azure/credential.js';
import type { Output } from './args.js';

export const AZURE_OPTION_SPECS = {
  subscription: { type: 'string' },
  environment: { type: 'string' },
  'arm-endpoint': { type: 'string' },
  'authority-host': { type: 'string' },
  'tenant-id': { type: 'string' },
  'client-id': { type: 'string' },
  audience: { type: 'string' },
} as const;

/** The usage lines of AZURE_OPTION_SPECS, for every command that logs in. */
export const AZURE_OPTIONS_USAGE = `azure options:
  --subscription ID        overrides the spec's subscriptionId
  --environment NAME       AzureCloud (default), AzureUSGovernment or AzureChinaCloud
  --arm-endpoint URL       explicit ARM endpoint (Azure Stack, the emulator)
  --authority-host URL     explicit Entra authority host
  --tenant-id ID           tenant of the login (default $AZURE_TENANT_ID)
  --client-id ID           application of the login (default $AZURE_CLIENT_ID)
  --audience AUD           GitHub OIDC token audience (default ${DEFAULT_AUDIENCE})
  -h, --help               show this help`;

export interface AzureCliOptions {
  subscription?: string;
  environment?: string;
  armEndpoint?: string;
  authorityHost?: string;
  tenantId?: string;
  clientId?: string;
  audience?: string;
}

export function azureOptionsFrom(values: Record<string, string | boolean | undefined>): AzureCliOptions {
  const s = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  return {
    subscription: s('subscription'),
    environment: s('environment'),
    armEndpoint: s('arm-endpoint'),
    authorityHost: s('authority-host'),
    tenantId: s('tenant-id'),
    clientId: s('client-id'),
    audience: s('audience'),
  };
}

export async function loginFromOptions(
  o: AzureCliOptions,
  env: Record<string, string | undefined> = process.env,
): Promise<{ endpoints: AzureEndpoints; login: AzureLogin }> {
  const endpoints = resolveEndpoints({
    environment: o.environment ?? env.AZURE_ENVIRONMENT,
    armEndpoint: o.armEndpoint ?? env.AZURE_ARM_ENDPOINT,
    authorityHost: o.authorityHost ?? env.AZURE_AUTHORITY_HOST,
  });
  const login = await createCredential({
    endpoints,
    tenantId: o.tenantId,
    clientId: o.clientId,
    audience: o.audience,
    getIdToken: githubOidcFromEnv(env),
    env,
    // No prefetch here: the token exchange starts with the plan, alongside validation, and an invalid spec
    // aborts it (app/plan.ts, ExplainingCredential.warmUp).
  });
  return { endpoints, login };
}

/**
 * Logs in from the command's options; on failure prints the reason (advice, never a token) and returns the exit
 * code: 2 for unusable endpoint options (usage), 1 for a failed login.
 */
export async function loginOrReport(
  command: string,
  o: AzureCliOptions,
  env: Record<string, string | undefined>,
  out: Output,
): Promise<{ endpoints: AzureEndpoints; login: AzureLogin } | number> {
  try {
    return await loginFromOptions(o, env);
  } catch (err) {
    if (err instanceof EndpointError || err instanceof LoginError) {
      out.stderr(`amlnet ${command}: ${err.message}\n`);
      return err instanceof EndpointError ? 2 : 1;
    }
    throw err;
  }
}
