import { useEffect, useRef } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { TextInput } from './TextInput';
import { timeZoneLabel } from './localDateTime';

/**
 * A date and time in the person's own time zone (a `datetime-local` input), named under it,
 * for when a send goes out.
 */
export function SendAtField({
  label,
  value,
  onChange,
  error,
  min,
  max,
  testId,
  focusOnMount = false,
}: {
  label: string;
  /** A `datetime-local` value, e.g. `2026-12-03T09:30`. */
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  min?: string;
  max?: string;
  testId?: string;
  /** Takes the focus when it appears (it was asked for: Schedule…, Change time). */
  focusOnMount?: boolean;
}) {
  const { t, i18n } = useTranslation('common');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);
  return (
    <TextInput
      label={label}
      hint={t('sendAt.zone', { zone: timeZoneLabel(new Date(), i18n.resolvedLanguage) })}
      error={error ?? undefined}
      ref={input}
      type="datetime-local"
      value={value}
      min={min}
      max={max}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
