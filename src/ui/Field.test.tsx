import { describe, expect, it } from 'vitest';
import { Field } from './Field';
import { Hint } from './Hint';
import { renderForTest } from './renderForTest';

describe('Field', () => {
  it('as a fieldset: the legend names the group of controls inside it', () => {
    const view = renderForTest(
      <Field label="What to save" group="fieldset" className="extra">
        {() => (
          <label>
            <input type="radio" name="which" /> Card
          </label>
        )}
      </Field>,
    );
    const fieldset = view.querySelector('fieldset')!;
    expect(fieldset.className).toBe('ui-field ui-field--fieldset extra');
    expect(fieldset.firstElementChild?.tagName).toBe('LEGEND');
    expect(fieldset.firstElementChild?.textContent).toBe('What to save');
    expect(fieldset.querySelector('input[type="radio"]')).not.toBeNull();
  });

  it('labels the control by the id it is given', () => {
    const view = renderForTest(
      <Field label="Link" controlId="share-url" hint="Anyone with it sees the message">
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} readOnly />}
      </Field>,
    );
    const input = view.querySelector('input')!;
    expect(input.id).toBe('share-url');
    expect(view.querySelector('label[for="share-url"]')?.textContent).toBe('Link');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Anyone with it sees the message',
    );
  });

  it('a hint is a paragraph, or a span within a line', () => {
    const view = renderForTest(
      <>
        <Hint>Under a section</Hint>
        <p>
          <Hint inline>In a line</Hint>
        </p>
      </>,
    );
    expect([...view.querySelectorAll('.ui-hint')].map((hint) => hint.tagName)).toEqual([
      'P',
      'SPAN',
    ]);
  });
});
