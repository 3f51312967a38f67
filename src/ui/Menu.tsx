import { Check } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useRef, type ReactNode } from 'react';

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

/** A dropdown menu: the trigger must be a single focusable element (a button). */
export function Menu({
  trigger,
  items,
  label,
  align = 'end',
  keepFocusAfterSelect = false,
}: MenuProps) {
  const chosen = useRef(false);
  return (
    <DropdownMenu.Root>
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
