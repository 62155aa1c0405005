// How the visual timeline fits a window's events into the rows it has room for. vis-timeline's own stacking grows as
// deep as the events demand and then hides the rest below a scroll: at the whole war that hid two-thirds of it. Here
// every lane has a fixed number of rows; an event takes the first row where its span and its label fit, and the events
// no row has room for are counted in "+N" marks on the lane's last row, which open (zoom) on a click. So every event of
// the window is either drawn or counted where the reader can see it.

/**
 * events: [{id, lane, start, end, text}] with start/end in milliseconds (end null for a point); lanes: lane ids in
 * order (one null lane when the timeline has none). toPx maps a time to a horizontal pixel, labelWidth a text to its
 * drawn width; rowsPerLane is at least 2. The event with {@code selectedId} is placed first, so a selected event is
 * always drawn.
 *
 * Returns {placed: [{id, lane, row}], marks: [{lane, row, at, members: [ids]}], rows: {lane: rowsUsed}}.
 */
export function pack(events, lanes, { rowsPerLane, toPx, labelWidth, selectedId, markWidth = 44, gap = 6 }) {
  const placed = [];
  const marks = [];
  const rows = {};
  for (const lane of lanes) {
    const own = events.filter((e) => (e.lane ?? null) === lane).map((e) => {
      const x0 = toPx(e.start);
      const xEnd = e.end == null ? x0 : toPx(e.end);
      // a point's label sits right of its dot; a span's label starts at its start and may run past a short span
      const x1 = Math.max(xEnd, x0 + labelWidth(e.text) + (e.end == null ? 18 : 12)) + gap;
      return { e, x0, x1, selected: e.id === selectedId };
    }).sort((a, b) => b.selected - a.selected || a.x0 - b.x0 || a.x1 - b.x1);
    let laid = fill(own, rowsPerLane);
    if (laid.left.length > 0) {
      // the last row holds the counts of what did not fit
      laid = fill(own, rowsPerLane - 1);
      for (const mark of counted(laid.left, markWidth)) {
        marks.push({ lane, row: rowsPerLane - 1, at: mark.at, members: mark.members });
      }
      rows[lane] = rowsPerLane;
    } else {
      rows[lane] = Math.max(1, laid.used);
    }
    for (const { e, row } of laid.placed) {
      placed.push({ id: e.id, lane, row });
    }
  }
  return { placed, marks, rows };
}

/**
 * First fit in order of start: a row is taken up to the end of its last event, and the selected event (placed first,
 * on the first row) keeps its own stretch.
 */
function fill(own, rowCount) {
  const ends = [];
  let chosen = null;
  const placed = [];
  const left = [];
  for (const item of own) {
    if (item.selected) {
      chosen = item;
      placed.push({ e: item.e, row: 0 });
      continue;
    }
    let row = -1;
    for (let r = 0; r < rowCount && row < 0; r++) {
      const clashes = r === 0 && chosen && item.x0 < chosen.x1 && chosen.x0 < item.x1;
      if ((ends[r] ?? -Infinity) <= item.x0 && !clashes) {
        row = r;
      }
    }
    if (row < 0) {
      left.push(item);
    } else {
      ends[row] = item.x1;
      placed.push({ e: item.e, row });
    }
  }
  return { placed, left, used: Math.max(ends.length, chosen ? 1 : 0) };
}

/** Neighbouring left-over events share one mark (a mark's width apart at most), placed at the first one's start. */
function counted(left, markWidth) {
  const sorted = [...left].sort((a, b) => a.x0 - b.x0);
  const found = [];
  for (const item of sorted) {
    const last = found[found.length - 1];
    if (last && item.x0 < last.x + markWidth) {
      last.members.push(item.e.id);
    } else {
      found.push({ x: item.x0, at: item.e.start, members: [item.e.id] });
    }
  }
  return found;
}
