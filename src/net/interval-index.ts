// A static index of IPv4 ranges for overlap and containment queries in O(log n) each.
//
// Items are sorted by start; prefixMax[i] is the position (among the first i+1 sorted items) of the item with the
// largest end. Every item whose start is <= q.end is a candidate for overlapping q; among those, the one that reaches
// furthest right overlaps q exactly when any of them does. Counting uses a second array of sorted ends: the items
// that overlap q are those starting at or before q.end minus those that end before q.start (an item that ends before
// q.start necessarily starts before q.end, so the second set is inside the first). Building is O(n log n).
import type { IpRange } from './cidr.js';

export interface Indexed<T> {
  range: IpRange;
  value: T;
}

/** The number of elements of the ascending array `xs` that are <= x. */
function countAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class IntervalIndex<T> {
  private readonly items: Indexed<T>[];
  private readonly starts: number[];
  private readonly sortedEnds: number[];
  private readonly prefixMax: number[];

  constructor(items: Iterable<Indexed<T>>) {
    // Ties on start are broken by the larger end first, so that a block that contains its twin comes first.
    this.items = [...items].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
    this.starts = this.items.map((i) => i.range.start);
    this.sortedEnds = this.items.map((i) => i.range.end).sort((a, b) => a - b);
    this.prefixMax = [];
    let best = -1;
    for (let i = 0; i < this.items.length; i++) {
      if (best < 0 || this.items[i].range.end > this.items[best].range.end) best = i;
      this.prefixMax.push(best);
    }
  }

  get size(): number {
    return this.items.length;
  }

  /** The item with the largest end among those starting at or before `position`, if any. */
  private furthestReachingFrom(position: number): Indexed<T> | undefined {
    const k = countAtMost(this.starts, position) - 1;
    return k < 0 ? undefined : this.items[this.prefixMax[k]];
  }

  /** One item overlapping `q` (the one reaching furthest right), or undefined. */
  findOverlap(q: IpRange): Indexed<T> | undefined {
    const candidate = this.furthestReachingFrom(q.end);
    return candidate && candidate.range.end >= q.start ? candidate : undefined;
  }

  /** How many items overlap `q`. */
  countOverlaps(q: IpRange): number {
    return countAtMost(this.starts, q.end) - countAtMost(this.sortedEnds, q.start - 1);
  }

  /** One item that contains `q` completely, or undefined. */
  findContaining(q: IpRange): Indexed<T> | undefined {
    const candidate = this.furthestReachingFrom(q.start);
    return candidate && candidate.range.end >= q.end ? candidate : undefined;
  }

  /**
   * Overlaps among the indexed items themselves, in one sweep: each item that overlaps an item sorted before it is
   * reported once, with the earlier item reaching furthest right as the witness.
   */
  selfOverlaps(): { item: Indexed<T>; other: Indexed<T> }[] {
    const out: { item: Indexed<T>; other: Indexed<T> }[] = [];
    for (let i = 1; i < this.items.length; i++) {
      const other = this.items[this.prefixMax[i - 1]];
      if (other.range.end >= this.items[i].range.start) out.push({ item: this.items[i], other });
    }
    return out;
  }
}
