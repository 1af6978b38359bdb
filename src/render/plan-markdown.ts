// The plan as Markdown: the pull-request comment (README.md, "The pull-request comment") and the job summary. Pure.
// The comment stays under GitHub's 65,536-character limit by cutting DETAIL (findings rows, change
// blocks), never the marker, the summary table, the commit or the plan hash.
import type { Change, Plan } from '../plan/model.js';
import type { Finding } from '../findings/finding.js';
import { countActions } from '../plan/build.js';
import { writeDigests } from '../plan/resume.js';
import { codeBlock, commentSafe, details, escapeMarkdown, inlineCode, oneLine, table } from './markdown.js';
import { NO_CHANGES, propertyLines, SYMBOL, VERB } from './plan-format.js';
import { RULES_DOC, ruleUrl } from './rule-link.js';
import { networkPicture, pictureLegend } from './network-picture.js';
import type { Spec } from '../spec/types.js';

export const COMMENT_LIMIT = 65_536;
/** Room kept below the limit (GitHub's count may differ slightly from UTF-16 length). */
const COMMENT_BUDGET = 65_000;

export interface MarkdownOptions {
  specPath: string;
  /** The commit the plan was computed for. */
  commit: string;
  runUrl?: string;
  /** The rule catalogue the findings link into (absolute in a comment); docs/rules.md when not given. */
  rulesUrl?: string;
  /** The spec the plan was made from: when given, the comment and the summary show a picture of its network. */
  spec?: Spec;
}

/** A picture longer than this (half the comment limit) is left out, with a one-line note. */
export const PICTURE_LIMIT = COMMENT_LIMIT / 2;
/** The plan folds away (a closed `<details>`) when its code block is longer than this many lines. */
export const PLAN_OPEN_LINES = 25;

/** The network picture section: a Mermaid block and its legend, or a one-line note when it is too large. */
export function pictureSection(spec: Spec, plan: Plan | undefined, limit = PICTURE_LIMIT): string {
  const picture = networkPicture(spec, plan);
  const legend = pictureLegend(picture);
  const section = ['#### Network', '', codeBlock(picture, 'mermaid'), ...(legend === '' ? [] : ['', legend])].join(
    '\n',
  );
  if (section.length <= limit) return section;
  return `#### Network\n\n_The network picture is left out: at ${section.length} characters it would take more than half of the comment._`;
}

export function planCommentMarker(specPath: string): string {
  return `<!-- amlnet:plan spec=${commentSafe(specPath)} -->`;
}

/**
 * The comment's second line, which only amlnet writes: the commit the plan was computed for and its hash.
 * The apply reads the reviewed plan from here and nowhere else (never from the visible `plan-hash:` line,
 * which sits below values from the spec and from Azure).
 */
export function planBindingLine(commit: string, planHash: string, writes: readonly string[] = []): string {
  const digests = writes.filter((d) => /^[0-9a-f]{16}$/.test(d)).join(',');
  return `<!-- amlnet:binding commit=${commentSafe(commit)} plan-hash=${commentSafe(planHash)} writes=${digests} -->`;
}

const BINDING =
  /^<!-- amlnet:binding commit=([0-9a-f]{40}) plan-hash=([0-9a-f]{64}) writes=((?:[0-9a-f]{16})(?:,[0-9a-f]{16})*)? -->$/;

/**
 * The binding of a comment body, read at its fixed position: line 1 is exactly `marker`, line 2 is the
 * binding line. Anything else (a marker or a binding elsewhere in the body) is not amlnet's and yields undefined.
 */
export function readBinding(
  body: string,
  marker: string,
): { commit: string; planHash: string; writes: string[] } | undefined {
  const lines = body.split('\n', 3);
  if (lines[0] !== marker || lines[1] === undefined) return undefined;
  const m = BINDING.exec(lines[1]);
  return m === null ? undefined : { commit: m[1], planHash: m[2], writes: m[3] === undefined ? [] : m[3].split(',') };
}

const SEVERITY_ICON: Record<Finding['severity'], string> = {
  error: '⛔ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

function findingRow(f: Finding, rulesUrl: string): string[] {
  const message = escapeMarkdown(f.message) + (f.hint !== undefined ? `<br>hint: ${escapeMarkdown(f.hint)}` : '');
  const rule = `[${inlineCode(f.ruleId)}](${ruleUrl(rulesUrl, f.ruleId)})`;
  return [SEVERITY_ICON[f.severity], rule, `${inlineCode(f.path || '(file)')} line ${f.line}`, message];
}

function changeBlock(c: Change): string {
  const lines = [`${SYMBOL[c.action]} ${VERB[c.action]} ${c.address} (${c.resourceType})`, `    id: ${c.resourceId}`];
  if (c.action !== 'no-op') lines.push(`    ${c.action === 'refuse' ? 'refused: ' : ''}${c.reason}`);
  for (const p of propertyLines(c)) lines.push(`    ${p.symbol} ${p.key}: ${p.text}`);
  // Each line holds values from the spec or Azure: none may start a new line inside the block.
  return lines.map(oneLine).join('\n');
}

function statusLine(plan: Plan): string {
  const counts = countActions(plan);
  const errors = plan.findings.filter((f) => f.severity === 'error').length;
  if (plan.refused) {
    const why = [
      errors > 0 ? `${errors} error finding(s)` : '',
      counts.refuse > 0 ? `${counts.refuse} change(s) amlnet will not make` : '',
    ].filter((s) => s !== '');
    return `**Plan refused** (${why.join(', ')}): it will not be applied until fixed.`;
  }
  if (!plan.hasChanges) return NO_CHANGES;
  const deletes = counts.delete > 0 ? `, including **${counts.delete} deletion(s)** of NSG rules amlnet owns,` : '';
  return `**${counts.create + counts.update + counts.delete} change(s)**${deletes} will be applied when this is merged.`;
}

interface Sections {
  head: string;
  foot: string;
}

function sections(plan: Plan, o: MarkdownOptions, marker: boolean): Sections {
  const counts = countActions(plan);
  const e = plan.findings.filter((f) => f.severity === 'error').length;
  const w = plan.findings.filter((f) => f.severity === 'warning').length;
  const n = plan.findings.filter((f) => f.severity === 'notice').length;
  const head = [
    ...(marker ? [planCommentMarker(o.specPath), planBindingLine(o.commit, plan.planHash, writeDigests(plan))] : []),
    `### amlnet plan for ${inlineCode(o.specPath)}`,
    '',
    statusLine(plan),
    '',
    // The delete column appears only when the plan deletes (owned NSG rules with prune): it must not be missed.
    counts.delete > 0
      ? table(
          ['create', 'update', '**delete**', 'no-op', 'refuse', 'errors', 'warnings', 'notices'],
          [[counts.create, counts.update, counts.delete, counts['no-op'], counts.refuse, e, w, n].map(String)],
        )
      : table(
          ['create', 'update', 'no-op', 'refuse', 'errors', 'warnings', 'notices'],
          [[counts.create, counts.update, counts['no-op'], counts.refuse, e, w, n].map(String)],
        ),
  ].join('\n');
  const foot = [
    `Computed for commit ${inlineCode(o.commit)}${o.runUrl !== undefined ? ` in [this run](${encodeURI(o.runUrl)})` : ''}.`,
    '',
    `plan-hash: ${plan.planHash}`,
  ].join('\n');
  return { head, foot };
}

function body(plan: Plan, findings: number, changes: number, rulesUrl: string, compact: boolean): string {
  const parts: string[] = [];
  if (plan.findings.length > 0) {
    const rows = plan.findings.slice(0, findings).map((f) => findingRow(f, rulesUrl));
    let t = rows.length > 0 ? table(['severity', 'rule', 'where', 'message'], rows) : '';
    if (findings < plan.findings.length) t += `\n\n_${plan.findings.length - findings} more finding(s) not shown._`;
    // Many findings fold away so the plan stays in view; a few stay open (errors explain a refusal).
    parts.push(
      plan.findings.length > 20
        ? `#### Findings\n\n${details(`${plan.findings.length} findings`, t, true)}`
        : `#### Findings\n\n${t}`,
    );
  }
  // The comment (compact) lists what changes and sums up the rest in one line; the summary lists everything.
  const listed = compact ? plan.changes.filter((c) => c.action !== 'no-op') : plan.changes;
  const unchanged = plan.changes.length - listed.length;
  if (listed.length > 0) {
    const blocks = listed.slice(0, changes).map(changeBlock);
    const code = blocks.join('\n');
    let text = blocks.length > 0 ? codeBlock(code, 'diff') : '';
    if (changes < listed.length) text += `\n\n_${listed.length - changes} more change(s) not shown._`;
    if (unchanged > 0) text += `\n\n${unchangedLine(unchanged)}`;
    const lines = blocks.length === 0 ? 0 : code.split('\n').length;
    parts.push(details(`Plan: ${listed.length} change(s)`, text, lines <= PLAN_OPEN_LINES));
  } else if (unchanged > 0) {
    parts.push(`#### Plan\n\n${unchangedLine(unchanged)}`);
  }
  return parts.join('\n\n');
}

function unchangedLine(n: number): string {
  return `${n} resource${n === 1 ? '' : 's'} unchanged.`;
}

function assemble(s: Sections, detail: string, note: string): string {
  return [s.head, detail, note, s.foot].filter((p) => p !== '').join('\n\n') + '\n';
}

function render(plan: Plan, o: MarkdownOptions, marker: boolean, budget: number): string {
  const base = sections(plan, o, marker);
  // The picture sits under the summary table and is never cut (it is at most PICTURE_LIMIT long).
  const s = o.spec === undefined ? base : { ...base, head: `${base.head}\n\n${pictureSection(o.spec, plan)}` };
  const rules = o.rulesUrl ?? RULES_DOC;
  const compact = marker;
  const full = assemble(s, body(plan, plan.findings.length, plan.changes.length, rules, compact), '');
  if (full.length <= budget) return full;
  const note =
    '> **Truncated:** this plan is too long for a comment. The full plan is in the job summary' +
    (o.runUrl !== undefined ? ` of [this run](${encodeURI(o.runUrl)})` : '') +
    ' and in the plan file (`plan-file` output).';
  const fits = (f: number, c: number): boolean => assemble(s, body(plan, f, c, rules, compact), note).length <= budget;
  // Keep as many findings as fit (they explain a refusal), then as many changes as fit: binary searches.
  let f = plan.findings.length;
  if (!fits(f, 0)) {
    let lo = 0;
    let hi = f;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid, 0)) lo = mid;
      else hi = mid - 1;
    }
    f = lo;
  }
  let lo = 0;
  let hi = plan.changes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(f, mid)) lo = mid;
    else hi = mid - 1;
  }
  return assemble(s, body(plan, f, lo, rules, compact), note);
}

/** The PR comment: marker first, summary, findings, plan, commit, `plan-hash: HEX`; under 65,536 characters. */
export function renderPlanComment(plan: Plan, options: MarkdownOptions): string {
  return render(plan, options, true, COMMENT_BUDGET);
}

/** The job summary: the same content without the marker and with room for the whole plan (1 MiB). */
export function renderPlanSummary(plan: Plan, options: MarkdownOptions): string {
  return render(plan, options, false, 1_000_000);
}

/** Degraded mode (no Azure access, e.g. a fork PR): the offline findings and why there is no plan. */
export interface DegradedResult {
  reason: string;
  findings: Finding[];
  valid: boolean;
}

export function renderDegradedComment(result: DegradedResult, options: MarkdownOptions, marker = true): string {
  const e = result.findings.filter((f) => f.severity === 'error').length;
  const head = [
    ...(marker ? [planCommentMarker(options.specPath)] : []),
    `### amlnet plan for ${inlineCode(options.specPath)}`,
    '',
    `**No plan:** ${escapeMarkdown(result.reason)}`,
    '',
    result.valid ? 'The spec passed the offline checks.' : `The spec has ${e} error finding(s).`,
  ].join('\n');
  const rows = result.findings.map((f) => findingRow(f, options.rulesUrl ?? RULES_DOC));
  let detail = rows.length > 0 ? `#### Findings\n\n${table(['severity', 'rule', 'where', 'message'], rows)}` : '';
  const foot = `Computed for commit ${inlineCode(options.commit)}.`;
  while ((head + detail + foot).length > COMMENT_BUDGET && rows.length > 0) {
    rows.pop();
    detail = `#### Findings\n\n${table(['severity', 'rule', 'where', 'message'], rows)}\n\n_More findings in the job summary._`;
  }
  return [head, detail, foot].filter((p) => p !== '').join('\n\n') + '\n';
}
