import { Check } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useRef } from 'react';
import type { MenuProps } from './Menu';

/**
 * The menu itself (Radix's dropdown menu), downloaded when a menu is first opened: see Menu.
 * It starts open, as it is drawn in answer to the press that opened it; opened by a key, its
 * first item takes the focus, as Radix does on every later opening by a key (Radix could not
 * see that first key: it was pressed before its code had arrived).
 */
export function MenuDropdown({
  trigger,
  items,
  label,
  align = 'end',
  keepFocusAfterSelect = false,
  openedByKeyboard,
}: MenuProps & { openedByKeyboard: boolean }) {
  const chosen = useRef(false);
  const firstOpening = useRef(true);
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="ui-menu"
          align={align}
          sideOffset={6}
          aria-label={label}
          onFocus={(event) => {
            // Radix focuses the menu itself when it opens; the first time, opened by a key, the
            // focus goes on to the first item.
            if (event.target !== event.currentTarget || !firstOpening.current) return;
            firstOpening.current = false;
            if (!openedByKeyboard) return;
            event.currentTarget
              .querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')
              ?.focus({ preventScroll: true });
          }}
          onCloseAutoFocus={(event) => {
            if (keepFocusAfterSelect && chosen.current) event.preventDefault();
            chosen.current = false;
          }}
        >
          {items.map((item) =>
            item.checked === undefined ? (
              <DropdownMenu.Item
                key={item.key}
                className="ui-menu__item"
                disabled={item.disabled}
                onSelect={() => {
                  chosen.current = true;
                  item.onSelect();
                }}
              >
                {item.icon ? <span aria-hidden="true">{item.icon}</span> : null}
                {item.label}
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.CheckboxItem
                key={item.key}
                className="ui-menu__item"
                checked={item.checked}
                disabled={item.disabled}
                onSelect={item.onSelect}
              >
                <span className="ui-menu__check" aria-hidden="true">
                  <DropdownMenu.ItemIndicator>
                    <Check size={14} />
                  </DropdownMenu.ItemIndicator>
                </span>
                {item.label}
              </DropdownMenu.CheckboxItem>
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
