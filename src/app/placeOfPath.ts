import type { TFunction } from 'i18next';
import { pointerTokens } from '../mind';

/** A key of the message, by where it is, and the word for it in the `places` namespace. */
const ELEMENT_FIELDS: Readonly<Record<string, string>> = {
  text: 'text',
  content: 'text',
  tag: 'kind',
  action: 'buttons',
  title: 'title',
};
const BUTTON_FIELDS: Readonly<Record<string, string>> = {
  text: 'label',
  url: 'url',
  type: 'kind',
  tag: 'kind',
  value: 'value',
  template: 'style',
};
const HEADER_FIELDS: Readonly<Record<string, string>> = { title: 'title', template: 'colour' };
const CONTENT_FIELDS: Readonly<Record<string, string>> = {
  text: 'text',
  title: 'title',
  body: 'body',
  abstract: 'abstract',
  thumb_url: 'cover',
};

const isIndex = (token: string | undefined): token is string =>
  token !== undefined && /^\d+$/.test(token);

/**
 * Where a JSON pointer into a message points, in the reader's words (`places` namespace):
 * `/content/elements/3/text` is "The text of block 4", `/content/elements/2/action/1/url`
 * "The web address of button 2 in block 3". For people who do not read JSON pointers; a key
 * it has no word for is named as it is, and a path it cannot read is "“key” in the message".
 */
export function placeOfPath(t: TFunction, path: string): string {
  const say = (key: string, params: Record<string, unknown> = {}): string =>
    t(key, { ns: 'places', ...params });
  const field = (key: string, table: Readonly<Record<string, string>>): string => {
    const word = table[key];
    return word === undefined ? say('field.other', { key }) : say(`field.${word}`);
  };
  const tokens = pointerTokens(path);
  const [root, part, index, name, button, buttonField] = tokens;
  if (root === undefined) return say('message');
  if (root === 'msg_type' && part === undefined) return say('msgType');
  if (root !== 'content') return say('unknown', { key: tokens.at(-1) });
  if (part === undefined) return say('content');
  if (part === 'elements') {
    if (!isIndex(index)) return say('elements');
    const block = Number(index) + 1;
    if (name === undefined) return say('block', { block });
    if (name !== 'action' || !isIndex(button)) {
      return say('blockField', { block, field: field(name, ELEMENT_FIELDS) });
    }
    const at = { block, button: Number(button) + 1 };
    if (buttonField === undefined) return say('button', at);
    return say('buttonField', { ...at, field: field(buttonField, BUTTON_FIELDS) });
  }
  if (part === 'header') {
    return index === undefined
      ? say('header')
      : say('cardField', { field: field(index, HEADER_FIELDS) });
  }
  if (part === 'config') return say('settings');
  if (isIndex(part)) return say('contentPart', { position: Number(part) + 1 });
  return say('contentField', { field: field(part, CONTENT_FIELDS) });
}
