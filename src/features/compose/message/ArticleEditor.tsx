import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_ABSTRACT_MAX, ARTICLE_TITLE_MAX, countCharacters } from '../../../mind';
import { Switch } from '../../../ui/Switch';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';
import './ArticleEditor.css';

/** A character count as the user types, "12/64", flagged past the limit. */
function Count({ id, value, max }: { id: string; value: string; max: number }) {
  const { t } = useTranslation('compose');
  const count = countCharacters(value);
  return (
    <span
      id={id}
      className={count > max ? 'cp-article__count cp-article__count--over' : 'cp-article__count'}
      aria-label={t('article.countLabel', { count, max })}
    >
      {t('article.count', { count, max })}
    </span>
  );
}

/**
 * The article editor (`send_article_message`): title and abstract with live counts against the
 * guide's limits, an optional cover URL (the platform picks one if empty), the body text and
 * the forwarding switch.
 */
export function ArticleEditor({ invalid }: { invalid: boolean }) {
  const { t } = useTranslation('compose');
  const article = useComposeDraft((state) => state.article);
  const setArticle = useComposeDraft((state) => state.setArticle);
  const id = useId();
  const titleOver = countCharacters(article.title) > ARTICLE_TITLE_MAX;
  const abstractOver = countCharacters(article.abstract) > ARTICLE_ABSTRACT_MAX;
  return (
    <div className="cp-editor cp-article">
      <p className="cp-article__note">{t('article.onlySubscribers')}</p>
      <div className="cp-article__field">
        <div className="cp-editor__row">
          <label htmlFor={`${id}-title`} className="ui-field__label">
            {t('article.title')}
          </label>
          <Count id={`${id}-title-count`} value={article.title} max={ARTICLE_TITLE_MAX} />
        </div>
        <TextInput
          id={`${id}-title`}
          value={article.title}
          aria-invalid={titleOver || (invalid && article.title.trim() === '') || undefined}
          aria-describedby={`${id}-title-count ${id}-title-hint`}
          onChange={(event) => setArticle({ title: event.target.value })}
        />
        <p id={`${id}-title-hint`} className="cp-article__hint">
          {t('article.titleHint', { max: ARTICLE_TITLE_MAX })}
        </p>
      </div>
      <div className="cp-article__field">
        <div className="cp-editor__row">
          <label htmlFor={`${id}-abstract`} className="ui-field__label">
            {t('article.abstract')}
          </label>
          <Count id={`${id}-abstract-count`} value={article.abstract} max={ARTICLE_ABSTRACT_MAX} />
        </div>
        <TextArea
          id={`${id}-abstract`}
          rows={2}
          value={article.abstract}
          aria-invalid={abstractOver || undefined}
          aria-describedby={`${id}-abstract-count ${id}-abstract-hint`}
          onChange={(event) => setArticle({ abstract: event.target.value })}
        />
        <p id={`${id}-abstract-hint`} className="cp-article__hint">
          {t('article.abstractHint', { max: ARTICLE_ABSTRACT_MAX })}
        </p>
      </div>
      <div className="cp-article__field">
        <label htmlFor={`${id}-thumb`} className="ui-field__label">
          {t('article.thumb')}
        </label>
        <TextInput
          id={`${id}-thumb`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={article.thumbUrl}
          aria-describedby={`${id}-thumb-hint`}
          onChange={(event) => setArticle({ thumbUrl: event.target.value })}
        />
        <p id={`${id}-thumb-hint`} className="cp-article__hint">
          {t('article.thumbHint')}
        </p>
      </div>
      <div className="cp-article__field">
        <label htmlFor={`${id}-body`} className="ui-field__label">
          {t('article.body')}
        </label>
        <TextArea
          id={`${id}-body`}
          className="cp-editor__text"
          rows={10}
          value={article.body}
          placeholder={t('article.bodyPlaceholder')}
          aria-invalid={(invalid && article.body.trim() === '') || undefined}
          onChange={(event) => setArticle({ body: event.target.value })}
        />
      </div>
      <Switch
        checked={article.enableForward}
        onCheckedChange={(enableForward) => setArticle({ enableForward })}
        label={t('article.forward')}
        description={t('article.forwardHint')}
      />
    </div>
  );
}
