import {
  BUTTON_ACTION_PLATFORMS,
  BUTTON_TEMPLATES,
  ELEMENT_TAGS,
  HEADER_TEMPLATES,
  isOneOf,
} from './constants';
import { checkShape } from './checkShape';
import { isHttpUrl, withHttpsScheme } from './isSafeUrl';
import { isAllowedUrl } from './urlPolicy';
import { describeType, isPlainObject, issue, pointer, type MindIssue } from './issues';
import { buttonSchema, cardSchema, elementSchemas } from './schemas';
import { validateRichText } from './validateRichText';

/** Validates an interactive card located at `base` (e.g. `/content`). */
export function validateCard(card: unknown, base: string): MindIssue[] {
  if (!isPlainObject(card)) {
    return [
      issue('error', base, 'invalid-type', `A card must be an object, not ${describeType(card)}`, {
        field: 'content',
        expected: 'object',
        actual: describeType(card),
      }),
    ];
  }
  const issues = checkShape(cardSchema, card, base);
  issues.push(...headerIssues(card.header, pointer(base, 'header')));
  const elements = card.elements;
  if (elements === undefined || (Array.isArray(elements) && elements.length === 0)) {
    issues.push(
      issue('error', pointer(base, 'elements'), 'card-empty', 'The card has no elements'),
    );
  }
  if (Array.isArray(elements)) {
    elements.forEach((element, index) => {
      issues.push(...validateElement(element, pointer(base, 'elements', index)));
    });
  }
  return issues;
}

function headerIssues(header: unknown, path: string): MindIssue[] {
  const head = isPlainObject(header) ? header : {};
  const title = isPlainObject(head.title) ? head.title : {};
  const issues: MindIssue[] = [];
  if (typeof title.content !== 'string' || title.content.trim() === '') {
    issues.push(
      issue(
        'error',
        pointer(path, 'title', 'content'),
        'card-title-missing',
        'The card needs a header title',
      ),
    );
  }
  if (typeof head.template === 'string' && !isOneOf(HEADER_TEMPLATES, head.template)) {
    issues.push(
      issue(
        'warning',
        pointer(path, 'template'),
        'unknown-header-template',
        `Header colour "${head.template}" is not one of ${HEADER_TEMPLATES.join(', ')}; it is kept as it is`,
        { template: head.template },
      ),
    );
  }
  return issues;
}

function validateElement(element: unknown, path: string): MindIssue[] {
  if (!isPlainObject(element) || typeof element.tag !== 'string') {
    return [issue('error', path, 'element-invalid', 'An element must be an object with a "tag"')];
  }
  const tag = element.tag;
  if (!isOneOf(ELEMENT_TAGS, tag)) {
    return [
      issue(
        'warning',
        path,
        'unknown-element',
        `Element "${tag}" is not in the spec; it is kept as it is`,
        {
          tag,
        },
      ),
    ];
  }
  const issues = checkShape(elementSchemas[tag], element, path);
  if (tag === 'markdown' && typeof element.content === 'string' && element.content.trim() === '') {
    issues.push(
      issue('warning', pointer(path, 'content'), 'markdown-empty', 'This markdown block is empty'),
    );
  }
  if (tag === 'rich_text' && Array.isArray(element.content)) {
    if (element.content.length === 0) {
      issues.push(
        issue(
          'warning',
          pointer(path, 'content'),
          'rich-text-empty',
          'This rich text block is empty',
        ),
      );
    }
    issues.push(...validateRichText(element.content, pointer(path, 'content')));
  }
  if (tag === 'action' && Array.isArray(element.action)) {
    if (element.action.length === 0) {
      issues.push(
        issue('warning', pointer(path, 'action'), 'action-empty', 'This button row has no buttons'),
      );
    }
    element.action.forEach((button, index) => {
      issues.push(...validateButton(button, pointer(path, 'action', index)));
    });
  }
  return issues;
}

function validateButton(button: unknown, path: string): MindIssue[] {
  if (!isPlainObject(button) || typeof button.tag !== 'string') {
    return [issue('error', path, 'element-invalid', 'An action must be an object with a "tag"')];
  }
  if (button.tag !== 'button') {
    return [
      issue(
        'warning',
        path,
        'unknown-element',
        `Action "${button.tag}" is not in the spec; it is kept as it is`,
        {
          tag: button.tag,
        },
      ),
    ];
  }
  const issues = checkShape(buttonSchema, button, path);
  if (
    typeof button.action_platform === 'string' &&
    !isOneOf(BUTTON_ACTION_PLATFORMS, button.action_platform)
  ) {
    issues.push(
      issue(
        'warning',
        pointer(path, 'action_platform'),
        'unknown-action-platform',
        `Button platform "${button.action_platform}" is not one Mind documents (${BUTTON_ACTION_PLATFORMS.join(', ')}); it is kept as it is`,
        { platform: button.action_platform },
      ),
    );
  }
  const text = isPlainObject(button.text) ? button.text : {};
  if (typeof text.content !== 'string' || text.content.trim() === '') {
    issues.push(
      issue(
        'error',
        pointer(path, 'text', 'content'),
        'button-label-missing',
        'The button needs a label',
      ),
    );
  }
  if (typeof button.template === 'string' && !isOneOf(BUTTON_TEMPLATES, button.template)) {
    issues.push(
      issue(
        'warning',
        pointer(path, 'template'),
        'unknown-button-template',
        `Button style "${button.template}" is not in the spec`,
        {
          template: button.template,
        },
      ),
    );
  }
  if (button.type === 'view') {
    if (typeof button.url !== 'string' || button.url.trim() === '') {
      issues.push(
        issue('error', pointer(path, 'url'), 'button-url-missing', 'A link button needs a URL'),
      );
    } else if (isAllowedUrl(button.url) && !isHttpUrl(button.url)) {
      const fixed = withHttpsScheme(button.url);
      issues.push(
        fixed === null
          ? urlInvalid(button.url, path)
          : issue(
              'warning',
              pointer(path, 'url'),
              'button-url-no-scheme',
              `"${button.url}" has no scheme: add https:// (${fixed}), or the address is not opened`,
              { url: button.url, fixed },
            ),
      );
    }
  } else if (button.type === 'click') {
    if (typeof button.event !== 'string' || button.event.trim() === '') {
      issues.push(
        issue(
          'error',
          pointer(path, 'event'),
          'button-event-missing',
          'A click button needs an event name',
        ),
      );
    }
    if (button.value !== undefined && !isPlainObject(button.value)) {
      issues.push(
        issue(
          'error',
          pointer(path, 'value'),
          'button-value-not-object',
          `The value must be a JSON object, not ${describeType(button.value)}`,
          {
            actual: describeType(button.value),
          },
        ),
      );
    }
  } else if (typeof button.type !== 'string' || button.type === '') {
    issues.push(
      issue(
        'error',
        pointer(path, 'type'),
        'button-type-missing',
        'The button needs a kind: view or click',
      ),
    );
  } else {
    issues.push(
      issue(
        'warning',
        pointer(path, 'type'),
        'unknown-button-type',
        `Button kind "${button.type}" is not in the spec`,
        {
          type: button.type,
        },
      ),
    );
  }
  return issues;
}

function urlInvalid(url: string, path: string): MindIssue {
  return issue(
    'error',
    pointer(path, 'url'),
    'button-url-invalid',
    `"${url}" is not a complete http(s) address`,
    { url },
  );
}
