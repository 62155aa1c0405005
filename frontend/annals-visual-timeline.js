// The reader's visual timeline: vis-timeline showing only what the server sends for the visible window, either
// events (up to about a thousand) or, when there are more, density bars per day, week or month. Uncertain dates are
// drawn as what they are: spans with soft edges, never false points.
import { Timeline, DataSet } from 'vis-timeline/standalone';
import '../node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
import { rovingFocus } from './annals-roving-focus.js';

class AnnalsVisualTimeline extends HTMLElement {
  connectedCallback() {
    if (this._timeline) {
      return;
    }
    this.style.display = 'block';
    const container = document.createElement('div');
    this.appendChild(container);
    this._items = new DataSet();
    this._timeline = new Timeline(container, this._items, {
      maxHeight: '340px',
      verticalScroll: true,
      orientation: 'top',
      margin: { item: 4 },
      stack: true,
      zoomMin: 1000 * 60 * 60 * 24 * 3,
      zoomMax: 1000 * 60 * 60 * 24 * 365 * 12,
      // dates live in the years 1–9999 (EDTF's four digits): the reader cannot pan past them
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      selectable: true,
      showCurrentTime: false,
      tooltip: { followMouse: true },
      xss: { disabled: false },
      dataAttributes: ['slug', 'id'],
    });
    // the page lays the timeline out after it is created (fonts, the list below): redraw once sizes settle
    new ResizeObserver(() => this._timeline.redraw()).observe(container);
    let timer;
    this._timeline.on('rangechanged', (props) => {
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
      if (item && item.slug) {
        this.dispatchEvent(new CustomEvent('event-selected', { detail: { slug: item.slug } }));
      }
    });
    // keyboard users reach the drawn events (one Tab stop, arrow keys between them) and select one as a click would
    const refreshFocus = rovingFocus(container, '.vis-item[data-slug]', (element) => {
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
    this.setAttribute('role', 'region');
    if (this._pendingWindow) {
      this.setWindow(...this._pendingWindow);
    }
  }

  /** vis-timeline draws only the items in view and reuses their elements: name the ones not named yet. */
  _labelItems(container) {
    for (const element of container.querySelectorAll('.vis-item[data-slug]:not([role])')) {
      const item = this._items.get(element.dataset.id);
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', item ? item.content + ', ' + item.label : element.dataset.slug);
    }
  }

  /** The server has nothing new for the window (or its answer is drawn): no longer busy. */
  settled() {
    this.removeAttribute('aria-busy');
  }

  select(slug) {
    this._selected = slug;
    if (!this._timeline) {
      return;
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
    this._timeline.setOptions({ start: from, end: to });
    this._timeline.setWindow(from, to, { animation: false });
  }

  /**
   * events: [{id, slug, lane, headline, label, start, end, fuzzy, type}] with start/end as yyyy-mm-dd (end exclusive);
   * lanes: [{id, label}], empty for one band.
   */
  showEvents(events, lanes) {
    this._drawPending = true;
    this.removeAttribute('data-density-total');
    this._items.clear();
    this._timeline.setGroups(lanes && lanes.length > 0
      ? new DataSet(lanes.map((lane, i) => ({ id: lane.id, content: lane.label, order: i })))
      : null);
    this._items.add(events.map((e) => ({
      id: e.id,
      group: e.lane || undefined,
      slug: e.slug,
      content: e.headline,
      label: e.label,
      title: e.label + ' — ' + e.headline,
      start: e.start,
      end: e.end || undefined,
      type: e.end ? 'range' : 'point',
      className: 'annals-type-' + e.type + (e.fuzzy ? ' annals-fuzzy' : ''),
    })));
    this.setAttribute('data-lanes', String(lanes ? lanes.length : 0));
    if (this._selected) {
      this.select(this._selected);
    }
  }

  /** buckets: [{start, end, count}]; drawn as background bars whose strength follows the count. */
  showDensity(buckets, total) {
    this._drawPending = true;
    this._items.clear();
    this._timeline.setGroups(null);
    this.setAttribute('data-lanes', '0');
    const max = Math.max(1, ...buckets.map((b) => b.count));
    this._items.add(buckets.map((b, i) => ({
      id: 'density-' + i,
      content: String(b.count),
      title: b.count + ' events (zoom in to see them)',
      start: b.start,
      end: b.end,
      type: 'background',
      style: 'background-color: rgba(26, 115, 232,' + (0.15 + 0.75 * b.count / max).toFixed(2) + ')',
    })));
    this.setAttribute('data-density-total', String(total));
  }
}

customElements.define('annals-visual-timeline', AnnalsVisualTimeline);
