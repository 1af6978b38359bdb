// What a rule reports. Shared by spec/ (parse and schema findings), rules/ (offline and live rules), plan/ and
// render/: it lives here so that none of them has to import another for the type.

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Spec path in the documented notation (docs/spec-reference.md), e.g. "aksClusters[0].dnsServiceIp"; "" for the whole file. */
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

export interface SourcePosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/** Maps a spec path ("aksClusters[0].subnet") to its line/column (nearest existing ancestor). */
export type SourcePositionResolver = (path: string) => SourcePosition;
