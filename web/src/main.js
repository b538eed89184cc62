// Puts the page together: loads event summaries once (again when the full-text query changes), applies the
// other filters in the page so a change redraws at once, and keeps the filters and the open event in the URL.
import * as api from './api.js';
import { FILTER_KEYS, matcher, readFilters, writeFilters } from './filters.js';
import { EventMap } from './map.js';
import { EventPanel } from './panel.js';
import { EventTable } from './table.js';
import { CERTAINTIES, EVENT_TYPES } from './taxonomy.js';
import { Timeline } from './timeline.js';

const LIMIT = 100000;
const form = document.getElementById('filters');
const status = document.getElementById('status');
let all = [];
let total = 0;
let loadedQuery = null;
let filters = readFilters(location.search);

const map = new EventMap(document.getElementById('map'), id => select(id));
const timeline = new Timeline(document.getElementById('timeline'), (since, until) => {
  setFilter({ since, until });
});
const table = new EventTable(document.getElementById('events'), document.getElementById('pager'), id => select(id));
const panel = new EventPanel(document.getElementById('panel'), async id => {
  await load(true);
  apply(false);
  await select(id);
}, () => writeUrl());

const option = (value, label = value) => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
};

function fillChoices() {
  const countries = [...new Set(all.map(e => e.country).filter(Boolean))].sort();
  const subTypes = [...new Set(all.map(e => e.sub_event_type).filter(Boolean))].sort();
  const fill = (select, groups) => {
    const keep = select.value || filters[select.name] || '';
    select.replaceChildren(option('', select.name === 'certainty' ? 'any' : 'all'));
    for (const [label, values] of groups) {
      const parent = label ? document.createElement('optgroup') : select;
      if (label) {
        parent.label = label;
        select.append(parent);
      }
      for (const v of values) parent.append(option(v));
    }
    if (keep && ![...select.options].some(o => o.value === keep)) select.append(option(keep));
    select.value = keep;
  };
  fill(form.elements.country, [[null, countries]]);
  fill(form.elements.type, [['Event types', EVENT_TYPES.map(t => t[0])], ['Sub-event types', subTypes]]);
  fill(form.elements.certainty, [[null, CERTAINTIES]]);
}

function showFilters() {
  for (const key of FILTER_KEYS) form.elements[key].value = filters[key] ?? '';
}

function writeUrl() {
  const query = writeFilters(filters);
  const params = new URLSearchParams(query);
  if (panel.id) params.set('event', panel.id);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
  for (const a of document.querySelectorAll('#export a')) a.href = api.exportUrl(a.dataset.format, query);
}

async function load(force) {
  const q = filters.q ?? '';
  if (!force && q === loadedQuery) return;
  const page = await api.eventSummaries(q, LIMIT);
  all = page.events;
  total = page.total;
  loadedQuery = q;
  fillChoices();
}

/** Applies the filters to the loaded events and redraws map, timeline and table; returns the time it took. */
function apply(fit) {
  const started = performance.now();
  const { since, until, ...rest } = filters;
  const undated = matcher(rest);
  const inPeriod = matcher({ since, until });
  const context = all.filter(undated);
  const shown = context.filter(inPeriod);
  const filtered = performance.now();
  timeline.show(context.map(e => e.event_date), since, until);
  const timelined = performance.now();
  map.show(shown, fit);
  const mapped = performance.now();
  table.show(shown);
  writeUrl();
  const ms = performance.now() - started;
  window.polemos.lastRedraw = { filter: filtered - started, timeline: timelined - filtered, map: mapped - timelined, table: performance.now() - mapped, total: ms };
  const capped = total > all.length ? ` (the first ${all.length} of ${total} matching events were loaded)` : '';
  status.textContent = `${shown.length} of ${all.length} events${capped}`;
  return ms;
}

async function setFilter(changes) {
  filters = { ...filters, ...changes };
  for (const k of Object.keys(filters)) if (!filters[k]) delete filters[k];
  if ((filters.q ?? '') !== loadedQuery) {
    try {
      await load(false);
    } catch (e) {
      status.textContent = `Search failed: ${e.message}`;
      return;
    }
  }
  showFilters();
  apply(false);
}

async function select(id) {
  const opening = panel.open(id);
  writeUrl();
  await opening;
}

form.addEventListener('change', ev => setFilter({ [ev.target.name]: ev.target.value.trim() }));
form.addEventListener('submit', ev => ev.preventDefault());
document.getElementById('clear').addEventListener('click', () => setFilter(Object.fromEntries(FILTER_KEYS.map(k => [k, '']))));
document.getElementById('token-button').addEventListener('click', () => {
  const token = prompt('The server token (printed by polemos serve, stored beside the database):', api.token());
  if (token !== null) api.setToken(token.trim());
  const who = prompt('Your name for the audit trail:', api.reviewer());
  if (who !== null && who.trim()) api.setReviewer(who.trim());
});
document.getElementById('panel').addEventListener('keydown', ev => { if (ev.key === 'Escape') panel.close(); });

async function start() {
  const open = new URLSearchParams(location.search).get('event');
  api.adoptTokenFromHash();
  showFilters();
  const basemap = map.loadBasemap('countries.json');
  try {
    const asked = performance.now();
    await load(true);
    window.polemos.loadMs = performance.now() - asked;
  } catch (e) {
    status.textContent = `Cannot load events: ${e.message}`;
  }
  apply(true);
  await basemap;
  window.polemos.interactiveMs = performance.now();
  document.body.dataset.ready = 'true';
  if (open) await select(open);
}

window.polemos = { apply: () => apply(false), setFilter };
window.polemos.ready = start();
