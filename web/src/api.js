// The page talks to the server only through these calls (the HTTP API of `polemos serve`).

const TOKEN_KEY = 'polemos-token';
const REVIEWER_KEY = 'polemos-reviewer';

/** Takes a token handed over in the address (#token=…) once, keeps it in this browser, and clears the address. */
export function adoptTokenFromHash() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    localStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
}

export const token = () => localStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = value => localStorage.setItem(TOKEN_KEY, value);
export const reviewer = () => localStorage.getItem(REVIEWER_KEY) || 'analyst';
export const setReviewer = value => localStorage.setItem(REVIEWER_KEY, value);

/** An error the server explained. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers.Authorization = `Bearer ${token()}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let message = response.statusText;
    try {
      message = (await response.json()).error ?? message;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, message);
  }
  return response.json();
}

/** Event summaries for the map, timeline and table; q is answered by the server's full-text index. */
export const eventSummaries = (q, limit) =>
  send('GET', `/api/events?view=summary&limit=${limit}${q ? `&q=${encodeURIComponent(q)}` : ''}`);

export const event = id => send('GET', `/api/events/${encodeURIComponent(id)}`);
export const article = id => send('GET', `/api/articles/${encodeURIComponent(id)}`);

/** A review action on an event: accept, reject, edit, merge or split (see the API's openapi.json). */
export const review = (id, action, body) =>
  send('POST', `/api/events/${encodeURIComponent(id)}/${action}`, { reviewer: reviewer(), ...body });

/** The address of an export of the whole current view; `json-audit` is JSON with each event's audit trail. */
export const exportUrl = (format, query) => {
  const kind = format === 'json-audit' ? 'format=json&audit=true' : `format=${format}`;
  return `/api/events?${kind}&limit=100000${query ? `&${query}` : ''}`;
};
