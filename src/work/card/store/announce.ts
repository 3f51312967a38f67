import { create } from 'zustand';

interface Announcement {
  text: string;
  /** Changes with every announcement, so the same words are read again. */
  serial: number;
}

/** Words for screen readers about what a keyboard command just did. */
export const useAnnouncement = create<Announcement>()(() => ({ text: '', serial: 0 }));

export function announce(text: string): void {
  useAnnouncement.setState((state) => ({ text, serial: state.serial + 1 }));
}
