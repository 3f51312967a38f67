import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** A tooltip's bubble, above its trigger (below where there is no room), kept on screen. */
export function TooltipBubble({
  anchor,
  id,
  children,
}: {
  anchor: HTMLElement;
  id: string;
  children: ReactNode;
}) {
  const [bubble, setBubble] = useState<HTMLDivElement | null>(null);
  const { floatingStyles } = useFloating({
    elements: { reference: anchor, floating: bubble },
    placement: 'top',
    strategy: 'fixed',
    middleware: [offset(6), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  return createPortal(
    <div ref={setBubble} id={id} role="tooltip" className="ui-tooltip" style={floatingStyles}>
      {children}
    </div>,
    document.body,
  );
}
