// Reads spec text into a plain value plus a source map, turning every problem into a positioned finding.
// Order matters: prescan (size, NUL, nesting) before the parser; a depth check on the tree before anything
// recurses over it; alias expansion capped while converting to plain values.
import {
  CST,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  Parser,
  type Document,
  type Node,
} from 'yaml';
import type { Finding } from '../findings/finding.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_LISTED_FINDINGS } from './limits.js';
import { prescan } from './prescan.js';
import { printable } from './printable.js';
import { SpecRuleId } from './rule-ids.js';
import { SpecSourceMap } from './source-map.js';
import type { SourcePosition } from './types.js';
import { errorMessage } from '../util/errors.js';

export interface ParsedSpec {
  /** The plain value (JSON-like); undefined when the text could not be read as one YAML document. */
  value?: unknown;
  sourceMap: SpecSourceMap;
  /** Problems found while reading (YAML errors and warnings, duplicate keys, limits). */
  findings: Finding[];
}

interface YamlIssue {
  code: string;
  message: string;
  pos: [number, number];
}

function at(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The yaml package's messages may carry " at line X, column Y" and a code excerpt; keep the first sentence. */
function cleanMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const sentence = first.replace(/ at line \d+, column \d+:?$/, '').trim();
  // The parser quotes the text it choked on; the file may not be a spec at all: a short, masked excerpt only.
  return printable(
    sentence.replace(/"([^"]*)"/g, (_m, quoted: string) => `"${printable(quoted, 24)}"`),
    160,
  );
}

/**
 * What the common layout mistakes mean in plain words, and what to change: the yaml package's own messages
 * ("Implicit keys need to be on a single line") name the grammar, not the fix. Keyed by the parser's error code
 * (https://eemeli.org/yaml/#errors); a message filter picks one meaning of a code that has several.
 */
/** The parser's message for a quoted value that never ends. */
const CLOSING_QUOTE = /closing .*quote/;

const PLAIN: readonly { code: string; match?: RegExp; message: string; hint: string }[] = [
  {
    code: 'TAB_AS_INDENT',
    message: 'a tab is used for indentation; YAML indents with spaces only',
    hint: 'replace the tab(s) at the start of this line with spaces (2 per level, as in the examples)',
  },
  {
    code: 'BAD_INDENT',
    message: 'this line is indented differently from the keys above it at the same level',
    hint: 'start every key of one mapping at the same column: count the spaces at the start of this line and the one above',
  },
  {
    code: 'MULTILINE_IMPLICIT_KEY',
    message:
      'a key runs over more than one line: a line is indented deeper than the key above it, or a colon lacks its space',
    hint: 'indent this line like its neighbours, and write each entry as "key: value" with a space after the colon',
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    message:
      'a nested mapping or list starts where a value was expected (a line indented too deep, or "a: b: c" on one line)',
    hint: 'put nested keys on their own lines, indented 2 spaces under their parent; quote a value that holds ": "',
  },
  {
    code: 'MISSING_CHAR',
    match: /followed by map values/,
    message: 'this line has a key without a colon: every entry is written "key: value"',
    hint: 'add ": " after the key, or indent the line under the entry it belongs to',
  },
  {
    code: 'MISSING_CHAR',
    match: CLOSING_QUOTE,
    message: 'this quoted value is never closed: the parser reads on past the end of its line',
    hint: 'add the closing quote at the end of the value, or remove the opening one',
  },
];

/** Whether a quoted scalar's source (opening quote included) ends with its closing quote. */
function quoteCloses(source: string): boolean {
  const quote = source[0];
  const body = source.slice(1);
  if (quote === '"') {
    const m = /(\\*)"$/.exec(body);
    return m !== null && m[1].length % 2 === 0; // an even run of backslashes leaves the quote unescaped
  }
  const run = /'+$/.exec(body)?.[0].length ?? 0;
  return run % 2 === 1; // '' is an escaped quote inside single quotes
}

/**
 * Where the quoted value behind a "missing closing quote" error opens: the parser reports where it gave up (often
 * the end of the file), but the mistake is the opening quote. The last quoted scalar at or before `before` that is
 * unclosed or runs over a line break (legal YAML, never meant in a spec); undefined when there is none.
 */
function openingQuoteOffset(text: string, before: number): number | undefined {
  let found: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value]) {
        if (t === null || t === undefined || (t.type !== 'double-quoted-scalar' && t.type !== 'single-quoted-scalar'))
          continue;
        const suspect = t.source.includes('\n') || !quoteCloses(t.source);
        if (suspect && t.offset <= before && (found === undefined || t.offset > found)) found = t.offset;
      }
    });
  }
  return found;
}

function yamlFinding(issue: YamlIssue, severity: 'error' | 'warning', lineCounter: LineCounter, text: string): Finding {
  const opening = CLOSING_QUOTE.test(issue.message) ? openingQuoteOffset(text, issue.pos[0]) : undefined;
  const pos = at(lineCounter, opening ?? issue.pos[0]);
  const plain = PLAIN.find((p) => p.code === issue.code && (p.match === undefined || p.match.test(issue.message)));
  return {
    ruleId: SpecRuleId.yaml,
    severity,
    message: `invalid YAML: ${plain?.message ?? cleanMessage(issue.message)} (${issue.code})`,
    path: '',
    ...pos,
    ...(plain === undefined ? {} : { hint: plain.hint }),
  };
}

/** One finding per line and message: the parser often reports one layout mistake twice. */
function oncePerLine(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.line}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface TreeFacts {
  /** The first collection nested deeper than MAX_DEPTH. */
  tooDeep?: Node;
  /** The first alias in the source. */
  firstAlias?: Node;
  /** Keys that repeat an earlier key of the same mapping. */
  duplicateKeys: Node[];
}

/**
 * One pass over the node tree, without recursion: its depth, its first alias, and duplicate keys. Duplicate keys
 * are found here with a set per mapping because the yaml package's own check (uniqueKeys) compares every key with
 * every other: 40,000 keys in one mapping take ~17 s there.
 */
function inspectTree(root: Node | null): TreeFacts {
  const facts: TreeFacts = { duplicateKeys: [] };
  if (root === null) return facts;
  const stack: Array<[Node, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (isAlias(node)) {
      if (facts.firstAlias === undefined || (node.range?.[0] ?? 0) < (facts.firstAlias.range?.[0] ?? 0)) {
        facts.firstAlias = node;
      }
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) return { ...facts, tooDeep: node };
    const seen = isMap(node) ? new Set<string>() : undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        if (seen !== undefined && isScalar(item.key)) {
          const key = String(item.key.value);
          if (seen.has(key)) facts.duplicateKeys.push(item.key);
          else seen.add(key);
        }
        if (item.key !== null && typeof item.key === 'object') stack.push([item.key as Node, depth + 1]);
        if (item.value !== null && typeof item.value === 'object') stack.push([item.value as Node, depth + 1]);
      } else if (item !== null && typeof item === 'object') {
        stack.push([item as Node, depth + 1]);
      }
    }
  }
  return facts;
}

function duplicateKeyFinding(key: Node, lineCounter: LineCounter, text: string): Finding {
  const [start, end] = key.range ?? [0, 0];
  const shown = printable(text.slice(start, Math.min(end, start + 200)));
  return {
    ruleId: SpecRuleId.duplicateKey,
    severity: 'error',
    message: `duplicate key '${shown}': it already appears in the same mapping`,
    path: '',
    ...at(lineCounter, start),
    hint: 'keep one entry per key; YAML does not merge them',
  };
}

export function parseSpecText(text: string): ParsedSpec {
  const lineCounter = new LineCounter();
  const unparsed = (findings: Finding[], doc?: Document): ParsedSpec => ({
    sourceMap: new SpecSourceMap(doc, lineCounter),
    findings,
  });

  const early = prescan(text);
  if (early !== undefined) return unparsed([early]);

  // (A leading byte order mark is handled by the yaml lexer.)
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false, // checked in inspectTree, in linear time
    version: '1.2',
    merge: false,
    keepSourceTokens: false,
  });
  const issues = oncePerLine([
    ...doc.errors.map((e) => yamlFinding(e, 'error', lineCounter, text)),
    ...doc.warnings.map((w) => yamlFinding(w, 'warning', lineCounter, text)),
  ]);
  // Junk text can raise an error per token: list the first ones, count the rest.
  const findings: Finding[] = issues.slice(0, MAX_LISTED_FINDINGS);
  if (issues.length > MAX_LISTED_FINDINGS) {
    const { line, column } = issues[MAX_LISTED_FINDINGS];
    findings.push({
      ruleId: SpecRuleId.yaml,
      severity: 'error',
      message: `${issues.length - MAX_LISTED_FINDINGS} more YAML problems not listed (${issues.length} in all)`,
      path: '',
      line,
      column,
    });
  }
  if (findings.some((f) => f.ruleId === SpecRuleId.yaml && f.severity === 'error')) return unparsed(findings, doc);

  const root = (doc.contents as Node | null) ?? null;
  const { tooDeep, firstAlias, duplicateKeys } = inspectTree(root);
  if (tooDeep !== undefined) {
    const pos = tooDeep.range ? at(lineCounter, tooDeep.range[0]) : { line: 1, column: 1 };
    findings.push({
      ruleId: SpecRuleId.nesting,
      severity: 'error',
      message: `collections are nested more than ${MAX_DEPTH} levels deep`,
      path: '',
      ...pos,
      hint: 'a spec nests only a few levels; check for a generated or corrupted file',
    });
    return unparsed(findings, doc);
  }
  // (a loop, not push(...spread): a spread of 100,000 arguments overflows the stack)
  for (const key of duplicateKeys.slice(0, MAX_LISTED_FINDINGS))
    findings.push(duplicateKeyFinding(key, lineCounter, text));
  if (duplicateKeys.length > MAX_LISTED_FINDINGS) {
    const next = duplicateKeys[MAX_LISTED_FINDINGS].range?.[0] ?? 0;
    findings.push({
      ruleId: SpecRuleId.truncated,
      severity: 'error',
      message: `${duplicateKeys.length - MAX_LISTED_FINDINGS} more duplicate keys not listed (${duplicateKeys.length} in all)`,
      path: '',
      ...at(lineCounter, next),
      hint: 'fix the duplicate keys above and validate again',
    });
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // The yaml package throws a ReferenceError for excessive alias expansion (and for an unknown alias).
    const pos = firstAlias?.range ? at(lineCounter, firstAlias.range[0]) : { line: 1, column: 1 };
    findings.push({
      ruleId: SpecRuleId.alias,
      severity: 'error',
      message: `YAML aliases expand too much or cannot be resolved: ${errorMessage(err)}`,
      path: '',
      ...pos,
      hint: `write the values out; at most ${MAX_ALIAS_COUNT} alias expansions are allowed`,
    });
    return unparsed(findings, doc);
  }

  if (value === null || value === undefined) {
    findings.push({
      ruleId: SpecRuleId.empty,
      severity: 'error',
      message: 'the spec is empty',
      path: '',
      line: 1,
      column: 1,
      hint: 'start from one of the examples/ (version: 1, subscriptionId, location, workspace, network)',
    });
    return unparsed(findings, doc);
  }
  return { value, sourceMap: new SpecSourceMap(doc, lineCounter), findings };
}
