import { useEffect } from 'react';
import { create } from 'zustand';
import { useMediaQuery } from './media-query';

export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'isoline-theme';

function readSavedChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

interface ThemeState {
  choice: ThemeChoice;
  chooseTheme: (choice: ThemeChoice) => void;
}

export const useThemeStore = create<ThemeState>((set) => ({
  choice: readSavedChoice(),
  chooseTheme: (choice) => {
    try {
      if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage can be unavailable (private mode); the choice still applies to this visit.
    }
    set({ choice });
  },
}));

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme in effect: the user's choice, or the system's when they chose "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useThemeStore((s) => s.choice);
  const systemDark = useMediaQuery(DARK_QUERY);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Mirrors the resolved theme onto <html data-theme>, which the stylesheet keys on. */
export function useApplyTheme(): void {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
