import type { Ref } from 'react';

/** What a list of people may be read from: CSV, TSV or plain text. */
export const TABLE_FILE_TYPES = '.csv,.tsv,.txt,text/csv,text/plain';

/**
 * The file picker behind an "Upload…" button: hidden, out of the tab order (the button is the
 * control), cleared after each pick so that the same file can be picked again.
 */
export function HiddenFileInput({
  ref,
  accept,
  testId,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId?: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
