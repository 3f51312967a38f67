import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextInput } from '../../ui/TextInput';
import { normalizeHref } from './normalizeHref';

export interface LinkDraft {
  href: string;
  text: string;
  /** The link is being edited (the caret is in a link): offer to remove it. */
  editing: boolean;
}

export interface LinkDialogProps {
  draft: LinkDraft;
  onClose: () => void;
  onApply: (link: { href: string; text: string }) => void;
  onRemove: () => void;
}

/** Adds or edits a link: its address (checked: http, https or mailto) and its text. */
export function LinkDialog({ draft, onClose, onApply, onRemove }: LinkDialogProps) {
  const { t } = useTranslation('richtext');
  const [href, setHref] = useState(draft.href);
  const [text, setText] = useState(draft.text);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeHref(href);
    if (!normalized) {
      setError(href.trim() === '' ? t('link.required') : t('link.invalid'));
      return;
    }
    onApply({ href: normalized, text: text.trim() === '' ? normalized : text });
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={draft.editing ? t('link.editTitle') : t('link.addTitle')}
      size="sm"
    >
      <form className="rt-dialog-form" onSubmit={submit} noValidate>
        <TextInput
          label={t('link.address')}
          hint={t('link.addressHint')}
          error={error}
          type="url"
          inputMode="url"
          autoFocus
          value={href}
          placeholder="https://"
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
        />
        <TextInput
          label={t('link.text')}
          hint={t('link.textHint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="rt-dialog-actions">
          {draft.editing ? (
            <Button variant="ghost" className="rt-dialog-actions__start" onClick={onRemove}>
              {t('link.remove')}
            </Button>
          ) : null}
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('link.apply')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
