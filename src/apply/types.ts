// The apply's shapes: what an applier is given and returns, and what the whole apply reports.
// Pure types; the executor (executor.ts) orchestrates, the appliers (src/azure/apply/*) talk to Azure.
import type {
  Action,
  Change,
  ChangeKind,
  ChangeOfKind,
  JsonObject,
  ResourceType,
  Runnable,
  Step,
} from '../plan/model.js';

/** How a change ended. `skipped`: a dependency failed, or the deadline passed before it could start. */
export type OutcomeStatus = 'done' | 'failed' | 'skipped';

/** An Azure (or transport) error reduced to what a person needs to act on it. Never carries a token. */
export interface ApplyError {
  /** Azure's error code (e.g. AuthorizationFailed), a transport code (ECONNRESET) or one of ours (DeadlineExceeded). */
  code: string;
  message: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** x-ms-correlation-request-id of the failing response: what Azure support asks for. */
  correlationId?: string;
  /** x-ms-request-id of the failing response. */
  requestId?: string;
  /** What to do about it, when we can tell (e.g. the role that is missing). */
  advice?: string;
}

export interface ChangeOutcome {
  address: string;
  resourceType: ResourceType;
  resourceId: string;
  step: Step;
  action: Action;
  status: OutcomeStatus;
  /** Applier attempts made (retries of transient errors included). */
  attempts: number;
  /** PUT/PATCH/POST requests the applier sent (0 when the live state already matched). */
  writes: number;
  startedAt?: number;
  finishedAt?: number;
  /** What the applier did, for people (e.g. "added delegation Microsoft.ContainerInstance/containerGroups"). */
  detail?: string;
  /** Values later changes or the job summary need (e.g. a new cluster's principalId). */
  outputs?: JsonObject;
  error?: ApplyError;
  /** For `skipped`: the failed dependencies' addresses, or "deadline". */
  skippedBecause?: string[];
}

/** What an ACI deployment needs to land in the VNet: AciWebservice.deploy_configuration(vnet_name=..., subnet_name=...). */
export interface AciDeploymentValues {
  vnetName: string;
  subnetName: string;
  /** Resource group of the VNet (ACI must be in the workspace's resource group; shown for checking). */
  vnetResourceGroup: string;
  subnetId: string;
}

export type ApplyStatus =
  /** Every create/update change is done. */
  | 'applied'
  /** The plan had only no-ops: nothing was written. */
  | 'nothing-to-do'
  /** The plan was refused before any write (refusal, error finding, hash mismatch, broken dependencies). */
  | 'refused'
  /** At least one change failed or was skipped. */
  | 'failed';

export interface ApplyResult {
  planHash: string;
  status: ApplyStatus;
  /** Why the plan was refused (status `refused`). */
  refusal?: string[];
  /** One per create/update change, in execution order of start (then plan order for those never started). */
  outcomes: ChangeOutcome[];
  /** Addresses of the plan's no-op changes (never run). */
  unchanged: string[];
  /** Total writes sent (sum over outcomes). */
  writes: number;
  startedAt: number;
  finishedAt: number;
  /**
   * Present when every change ran but a re-read of the live state still differs from the spec (or a resource
   * stayed Creating/Updating past the deadline): code NotConverged, status `failed` (src/apply/verify.ts).
   */
  notConverged?: ApplyError;
  /** Present when the spec has an `aci` block and its subnet change (if any) is done. */
  aci?: AciDeploymentValues;
}

/** What an applier hands back for one change. */
export interface ApplierResult {
  detail?: string;
  outputs?: JsonObject;
}

/** What an applier may use while it works. */
export interface ApplyContext {
  /** Aborted when the overall deadline passes; pass it to every SDK call. */
  signal: AbortSignal;
  /** Outputs of changes already done, by address (e.g. to resolve a KNOWN_AFTER_APPLY principalId). */
  outputsOf(address: string): JsonObject | undefined;
  /**
   * Waits for `work` without holding one of the executor's parallelism slots: for long-running-operation
   * polling, so that ten 3-second cluster creations do not queue behind a bound meant for ARM writes.
   */
  whileWaiting<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Waits `ms` on the executor's clock (virtual in tests), without holding a slot; rejects when the deadline
   * passes. Appliers wait with this, never with a timer of their own.
   */
  sleep(ms: number): Promise<void>;
  /** Counts one write (PUT/PATCH/POST) as it is sent, so a write that then fails still shows. */
  countWrite(): void;
  log(message: string): void;
}

/** Applies one change. The executor's port takes any change; an applier of one kind takes only its own. */
export interface Applier<C extends Change = Change> {
  apply(change: C, ctx: ApplyContext): Promise<ApplierResult>;
}

/** The applier of one kind: given only that kind's writes (create, update, delete), with its typed `after`. */
export type KindApplier<K extends ChangeKind> = Applier<Runnable<ChangeOfKind<K>>>;

/** The executor's registry, one applier per step; a plan change whose step has no applier is refused before any write. */
export type ApplierRegistry = Partial<Record<Step, Applier>>;

/** The production appliers: one per kind of change, checked by the compiler when a kind is added. */
export type CompleteAppliers = { [K in ChangeKind]: KindApplier<K> };
