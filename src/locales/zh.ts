/**
 * Every namespace of this language, by file (`./zh/common.json`), in one chunk that is
 * downloaded only when the language is used (see src/app/i18n.ts).
 */
export default import.meta.glob<Record<string, unknown>>('./zh/*.json', {
  eager: true,
  import: 'default',
});
