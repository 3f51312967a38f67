import { describe, expect, it } from 'vitest';
import seedCard from '../../../fixtures/seed/interactive.card.json';
import {
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
