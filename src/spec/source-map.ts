// Resolves spec paths to positions in the YAML source, lazily: each lookup walks the document along the path
// (list items by index, mapping keys through an index built on first use), so building the map costs nothing
// and every lookup is O(depth) on a spec of any size.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { SourcePosition } from './types.js';
import { parsePath, type PathSegment } from './path.js';

const FILE_START: SourcePosition = { line: 1, column: 1 };

interface Located {
  /** The deepest node reached along the path. */
  node: Node | null;
  /** Its key node, when it was reached through a mapping. */
  key: Node | null;
}

export class SpecSourceMap {
  private readonly doc: Document | undefined;
  private readonly lineCounter: LineCounter;

  constructor(doc: Document | undefined, lineCounter: LineCounter) {
    this.doc = doc;
    this.lineCounter = lineCounter;
  }

  /** Not data: a result holding a source map (ValidateResult) serializes without it. */
  toJSON(): undefined {
    return undefined;
  }

  /** Position of the value at `path`; for an absent path, of its nearest existing ancestor. */
  valuePosition(path: string | readonly PathSegment[]): SourcePosition {
    const { node, key } = this.locate(path);
    // An empty value (`key:` with nothing after it) has a zero-width range just after the colon: point at the key.
    if (node !== null && node.range && node.range[1] > node.range[0]) return this.at(node.range[0]);
    if (key !== null && key.range) return this.at(key.range[0]);
    if (node !== null && node.range) return this.at(node.range[0]);
    return FILE_START;
  }

  /** Position of the KEY of the entry at `path` (for unknown keys); falls back to valuePosition. */
  keyPosition(path: string | readonly PathSegment[]): SourcePosition {
    const { key } = this.locate(path, true);
    if (key !== null && key.range) return this.at(key.range[0]);
    return this.valuePosition(path);
  }

  private at(offset: number): SourcePosition {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  private locate(path: string | readonly PathSegment[], exact = false): Located {
    const segments = typeof path === 'string' ? parsePath(path) : path;
    let node: Node | null = (this.doc?.contents as Node | null | undefined) ?? null;
    let key: Node | null = null;
    if (segments === undefined) return { node, key: null };
    for (const seg of segments) {
      if (node !== null && isAlias(node) && this.doc) node = (node.resolve(this.doc) as Node | undefined) ?? null;
      let next: Node | null | undefined;
      let nextKey: Node | null = null;
      if (node !== null && isMap(node)) {
        const pair = findPair(node, String(seg));
        if (pair !== undefined) {
          nextKey = (pair.key as Node | null) ?? null;
          next = (pair.value as Node | null) ?? null;
          if (next === null) return { node: nextKey, key: nextKey };
        }
      } else if (node !== null && isSeq(node) && typeof seg === 'number') {
        next = (node.items[seg] as Node | undefined) ?? undefined;
      }
      if (next === undefined) return { node, key: exact ? null : key };
      node = next;
      key = nextKey;
    }
    return { node, key };
  }
}

// Key -> pair, built on the first lookup in a mapping: a spec with many unknown keys in one mapping gets one
// finding per key, and scanning the mapping for each would be quadratic.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
const INDEX_FROM = 16;

function findPair(map: YAMLMap, key: string): Pair | undefined {
  if (map.items.length < INDEX_FROM) return map.items.find((p) => isPair(p) && keyText(p.key) === key);
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const p of map.items) {
      const k = keyText(p.key);
      // The first occurrence wins, as for a short mapping.
      if (k !== undefined && !index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}
