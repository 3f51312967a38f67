import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';

/**
 * One line of text edited where it is drawn (the card's title, a button's label): every
 * keystroke goes to the card; Enter, Escape or leaving the field ends.
 */
export function InPlaceText({
  value,
  label,
  placeholder,
  className,
  onChange,
  onDone,
}: {
  value: string;
  label: string;
  placeholder?: string;
  className: string;
  onChange: (value: string) => void;
  /** Called once editing ends; `refocus` when it ended by a key, so focus goes back. */
  onDone: (refocus: boolean) => void;
}) {
  const field = useRef<HTMLInputElement>(null);
  const ended = useRef(false);
  useLayoutEffect(() => {
    field.current?.select();
  }, []);
  const end = (refocus: boolean) => {
    if (ended.current) return;
    ended.current = true;
    onDone(refocus);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      end(true);
    }
  };
  return (
    <input
      ref={field}
      className={`dz-in-place ${className}`}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      size={Math.max(4, value.length + 1)}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => end(false)}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
