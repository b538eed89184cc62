// The timeline: a histogram of events per day or week; dragging across it chooses a period (a brush), which
// filters the map and the table. A click without a drag clears the period.
import { binDates, fromDay } from './bins.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 90;
const PAD = { left: 36, right: 8, top: 8, bottom: 18 };

const el = (name, attrs = {}) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

export class Timeline {
  /** A timeline in `element`; `onBrush(since, until)` gets the chosen period (both null when cleared). */
  constructor(element, onBrush) {
    this.element = element;
    this.onBrush = onBrush;
    this.svg = el('svg', { height: HEIGHT, role: 'img' });
    this.bars = el('path', { class: 'bars' });
    this.axis = el('g', { class: 'axis' });
    this.brush = el('rect', { class: 'brush', y: PAD.top, height: HEIGHT - PAD.top - PAD.bottom, width: 0 });
    this.svg.append(this.bars, this.axis, this.brush);
    element.append(this.svg);
    this.bins = binDates([]);
    this.listen();
  }

  /** Draws the counts of `dates`; `since`/`until` mark the current period. */
  show(dates, since, until) {
    this.bins = binDates(dates);
    this.width = Math.max(200, this.element.clientWidth);
    this.svg.setAttribute('width', this.width);
    const { counts } = this.bins;
    const max = Math.max(1, ...counts);
    const w = (this.width - PAD.left - PAD.right) / Math.max(1, counts.length);
    const h = HEIGHT - PAD.top - PAD.bottom;
    let d = '';
    counts.forEach((n, i) => {
      if (n === 0) return;
      const bh = Math.max(1, (n / max) * h);
      d += `M${(PAD.left + i * w).toFixed(1)},${(PAD.top + h).toFixed(1)}v${(-bh).toFixed(1)}h${Math.max(1, w - 1).toFixed(1)}v${bh.toFixed(1)}z`;
    });
    this.bars.setAttribute('d', d);
    this.axis.replaceChildren();
    const label = (x, text, anchor) => {
      const t = el('text', { x, y: HEIGHT - 4, 'text-anchor': anchor });
      t.textContent = text;
      this.axis.append(t);
    };
    if (counts.length > 0) {
      label(PAD.left, fromDay(this.bins.first), 'start');
      label(this.width - PAD.right, fromDay(this.bins.first + (counts.length - 1) * this.bins.size), 'end');
      const top = el('text', { x: PAD.left - 4, y: PAD.top + 8, 'text-anchor': 'end' });
      top.textContent = String(max);
      this.axis.append(top);
    }
    this.svg.setAttribute('aria-label', `${this.bins.unit === 'week' ? 'Events per week' : 'Events per day'}; drag to choose a period`);
    this.mark(since, until);
  }

  /** Shades the chosen period. */
  mark(since, until) {
    if (!since && !until) {
      this.brush.setAttribute('width', 0);
      return;
    }
    const x0 = since ? this.xOfDate(since) : PAD.left;
    const x1 = until ? this.xOfDate(until, true) : this.width - PAD.right;
    this.brush.setAttribute('x', Math.min(x0, x1));
    this.brush.setAttribute('width', Math.max(2, Math.abs(x1 - x0)));
  }

  binWidth() {
    return (this.width - PAD.left - PAD.right) / Math.max(1, this.bins.counts.length);
  }

  xOfDate(iso, end = false) {
    const day = Date.parse(`${iso}T00:00:00Z`) / 86400000;
    const bin = (day - this.bins.first) / this.bins.size + (end ? 1 / this.bins.size : 0);
    return Math.min(this.width - PAD.right, Math.max(PAD.left, PAD.left + bin * this.binWidth()));
  }

  dateOfX(x) {
    const bin = Math.floor((Math.min(this.width - PAD.right - 0.01, Math.max(PAD.left, x)) - PAD.left) / this.binWidth());
    return this.bins.first + bin * this.bins.size;
  }

  listen() {
    let start = null;
    const xOf = ev => ev.clientX - this.svg.getBoundingClientRect().left;
    this.svg.addEventListener('pointerdown', ev => {
      start = xOf(ev);
      this.svg.setPointerCapture(ev.pointerId);
    });
    this.svg.addEventListener('pointermove', ev => {
      if (start === null) return;
      const x = xOf(ev);
      this.brush.setAttribute('x', Math.min(start, x));
      this.brush.setAttribute('width', Math.abs(x - start));
    });
    this.svg.addEventListener('pointerup', ev => {
      if (start === null) return;
      const x = xOf(ev);
      const from = start;
      start = null;
      if (this.bins.counts.length === 0 || Math.abs(x - from) < 3) {
        this.onBrush(null, null);
        return;
      }
      const a = this.dateOfX(Math.min(from, x));
      const b = this.dateOfX(Math.max(from, x)) + this.bins.size - 1;
      this.onBrush(fromDay(a), fromDay(b));
    });
  }
}
