// Text on a hall TV never wraps or runs out of its box: «ПР999 → 123» must stay one line with
// the arrow pointing at the window, at 1366×768 as at 3840×2160, whatever the label. Elements
// marked `data-fit` are shrunk (font size, never below what fits) until their content fits their
// width; the CSS gives their full size. Measured, not guessed: a letter's width depends on the
// font the TV happens to have.
import { useLayoutEffect, type RefObject } from 'react';

/** each further round shrinks by this factor (text does not scale exactly with its font size) */
const STEP = 0.94;
const MAX_ROUNDS = 6;

function overflows(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth || (el.dataset.fit === 'both' && el.scrollHeight > el.clientHeight);
}

/** Shrinks every `[data-fit]` inside `root` (and root itself) until it fits; returns how many were shrunk. */
export function fitAll(root: HTMLElement): number {
  const els = [...(root.dataset.fit !== undefined ? [root] : []), ...root.querySelectorAll<HTMLElement>('[data-fit]')];
  // reset all first, then read all, then write all: one layout per round, not one per element
  for (const el of els) el.style.fontSize = '';
  let todo = els.filter(overflows);
  const shrunk = todo.length;
  const sizes = new Map(
    todo.map((el) => {
      const base = parseFloat(getComputedStyle(el).fontSize);
      const byWidth = el.scrollWidth > el.clientWidth ? el.clientWidth / el.scrollWidth : 1;
      const byHeight = el.dataset.fit === 'both' && el.scrollHeight > el.clientHeight ? el.clientHeight / el.scrollHeight : 1;
      return [el, base * Math.min(byWidth, byHeight)] as const;
    }),
  );
  for (let round = 0; round < MAX_ROUNDS && todo.length > 0; round++) {
    for (const el of todo) el.style.fontSize = `${(sizes.get(el) ?? 0).toFixed(2)}px`;
    // text does not scale exactly with its size (rounding, fixed gaps): shrink a step more while it still spills
    todo = todo.filter(overflows);
    for (const el of todo) sizes.set(el, (sizes.get(el) ?? 0) * STEP);
  }
  return shrunk;
}

/** the mutation touched fitted text (not, say, the clock ticking) */
function touchesFitted(m: MutationRecord): boolean {
  const el = m.target instanceof Element ? m.target : m.target.parentElement;
  if (el?.closest('[data-fit]')) return true;
  return [...m.addedNodes].some((n) => n instanceof Element && (n.matches('[data-fit]') || n.querySelector('[data-fit]') !== null));
}

/**
 * Fits `[data-fit]` elements after every render of the owner, whenever anything below it
 * changes the fitted text (a child redrawing on its own: a new row, a new number), and
 * whenever the box changes size (a TV switched to another resolution, the offline banner
 * pushing the layout down).
 */
export function useFitText(rootRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (rootRef.current) fitAll(rootRef.current);
  });
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    // mutation callbacks run before the next paint: a new row never shows unfitted
    const mo = new MutationObserver((records) => {
      if (records.some(touchesFitted)) fitAll(root);
    });
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    let frame = 0;
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => fitAll(root));
          });
    ro?.observe(root);
    // a web font arriving late changes every width
    void document.fonts?.ready.then(() => fitAll(root));
    return () => {
      cancelAnimationFrame(frame);
      mo.disconnect();
      ro?.disconnect();
    };
  }, [rootRef]);
}
