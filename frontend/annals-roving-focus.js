// Keyboard access to a group of drawn items (the visual timeline's events, the map's markers) as one Tab stop: Tab
// enters the group at the item last used, the arrow keys (and Home, End) move west to east / earlier to later, Enter
// or Space selects — the "roving tabindex" pattern of the WAI-ARIA Authoring Practices. One stop per group keeps the
// rest of the page a few Tab presses away however many items are drawn.

/**
 * Makes the elements matching {@code selector} inside {@code container} (each with a data-id) focusable as a group.
 * Returns a function to call whenever the items were redrawn. {@code activate(element)} is called for Enter and Space.
 */
export function rovingFocus(container, selector, activate) {
  let current = null;
  let hasFocus = false;

  // a drawn item the browser would skip (hidden, or kept by the timeline for reuse) cannot hold the group's Tab stop
  // (an element that is not displayed has an empty box; SVG markers have theirs)
  const reachable = (e) => {
    const box = e.isConnected && e.getBoundingClientRect();
    return Boolean(box) && (box.width > 0 || box.height > 0);
  };
  const inOrder = () => [...container.querySelectorAll(selector)].filter(reachable)
    .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);

  const refresh = () => {
    if (!current || !reachable(current)) {
      // the item may have been redrawn as a new element, or hidden: the tab stop (and the focus, if it was there)
      // follows it, else goes to the first reachable item
      const lostFocus = hasFocus && !container.contains(document.activeElement);
      const key = current && current.dataset.id;
      const drawn = [...container.querySelectorAll(selector)];
      const sameItem = (e) => key && e.dataset.id === key;
      // nothing reachable yet (drawn before the page is laid out): any item keeps the stop until the next redraw
      current = inOrder().find(sameItem) || inOrder()[0] || drawn.find(sameItem) || drawn[0] || null;
      if (lostFocus && current) {
        current.focus({ preventScroll: true });
      }
    }
    for (const element of container.querySelectorAll(selector)) {
      element.tabIndex = element === current ? 0 : -1;
    }
  };

  const moveTo = (element) => {
    if (element) {
      current = element;
      refresh();
      element.focus();
    }
  };

  container.addEventListener('focusin', (e) => {
    const element = e.target.closest && e.target.closest(selector);
    hasFocus = Boolean(element);
    if (element && element !== current) {
      current = element;
      refresh();
    }
  });
  container.addEventListener('focusout', (e) => {
    // an element removed while focused may report its loss without a new target: that focus is still ours to restore
    if (e.relatedTarget || e.target.isConnected) {
      hasFocus = Boolean(e.relatedTarget && container.contains(e.relatedTarget) && e.relatedTarget.closest(selector));
    }
  });
  container.addEventListener('keydown', (e) => {
    const element = e.target.closest && e.target.closest(selector);
    if (!element) {
      return;
    }
    const all = inOrder();
    const at = all.indexOf(element);
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (e.key === 'Enter' || e.key === ' ') {
      activate(element);
    } else if (e.key in moves) {
      moveTo(all[moves[e.key]]);
    } else {
      return;
    }
    // handled here: neither the page nor the map (which pans on arrow keys) should act on it as well
    e.preventDefault();
    e.stopPropagation();
  });
  return refresh;
}
