import {
  Children,
  cloneElement,
  isValidElement,
  useId,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { lazyComponent } from './lazyComponent';

/** Hovering this long shows the tooltip; a keyboard focus shows it at once. */
const DELAY_MS = 400;

// The bubble and its positioning (floating-ui) download the first time a tooltip is shown,
// not with every page (the page-weight guard, scripts/pageWeight.test.ts).
const TooltipBubble = lazyComponent(() =>
  import('./TooltipBubble').then((module) => module.TooltipBubble),
);

interface TriggerProps {
  'aria-describedby'?: string;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

/** A hover's timer, by trigger element, until it shows the tooltip or the pointer leaves. */
const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

const focusVisible = (element: HTMLElement): boolean => {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
};

/**
 * A label shown beside its trigger (a single element that takes these events, usually a
 * button) on hover after a moment or at once on keyboard focus; Escape, a press or leaving
 * hides it. While shown, the trigger is described by it.
 */
export function Tooltip({ content, children }: { content: ReactNode; children: ReactNode }) {
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const child = Children.only(children);
  if (!isValidElement<TriggerProps>(child)) return child;
  const own = child.props;
  const hide = (target: HTMLElement) => {
    clearTimeout(pending.get(target));
    setAnchor(null);
  };
  return (
    <>
      {cloneElement(child, {
        'aria-describedby':
          [own['aria-describedby'], anchor ? id : undefined].filter(Boolean).join(' ') || undefined,
        onPointerEnter: (event: PointerEvent<HTMLElement>) => {
          own.onPointerEnter?.(event);
          if (event.pointerType === 'touch') return;
          const target = event.currentTarget;
          clearTimeout(pending.get(target));
          pending.set(
            target,
            setTimeout(() => setAnchor(target), DELAY_MS),
          );
        },
        onPointerLeave: (event: PointerEvent<HTMLElement>) => {
          own.onPointerLeave?.(event);
          hide(event.currentTarget);
        },
        onPointerDown: (event: PointerEvent<HTMLElement>) => {
          own.onPointerDown?.(event);
          hide(event.currentTarget);
        },
        onFocus: (event: FocusEvent<HTMLElement>) => {
          own.onFocus?.(event);
          if (focusVisible(event.currentTarget)) setAnchor(event.currentTarget);
        },
        onBlur: (event: FocusEvent<HTMLElement>) => {
          own.onBlur?.(event);
          hide(event.currentTarget);
        },
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
          own.onKeyDown?.(event);
          if (event.key === 'Escape') hide(event.currentTarget);
        },
      })}
      {anchor ? (
        <TooltipBubble anchor={anchor} id={id}>
          {content}
        </TooltipBubble>
      ) : null}
    </>
  );
}
