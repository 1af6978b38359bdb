// `amlnet plan [--spec FILE] [--format text|json|markdown|sarif] [--out FILE] [--detailed-exitcode]` + the shared
// Azure options. Exit codes (README, "Command-line reference"): 0 plan computed (changes or not), 1 error findings /
// refused plan / Azure error, 2 usage or an unreadable spec; with --detailed-exitcode (Terraform's): 0 no changes,
// 2 changes pending, 1 anything else (usage and unreadable specs included). Azure errors print code, message and correlation id; login errors
// print advice, never a token.
import { specRoot } from '../validate.js';
import { writeFile } from 'node:fs/promises';
import { renderFindingsJson, renderFindingsText } from '../render/findings.js';
import { renderPlanText } from '../render/plan-text.js';
import { renderFindingsSarif } from '../render/sarif.js';
import { amlnetSarifOptions } from '../render/sarif-catalogue.js';
import { renderPlanJson } from '../render/plan-json.js';
import { renderPlanSummary } from '../render/plan-markdown.js';
import { LoginError } from '../azure/credential.js';
import { formatAzureError, toAzureError } from '../azure/errors.js';
import { LiveReadError } from '../azure/live/read.js';
import { sessionFor } from '../app/session.js';
import { formatOption, parseCommandArgs, WORKSPACE_USAGE, parseOrAnswer, processOutput, type Output } from './args.js';
import {
  AZURE_OPTION_SPECS,
  AZURE_OPTIONS_USAGE,
  azureOptionsFrom,
  loginOrReport,
  type AzureCliOptions,
} from './azure-options.js';

export const usage = `usage: amlnet plan [--spec FILE] [--format text|json|markdown|sarif] [--out FILE] [azure options]

Validates the spec, reads the live Azure state it names and prints the plan (nothing is changed).

options:
  --spec FILE              the spec (default amlnet.yml; may also be given as the only argument)
${WORKSPACE_USAGE}
  --format FORMAT          text (default), json (the plan object), markdown (the job summary) or sarif (every
                           finding, offline and live, as SARIF 2.1.0 for GitHub code scanning)
  --out FILE               write the rendered plan to FILE instead of stdout
  --commit SHA             the commit shown in markdown (default $GITHUB_SHA)
  --detailed-exitcode      exit 0 when there is nothing to change, 2 when changes are pending, 1 on any error
${AZURE_OPTIONS_USAGE}

Credentials: in a GitHub job with id-token: write, GitHub OIDC (federated credential); elsewhere the usual
chain: environment (AZURE_CLIENT_SECRET...), workload identity (AZURE_FEDERATED_TOKEN_FILE), Azure CLI login.

exit codes: 0 plan computed, 1 error findings, refused plan or Azure error, 2 bad usage or unreadable spec;
with --detailed-exitcode: 0 no changes, 2 changes pending, 1 error, refused plan, bad usage or unreadable spec`;

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface Options extends AzureCliOptions {
  spec: string;
  workspace?: string;
  format: Format;
  out?: string;
  commit?: string;
  detailedExitcode: boolean;
  help: boolean;
}

function parse(argv: string[]): Options | string {
  const parsed = parseCommandArgs(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    commit: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' },
    ...AZURE_OPTION_SPECS,
  });
  if (typeof parsed === 'string') return parsed;
  const { values, spec, workspace, help } = parsed;
  const format = formatOption(values.format, FORMATS);
  if (typeof format === 'object') return format.error;
  return {
    ...azureOptionsFrom(values),
    spec,
    workspace,
    format,
    out: values.out,
    commit: values.commit,
    detailedExitcode: values['detailed-exitcode'] === true,
    help,
  };
}

/** The command with output and environment injectable (tests). */
export async function runPlan(
  argv: string[],
  out: Output,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const code = await planCommand(argv, out, env);
  // --detailed-exitcode keeps 2 for "changes pending": every other failure is 1, usage errors included (the flag is
  // read from argv itself, as a usage error has no parsed options).
  if (code.detailed || argv.includes('--detailed-exitcode')) return code.exit === 0 ? (code.pending ? 2 : 0) : 1;
  return code.exit;
}

interface PlanExit {
  exit: number;
  /** The plan has changes to apply (only meaningful with exit 0). */
  pending: boolean;
  detailed: boolean;
}

async function planCommand(argv: string[], out: Output, env: Record<string, string | undefined>): Promise<PlanExit> {
  const done = (exit: number, pending = false, detailed = false): PlanExit => ({ exit, pending, detailed });
  const o = parseOrAnswer('plan', argv, parse, usage, out);
  if (typeof o === 'number') return done(o);
  const loggedIn = await loginOrReport('plan', o, env, out);
  if (typeof loggedIn === 'number') return done(loggedIn);
  const session = sessionFor(loggedIn.login.credential, loggedIn.endpoints, { subscriptionId: o.subscription ?? null });
  try {
    const result = await session.plan({ specPath: o.spec, root: o.workspace ?? specRoot(env), mode: 'plan' });
    if (result.status === 'invalid') {
      const v = result.validation;
      out.stderr('amlnet plan: the spec has errors; no Azure call was made.\n');
      out.stdout(
        o.format === 'json'
          ? renderFindingsJson(v.findings)
          : o.format === 'sarif'
            ? renderFindingsSarif(v.findings, amlnetSarifOptions(o.spec))
            : renderFindingsText(v.file, v.findings),
      );
      return done(v.unparseable ? 2 : 1);
    }
    const plan = result.plan;
    const commit = o.commit ?? env.GITHUB_SHA ?? '(working tree)';
    const text =
      o.format === 'json'
        ? renderPlanJson(plan, { specPath: o.spec, commit })
        : o.format === 'markdown'
          ? renderPlanSummary(plan, { specPath: o.spec, commit, spec: result.spec })
          : o.format === 'sarif'
            ? renderFindingsSarif(plan.findings, amlnetSarifOptions(o.spec))
            : renderPlanText(plan, { specPath: o.spec });
    if (o.out !== undefined) {
      await writeFile(o.out, text);
      out.stderr(`amlnet plan: wrote the plan to ${o.out} (plan-hash: ${plan.planHash})\n`);
    } else {
      out.stdout(text);
    }
    return done(plan.refused ? 1 : 0, plan.hasChanges, o.detailedExitcode);
  } catch (err) {
    if (err instanceof LoginError || err instanceof LiveReadError) {
      out.stderr(`amlnet plan: ${err.message}\n`);
      return done(1);
    }
    const info = toAzureError(err);
    out.stderr(`amlnet plan: Azure error ${formatAzureError(info)}\n`);
    return done(1);
  }
}

export async function run(argv: string[]): Promise<number> {
  return runPlan(argv, processOutput);
}
