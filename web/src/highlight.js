// Cuts an article's text into segments at every evidence boundary, so overlapping evidence spans can be shown
// together. Offsets are character offsets (UTF-16 code units in the page, as the API sends them).

/**
 * Segments of `text` with the evidence items covering each: [{start, end, items}]. Spans outside the text
 * are clipped; empty spans are dropped.
 */
export function segments(text, spans) {
  const valid = spans
    .map(s => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter(s => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, items: valid.filter(s => s.start <= start && s.end >= end) });
  }
  return out;
}
