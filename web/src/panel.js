// The event panel: every field of the record, its review state and audit trail, its sources, and each
// source's text with the evidence of every field highlighted and labelled. Text is only ever set as text.
import * as api from './api.js';
import { segments } from './highlight.js';

/** The record's fields in the order of SPEC section 1. */
export const FIELDS = [
  'event_id', 'event_date', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'country', 'iso2', 'admin1', 'admin2', 'location', 'geonames_id', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_low', 'fatalities_high', 'wounded', 'captured', 'certainty', 'habitual', 'notes', 'confidence',
];

/** Fields an analyst may correct. */
export const EDITABLE = FIELDS.filter(f => !['event_id', 'interaction', 'confidence', 'iso2'].includes(f));

const h = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
};

const show = value => (value === null || value === undefined ? '—' : Array.isArray(value) ? value.join('; ') || '—' : String(value));

export class EventPanel {
  /**
   * A panel in `element`; `onChanged(id)` is called after a review action changed the store, `onClosed()` when
   * the analyst closes the panel.
   */
  constructor(element, onChanged, onClosed) {
    this.element = element;
    this.onChanged = onChanged;
    this.onClosed = onClosed;
  }

  close() {
    this.element.hidden = true;
    this.element.replaceChildren();
    this.id = null;
    this.onClosed();
  }

  async open(id) {
    this.id = id;
    this.element.hidden = false;
    this.element.replaceChildren(h('p', {}, 'Loading…'));
    let record;
    try {
      record = await api.event(id);
    } catch (e) {
      this.element.replaceChildren(h('p', { class: 'error' }, `Cannot load event ${id}: ${e.message}`));
      return;
    }
    if (this.id !== id) return;
    const sources = h('section', { class: 'sources' }, h('h3', {}, 'Sources'));
    this.element.replaceChildren(
      h('header', {},
        h('h2', {}, `${show(record.sub_event_type)} · ${show(record.location)} · ${show(record.event_date)}`),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => this.close() }, '×')),
      this.reviewBox(record),
      this.fieldTable(record),
      this.auditTrail(record.audit ?? []),
      sources);
    for (const source of record.sources ?? []) sources.append(await this.sourceView(source, record.evidence ?? []));
  }

  fieldTable(record) {
    const evidenced = new Set((record.evidence ?? []).map(e => e.field));
    const rows = FIELDS.map(f => h('tr', { 'data-field': f },
      h('th', {}, f),
      h('td', { class: evidenced.has(f) ? 'has-evidence' : '' }, show(record[f]))));
    return h('table', { class: 'fields' }, h('tbody', {}, ...rows));
  }

  auditTrail(entries) {
    const list = h('ol', { class: 'audit' });
    for (const a of entries) {
      const change = a.field ? `${a.field}: ${show(a.before)} → ${show(a.after)}` : show(a.after ?? a.note);
      list.append(h('li', {}, h('time', {}, show(a.at)), ` ${show(a.reviewer)} ${show(a.action)} `, change));
    }
    return h('section', { class: 'audit-trail' }, h('h3', {}, 'Audit trail'), entries.length ? list : h('p', {}, 'No review yet.'));
  }

  async sourceView(source, evidence) {
    const box = h('article', { class: 'source', 'data-source': source.source_id },
      h('h4', {}, source.title ?? source.source_id),
      h('p', { class: 'meta' }, [source.publisher, source.published, source.language].filter(Boolean).join(' · '), ' ',
        source.url ? h('a', { href: source.url, rel: 'noreferrer noopener', target: '_blank' }, 'original') : null));
    try {
      const article = await api.article(source.source_id);
      box.append(this.highlighted(article.text, evidence.filter(e => e.source_id === source.source_id)));
    } catch (e) {
      box.append(h('p', { class: 'error' }, `Text not available: ${e.message}`));
    }
    return box;
  }

  /** The article text with each evidence span marked and labelled with its field; built from text nodes only. */
  highlighted(text, evidence) {
    const body = h('div', { class: 'article-text' });
    for (const seg of segments(text, evidence)) {
      const piece = text.slice(seg.start, seg.end);
      if (seg.items.length === 0) {
        body.append(piece);
        continue;
      }
      const fields = [...new Set(seg.items.map(e => e.field))];
      for (const e of seg.items.filter(s => s.start === seg.start)) body.append(h('span', { class: 'evidence-label' }, e.field));
      body.append(h('mark', { 'data-field': fields.join(' '), title: fields.join(', ') }, piece));
    }
    return body;
  }

  reviewBox(record) {
    const status = h('p', { class: 'review-status' }, `Review: ${record.review ?? 'not reviewed'}`);
    const message = h('p', { class: 'review-message', role: 'alert' });
    const act = async (action, body) => {
      try {
        const result = await api.review(record.event_id, action, body);
        message.textContent = '';
        await this.onChanged(result?.event_id ?? record.event_id);
      } catch (e) {
        message.textContent = e.status === 401 ? 'The server needs its token for this (use the Token button).' : e.message;
      }
    };
    const fieldSelect = h('select', { name: 'field' }, ...EDITABLE.map(f => h('option', { value: f }, f)));
    const value = h('input', { name: 'value', placeholder: 'new value' });
    fieldSelect.addEventListener('change', () => { value.value = show(record[fieldSelect.value]).replace(/^—$/, ''); });
    const other = h('input', { name: 'other', placeholder: 'event id to merge in' });
    const splitChoices = (record.sources ?? []).map(s => h('label', {}, h('input', { type: 'checkbox', value: s.source_id }), s.title ?? s.source_id));
    return h('section', { class: 'review' },
      status,
      h('div', { class: 'actions' },
        h('button', { type: 'button', 'data-action': 'accept', onclick: () => act('accept', {}) }, 'Accept'),
        h('button', { type: 'button', 'data-action': 'reject', onclick: () => act('reject', {}) }, 'Reject')),
      h('form', { class: 'edit', onsubmit: ev => { ev.preventDefault(); act('edit', { field: fieldSelect.value, value: value.value }); } },
        'Edit ', fieldSelect, ' ', value, ' ', h('button', { type: 'submit' }, 'Save')),
      h('form', { class: 'merge', onsubmit: ev => { ev.preventDefault(); act('merge', { other: other.value.trim() }); } },
        'Merge ', other, ' ', h('button', { type: 'submit' }, 'Merge')),
      splitChoices.length > 1
        ? h('form', { class: 'split', onsubmit: ev => {
          ev.preventDefault();
          act('split', { sources: splitChoices.map(l => l.firstChild).filter(c => c.checked).map(c => c.value) });
        } }, 'Split off: ', ...splitChoices, ' ', h('button', { type: 'submit' }, 'Split'))
        : null,
      message);
  }
}
