import { buttonSchema, cardConfigSchema, isPlainObject, pointer } from '../../mind';

const KNOWN = {
  request: ['receive_id', 'receive_ids', 'receive_type', 'msg_type', 'content'],
  text: ['text'],
  card: ['config', 'header', 'elements'],
  config: Object.keys(cardConfigSchema.shape),
  header: ['template', 'title'],
  plainText: ['content', 'tag'],
  markdown: ['tag', 'content'],
  rich_text: ['tag', 'content'],
  action: ['tag', 'action'],
  button: Object.keys(buttonSchema.shape),
  node: ['type', 'attrs', 'content', 'marks', 'text'],
  mark: ['type', 'attrs'],
} as const;

type Found = string[];

function extraKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  path: string,
  found: Found,
) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) found.push(pointer(path, key));
  }
}

function visitNodes(nodes: unknown, path: string, found: Found): void {
  if (!Array.isArray(nodes)) return;
  nodes.forEach((node, index) => {
    if (!isPlainObject(node)) return;
    const at = pointer(path, index);
    extraKeys(node, KNOWN.node, at, found);
    if (Array.isArray(node.marks)) {
      node.marks.forEach((mark, markIndex) => {
        if (isPlainObject(mark))
          extraKeys(mark, KNOWN.mark, pointer(at, 'marks', markIndex), found);
      });
    }
    visitNodes(node.content, pointer(at, 'content'), found);
  });
}

function visitCard(card: Record<string, unknown>, path: string, found: Found): void {
  extraKeys(card, KNOWN.card, path, found);
  if (isPlainObject(card.config))
    extraKeys(card.config, KNOWN.config, pointer(path, 'config'), found);
  if (isPlainObject(card.header)) {
    const header = pointer(path, 'header');
    extraKeys(card.header, KNOWN.header, header, found);
    if (isPlainObject(card.header.title)) {
      extraKeys(card.header.title, KNOWN.plainText, pointer(header, 'title'), found);
    }
  }
  if (!Array.isArray(card.elements)) return;
  card.elements.forEach((element, index) => {
    if (!isPlainObject(element)) return;
    const at = pointer(path, 'elements', index);
    if (element.tag === 'markdown') extraKeys(element, KNOWN.markdown, at, found);
    if (element.tag === 'rich_text') {
      extraKeys(element, KNOWN.rich_text, at, found);
      visitNodes(element.content, pointer(at, 'content'), found);
    }
    if (element.tag === 'action' && Array.isArray(element.action)) {
      extraKeys(element, KNOWN.action, at, found);
      element.action.forEach((button, buttonIndex) => {
        if (!isPlainObject(button) || button.tag !== 'button') return;
        const place = pointer(at, 'action', buttonIndex);
        extraKeys(button, KNOWN.button, place, found);
        if (isPlainObject(button.text)) {
          extraKeys(button.text, KNOWN.plainText, pointer(place, 'text'), found);
        }
      });
    }
  });
}

/**
 * Fields of a content that the model does not know, as JSON pointers from `base`. Unknown
 * element tags and node types are not listed (the model's validation names them), nor the
 * free-form parts: attrs, a button's click value.
 */
export function findUnknownContentFields(msgType: string, content: unknown, base = ''): string[] {
  const found: Found = [];
  if (msgType === 'interactive' && isPlainObject(content)) visitCard(content, base, found);
  if (msgType === 'rich_text') visitNodes(content, base, found);
  if ((msgType === 'text' || msgType === 'markdown') && isPlainObject(content)) {
    extraKeys(content, KNOWN.text, base, found);
  }
  return found;
}

/** Top-level request fields the model does not know (an imported request's extras). */
export function findUnknownRequestFields(request: Record<string, unknown>): string[] {
  const found: Found = [];
  extraKeys(request, KNOWN.request, '', found);
  return found;
}
