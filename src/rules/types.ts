// Findings and the rule registry's shape. Rules are pure: (context) => findings, with no I/O.
import type { Spec } from '../spec/types.js';

export type Severity = 'error' | 'warning' | 'notice';

/** Where a rule comes from: a public document (see rules/offline/sources.ts). */
export interface RuleSource {
  /** An https URL, e.g. "https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning". */
  document: string;
  /** A short quote or pointer inside the document. */
  detail?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Spec path in the spec's dotted notation, e.g. "aksClusters[0].dnsServiceIp"; "" for the whole file. */
  path: string;
  /** 1-based; filled from the parsed document's source map (nearest existing ancestor when the key is absent). */
  line: number;
  column: number;
  /** What to change, when the rule can say. */
  hint?: string;
}

/** A finding before its position is resolved: rules only know paths. */
export type RawFinding = Omit<Finding, 'line' | 'column' | 'ruleId' | 'severity'> & {
  severity?: Severity;
};

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
