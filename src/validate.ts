// The offline validation pipeline: parse -> schema -> (only when schema-valid) offline rules -> positions -> sort.
// validateSpecText is pure; validateSpecFile adds the file reading and its failure modes.
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { Finding, OfflineContext, RawFinding, Rule } from './rules/types.js';
import { offlineRules } from './rules/index.js';
import { byPosition } from './findings/order.js';
import { MAX_SPEC_BYTES } from './spec/limits.js';
import { parseSpecText } from './spec/parse.js';
import { positionOfOffset, tooLargeFinding } from './spec/prescan.js';
import { FATAL_RULE_IDS, SpecRuleId } from './spec/rule-ids.js';
import { checkSchema } from './spec/schema-findings.js';
import type { SpecSourceMap } from './spec/source-map.js';
import type { Spec } from './spec/types.js';
import { errorMessage } from './util/errors.js';
import { applySeverityPolicy, policyFindings } from './spec/policy.js';
import { KNOWN_RULES } from './rules/known.js';
import { normaliseRegions } from './spec/region-forms.js';

export interface ValidateResult {
  /** The file name the findings refer to (for rendering). */
  file: string;
  /** Sorted by line, column, then rule id. */
  findings: Finding[];
  /** The spec when it was read cleanly and satisfies the schema (rule findings may still be errors: check `valid`). */
  spec?: Spec;
  /** False exactly when an error finding exists. */
  valid: boolean;
  /** True when the file could not be read or parsed at all (CLI exit code 2). */
  unparseable: boolean;
  /**
   * Positions of spec paths in the text that was validated (absent when the file could not be read): lets later
   * stages (live rules at plan time) place their findings without parsing the file again.
   */
  sourceMap?: SpecSourceMap;
}

export interface ValidateOptions {
  /** The offline rules to run; the registry by default. */
  rules?: readonly Rule<OfflineContext>[];
  /**
   * The folder the spec must stay in (GITHUB_WORKSPACE in the action, the current directory in the CLI): a spec
   * whose real path leaves it is refused before it is read. Absent: no containment check (library use).
   */
  root?: string;
}

function result(file: string, findings: Finding[], spec?: Spec, sourceMap?: SpecSourceMap): ValidateResult {
  findings.sort(byPosition);
  return {
    file,
    findings,
    ...(spec === undefined ? {} : { spec }),
    ...(sourceMap === undefined ? {} : { sourceMap }),
    valid: !findings.some((f) => f.severity === 'error'),
    unparseable: findings.some((f) => f.severity === 'error' && FATAL_RULE_IDS.has(f.ruleId)),
  };
}

/** Runs each rule in isolation: a rule that throws becomes one internal-error finding naming it. */
function runRules(spec: Spec, rules: readonly Rule<OfflineContext>[], sourceMap: SpecSourceMap): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let raw: RawFinding[];
    try {
      raw = rule.check({ spec });
      if (!Array.isArray(raw)) throw new Error(`returned ${typeof raw}, not a list of findings`);
    } catch (err) {
      findings.push({
        ruleId: SpecRuleId.internal,
        severity: 'error',
        message: `rule ${rule.id} failed: ${errorMessage(err)}`,
        path: '',
        line: 1,
        column: 1,
        hint: 'this is a bug in amlnet; please report it with the spec',
      });
      continue;
    }
    for (const f of raw) {
      const path = typeof f.path === 'string' ? f.path : '';
      findings.push({
        ...f,
        path,
        ruleId: rule.id,
        severity: f.severity ?? rule.severity,
        ...sourceMap.valuePosition(path),
      });
    }
  }
  return findings;
}

/** Validates spec text. Pure: no I/O. */
export function validateSpecText(text: string, file: string, options: ValidateOptions = {}): ValidateResult {
  const parsed = parseSpecText(text);
  if (parsed.value === undefined) return result(file, parsed.findings, undefined, parsed.sourceMap);
  const schema = checkSchema(parsed.value, parsed.sourceMap);
  const findings = [...parsed.findings, ...schema.findings];
  // Rules assume the schema's shapes, and a duplicate key makes the value ambiguous: stop before the rules then.
  if (schema.spec === undefined || findings.some((f) => f.severity === 'error')) {
    return result(file, findings, undefined, parsed.sourceMap);
  }
  // Regions in any form Azure accepts (East US 2, EastUS2) are read as the name (eastus2) from here on.
  const spec = normaliseRegions(schema.spec);
  // concat, not push(...spread): a spread of 100,000 arguments overflows the stack.
  const ruled = findings.concat(runRules(spec, options.rules ?? offlineRules, parsed.sourceMap));
  // policy.severity: its own findings point at the entry's key; then the overrides apply to every finding.
  const policy: Finding[] = policyFindings(spec, KNOWN_RULES).map((f) => ({
    ...f,
    severity: f.severity ?? 'error',
    ...parsed.sourceMap.keyPosition(f.path),
  }));
  const all = applySeverityPolicy(ruled, spec, KNOWN_RULES).concat(policy);
  return result(file, all, spec, parsed.sourceMap);
}

function unreadable(file: string, reason: string): ValidateResult {
  return result(file, [
    {
      ruleId: SpecRuleId.unreadable,
      severity: 'error',
      message: `cannot read ${file}: ${reason}`,
      path: '',
      line: 1,
      column: 1,
      hint: 'pass the spec with --spec FILE (default amlnet.yml)',
    },
  ]);
}

function errnoReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return errorMessage(err);
  }
}

/**
 * Why the file at `path` must not be read, or undefined. A spec committed as a symbolic link could point at a
 * runner file (a git config holding the checkout token) whose text error messages would then quote into the
 * pull request: a symlink is refused, and so is any path whose real location leaves `root`.
 */
async function outOfBounds(path: string, root: string | undefined): Promise<string | undefined> {
  let link: boolean;
  try {
    link = (await lstat(path)).isSymbolicLink();
  } catch {
    return undefined; // missing or unreadable: the read below says so
  }
  if (link) return 'it is a symbolic link; amlnet reads only regular files (commit the spec itself)';
  if (root === undefined) return undefined;
  try {
    const [real, base] = await Promise.all([realpath(path), realpath(resolve(root))]);
    const rel = relative(base, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      return 'its real path is outside the workspace (a parent folder is a symbolic link, or the path leaves it)';
    }
  } catch (err) {
    return errnoReason(err);
  }
  return undefined;
}

/** The folder a spec must stay in: the Actions workspace when there is one, else the current directory. */
export function specRoot(env: NodeJS.ProcessEnv): string {
  return env['GITHUB_WORKSPACE'] || process.cwd();
}

/** Reads and validates a spec file; never throws for a bad or missing file. */
export async function validateSpecFile(path: string, options: ValidateOptions = {}): Promise<ValidateResult> {
  const refused = await outOfBounds(path, options.root);
  if (refused !== undefined) return unreadable(path, refused);
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return unreadable(path, 'it is not a regular file');
      // Refuse before reading: a 10 MB file is never loaded into memory.
      if (stats.size > MAX_SPEC_BYTES) return result(path, [tooLargeFinding(stats.size)]);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return unreadable(path, errnoReason(err));
  }
  if (bytes.length > MAX_SPEC_BYTES) return result(path, [tooLargeFinding(bytes.length)]);
  if (!isUtf8(bytes)) {
    // Point at the first undecodable byte: decoded leniently, it is the first replacement character.
    const lenient = bytes.toString('utf8');
    const bad = lenient.indexOf('\uFFFD');
    const { line, column } = positionOfOffset(lenient, bad < 0 ? 0 : bad);
    return result(path, [
      {
        ruleId: SpecRuleId.encoding,
        severity: 'error',
        message: 'the spec is not valid UTF-8 text (a binary file or another encoding)',
        path: '',
        line,
        column,
        hint: 'save the spec as UTF-8',
      },
    ]);
  }
  return validateSpecText(bytes.toString('utf8'), path, options);
}
