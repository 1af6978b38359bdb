// Spec paths in amlnet's dotted notation: `aksClusters[0].dnsServiceIp`, `network.subnets[2]`, "" for the whole file.
// A key that is not a plain identifier (only unknown keys can be) is written as `["odd key"]` so that every
// path parses back to the same segments.

export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Parses a path back into segments; undefined when it is not in the notation (a rule's typo, say). */
export function parsePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let i = 0;
  const n = path.length;
  while (i < n) {
    const ch = path[i];
    if (ch === '[') {
      const close = path.indexOf(']', i);
      if (path[i + 1] === '"') {
        // A JSON string segment: find its closing quote, honouring escapes.
        let j = i + 2;
        while (j < n && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        if (j >= n || path[j + 1] !== ']') return undefined;
        try {
          segments.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        } catch {
          return undefined;
        }
        i = j + 2;
      } else {
        if (close < 0) return undefined;
        const digits = path.slice(i + 1, close);
        if (!/^[0-9]+$/.test(digits)) return undefined;
        segments.push(Number(digits));
        i = close + 1;
      }
    } else {
      if (ch === '.') {
        if (segments.length === 0) return undefined;
        i += 1;
      } else if (segments.length > 0) {
        return undefined;
      }
      let j = i;
      while (j < n && path[j] !== '.' && path[j] !== '[' && path[j] !== ']') j += 1;
      if (j === i) return undefined;
      segments.push(path.slice(i, j));
      i = j;
    }
  }
  return segments;
}

/** Readable location for messages: "aksClusters[0]" or "the top level". */
export function describeLocation(segments: readonly PathSegment[]): string {
  return segments.length === 0 ? 'the top level' : formatPath(segments);
}
