/** The candidate nearest to `input` by edit distance, if near enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  const folded = input.toLowerCase();
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length: a candidate too long or too short to be accepted, or to
    // beat the best so far, is not compared (for many unknown keys, most comparisons end here).
    if (Math.abs(other.length - folded.length) > Math.min(tolerance, bestDistance - 1)) continue;
    const distance = editDistance(folded, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}

/** Levenshtein distance with two reused rows: it runs once per unknown key and known key, so allocation counts. */
function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
