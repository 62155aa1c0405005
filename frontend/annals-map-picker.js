// A small map for picking or showing one point. It draws Natural Earth country outlines shipped with the
// application (world-atlas, public domain), so it works without any tile server or internet access.
import { createOfflineMap, L } from './annals-offline-map.js';
import { search, within } from './annals-gazetteer.js';

/** Names of places are drawn from this zoom on (about 100 km across): below it they would cover the map. */
const NAMES_FROM_ZOOM = 8;

/** A name as text, never as HTML (Leaflet reads a string given to a tooltip as HTML). */
function textOf(name) {
  const span = document.createElement('span');
  span.textContent = name;
  return span;
}

class AnnalsMapPicker extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      return;
    }
    this._searchBox();
    this._map = createOfflineMap(this);
    // the search field above, the map taking the rest of the height
    this.style.display = 'flex';
    this.style.flexDirection = 'column';
    this.lastElementChild.style.flex = '1';
    this.lastElementChild.style.minHeight = '0';
    this._map.invalidateSize();
    this._names = L.layerGroup().addTo(this._map);
    this._map.on('moveend', () => this._showNames());
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

  /**
   * A search field above the map: typing a place's name lists matches from the offline gazetteer; choosing one sets
   * the point and tells the server the place's name too ('place-picked'). Labels come from attributes the server
   * sets in the page's language.
   */
  _searchBox() {
    const box = document.createElement('div');
    box.className = 'annals-place-search';
    const input = document.createElement('input');
    input.type = 'search';
    input.id = 'place-search';
    input.autocomplete = 'off';
    input.placeholder = this.getAttribute('search-placeholder') || 'Find a place by name';
    input.setAttribute('aria-label', input.placeholder);
    const list = document.createElement('ul');
    list.id = 'place-results';
    list.setAttribute('role', 'list');
    box.append(input, list);
    this.appendChild(box);
    let asked = 0;
    input.addEventListener('input', async () => {
      const mine = ++asked;
      const near = this._marker ? this._marker.getLatLng() : this._map && this._map.getCenter();
      const found = await search(input.value, this._map ? this._map.getBounds() : null, near ? [near.lat, near.lng] : null);
      if (mine !== asked) return; // a later keystroke's answer wins
      list.replaceChildren(...found.map((p) => {
        const item = document.createElement('li');
        const choose = document.createElement('button');
        choose.type = 'button';
        choose.className = 'annals-place-result';
        choose.textContent = `${p.name}, ${p.country} (${p.lat.toFixed(4)}, ${p.lon.toFixed(4)})`;
        choose.addEventListener('click', () => {
          const lat = Math.round(p.lat * 10000) / 10000;
          const lon = Math.round(p.lon * 10000) / 10000;
          this.setPoint(lat, lon);
          this._map.setView([lat, lon], Math.max(this._map.getZoom(), NAMES_FROM_ZOOM));
          list.replaceChildren();
          input.value = p.name;
          this.dispatchEvent(new CustomEvent('point-picked', { detail: { lat, lon } }));
          this.dispatchEvent(new CustomEvent('place-picked', { detail: { name: p.name } }));
        });
        item.appendChild(choose);
        return item;
      }));
    });
  }

  /** From NAMES_FROM_ZOOM on, the names of places in view (one per small cell, so they do not overlap). */
  async _showNames() {
    const mine = (this._namesAsked = (this._namesAsked || 0) + 1);
    const zoom = this._map.getZoom();
    this._names.clearLayers();
    if (zoom < NAMES_FROM_ZOOM) return;
    // cells of about 20 km at zoom 8 (halving with each zoom step): one name each, so names do not pile up
    const found = await within(this._map.getBounds(), 48 / Math.pow(2, zoom), 60);
    if (mine !== this._namesAsked) return; // the map moved again meanwhile: the later answer draws
    this._names.clearLayers();
    for (const p of found) {
      L.marker([p.lat, p.lon], {
        icon: L.divIcon({ className: 'annals-place-name', html: '', iconSize: [4, 4] }),
        interactive: false, keyboard: false,
      }).bindTooltip(textOf(p.name), { permanent: true, direction: 'right', className: 'annals-place-label' }).addTo(this._names);
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
