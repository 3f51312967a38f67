import { useQuery } from '@tanstack/react-query';
import { AtSign, Megaphone } from 'lucide-react';
import { useDeferredValue, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { directoryOptions } from '../../../api/directory';
import { MENTION_ALL_ID, MENTION_ALL_LABEL, formatMention } from '../../../mind';
import { Button } from '../../../ui/Button';
import { TextInput } from '../../../ui/TextInput';
import './MentionInserter.css';

/**
 * Inserts `<at user_id="…">Name</at>` at the cursor of the text area `targetId`: a person
 * from the directory, or (only for a group) everyone, which then needs the typed phrase.
 */
export function MentionInserter({
  targetId,
  value,
  onChange,
  allowEveryone,
}: {
  targetId: string;
  value: string;
  onChange: (value: string) => void;
  allowEveryone: boolean;
}) {
  const { t } = useTranslation('compose');
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query);
  const people = useQuery({ ...directoryOptions(search.trim(), 8), enabled: open });
  const toggle = useRef<HTMLButtonElement>(null);

  const insert = (id: string, name: string) => {
    const area = document.getElementById(targetId);
    const tag = formatMention(id, name);
    const textarea = area instanceof HTMLTextAreaElement ? area : null;
    const start = textarea?.selectionStart ?? value.length;
    const end = textarea?.selectionEnd ?? value.length;
    onChange(`${value.slice(0, start)}${tag}${value.slice(end)}`);
    setOpen(false);
    setQuery('');
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + tag.length, start + tag.length);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="cp-mention" onKeyDown={onKeyDown}>
      <div>
        <Button
          ref={toggle}
          size="sm"
          variant="ghost"
          icon={<AtSign size={14} />}
          aria-expanded={open}
          onClick={() => setOpen((current) => !current)}
        >
          {t('mention.button')}
        </Button>
      </div>
      {open ? (
        <div className="cp-mention__panel" role="group" aria-label={t('mention.panel')}>
          <TextInput
            label={t('mention.search')}
            value={query}
            autoFocus
            autoComplete="off"
            placeholder={t('mention.placeholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ul className="cp-mention__list" aria-label={t('mention.people')}>
            {allowEveryone ? (
              <li>
                <Button
                  size="sm"
                  variant="danger"
                  icon={<Megaphone size={14} />}
                  onClick={() => insert(MENTION_ALL_ID, MENTION_ALL_LABEL)}
                >
                  {t('mention.everyone')}
                </Button>
              </li>
            ) : null}
            {(people.data?.people ?? []).map((person) => (
              <li key={person.id}>
                <Button size="sm" onClick={() => insert(person.id, person.name)}>
                  {t('mention.person', { name: person.name })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
