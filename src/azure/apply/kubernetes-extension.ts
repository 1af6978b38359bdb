// The AzureML extension (microsoft.azureml.kubernetes) on a managed cluster: read, merge, write, wait. The plan's
// `after` holds amlnet's managed settings; every setting already on the extension that amlnet does not manage
// survives (plan/kubernetes-extension.ts mergeExtensionSettings), and so do its release train and version choices.
// An extension of another type or in another namespace under the same name is never overwritten. The install is a
// long-running operation of many minutes: it is followed by re-reading the extension under the executor's deadline.
// Shapes: extensions.json 2023-05-01 in https://github.com/Azure/azure-rest-api-specs/tree/main/specification/kubernetesconfiguration.
import type { JsonObject } from '../../plan/model.js';
import { ApplyFailure } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import {
  extensionBody,
  extensionConflict,
  extensionSettingsDiff,
  mergeExtensionSettings,
} from '../../plan/kubernetes-extension.js';
import { isRecord } from '../../util/records.js';
import type { Write } from './desired.js';
import { withPermissionAdvice, type ApplierDeps } from './common.js';
import { EXTENSION_API_VERSION } from '../live/read-kubernetes.js';
import { getRaw, rawFailed, rawObject, rawProps, waitRawSettled, type RawObject } from './raw-resource.js';

function stringSettings(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

/** The router's private address, when the extension reports it (InferenceRouterAddress status). */
export function routerAddressOf(ext: RawObject): string | undefined {
  const statuses = rawProps(ext).statuses;
  if (!Array.isArray(statuses)) return undefined;
  for (const s of statuses.map(rawObject)) {
    if (s.code === 'InferenceRouterAddress' && typeof s.message === 'string' && s.message !== '') return s.message;
  }
  return undefined;
}

function outputs(id: string, ext: RawObject | undefined): JsonObject {
  const address = ext === undefined ? undefined : routerAddressOf(ext);
  return { extensionId: id, ...(address !== undefined ? { scoringAddress: address } : {}) };
}

/** Pure: the PUT body over an existing extension (or none): its own settings and release choices kept. */
export function extensionPutBody(existing: RawObject | undefined, desired: Record<string, string>): JsonObject {
  const p = rawProps(existing);
  const merged = mergeExtensionSettings(stringSettings(p.configurationSettings), desired);
  const body = extensionBody(merged);
  const props = body.properties as JsonObject;
  if (typeof p.releaseTrain === 'string') props.releaseTrain = p.releaseTrain;
  if (typeof p.autoUpgradeMinorVersion === 'boolean') props.autoUpgradeMinorVersion = p.autoUpgradeMinorVersion;
  if (typeof p.version === 'string' && p.autoUpgradeMinorVersion === false) props.version = p.version;
  return body;
}

function failure(id: string, ext: RawObject): ApplyFailure {
  const info = rawObject(rawProps(ext).errorInfo);
  return new ApplyFailure({
    code: typeof info.code === 'string' ? info.code : 'ExtensionOperationFailed',
    message: `extension ${id} is in provisioning state ${String(rawProps(ext).provisioningState)}${
      typeof info.message === 'string' ? `: ${info.message}` : ''
    }`,
    advice:
      'fix the cause Azure gives (for an internal load balancer: the cluster identity needs Network Contributor on the subnet), then run amlnet plan and apply again: the extension is PUT again, never deleted',
  });
}

export function kubernetesExtensionApplier(deps: ApplierDeps): Applier<Write<'kubernetes-extension'>> {
  return {
    async apply(change: Write<'kubernetes-extension'>, ctx: ApplyContext): Promise<ApplierResult> {
      const id = change.resourceId;
      const desired = change.after.configurationSettings;
      const get = (): Promise<RawObject | undefined> => getRaw(deps, id, EXTENSION_API_VERSION);
      // Another operation (an earlier attempt whose wait was cut off) may still run on it: never write over it.
      const live = await waitRawSettled(ctx, deps, id, EXTENSION_API_VERSION, await get());
      if (live !== undefined) {
        const p = rawProps(live);
        const scope = rawObject(rawObject(p.scope).cluster).releaseNamespace;
        const conflict = extensionConflict({
          extensionType: typeof p.extensionType === 'string' ? p.extensionType : '',
          releaseNamespace: typeof scope === 'string' ? scope : null,
        });
        if (conflict !== undefined) {
          throw new ApplyFailure({
            code: 'ExtensionConflict',
            message: `extension ${id} exists and ${conflict}`,
            advice: 'amlnet never overwrites another extension: give the AzureML extension another extensionName',
          });
        }
        const settings = stringSettings(p.configurationSettings);
        const same = Object.keys(extensionSettingsDiff(settings, desired)).length === 0;
        if (same && !rawFailed(live)) return { detail: 'installed, settings match', outputs: outputs(id, live) };
      }
      const body = extensionPutBody(live, desired);
      await withPermissionAdvice(
        'Kubernetes Extension Contributor or Contributor (Microsoft.KubernetesConfiguration/extensions/write)',
        `the cluster ${id.split('/providers/Microsoft.KubernetesConfiguration')[0]}`,
        async () => {
          ctx.countWrite();
          await deps.clients.putResource(id, EXTENSION_API_VERSION, body, ctx.signal);
        },
      );
      const done = await ctx.whileWaiting(async () =>
        waitRawSettled(ctx, deps, id, EXTENSION_API_VERSION, await get()),
      );
      if (done === undefined)
        throw new ApplyFailure({ code: 'ExtensionMissing', message: `extension ${id} vanished after its PUT` });
      if (rawFailed(done)) throw failure(id, done);
      return {
        detail:
          live === undefined
            ? 'installed the AzureML extension'
            : 'updated the AzureML extension settings (others kept)',
        outputs: outputs(id, done),
      };
    },
  };
}
