import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { groupsOptions } from '../../../api/groups';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import './GroupField.css';

const PASTED = '';

/** The group the robot posts to: one from the configured list, or a pasted group id. */
export function GroupField({
  id,
  onChange,
}: {
  id: string;
  onChange: (id: string, name: string | null) => void;
}) {
  const { t } = useTranslation('compose');
  const groups = useQuery(groupsOptions());
  const list = groups.data?.groups ?? [];
  const known = list.find((group) => group.id === id.trim());
  return (
    <div className="cp-group">
      <Select
        label={t('group.pick')}
        value={known ? known.id : PASTED}
        onChange={(event) => {
          const group = list.find((item) => item.id === event.target.value);
          onChange(group?.id ?? '', group?.name ?? null);
        }}
      >
        <option value={PASTED}>{list.length ? t('group.none') : t('group.noList')}</option>
        {list.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </Select>
      <TextInput
        label={t('group.idLabel')}
        hint={known ? t('group.known', { name: known.name }) : t('group.hint')}
        value={id}
        autoComplete="off"
        spellCheck={false}
        placeholder="og_…"
        onChange={(event) => {
          const value = event.target.value;
          onChange(value, list.find((group) => group.id === value.trim())?.name ?? null);
        }}
      />
    </div>
  );
}
