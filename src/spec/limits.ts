// Limits on what the validator accepts, so that hostile or broken input gives a finding, not a hang or a crash.

/** Largest spec read. A spec with 5,000 subnets and 500 clusters is ~0.7 MiB; 4 MiB leaves room and stays fast. */
export const MAX_SPEC_BYTES = 4 * 1024 * 1024;

/** Deepest nesting of collections. A real spec nests 6 levels (network.securityGroup.rules[i].sourcePortRanges[j]). */
export const MAX_DEPTH = 64;

/**
 * Widest leading run of indentation and block indicators (`- `, `? `) on one line. Block nesting needs at least
 * one column per level, so this bounds the block depth the YAML parser sees before it recurses.
 */
export const MAX_INDENT = 1000;

/** Alias expansions allowed when converting the document (the yaml package's guard against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/**
 * Schema findings (and, separately, duplicate-key findings) listed per run. A broken or hostile file can fail
 * hundreds of thousands of times (every key unknown or repeated); past this many, one finding gives the count.
 */
export const MAX_LISTED_FINDINGS = 1000;
