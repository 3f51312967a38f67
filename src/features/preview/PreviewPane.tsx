import { Monitor, Moon, Smartphone, Sun } from 'lucide-react';
import { ToggleGroup } from 'radix-ui';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EventPanel } from './EventPanel';
import { MessagePreview, type PreviewAction, type PreviewMessage } from './MessagePreview';
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

interface SwitchOption<T extends string> {
  value: T;
  label: string;
  icon: ReactNode;
}

function SegmentedSwitch<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: SwitchOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <ToggleGroup.Root
      type="single"
      className="ui-segmented ui-segmented--compact"
      aria-label={label}
      value={value}
      onValueChange={(next) => {
        if (next) onChange(next as T);
      }}
    >
      {options.map((option) => (
        <ToggleGroup.Item
          key={option.value}
          value={option.value}
          className="ui-segmented__item"
          aria-label={option.label}
        >
          {option.icon}
          <span>{option.label}</span>
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}

/** The width of the message area in Mind's clients (`--mp-width` in preview.css). */
const CLIENT_WIDTH = { desktop: 600, mobile: 375 } as const;

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
        <SegmentedSwitch
          label={t('width.label')}
          value={width}
          onChange={setWidth}
          options={[
            {
              value: 'desktop',
              label: t('width.desktop'),
              icon: <Monitor size={15} aria-hidden="true" />,
            },
            {
              value: 'mobile',
              label: t('width.mobile'),
              icon: <Smartphone size={15} aria-hidden="true" />,
            },
          ]}
        />
        <SegmentedSwitch
          label={t('theme.label')}
          value={theme}
          onChange={setTheme}
          options={[
            { value: 'light', label: t('theme.light'), icon: <Sun size={15} aria-hidden="true" /> },
            { value: 'dark', label: t('theme.dark'), icon: <Moon size={15} aria-hidden="true" /> },
          ]}
        />
        {actions ? <div className="pp-toolbar__actions">{actions}</div> : null}
      </div>
      <div className={`pp-stage pp-stage--${width}`} ref={stage}>
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
      <EventPanel action={action} onClear={() => setAction(null)} />
    </section>
  );
}
