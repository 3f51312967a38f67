import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { classNames } from './classNames';
import { ARROW_STEPS } from './arrowSteps';

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: ReactNode;
  /** Shown before the label, hidden from assistive technology. */
  icon?: ReactNode;
  /** The accessible name when the label alone does not say it (e.g. an icon). */
  'aria-label'?: string;
}

export interface SegmentedControlProps<Value extends string> {
  options: readonly SegmentedOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  /** Name the group by one of these (a radio group needs a name). */
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  compact?: boolean;
  className?: string;
  /** Where the group acts in the document (the designer's JSON pointer of a field). */
  'data-pointer'?: string;
}

/**
 * One choice among a few, as a row of segments: a radio group (the WAI-ARIA pattern), so Tab
 * enters and leaves it as one stop and the arrow keys move the choice, wrapping at the ends.
 * Written here rather than on radix's RadioGroup: a few hundred bytes on every page that has one.
 */
export function SegmentedControl<Value extends string>({
  options,
  value,
  onChange,
  compact,
  className,
  ...props
}: SegmentedControlProps<Value>) {
  const group = useRef<HTMLDivElement>(null);
  const chosen = Math.max(
    0,
    options.findIndex((option) => option.value === value),
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const step = ARROW_STEPS[event.key];
    if (!step || options.length === 0) return;
    event.preventDefault();
    const next = (chosen + step + options.length) % options.length;
    const option = options[next];
    if (!option) return;
    group.current?.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus();
    onChange(option.value);
  };
  return (
    <div
      {...props}
      ref={group}
      role="radiogroup"
      className={classNames('ui-segmented', compact && 'ui-segmented--compact', className)}
      onKeyDown={onKeyDown}
    >
      {options.map((option, index) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={option.value === value}
          aria-label={option['aria-label']}
          tabIndex={index === chosen ? 0 : -1}
          data-state={option.value === value ? 'checked' : 'unchecked'}
          className="ui-segmented__item"
          onClick={() => onChange(option.value)}
        >
          {option.icon ? (
            <span className="ui-segmented__icon" aria-hidden="true">
              {option.icon}
            </span>
          ) : null}
          {option.label}
        </button>
      ))}
    </div>
  );
}
