import { ClipboardPaste, FileUp, Table2, X } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { MissingPolicy } from '../../../api/personal';
import { HiddenFileInput, TABLE_FILE_TYPES } from '../../../ui/HiddenFileInput';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useFocusLater } from '../../../ui/useFocusLater';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';
import { replaceList } from '../../../work/compose/listChange';
import { parseRecipients } from '../recipients/parseRecipients';
import { usePersonal } from '../../../fields/personalStore';
import type { PersonalPlan, TableProblem } from '../../../fields/personalTable';
import '../../../fields/fields.css';
import './personal.css';
import { Banner } from '../../../ui/Banner';
import { Hint } from '../../../ui/Hint';

/** Largest file read in the browser. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const PROBLEMS_SHOWN = 5;

/**
 * Fields for each person (docs/personal.md): a CSV or a pasted table whose first column is the
 * open_id; its people become the recipients, its other columns fields for the message; and what
 * to do where a value is missing.
 */
export function PersonalSection({
  plan,
  listAudience,
  written,
}: {
  plan: PersonalPlan | null;
  /** The audience is a list of people (fields cannot be used for all subscribers or a group). */
  listAudience: boolean;
  /** Fields the message has while no list is loaded: it would be sent as written. */
  written: string[];
}) {
  const { t } = useTranslation('personal');
  const table = usePersonal((state) => state.table);
  const setTable = usePersonal((state) => state.setTable);
  const lost = usePersonal((state) => state.lost);
  const forgetLost = usePersonal((state) => state.forgetLost);
  const setList = useComposeDraft((state) => state.setList);
  const channel = useComposeDraft((state) => state.channel);
  const setRecipientMode = useComposeDraft((state) => state.setRecipientMode);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  // "Use this table" goes with the pasted table, "Remove the fields" with the fields: the focus
  // goes to what the section now says (the table loaded) or to loading another, not <body>.
  const focusLater = useFocusLater();
  const loaded = useRef<HTMLParagraphElement>(null);
  const upload = useRef<HTMLButtonElement>(null);

  /** Reads a table into the fields and the list; false when it could not be used. */
  const load = async (text: string, source: string | null): Promise<boolean> => {
    // Loaded with papaparse on first use, so compose's first visit carries neither.
    const reader = await import('../../../fields/readPersonalTable').catch(() => null);
    const result = reader
      ? reader.readPersonalTable(text, source)
      : ({ ok: false, error: 'unreadable' } as const);
    if (!result.ok) {
      setError(t(`table.${result.error}`, { name: source ?? t('table.pastedName') }));
      return false;
    }
    setError(null);
    setTable(result.table);
    // The table's people become the list: those of the list it leaves out are said, undoably.
    const inTable = new Set(result.table.rows.map((row) => row.open_id));
    const left = parseRecipients(useComposeDraft.getState().list).ids.filter(
      (id) => !inTable.has(id),
    ).length;
    const list = result.table.rows.map((row) => row.open_id).join('\n');
    if (left > 0) replaceList(list, { kind: 'table', count: left });
    else setList(list);
    if (channel === 'subscribers') setRecipientMode('list');
    setPasting(false);
    setPasted('');
    return true;
  };

  const readFile = (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setError(t('table.tooBig', { name: file.name }));
      return;
    }
    file.text().then(
      (text) => load(text, file.name),
      () => setError(t('table.unreadable', { name: file.name })),
    );
  };

  return (
    <section className="cp-step pf-section" aria-labelledby="pf-title">
      <h2 id="pf-title" className="cp-step__title">
        <span className="cp-step__number" aria-hidden="true">
          <Table2 size={14} />
        </span>
        {t('section.title')}
      </h2>
      <Hint>{t('section.hint')}</Hint>
      <div className="cp-list__actions">
        <Button
          ref={upload}
          size="sm"
          icon={<FileUp size={14} />}
          onClick={() => fileInput.current?.click()}
        >
          {t('section.upload')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon={<ClipboardPaste size={14} />}
          aria-expanded={pasting}
          onClick={() => setPasting((open) => !open)}
        >
          {t('section.paste')}
        </Button>
        {table ? (
          <Button
            size="sm"
            variant="ghost"
            icon={<X size={14} />}
            onClick={() => {
              setTable(null);
              focusLater(() => upload.current);
            }}
          >
            {t('section.remove')}
          </Button>
        ) : null}
      </div>
      <HiddenFileInput
        ref={fileInput}
        accept={TABLE_FILE_TYPES}
        testId="fields-file"
        onFile={readFile}
      />
      {pasting ? (
        <div className="pf-paste">
          <TextArea
            label={t('section.pasteLabel')}
            rows={5}
            spellCheck={false}
            value={pasted}
            placeholder={'open_id\tname\tteam\nou_7d8a…\t张伟\tOps'}
            onChange={(event) => setPasted(event.target.value)}
          />
          <div>
            <Button
              size="sm"
              variant="primary"
              disabled={pasted.trim() === ''}
              onClick={() =>
                void load(pasted, null).then((used) => {
                  if (used) focusLater(() => loaded.current);
                })
              }
            >
              {t('section.usePasted')}
            </Button>
          </div>
        </div>
      ) : null}
      {!table && lost ? (
        <Banner tone="warning" data-testid="fields-lost">
          {t('section.lost', {
            name: lost.source ?? t('table.pastedName'),
            count: lost.people,
          })}{' '}
          <Button size="sm" variant="ghost" onClick={forgetLost}>
            {t('section.forgetLost')}
          </Button>
        </Banner>
      ) : null}
      {!table && written.length ? (
        <p className="cp-channel-note" role="note" data-testid="fields-as-written">
          {t('section.asWritten', { fields: written.map((name) => `{{${name}}}`).join(', ') })}
        </p>
      ) : null}
      {error ? <Banner tone="error">{error}</Banner> : null}
      {table ? (
        <div className="pf-loaded" data-testid="fields-loaded">
          <p ref={loaded} tabIndex={-1}>
            {t('section.loaded', {
              name: table.source ?? t('table.pastedName'),
              count: table.rows.length,
            })}{' '}
            <span className="pf-chips">
              {table.columns.map((name) => (
                <code key={name} className="pf-chip">
                  {name}
                </code>
              ))}
            </span>
          </p>
          {table.problems.length ? <Problems problems={table.problems} /> : null}
          {!listAudience ? (
            <p className="cp-channel-note" role="note" data-testid="fields-no-list">
              {t('section.noList')}
            </p>
          ) : plan && plan.used.length === 0 ? (
            <Hint>{t('section.unused', { example: '{{name}}' })}</Hint>
          ) : null}
          {listAudience && plan ? <MissingValues plan={plan} /> : null}
          {listAudience && plan?.problems.length ? (
            <Banner tone="error">
              <ul>
                {plan.problems.map((problem) => (
                  <li key={problem.openId}>
                    {problem.openId}: {problem.message}
                  </li>
                ))}
              </ul>
            </Banner>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Problems({ problems }: { problems: TableProblem[] }) {
  const { t } = useTranslation('personal');
  return (
    <div className="pf-problems" role="status">
      <p>{t('table.problems', { count: problems.length })}</p>
      <ul>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
          <li key={`${problem.kind}-${'row' in problem ? problem.row : problem.column}`}>
            {t(`table.${problem.kind}`, {
              value: problem.value,
              row: 'row' in problem ? problem.row : 0,
              column: 'column' in problem ? problem.column + 1 : 0,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Each used field someone has no value for, with the choice of what to do. */
function MissingValues({ plan }: { plan: PersonalPlan }) {
  const { t } = useTranslation('personal');
  const policies = usePersonal((state) => state.policies);
  const setPolicy = usePersonal((state) => state.setPolicy);
  const fields = plan.used.filter((name) => (plan.missingCounts[name] ?? 0) > 0);
  if (!fields.length) return plan.used.length ? <p className="cp-ok">{t('missing.none')}</p> : null;
  return (
    <div className="pf-missing" data-testid="missing-values">
      <h3 className="pf-missing__title">{t('missing.title')}</h3>
      {fields.map((name) => (
        <MissingField
          key={name}
          name={name}
          count={plan.missingCounts[name] ?? 0}
          policy={policies[name] ?? { policy: 'stop' }}
          onChange={(policy) => setPolicy(name, policy)}
        />
      ))}
    </div>
  );
}

function MissingField({
  name,
  count,
  policy,
  onChange,
}: {
  name: string;
  count: number;
  policy: MissingPolicy;
  onChange: (policy: MissingPolicy) => void;
}) {
  const { t } = useTranslation('personal');
  const group = useId();
  const [value, setValue] = useState(policy.policy === 'default' ? policy.value : '');
  return (
    <fieldset className="pf-missing__field" data-field={name}>
      <legend>{t('missing.field', { field: name, count })}</legend>
      <label className="cp-check">
        <input
          type="radio"
          name={group}
          checked={policy.policy === 'stop'}
          onChange={() => onChange({ policy: 'stop' })}
        />
        {t('missing.stop')}
      </label>
      <label className="cp-check">
        <input
          type="radio"
          name={group}
          checked={policy.policy === 'default'}
          onChange={() => onChange({ policy: 'default', value })}
        />
        {t('missing.default')}
      </label>
      {policy.policy === 'default' ? (
        <TextInput
          className="pf-missing__value"
          aria-label={t('missing.defaultValue', { field: name })}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            onChange({ policy: 'default', value: event.target.value });
          }}
        />
      ) : null}
      <label className="cp-check">
        <input
          type="radio"
          name={group}
          checked={policy.policy === 'skip'}
          onChange={() => onChange({ policy: 'skip' })}
        />
        {t('missing.skip', { count })}
      </label>
    </fieldset>
  );
}
