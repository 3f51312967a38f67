import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { isHttpUrl } from '../../mind';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextInput } from '../../ui/TextInput';

export interface ImageDraft {
  src: string;
  alt: string;
  title: string;
  /** An image is selected: the dialog changes it instead of adding one. */
  editing: boolean;
}

export interface ImageDialogProps {
  draft: ImageDraft;
  onClose: () => void;
  /** Empty alt and title become null, as Mind writes them. */
  onApply: (image: { src: string; alt: string | null; title: string | null }) => void;
}

/** Inserts an image by its http(s) address, with the alt text read aloud to those who cannot see it. */
export function ImageDialog({ draft, onClose, onApply }: ImageDialogProps) {
  const { t } = useTranslation('richtext');
  const [src, setSrc] = useState(draft.src);
  const [alt, setAlt] = useState(draft.alt);
  const [title, setTitle] = useState(draft.title);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = src.trim();
    if (!isHttpUrl(address)) {
      setError(address === '' ? t('image.required') : t('image.invalid'));
      return;
    }
    onApply({ src: address, alt: alt.trim() || null, title: title.trim() || null });
  };

  const preview = isHttpUrl(src.trim()) ? src.trim() : null;

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={draft.editing ? t('image.editTitle') : t('image.addTitle')}
      size="sm"
    >
      <form className="rt-dialog-form" onSubmit={submit} noValidate>
        <TextInput
          label={t('image.address')}
          hint={t('image.addressHint')}
          error={error}
          type="url"
          inputMode="url"
          autoFocus
          value={src}
          placeholder="https://"
          onChange={(event) => {
            setSrc(event.target.value);
            setError(null);
          }}
        />
        <TextInput
          label={t('image.alt')}
          hint={t('image.altHint')}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
        />
        <TextInput
          label={t('image.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        {preview ? (
          <img className="rt-dialog-image" src={preview} alt={alt} referrerPolicy="no-referrer" />
        ) : null}
        <div className="rt-dialog-actions">
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="primary">
            {draft.editing ? t('image.update') : t('image.insert')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
