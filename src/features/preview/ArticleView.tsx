import { ImageIcon, ImageOff } from 'lucide-react';
import { useId, useState } from 'react';
import { articleFields, isPlainObject } from '../../mind';
import { resolveAssetUrl } from './resolveAssetUrl';
import { usePreviewContext } from './previewContext';
import './ArticleView.css';

/**
 * An article as the chat shows it: a card with the cover (or a note that the platform picks
 * one), the title and the abstract; its button opens the article (title, cover, body text) in
 * place, as the client's reader does.
 */
export function ArticleView({ article }: { article: unknown }) {
  const { t, assetBase } = usePreviewContext();
  const [open, setOpen] = useState(false);
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const bodyId = useId();
  if (!isPlainObject(article)) {
    return (
      <div className="mp-bubble">
        <span className="mp-unknown">{t('invalidContent', { type: 'article' })}</span>
      </div>
    );
  }
  const fields = articleFields(article);
  const cover = fields.thumbUrl === '' ? null : resolveAssetUrl(fields.thumbUrl, assetBase);
  const coverView =
    fields.thumbUrl === '' ? (
      <div className="mp-article__cover mp-article__cover--auto">
        <ImageIcon size={22} aria-hidden="true" />
        <span>{t('article.autoCover')}</span>
      </div>
    ) : cover === null || failedSrc === cover ? (
      <div
        className="mp-article__cover mp-article__cover--missing"
        role="img"
        aria-label={t('article.coverMissing')}
      >
        <ImageOff size={22} aria-hidden="true" />
        <span>{cover === null ? t('image.unsafe') : t('image.broken')}</span>
      </div>
    ) : (
      <img
        className="mp-article__cover"
        src={cover}
        alt={t('article.coverAlt')}
        loading="lazy"
        referrerPolicy="no-referrer"
        onError={() => setFailedSrc(cover)}
      />
    );
  return (
    <article className="mp-article" data-testid="article-card">
      {coverView}
      <div className="mp-article__text">
        <h3 className="mp-article__title">
          {fields.title.trim() === '' ? t('article.untitled') : fields.title}
        </h3>
        {fields.abstract ? <p className="mp-article__abstract">{fields.abstract}</p> : null}
      </div>
      <button
        type="button"
        className="mp-article__open"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('article.close') : t('article.open')}
      </button>
      {open ? (
        <div className="mp-article__body" id={bodyId} data-testid="article-opened">
          <h4 className="mp-article__reader-title">{fields.title}</h4>
          <p className="mp-article__content">{fields.body}</p>
          <p className="mp-article__forward">
            {fields.enableForward ? t('article.forwardOn') : t('article.forwardOff')}
          </p>
        </div>
      ) : null}
    </article>
  );
}
