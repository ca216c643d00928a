/**
 * A long view drawn in parts, so that no part holds the page for long: the first screen (the step's heading and what
 * a user reads first) is drawn at once, then each `<Later part={n}>` in its own task, in order, after the browser
 * has painted the one before. Content is only ever added below what is on screen, within moments of the click, and
 * focus stays on the heading. The island (ToolIsland.tsx) marks itself `data-drawn` once every part is drawn.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** The parts a view may have after its first screen. */
export const LATER_PARTS = 4;

const Drawn = createContext(LATER_PARTS);

/** Part `part` (1 to LATER_PARTS) of a long view: shown once the parts before it are. */
export function Later({ part, children }: { part: number; children: ComponentChildren }) {
  return useContext(Drawn) >= part ? <>{children}</> : null;
}

/**
 * Draws its view's later parts one task at a time (one per painted frame), then calls `onDrawn`. Give it a `key`
 * for each view, so that a new view starts again from its first screen.
 */
export function DrawInParts({ onDrawn, children }: { onDrawn: () => void; children: ComponentChildren }) {
  const [drawn, setDrawn] = useState(0);
  // Preact runs effects after the browser paints; the timer then gives the next part a task of its own.
  useEffect(() => {
    if (drawn >= LATER_PARTS) return onDrawn();
    const timer = setTimeout(() => setDrawn(drawn + 1), 0);
    return () => clearTimeout(timer);
  }, [drawn]);
  return <Drawn.Provider value={drawn}>{children}</Drawn.Provider>;
}
