import { useEffect, useRef, useState } from 'react';

/**
 * "Entfernen" with "Rückgängig" instead of a confirmation question (ADR 0011): the item goes at once, a banner
 * offering undo takes focus (the button that was pressed is gone), and undo puts the item back in its place and
 * focuses it (WCAG 2.4.3). `R` is whatever the page shows about the removed item in the banner.
 */
export function useUndoableRemoval<R extends { id: string }>(options: {
  /** Puts the item back at `index` of the list it came from. */
  restore: (removed: R, index: number) => void;
  /** The id of the element that represents a restored item (it must be focusable). */
  anchorOf: (id: string) => string;
}) {
  const [removed, setRemoved] = useState<{ item: R; index: number } | undefined>();
  // Where focus goes after the next render: 'banner' or an element id.
  const focusTarget = useRef<string | undefined>(undefined);
  const bannerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = focusTarget.current;
    if (target === undefined) return;
    const element = target === 'banner' ? bannerRef.current : document.getElementById(target);
    element?.focus();
    focusTarget.current = undefined;
  });
  return {
    removed: removed?.item,
    bannerRef,
    /** Call after removing `item`, which was at `index`. */
    removedAt(item: R, index: number) {
      setRemoved({ item, index });
      focusTarget.current = 'banner';
    },
    undo() {
      if (!removed) return;
      options.restore(removed.item, removed.index);
      setRemoved(undefined);
      focusTarget.current = options.anchorOf(removed.item.id);
    },
  };
}
