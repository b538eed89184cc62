// The view's filters: read from and written to the URL (so a view can be shared), and applied to the loaded
// events in the page. The names are those of GET /api/events, which applies the same filters on the server.

/** Filter names in the order they appear in a URL. */
export const FILTER_KEYS = ['since', 'until', 'country', 'type', 'actor', 'certainty', 'q'];

/** Filters held in a URL query string; unknown keys are ignored. */
export function readFilters(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = (params.get(key) ?? '').trim();
    if (value !== '') filters[key] = value;
  }
  return filters;
}

/** The query string of a set of filters, in a fixed order, without empty ones. */
export function writeFilters(filters) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== null && String(value).trim() !== '') params.set(key, String(value).trim());
  }
  return params.toString();
}

/**
 * A predicate for the filters the page applies itself. Full-text search (q) is left to the server, which
 * answers it from its index; the page asks again when q changes.
 */
export function matcher(filters) {
  const tests = [];
  if (filters.since) tests.push(e => e.event_date !== null && e.event_date >= filters.since);
  if (filters.until) tests.push(e => e.event_date !== null && e.event_date <= filters.until);
  if (filters.country) {
    const c = filters.country.toLowerCase();
    tests.push(e => (e.country ?? '').toLowerCase() === c || (e.iso2 ?? '').toLowerCase() === c);
  }
  if (filters.type) {
    const t = filters.type.toLowerCase();
    tests.push(e => (e.event_type ?? '').toLowerCase() === t || (e.sub_event_type ?? '').toLowerCase() === t);
  }
  if (filters.actor) {
    const a = filters.actor.toLowerCase();
    tests.push(e => (e.actor1 ?? '').toLowerCase().includes(a) || (e.actor2 ?? '').toLowerCase().includes(a));
  }
  if (filters.certainty) tests.push(e => e.certainty === filters.certainty);
  return e => tests.every(test => test(e));
}
