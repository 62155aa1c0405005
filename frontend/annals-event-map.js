// The readers' map: the events of the visible window that have coordinates, over Natural Earth outlines shipped with
// the application (no tile server, no internet). Approximate and regional places are drawn larger and fainter than
// exact ones, so a pin never claims more precision than its source.
import { createOfflineMap, L } from './annals-offline-map.js';
import { rovingFocus } from './annals-roving-focus.js';
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
    // keyboard users reach the markers (one Tab stop, arrow keys west to east) and select one as a click would; the
    // overlay pane sits inside Leaflet's container, so its arrow keys do not also pan the map
    this._refreshFocus = rovingFocus(this._map.getPanes().overlayPane, 'path[data-slug]',
      (element) => this._markers.get(element.dataset.slug).fire('click'));
    this._map.on('moveend', () => {
      const b = this._map.getBounds();
      this.dispatchEvent(new CustomEvent('bounds-changed', {
        detail: { south: b.getSouth(), west: Math.max(-180, b.getWest()), north: b.getNorth(), east: Math.min(180, b.getEast()) },
      }));
    });
    this.setAttribute('role', 'region');
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
      // Leaflet reads a string as HTML: the headline is text, so the tooltip gets an element holding it as text
      const tip = document.createElement('span');
      tip.textContent = e.label + ' — ' + e.headline;
      marker.bindTooltip(tip);
      marker.on('click', () => this.dispatchEvent(new CustomEvent('event-selected', { detail: { slug: e.slug } })));
      marker.addTo(this._layer);
      this._describe(marker, e);
      this._markers.set(e.slug, marker);
    }
    this._refreshFocus();
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

  /** A marker is a named button for screen readers; focusing it shows its tooltip as hovering does. */
  _describe(marker, e) {
    const element = marker.getElement();
    element.dataset.slug = e.slug;
    element.dataset.id = e.slug;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', e.label + ' — ' + e.headline);
    element.addEventListener('focus', () => marker.openTooltip());
    element.addEventListener('blur', () => marker.closeTooltip());
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
