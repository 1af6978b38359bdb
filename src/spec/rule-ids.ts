// Stable rule ids of the findings the spec reader and the schema produce (ids are stable).

export const SpecRuleId = {
  /** The file could not be read (missing, a directory, no permission). */
  unreadable: 'SPEC-UNREADABLE',
  /** Larger than MAX_SPEC_BYTES. */
  tooLarge: 'SPEC-TOO-LARGE',
  /** NUL bytes or invalid UTF-8: not a text file. */
  encoding: 'SPEC-ENCODING',
  /** Malformed YAML (and YAML warnings such as unknown tags). */
  yaml: 'SPEC-YAML',
  /** The same key twice in one mapping. */
  duplicateKey: 'SPEC-DUPLICATE-KEY',
  /** Collections nested deeper than MAX_DEPTH. */
  nesting: 'SPEC-NESTING',
  /** Too many alias expansions (an anchors/aliases bomb). */
  alias: 'SPEC-ALIAS',
  /** No content at all. */
  empty: 'SPEC-EMPTY',
  unknownKey: 'SPEC-UNKNOWN-KEY',
  type: 'SPEC-TYPE',
  enum: 'SPEC-ENUM',
  required: 'SPEC-REQUIRED',
  range: 'SPEC-RANGE',
  pattern: 'SPEC-PATTERN',
  version: 'SPEC-VERSION',
  /** More schema or duplicate-key findings than MAX_LISTED_FINDINGS: the rest are counted, not listed. */
  truncated: 'SPEC-TOO-MANY-ERRORS',
  /** A schema keyword without a dedicated mapping (should not happen; kept so nothing is ever dropped). */
  schema: 'SPEC-SCHEMA',
  /** policy.severity tries to lower a rule whose default is error (it mirrors what Azure rejects). */
  policyNotLowerable: 'SPEC-POLICY-NOT-LOWERABLE',
  /** policy.severity names a rule id amlnet does not have. */
  policyUnknownRule: 'SPEC-POLICY-UNKNOWN-RULE',
  /** An offline rule threw: a bug in amlnet, reported instead of crashing. */
  internal: 'AMLNET-INTERNAL-ERROR',
} as const;

/** Findings after which the file is "unreadable or unparseable" (exit code 2): nothing else could be checked. */
export const FATAL_RULE_IDS: ReadonlySet<string> = new Set([
  SpecRuleId.unreadable,
  SpecRuleId.tooLarge,
  SpecRuleId.encoding,
  SpecRuleId.yaml,
  SpecRuleId.nesting,
  SpecRuleId.alias,
  SpecRuleId.empty,
]);
