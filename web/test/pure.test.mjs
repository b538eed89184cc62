// Unit tests of the page's pure parts (node --test): filters, clustering, evidence segments, date bins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binDates } from '../src/bins.js';
import { gridClusters } from '../src/cluster.js';
import { matcher, readFilters, writeFilters } from '../src/filters.js';
import { segments } from '../src/highlight.js';

const ev = (over = {}) => ({
  event_date: '2019-05-02', country: 'Syria', iso2: 'SY', event_type: 'Battles', sub_event_type: 'Armed clash',
  actor1: 'Islamic State (Syria)', actor2: 'SDF: Syrian Democratic Forces', certainty: 'reported', ...over,
});

test('filters survive a trip through the URL, in a fixed order, without empty values', () => {
  const query = writeFilters({ type: 'Battles', since: '2019-01-01', actor: ' ', q: 'raid & co' });
  assert.equal(query, 'since=2019-01-01&type=Battles&q=raid+%26+co');
  assert.deepEqual(readFilters(`?${query}&other=1`), { since: '2019-01-01', type: 'Battles', q: 'raid & co' });
});

test('type matches the event type or the sub-event type, ignoring case', () => {
  assert.equal(matcher({ type: 'battles' })(ev()), true);
  assert.equal(matcher({ type: 'Armed clash' })(ev()), true);
  assert.equal(matcher({ type: 'Protests' })(ev()), false);
});

test('dates bound inclusively and leave out undated events', () => {
  const m = matcher({ since: '2019-05-02', until: '2019-05-02' });
  assert.equal(m(ev()), true);
  assert.equal(m(ev({ event_date: '2019-05-03' })), false);
  assert.equal(m(ev({ event_date: null })), false);
});

test('country matches the name or the ISO code; actor matches part of either actor', () => {
  assert.equal(matcher({ country: 'sy' })(ev()), true);
  assert.equal(matcher({ country: 'Iraq' })(ev()), false);
  assert.equal(matcher({ actor: 'democratic' })(ev()), true);
  assert.equal(matcher({ actor: 'Hamas' })(ev()), false);
});

test('grid clustering puts points of one cell together at their mean', () => {
  const clusters = gridClusters([{ x: 1, y: 1, item: 'a' }, { x: 9, y: 3, item: 'b' }, { x: 30, y: 1, item: 'c' }], 20);
  assert.equal(clusters.length, 2);
  const big = clusters.find(c => c.items.length === 2);
  assert.deepEqual([big.x, big.y, big.items], [5, 2, ['a', 'b']]);
});

test('evidence segments cover the text, with overlapping spans on the shared part', () => {
  const text = 'abcdefghij';
  const segs = segments(text, [{ field: 'x', start: 2, end: 6 }, { field: 'y', start: 4, end: 8 }, { field: 'z', start: 9, end: 99 }]);
  assert.equal(segs.map(s => text.slice(s.start, s.end)).join(''), text);
  assert.deepEqual(segs.map(s => [text.slice(s.start, s.end), s.items.map(i => i.field).join('')]),
    [['ab', ''], ['cd', 'x'], ['ef', 'xy'], ['gh', 'y'], ['i', ''], ['j', 'z']]);
});

test('short spans are binned per day, long ones per week from Monday', () => {
  const days = binDates(['2019-05-01', '2019-05-03', '2019-05-03']);
  assert.deepEqual([days.unit, days.counts], ['day', [1, 0, 2]]);
  const weeks = binDates(['2019-01-02', '2019-12-30', null]);
  assert.equal(weeks.unit, 'week');
  assert.equal(new Date(weeks.first * 86400000).getUTCDay(), 1);
  assert.equal(weeks.counts.reduce((a, b) => a + b), 2);
});
