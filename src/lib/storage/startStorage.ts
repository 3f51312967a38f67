import { deliverOtherTabWrite } from './otherTabs';
import { flushWrites } from './throttleWrites';

type WindowEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Switches the app's storage on, once, from src/main.tsx: other tabs' writes of a draft are
 * followed (the `storage` event), and writes held back are written when the page is hidden or
 * closed (`pagehide`; `visibilitychange` to hidden as well, the last event a phone may send).
 * Returns a function that switches it off.
 */
export function startStorage(target: WindowEvents = window): () => void {
  const onHidden = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') flushWrites();
  };
  target.addEventListener('storage', deliverOtherTabWrite);
  target.addEventListener('pagehide', flushWrites);
  target.addEventListener('visibilitychange', onHidden);
  return () => {
    target.removeEventListener('storage', deliverOtherTabWrite);
    target.removeEventListener('pagehide', flushWrites);
    target.removeEventListener('visibilitychange', onHidden);
  };
}
