// The map: an offline basemap of Natural Earth countries drawn by Leaflet from TopoJSON, and the events as
// markers coloured by type, sized by fatalities, drawn by geo precision, and clustered by screen cell.
import * as L from 'leaflet';
import { feature } from 'topojson-client';
import { gridClusters } from './cluster.js';
import { markerSize, typeColour } from './taxonomy.js';

const CELL = 48;
const MAX_ZOOM = 13;

/** A map in `element`; `onSelect(id)` is called when an event marker is clicked. */
export class EventMap {
  constructor(element, onSelect) {
    this.onSelect = onSelect;
    this.events = [];
    this.draws = 0;
    this.map = L.map(element, { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: MAX_ZOOM, attributionControl: true });
    this.map.attributionControl.setPrefix('');
    this.map.attributionControl.addAttribution('Natural Earth (world-atlas)');
    this.map.setView([25, 20], 2);
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on('moveend', () => this.draw());
    // The panel beside the map opens and closes: Leaflet must learn the new size.
    new ResizeObserver(() => this.map.invalidateSize({ pan: false })).observe(element);
    this.addLegend();
  }

  /** Draws the countries from the TopoJSON at `url` under the markers. */
  async loadBasemap(url) {
    const topo = await (await fetch(url)).json();
    const countries = feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      renderer: L.canvas({ padding: 0.5 }),
      interactive: false,
      style: { color: '#8a8f98', weight: 0.6, fillColor: '#eceae4', fillOpacity: 1 },
    }).addTo(this.map);
    this.layer.eachLayer(m => m.bringToFront?.());
  }

  /** Replaces the events shown; the first call also fits the view to them. */
  show(events, fit) {
    this.events = events.filter(e => e.latitude !== null && e.longitude !== null);
    if (fit && this.events.length > 0) {
      const bounds = L.latLngBounds(this.events.map(e => [e.latitude, e.longitude]));
      const draws = this.draws;
      this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false });
      if (this.draws !== draws) return; // moving the map has drawn the markers already
    }
    this.draw();
  }

  draw() {
    const view = this.map.getBounds().pad(0.1);
    const points = [];
    for (const e of this.events) {
      if (!view.contains([e.latitude, e.longitude])) continue;
      const p = this.map.latLngToLayerPoint([e.latitude, e.longitude]);
      points.push({ x: p.x, y: p.y, item: e });
    }
    const atMax = this.map.getZoom() >= MAX_ZOOM;
    const markers = [];
    for (const c of gridClusters(points, atMax ? 1 : CELL)) {
      const at = this.map.layerPointToLatLng([c.x, c.y]);
      markers.push(c.items.length === 1 ? this.eventMarker(c.items[0]) : this.clusterMarker(at, c.items));
    }
    this.layer.clearLayers();
    for (const m of markers) this.layer.addLayer(m);
    this.draws++;
  }

  eventMarker(e) {
    const size = markerSize(e.fatalities);
    const dot = document.createElement('div');
    dot.className = `dot p${e.geo_precision ?? 1}`;
    dot.style.setProperty('--c', typeColour(e.event_type));
    dot.dataset.id = e.event_id;
    const marker = L.marker([e.latitude, e.longitude], {
      icon: L.divIcon({ className: 'ev', html: dot, iconSize: [size, size] }),
      title: `${e.event_date ?? 'undated'} · ${e.sub_event_type ?? e.event_type ?? ''} · ${e.location ?? ''} · ${e.fatalities ?? 0} killed`,
      keyboard: true,
    });
    marker.on('click', () => this.onSelect(e.event_id));
    return marker;
  }

  clusterMarker(at, items) {
    const counts = new Map();
    let dead = 0;
    for (const e of items) {
      counts.set(e.event_type, (counts.get(e.event_type) ?? 0) + 1);
      dead += e.fatalities ?? 0;
    }
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const size = Math.min(56, 22 + 6 * Math.log10(items.length));
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.style.setProperty('--c', typeColour(main));
    bubble.textContent = String(items.length);
    const marker = L.marker(at, {
      icon: L.divIcon({ className: 'cluster', html: bubble, iconSize: [size, size] }),
      title: `${items.length} events, ${dead} killed`,
    });
    marker.on('click', () => {
      const bounds = L.latLngBounds(items.map(e => [e.latitude, e.longitude]));
      if (this.map.getZoom() >= MAX_ZOOM || bounds.getNorthEast().equals(bounds.getSouthWest())) {
        this.onSelect(items[0].event_id);
      } else {
        this.map.fitBounds(bounds.pad(0.3), { maxZoom: MAX_ZOOM });
      }
    });
    return marker;
  }

  addLegend() {
    const legend = L.control({ position: 'bottomleft' });
    legend.onAdd = () => {
      const box = L.DomUtil.create('div', 'legend');
      for (const [cls, label] of [['p1', 'exact place'], ['p2', 'near / part of a region'], ['p3', 'only the region known']]) {
        const row = L.DomUtil.create('div', '', box);
        const dot = L.DomUtil.create('span', `dot ${cls}`, row);
        dot.style.setProperty('--c', '#444');
        row.append(label);
      }
      return box;
    };
    legend.addTo(this.map);
  }
}
