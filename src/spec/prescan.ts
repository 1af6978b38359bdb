// Checks on the raw text that must happen BEFORE the YAML parser runs: the parser's time and stack grow with
// nesting (100,000 nested `[` take ~0.7 s and overflow the stack), so excessive nesting is refused here, in one
// linear pass that does not recurse.
import type { Finding } from '../findings/finding.js';
import { MAX_DEPTH, MAX_INDENT, MAX_SPEC_BYTES } from './limits.js';
import { SpecRuleId } from './rule-ids.js';

function finding(ruleId: string, message: string, line: number, column: number, hint?: string): Finding {
  return { ruleId, severity: 'error', message, path: '', line, column, ...(hint === undefined ? {} : { hint }) };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}

export function tooLargeFinding(bytes: number): Finding {
  return finding(
    SpecRuleId.tooLarge,
    `the spec is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_SPEC_BYTES)}`,
    1,
    1,
    'split the environment into several spec files',
  );
}

/** 1-based line and column of a UTF-16 offset (used only on the error path, so a scan is fine). */
export function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Size, NUL bytes and nesting. Returns the first problem found, or undefined. */
export function prescan(text: string): Finding | undefined {
  // UTF-16 length is a lower bound of the UTF-8 size, so only compute the byte length when it can matter.
  if (text.length > MAX_SPEC_BYTES / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SPEC_BYTES) return tooLargeFinding(bytes);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = positionOfOffset(text, nul);
    return finding(
      SpecRuleId.encoding,
      'the spec contains a NUL byte: it is a binary file, not YAML text',
      line,
      column,
      'save the spec as UTF-8 text',
    );
  }
  return scanNesting(text);
}

/** Characters after which a block-context value (and so a flow collection or a quoted scalar) may start. */
const BLOCK_VALUE_START = new Set(['\n', ':', '-', '?']);

/**
 * Approximates YAML's nesting without parsing: flow collections (`[`, `{`) that open where a value may start,
 * outside quotes and comments; and the leading run of indentation and block indicators on each line.
 * It may over-count in odd corners, but only past limits no real spec comes near.
 */
export function scanNesting(text: string): Finding | undefined {
  let flowDepth = 0;
  let quote: '' | "'" | '"' = '';
  let inComment = false;
  let prev = '\n'; // last significant (non-blank) character; '\n' at the start of a line
  let line = 1;
  let lineStart = 0;
  let leading = true; // still in the line's leading run of blanks and indicators
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const ch = text[i];
    if (ch === '\n') {
      line += 1;
      lineStart = i + 1;
      inComment = false;
      leading = quote === '' && flowDepth === 0;
      if (quote === '') prev = '\n';
      continue;
    }
    if (leading) {
      const next = text[i + 1];
      const indicator = (ch === '-' || ch === '?') && (next === ' ' || next === '\n' || next === undefined);
      if (ch === ' ' || ch === '\t' || indicator) {
        if (i - lineStart + 1 > MAX_INDENT) {
          return finding(
            SpecRuleId.nesting,
            `line ${line} is indented or nested more than ${MAX_INDENT} columns deep`,
            line,
            MAX_INDENT + 1,
            'a spec nests only a few levels; check for a generated or corrupted file',
          );
        }
        if (indicator) prev = ch;
        continue;
      }
      leading = false;
    }
    if (inComment) continue;
    if (quote !== '') {
      if (quote === '"' && ch === '\\') i += 1;
      else if (ch === quote) {
        if (quote === "'" && text[i + 1] === "'") i += 1;
        else {
          quote = '';
          prev = ch;
        }
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (ch === '#' && (prev === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      inComment = true;
      continue;
    }
    // In flow context a scalar starts after an indicator; in block context only where a value may start.
    const valueStart =
      flowDepth > 0 ? prev === '[' || prev === '{' || prev === ',' || prev === ':' : BLOCK_VALUE_START.has(prev);
    if ((ch === '"' || ch === "'") && valueStart) {
      quote = ch;
      continue;
    }
    // Plain scalars in flow context cannot contain `[`/`{`, so every one there opens a collection.
    if ((ch === '[' || ch === '{') && (flowDepth > 0 || valueStart)) {
      flowDepth += 1;
      if (flowDepth > MAX_DEPTH) {
        return finding(
          SpecRuleId.nesting,
          `collections are nested more than ${MAX_DEPTH} levels deep`,
          line,
          i - lineStart + 1,
          'a spec nests only a few levels; check for a generated or corrupted file',
        );
      }
      prev = ch;
      continue;
    }
    if ((ch === ']' || ch === '}') && flowDepth > 0) {
      flowDepth -= 1;
      prev = ch;
      continue;
    }
    // Indicators matter only where they are indicators; anything else is scalar content.
    prev = ch === ':' || (ch === ',' && flowDepth > 0) ? ch : 'x';
  }
  return undefined;
}
