import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { STORED, followStore, persistOptions } from '../lib/storage';

const THEMES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEMES)[number];

interface PreferencesState {
  theme: ThemePreference;
  setTheme: (theme: ThemePreference) => void;
}

/** App-wide preferences that survive a reload. */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      ...persistOptions<{ theme: ThemePreference }>(STORED.preferences),
      partialize: ({ theme }) => ({ theme }),
      merge: (persisted, current) => {
        const theme = (persisted as { theme?: unknown } | null)?.theme;
        return { ...current, theme: THEMES.find((item) => item === theme) ?? current.theme };
      },
    },
  ),
);

followStore(usePreferences);
