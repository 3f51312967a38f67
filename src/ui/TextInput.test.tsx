import { describe, expect, it } from 'vitest';
import { renderForTest } from './renderForTest';
import { Select } from './Select';
import { TextArea } from './TextArea';
import { TextInput } from './TextInput';

/** The text of the elements an `aria-describedby` names. */
const descriptionOf = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('TextInput, Select and TextArea', () => {
  it('with a label: the label names the control, the hint and error describe it', () => {
    const view = renderForTest(
      <>
        <TextInput label="Name" hint="As people see it" error="Required" value="" readOnly />
        <Select label="Channel" defaultValue="b">
          <option value="a">A</option>
          <option value="b">B</option>
        </Select>
        <TextArea label="About" hint="A line or two" defaultValue="x" />
      </>,
    );
    const [input, select, area] = ['input', 'select', 'textarea'].map((tag) =>
      view.querySelector(tag)!,
    );
    for (const [control, name] of [
      [input, 'Name'],
      [select, 'Channel'],
      [area, 'About'],
    ] as const) {
      const label = view.querySelector(`label[for="${control!.id}"]`);
      expect(label?.textContent).toBe(name);
    }
    expect(descriptionOf(input!)).toBe('As people see it | Required');
    expect(input!.getAttribute('aria-invalid')).toBe('true');
    expect(view.querySelector('[role="alert"]')?.textContent).toBe('Required');
    expect(descriptionOf(area!)).toBe('A line or two');
    expect(area!.hasAttribute('aria-invalid')).toBe(false);
    expect(input!.className).toBe('ui-input');
    expect(select!.className).toBe('ui-select');
    expect(area!.className).toBe('ui-textarea');
  });

  it('without a label: the control alone, with the names and ids it is given', () => {
    const view = renderForTest(
      <TextInput id="own" aria-label="Search" className="extra" hint="not shown" />,
    );
    expect(view.children).toHaveLength(1);
    const input = view.querySelector('input')!;
    expect(input.id).toBe('own');
    expect(input.getAttribute('aria-label')).toBe('Search');
    expect(input.className).toBe('ui-input extra');
    expect(view.textContent).toBe('');
  });

  it('with a label: keeps the id, description and invalid state the caller gives', () => {
    const view = renderForTest(
      <>
        <TextInput label="Name" aria-invalid value="" readOnly />
        <TextArea
          label="JSON"
          id="own-id"
          aria-invalid
          aria-describedby="own-result"
          hint="Paste it"
          defaultValue=""
        />
        <Select label="Channel" error="Pick one" aria-invalid={false} defaultValue="a">
          <option value="a">A</option>
        </Select>
        <p id="own-result">Nothing found</p>
      </>,
    );
    const [input, area, select] = ['input', 'textarea', 'select'].map((tag) =>
      view.querySelector(tag)!,
    );
    expect(input!.getAttribute('aria-invalid')).toBe('true');
    expect(area!.getAttribute('aria-invalid')).toBe('true');
    expect(area!.id).toBe('own-id');
    expect(view.querySelector('label[for="own-id"]')?.textContent).toBe('JSON');
    expect(descriptionOf(area!)).toBe('Paste it | Nothing found');
    // The field's error makes the control invalid whatever the caller says.
    expect(select!.getAttribute('aria-invalid')).toBe('true');
  });
});
