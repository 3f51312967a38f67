import { stringifyJson } from '../../mind';
import { MousePointerClick, X } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { IconButton } from '../../ui/IconButton';
import type { PreviewAction } from './previewContext';

const show = (value: unknown): string =>
  value === undefined ? '' : (stringifyJson(value, 2) ?? String(value));

const mentionsCardId = (value: unknown): boolean =>
  stringifyJson(value ?? null)?.includes('$card_id') ?? false;

/** What the last clicked button would do: the event and value the app receives, or the link. */
export function EventPanel({
  action,
  onClear,
}: {
  action: PreviewAction | null;
  onClear: () => void;
}) {
  const { t } = useTranslation('preview');
  const panel = useRef<HTMLElement>(null);
  return (
    <section
      ref={panel}
      className="pp-events"
      aria-label={t('events.title')}
      aria-live="polite"
      tabIndex={-1}
    >
      <div className="pp-events__head">
        <MousePointerClick size={15} aria-hidden="true" />
        <h2 className="pp-events__title">{t('events.title')}</h2>
        {action ? (
          <IconButton
            label={t('events.clear')}
            icon={<X size={14} />}
            className="pp-events__clear"
            onClick={() => {
              // The button goes with what it clears: the focus stays in the panel, not <body>.
              panel.current?.focus();
              onClear();
            }}
          />
        ) : null}
      </div>
      {action === null ? (
        <p className="pp-events__empty">{t('events.empty')}</p>
      ) : (
        <div className="pp-events__body" data-testid="event-panel-body">
          <p className="pp-events__lead">
            {t(`events.${action.kind}`, {
              label: action.label,
              url:
                action.kind === 'view' || action.kind === 'view-invalid'
                  ? String(action.url ?? '')
                  : '',
              type: action.kind === 'unknown-type' ? String(action.type ?? '') : '',
            })}
          </p>
          {action.kind === 'click' ? (
            <>
              <dl className="pp-events__fields">
                <dt>event</dt>
                <dd>
                  <code data-testid="event-name">
                    {typeof action.event === 'string'
                      ? action.event
                      : show(action.event) || t('events.missing')}
                  </code>
                </dd>
                <dt>value</dt>
                <dd>
                  <pre data-testid="event-value">{show(action.value) || t('events.missing')}</pre>
                </dd>
              </dl>
              {mentionsCardId(action.value) ? (
                <p className="pp-events__note">{t('events.cardIdNote')}</p>
              ) : null}
            </>
          ) : action.kind === 'view' ? (
            <code className="pp-events__url">{action.url}</code>
          ) : null}
        </div>
      )}
    </section>
  );
}
