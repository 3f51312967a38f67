import { useEffect, useSyncExternalStore } from 'react';
import { usePreferences } from './usePreferences';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The theme in effect, `light` or `dark`, written to `<html data-theme>`. */
export function useAppliedTheme(): 'light' | 'dark' {
  const preference = usePreferences((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
  const theme = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
