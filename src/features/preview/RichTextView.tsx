import type { TFunction } from 'i18next';
import { memo, type ReactNode } from 'react';
import { isSafeLinkHref } from '../../mind';
import { RichTextEmoji, RichTextImage } from './RichTextImage';
import { sanitizeColor } from './sanitizeStyle';
import { UnknownPlaceholder } from './UnknownPlaceholder';
import { usePreviewContext } from './previewContext';
import { readNode, type ShownNode } from './readNode';
import { shortName } from './shortName';

const MAX_DEPTH = 40;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

interface Renderer {
  t: TFunction;
}

function applyMark(r: Renderer, value: unknown, child: ReactNode, key: number): ReactNode {
  const mark = readNode(value);
  if (!mark) return child;
  const attrs = mark.attrs ?? {};
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{child}</strong>;
    case 'italic':
      return <em key={key}>{child}</em>;
    case 'strike':
      return <s key={key}>{child}</s>;
    case 'underline':
      return <u key={key}>{child}</u>;
    case 'code':
      return (
        <code key={key} className="mp-code">
          {child}
        </code>
      );
    case 'link':
      return isSafeLinkHref(attrs.href) ? (
        <a
          key={key}
          className="mp-link"
          href={attrs.href}
          target="_blank"
          rel="noopener noreferrer"
        >
          {child}
        </a>
      ) : (
        <span
          key={key}
          className="mp-link mp-link--blocked"
          title={r.t('blockedLink', { href: shortName(attrs.href) })}
        >
          {child}
        </span>
      );
    case 'textStyle': {
      const color = typeof attrs.color === 'string' ? sanitizeColor(attrs.color) : undefined;
      return color ? (
        <span key={key} style={{ color }}>
          {child}
        </span>
      ) : (
        child
      );
    }
    default:
      return (
        <span
          key={key}
          className="mp-mark-unknown"
          title={r.t('unknownMark', { type: shortName(mark.type) })}
        >
          {child}
        </span>
      );
  }
}

function renderText(r: Renderer, node: ShownNode, key: number): ReactNode {
  const value = node.text;
  if (value === undefined) {
    return (
      <UnknownPlaceholder key={key} inline>
        {r.t('invalidNode')}
      </UnknownPlaceholder>
    );
  }
  const marks = node.marks ?? [];
  let result: ReactNode = String(value);
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    result = applyMark(r, marks[index], result, index);
  }
  return <span key={key}>{result}</span>;
}

function renderInline(r: Renderer, value: unknown, key: number, depth: number): ReactNode {
  const node = readNode(value);
  if (!node) {
    return (
      <UnknownPlaceholder key={key} inline>
        {r.t('invalidNode')}
      </UnknownPlaceholder>
    );
  }
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return renderText(r, node, key);
    case 'mention': {
      const label = attrs.label ?? attrs.id;
      return (
        <span
          key={key}
          className="mp-mention"
          data-open-id={typeof attrs.id === 'string' ? attrs.id : undefined}
        >
          @{typeof label === 'string' || typeof label === 'number' ? label : '?'}
        </span>
      );
    }
    case 'emoji':
      return <RichTextEmoji key={key} attrs={attrs} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'image':
      return <RichTextImage key={key} attrs={attrs} />;
    default:
      if (depth < MAX_DEPTH && node.content) {
        // A node we do not know that holds inline content: show its text, flagged.
        return (
          <span
            key={key}
            className="mp-mark-unknown"
            title={r.t('unknownNode', { type: shortName(node.type) })}
          >
            {renderInlines(r, node.content, depth + 1)}
          </span>
        );
      }
      return (
        <UnknownPlaceholder key={key} inline>
          {r.t('unknownNode', { type: shortName(node.type) })}
        </UnknownPlaceholder>
      );
  }
}

function renderInlines(r: Renderer, nodes: unknown[], depth: number): ReactNode[] {
  return nodes.map((node, index) => renderInline(r, node, index, depth));
}

function renderBlock(r: Renderer, value: unknown, key: number, depth: number): ReactNode {
  if (depth > MAX_DEPTH) {
    return <UnknownPlaceholder key={key}>{r.t('tooDeep')}</UnknownPlaceholder>;
  }
  const node = readNode(value);
  if (!node) {
    return <UnknownPlaceholder key={key}>{r.t('invalidNode')}</UnknownPlaceholder>;
  }
  const attrs = node.attrs ?? {};
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return (
        <p key={key} className="mp-p">
          {children.length ? renderInlines(r, children, depth + 1) : <br />}
        </p>
      );
    case 'heading': {
      const level = Number.isInteger(attrs.level)
        ? Math.min(6, Math.max(1, Number(attrs.level)))
        : 1;
      const Tag = HEADINGS[level - 1] ?? 'h1';
      return (
        <Tag key={key} className={`mp-h mp-h${level}`}>
          {renderInlines(r, children, depth + 1)}
        </Tag>
      );
    }
    case 'bulletList':
      return (
        <ul key={key} className="mp-list">
          {renderItems(r, children, depth + 1)}
        </ul>
      );
    case 'orderedList': {
      const start = Number.isInteger(attrs.start) ? Number(attrs.start) : undefined;
      return (
        <ol key={key} className="mp-list" start={start}>
          {renderItems(r, children, depth + 1)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{renderBlocks(r, children, depth + 1)}</li>;
    case 'image':
      return (
        <div key={key} className="mp-image-block">
          <RichTextImage attrs={attrs} />
        </div>
      );
    case 'blockquote':
      return (
        <blockquote key={key} className="mp-quote">
          {renderBlocks(r, children, depth + 1)}
        </blockquote>
      );
    case 'codeBlock':
      return (
        <pre key={key} className="mp-pre">
          <code>
            {children
              .map((child) => {
                const text = readNode(child)?.text;
                return typeof text === 'string' ? text : '';
              })
              .join('')}
          </code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} className="mp-hr" />;
    case 'text':
    case 'mention':
    case 'emoji':
    case 'hardBreak':
      // Inline content where a block belongs: show it in a paragraph rather than drop it.
      return (
        <p key={key} className="mp-p">
          {renderInline(r, value, 0, depth + 1)}
        </p>
      );
    default:
      return (
        <UnknownPlaceholder key={key}>
          {r.t('unknownNode', { type: shortName(node.type) })}
        </UnknownPlaceholder>
      );
  }
}

function renderBlocks(r: Renderer, nodes: unknown[], depth: number): ReactNode[] {
  return nodes.map((node, index) => renderBlock(r, node, index, depth));
}

/** A list's children: list items, and anything else wrapped in one so the HTML stays valid. */
function renderItems(r: Renderer, nodes: unknown[], depth: number): ReactNode[] {
  return nodes.map((node, index) =>
    readNode(node)?.type === 'listItem' ? (
      renderBlock(r, node, index, depth)
    ) : (
      <li key={index}>{renderBlock(r, node, 0, depth)}</li>
    ),
  );
}

/** Mind's rich_text (the content of a TipTap doc) as React, from the JSON alone. */
export const RichTextView = memo(function RichTextView({ content }: { content: unknown }) {
  const { t } = usePreviewContext();
  const renderer: Renderer = { t };
  if (!Array.isArray(content)) {
    return <UnknownPlaceholder>{t('invalidContent', { type: 'rich_text' })}</UnknownPlaceholder>;
  }
  if (content.length === 0) {
    return <p className="mp-empty">{t('emptyRichText')}</p>;
  }
  return <div className="mp-rich">{renderBlocks(renderer, content, 0)}</div>;
});
