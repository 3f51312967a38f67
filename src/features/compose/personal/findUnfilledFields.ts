import { issue, type Channel, type MindIssue } from '../../../mind';
import { placeholderFor, usedFields } from '../../../mind/fields';

/** Why nothing fills the placeholders in: no table is loaded, or the audience cannot use one. */
export type UnfilledReason = 'no-table' | 'group' | 'everyone';

export interface UnfilledFields {
  /** Fields whose `{{…}}` goes out exactly as written, in first-seen order (may be empty). */
  fields: string[];
  reason: UnfilledReason;
  /** A table of fields is loaded, and this audience leaves it out. */
  tableUnused: boolean;
}

const REASONS: Record<UnfilledReason, string> = {
  'no-table': 'no table of fields is loaded',
  group: 'a group post cannot be personalised',
  everyone: 'a send to all subscribers cannot be personalised',
};

/**
 * The placeholders a send leaves as written (docs/personal.md): all of them unless a table of
 * fields is loaded and the audience is a list of people. With such a table nothing is left:
 * a field it has no column of is taken from the directory or is a missing value, which stops
 * the send until a default or a skip is chosen. Null when there is nothing to say.
 */
export function findUnfilledFields(
  msgType: string,
  content: unknown,
  {
    channel,
    listAudience,
    hasTable,
  }: {
    channel: Channel;
    /** The audience is a list of people (one person, a list, the robot to people). */
    listAudience: boolean;
    hasTable: boolean;
  },
): UnfilledFields | null {
  if (hasTable && listAudience) return null;
  const fields = usedFields(msgType, content);
  if (fields.length === 0 && !hasTable) return null;
  return {
    fields,
    reason: channel === 'group' ? 'group' : listAudience ? 'no-table' : 'everyone',
    tableUnused: hasTable,
  };
}

/** The checks' warning that placeholders go out as written; null when there are none. */
export function unfilledIssue(unfilled: UnfilledFields | null): MindIssue | null {
  if (!unfilled?.fields.length) return null;
  const fields = unfilled.fields.map(placeholderFor).join(', ');
  return issue(
    'warning',
    '/content',
    `fields-as-written-${unfilled.reason}`,
    `${fields} will be sent exactly as written: ${REASONS[unfilled.reason]}`,
    { fields },
  );
}
