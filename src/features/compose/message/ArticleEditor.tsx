import { useId } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { ARTICLE_ABSTRACT_MAX, ARTICLE_TITLE_MAX, countCharacters } from '../../../mind';
import { Field } from '../../../ui/Field';
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
      <Field
        label={t('article.title')}
        hint={t('article.titleHint', { max: ARTICLE_TITLE_MAX })}
        aside={<Count id={`${id}-title-count`} value={article.title} max={ARTICLE_TITLE_MAX} />}
      >
        {(ids) => (
          <TextInput
            id={ids.id}
            value={article.title}
            aria-invalid={titleOver || (invalid && article.title.trim() === '') || undefined}
            aria-describedby={`${id}-title-count ${ids.describedBy}`}
            onChange={(event) => setArticle({ title: event.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('article.abstract')}
        hint={t('article.abstractHint', { max: ARTICLE_ABSTRACT_MAX })}
        aside={
          <Count id={`${id}-abstract-count`} value={article.abstract} max={ARTICLE_ABSTRACT_MAX} />
        }
      >
        {(ids) => (
          <TextArea
            id={ids.id}
            rows={2}
            value={article.abstract}
            aria-invalid={abstractOver || undefined}
            aria-describedby={`${id}-abstract-count ${ids.describedBy}`}
            onChange={(event) => setArticle({ abstract: event.target.value })}
          />
        )}
      </Field>
      <TextInput
        label={t('article.thumb')}
        hint={t('article.thumbHint')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={article.thumbUrl}
        onChange={(event) => setArticle({ thumbUrl: event.target.value })}
      />
      <Field label={t('article.body')}>
        {(ids) => (
          <TextArea
            id={ids.id}
            className="cp-editor__text"
            rows={10}
            value={article.body}
            placeholder={t('article.bodyPlaceholder')}
            aria-invalid={(invalid && article.body.trim() === '') || undefined}
            onChange={(event) => setArticle({ body: event.target.value })}
          />
        )}
      </Field>
      <Switch
        checked={article.enableForward}
        onCheckedChange={(enableForward) => setArticle({ enableForward })}
        label={t('article.forward')}
        description={t('article.forwardHint')}
      />
    </div>
  );
}
