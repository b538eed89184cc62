// The table of events in the current view: sortable by any column (click a heading, again to reverse),
// shown a page at a time so that tens of thousands of rows stay quick.

const PAGE = 100;

const compare = (key, dir) => (a, b) => {
  const x = a[key] ?? null;
  const y = b[key] ?? null;
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return (x < y ? -1 : 1) * dir;
};

export class EventTable {
  /** A table over `table` (with a thead of th[data-key]); `onSelect(id)` opens an event. */
  constructor(table, pager, onSelect) {
    this.body = table.tBodies[0];
    this.heads = [...table.tHead.rows[0].cells];
    this.pager = pager;
    this.onSelect = onSelect;
    this.sortKey = 'event_date';
    this.sortDir = -1;
    this.page = 0;
    this.rows = [];
    for (const th of this.heads) {
      th.tabIndex = 0;
      const sort = () => this.sortBy(th.dataset.key);
      th.addEventListener('click', sort);
      th.addEventListener('keydown', ev => { if (ev.key === 'Enter') sort(); });
    }
    pager.addEventListener('click', ev => {
      const step = Number(ev.target.dataset?.step ?? 0);
      if (step === 0) return;
      this.page = Math.min(Math.max(0, this.page + step), this.pages() - 1);
      this.render();
    });
    this.body.addEventListener('click', ev => {
      const row = ev.target.closest('tr');
      if (row?.dataset.id) this.onSelect(row.dataset.id);
    });
  }

  pages() {
    return Math.max(1, Math.ceil(this.rows.length / PAGE));
  }

  show(events) {
    this.rows = events.slice();
    this.page = 0;
    this.sort();
    this.render();
  }

  sortBy(key) {
    this.sortDir = key === this.sortKey ? -this.sortDir : 1;
    this.sortKey = key;
    this.sort();
    this.render();
  }

  sort() {
    this.rows.sort(compare(this.sortKey, this.sortDir));
    for (const th of this.heads) {
      th.setAttribute('aria-sort', th.dataset.key === this.sortKey ? (this.sortDir > 0 ? 'ascending' : 'descending') : 'none');
    }
  }

  render() {
    const keys = this.heads.map(th => th.dataset.key);
    const from = this.page * PAGE;
    const fragment = document.createDocumentFragment();
    for (const e of this.rows.slice(from, from + PAGE)) {
      const tr = document.createElement('tr');
      tr.dataset.id = e.event_id;
      if (e.review) tr.className = `review-${e.review}`;
      for (const key of keys) {
        const td = document.createElement('td');
        const value = e[key];
        td.textContent = value === null || value === undefined ? '' : String(value);
        if (typeof value === 'number') td.className = 'num';
        tr.append(td);
      }
      fragment.append(tr);
    }
    this.body.replaceChildren(fragment);
    this.pager.querySelector('span').textContent =
      this.rows.length === 0 ? 'no events' : `rows ${from + 1}–${Math.min(from + PAGE, this.rows.length)} of ${this.rows.length}`;
  }
}
