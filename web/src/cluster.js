// Grid clustering: points that fall in the same screen cell are drawn as one cluster. Linear in the number of
// points, so a redraw over tens of thousands of events stays within a frame or two.

/**
 * Groups projected points ({x, y, item}) by cells of `cell` pixels. Returns one entry per occupied cell:
 * {x, y, items}, placed at the mean of its points.
 */
export function gridClusters(points, cell) {
  const cells = new Map();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    let c = cells.get(key);
    if (c === undefined) {
      c = { sx: 0, sy: 0, items: [] };
      cells.set(key, c);
    }
    c.sx += p.x;
    c.sy += p.y;
    c.items.push(p.item);
  }
  const clusters = [];
  for (const c of cells.values()) clusters.push({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items });
  return clusters;
}
