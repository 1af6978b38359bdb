// Findings and the rule registry's shape. Rules are pure: (context) => findings, with no I/O.
import type { Spec } from '../spec/types.js';
import type { RawFinding, Severity } from '../findings/finding.js';

// The finding types live in findings/; re-exported for the rules' convenience.
export type { Finding, RawFinding, Severity } from '../findings/finding.js';

/** Where a rule comes from: a public document (see rules/offline/sources.ts). */
export interface RuleSource {
  /** An https URL, e.g. "https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning". */
  document: string;
  /** A short quote or pointer inside the document. */
  detail?: string;
}

/** Offline rules see only the spec. Live rules (plan issue) also see the live state. */
export interface OfflineContext {
  spec: Spec;
}

export interface Rule<C = OfflineContext> {
  id: string;
  /** Default severity; a RawFinding may override it (e.g. CIDR host bits set is a warning of a CIDR rule). */
  severity: Severity;
  title: string;
  source: RuleSource;
  kind: 'offline' | 'live';
  check(ctx: C): RawFinding[];
}
