import { Switch as RadixSwitch } from 'radix-ui';
import { useId, type ReactNode } from 'react';

export interface SwitchProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

export function Switch({ checked, onCheckedChange, label, description, disabled }: SwitchProps) {
  const id = useId();
  return (
    <div className="ui-switch-row">
      <div className="ui-switch-row__text">
        <label htmlFor={id} className="ui-switch-row__label">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="ui-switch-row__description">
            {description}
          </p>
        ) : null}
      </div>
      <RadixSwitch.Root
        id={id}
        className="ui-switch"
        checked={checked}
        onCheckedChange={onCheckedChange}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
      >
        <RadixSwitch.Thumb className="ui-switch__thumb" />
      </RadixSwitch.Root>
    </div>
  );
}
