import { RadioGroup } from 'radix-ui';
import type { ReactNode } from 'react';
import { classNames } from './fieldControl';

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: ReactNode;
  /** Shown before the label, hidden from assistive technology. */
  icon?: ReactNode;
  /** The accessible name when the label alone does not say it (e.g. a colour swatch). */
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
  disabled?: boolean;
  /** Where the group acts in the document (the designer's JSON pointer of a field). */
  'data-pointer'?: string;
}

/**
 * One choice among a few, as a row of segments: a radio group, so arrow keys move the choice
 * and Tab enters and leaves the group as one stop.
 */
export function SegmentedControl<Value extends string>({
  options,
  value,
  onChange,
  compact,
  className,
  ...props
}: SegmentedControlProps<Value>) {
  return (
    <RadioGroup.Root
      {...props}
      className={classNames('ui-segmented', compact && 'ui-segmented--compact', className)}
      value={value}
      orientation="horizontal"
      onValueChange={(next) => {
        const chosen = options.find((option) => option.value === next);
        if (chosen) onChange(chosen.value);
      }}
    >
      {options.map((option) => (
        <RadioGroup.Item
          key={option.value}
          value={option.value}
          aria-label={option['aria-label']}
          className="ui-segmented__item"
        >
          {option.icon ? (
            <span className="ui-segmented__icon" aria-hidden="true">
              {option.icon}
            </span>
          ) : null}
          {option.label}
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
