import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './renderMarkdown';

/** The rendered HTML without the paragraph wrapper and trailing newline, for short inputs. */
const inline = (source: string): string =>
  markdownToHtml(source)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1');

describe('markdown dialect: CommonMark', () => {
  it('renders headings, emphasis, strikethrough, lists and code', () => {
    expect(markdownToHtml('### Title')).toBe('<h3>Title</h3>\n');
    expect(inline('**bold** *italic* ~~gone~~ `x < y`')).toBe(
      '<strong>bold</strong> <em>italic</em> <s>gone</s> <code>x &lt; y</code>',
    );
    expect(markdownToHtml('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(markdownToHtml('3. three\n4. four')).toContain('<ol start="3">');
    expect(markdownToHtml('```\n<font color=red>x</font>\n```')).toBe(
      '<pre><code>&lt;font color=red&gt;x&lt;/font&gt;\n</code></pre>\n',
    );
  });

  it('keeps single line breaks, as Mind does', () => {
    expect(inline('one\ntwo')).toBe('one<br>\ntwo');
    expect(markdownToHtml('### 这是markdown \n *好主意* \n')).toBe(
      '<h3>这是markdown</h3>\n<p><em>好主意</em></p>\n',
    );
  });

  it('links only http, https and mailto', () => {
    expect(inline('[a](https://example.com/x?y=1)')).toBe(
      '<a href="https://example.com/x?y=1">a</a>',
    );
    expect(inline('[a](http://example.com)')).toBe('<a href="http://example.com">a</a>');
    expect(inline('[a](mailto:someone@example.com)')).toBe(
      '<a href="mailto:someone@example.com">a</a>',
    );
    expect(inline('<https://example.com>')).toBe(
      '<a href="https://example.com">https://example.com</a>',
    );
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '&#106;avascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      '/relative/path',
      '//evil.example/x',
    ]) {
      expect(inline(`[a](${href})`), href).not.toContain('<a');
    }
    expect(inline('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)&gt;');
  });

  it('shows every other tag as text', () => {
    expect(inline('<b>bold</b>')).toBe('&lt;b&gt;bold&lt;/b&gt;');
    expect(inline('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(inline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(inline('<fontx color=red>a</fontx>')).toBe('&lt;fontx color=red&gt;a&lt;/fontx&gt;');
  });
});

describe('markdown dialect: <font color>', () => {
  it('accepts the colour quoted with ", with \' and not at all', () => {
    const expected = '<span class="mp-font" style="color: #006DF9">blue</span>';
    expect(inline('<font color="#006DF9">blue</font>')).toBe(expected);
    expect(inline("<font color='#006DF9'>blue</font>")).toBe(expected);
    expect(inline('<font color=#006DF9>blue</font>')).toBe(expected);
    expect(inline('<font  color = "#006DF9" >blue</font >')).toBe(expected);
  });

  it('accepts named colours and any letter case', () => {
    expect(inline('<FONT COLOR=Red>x</FONT>')).toBe(
      '<span class="mp-font" style="color: Red">x</span>',
    );
  });

  it('keeps the text but drops a colour that is not a plain colour', () => {
    for (const color of [
      'red;background:url(https://evil.example/x)',
      'expression(alert(1))',
      '"><script>alert(1)</script>',
      'rgb(1,2,3)',
      '',
    ]) {
      const html = inline(`<font color='${color}'>x</font>`);
      expect(html, color).toContain('<span class="mp-font">x</span>');
      expect(html, color).not.toContain('style');
    }
    expect(inline('<font>x</font>')).toBe('<span class="mp-font">x</span>');
  });

  it('ignores other attributes and keeps the first colour', () => {
    expect(inline('<font size=7 color="#111" color="#222" onclick="alert(1)">x</font>')).toBe(
      '<span class="mp-font" style="color: #111">x</span>',
    );
  });
});

describe('markdown dialect: <small>', () => {
  it('renders small text, attributes ignored, self-closing accepted', () => {
    expect(inline('<small>2024.12.1</small>')).toBe('<small class="mp-small">2024.12.1</small>');
    expect(inline('<small class="evil" style="color:red">x</small>')).toBe(
      '<small class="mp-small">x</small>',
    );
    expect(inline('a<small/>b</small>')).toBe('a<small class="mp-small">b</small>');
  });
});

describe('markdown dialect: <content style>', () => {
  const seed =
    '-webkit-box-orient: vertical;-webkit-line-clamp: 6;display: -webkit-box;overflow: hidden;text-overflow: ellipsis;';

  it('keeps the line clamp of the spec example', () => {
    expect(inline(`<content style="${seed}">long</content>`)).toBe(
      '<span class="mp-content" style="-webkit-box-orient: vertical; -webkit-line-clamp: 6; display: -webkit-box; overflow: hidden; text-overflow: ellipsis">long</span>',
    );
    expect(inline(`<content style='-webkit-line-clamp:2'>x</content>`)).toBe(
      '<span class="mp-content" style="-webkit-line-clamp: 2">x</span>',
    );
    expect(inline('<content style=-webkit-line-clamp:3>x</content>')).toBe(
      '<span class="mp-content" style="-webkit-line-clamp: 3">x</span>',
    );
  });

  it('drops every declaration outside the allow-list', () => {
    for (const style of [
      'width: expression(alert(1))',
      'background: url(javascript:alert(1))',
      'behavior: url(x.htc)',
      '-moz-binding: url(https://evil.example/x.xml#xss)',
      '@import url(https://evil.example/x.css)',
      'color: red; background-image: url(https://evil.example/x.png)',
      'position: fixed; top: 0; left: 0; width: 100vw; height: 100vh',
      'display: none',
      '-webkit-line-clamp: 2 !important',
      'overflow: hid\\64 en',
    ]) {
      const html = inline(`<content style="${style}">x</content>`);
      expect(html, style).not.toMatch(/url|expression|behavior|binding|import|fixed|none|\\/);
    }
    expect(inline('<content style="color: red; background: url(x)">x</content>')).toBe(
      '<span class="mp-content" style="color: red">x</span>',
    );
    expect(inline('<content>x</content>')).toBe('<span class="mp-content">x</span>');
  });
});

describe('markdown dialect: nesting and balance', () => {
  it('nests the tags in each other and in markdown', () => {
    expect(inline('<small><font color="#808080">2024</font></small>')).toBe(
      '<small class="mp-small"><span class="mp-font" style="color: #808080">2024</span></small>',
    );
    expect(inline('<font color=red>**bold** and [link](https://a.example)</font>')).toBe(
      '<span class="mp-font" style="color: red"><strong>bold</strong> and <a href="https://a.example">link</a></span>',
    );
    expect(inline('**<font color=red>x</font>**')).toBe(
      '<strong><span class="mp-font" style="color: red">x</span></strong>',
    );
    expect(inline('[<small>x</small>](https://a.example)')).toBe(
      '<a href="https://a.example"><small class="mp-small">x</small></a>',
    );
  });

  it('closes and reopens tags that cross each other', () => {
    expect(inline('<font color=red><small>a</font>b</small>')).toBe(
      '<span class="mp-font" style="color: red"><small class="mp-small">a</small></span><small class="mp-small">b</small>',
    );
    expect(inline('**a <font color=red>b** c</font>')).toBe(
      '<strong>a <span class="mp-font" style="color: red">b</span></strong><span class="mp-font" style="color: red"> c</span>',
    );
    expect(inline('<font color=red>a **b</font> c**')).toBe(
      '<span class="mp-font" style="color: red">a <strong>b</strong></span><strong> c</strong>',
    );
  });

  it('runs an unclosed tag on to the end, across paragraphs', () => {
    expect(inline('<font color=red>never closed')).toBe(
      '<span class="mp-font" style="color: red">never closed</span>',
    );
    expect(markdownToHtml('<small>one\n\ntwo</small> three\n\nfour')).toBe(
      '<p><small class="mp-small">one</small></p>\n<p><small class="mp-small">two</small> three</p>\n<p>four</p>\n',
    );
  });

  it('ignores nesting deeper than any message needs', () => {
    const html = inline(`${'<small>'.repeat(1000)}deep${'</small>'.repeat(1000)}`);
    expect(html.match(/<small/g)).toHaveLength(24);
    expect(html.match(/<\/small>/g)).toHaveLength(24);
    expect(html).toContain('deep');
  });

  it('drops a closing tag that closes nothing', () => {
    expect(inline('a</small>b</font>c</content>')).toBe('abc');
  });

  it('keeps an unfinished tag as text', () => {
    expect(inline('<font color="red">a</font')).toBe(
      '<span class="mp-font" style="color: red">a&lt;/font</span>',
    );
    expect(inline('<font color="red>a</font>')).toBe('&lt;font color=&quot;red&gt;a');
    expect(inline('<small')).toBe('&lt;small');
  });

  it('reads a > inside a quoted attribute as part of the value', () => {
    expect(inline('<font color=">">x</font>')).toBe('<span class="mp-font">x</span>');
  });

  it('does not parse tags inside code', () => {
    expect(inline('`<small>x</small>`')).toBe('<code>&lt;small&gt;x&lt;/small&gt;</code>');
  });

  it('renders the spec notice example', () => {
    const html = markdownToHtml(
      '<font color="#006DF9">以下内容需查看详情并回复"我已知悉":</font> \n <small><font color="#808080">2024.12.1</font></small> \n <content style="-webkit-line-clamp: 6;display: -webkit-box;">2222</content>',
    );
    expect(html).toBe(
      '<p><span class="mp-font" style="color: #006DF9">以下内容需查看详情并回复&quot;我已知悉&quot;:</span><br>\n' +
        '<small class="mp-small"><span class="mp-font" style="color: #808080">2024.12.1</span></small><br>\n' +
        '<span class="mp-content" style="-webkit-line-clamp: 6; display: -webkit-box">2222</span></p>\n',
    );
  });
});
