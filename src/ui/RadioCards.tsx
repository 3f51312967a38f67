import type { LucideIcon } from 'lucide-react';
import { useId, useRef, type KeyboardEvent } from 'react';
import { classNames } from './classNames';
import './RadioCards.css';
import { ARROW_STEPS } from './arrowSteps';

export interface RadioCard<Value extends string> {
  value: Value;
  icon: LucideIcon;
  label: string;
  /** A line under the label; it also describes the radio. */
  hint: string;
  /** A choice to make only deliberately (every subscriber): drawn in the danger colour. */
  danger?: boolean;
}

/**
 * One choice among a few, as cards: a radio group (the WAI-ARIA pattern). Tab enters it on the
 * checked card and leaves it as one stop; an arrow key checks the card it moves to, always.
 *
 * Written here rather than on radix's RadioGroup, which compose used before: radix moves the
 * focus in a timer after the keydown and checks the card it lands on only if the arrow key is
 * still down by then. A key released quickly, or a main thread busy when the focus came in
 * from a field (compose re-renders its preview on blur), let the key-up win: the focus moved
 * to the next card and the old one stayed checked, 2 times in 3 by a reviewer's hand. Here the
 * focus and the choice move together, in the keydown itself.
 */
export function RadioCards<Value extends string>({
  cards,
  value,
  onChange,
  columns,
  'aria-label': ariaLabel,
}: {
  cards: readonly RadioCard<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  /** The grid: three or four to a row (two on a narrow screen), or as many as fit. */
  columns: 'three' | 'four' | 'fit';
  'aria-label': string;
}) {
  const id = useId();
  const group = useRef<HTMLDivElement>(null);
  const chosen = cards.findIndex((card) => card.value === value);
  // With nothing checked (a value none of the cards has), Tab enters on the first.
  const tabStop = Math.max(0, chosen);

  const choose = (index: number) => {
    const card = cards[index];
    if (!card) return;
    group.current?.querySelectorAll<HTMLElement>('[role="radio"]')[index]?.focus();
    if (card.value !== value) onChange(card.value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const count = cards.length;
    const radios = [...(group.current?.querySelectorAll('[role="radio"]') ?? [])];
    // From the card with the focus: the checked one, unless the choice changed under it.
    const from = Math.max(0, radios.indexOf(event.target as Element));
    const step = ARROW_STEPS[event.key];
    let next: number | null = null;
    if (step) next = (from + step + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    // A radio is checked by Space or a click, not by Enter (which would submit a form).
    else if (event.key === 'Enter') event.preventDefault();
    if (next === null || count === 0) return;
    event.preventDefault();
    choose(next);
  };

  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label={ariaLabel}
      className={classNames('ui-radio-cards', `ui-radio-cards--${columns}`)}
      onKeyDown={onKeyDown}
    >
      {cards.map(({ value: cardValue, icon: Icon, label, hint, danger }, index) => {
        const checked = cardValue === value;
        return (
          <button
            key={cardValue}
            type="button"
            role="radio"
            aria-checked={checked}
            data-state={checked ? 'checked' : 'unchecked'}
            tabIndex={index === tabStop ? 0 : -1}
            className={classNames('ui-radio-card', danger && 'ui-radio-card--danger')}
            aria-labelledby={`${id}-${cardValue}`}
            aria-describedby={`${id}-${cardValue}-hint`}
            onClick={() => choose(index)}
          >
            <Icon size={18} aria-hidden="true" className="ui-radio-card__icon" />
            <span className="ui-radio-card__text">
              <span className="ui-radio-card__label" id={`${id}-${cardValue}`}>
                {label}
              </span>
              <span className="ui-radio-card__hint" id={`${id}-${cardValue}-hint`}>
                {hint}
              </span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
