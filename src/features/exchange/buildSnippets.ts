import {
  DEFAULT_RECEIVE_TYPE,
  encodeRequest,
  type MindMessage,
  type WireRequest,
} from '../../mind';

/** Where exported code sends to; `appId` null means "read it from MIND_APP_ID". */
export interface SnippetTarget {
  appId: string | null;
  apiUrl: string;
}

export interface SnippetMessage {
  msg_type: NonNullable<MindMessage['msg_type']>;
  content: unknown;
}

/** Put in place of recipients the user has not chosen: never an empty list, which broadcasts. */
export const RECIPIENT_PLACEHOLDER = 'ou_REPLACE_WITH_OPEN_ID';

const recipientsOf = (ids: readonly string[]) =>
  ids.length > 0 ? [...ids] : [RECIPIENT_PLACEHOLDER];

/** The recipient fields: `receive_id` for one person, `receive_ids` for several. */
function recipientFields(
  ids: readonly string[],
): { receive_id: string } | { receive_ids: string[] } {
  const list = recipientsOf(ids);
  return list.length === 1 ? { receive_id: list[0] as string } : { receive_ids: list };
}

/** The request body as Mind receives it, keys in the spec's order, recipients always set. */
export function buildWireBody(message: SnippetMessage, recipients: readonly string[]): WireRequest {
  return encodeRequest({
    ...recipientFields(recipients),
    receive_type: DEFAULT_RECEIVE_TYPE,
    msg_type: message.msg_type,
    content: message.content,
  } as MindMessage);
}

function header(message: SnippetMessage, recipients: readonly string[], comment: string): string[] {
  const count = recipientsOf(recipients).length;
  const what =
    message.msg_type === 'interactive' ? 'an interactive card' : `a ${message.msg_type} message`;
  const lines = [
    `Mind send_message: ${what} to ${count === 1 ? 'one person' : `${count} people`}.`,
    'The app secret is read from the environment, $MIND_APP_SECRET (export MIND_APP_SECRET=…):',
    'never write it into this code.',
    'Recipients are set in the body: without receive_id/receive_ids Mind sends to EVERY subscriber,',
    'so never remove them and never leave the list empty.',
  ];
  if (recipients.length === 0)
    lines.push(`Replace ${RECIPIENT_PLACEHOLDER} with the recipients' open_ids.`);
  return lines.map((line) => `${comment} ${line}`);
}

/** Single-quoted for a POSIX shell. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A `curl` command (bash or zsh) that sends the message; the secret comes from the environment. */
export function curlSnippet(
  message: SnippetMessage,
  target: SnippetTarget,
  recipients: readonly string[],
): string {
  const appId =
    target.appId === null
      ? '"app-id: ${MIND_APP_ID:?Set MIND_APP_ID first}"'
      : shellQuote(`app-id: ${target.appId}`);
  const body = JSON.stringify(buildWireBody(message, recipients), null, 2);
  return [
    ...header(message, recipients, '#'),
    `curl -sS -w '\\n' -X POST ${shellQuote(target.apiUrl)} \\`,
    `  -H ${appId} \\`,
    '  -H "app-secret: ${MIND_APP_SECRET:?Set MIND_APP_SECRET first}" \\',
    '  -H "x-request-id: $(date +%s)000" \\',
    "  -H 'content-type: application/json' \\",
    "  --data-binary @- <<'MIND_JSON'",
    body,
    'MIND_JSON',
    '',
  ].join('\n');
}

function recipientLine(
  recipients: readonly string[],
  quote: (text: string) => string,
  key: (name: string) => string,
) {
  const fields = recipientFields(recipients);
  return 'receive_id' in fields
    ? `${key('receive_id')}: ${quote(fields.receive_id)},`
    : `${key('receive_ids')}: [${fields.receive_ids.map(quote).join(', ')}],`;
}

/** A TypeScript `fetch` snippet (Node 18+, server side) doing what the curl command does. */
export function fetchSnippet(
  message: SnippetMessage,
  target: SnippetTarget,
  recipients: readonly string[],
): string {
  const quote = (text: string) => JSON.stringify(text);
  return [
    ...header(message, recipients, '//'),
    '// Run it on a server (Node 18+): the secret must never reach a browser.',
    `const MIND_API_URL = ${quote(target.apiUrl)};`,
    `const appId = ${target.appId === null ? 'process.env.MIND_APP_ID' : quote(target.appId)};`,
    'const appSecret = process.env.MIND_APP_SECRET;',
    "if (!appId || !appSecret) throw new Error('Set MIND_APP_ID and MIND_APP_SECRET first');",
    '',
    `const content = ${JSON.stringify(message.content, null, 2)};`,
    '',
    'const response = await fetch(MIND_API_URL, {',
    "  method: 'POST',",
    '  headers: {',
    "    'app-id': appId,",
    "    'app-secret': appSecret,",
    "    'x-request-id': String(Date.now()),",
    "    'content-type': 'application/json',",
    '  },',
    '  body: JSON.stringify({',
    `    ${recipientLine(recipients, quote, (name) => name)}`,
    `    receive_type: ${DEFAULT_RECEIVE_TYPE},`,
    `    msg_type: ${quote(message.msg_type)},`,
    '    // Mind wants the content as a JSON string.',
    '    content: JSON.stringify(content),',
    '  }),',
    '});',
    'const result = (await response.json()) as { code: number | string; msg: string };',
    "if (String(result.code) !== '200') {",
    '  throw new Error(`Mind refused the message: ${result.code} ${result.msg}`);',
    '}',
    'console.log(result);',
    '',
  ].join('\n');
}

/** A JSON value written as a Python literal (True/False/None), indented by four spaces. */
export function toPython(value: unknown, depth = 0): string {
  const pad = '    '.repeat(depth + 1);
  const end = '    '.repeat(depth);
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${toPython(item, depth + 1)},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([key, item]) => `${pad}${JSON.stringify(key)}: ${toPython(item, depth + 1)},`)
    .join('\n')}\n${end}}`;
}

/** A Python `requests` snippet doing what the curl command does. */
export function pythonSnippet(
  message: SnippetMessage,
  target: SnippetTarget,
  recipients: readonly string[],
): string {
  const quote = (text: string) => JSON.stringify(text);
  return [
    ...header(message, recipients, '#'),
    '# Needs: pip install requests',
    'import json',
    'import os',
    'import time',
    '',
    'import requests',
    '',
    `MIND_API_URL = ${quote(target.apiUrl)}`,
    `APP_ID = ${target.appId === null ? 'os.environ["MIND_APP_ID"]' : quote(target.appId)}`,
    '',
    `content = ${toPython(message.content)}`,
    '',
    'body = {',
    `    ${recipientLine(recipients, quote, quote)}`,
    `    "receive_type": ${DEFAULT_RECEIVE_TYPE},`,
    `    "msg_type": ${quote(message.msg_type)},`,
    '    # Mind wants the content as a JSON string.',
    '    "content": json.dumps(content, ensure_ascii=False, separators=(",", ":")),',
    '}',
    'response = requests.post(',
    '    MIND_API_URL,',
    '    headers={',
    '        "app-id": APP_ID,',
    '        "app-secret": os.environ["MIND_APP_SECRET"],',
    '        "x-request-id": str(int(time.time() * 1000)),',
    '        "content-type": "application/json",',
    '    },',
    '    data=json.dumps(body, ensure_ascii=False).encode("utf-8"),',
    '    timeout=10,',
    ')',
    'result = response.json()',
    'if str(result.get("code")) != "200":',
    "    raise RuntimeError(f\"Mind refused the message: {result.get('code')} {result.get('msg')}\")",
    'print(result)',
    '',
  ].join('\n');
}
