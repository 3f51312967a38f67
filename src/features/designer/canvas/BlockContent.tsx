import { CircleHelp, ExternalLink, MousePointerClick } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isPlainObject, type CardElement } from '../../../mind';
import { isButton } from '../model/buttons';
import { elementKind } from '../model/elementKind';
import { summarizeElement } from '../model/summarizeElement';

const jsonExcerpt = (element: CardElement): string => {
  const text = JSON.stringify(element);
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
};

/** A compact view of a block on the canvas; the preview beside shows it exactly. */
export function BlockContent({ element }: { element: CardElement }) {
  const { t } = useTranslation('designer');
  const kind = elementKind(element);
  if (kind === 'action') {
    const actions = Array.isArray(element.action) ? element.action : [];
    if (actions.length === 0)
      return <span className="dz-block__empty">{t('canvas.noButtons')}</span>;
    return (
      <span className="dz-block__chips">
        {actions.map((action, index) =>
          isButton(action) ? (
            <span
              key={index}
              className={`dz-chip${action.template === 'white' ? ' dz-chip--white' : ''}`}
            >
              {action.type === 'click' ? (
                <MousePointerClick size={12} aria-hidden="true" />
              ) : action.type === 'view' ? (
                <ExternalLink size={12} aria-hidden="true" />
              ) : (
                <CircleHelp size={12} aria-hidden="true" />
              )}
              {typeof action.text?.content === 'string' && action.text.content.trim() !== ''
                ? action.text.content
                : t('canvas.noLabel')}
            </span>
          ) : (
            <span key={index} className="dz-chip dz-chip--unknown">
              {isPlainObject(action) ? String(action.tag) : '?'}
            </span>
          ),
        )}
      </span>
    );
  }
  if (kind === 'unknown') {
    return (
      <span className="dz-block__json">
        <span className="dz-badge">{t('canvas.readOnly')}</span>
        <code>{jsonExcerpt(element)}</code>
      </span>
    );
  }
  const summary = summarizeElement(element);
  return summary ? (
    <span className="dz-block__text">{summary}</span>
  ) : (
    <span className="dz-block__empty">{t('canvas.empty')}</span>
  );
}
