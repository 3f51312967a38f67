import type { TFunction } from 'i18next';
import type { MindIssue } from '../mind';

/**
 * The issue in the reader's language, falling back to the model's English sentence. A JSON
 * syntax error's `detail` (English, from parseJson) is said again in the reader's language when
 * the issue says what and where (`syntax`, `line`, `column`: jsonErrorParams), from the
 * `exchange` namespace: the pages where JSON is pasted load it (importing, the preview lab); it
 * stays out of the rest's first visit. Where it is not loaded, the English detail stands.
 */
export function issueText(t: TFunction, item: MindIssue): string {
  const params = item.params ?? {};
  const detail = jsonSyntaxDetail(t, params);
  return t(item.code, {
    ns: 'issues',
    defaultValue: item.message,
    ...params,
    ...(detail === undefined ? {} : { detail }),
  });
}

/**
 * A JSON syntax error's `detail` in the reader's language where `params` say what and where
 * (`syntax`, `line`, `column`); else `params.detail` as it is.
 */
export function jsonSyntaxDetail(
  t: TFunction,
  params: Readonly<Record<string, unknown>>,
): string | undefined {
  const { syntax, line, column, detail } = params;
  const english = typeof detail === 'string' ? detail : undefined;
  return typeof syntax === 'string' && line !== undefined && column !== undefined
    ? t('json-syntax-at', {
        ns: 'exchange',
        line,
        column,
        problem: t(`json-syntax.${syntax}`, { ns: 'exchange', defaultValue: syntax }),
        defaultValue: english,
      })
    : english;
}
