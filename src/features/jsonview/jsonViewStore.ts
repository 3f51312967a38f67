import { create } from 'zustand';

/** Whether the designer shows its card's JSON (in place of the inspector). */
export const useJsonView = create<{ open: boolean }>()(() => ({ open: false }));

export const setJsonViewOpen = (open: boolean): void => useJsonView.setState({ open });
