/*
 * The CSS a recipient-facing preview may carry: the colour of `<font>`, the line clamp of
 * `<content style>`, and table alignment. Each property has a strict value pattern, so no
 * url(), expression(), escapes, comments or at-rules ever pass.
 */
const ALLOWED: Record<string, RegExp> = {
  color: /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20})$/i,
  display: /^(-webkit-box|block|inline-block|inline)$/i,
  '-webkit-box-orient': /^vertical$/i,
  '-webkit-line-clamp': /^[1-9][0-9]?$/,
  'line-clamp': /^[1-9][0-9]?$/,
  overflow: /^hidden$/i,
  'text-overflow': /^(ellipsis|clip)$/i,
  'text-align': /^(left|right|center)$/i,
};

const NAMED_COLOR_DENY = /^(expression|inherit|initial|unset|revert)$/i;

/** A colour for `<font color>`, or undefined when the value is not a plain colour. */
export function sanitizeColor(value: string): string | undefined {
  const trimmed = value.trim();
  if (!ALLOWED.color?.test(trimmed) || NAMED_COLOR_DENY.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * Keeps only allow-listed declarations of an inline style, normalised as `name: value`
 * joined by `; `. Returns '' when nothing is left.
 */
export function sanitizeStyle(style: string): string {
  return style.split(';').map(keepDeclaration).filter(Boolean).join('; ');
}

function keepDeclaration(declaration: string): string {
  const match = /^\s*([-a-z]+)\s*:\s*(.*?)\s*$/i.exec(declaration);
  if (!match) return '';
  const name = (match[1] ?? '').toLowerCase();
  const value = match[2] ?? '';
  const pattern = Object.hasOwn(ALLOWED, name) ? ALLOWED[name] : undefined;
  if (!pattern?.test(value)) return '';
  if (name === 'color' && NAMED_COLOR_DENY.test(value)) return '';
  return `${name}: ${value}`;
}
