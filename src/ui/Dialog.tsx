import { X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons shown at the foot of the dialog. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /**
   * Where the focus goes on closing when what opened the dialog is gone (it went with the state
   * the dialog was about, e.g. a scheduled send that began going out meanwhile).
   */
  returnFocus?: () => HTMLElement | null;
}

export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  size = 'md',
  returnFocus,
}: DialogProps) {
  const { t } = useTranslation();
  // What had the focus when the dialog opened gets it back when the dialog closes. Read in the
  // render that opens it, before anything is committed: by the time Radix's focus scope mounts,
  // a field of the dialog that focuses itself (autoFocus) or the dialog's mounting has already
  // moved the focus away from the opener.
  const opener = useMemo(() => (open ? focusedElement() : null), [open]);
  const openedFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (opener) openedFrom.current = opener;
  }, [opener]);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="ui-dialog__overlay" />
        <RadixDialog.Content
          className={`ui-dialog ui-dialog--${size}`}
          {...(description ? {} : { 'aria-describedby': undefined })}
          // A field marked `data-autofocus` takes the focus as the dialog opens, its text selected
          // to be typed over. (React's autoFocus comes too early when a menu opened the dialog:
          // the menu, still holding the focus as it closes, took it back, and the ✕ got it.)
          onOpenAutoFocus={(event) => {
            const field =
              event.currentTarget instanceof Element
                ? event.currentTarget.querySelector<HTMLElement>('[data-autofocus]')
                : null;
            if (!field) return;
            event.preventDefault();
            field.focus();
            if (field instanceof HTMLInputElement) field.select();
          }}
          // Radix returns the focus to its own Trigger, which these dialogs (opened by the page's
          // state) do not have: without this the focus fell to <body> and the keyboard started
          // again at the top of the page.
          onCloseAutoFocus={(event) => {
            const from = openedFrom.current?.isConnected ? openedFrom.current : returnFocus?.();
            // The opener went with the dialog's action (a send cancelled) and none was named to
            // return to: where the page has put the focus meanwhile keeps it.
            if (!from?.isConnected) {
              if (focusedElement()) event.preventDefault();
              return;
            }
            event.preventDefault();
            from.focus();
          }}
        >
          <div className="ui-dialog__head">
            <RadixDialog.Title className="ui-dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close
              className="ui-icon-button ui-icon-button--ghost"
              aria-label={t('close', { ns: 'common' })}
            >
              <X size={16} aria-hidden="true" />
            </RadixDialog.Close>
          </div>
          {description ? (
            <RadixDialog.Description className="ui-dialog__description">
              {description}
            </RadixDialog.Description>
          ) : null}
          {children ? <div className="ui-dialog__body">{children}</div> : null}
          {footer ? <div className="ui-dialog__foot">{footer}</div> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The element with the focus now, if it is one that can take it back (not the page itself). */
function focusedElement(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
