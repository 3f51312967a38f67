/**
 * Everything in a rendered preview that could run script or load something other than an
 * image: elements that should never appear, event-handler attributes, links that are not
 * http(s)/mailto, sources that are not http(s) or a path, styles outside the allow-list.
 * Self-contained (no imports, no outer names) so Playwright can run it in the page.
 */
export function auditPreviewDom(root: Element): string[] {
  const forbidden = new Set([
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'textarea',
    'select',
    'math',
    'video',
    'audio',
    'source',
    'template',
    'noscript',
    'details',
    'body',
    'html',
    'foreignobject',
  ]);
  const iconParts = new Set(['path', 'circle', 'line', 'rect', 'polyline', 'polygon', 'ellipse', 'g']);
  const styleAllowed = new Set([
    'color',
    'display',
    '-webkit-box-orient',
    '-webkit-line-clamp',
    'line-clamp',
    'overflow',
    'text-overflow',
    'text-align',
  ]);
  const problems: string[] = [];
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0] ?? ''}` : ''}>`;
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const tag = element.tagName.toLowerCase();
    const inIcon = element.closest('svg')?.getAttribute('class')?.includes('lucide') === true;
    if (forbidden.has(tag)) problems.push(`forbidden element ${describe(element)}`);
    if (tag === 'svg' && !inIcon) problems.push(`svg that is not an icon ${describe(element)}`);
    if (iconParts.has(tag) && !inIcon) problems.push(`svg part outside an icon ${describe(element)}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith('on')) problems.push(`event handler ${name} on ${describe(element)}`);
      if (['srcdoc', 'formaction', 'action', 'xlink:href', 'srcset', 'background', 'poster', 'data'].includes(name)) {
        problems.push(`attribute ${name} on ${describe(element)}`);
      }
      if (name === 'href' && !/^(https?:\/\/[^/\s]|mailto:)/i.test(value)) {
        problems.push(`href ${JSON.stringify(value)} on ${describe(element)}`);
      }
      if (name === 'src' && !/^(https?:\/\/[^/\s]|\/(?!\/))/i.test(value)) {
        problems.push(`src ${JSON.stringify(value)} on ${describe(element)}`);
      }
      if (name === 'style' && !inIcon) {
        for (const declaration of value.split(';')) {
          if (declaration.trim() === '') continue;
          const property = declaration.split(':')[0]?.trim().toLowerCase() ?? '';
          if (!styleAllowed.has(property) || /url|expression|\\|@/i.test(declaration)) {
            problems.push(`style ${JSON.stringify(declaration.trim())} on ${describe(element)}`);
          }
        }
      }
    }
    if (tag === 'a' && element.getAttribute('target') === '_blank') {
      const rel = element.getAttribute('rel') ?? '';
      if (!rel.includes('noopener')) problems.push(`link opening a tab without noopener ${describe(element)}`);
    }
  }
  return problems;
}
