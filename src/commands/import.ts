// `amlnet import --workspace RG/NAME --network RG/NAME [--security-group [RG/]NAME] [--out FILE] [--force]` + the
// shared Azure options. Reads a hand-built setup (Reader is enough; nothing is written to Azure) and writes the
// spec that describes it. Exit codes: 0 written and the round trip holds (validate: no error; plan: no change),
// 1 written but the round trip does not hold (findings say why), or Azure could not be read; 2 bad usage, or an
// --out file that exists without --force.
import { lstat, writeFile } from 'node:fs/promises';
import { errorMessage } from '../util/errors.js';
import { parseArgs } from 'node:util';
import { renderFindingsJson, renderFindingsText } from '../render/findings.js';
import { LoginError } from '../azure/credential.js';
import { formatAzureError, toAzureError } from '../azure/errors.js';
import { LiveReadError } from '../azure/live/read.js';
import { sessionFor } from '../app/session.js';
import { ImportReadError, type ImportTarget, type ResourceRef } from '../app/import.js';
import { formatOption, parseOrAnswer, processOutput, type Output } from './args.js';
import {
  AZURE_OPTION_SPECS,
  AZURE_OPTIONS_USAGE,
  azureOptionsFrom,
  loginOrReport,
  type AzureCliOptions,
} from './azure-options.js';

export const usage = `usage: amlnet import --workspace RG/NAME --network RG/NAME [--security-group [RG/]NAME]
                     [--out FILE] [--force] [--format text|json] [azure options]

Reads a hand-built Azure ML inferencing setup (the workspace, the virtual network and its subnets, the network
security group, the v1 AKS and v2 Kubernetes computes whose nodes sit in that network, with the AzureML extension's
settings of the v2 ones and their identities' Network Contributor assignments) and writes the spec that describes it. Only reads: the Reader role is enough. The written spec is
validated and planned against the same Azure state; whatever the plan would still change is reported as findings
with their line and column in the written file.

options:
  --workspace RG/NAME      the Azure ML workspace (resource group / name)
  --network RG/NAME        the virtual network (resource group / name)
  --security-group NAME    the NSG ([RG/]NAME; default: the one the network's subnets use)
  --out FILE               write the spec to FILE (default: stdout); an existing FILE is kept unless --force
  --force                  overwrite --out FILE
  --format FORMAT          findings as text (default) or json, on stderr
${AZURE_OPTIONS_USAGE.replace("overrides the spec's subscriptionId", 'the subscription (default $AZURE_SUBSCRIPTION_ID)')}

exit codes: 0 written, and it validates and plans with no change; 1 written but it does not round-trip (see the
findings), or Azure could not be read; 2 bad usage or an existing --out without --force`;

const FORMATS = ['text', 'json'] as const;

interface Options extends AzureCliOptions {
  target: ImportTarget;
  out?: string;
  force: boolean;
  format: (typeof FORMATS)[number];
  help: boolean;
}

const RG_NAME = /^([-\w.()]+)\/([^/\s]+)$/;

function ref(option: string, value: string | undefined): ResourceRef | string {
  if (value === undefined) return `--${option} RG/NAME is required`;
  const m = RG_NAME.exec(value);
  if (m === null) return `--${option} must be RESOURCE-GROUP/NAME, got '${value}'`;
  return { resourceGroup: m[1], name: m[2] };
}

function parse(argv: string[]): Options | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        network: { type: 'string' },
        'security-group': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...AZURE_OPTION_SPECS,
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    return errorMessage(err);
  }
  const help = values.help === true;
  const format = formatOption(values.format as string | undefined, FORMATS);
  if (typeof format === 'object') return format.error;
  const base = { ...azureOptionsFrom(values), force: values.force === true, format, help };
  if (help)
    return {
      ...base,
      target: { workspace: { resourceGroup: '', name: '' }, network: { resourceGroup: '', name: '' } },
    };
  const workspace = ref('workspace', values.workspace as string | undefined);
  if (typeof workspace === 'string') return workspace;
  const network = ref('network', values.network as string | undefined);
  if (typeof network === 'string') return network;
  const target: ImportTarget = { workspace, network };
  const sg = values['security-group'];
  if (typeof sg === 'string') {
    const m = RG_NAME.exec(sg);
    if (m !== null) target.securityGroup = { resourceGroup: m[1], name: m[2] };
    else if (/^[A-Za-z0-9][\w.-]*$/.test(sg)) target.securityGroup = { name: sg };
    else return `--security-group must be NAME or RESOURCE-GROUP/NAME, got '${sg}'`;
  }
  const out = values.out as string | undefined;
  if (out === '') return '--out needs a file name';
  return { ...base, target, ...(out !== undefined ? { out } : {}) };
}

/** Why `path` must not be written, or undefined. */
async function refuseOut(path: string, force: boolean): Promise<string | undefined> {
  let stats;
  try {
    stats = await lstat(path);
  } catch {
    return undefined; // absent: written below with 'wx', so a file appearing meanwhile is not overwritten
  }
  if (stats.isSymbolicLink()) return `${path} is a symbolic link; amlnet import writes only regular files`;
  if (!stats.isFile()) return `${path} exists and is not a regular file`;
  if (!force) return `${path} exists; pass --force to overwrite it`;
  return undefined;
}

export async function runImport(
  argv: string[],
  out: Output,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const o = parseOrAnswer('import', argv, parse, usage, out);
  if (typeof o === 'number') return o;
  const subscriptionId = o.subscription ?? env.AZURE_SUBSCRIPTION_ID;
  if (subscriptionId === undefined || subscriptionId === '') {
    out.stderr(`amlnet import: give the subscription with --subscription ID (or AZURE_SUBSCRIPTION_ID)\n`);
    return 2;
  }
  if (o.out !== undefined) {
    const refused = await refuseOut(o.out, o.force);
    if (refused !== undefined) {
      out.stderr(`amlnet import: ${refused}; nothing was read or written\n`);
      return 2;
    }
  }
  const loggedIn = await loginOrReport('import', o, env, out);
  if (typeof loggedIn === 'number') return loggedIn;
  const { endpoints, login } = loggedIn;
  const file = o.out ?? 'amlnet.yml';
  try {
    const result = await sessionFor(login.credential, endpoints, { subscriptionId }).import(o.target, file);
    if (o.out !== undefined) {
      try {
        await writeFile(o.out, result.text, { flag: o.force ? 'w' : 'wx' });
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        out.stderr(
          `amlnet import: cannot write ${o.out}: ${code === 'EEXIST' ? 'it exists; pass --force to overwrite it' : errorMessage(err)}\n`,
        );
        return 2;
      }
    } else {
      out.stdout(result.text);
    }
    out.stderr(o.format === 'json' ? renderFindingsJson(result.findings) : renderFindingsText(file, result.findings));
    const spec = result.spec;
    const counts =
      `${spec.network.subnets.length} subnet(s), ${spec.network.securityGroup?.rules?.length ?? 0} NSG rule(s), ` +
      `${spec.aksClusters?.length ?? 0} v1 AKS cluster(s), ${spec.kubernetesClusters?.length ?? 0} v2 Kubernetes cluster(s)` +
      `${spec.aci ? ', ACI' : ''}`;
    const changes = result.changes?.length;
    out.stderr(
      `amlnet import: ${o.out !== undefined ? `wrote ${o.out}` : 'wrote the spec to stdout'} (${counts}); ` +
        (result.roundTrip
          ? 'it validates with no error and its plan has no change\n'
          : changes === undefined
            ? 'it does not validate (see the findings); it was written so that you can fix it\n'
            : `its plan would still make ${changes} change(s) (see the findings)\n`),
    );
    return result.roundTrip ? 0 : 1;
  } catch (err) {
    if (err instanceof LoginError || err instanceof LiveReadError || err instanceof ImportReadError) {
      out.stderr(`amlnet import: ${err.message}\n`);
      return 1;
    }
    out.stderr(`amlnet import: Azure error ${formatAzureError(toAzureError(err))}\n`);
    return 1;
  }
}

export async function run(argv: string[]): Promise<number> {
  return runImport(argv, processOutput);
}
