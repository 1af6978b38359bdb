// `amlnet plan [--spec FILE] [--format text|json|markdown] [--out FILE]` + the shared Azure options.
// Exit codes (CONTRACT section 2): 0 plan computed (changes or not), 1 error findings / refused plan / Azure
// error, 2 usage or an unreadable spec. Azure errors print code, message and correlation id; login errors
// print advice, never a token.
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { renderFindingsJson, renderFindingsText } from '../render/findings.js';
import { renderPlanText } from '../render/plan-text.js';
import { renderPlanJson } from '../render/plan-json.js';
import { renderPlanSummary } from '../render/plan-markdown.js';
import { resolveEndpoints, EndpointError, type AzureEndpoints } from '../azure/endpoints.js';
import { createCredential, githubOidcFromEnv, LoginError, type AzureLogin } from '../azure/credential.js';
import { formatAzureError, toAzureError } from '../azure/errors.js';
import { LiveReadError } from '../azure/live/read.js';
import { planSpec } from '../plan/pipeline.js';

export const usage = `usage: amlnet plan [--spec FILE] [--format text|json|markdown] [--out FILE] [azure options]

Validates the spec, reads the live Azure state it names and prints the plan (nothing is changed).

options:
  --spec FILE            the spec (default amlnet.yml; may also be given as the only argument)
  --format FORMAT        text (default), json (the plan object) or markdown (the job summary)
  --out FILE             write the rendered plan to FILE instead of stdout
  --commit SHA           the commit shown in markdown (default $GITHUB_SHA)
azure options:
  --subscription ID      overrides the spec's subscriptionId
  --environment NAME     AzureCloud (default), AzureUSGovernment or AzureChinaCloud
  --arm-endpoint URL     explicit ARM endpoint (Azure Stack, the emulator)
  --authority-host URL   explicit Entra authority host
  --tenant-id ID         tenant of the login (default $AZURE_TENANT_ID)
  --client-id ID         application of the login (default $AZURE_CLIENT_ID)
  --audience AUD         GitHub OIDC token audience (default api://AzureADTokenExchange)
  -h, --help             show this help

Credentials: in a GitHub job with id-token: write, GitHub OIDC (federated credential); elsewhere the usual
chain: environment (AZURE_CLIENT_SECRET...), workload identity (AZURE_FEDERATED_TOKEN_FILE), Azure CLI login.

exit codes: 0 plan computed, 1 error findings, refused plan or Azure error, 2 bad usage or unreadable spec`;

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** The shared Azure options, for `amlnet apply` too. */
export const AZURE_OPTION_SPECS = {
  subscription: { type: 'string' },
  environment: { type: 'string' },
  'arm-endpoint': { type: 'string' },
  'authority-host': { type: 'string' },
  'tenant-id': { type: 'string' },
  'client-id': { type: 'string' },
  audience: { type: 'string' },
} as const;

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

/** Endpoints + credential from the shared options and the environment (GitHub OIDC when offered). */
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
  });
  return { endpoints, login };
}

interface Options extends AzureCliOptions {
  spec: string;
  format: Format;
  out?: string;
  commit?: string;
  help: boolean;
}

function parse(argv: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        spec: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        commit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...AZURE_OPTION_SPECS,
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    return `expected at most one spec file, got ${positionals.length}: ${positionals.join(' ')}`;
  if (positionals.length === 1 && values.spec !== undefined)
    return 'give the spec either with --spec or as an argument, not both';
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    return `--format must be text, json or markdown, got '${format}'`;
  return {
    ...azureOptionsFrom(values),
    spec: values.spec ?? positionals[0] ?? 'amlnet.yml',
    format: format as Format,
    out: values.out,
    commit: values.commit,
    help: values.help ?? false,
  };
}

/** The command with output and environment injectable (tests). */
export async function runPlan(
  argv: string[],
  out: Output,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const o = parse(argv);
  if (typeof o === 'string') {
    out.stderr(`amlnet plan: ${o}\n\n${usage}\n`);
    return 2;
  }
  if (o.help) {
    out.stdout(usage + '\n');
    return 0;
  }
  let endpoints: AzureEndpoints;
  let login: AzureLogin;
  try {
    ({ endpoints, login } = await loginFromOptions(o, env));
  } catch (err) {
    if (err instanceof EndpointError || err instanceof LoginError) {
      out.stderr(`amlnet plan: ${err.message}\n`);
      return err instanceof EndpointError ? 2 : 1;
    }
    throw err;
  }
  try {
    const result = await planSpec({
      specPath: o.spec,
      credential: login.credential,
      endpoints,
      subscriptionId: o.subscription ?? null,
    });
    if (result.status === 'invalid') {
      const v = result.validation;
      out.stderr('amlnet plan: the spec has errors; no Azure call was made.\n');
      out.stdout(o.format === 'json' ? renderFindingsJson(v.findings) : renderFindingsText(v.file, v.findings));
      return v.unparseable ? 2 : 1;
    }
    const plan = result.plan;
    const commit = o.commit ?? env.GITHUB_SHA ?? '(working tree)';
    const text =
      o.format === 'json'
        ? renderPlanJson(plan, { specPath: o.spec, commit })
        : o.format === 'markdown'
          ? renderPlanSummary(plan, { specPath: o.spec, commit })
          : renderPlanText(plan, { specPath: o.spec });
    if (o.out !== undefined) {
      await writeFile(o.out, text);
      out.stderr(`amlnet plan: wrote the plan to ${o.out} (plan-hash: ${plan.planHash})\n`);
    } else {
      out.stdout(text);
    }
    return plan.refused ? 1 : 0;
  } catch (err) {
    if (err instanceof LoginError || err instanceof LiveReadError) {
      out.stderr(`amlnet plan: ${err.message}\n`);
      return 1;
    }
    const info = toAzureError(err);
    out.stderr(`amlnet plan: Azure error ${formatAzureError(info)}\n`);
    return 1;
  }
}

export async function run(argv: string[]): Promise<number> {
  return runPlan(argv, processOutput);
}
