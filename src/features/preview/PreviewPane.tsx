import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { CLIENT_WIDTH } from './clientWidth';
import { EventPanel } from './EventPanel';
import { MessagePreview, type PreviewAction, type PreviewMessage } from './MessagePreview';
import { ThemeSwitch, WidthSwitch } from './PreviewSwitches';
import { useAppTheme } from './useAppTheme';
import { useFitZoom } from './useFitZoom';
import './previewPane.css';

export interface PreviewPaneProps {
  message: PreviewMessage;
  defaultWidth?: 'desktop' | 'mobile';
  /** The preview's theme at first; the app's theme by default. */
  defaultTheme?: 'light' | 'dark';
  assetBase?: string;
  sender?: string;
  time?: Date | string | number;
  /** Extra controls for the toolbar, after the switches. */
  actions?: ReactNode;
  className?: string;
}

/**
 * The preview with its controls: desktop/mobile width, light/dark, and a panel showing what
 * each button would do. Drop it beside any editor: `<PreviewPane message={…} />`.
 */
export function PreviewPane({
  message,
  defaultWidth = 'desktop',
  defaultTheme,
  assetBase,
  sender,
  time,
  actions,
  className,
}: PreviewPaneProps) {
  const { t } = useTranslation('preview');
  const [width, setWidth] = useState<'desktop' | 'mobile'>(defaultWidth);
  const appTheme = useAppTheme();
  // Follows the app's theme until the switch is used.
  const [chosenTheme, setTheme] = useState<'light' | 'dark' | undefined>(defaultTheme);
  const theme = chosenTheme ?? appTheme;
  const [action, setAction] = useState<PreviewAction | null>(null);
  const onAction = useCallback((next: PreviewAction) => setAction(next), []);
  // A narrow pane shows the client's real width scaled down, so line breaks are the recipient's.
  const stage = useRef<HTMLDivElement>(null);
  const zoom = useFitZoom(stage, CLIENT_WIDTH[width]);
  return (
    <section className={['pp', className].filter(Boolean).join(' ')} aria-label={t('previewLabel')}>
      <div className="pp-toolbar">
        <WidthSwitch value={width} onChange={setWidth} />
        <ThemeSwitch value={theme} onChange={setTheme} />
        {actions ? <div className="pp-toolbar__actions">{actions}</div> : null}
      </div>
      <div
        className={`pp-stage pp-stage--${width}${zoom < 1 ? ' pp-stage--scaled' : ''}`}
        ref={stage}
      >
        <div className="pp-fit" style={zoom < 1 ? { zoom } : undefined}>
          <MessagePreview
            message={message}
            width={width}
            theme={theme}
            assetBase={assetBase}
            onAction={onAction}
            sender={sender}
            time={time}
          />
        </div>
        {zoom < 1 ? (
          <p className="pp-scale">{t('width.scaled', { percent: Math.round(zoom * 100) })}</p>
        ) : null}
      </div>
      {/* Only cards have buttons: text, markdown and rich text have no events to show. */}
      {message.msg_type === undefined || message.msg_type === 'interactive' ? (
        <EventPanel action={action} onClear={() => setAction(null)} />
      ) : null}
    </section>
  );
}
