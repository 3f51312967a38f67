import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { STORED, persistOptions } from '../../../lib/storage';
import { isPlainObject } from '../../../mind';

/** The last send made from compose in this browser: which send, of what, when. */
export interface LastSend {
  sendId: string;
  /** `fingerprintSend` of its message and recipients. */
  fingerprint: string;
  /** ISO time the server accepted it. */
  sentAt: string;
}

const readLastSend = (stored: unknown): LastSend | null => {
  const last = isPlainObject(stored) ? stored.lastSend : null;
  if (!isPlainObject(last)) return null;
  const { sendId, fingerprint, sentAt } = last;
  return typeof sendId === 'string' && typeof fingerprint === 'string' && typeof sentAt === 'string'
    ? { sendId, fingerprint, sentAt }
    : null;
};

/** Kept across reloads, so sending the same message again is noticed after one too. */
interface LastSendState {
  lastSend: LastSend | null;
}

export const useLastSend = create<LastSendState>()(
  persist((): LastSendState => ({ lastSend: null }), {
    ...persistOptions<LastSendState>(STORED.lastSend),
    merge: (persisted, current) => ({ ...current, lastSend: readLastSend(persisted) }),
  }),
);

export function rememberSend(lastSend: LastSend): void {
  useLastSend.setState({ lastSend });
}
