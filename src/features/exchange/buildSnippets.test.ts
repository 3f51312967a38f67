import { describe, expect, it } from 'vitest';
import seedCard from '../../../fixtures/seed/interactive.card.json';
import { MIND_API_URL } from '../../mind';
import {
  GROUP_PLACEHOLDER,
  RECIPIENT_PLACEHOLDER,
  buildWireBody,
  curlSnippet,
  fetchSnippet,
  pythonSnippet,
  toPython,
  type SnippetMessage,
} from './buildSnippets';

const card: SnippetMessage = { msg_type: 'interactive', content: seedCard };
const target = {
  appId: 'mind_y2rbhgo9no60u2yd',
  apiUrl: 'https://open.mindoffice.cn/send_message',
};

/** The JSON between the heredoc markers of a curl snippet. */
const heredocBody = (snippet: string) =>
  JSON.parse(snippet.split("<<'MIND_JSON'\n")[1]?.split('\nMIND_JSON')[0] ?? 'null') as unknown;

describe('buildWireBody', () => {
  it('sets one recipient as receive_id and several as receive_ids, content encoded, keys in order', () => {
    const one = buildWireBody(card, ['ou_1']);
    expect(Object.keys(one)).toEqual(['receive_id', 'receive_type', 'msg_type', 'content']);
    expect(one.content).toBe(JSON.stringify(seedCard));
    expect(buildWireBody(card, ['ou_1', 'ou_2']).receive_ids).toEqual(['ou_1', 'ou_2']);
  });

  it('never leaves the recipients empty: a placeholder stands in', () => {
    const body = buildWireBody(card, []);
    expect(body.receive_id).toBe(RECIPIENT_PLACEHOLDER);
    expect(body.receive_ids).toBeUndefined();
  });
});

describe('curlSnippet', () => {
  it('sends the exact wire body with the app id and reads the secret from the environment', () => {
    const snippet = curlSnippet(card, target, ['ou_a', 'ou_b']);
    expect(heredocBody(snippet)).toEqual(buildWireBody(card, ['ou_a', 'ou_b']));
    expect(snippet).toContain("-H 'app-id: mind_y2rbhgo9no60u2yd'");
    expect(snippet).toContain('"app-secret: ${MIND_APP_SECRET:?Set MIND_APP_SECRET first}"');
    expect(snippet).toContain("'https://open.mindoffice.cn/send_message'");
    expect(snippet).toMatch(/^# .*EVERY subscriber/m);
    expect(snippet.startsWith('# Mind send_message: an interactive card to 2 people.')).toBe(true);
    expect(snippet).toContain('$MIND_APP_SECRET (export MIND_APP_SECRET=…)');
  });

  it('reads the app id from the environment when the server has none, and quotes for the shell', () => {
    const snippet = curlSnippet(card, { appId: null, apiUrl: "https://a.example/it's" }, []);
    expect(snippet).toContain('"app-id: ${MIND_APP_ID:?Set MIND_APP_ID first}"');
    expect(snippet).toContain("'https://a.example/it'\\''s'");
    expect(snippet).toContain(`Replace ${RECIPIENT_PLACEHOLDER}`);
  });
});

describe('fetchSnippet and pythonSnippet', () => {
  it('say the same as the curl command, recipients never empty', () => {
    const ts = fetchSnippet(card, target, ['ou_a']);
    expect(ts).toContain('receive_id: "ou_a",');
    expect(ts).toContain('content: JSON.stringify(content)');
    expect(ts).toContain(`const content = ${JSON.stringify(seedCard, null, 2)};`);
    expect(ts).toContain('process.env.MIND_APP_SECRET');
    const python = pythonSnippet(card, target, ['ou_a', 'ou_b']);
    expect(python).toContain('"receive_ids": ["ou_a", "ou_b"],');
    expect(python).toContain('os.environ["MIND_APP_SECRET"]');
    expect(python).toContain('APP_ID = "mind_y2rbhgo9no60u2yd"');
    expect(pythonSnippet(card, { ...target, appId: null }, [])).toContain(
      `"receive_id": "${RECIPIENT_PLACEHOLDER}",`,
    );
  });
});

describe('toPython', () => {
  it('writes JSON values as Python literals', () => {
    expect(toPython({ a: true, b: [false, null, 1.5, 'x"y'], c: {}, d: [] })).toBe(
      '{\n    "a": True,\n    "b": [\n        False,\n        None,\n        1.5,\n        "x\\"y",\n    ],\n    "c": {},\n    "d": [],\n}',
    );
  });
});

describe('snippets per channel', () => {
  const markdown = { msg_type: 'markdown' as const, content: { text: '**hi**' } };
  const target = { appId: 'mind_y2rbhgo9no60u2yd', apiUrl: MIND_API_URL };

  it('the robot to people: its endpoint, receive_open_ids, no receive_type, in every format', () => {
    const robot = { ...target, channel: 'robot' as const };
    const ids = ['ou_a', 'ou_b', 'ou_c'];
    expect(JSON.stringify(buildWireBody(markdown, ids, 'robot'))).toBe(
      '{"receive_open_ids":["ou_a","ou_b","ou_c"],"msg_type":"markdown","content":"{\\"text\\":\\"**hi**\\"}"}',
    );
    const curl = curlSnippet(markdown, robot, ids);
    expect(curl).toContain("'https://open.mindoffice.cn/open-platform/api/robot/send/message'");
    expect(heredocBody(curl)).toEqual(buildWireBody(markdown, ids, 'robot'));
    const ts = fetchSnippet(markdown, robot, ids);
    expect(ts).toContain('"https://open.mindoffice.cn/open-platform/api/robot/send/message"');
    expect(ts).toContain('receive_open_ids: ["ou_a", "ou_b", "ou_c"],');
    expect(ts).not.toContain('receive_type');
    const python = pythonSnippet(markdown, robot, ids);
    expect(python).toContain('"receive_open_ids": ["ou_a", "ou_b", "ou_c"],');
    expect(python).not.toContain('receive_type');
  });

  it('a group: its endpoint and group_id; a placeholder when none is given, never a broadcast', () => {
    const group = { ...target, channel: 'group' as const };
    const curl = curlSnippet(markdown, group, ['og_1']);
    expect(curl).toContain(
      "'https://open.mindoffice.cn/open-platform/api/robot/group/send/card_message'",
    );
    expect(heredocBody(curl)).toEqual({
      group_id: 'og_1',
      msg_type: 'markdown',
      content: '{"text":"**hi**"}',
    });
    expect(fetchSnippet(markdown, group, ['og_1'])).toContain('group_id: "og_1",');
    expect(pythonSnippet(markdown, group, [])).toContain(`"group_id": "${GROUP_PLACEHOLDER}",`);
    expect(buildWireBody(markdown, [], 'robot')).toMatchObject({
      receive_open_ids: [RECIPIENT_PLACEHOLDER],
    });
  });
});

describe('snippets for an article', () => {
  const article: SnippetMessage = {
    msg_type: 'article',
    content: {
      title: '福利说明',
      thumb_url: 'https://cdn.example/c.png',
      body: { content: 'b', format: 'text' },
      enable_forward: true,
    },
  };
  const live = { appId: null, apiUrl: MIND_API_URL };
  const URL_ = 'https://open.mindoffice.cn/open-platform/api/article/send_article_message';

  it('post to send_article_message with the article JSON-encoded in articles, recipients set', () => {
    const ids = ['ou_a', 'ou_b'];
    const body = buildWireBody(article, ids);
    expect(JSON.stringify(body)).toBe(
      `{"receive_ids":["ou_a","ou_b"],"receive_type":1,"msg_type":"article","articles":${JSON.stringify(JSON.stringify(article.content))}}`,
    );
    const curl = curlSnippet(article, live, ids);
    expect(curl).toContain(`'${URL_}'`);
    expect(curl).toContain('an article to 2 people');
    expect(heredocBody(curl)).toEqual(body);
    const ts = fetchSnippet(article, live, ids);
    expect(ts).toContain(JSON.stringify(URL_));
    expect(ts).toContain('    articles: JSON.stringify(content),');
    expect(ts).not.toContain('content: JSON.stringify');
    expect(ts).toContain('receive_ids: ["ou_a", "ou_b"],');
    const python = pythonSnippet(article, live, []);
    expect(python).toContain(`MIND_API_URL = ${JSON.stringify(URL_)}`);
    expect(python).toContain('"articles": json.dumps(content');
    expect(python).toContain(`"receive_id": "${RECIPIENT_PLACEHOLDER}",`);
  });
});
