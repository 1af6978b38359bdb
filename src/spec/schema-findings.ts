// Runs the JSON Schema (precompiled, see schema/generate-validator.mjs) and turns ajv's errors into findings
// whose messages name the key, the bad value and what is allowed.
import type { ErrorObject } from 'ajv';
import type { Finding } from '../findings/finding.js';
import { describeLocation, formatPath, type PathSegment } from './path.js';
import { MAX_LISTED_FINDINGS } from './limits.js';
import { printable } from './printable.js';
import { SpecRuleId } from './rule-ids.js';
import validateSchema from './schema-validator.generated.js';
import type { SpecSourceMap } from './source-map.js';
import type { Spec } from './types.js';
import { closestMatch } from './suggest.js';
import { isRecord } from '../util/records.js';

export interface SchemaResult {
  /** Set when the value satisfies the schema. */
  spec?: Spec;
  findings: Finding[];
}

type SchemaNode = Record<string, unknown>;

function asRecord(value: unknown): SchemaNode | undefined {
  return isRecord(value) ? value : undefined;
}

/** JSON Pointer (ajv's instancePath) to segments; array indexes become numbers by looking at the data. */
function pointerToSegments(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(token);
      segments.push(index);
      current = current[index];
    } else {
      segments.push(token);
      current = asRecord(current)?.[token];
    }
  }
  return segments;
}

/** A value as it appears in a message: strings quoted and shortened, collections named. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${printable(value)}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function describeKind(value: unknown): string {
  if (typeof value === 'string') return `the string ${describeValue(value)}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return describeValue(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function typeWords(type: unknown): string {
  const types = (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[String(t)] ?? String(t));
  return types.join(' or ');
}

function allowedList(values: readonly unknown[]): string {
  return values.map((v) => (v === null ? 'null' : typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}

function description(schema: unknown): string | undefined {
  const d = asRecord(schema)?.description;
  return typeof d === 'string' ? d : undefined;
}

function withHint(finding: Omit<Finding, 'hint'>, hint: string | undefined): Finding {
  return hint === undefined ? finding : { ...finding, hint };
}

function mapError(err: ErrorObject, root: unknown, sourceMap: SpecSourceMap): Finding {
  const segments = pointerToSegments(err.instancePath, root);
  const path = formatPath(segments);
  const where = describeLocation(segments);
  const at = sourceMap.valuePosition(segments);
  const parent = asRecord(err.parentSchema);
  const data: unknown = err.data;
  const base = { severity: 'error' as const, path, ...at };

  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const shown = printable(key);
      const keySegments = [...segments, key];
      const allowed = Object.keys(asRecord(parent?.properties) ?? {});
      const guess = closestMatch(key, allowed);
      return withHint(
        {
          ...base,
          ruleId: SpecRuleId.unknownKey,
          path: formatPath(keySegments),
          ...sourceMap.keyPosition(keySegments),
          message:
            `unknown key '${shown}' in ${printable(where, 200)}` +
            (guess !== undefined ? `; did you mean '${guess}'?` : `; allowed keys: ${allowed.join(', ')}`),
        },
        guess !== undefined ? `rename '${shown}' to '${guess}'` : 'remove the key (unknown keys are errors)',
      );
    }
    case 'required': {
      const key = String((err.params as { missingProperty: string }).missingProperty);
      const property = asRecord(parent?.properties)?.[key];
      const isVersion = segments.length === 0 && key === 'version';
      return withHint(
        {
          ...base,
          ruleId: isVersion ? SpecRuleId.version : SpecRuleId.required,
          path: formatPath([...segments, key]),
          message: isVersion
            ? "missing key 'version'; this amlnet reads specs with version: 1"
            : `missing required key '${key}' in ${where}`,
        },
        isVersion ? 'add version: 1 at the top of the file' : description(property),
      );
    }
    case 'const':
      // The only const in the schema is the format version.
      return {
        ...base,
        ruleId: SpecRuleId.version,
        message: `version is ${describeValue(data)}; this amlnet reads specs with version: 1`,
        hint: 'set version: 1 (a newer amlnet may read newer versions)',
      };
    case 'type': {
      const expected = typeWords((err.params as { type: unknown }).type);
      const quotedNumber = typeof data === 'string' && /^-?[0-9]+$/.test(data) && /integer|number/.test(expected);
      const hint =
        segments.length === 0
          ? 'a spec is a YAML mapping of keys such as version, subscriptionId, location, workspace, network'
          : quotedNumber
            ? `write ${data} without quotes`
            : description(err.parentSchema);
      return withHint(
        {
          ...base,
          ruleId: SpecRuleId.type,
          message:
            segments.length === 0
              ? `the spec must be ${expected} at the top level, got ${describeKind(data)}`
              : `${path} must be ${expected}, got ${describeKind(data)}`,
        },
        hint,
      );
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues;
      const guess =
        typeof data === 'string'
          ? closestMatch(
              data,
              allowed.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      return withHint(
        {
          ...base,
          ruleId: SpecRuleId.enum,
          message:
            `${path} is ${describeValue(data)}; allowed: ${allowedList(allowed)}` +
            (guess !== undefined ? `; did you mean '${guess}'?` : ''),
        },
        description(err.parentSchema),
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const min = parent?.minimum;
      const max = parent?.maximum;
      const range =
        typeof min === 'number' && typeof max === 'number'
          ? `${min}..${max}`
          : typeof min === 'number'
            ? `at least ${min}`
            : `at most ${String(max)}`;
      return withHint(
        { ...base, ruleId: SpecRuleId.range, message: `${path} is ${describeValue(data)}; allowed: ${range}` },
        description(err.parentSchema),
      );
    }
    case 'minLength':
    case 'maxLength': {
      const min = parent?.minLength;
      const max = parent?.maxLength;
      const length = typeof data === 'string' ? [...data].length : 0;
      const range =
        typeof min === 'number' && typeof max === 'number'
          ? `${min}..${max}`
          : typeof min === 'number'
            ? `at least ${min}`
            : `at most ${String(max)}`;
      return withHint(
        {
          ...base,
          ruleId: SpecRuleId.range,
          message: `${path} ${describeValue(data)} has ${length} character${length === 1 ? '' : 's'}; allowed: ${range}`,
        },
        description(err.parentSchema),
      );
    }
    case 'minItems':
    case 'maxItems': {
      const count = Array.isArray(data) ? data.length : 0;
      const min = parent?.minItems;
      const message =
        err.keyword === 'minItems'
          ? `${path} has ${count} item${count === 1 ? '' : 's'}; at least ${String(min)} required`
          : `${path} has ${count} items; at most ${String(parent?.maxItems)} allowed`;
      return withHint({ ...base, ruleId: SpecRuleId.range, message }, description(err.parentSchema));
    }
    case 'pattern': {
      const what = description(err.parentSchema);
      return withHint(
        {
          ...base,
          ruleId: SpecRuleId.pattern,
          message: `${path} ${describeValue(data)} is not of the expected form${what !== undefined ? `: ${what}` : ''}`,
        },
        // Examples say what the form is better than the regular expression does.
        Array.isArray(parent?.examples) && parent.examples.length > 0
          ? `for example ${parent.examples.map((e) => JSON.stringify(e)).join(', ')}`
          : `expected to match ${String((err.params as { pattern: string }).pattern)}`,
      );
    }
    default:
      return { ...base, ruleId: SpecRuleId.schema, message: `${where} ${err.message ?? 'is invalid'}` };
  }
}

/** Validates a parsed value against the spec schema. */
export function checkSchema(value: unknown, sourceMap: SpecSourceMap): SchemaResult {
  // A different format version: the rest of the file may mean something else, so report only that.
  const version = asRecord(value)?.version;
  if (asRecord(value) !== undefined && version !== undefined && version !== 1) {
    return {
      findings: [
        {
          ruleId: SpecRuleId.version,
          severity: 'error',
          message: `version is ${describeValue(version)}; this amlnet reads specs with version: 1`,
          path: 'version',
          ...sourceMap.valuePosition(['version']),
          hint:
            typeof version === 'string' && version.trim() === '1'
              ? 'write version: 1 as a number, without quotes'
              : 'set version: 1 (a newer amlnet may read newer versions)',
        },
      ],
    };
  }
  if (validateSchema(value)) return { spec: value as Spec, findings: [] };
  const errors = validateSchema.errors ?? [];
  // A value of the wrong type also fails its enum/pattern/range checks: report only the type. A string of the
  // wrong length usually fails its pattern too: the length is the clearer message.
  const pathsWith = (keywords: string[]): Set<string> =>
    new Set(errors.filter((e) => keywords.includes(e.keyword)).map((e) => e.instancePath));
  const typePaths = pathsWith(['type']);
  const lengthPaths = pathsWith(['minLength', 'maxLength']);
  const relevant = errors
    .filter((e) => e.keyword === 'type' || !typePaths.has(e.instancePath))
    .filter((e) => e.keyword !== 'pattern' || !lengthPaths.has(e.instancePath));
  const findings = relevant.slice(0, MAX_LISTED_FINDINGS).map((e) => mapError(e, value, sourceMap));
  if (relevant.length > MAX_LISTED_FINDINGS) {
    // Placed where the first unlisted finding would have been.
    const { path, line, column } = mapError(relevant[MAX_LISTED_FINDINGS], value, sourceMap);
    findings.push({
      ruleId: SpecRuleId.truncated,
      severity: 'error',
      message: `${relevant.length - MAX_LISTED_FINDINGS} more schema errors not listed (${relevant.length} in all)`,
      path,
      line,
      column,
      hint: 'fix the errors above and validate again',
    });
  }
  return { findings };
}
