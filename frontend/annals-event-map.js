// The readers' map: the events of the visible window that have coordinates, over Natural Earth outlines shipped with
// the application (no tile server, no internet). Approximate and regional places are drawn larger and fainter than
// exact ones, so a pin never claims more precision than its source.
import { createOfflineMap, L } from './annals-offline-map.js';
import { rovingFocus } from './annals-roving-focus.js';
const RADIUS = { EXACT: 5, APPROXIMATE: 8, REGION: 14 };
// the same colours as the visual timeline's types (styles.css)
const COLOUR = { military: '#b3261e', diplomatic: '#1a73e8', statement: '#6a1b9a', sanctions: '#e37400', aid: '#188038',
  humanitarian: '#00796b' };

class AnnalsEventMap extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      // attached again (the page moved it): its size may have changed, which is not the reader moving the map
      this._programmatic(() => this._map.invalidateSize());
      return;
    }
    this._map = createOfflineMap(this);
    this._layer = L.layerGroup().addTo(this._map);
    this._markers = new Map();
    // keyboard users reach the markers (one Tab stop, arrow keys west to east) and select one as a click would; the
    // overlay pane sits inside Leaflet's container, so its arrow keys do not also pan the map
    this._refreshFocus = rovingFocus(this._map.getPanes().overlayPane, 'path[data-slug]',
      (element) => this._markers.get(element.dataset.slug).fire('click'));
    // a reader who moves the map keeps the view they chose: new events no longer refit it
    this._map.on('dragstart', () => { this._readerMoved = true; });
    this._map.getContainer().addEventListener('wheel', () => { this._readerMoved = true; }, { passive: true });
    this._map.getContainer().addEventListener('click', (e) => {
      if (e.target.closest('.leaflet-control-zoom')) {
        this._readerMoved = true;
      }
    });
    this._map.on('moveend', () => {
      const b = this._map.getBounds();
      // byReader: moved by the reader's hand, not fitted by the page (a linked area is kept until the reader moves)
      this.dispatchEvent(new CustomEvent('bounds-changed', {
        detail: { south: b.getSouth(), west: Math.max(-180, b.getWest()), north: b.getNorth(), east: Math.min(180, b.getEast()),
          byReader: !this._moving },
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

  /**
   * The view to show once the map is laid out: the linked area, else the events; false when there is neither (the
   * default view, centred on Ukraine).
   */
  initialView() {
    if (this._area) {
      this._programmatic(() => this._map.fitBounds(this._area, { animate: false }));
      return true;
    }
    return this._fit();
  }

  /** A move the page makes (fitting, following the selection): reported as not the reader's. */
  _programmatic(move) {
    const before = this._moving;
    this._moving = true;
    try {
      move();
    } finally {
      this._moving = before;
    }
  }

  /** Fits the map to the events shown, unless a link chose an area or the reader moved the map. */
  _fit() {
    // while the reader filters by the map's area, the area stays as it is
    if (this._area || this._readerMoved || this.hasAttribute('filtering') || !this._events || this._events.length === 0 || this._map.getSize().x === 0) {
      return false;
    }
    const bounds = L.latLngBounds(this._events.map((e) => [e.lat, e.lon]));
    this._programmatic(() => this._map.fitBounds(bounds, { animate: false, padding: [24, 24], maxZoom: 7 }));
    return true;
  }

  /** events: [{slug, headline, label, lat, lon, precision, type}] */
  showEvents(events) {
    if (!this._map) {
      this._pending = events;
      return;
    }
    this._layer.clearLayers();
    this._markers.clear();
    this._events = events;
    for (const e of events) {
      const colour = COLOUR[e.type] || '#b3261e';
      const marker = L.circleMarker([e.lat, e.lon], {
        radius: RADIUS[e.precision] || 8, color: colour, fillColor: colour, weight: 1,
        fillOpacity: e.precision === 'EXACT' ? 0.8 : 0.35,
      });
      marker.annalsColour = colour;
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
    this._fit();
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
    this._readerMoved = false;
    this._area = [[south, west], [north, east]];
    this._programmatic(() => this._map.fitBounds(this._area, { animate: false }));
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
      marker.setStyle({ color: key === slug ? '#1a1a1a' : marker.annalsColour, weight: key === slug ? 3 : 1 });
      if (key === slug) {
        marker.bringToFront();
        marker.openTooltip();
        // brought into view: a selected event is never selected off-screen
        if (!this._map.getBounds().contains(marker.getLatLng())) {
          this._programmatic(() => this._map.panTo(marker.getLatLng(), { animate: false }));
        }
      }
    }
  }
}

customElements.define('annals-event-map', AnnalsEventMap);
