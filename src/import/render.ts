// The imported spec as a commented YAML file, through the yaml package's Document API (comments are nodes'
// commentBefore, so they stay attached to what they describe). Pure.
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parsePath } from '../spec/path.js';
import type { Spec } from '../spec/types.js';
import type { ImportNotes } from './spec.js';

/** The JSON Schema's $id (schema/amlnet.schema.json), for editors that read the modeline. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/amlnet/amlnet/main/schema/amlnet.schema.json';

export interface RenderInput {
  spec: Spec;
  notes: ImportNotes;
  /** Lines of the header, under the modeline. */
  header: string[];
}

const comment = (lines: readonly string[]): string => lines.map((l) => (l === '' ? '' : ` ${l}`)).join('\n');

/** The key node of the last segment of `path` (comments go above the key of a map entry). */
function keyNode(doc: Document, path: string): Node | undefined {
  const segs = parsePath(path);
  if (segs === undefined || segs.length === 0) return undefined;
  const last = segs[segs.length - 1];
  if (typeof last === 'number') {
    const n = doc.getIn(segs, true);
    return n !== undefined && n !== null && typeof n === 'object' ? (n as Node) : undefined;
  }
  const parent = segs.length === 1 ? doc.contents : doc.getIn(segs.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
  return pair !== undefined && isScalar(pair.key) ? pair.key : undefined;
}

/** Short lists of scalars (prefixes, ports, address space) in flow style: `[10.1.0.0/16]`. */
function flowScalarLists(node: unknown): void {
  if (isMap(node)) for (const p of node.items) flowScalarLists(p.value);
  else if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((i) => isScalar(i))) node.flow = true;
    else for (const i of node.items) flowScalarLists(i);
  }
}

export function renderImportedSpec(input: RenderInput): string {
  const doc = new Document(input.spec);
  doc.commentBefore = comment([`yaml-language-server: $schema=${SCHEMA_URL}`, ...input.header]);
  flowScalarLists(doc.contents);
  // A blank line before each top-level section after the first three scalars.
  if (isMap(doc.contents)) {
    for (const p of doc.contents.items) {
      if (
        isScalar(p.key) &&
        ['workspace', 'network', 'aksClusters', 'kubernetesClusters', 'aci'].includes(String(p.key.value))
      ) {
        p.key.spaceBefore = true;
      }
    }
  }
  for (const [path, lines] of input.notes.before) {
    const node = keyNode(doc, path);
    if (node !== undefined) node.commentBefore = comment(lines);
  }
  return doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}
