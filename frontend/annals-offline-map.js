// A Leaflet map over Natural Earth country outlines that ship with the application (world-atlas, public domain):
// no tile server and no internet needed. Shared by the place picker and the readers' map.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';
import { showNames } from './annals-map-names.js';

const WORLD = feature(countries, countries.objects.countries);

/**
 * Builds the map inside {@code host} (a custom element), centred on Ukraine, and keeps its size right. Once the page
 * has laid the map out, a host with a view of its own to show (a linked area, its events) gets to choose it through
 * {@code host.initialView(map)}, returning true; only otherwise is the map centred on Ukraine again.
 */
export function createOfflineMap(host) {
  host.style.display = 'block';
  const container = document.createElement('div');
  container.style.height = '100%';
  container.style.background = '#dfe9f3';
  host.appendChild(container);
  const zoomTexts = { zoomInTitle: host.getAttribute('zoom-in-label') || 'Zoom in',
    zoomOutTitle: host.getAttribute('zoom-out-label') || 'Zoom out' };
  const map = L.map(container, { worldCopyJump: true, attributionControl: false, zoomControl: false })
    .setView([48.5, 31], 4);
  L.control.zoom(zoomTexts).addTo(map);
  // on a touch screen one finger scrolls the page past the map, as embedded maps do: the map pans after a tap on it
  // (until a touch outside it), and two fingers pinch and pan it at any time
  if (window.matchMedia('(pointer: coarse)').matches) {
    map.dragging.disable();
    map.on('click', () => map.dragging.enable());
    document.addEventListener('touchstart', (e) => {
      if (!container.contains(e.target)) {
        map.dragging.disable();
      }
    }, { passive: true });
  }
  // the land in a pane of its own under the names (annals-map-names.js) and the events (Leaflet's overlay pane, 400)
  map.createPane('annals-land').style.zIndex = 250;
  L.geoJSON(WORLD, { pane: 'annals-land', style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
    interactive: false }).addTo(map);
  showNames(L, map, WORLD, host.getAttribute('lang') || document.documentElement.lang || 'en');
  // the page lays the map out after it is created: keep Leaflet's idea of its size (and centre) right
  const center = map.getCenter();
  let settled = false;
  new ResizeObserver(() => {
    // moves made here are the page's, not the reader's (see the event map's bounds-changed)
    host._moving = true;
    try {
      map.invalidateSize();
      if (!settled && container.clientWidth > 0) {
        if (!(host.initialView && host.initialView(map))) {
          map.setView(center, 4);
        }
        settled = true;
      }
    } finally {
      host._moving = false;
    }
  }).observe(container);
  return map;
}

export { L };
