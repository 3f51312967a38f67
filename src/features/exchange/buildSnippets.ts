import {
  encodeFor,
  endpointOf,
  endpointUrl,
  type Channel,
  type Destination,
  type MindMessage,
  type WireRequest,
  stringifyJson,
} from '../../mind';

/**
 * Where exported code sends to; `appId` null means "read it from MIND_APP_ID". `apiUrl` is
 * `send_message`'s; the robot's endpoints are found beside it (`channel`, subscribers when
 * absent).
 */
export interface SnippetTarget {
  appId: string | null;
  apiUrl: string;
  channel?: Channel;
}

export interface SnippetMessage {
  msg_type: NonNullable<MindMessage['msg_type']>;
  content: unknown;
}

/** Put in place of recipients the user has not chosen: never an empty list, which broadcasts. */
export const RECIPIENT_PLACEHOLDER = 'ou_REPLACE_WITH_OPEN_ID';
/** Put in place of a group the user has not chosen. */
export const GROUP_PLACEHOLDER = 'og_REPLACE_WITH_GROUP_ID';

const recipientsOf = (ids: readonly string[]) =>
  ids.length > 0 ? [...ids] : [RECIPIENT_PLACEHOLDER];

/** Where the body goes: `recipients` are open_ids, or for a group its id (the first). */
function destinationOf(channel: Channel, recipients: readonly string[]): Destination {
  switch (channel) {
    case 'subscribers': {
      const list = recipientsOf(recipients);
      return { channel, receiveIds: list, single: list.length === 1 };
    }
    case 'robot':
      return { channel, openIds: recipientsOf(recipients) };
    case 'group':
      return { channel, groupId: recipients[0] ?? GROUP_PLACEHOLDER };
  }
}

/**
 * The request body as Mind receives it, through the model's encoder (the server's too): keys
 * in the guide's order for the channel, recipients always set.
 */
export function buildWireBody(
  message: SnippetMessage,
  recipients: readonly string[],
  channel: Channel = 'subscribers',
): WireRequest {
  return encodeFor(destinationOf(channel, recipients), message);
}

const ENDPOINT_NAMES: Record<Channel, string> = {
  subscribers: 'send_message',
  robot: 'robot/send/message (the robot to people)',
  group: 'robot/group/send/card_message (the robot to a group)',
};

/** The URL the snippet posts to: the channel's endpoint, or `send_article_message` for an article. */
const urlOf = (message: SnippetMessage, channel: Channel, apiUrl: string) =>
  endpointUrl(endpointOf(channel, message.msg_type), apiUrl);

/** The body field that carries the message, JSON-encoded: `articles` for an article. */
const contentKey = (message: SnippetMessage) =>
  message.msg_type === 'article' ? 'articles' : 'content';

function header(
  message: SnippetMessage,
  recipients: readonly string[],
  comment: string,
  channel: Channel,
): string[] {
  const count = recipientsOf(recipients).length;
  const what =
    message.msg_type === 'interactive'
      ? 'an interactive card'
      : message.msg_type === 'article'
        ? 'an article'
        : `a ${message.msg_type} message`;
  const to = channel === 'group' ? 'one group' : count === 1 ? 'one person' : `${count} people`;
  const endpoint =
    message.msg_type === 'article' ? 'article/send_article_message' : ENDPOINT_NAMES[channel];
  const lines = [
    `Mind ${endpoint}: ${what} to ${to}.`,
    'The app secret is read from the environment, $MIND_APP_SECRET (export MIND_APP_SECRET=…):',
    'never write it into this code.',
  ];
  if (channel === 'subscribers') {
    lines.push(
      'Recipients are set in the body: without receive_id/receive_ids Mind sends to EVERY subscriber,',
      'so never remove them and never leave the list empty.',
    );
    if (recipients.length === 0)
      lines.push(`Replace ${RECIPIENT_PLACEHOLDER} with the recipients' open_ids.`);
  } else if (channel === 'robot') {
    lines.push('The app needs the "send private messages" permission in Mind\'s console.');
    if (recipients.length === 0)
      lines.push(`Replace ${RECIPIENT_PLACEHOLDER} with the recipients' open_ids.`);
  } else {
    lines.push("The app's robot must be a member of the group.");
    if (recipients.length === 0) lines.push(`Replace ${GROUP_PLACEHOLDER} with the group's id.`);
  }
  return lines.map((line) => `${comment} ${line}`);
}

/** The body's fields before `msg_type`, each as `key: value,` (JSON values are Python too). */
function recipientLines(
  message: SnippetMessage,
  recipients: readonly string[],
  channel: Channel,
  key: (name: string) => string,
): string[] {
  const body = buildWireBody(message, recipients, channel);
  return Object.entries(body)
    .filter(([name]) => name !== 'msg_type' && name !== contentKey(message))
    .map(([name, value]) => `${key(name)}: ${JSON.stringify(value).replace(/","/g, '", "')},`);
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
  const channel = target.channel ?? 'subscribers';
  const body = stringifyJson(buildWireBody(message, recipients, channel), 2);
  return [
    ...header(message, recipients, '#', channel),
    `curl -sS -w '\\n' -X POST ${shellQuote(urlOf(message, channel, target.apiUrl))} \\`,
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

/** A TypeScript `fetch` snippet (Node 18+, server side) doing what the curl command does. */
export function fetchSnippet(
  message: SnippetMessage,
  target: SnippetTarget,
  recipients: readonly string[],
): string {
  const quote = (text: string) => JSON.stringify(text);
  const channel = target.channel ?? 'subscribers';
  return [
    ...header(message, recipients, '//', channel),
    '// Run it on a server (Node 18+): the secret must never reach a browser.',
    `const MIND_API_URL = ${quote(urlOf(message, channel, target.apiUrl))};`,
    `const appId = ${target.appId === null ? 'process.env.MIND_APP_ID' : quote(target.appId)};`,
    'const appSecret = process.env.MIND_APP_SECRET;',
    "if (!appId || !appSecret) throw new Error('Set MIND_APP_ID and MIND_APP_SECRET first');",
    '',
    `const content = ${stringifyJson(message.content, 2)};`,
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
    ...recipientLines(message, recipients, channel, (name) => name).map((line) => `    ${line}`),
    `    msg_type: ${quote(message.msg_type)},`,
    `    // Mind wants the ${contentKey(message)} as a JSON string.`,
    `    ${contentKey(message)}: JSON.stringify(content),`,
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
  if (typeof value === 'bigint') return value.toString();
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
  const channel = target.channel ?? 'subscribers';
  return [
    ...header(message, recipients, '#', channel),
    '# Needs: pip install requests',
    'import json',
    'import os',
    'import time',
    '',
    'import requests',
    '',
    `MIND_API_URL = ${quote(urlOf(message, channel, target.apiUrl))}`,
    `APP_ID = ${target.appId === null ? 'os.environ["MIND_APP_ID"]' : quote(target.appId)}`,
    '',
    `content = ${toPython(message.content)}`,
    '',
    'body = {',
    ...recipientLines(message, recipients, channel, quote).map((line) => `    ${line}`),
    `    "msg_type": ${quote(message.msg_type)},`,
    `    # Mind wants the ${contentKey(message)} as a JSON string.`,
    `    "${contentKey(message)}": json.dumps(content, ensure_ascii=False, separators=(",", ":")),`,
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
