// A small map for picking or showing one point. It draws Natural Earth country outlines shipped with the
// application (world-atlas, public domain), so it works without any tile server or internet access.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';

const WORLD = feature(countries, countries.objects.countries);

class AnnalsMapPicker extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      return;
    }
    this.style.display = 'block';
    const container = document.createElement('div');
    container.style.height = '100%';
    container.style.background = '#dfe9f3';
    this.appendChild(container);
    this._map = L.map(container, { worldCopyJump: true, attributionControl: false }).setView([48.5, 31], 4);
    // the form lays the map out after it is created; keep Leaflet's idea of its size (and centre) right
    const center = this._map.getCenter();
    let settled = false;
    new ResizeObserver(() => {
      this._map.invalidateSize();
      if (!settled) {
        this._map.setView(center, 4);
        settled = true;
      }
    }).observe(container);
    L.geoJSON(WORLD, { style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(this._map);
    this._map.on('click', (e) => {
      const lat = Math.round(e.latlng.lat * 10000) / 10000;
      const lon = Math.round(L.Util.wrapNum(e.latlng.lng, [-180, 180], true) * 10000) / 10000;
      this.setPoint(lat, lon);
      this.dispatchEvent(new CustomEvent('point-picked', { detail: { lat, lon } }));
    });
    this.setAttribute('role', 'application');
    this.setAttribute('aria-label', 'Map: click to set the coordinates');
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
