import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { STORED, followStore, persistOptions } from '../lib/storage';
import { isPlainObject } from '../mind/issues';

export interface Me {
  /** Where "Send a test to me" goes. */
  openId: string;
  /** Shown in the history as who sent. */
  name: string;
}

interface MeState extends Me {
  setMe: (me: Me) => void;
}

export const ME_KEY = STORED.me.key;

/** The person at this browser: their own open_id for tests and a display name; kept locally. */
export const useMe = create<MeState>()(
  persist(
    (set) => ({
      openId: '',
      name: '',
      setMe: ({ openId, name }) => set({ openId: openId.trim(), name: name.trim() }),
    }),
    {
      ...persistOptions<Me>(STORED.me),
      partialize: ({ openId, name }) => ({ openId, name }),
      merge: (persisted, current) => {
        const value: Record<string, unknown> = isPlainObject(persisted) ? persisted : {};
        return {
          ...current,
          openId: typeof value.openId === 'string' ? value.openId : '',
          name: typeof value.name === 'string' ? value.name : '',
        };
      },
    },
  ),
);

followStore(useMe);
