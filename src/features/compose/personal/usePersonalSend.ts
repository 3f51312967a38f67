import { useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { peopleOptions } from '../../../api/directory';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { DIRECTORY_FIELDS, type SendFields } from '../../../api/personal';
import { statusOptions } from '../../../api/status';
import type { Person } from '../../../api/schemas';
import { validateContent, type Channel, type MindIssue } from '../../../mind';
import { fieldIssues, usedFields } from '../../../mind/fields';
import type { WorkMessage } from '../../../work/workMessage';
import type { AudienceResult } from '../recipients/buildAudience';
import { usePersonal } from '../../../fields/personalStore';
import {
  fieldsForSend,
  planPersonal,
  type PersonalPlan,
  type PersonalPreview,
  type PersonalTable,
} from '../../../fields/personalTable';
import { findUnfilledFields, type UnfilledFields } from './findUnfilledFields';

export interface PersonalSend {
  table: PersonalTable | null;
  /** The audience is a list of people, so fields can be used. */
  listAudience: boolean;
  /** Each recipient's message, when a list with fields is loaded and the audience is a list. */
  plan: PersonalPlan | null;
  /** The recipient the preview shows. */
  current: PersonalPreview | undefined;
  /** Their message, for the preview; null when the plain message is shown. */
  previewMessage: WorkMessage | null;
  /** `fields` for the send, when the message uses any. */
  fields: SendFields | undefined;
  /** The message's checks: its placeholders, and the previewed person's message. */
  issues: MindIssue[] | null;
  blockers: string[];
  /** Placeholders sent exactly as written (no table applies to this audience), and why. */
  unfilled: UnfilledFields | null;
}

const idsOf = (audience: AudienceResult): string[] | null => {
  if (!audience.ok) return null;
  const { audience: value } = audience;
  if (value.kind === 'users' || value.kind === 'robot') return value.ids;
  if (value.kind === 'user') return [value.id];
  return null;
};

/** People looked up in the directory per request (the server's most). */
const DIRECTORY_CHUNK = 100;

/** Compose's personal send: the plan of each person's message, its blockers and `fields`. */
export function usePersonalSend(
  message: WorkMessage,
  audience: AudienceResult,
  channel: Channel,
  /** Subscribers: one person or a list (not all of them). */
  listMode: boolean,
): PersonalSend {
  const { t } = useTranslation('personal');
  const table = usePersonal((state) => state.table);
  const policies = usePersonal((state) => state.policies);
  const previewId = usePersonal((state) => state.previewId);
  const deferred = useDeferredValue(message);
  const fresh = idsOf(audience);
  // The audience is rebuilt on every render: the same people keep the same array.
  const idsKey = fresh?.join('\n') ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const ids = useMemo(() => fresh, [idsKey]);
  const listAudience = channel === 'robot' || (channel === 'subscribers' && listMode);
  const usable = table !== null && ids !== null && listAudience && deferred.msg_type !== 'article';
  const status = useQuery(statusOptions());
  const directoryFields: readonly string[] = status.data?.directoryFields ?? DIRECTORY_FIELDS;
  // Directory fields the list has no column of: the people's entries, 100 at a time.
  const fromDirectory = useMemo(
    () =>
      usable && table
        ? usedFields(deferred.msg_type, deferred.content).some(
            (name) => directoryFields.includes(name) && !table.columns.includes(name),
          )
        : false,
    [usable, table, deferred, directoryFields],
  );
  const chunks = useMemo(() => {
    const list = fromDirectory && ids ? ids : [];
    return Array.from({ length: Math.ceil(list.length / DIRECTORY_CHUNK) }, (_, index) =>
      list.slice(index * DIRECTORY_CHUNK, (index + 1) * DIRECTORY_CHUNK),
    );
  }, [fromDirectory, ids]);
  const lookups = useQueries({ queries: chunks.map((chunk) => peopleOptions(chunk)) });
  const found = lookups.map((lookup) => lookup.data);
  const directoryKey = found.map((data) => (data ? data.people.length : -1)).join(',');
  const directory = useMemo(
    () =>
      new Map<string, Person>(
        found.flatMap((data) => data?.people ?? []).map((person) => [person.id, person]),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [directoryKey, chunks],
  );
  const plan = useMemo(
    () =>
      usable && table && ids
        ? planPersonal(deferred.msg_type, deferred.content, table, ids, policies, directory)
        : null,
    [usable, table, ids, deferred, policies, directory],
  );
  const current = plan
    ? (plan.people.find((person) => person.openId === previewId) ?? plan.people[0])
    : undefined;
  const active = plan !== null && plan.used.length > 0;
  const previewMessage =
    active && current ? { msg_type: deferred.msg_type, content: current.content } : null;
  const issues = useMemo(
    () =>
      active && current
        ? [
            ...fieldIssues(deferred.msg_type, deferred.content),
            ...validateContent(deferred.msg_type, current.content, '/content', channel),
          ]
        : table
          ? fieldIssues(message.msg_type, message.content)
          : null,
    [active, current, deferred, channel, table, message],
  );
  const blockers: string[] = [];
  // The table loaded before a reload is gone: its fields would go out as written.
  const lost = usePersonal((state) => state.lost);
  if (lost && !table && listAudience && usedFields(deferred.msg_type, deferred.content).length > 0)
    blockers.push(t('blockers.tableLost', { name: lost.source ?? t('table.pastedName') }));
  if (active && plan) {
    if (plan.stopped > 0) blockers.push(t('blockers.missing', { count: plan.stopped }));
    for (const name of plan.used) {
      const policy = policies[name];
      if (
        (plan.missingCounts[name] ?? 0) > 0 &&
        policy?.policy === 'default' &&
        policy.value.trim() === ''
      )
        blockers.push(t('blockers.defaultEmpty', { field: name }));
    }
    if (plan.problems.length) blockers.push(t('blockers.values', { count: plan.problems.length }));
    if (plan.people.length > 0 && plan.skipped === plan.people.length)
      blockers.push(t('blockers.allSkipped'));
  }
  const fields = useMemo(
    () =>
      active && table && ids && plan ? fieldsForSend(table, ids, plan.used, policies) : undefined,
    [active, table, ids, plan, policies],
  );
  const unfilled = useMemo(
    () =>
      findUnfilledFields(message.msg_type, message.content, {
        channel,
        listAudience,
        hasTable: table !== null,
      }),
    [message, channel, listAudience, table],
  );
  return {
    table,
    listAudience,
    plan,
    current,
    previewMessage,
    fields,
    issues,
    blockers,
    unfilled,
  };
}
