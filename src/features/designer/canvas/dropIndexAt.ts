/** The vertical extent of an element on screen. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Where a new element dropped at height `y` goes among `spans` (in order, top to bottom):
 * before the first element whose middle is below `y`, else at the end.
 */
export function dropIndexAt(y: number, spans: readonly Span[]): number {
  const index = spans.findIndex((span) => y < (span.top + span.bottom) / 2);
  return index < 0 ? spans.length : index;
}
