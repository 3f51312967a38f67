import './i18n';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { placeOfPath } from './placeOfPath';

const inWords = (path: string) => placeOfPath(i18next.t.bind(i18next), path);

afterAll(async () => {
  await i18next.changeLanguage('en');
});

describe('placeOfPath', () => {
  it('says where a path points in English, counting from 1', async () => {
    await i18next.changeLanguage('en');
    await i18next.loadNamespaces('places');
    expect(inWords('/content/elements/3/text')).toBe('The text of block 4');
    expect(inWords('/content/elements/3/text/content')).toBe('The text of block 4');
    expect(inWords('/content/elements/0/content')).toBe('The text of block 1');
    expect(inWords('/content/elements/3')).toBe('Block 4');
    expect(inWords('/content/elements/2/action/1')).toBe('Button 2 of block 3');
    expect(inWords('/content/elements/2/action/1/url')).toBe(
      'The web address of button 2 in block 3',
    );
    expect(inWords('/content/elements/2/action/0/text/content')).toBe(
      'The label of button 1 in block 3',
    );
    expect(inWords('/content/elements/2/action')).toBe('The buttons of block 3');
    expect(inWords('/content/header/title')).toBe("The card's title");
    expect(inWords('/content/header/title/content')).toBe("The card's title");
    expect(inWords('/content/header/template')).toBe("The card's header colour");
    expect(inWords('/content/elements')).toBe("The card's blocks");
    expect(inWords('/content/text')).toBe("The message's text");
    expect(inWords('')).toBe('The whole message');
    expect(inWords('/msg_type')).toBe('The message type');
  });

  it('names a key it has no word for as it is, and a path it cannot read by its last key', async () => {
    await i18next.changeLanguage('en');
    expect(inWords('/content/elements/1/flavour')).toBe('The field “flavour” of block 2');
    expect(inWords('/content/header/subtitle')).toBe("The card's field “subtitle”");
    expect(inWords('/receive_ids/3')).toBe('“3” in the message');
    expect(inWords('/content/elements/x/text')).toBe("The card's blocks");
    expect(inWords('/content/a~1b')).toBe("The message's field “a/b”");
  });

  it('says it in Chinese', async () => {
    await i18next.changeLanguage('zh');
    await i18next.loadNamespaces('places');
    expect(inWords('/content/elements/3/text')).toBe('第 4 个组件的文本');
    expect(inWords('/content/elements/2/action/1/url')).toBe('第 3 个组件按钮 2 的链接地址');
    expect(inWords('/content/elements/2/action/1')).toBe('第 3 个组件的按钮 2');
    expect(inWords('/content/header/title')).toBe('卡片的标题');
    expect(inWords('/content/elements/1/flavour')).toBe('第 2 个组件的字段“flavour”');
    expect(inWords('/unknown/path')).toBe('消息中的“path”');
    expect(inWords('')).toBe('整条消息');
  });
});
