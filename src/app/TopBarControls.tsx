import { Languages, Monitor, Moon, Sun } from 'lucide-react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { Menu } from '../ui/Menu';
import { Tooltip } from '../ui/Tooltip';
import { currentLanguage } from './i18n';
import { usePreferences, type ThemePreference } from './usePreferences';

const THEME_ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** Language and theme switches. */
export function TopBarControls() {
  const { t, i18n } = useTranslation();
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  const language = currentLanguage();
  const ThemeIcon = THEME_ICONS[theme];
  const themes: ThemePreference[] = ['system', 'light', 'dark'];
  return (
    <div className="shell-controls">
      <Menu
        label={t('language.label')}
        trigger={
          <Button
            icon={<Languages size={16} />}
            // The name holds the visible words (WCAG 2.5.3): "Language: English".
            aria-label={t('language.current', { language: language === 'zh' ? '中文' : 'English' })}
          >
            {language === 'zh' ? '中文' : 'English'}
          </Button>
        }
        items={[
          {
            key: 'zh',
            label: '中文',
            checked: language === 'zh',
            onSelect: () => void i18n.changeLanguage('zh'),
          },
          {
            key: 'en',
            label: 'English',
            checked: language === 'en',
            onSelect: () => void i18n.changeLanguage('en'),
          },
        ]}
      />
      <Menu
        label={t('theme.label')}
        trigger={
          <IconButton variant="secondary" label={t('theme.label')} icon={<ThemeIcon size={16} />} />
        }
        items={themes.map((value) => ({
          key: value,
          label: t(`theme.${value}`),
          checked: theme === value,
          onSelect: () => setTheme(value),
        }))}
      />
      <Tooltip content={t('shortcuts.hint')}>
        <span className="visually-hidden">{t('shortcuts.hint')}</span>
      </Tooltip>
    </div>
  );
}
