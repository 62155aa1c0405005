// The readers' map: the events of the visible window that have coordinates, over Natural Earth outlines shipped with
// the application (no tile server, no internet). Approximate and regional places are drawn larger and fainter than
// exact ones, so a pin never claims more precision than its source.
import { createOfflineMap, L } from './annals-offline-map.js';
const RADIUS = { EXACT: 5, APPROXIMATE: 8, REGION: 14 };

class AnnalsEventMap extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      return;
    }
    this._map = createOfflineMap(this);
    this._layer = L.layerGroup().addTo(this._map);
    this._markers = new Map();
    this._map.on('moveend', () => {
      const b = this._map.getBounds();
      this.dispatchEvent(new CustomEvent('bounds-changed', {
        detail: { south: b.getSouth(), west: Math.max(-180, b.getWest()), north: b.getNorth(), east: Math.min(180, b.getEast()) },
      }));
    });
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', 'Map of the events in view; the list below has the same events');
    if (this._pending) {
      this.showEvents(this._pending);
    }
    if (this._pendingArea) {
      this.showArea(...this._pendingArea);
    }
  }

  /** events: [{slug, headline, label, lat, lon, precision}] */
  showEvents(events) {
    if (!this._map) {
      this._pending = events;
      return;
    }
    this._layer.clearLayers();
    this._markers.clear();
    for (const e of events) {
      const marker = L.circleMarker([e.lat, e.lon], {
        radius: RADIUS[e.precision] || 8, color: '#b3261e', weight: 1, fillOpacity: e.precision === 'EXACT' ? 0.8 : 0.35,
      });
      marker.bindTooltip(e.label + ' — ' + e.headline);
      marker.on('click', () => this.dispatchEvent(new CustomEvent('event-selected', { detail: { slug: e.slug } })));
      marker.addTo(this._layer);
      this._markers.set(e.slug, marker);
    }
    this.setAttribute('data-markers', String(events.length));
    if (this._highlighted) {
      this.highlight(this._highlighted);
    }
  }

  /** Shows this area (a link's map filter): south, west, north, east in degrees. */
  showArea(south, west, north, east) {
    if (!this._map) {
      this._pendingArea = [south, west, north, east];
      return;
    }
    this._map.fitBounds([[south, west], [north, east]], { animate: false });
  }

  highlight(slug) {
    this._highlighted = slug;
    if (!this._markers) {
      return;
    }
    for (const [key, marker] of this._markers) {
      marker.setStyle({ color: key === slug ? '#1a73e8' : '#b3261e', weight: key === slug ? 3 : 1 });
      if (key === slug) {
        marker.bringToFront();
        marker.openTooltip();
      }
    }
  }
}

customElements.define('annals-event-map', AnnalsEventMap);
