import { Popover } from 'radix-ui';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
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

/** A toolbar button that opens a small form (a link address, a colour, a number of lines). */
export function FormatPopover({
  label,
  shortcut,
  icon,
  open,
  onOpenChange,
  onApply,
  applyDisabled,
  children,
}: FormatPopoverProps) {
  const { t } = useTranslation('markdown');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onApply()) onOpenChange(false);
  };
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Tooltip content={shortcut ? `${label} (${shortcut})` : label}>
        <Popover.Trigger className="ui-icon-button ui-icon-button--ghost" aria-label={label}>
          <span aria-hidden="true">{icon}</span>
        </Popover.Trigger>
      </Tooltip>
      <Popover.Portal>
        <Popover.Content className="md-popover" sideOffset={6} align="start">
          <form onSubmit={submit} className="md-popover__form" aria-label={label}>
            {children}
            <div className="md-popover__actions">
              <Button size="sm" onClick={() => onOpenChange(false)}>
                {t('cancel')}
              </Button>
              <Button size="sm" variant="primary" type="submit" disabled={applyDisabled}>
                {t('apply')}
              </Button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
