import { Check } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useRef } from 'react';
import type { MenuProps } from './Menu';

/**
 * The menu itself (Radix's dropdown menu), downloaded when a menu is first opened: see Menu.
 * It starts open, as it is drawn in answer to the press that opened it.
 */
export function MenuDropdown({
  trigger,
  items,
  label,
  align = 'end',
  keepFocusAfterSelect = false,
}: MenuProps) {
  const chosen = useRef(false);
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="ui-menu"
          align={align}
          sideOffset={6}
          aria-label={label}
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
