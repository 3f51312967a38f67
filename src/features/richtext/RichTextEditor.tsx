import { useState } from 'react';
import type { RichTextDoc } from '../../mind';

export interface RichTextEditorProps {
  value: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  /** Accessible name of the editing area. */
  label: string;
}

/** Placeholder until the rich text issue lands: edits the rich_text array as JSON. */
export function RichTextEditor({ value, onChange, label }: RichTextEditorProps) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  return (
    <textarea
      className="ui-textarea"
      aria-label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        try {
          const parsed: unknown = JSON.parse(event.target.value);
          if (Array.isArray(parsed)) onChange(parsed as RichTextDoc);
        } catch {
          // Keep typing until the JSON is complete.
        }
      }}
    />
  );
}
