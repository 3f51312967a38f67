import { BLOCK_NODE_TYPES, INLINE_NODE_TYPES, MARK_TYPES, isOneOf } from './constants';
import { checkShape } from './checkShape';
import { isSafeLinkHref } from './isSafeUrl';
import { isAllowedUrl } from './urlPolicy';
import { describeType, isPlainObject, issue, pointer, type MindIssue } from './issues';
import { boldMarkSchema, linkMarkSchema, nodeSchemas } from './schemas';

type Context = 'top' | 'inline' | 'list' | 'blocks';

const INLINE_PARENTS = new Set(['paragraph', 'heading']);

/** Validates a rich_text array (the content of a TipTap doc) located at `base`. */
export function validateRichText(doc: unknown, base: string): MindIssue[] {
  if (!Array.isArray(doc)) {
    return [
      issue(
        'error',
        base,
        'invalid-type',
        `rich_text content must be an array, not ${describeType(doc)}`,
        {
          field: 'content',
          expected: 'array',
          actual: describeType(doc),
        },
      ),
    ];
  }
  return validateNodes(doc, base, 'top');
}

function validateNodes(nodes: unknown[], base: string, context: Context): MindIssue[] {
  return nodes.flatMap((node, index) => validateNode(node, pointer(base, index), context));
}

function validateNode(node: unknown, path: string, context: Context): MindIssue[] {
  if (!isPlainObject(node) || typeof node.type !== 'string') {
    return [
      issue('error', path, 'node-invalid', 'A rich_text node must be an object with a "type"'),
    ];
  }
  const type = node.type;
  if (!isOneOf(BLOCK_NODE_TYPES, type) && !isOneOf(INLINE_NODE_TYPES, type)) {
    return [
      issue(
        'warning',
        path,
        'unknown-node',
        `Node type "${type}" is not in the spec; it is kept as it is`,
        {
          type,
        },
      ),
    ];
  }
  const issues = checkShape(nodeSchemas[type], node, path);
  issues.push(...placementIssues(type, path, context));
  if (type === 'text') issues.push(...textIssues(node, path));
  if (type === 'mention') {
    const attrs = isPlainObject(node.attrs) ? node.attrs : {};
    if (typeof attrs.id !== 'string' || attrs.id.trim() === '') {
      issues.push(
        issue(
          'error',
          pointer(path, 'attrs', 'id'),
          'mention-missing-id',
          'A mention needs the person’s open_id',
        ),
      );
    }
  }
  if (Array.isArray(node.content)) {
    const childContext: Context = INLINE_PARENTS.has(type)
      ? 'inline'
      : type === 'bulletList' || type === 'orderedList'
        ? 'list'
        : 'blocks';
    issues.push(...validateNodes(node.content, pointer(path, 'content'), childContext));
  }
  return issues;
}

function placementIssues(type: string, path: string, context: Context): MindIssue[] {
  const inline = isOneOf(INLINE_NODE_TYPES, type);
  const misplaced =
    (context === 'inline' && !inline) ||
    (context !== 'inline' && inline) ||
    (context === 'list' && type !== 'listItem') ||
    (context !== 'list' && type === 'listItem');
  return misplaced
    ? [issue('warning', path, 'node-misplaced', `A "${type}" node is not expected here`, { type })]
    : [];
}

function textIssues(node: Record<string, unknown>, path: string): MindIssue[] {
  const issues: MindIssue[] = [];
  if (node.text === '') {
    issues.push(issue('warning', pointer(path, 'text'), 'empty-text-node', 'Empty text node'));
  }
  if (!Array.isArray(node.marks)) return issues;
  node.marks.forEach((mark, index) => {
    const markPath = pointer(path, 'marks', index);
    if (!isPlainObject(mark) || typeof mark.type !== 'string') {
      issues.push(
        issue('error', markPath, 'mark-invalid', 'A mark must be an object with a "type"'),
      );
      return;
    }
    if (!isOneOf(MARK_TYPES, mark.type)) {
      issues.push(
        issue(
          'warning',
          markPath,
          'unknown-mark',
          `Mark "${mark.type}" is not in the spec; it is kept as it is`,
          {
            type: mark.type,
          },
        ),
      );
      return;
    }
    issues.push(
      ...checkShape(mark.type === 'bold' ? boldMarkSchema : linkMarkSchema, mark, markPath),
    );
    const href = isPlainObject(mark.attrs) ? mark.attrs.href : undefined;
    // An address the URL policy refuses is reported once, by the policy (validateContent).
    if (mark.type === 'link' && isAllowedUrl(href) && !isSafeLinkHref(href)) {
      issues.push(
        issue(
          'error',
          pointer(markPath, 'attrs', 'href'),
          'link-invalid',
          'A link must be an http(s) or mailto address',
          {
            href,
          },
        ),
      );
    }
  });
  return issues;
}
