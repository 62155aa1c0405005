// A small map for picking or showing one point. It draws Natural Earth country outlines shipped with the
// application (world-atlas, public domain), so it works without any tile server or internet access.
import { createOfflineMap, L } from './annals-offline-map.js';

class AnnalsMapPicker extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      return;
    }
    this._map = createOfflineMap(this);
    this._map.on('click', (e) => {
      const lat = Math.round(e.latlng.lat * 10000) / 10000;
      const lon = Math.round(L.Util.wrapNum(e.latlng.lng, [-180, 180], true) * 10000) / 10000;
      this.setPoint(lat, lon);
      this.dispatchEvent(new CustomEvent('point-picked', { detail: { lat, lon } }));
    });
    this.setAttribute('role', 'application');
    if (!this.hasAttribute('aria-label')) {
      // the server names the map in the page's language; this is the English fallback
      this.setAttribute('aria-label', 'Map: click to set the coordinates');
    }
    if (this._pending) {
      this.setPoint(this._pending[0], this._pending[1]);
    }
  }

  setPoint(lat, lon) {
    if (!this._map) {
      this._pending = [lat, lon];
      return;
    }
    if (this._marker) {
      this._marker.remove();
      this._marker = null;
    }
    if (lat === null || lat === undefined || lon === null || lon === undefined) {
      return;
    }
    this._marker = L.circleMarker([lat, lon], { radius: 7, color: '#b3261e', fillOpacity: 0.8 }).addTo(this._map);
  }
}

customElements.define('annals-map-picker', AnnalsMapPicker);
