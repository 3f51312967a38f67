/*
 * The reasons the server records in English (why a person was skipped, why a batch got no
 * answer: server/personalSend.ts, sender.ts, mindClient.ts), said in the reader's language from
 * the `compose` namespace. A reason not known here is shown as the server wrote it.
 */

export interface ReasonText {
  /** i18n key in the compose namespace. */
  key: string;
  params: Record<string, string>;
}

const KNOWN: readonly [RegExp, string][] = [
  [/^No value for "(?<field>.*)"$/, 'reason.noValue'],
  [/^The server failed while sending this batch$/, 'reason.serverFailed'],
  [/^Not sent: its send could not be found in the database\.$/, 'reason.sendVanished'],
  [
    /^Not sent: the server could not record this batch before sending it \((?<why>.*)\); retry sends it once the database can be written again\.$/,
    'reason.notRecorded',
  ],
  [/^Mind did not answer within (?<ms>\d+) ms$/, 'reason.timeout'],
  [/^The connection to Mind was reset$/, 'reason.reset'],
  [/^Mind refused the connection$/, 'reason.refused'],
  [/^Mind could not be reached \((?<code>[^)]*)\)$/, 'reason.unreachableCode'],
  [/^Mind could not be reached$/, 'reason.unreachable'],
  [
    /^Mind kept answering 429 Too Many Requests \((?<times>\d+) times\); retry later$/,
    'reason.rateLimited',
  ],
];

/** The tail mindClient adds after its retries. */
const AFTER = / \(after (?<attempts>\d+) attempts?\)$/;

/** The key and values of a reason the server writes; null for one it does not. */
export function reasonText(text: string): { reason: ReasonText; attempts: string | null } | null {
  const after = AFTER.exec(text);
  const body = after ? text.slice(0, after.index) : text;
  for (const [pattern, key] of KNOWN) {
    const match = pattern.exec(body);
    if (match)
      return {
        reason: { key, params: { ...match.groups } },
        attempts: after?.groups?.attempts ?? null,
      };
  }
  return null;
}

/** `text` in the reader's language where the server's sentence is known; else as it is. */
export function localizeReason(
  t: (key: string, options?: Record<string, unknown>) => string,
  text: string,
): string {
  const known = reasonText(text);
  if (!known) return text;
  const said = t(known.reason.key, { ns: 'compose', ...known.reason.params });
  return known.attempts === null
    ? said
    : t('reason.after', { ns: 'compose', reason: said, count: Number(known.attempts) });
}
