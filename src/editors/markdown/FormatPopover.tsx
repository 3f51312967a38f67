import { useState, type ReactNode } from 'react';
import { lazyComponent } from '../../ui/lazyComponent';
import { Tooltip } from '../../ui/Tooltip';

export interface FormatPopoverProps {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called when the form is submitted; return false to keep the popover open. */
  onApply: () => boolean;
  applyDisabled?: boolean;
  children: ReactNode;
}

// Radix's popover and its positioning (floating-ui) download the first time a form is opened,
// not with the compose page (the page-weight guard, scripts/pageWeight.test.ts).
const FormatPopoverPanel = lazyComponent(() =>
  import('./FormatPopoverPanel').then((module) => module.FormatPopoverPanel),
);

/**
 * A toolbar button that opens a small form (a link address, a colour, a number of lines). Until
 * it is first opened only the button is drawn; from then on it is Radix's popover throughout.
 */
export function FormatPopover(props: FormatPopoverProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (opened) return <FormatPopoverPanel {...props} />;
  const { label, shortcut, icon, onOpenChange } = props;
  return (
    <Tooltip content={shortcut ? `${label} (${shortcut})` : label}>
      <button
        type="button"
        className="ui-icon-button ui-icon-button--ghost"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={false}
        data-state="closed"
        onClick={() => onOpenChange(true)}
      >
        <span aria-hidden="true">{icon}</span>
      </button>
    </Tooltip>
  );
}
