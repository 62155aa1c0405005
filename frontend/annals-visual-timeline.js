// The reader's visual timeline: vis-timeline showing only what the server sends for the visible window, either
// events (up to about a thousand) or, when there are more, density bars per day, week or month. Uncertain dates are
// drawn as what they are: spans with soft edges, never false points.
import { Timeline, DataSet } from 'vis-timeline/standalone';
import '../node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
import { rovingFocus } from './annals-roving-focus.js';
import { pack } from './annals-timeline-packing.js';
import moment from 'moment';
import 'moment/locale/uk';

const DAY = 24 * 60 * 60 * 1000;
// rows the whole timeline has room for before it grows: each lane gets its share, never fewer than three (two for
// events, one for the counts of those that did not fit), so every lane stays in view
const ROWS = 12;
const ROWS_NARROW = 8;

/** Makes a DataSet hold exactly these rows: those gone are removed, the others added or updated where they are. */
function replaceContents(dataSet, rows) {
  const kept = new Set(rows.map((row) => row.id));
  dataSet.remove(dataSet.getIds({ filter: (row) => !kept.has(row.id) }));
  dataSet.update(rows);
}

class AnnalsVisualTimeline extends HTMLElement {
  connectedCallback() {
    if (this._started) {
      return;
    }
    this._started = true;
    this.style.display = 'block';
    this.style.position = 'relative';
    const container = document.createElement('div');
    this.appendChild(container);
    this._items = new DataSet();
    this._groups = new DataSet();
    this._events = [];
    this._lanes = [];
    this._zoomControls();
    this.setAttribute('role', 'region');
    // made once the element has a box: Vaadin attaches a view hidden before it shows it, and a vis-timeline made
    // while hidden measures nothing, redraws until sizes settle and logs "infinite loop in redraw?" on every load
    const shown = new ResizeObserver(() => {
      if (this.clientWidth > 0) {
        shown.disconnect();
        this._create(container);
      }
    });
    shown.observe(this);
  }

  _create(container) {
    // the axis speaks the page's language (month names, date order)
    const language = this.getAttribute('lang') === 'uk' ? 'uk' : 'en';
    this._timeline = new Timeline(container, this._items, {
      locale: language,
      moment: (date) => moment(date).locale(language),
      orientation: 'top',
      margin: { item: { horizontal: 0, vertical: 4 } },
      // rows are laid out here (annals-timeline-packing.js): each lane's rows are groups that never stack
      stack: false,
      groupOrder: 'order',
      zoomMin: DAY,
      zoomMax: 1000 * 60 * 60 * 24 * 365 * 12,
      // dates live in the years 1–9999 (EDTF's four digits): the reader cannot pan past them
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      selectable: true,
      showCurrentTime: false,
      tooltip: { followMouse: true },
      xss: { disabled: false },
      dataAttributes: ['slug', 'id', 'members'],
    });
    // the page lays the timeline out after it is created (fonts, the list below): redraw once sizes settle
    new ResizeObserver(() => this._timeline.redraw()).observe(container);
    let timer;
    this._timeline.on('rangechanged', (props) => {
      // the same events at another scale: laid out again at once, before the server answers
      this._layout();
      // busy until the server has answered for the new window and the answer is drawn (see settled): assistive
      // technology waits for the update, and so can a test that must not press a key into a half-drawn timeline
      this.setAttribute('aria-busy', 'true');
      clearTimeout(timer);
      timer = setTimeout(() => this.dispatchEvent(new CustomEvent('window-changed', {
        detail: { from: props.start.toISOString().slice(0, 10), to: props.end.toISOString().slice(0, 10) },
      })), 250);
    });
    this._timeline.on('select', (props) => {
      const id = props.items && props.items[0];
      const item = id && this._items.get(id);
      if (item && item.members) {
        this._open(item);
      } else if (item && item.slug) {
        this.dispatchEvent(new CustomEvent('event-selected', { detail: { slug: item.slug } }));
      }
    });
    // keyboard users reach the drawn events (one Tab stop, arrow keys between them) and select one as a click would
    const refreshFocus = rovingFocus(container, '.vis-item[data-slug], .vis-item.annals-count', (element) => {
      const item = this._items.get(element.dataset.id);
      if (item && item.members) {
        this._open(item);
        return;
      }
      this._timeline.setSelection([element.dataset.id]);
      this.dispatchEvent(new CustomEvent('event-selected', { detail: { slug: element.dataset.slug } }));
    });
    this._timeline.on('changed', () => {
      this._labelItems(container);
      refreshFocus();
      if (this._drawPending) {
        this._drawPending = false;
        this.settled();
      }
    });
    if (this._pendingWindow) {
      this.setWindow(...this._pendingWindow);
    }
    if (this._pendingDensity) {
      this.showDensity(...this._pendingDensity);
    } else {
      this._layout();
      this._selectShown();
    }
  }

  /** vis-timeline draws only the items in view and reuses their elements: name the ones not named yet. */
  _labelItems(container) {
    for (const element of container.querySelectorAll('.vis-item[data-slug]:not([role]), .vis-item.annals-count:not([role])')) {
      const item = this._items.get(element.dataset.id);
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', item ? (item.members ? item.title : item.content + ', ' + item.label) : element.dataset.slug);
    }
  }

  /** Zoom in and out as maps do: buttons, and + / − while the timeline has the focus. */
  _zoomControls() {
    const bar = document.createElement('div');
    bar.className = 'annals-zoom';
    for (const [text, label, factor] of [['+', this.getAttribute('zoom-in-label') || 'Zoom in', -0.5],
      ['−', this.getAttribute('zoom-out-label') || 'Zoom out', 1]]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('aria-label', label);
      button.title = label;
      button.className = factor < 0 ? 'annals-zoom-in' : 'annals-zoom-out';
      button.addEventListener('click', () => this.zoom(factor));
      bar.appendChild(button);
    }
    this.appendChild(bar);
    this.addEventListener('keydown', (e) => {
      if (e.target.closest && e.target.closest('input, textarea')) {
        return;
      }
      const factor = { '+': -0.5, '=': -0.5, '-': 1, '_': 1, '−': 1 }[e.key];
      if (factor !== undefined && !e.ctrlKey && !e.metaKey) {
        this.zoom(factor);
        e.preventDefault();
      }
    });
  }

  /** Negative factors zoom in (−0.5 shows half the time), positive ones out; centred on the window's middle. */
  zoom(factor) {
    if (!this._timeline) {
      return;
    }
    const { start, end } = this._timeline.getWindow();
    const middle = (start.valueOf() + end.valueOf()) / 2;
    const half = Math.max(DAY / 2, (end - start) * (1 + factor) / 2);
    this._timeline.setWindow(new Date(middle - half), new Date(middle + half), { animation: false });
  }

  /** A count mark opens on its events: the window shrinks to them (a day at least), where they have room. */
  _open(mark) {
    const members = mark.members.map((id) => this._events.find((e) => e.id === id)).filter(Boolean);
    if (members.length === 0) {
      return;
    }
    const first = Math.min(...members.map((e) => e.start));
    const last = Math.max(...members.map((e) => e.end ?? e.start + DAY));
    const margin = Math.max(DAY / 4, (last - first) * 0.05);
    this._timeline.setSelection([]);
    this._timeline.setWindow(new Date(first - margin), new Date(Math.max(last, first + DAY) + margin), { animation: false });
  }

  /** Width of a label as drawn (the items' font; labels are cut at 16rem). */
  _labelWidth(text) {
    if (!this._measure) {
      this._measure = document.createElement('canvas').getContext('2d');
      const style = getComputedStyle(this);
      this._measure.font = style.fontSize + ' ' + style.fontFamily;
      this._maxLabel = 16 * parseFloat(getComputedStyle(document.documentElement).fontSize || '16');
    }
    return Math.min(this._maxLabel, this._measure.measureText(text).width);
  }

  /**
   * Lays the events out in each lane's rows for the current window and width (see annals-timeline-packing.js):
   * rows become vis-timeline groups, the events that do not fit become "+N" marks that open on a click.
   */
  _layout() {
    if (!this._timeline || this._dense) {
      return;
    }
    const { start, end } = this._timeline.getWindow();
    const width = this._timeline.body.domProps.center.width || this.clientWidth || 1000;
    const scale = width / Math.max(1, end - start);
    const lanes = this._lanes.length > 0 ? this._lanes.map((l) => l.id) : [null];
    // a phone has less room in height too
    const rowsPerLane = Math.max(3, Math.floor((width < 600 ? ROWS_NARROW : ROWS) / lanes.length));
    const laid = pack(this._events, lanes, {
      rowsPerLane,
      toPx: (t) => (t - start) * scale,
      labelWidth: (text) => this._labelWidth(text),
      selectedId: this._selectedId(),
    });
    const groups = [];
    lanes.forEach((lane, i) => {
      const label = lane === null ? '' : this._lanes[i].label;
      for (let row = 0; row < laid.rows[lane]; row++) {
        groups.push({ id: i + ':' + row, content: row === 0 ? label : '', order: i * 100 + row,
          className: 'annals-row' + (row === 0 ? ' annals-lane-start' : '') });
      }
    });
    const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
    const byId = new Map(this._events.map((e) => [e.id, e]));
    const items = laid.placed.map((p) => {
      const e = byId.get(p.id);
      return { ...e.item, group: laneIndex.get(p.lane) + ':' + p.row };
    });
    laid.marks.forEach((mark, i) => {
      const count = mark.members.length;
      items.push({ id: 'count-' + i, group: laneIndex.get(mark.lane) + ':' + mark.row, start: new Date(mark.at),
        type: 'point', content: '+' + count, members: mark.members,
        title: (this.getAttribute('more-label') || '{0} more events here: open them').replace('{0}', count),
        className: 'annals-count' });
    });
    // changed in place, not replaced: rows and events that stay keep the sizes vis-timeline measured, so a new
    // layout is one redraw, not a chain of them that trips its "infinite loop in redraw?" guard on every page load
    if (!this._groupsShown) {
      this._timeline.setGroups(this._groups);
      this._groupsShown = true;
    }
    replaceContents(this._groups, groups);
    replaceContents(this._items, items);
    this.setAttribute('data-drawn', String(laid.placed.length));
    this.setAttribute('data-counted', String(laid.marks.reduce((n, m) => n + m.members.length, 0)));
  }

  _selectedId() {
    const chosen = this._selected && this._events.find((e) => e.slug === this._selected);
    return chosen ? chosen.id : undefined;
  }

  /** The server has nothing new for the window (or its answer is drawn): no longer busy. */
  settled() {
    this.removeAttribute('aria-busy');
  }

  /** Selects an event and brings it into view: drawn (never counted away), and the window moved to it if need be. */
  select(slug) {
    this._selected = slug;
    if (!this._timeline) {
      return;
    }
    const chosen = this._events.find((e) => e.slug === slug);
    if (chosen) {
      const { start, end } = this._timeline.getWindow();
      const shown = chosen.start < end.valueOf() && (chosen.end ?? chosen.start) >= start.valueOf();
      if (!shown) {
        const half = (end - start) / 2;
        this._timeline.setWindow(new Date(chosen.start - half), new Date(chosen.start + half), { animation: false });
      }
      this._layout();
    }
    const ids = this._items.getIds({ filter: (item) => item.slug === slug });
    if (ids.length > 0) {
      this._timeline.setSelection(ids, { focus: false, animation: false });
    }
  }

  setWindow(from, to) {
    if (!this._timeline) {
      this._pendingWindow = [from, to];
      return;
    }
    // as options too: without a start and end of its own, vis-timeline fits itself to the first items it is given,
    // which would move a linked window to the extent of its events
    // a window of one day (from = to) shows that day
    const end = to > from ? to : new Date(new Date(from).valueOf() + DAY).toISOString().slice(0, 10);
    this._timeline.setOptions({ start: from, end });
    this._timeline.setWindow(from, end, { animation: false });
  }

  /**
   * events: [{id, slug, lane, headline, label, start, end, fuzzy, type}] with start/end as yyyy-mm-dd (end exclusive);
   * lanes: [{id, label}], empty for one band.
   */
  showEvents(events, lanes) {
    this._drawPending = true;
    this._dense = false;
    this.removeAttribute('data-density-total');
    this._lanes = lanes || [];
    this._events = events.map((e) => ({
      id: e.id,
      lane: e.lane || null,
      slug: e.slug,
      text: e.headline,
      start: Date.parse(e.start),
      end: e.end ? Date.parse(e.end) : null,
      item: {
        id: e.id,
        slug: e.slug,
        content: e.headline,
        label: e.label,
        title: e.label + ' — ' + e.headline,
        start: e.start,
        end: e.end || undefined,
        type: e.end ? 'range' : 'point',
        className: 'annals-type-' + e.type + (e.fuzzy ? ' annals-fuzzy' : ''),
      },
    }));
    this.setAttribute('data-lanes', String(this._lanes.length));
    this._pendingDensity = null;
    this._layout();
    this._selectShown();
  }

  _selectShown() {
    if (this._timeline && this._selected) {
      const ids = this._items.getIds({ filter: (item) => item.slug === this._selected });
      this._timeline.setSelection(ids, { focus: false, animation: false });
    }
  }

  /** buckets: [{start, end, count}]; drawn as background bars whose strength follows the count. */
  showDensity(buckets, total) {
    this._drawPending = true;
    if (!this._timeline) {
      this._dense = true;
      this._pendingDensity = [buckets, total];
      return;
    }
    this._pendingDensity = null;
    this._dense = true;
    this._events = [];
    this.removeAttribute('data-drawn');
    this.removeAttribute('data-counted');
    this._items.clear();
    this._timeline.setGroups(null);
    this._groupsShown = false;
    this.setAttribute('data-lanes', '0');
    const max = Math.max(1, ...buckets.map((b) => b.count));
    // a bar a few pixels wide cut "16,234" to "16": counts are written short ("16K", "16 тис.") in the page's
    // language, and in full in the title
    const lang = this.getAttribute('lang') || 'en';
    const short = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 0 });
    const full = new Intl.NumberFormat(lang);
    // a bar too narrow for its short count shows none (its shade and its title still tell): one digit of "17K" in a
    // phone's 7-pixel bar read as 1
    const shown = this._timeline.getWindow();
    const pixelsPerMs = this.clientWidth / Math.max(1, shown.end - shown.start);
    const roomFor = (b) => (new Date(b.end) - new Date(b.start)) * pixelsPerMs >= 8 * short.format(b.count).length + 4;
    this._items.add(buckets.map((b, i) => ({
      id: 'density-' + i,
      content: roomFor(b) ? short.format(b.count) : '',
      title: full.format(b.count) + ' events (zoom in to see them)',
      start: b.start,
      end: b.end,
      type: 'background',
      style: 'background-color: rgba(26, 115, 232,' + (0.15 + 0.75 * b.count / max).toFixed(2) + ')',
    })));
    this.setAttribute('data-density-total', String(total));
  }
}

customElements.define('annals-visual-timeline', AnnalsVisualTimeline);
