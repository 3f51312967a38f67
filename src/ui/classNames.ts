/** The class names given, the empty and false ones left out, joined for `className`. */
export const classNames = (...names: (string | false | null | undefined)[]): string =>
  names.filter(Boolean).join(' ');
