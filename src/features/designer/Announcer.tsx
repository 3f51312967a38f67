import { useAnnouncement } from '../../work/card/store/announce';

/** Reads out what keyboard commands did ("Markdown block moved to position 2 of 4"). */
export function Announcer() {
  const text = useAnnouncement((state) => state.text);
  const serial = useAnnouncement((state) => state.serial);
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="designer-announcer"
    >
      <span key={serial}>{text}</span>
    </div>
  );
}
