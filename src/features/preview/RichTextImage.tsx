import { ImageOff } from 'lucide-react';
import { useState } from 'react';
import { resolveAssetUrl } from './resolveAssetUrl';
import { usePreviewContext } from './previewContext';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** A rich_text `image` node: the picture with its alt text, or a box saying why it is missing. */
export function RichTextImage({ attrs }: { attrs: Record<string, unknown> }) {
  const { t, assetBase } = usePreviewContext();
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const src = resolveAssetUrl(attrs.src, assetBase);
  const failed = src !== null && failedSrc === src;
  const alt = text(attrs.alt) ?? text(attrs.title) ?? '';
  if (!src || failed) {
    return (
      <span className="mp-image-missing" role="img" aria-label={alt || t('image.noAlt')}>
        <ImageOff size={18} aria-hidden="true" />
        <span>
          {alt ? `${alt} · ` : ''}
          {src ? t('image.broken') : t('image.unsafe')}
        </span>
      </span>
    );
  }
  return (
    <img
      className="mp-image"
      src={src}
      alt={alt}
      title={text(attrs.title)}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailedSrc(src)}
    />
  );
}

/** A rich_text `emoji` node: Mind's image for it, or its name in brackets. */
export function RichTextEmoji({ attrs }: { attrs: Record<string, unknown> }) {
  const { assetBase } = usePreviewContext();
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const src = resolveAssetUrl(attrs.src, assetBase);
  const failed = src !== null && failedSrc === src;
  const alt = text(attrs.alt) ?? '?';
  if (!src || failed) return <span className="mp-emoji-text">[{alt}]</span>;
  return (
    <img
      className="mp-emoji"
      src={src}
      alt={`[${alt}]`}
      title={alt}
      draggable={false}
      referrerPolicy="no-referrer"
      onError={() => setFailedSrc(src)}
    />
  );
}
