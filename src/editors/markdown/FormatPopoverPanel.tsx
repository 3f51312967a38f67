import { Popover } from 'radix-ui';
import type { FormEvent } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';
import { Tooltip } from '../../ui/Tooltip';

import type { FormatPopoverProps } from './FormatPopover';

/** FormatPopover once it has been opened: Radix's popover, its button and its form. */
export function FormatPopoverPanel({
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
