// Names on the offline maps, so a reader knows where a circle is without hovering it: countries at every zoom (those
// wide enough on screen to hold their name, in the page's language) and, from NAMES_FROM_ZOOM on, towns from the
// offline gazetteer. Names lie under the events' circles and never take a click or a touch.
import countryCodes from 'i18n-iso-countries';
import polylabel from 'polylabel';
import { within } from './annals-gazetteer.js';

/** Towns are named from this zoom on (about 100 km across): below it they would cover the map. */
export const NAMES_FROM_ZOOM = 8;
const PANE = 'annals-names';

/** A name drawn as text (an element holding it as text: Leaflet reads a string as HTML). */
function label(L, latLng, text, className) {
  const span = document.createElement('span');
  span.textContent = text;
  return L.marker(latLng, {
    pane: PANE, interactive: false, keyboard: false,
    icon: L.divIcon({ className, html: span, iconSize: null }),
  });
}

/**
 * Each country's name and where to write it: the point of its largest polygon farthest from the edges (polylabel),
 * so "Norway" or "Chile" is written inside the country, and the width that polygon spans.
 */
function countryPlaces(world, language) {
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([language], { type: 'region' }) : null;
  const places = [];
  for (const country of world.features) {
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    let largest = null;
    let largestArea = -1;
    for (const rings of polygons) {
      const xs = rings[0].map((p) => p[0]);
      const ys = rings[0].map((p) => p[1]);
      const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
      // a polygon cut by the 180th meridian (Fiji's) spans the whole map in degrees: not where to write a name
      if (Math.max(...xs) - Math.min(...xs) < 180 && area > largestArea) {
        largestArea = area;
        largest = { rings, west: Math.min(...xs), east: Math.max(...xs) };
      }
    }
    if (!largest) {
      continue;
    }
    const code = countryCodes.numericToAlpha2(country.id);
    let name = country.properties.name;
    try {
      name = (code && names && names.of(code)) || name;
    } catch (e) {
      // a code this browser does not know: Natural Earth's English name
    }
    const [lon, lat] = polylabel(largest.rings, 0.5);
    places.push({ name, lat, lon, west: largest.west, east: largest.east });
  }
  return places;
}

function overlap(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Draws the names on {@code map} and keeps them right as it moves and zooms. */
export function showNames(L, map, world, language) {
  map.createPane(PANE);
  map.getPane(PANE).style.zIndex = 350; // above the land (250), under the events' circles (400)
  map.getPane(PANE).style.pointerEvents = 'none';
  const countries = countryPlaces(world, language).sort((a, b) => (b.east - b.west) - (a.east - a.west));
  const layer = L.layerGroup().addTo(map);
  let asked = 0;
  const redraw = async () => {
    const mine = ++asked;
    const zoom = map.getZoom();
    const bounds = map.getBounds();
    const drawn = [];
    const taken = [];
    // the widest countries first; a name that would touch one already written is left out (Niger, Chad, Sudan)
    for (const c of countries) {
      // a name needs about 7 px a letter: smaller countries stay unnamed at this zoom
      const width = map.latLngToContainerPoint([c.lat, c.east]).x - map.latLngToContainerPoint([c.lat, c.west]).x;
      const at = map.latLngToContainerPoint([c.lat, c.lon]);
      const box = { left: at.x - c.name.length * 4, right: at.x + c.name.length * 4, top: at.y - 8, bottom: at.y + 8 };
      if (width >= c.name.length * 7 && bounds.contains([c.lat, c.lon]) && !taken.some((t) => overlap(t, box))) {
        taken.push(box);
        drawn.push(label(L, [c.lat, c.lon], c.name, 'annals-country-name'));
      }
    }
    if (zoom >= NAMES_FROM_ZOOM) {
      // cells of about 20 km at zoom 8 (halving with each zoom step): one name each, so names do not pile up
      for (const p of await within(bounds, 48 / Math.pow(2, zoom), 60)) {
        drawn.push(label(L, [p.lat, p.lon], p.name, 'annals-town-name'));
      }
    }
    if (mine !== asked) {
      return; // the map moved again meanwhile: the later answer draws
    }
    layer.clearLayers();
    drawn.forEach((name) => name.addTo(layer));
  };
  map.on('moveend', redraw);
  redraw();
}
