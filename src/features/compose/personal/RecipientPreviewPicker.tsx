import { ChevronLeft, ChevronRight, Maximize2 } from 'lucide-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { Hint } from '../../../ui/Hint';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { usePersonal } from '../../../fields/personalStore';
import type { PersonalPlan, PersonalPreview } from '../../../fields/personalTable';

/** Options listed in the picker at most (a search narrows a longer list). */
const LISTED = 200;

/**
 * Whose message the preview shows: search, previous / next, the longest message, only those
 * with a missing value. The preview beside it shows exactly what that person receives.
 */
export function RecipientPreviewPicker({
  plan,
  current,
}: {
  plan: PersonalPlan;
  current: PersonalPreview | undefined;
}) {
  const { t } = useTranslation('personal');
  const setPreviewId = usePersonal((state) => state.setPreviewId);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query.trim().toLowerCase());
  const searchId = useId();
  const people = useMemo(
    () =>
      plan.people.filter(
        (person) =>
          (!onlyMissing || person.missing.length > 0) &&
          (search === '' ||
            person.openId.toLowerCase().includes(search) ||
            Object.values(person.values).some((value) => value.toLowerCase().includes(search))),
      ),
    [plan.people, onlyMissing, search],
  );
  const index = current ? people.indexOf(current) : -1;
  const step = (by: number) => {
    if (!people.length) return;
    const next = people[(Math.max(index, 0) + by + people.length) % people.length];
    if (next) setPreviewId(next.openId);
  };
  // The longest message of the whole send (what the size limit is about), whatever the filters
  // showed: they are cleared, so the picker's list holds the person it shows.
  const longest = () => {
    let best: PersonalPreview | undefined;
    for (const person of plan.people)
      if (!person.skipped && (!best || person.bytes > best.bytes)) best = person;
    if (!best) return;
    setOnlyMissing(false);
    setQuery('');
    setPreviewId(best.openId);
  };
  const listed = people.slice(0, LISTED);
  if (current && !listed.includes(current)) listed.unshift(current);
  const label = (person: PersonalPreview) => {
    const first = Object.values(person.values).find((value) => value !== '');
    return `${person.openId}${first ? ` · ${first}` : ''}${person.missing.length ? ` · ${t('preview.missingMark')}` : ''}`;
  };

  return (
    <div className="pf-picker" role="group" aria-label={t('preview.label')}>
      <Field label={t('preview.as')} className="pf-picker__row">
        {({ id }) => (
          <>
            <Button
              size="sm"
              variant="ghost"
              icon={<ChevronLeft size={14} />}
              aria-label={t('preview.previous')}
              onClick={() => step(-1)}
              disabled={!people.length}
            />
            <Select
              id={id}
              className="pf-picker__select"
              value={current?.openId ?? ''}
              onChange={(event) => setPreviewId(event.target.value)}
              data-testid="preview-recipient"
            >
              {listed.map((person) => (
                <option key={person.openId} value={person.openId}>
                  {label(person)}
                </option>
              ))}
            </Select>
            <Button
              size="sm"
              variant="ghost"
              icon={<ChevronRight size={14} />}
              aria-label={t('preview.next')}
              onClick={() => step(1)}
              disabled={!people.length}
            />
          </>
        )}
      </Field>
      <div className="pf-picker__row">
        <label htmlFor={searchId} className="visually-hidden">
          {t('preview.search')}
        </label>
        <TextInput
          id={searchId}
          className="pf-picker__search"
          type="search"
          value={query}
          placeholder={t('preview.search')}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Button size="sm" variant="ghost" icon={<Maximize2 size={14} />} onClick={longest}>
          {t('preview.longest')}
        </Button>
        <label className="cp-check">
          <input
            type="checkbox"
            checked={onlyMissing}
            onChange={(event) => {
              setOnlyMissing(event.target.checked);
              const first = plan.people.find((person) => person.missing.length > 0);
              if (event.target.checked && first) setPreviewId(first.openId);
            }}
          />
          {t('preview.onlyMissing', { count: plan.people.filter((p) => p.missing.length).length })}
        </label>
      </div>
      {current ? (
        <p className="pf-picker__state" role="status" data-testid="preview-state">
          {t('preview.position', {
            index: plan.people.indexOf(current) + 1,
            count: plan.people.length,
            bytes: current.bytes.toLocaleString(),
          })}{' '}
          {current.skipped
            ? t('preview.skipped', { fields: current.missing.join(', ') })
            : current.stopped
              ? t('preview.stopped', { fields: current.missing.join(', ') })
              : current.missing.length
                ? t('preview.defaulted', { fields: current.missing.join(', ') })
                : null}
        </p>
      ) : (
        <Hint>{t('preview.nobody')}</Hint>
      )}
    </div>
  );
}
