import { BUTTON_TEMPLATES, isHttpUrl, isOneOf, isPlainObject } from '../../mind';
import { usePreviewContext } from './previewContext';
import './CardButtonView.css';

/** A card button as recipients see it; clicking reports what would happen. */
export function CardButtonView({ button }: { button: Record<string, unknown> }) {
  const { t, onAction } = usePreviewContext();
  const text = isPlainObject(button.text) ? button.text.content : undefined;
  const hasLabel = typeof text === 'string' && text.trim() !== '';
  const label = hasLabel ? text : t('untitledButton');
  const template = isOneOf(BUTTON_TEMPLATES, button.template) ? button.template : 'default';
  const className = `mp-btn mp-btn--${template}${hasLabel ? '' : ' mp-btn--untitled'}`;
  const body = <span className="mp-btn__label">{label}</span>;

  if (button.type === 'view' && isHttpUrl(button.url)) {
    const url = button.url;
    return (
      <a
        className={className}
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        data-button-type="view"
        onClick={() => onAction?.({ kind: 'view', label, url })}
      >
        {body}
      </a>
    );
  }
  const report = () => {
    if (button.type === 'view') onAction?.({ kind: 'view-invalid', label, url: button.url });
    else if (button.type === 'click') {
      onAction?.({ kind: 'click', label, event: button.event, value: button.value });
    } else onAction?.({ kind: 'unknown-type', label, type: button.type });
  };
  return (
    <button
      type="button"
      className={className}
      data-button-type={typeof button.type === 'string' ? button.type : 'unknown'}
      onClick={report}
    >
      {body}
    </button>
  );
}
