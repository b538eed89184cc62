// Binning dates for the timeline: per day over short spans, per week (starting Monday) over long ones.

const DAY = 86400000;

const toDay = iso => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const fromDay = day => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Counts of dated events per bin: {unit: 'day'|'week', first, last, counts} where bins are numbered in days
 * since 1970 (a week bin starts on its Monday). Undated events are not counted.
 */
export function binDates(dates, maxDayBins = 180) {
  let min = Infinity;
  let max = -Infinity;
  const days = [];
  for (const d of dates) {
    if (!d) continue;
    const day = toDay(d);
    days.push(day);
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (days.length === 0) return { unit: 'day', size: 1, first: 0, counts: [] };
  const size = max - min + 1 > maxDayBins ? 7 : 1;
  // 1970-01-01 was a Thursday: day 4 is the first Monday.
  const start = size === 7 ? min - ((min - 4) % 7 + 7) % 7 : min;
  const counts = new Array(Math.floor((max - start) / size) + 1).fill(0);
  for (const day of days) counts[Math.floor((day - start) / size)]++;
  return { unit: size === 7 ? 'week' : 'day', size, first: start, counts };
}
