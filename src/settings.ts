// The action's inputs, parsed ONCE into a typed Settings object (like actions/checkout's input-helper).
// The inputs come through the Actions I/O port (github/io.ts), read when run() calls getSettings(), never at
// import time. Every error quotes the bad value and the expected form.
import { AZURE_CLOUDS, type AzureCloudName } from './azure/endpoints.js';
import { DEFAULT_AUDIENCE } from './azure/credential.js';

/** Input names as declared in action.yml; the one place they are spelled. */
export const Inputs = {
  Spec: 'spec',
  Command: 'command',
  ClientId: 'client-id',
  TenantId: 'tenant-id',
  SubscriptionId: 'subscription-id',
  Audience: 'audience',
  Environment: 'environment',
  ArmEndpoint: 'arm-endpoint',
  AuthorityHost: 'authority-host',
  GithubToken: 'github-token',
  Comment: 'comment',
  OnPlanChange: 'on-plan-change',
  ImportWorkspace: 'import-workspace',
  ImportNetwork: 'import-network',
  ImportSecurityGroup: 'import-security-group',
} as const;

/** Output names as declared in action.yml. */
export const Outputs = {
  Valid: 'valid',
  HasChanges: 'has-changes',
  PlanHash: 'plan-hash',
  PlanFile: 'plan-file',
  CommentUrl: 'comment-url',
  AciSubnet: 'aci-subnet',
  SarifFile: 'sarif-file',
  ImportedSpec: 'imported-spec',
} as const;

export const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'import'] as const;
export type Command = (typeof COMMANDS)[number];
/** The commands that validate, plan or apply a spec (import reads Azure and writes one: it has no mode). */
export type ModeCommand = Exclude<Command, 'import'>;

export const CLOUDS = AZURE_CLOUDS;
export type CloudName = AzureCloudName;

export const ON_PLAN_CHANGE = ['fail', 'apply'] as const;
export type OnPlanChange = (typeof ON_PLAN_CHANGE)[number];

export interface Settings {
  /** Path of the spec, as given (relative to the workspace); used for annotations and the comment marker. */
  specPath: string;
  command: Command;
  /** Entra application (client) id of the federated credential; required for plan and apply. */
  clientId?: string;
  /** Entra tenant: a GUID or a verified domain such as contoso.onmicrosoft.com. */
  tenantId?: string;
  /** Overrides the spec's subscriptionId when given. */
  subscriptionId?: string;
  /** Audience requested for the GitHub OIDC token. */
  audience: string;
  /** Cloud whose well-known ARM endpoint and authority host are used unless overridden. */
  environment: CloudName;
  /** Explicit ARM endpoint (https URL without a trailing slash). */
  armEndpoint?: string;
  /** Explicit Entra authority host (https URL without a trailing slash). */
  authorityHost?: string;
  /** Token for the pull-request comment and the merged-PR lookup; empty when none was given. */
  githubToken: string;
  /** Post or update the plan comment on pull requests. */
  comment: boolean;
  /** At apply, what to do when the fresh plan differs from the reviewed one. */
  onPlanChange: OnPlanChange;
  /** command: import only: what to import, each as RESOURCE-GROUP/NAME (the NSG may be a bare NAME). */
  import?: { workspace: string; network: string; securityGroup?: string };
}

/** A bad input: its message names the input, quotes the value and says what is expected. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Where the inputs come from (the ActionsIO port in the action, a map in unit tests) and how a secret is masked. */
export interface InputSource {
  getInput(name: string): string;
  setSecret(value: string): void;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A verified domain name of a tenant, e.g. contoso.onmicrosoft.com.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found === undefined) {
    throw new SettingsError(`input '${name}' is '${value}'; expected one of: ${allowed.join(', ')}`);
  }
  return found;
}

function guid(name: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (!GUID.test(value)) {
    throw new SettingsError(
      `input '${name}' is '${value}'; expected a GUID such as 00000000-0000-0000-0000-000000000000`,
    );
  }
  return value.toLowerCase();
}

function tenant(name: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (!GUID.test(value) && !DOMAIN.test(value)) {
    throw new SettingsError(
      `input '${name}' is '${value}'; expected a tenant GUID or a verified domain such as contoso.onmicrosoft.com`,
    );
  }
  return value;
}

function httpsUrl(name: string, value: string): string | undefined {
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(
      `input '${name}' is '${value}'; expected an https URL such as https://management.azure.com`,
    );
  }
  // Azure's bearer-token policy refuses plain http, so an http endpoint could never work: say so now.
  if (url.protocol !== 'https:') {
    throw new SettingsError(`input '${name}' is '${value}'; expected an https URL (Azure refuses tokens over http)`);
  }
  return value.replace(/\/+$/, '');
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new SettingsError(`input '${name}' is '${value}'; expected true or false`);
}

const RG_NAME = /^[-\w.()]+\/[^/\s]+$/;

/** The inputs of command: import: the workspace and the network are required, as RESOURCE-GROUP/NAME. */
function importInputs(get: (name: string) => string): NonNullable<Settings['import']> {
  const rgName = (name: string): string => {
    const v = get(name);
    if (!RG_NAME.test(v)) {
      throw new SettingsError(
        `input '${name}' is '${v}'; command: import needs it as RESOURCE-GROUP/NAME, e.g. ml-rg/ml-vnet`,
      );
    }
    return v;
  };
  const workspace = rgName(Inputs.ImportWorkspace);
  const network = rgName(Inputs.ImportNetwork);
  const sg = get(Inputs.ImportSecurityGroup);
  if (sg !== '' && !RG_NAME.test(sg) && !/^[A-Za-z0-9][\w.-]*$/.test(sg)) {
    throw new SettingsError(`input '${Inputs.ImportSecurityGroup}' is '${sg}'; expected NAME or RESOURCE-GROUP/NAME`);
  }
  return { workspace, network, ...(sg !== '' ? { securityGroup: sg } : {}) };
}

/** Parses every input once. Throws SettingsError on the first bad value. */
export function getSettings(source: InputSource): Settings {
  const get = (name: string): string => source.getInput(name).trim();
  // Repository-relative with forward slashes and no leading ./: the form annotations and the comment marker use.
  const specPath = (get(Inputs.Spec) || 'amlnet.yml').replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (specPath.includes('\n')) {
    throw new SettingsError(`input '${Inputs.Spec}' is '${specPath}'; expected one path (run one step per spec file)`);
  }
  const audience = get(Inputs.Audience) || DEFAULT_AUDIENCE;
  const settings: Settings = {
    specPath,
    command: oneOf(Inputs.Command, get(Inputs.Command), COMMANDS, 'auto'),
    clientId: guid(Inputs.ClientId, get(Inputs.ClientId)),
    tenantId: tenant(Inputs.TenantId, get(Inputs.TenantId)),
    subscriptionId: guid(Inputs.SubscriptionId, get(Inputs.SubscriptionId)),
    audience,
    environment: oneOf(Inputs.Environment, get(Inputs.Environment), CLOUDS, 'AzureCloud'),
    armEndpoint: httpsUrl(Inputs.ArmEndpoint, get(Inputs.ArmEndpoint)),
    authorityHost: httpsUrl(Inputs.AuthorityHost, get(Inputs.AuthorityHost)),
    githubToken: get(Inputs.GithubToken),
    comment: bool(Inputs.Comment, get(Inputs.Comment), true),
    onPlanChange: oneOf(Inputs.OnPlanChange, get(Inputs.OnPlanChange), ON_PLAN_CHANGE, 'fail'),
  };
  if (settings.command === 'import') settings.import = importInputs(get);
  // Mask the token at once, before anything can print it.
  if (settings.githubToken !== '') source.setSecret(settings.githubToken);
  return settings;
}

/** The Azure identity inputs a live plan or apply needs; names the missing ones. */
export function missingAzureInputs(settings: Settings): string[] {
  const missing: string[] = [];
  if (settings.clientId === undefined) missing.push(Inputs.ClientId);
  if (settings.tenantId === undefined) missing.push(Inputs.TenantId);
  return missing;
}
