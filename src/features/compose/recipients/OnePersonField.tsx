import { useQuery } from '@tanstack/react-query';
import { CheckCircle2, AlertCircle, AlertTriangle, UserRound, X } from 'lucide-react';
import {
  useDeferredValue,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { directoryOptions, peopleOptions } from '../../../api/directory';
import { statusOptions } from '../../../api/status';
import type { Person } from '../../../api/schemas';
import { checkOpenId } from '../../../mind/checkOpenId';
import { parseRecipients } from './parseRecipients';
import { Field } from '../../../ui/Field';
import { Hint } from '../../../ui/Hint';
import { IconButton } from '../../../ui/IconButton';
import { TextInput } from '../../../ui/TextInput';
import { useFocusLater } from '../../../ui/useFocusLater';
import './OnePersonField.css';

/**
 * One recipient: a name searched in the directory, or an open_id typed or pasted. Pasting
 * several ids hands them to the list instead.
 */
export function OnePersonField({
  id: openId,
  name,
  onChange,
  onPasteMany,
}: {
  id: string;
  name: string | null;
  onChange: (id: string, name?: string | null) => void;
  onPasteMany: (text: string) => void;
}) {
  const { t } = useTranslation('compose');
  const inputId = useId();
  const listId = `${inputId}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  // Picking a person takes away the search, removing them the button pressed: the focus goes to
  // what takes its place (the person's remove button, the search).
  const focusLater = useFocusLater();
  const query = useDeferredValue(openId.trim());
  // An emptied box searches nothing, though the deferred query still holds what it had.
  const searching = open && query !== '' && openId.trim() !== '';
  const search = useQuery({ ...directoryOptions(query, 8), enabled: searching });
  const people: Person[] = searching ? (search.data?.people ?? []) : [];
  const expanded = people.length > 0;
  const check = openId.trim() === '' ? null : checkOpenId(openId.trim());
  // An id typed or pasted (not picked): whom the directory says it is, where there is one.
  const directorySize = useQuery(statusOptions()).data?.directorySize ?? 0;
  const typed = check !== null && check.verdict !== 'malformed' && directorySize > 0;
  const lookup = useQuery({ ...peopleOptions([openId.trim()]), enabled: typed });
  const known = typed ? lookup.data?.people.find((person) => person.id === openId.trim()) : null;
  const unknown = typed && lookup.data !== undefined && !known;

  const pick = (person: Person) => {
    onChange(person.id, person.name);
    setOpen(false);
    focusLater(() => remove.current);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (people.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + people.length) % people.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const person = people[Math.min(active, people.length - 1)];
      if (person) pick(person);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (parseRecipients(text).entries.length > 1) {
      event.preventDefault();
      onPasteMany(text);
    }
  };

  if (name !== null && openId !== '') {
    return (
      <div className="cp-person" data-testid="picked-person">
        <span className="cp-person__avatar" aria-hidden="true">
          {[...name][0] ?? <UserRound size={16} />}
        </span>
        <span className="cp-person__text">
          <span className="cp-person__name">{name}</span>
          <code className="cp-person__id">{openId}</code>
        </span>
        <IconButton
          ref={remove}
          label={t('one.change', { name })}
          icon={<X size={16} />}
          onClick={() => {
            onChange('', null);
            focusLater(() => input.current);
          }}
        />
      </div>
    );
  }

  return (
    <Field label={t('one.label')} controlId={inputId}>
      {() => (
        <>
          <div className="cp-combo">
            <TextInput
              ref={input}
              id={inputId}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={
                expanded ? `${listId}-${Math.min(active, people.length - 1)}` : undefined
              }
              aria-describedby={`${inputId}-status`}
              aria-invalid={check?.verdict === 'malformed' || undefined}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('one.placeholder')}
              value={openId}
              onChange={(event) => {
                onChange(event.target.value, null);
                setOpen(true);
                setActive(0);
              }}
              onFocus={() => setOpen(true)}
              onBlur={() => setOpen(false)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
            />
            {expanded ? (
              <ul
                id={listId}
                role="listbox"
                className="cp-combo__list"
                aria-label={t('one.matches')}
              >
                {people.map((person, index) => (
                  <li
                    key={person.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === Math.min(active, people.length - 1)}
                    className="cp-combo__option"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(person)}
                  >
                    <span className="cp-combo__name">{person.name}</span>
                    {person.department ? (
                      <span className="cp-combo__department">{person.department}</span>
                    ) : null}
                    <code className="cp-combo__id">{person.id}</code>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <p id={`${inputId}-status`} className="cp-one__status" aria-live="polite">
            {check === null ? (
              <Hint inline>{t('one.hint')}</Hint>
            ) : unknown ? (
              <span className="cp-warn" data-testid="one-unknown">
                <AlertTriangle size={14} aria-hidden="true" />{' '}
                {t('one.unknown', { count: directorySize })}
              </span>
            ) : check.verdict === 'ok' ? (
              <span className="cp-ok">
                <CheckCircle2 size={14} aria-hidden="true" />{' '}
                {known ? t('one.known', { name: known.name }) : t('one.ok')}
              </span>
            ) : check.verdict === 'malformed' && check.reason === 'name' ? (
              // A name is what the search takes: a way on, not an error.
              <Hint inline>{t('one.searchHint')}</Hint>
            ) : check.verdict === 'warning' ? (
              <span className="cp-warn">
                <AlertTriangle size={14} aria-hidden="true" /> {t(`ids.${check.reason}`)}
              </span>
            ) : (
              <span className="cp-bad">
                <AlertCircle size={14} aria-hidden="true" />{' '}
                {t('one.notAnId', {
                  reason: sentenceCase(t(`ids.${check.reason}`, { char: check.char ?? '' })),
                  hint: t('one.searchHint'),
                })}
              </span>
            )}
          </p>
        </>
      )}
    </Field>
  );
}

/** A reason written to follow a list line ("an email address, …") as a sentence of its own. */
const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
