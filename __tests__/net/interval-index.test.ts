import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { IpRange } from '../../src/net/cidr.js';
import { IntervalIndex } from '../../src/net/interval-index.js';

const overlapsNaive = (a: IpRange, b: IpRange) => a.start <= b.end && b.start <= a.end;

// Small coordinates so that random ranges collide often.
const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 }))
  .map(([start, len]): IpRange => ({ start, end: start + len }));

describe('IntervalIndex', () => {
  it('answers like a brute-force scan (findOverlap, countOverlaps, findContaining)', () => {
    fc.assert(
      fc.property(fc.array(rangeArb, { maxLength: 40 }), rangeArb, (ranges, q) => {
        const idx = new IntervalIndex(ranges.map((range, value) => ({ range, value })));
        const hits = ranges.filter((r) => overlapsNaive(r, q));
        const found = idx.findOverlap(q);
        expect(found === undefined).toBe(hits.length === 0);
        if (found) expect(overlapsNaive(found.range, q)).toBe(true);
        expect(idx.countOverlaps(q)).toBe(hits.length);
        const containing = ranges.some((r) => r.start <= q.start && q.end <= r.end);
        const c = idx.findContaining(q);
        expect(c !== undefined).toBe(containing);
        if (c) expect(c.range.start <= q.start && q.end <= c.range.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports every item that overlaps an earlier one, with a true witness', () => {
    fc.assert(
      fc.property(fc.array(rangeArb, { maxLength: 40 }), (ranges) => {
        const items = ranges.map((range, value) => ({ range, value }));
        const idx = new IntervalIndex(items);
        const pairs = idx.selfOverlaps();
        for (const { item, other } of pairs) {
          expect(item.value).not.toBe(other.value);
          expect(overlapsNaive(item.range, other.range)).toBe(true);
        }
        // Every item that overlaps some other item is reported, or is the witness of a report.
        const involved = new Set(pairs.flatMap((p) => [p.item.value, p.other.value]));
        items.forEach((a, i) => {
          const overlapsAny = items.some((b, j) => i !== j && overlapsNaive(a.range, b.range));
          expect(involved.has(a.value)).toBe(overlapsAny);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('handles an empty index', () => {
    const idx = new IntervalIndex<number>([]);
    expect(idx.size).toBe(0);
    expect(idx.findOverlap({ start: 0, end: 10 })).toBeUndefined();
    expect(idx.countOverlaps({ start: 0, end: 10 })).toBe(0);
    expect(idx.selfOverlaps()).toEqual([]);
  });

  it('treats touching-but-disjoint ranges as not overlapping', () => {
    const idx = new IntervalIndex([{ range: { start: 0, end: 9 }, value: 'a' }]);
    expect(idx.findOverlap({ start: 10, end: 20 })).toBeUndefined();
    expect(idx.findOverlap({ start: 9, end: 20 })?.value).toBe('a');
  });
});
