import {
  cloneElement,
  isValidElement,
  lazy,
  Suspense,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

export interface MenuItem {
  key: string;
  label: ReactNode;
  icon?: ReactNode;
  checked?: boolean;
  disabled?: boolean;
  onSelect: () => void;
}

export interface MenuProps {
  trigger: ReactNode;
  items: MenuItem[];
  label?: string;
  align?: 'start' | 'center' | 'end';
  /**
   * After an item is chosen, focus stays where its action put it instead of going back to the
   * trigger (Escape or a click outside still returns it).
   */
  keepFocusAfterSelect?: boolean;
}

const MenuDropdown = lazy(() =>
  import('./MenuDropdown').then((module) => ({ default: module.MenuDropdown })),
);

interface TriggerProps {
  'aria-haspopup'?: 'menu';
  'aria-expanded'?: boolean;
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The keys that open a menu from its button, as Radix's menu button does. */
const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * A dropdown menu: the trigger must be a single focusable element (a button). Until it is
 * first opened only the button is drawn, and the menu's code (Radix's dropdown menu and its
 * positioning) downloads on that first press rather than with every page (the page-weight
 * guard, scripts/pageWeight.test.ts); from then on it is Radix's menu throughout.
 */
export function Menu(props: MenuProps) {
  const [wanted, setWanted] = useState<false | 'pointer' | 'keyboard'>(false);
  const { trigger } = props;
  if (wanted) {
    return (
      <Suspense fallback={trigger}>
        <MenuDropdown {...props} openedByKeyboard={wanted === 'keyboard'} />
      </Suspense>
    );
  }
  if (!isValidElement<TriggerProps>(trigger)) return trigger;
  const own = trigger.props;
  return cloneElement(trigger, {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      own.onPointerDown?.(event);
      // As Radix's trigger: the main button without Ctrl opens it, without focusing the button.
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey) return;
      event.preventDefault();
      setWanted('pointer');
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(event);
      if (event.defaultPrevented || !OPEN_KEYS.has(event.key)) return;
      event.preventDefault();
      setWanted('keyboard');
    },
  });
}
