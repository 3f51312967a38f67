import { Monitor, Moon, Smartphone, Sun } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { SegmentedControl } from '../../ui/SegmentedControl';

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
    <SegmentedControl
      compact
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options.map((option) => ({
        value: option.value,
        icon: option.icon,
        label: <span>{option.label}</span>,
        'aria-label': option.label,
      }))}
    />
  );
}

/** Desktop (600 px) or mobile (375 px): the width of the recipient's client. */
export function WidthSwitch({
  value,
  onChange,
}: {
  value: 'desktop' | 'mobile';
  onChange: (value: 'desktop' | 'mobile') => void;
}) {
  const { t } = useTranslation('preview');
  return (
    <SegmentedSwitch
      label={t('width.label')}
      value={value}
      onChange={onChange}
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
  );
}

/** Light or dark: the recipient's client theme. */
export function ThemeSwitch({
  value,
  onChange,
}: {
  value: 'light' | 'dark';
  onChange: (value: 'light' | 'dark') => void;
}) {
  const { t } = useTranslation('preview');
  return (
    <SegmentedSwitch
      label={t('theme.label')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'light', label: t('theme.light'), icon: <Sun size={15} aria-hidden="true" /> },
        { value: 'dark', label: t('theme.dark'), icon: <Moon size={15} aria-hidden="true" /> },
      ]}
    />
  );
}
