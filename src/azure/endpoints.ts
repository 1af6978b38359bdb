// Azure endpoints per cloud, with explicit overrides (Azure Stack, sovereign clouds, the emulator).
// Pure: no SDK import, so the validate path and unit tests can use it.

/** The clouds amlnet knows: the one table (settings' `environment` input and the CLI's --environment use it). */
export const AZURE_CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const;
export type AzureCloudName = (typeof AZURE_CLOUDS)[number];

export interface AzureEndpoints {
  cloud: AzureCloudName;
  /** ARM base URL without a trailing slash, e.g. https://management.azure.com */
  armEndpoint: string;
  /** Entra ID authority host without a trailing slash, e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** The token scope for ARM: the cloud's real ARM audience + /.default, even when armEndpoint is overridden. */
  armScope: string;
  /**
   * True when the authority is not a Microsoft one (the emulator, a private authority): MSAL must not
   * ask login.microsoftonline.com to validate it, or the token call hangs ~7 s (toolchain-notes).
   */
  disableInstanceDiscovery: boolean;
}

interface CloudDefaults {
  armEndpoint: string;
  authorityHost: string;
  armAudience: string;
}

const CLOUDS: Record<AzureCloudName, CloudDefaults> = {
  AzureCloud: {
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    armAudience: 'https://management.azure.com',
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    armAudience: 'https://management.usgovcloudapi.net',
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    armAudience: 'https://management.chinacloudapi.cn',
  },
};

/** Authority hosts MSAL knows; any other host disables instance discovery. */
const MICROSOFT_AUTHORITIES = new Set(Object.values(CLOUDS).map((c) => new URL(c.authorityHost).host));

export interface EndpointOptions {
  environment?: string | null;
  armEndpoint?: string | null;
  authorityHost?: string | null;
  /** Token scope override (rare: Azure Stack Hub has its own ARM audience). */
  armScope?: string | null;
}

export class EndpointError extends Error {
  override name = 'EndpointError';
}

function normaliseUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EndpointError(`${what} '${value}' is not a URL; expected e.g. https://management.azure.com`);
  }
  if (url.protocol !== 'https:') {
    // The SDK's bearer-token policy refuses http:// and identity refuses an http authority host.
    throw new EndpointError(`${what} '${value}' must use https://`);
  }
  return url.toString().replace(/\/+$/, '');
}

export function isAzureCloudName(value: string): value is AzureCloudName {
  return (AZURE_CLOUDS as readonly string[]).includes(value);
}

export function resolveEndpoints(options: EndpointOptions = {}): AzureEndpoints {
  const env = options.environment?.trim() || 'AzureCloud';
  if (!isAzureCloudName(env)) {
    throw new EndpointError(`environment '${env}' is not one of ${AZURE_CLOUDS.join(', ')}`);
  }
  const defaults = CLOUDS[env];
  const armEndpoint = options.armEndpoint ? normaliseUrl(options.armEndpoint, 'arm-endpoint') : defaults.armEndpoint;
  const authorityHost = options.authorityHost
    ? normaliseUrl(options.authorityHost, 'authority-host')
    : defaults.authorityHost;
  return {
    cloud: env,
    armEndpoint,
    authorityHost,
    armScope: options.armScope?.trim() || `${defaults.armAudience}/.default`,
    disableInstanceDiscovery: !MICROSOFT_AUTHORITIES.has(new URL(authorityHost).host),
  };
}
