import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/**
 * Where a popup (a listbox, a small menu) hangs below its field, in window coordinates: the cost
 * tables scroll sideways inside their own box, which would clip a popup positioned inside them.
 * Above the field when there is no room below; it follows scrolling and resizing.
 */
export function useAnchoredPosition(anchor: RefObject<HTMLElement | null>, open: boolean, height = 320): CSSProperties | undefined {
  const [style, setStyle] = useState<CSSProperties>();
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const rect = anchor.current?.getBoundingClientRect();
      if (!rect) return;
      // The canvas's save bar sticks to the bottom of the window: a popup must end above it.
      const bottom = Math.min(window.innerHeight, document.querySelector('[data-covers-window-bottom]')?.getBoundingClientRect().top ?? Infinity);
      const roomBelow = bottom - rect.bottom;
      const below = roomBelow >= Math.min(height, rect.top);
      setStyle({
        position: 'fixed',
        insetInlineStart: Math.max(0, Math.min(rect.left, window.innerWidth - 360)),
        minInlineSize: rect.width,
        maxBlockSize: Math.max(120, Math.min(height, (below ? roomBelow : rect.top) - 8)),
        ...(below ? { insetBlockStart: rect.bottom, insetBlockEnd: 'auto' } : { insetBlockStart: 'auto', insetBlockEnd: window.innerHeight - rect.top }),
      });
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor, open, height]);
  return open ? style : undefined;
}
