// A small map for picking or showing one point. It draws Natural Earth country outlines shipped with the
// application (world-atlas, public domain), so it works without any tile server or internet access.
import { createOfflineMap, L } from './annals-offline-map.js';
import { search } from './annals-gazetteer.js';
import { NAMES_FROM_ZOOM } from './annals-map-names.js';

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
