import {
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { HighlightedTextarea, type TextHighlight } from '../../ui/HighlightedTextarea';
import { TextArea } from '../../ui/TextArea';
import { formatMarkdown, type MarkdownFormat, type TextSelection } from './formatMarkdown';
import { MarkdownToolbar } from './MarkdownToolbar';
import './markdown.css';

export interface MarkdownEditorProps {
  value: string;
  /** `typing` for keystrokes, `format` for a toolbar command (an undo step of its own). */
  onChange: (value: string, cause: 'typing' | 'format') => void;
  /** Accessible name of the text area. */
  label: string;
  id?: string;
  describedBy?: string;
  invalid?: boolean;
  rows?: number;
  placeholder?: string;
  /** Spans of the text to mark (compose's `{{field}}` tokens); without it, a plain text area. */
  highlights?: readonly TextHighlight[];
}

/**
 * A text area for Mind's markdown dialect with a toolbar: bold, italic, link, font colour
 * (`<font color>`), small text (`<small>`) and line clamp (`<content style>`).
 */
export function MarkdownEditor({
  value,
  onChange,
  label,
  id,
  describedBy,
  invalid,
  rows = 6,
  placeholder,
  highlights,
}: MarkdownEditorProps) {
  const { t } = useTranslation('markdown');
  const ownId = useId();
  const textareaId = id ?? ownId;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<TextSelection | null>(null);
  const [openForm, setOpenForm] = useState<'link' | 'color' | 'clamp' | null>(null);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const element = textarea.current;
    if (!selection || !element) return;
    pendingSelection.current = null;
    element.focus();
    element.setSelectionRange(selection.start, selection.end);
  }, [value]);

  const apply = (format: MarkdownFormat) => {
    const element = textarea.current;
    const selection = element
      ? { start: element.selectionStart, end: element.selectionEnd }
      : { start: value.length, end: value.length };
    const result = formatMarkdown(value, selection, format, t('placeholderText'));
    pendingSelection.current = result.selection;
    if (result.text === value) {
      element?.focus();
      element?.setSelectionRange(result.selection.start, result.selection.end);
      pendingSelection.current = null;
      return;
    }
    onChange(result.text, 'format');
  };

  // The toolbar is memoised and gets a stable command; the command reads the latest text.
  const latestApply = useRef(apply);
  useLayoutEffect(() => {
    latestApply.current = apply;
  });
  const onFormat = useCallback((format: MarkdownFormat) => latestApply.current(format), []);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b') apply({ kind: 'bold' });
    else if (key === 'i') apply({ kind: 'italic' });
    else if (key === 'k') setOpenForm('link');
    else return;
    event.preventDefault();
  };

  const textareaProps = {
    id: textareaId,
    className: 'md-editor__text',
    'aria-label': label,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    value,
    rows,
    placeholder,
    spellCheck: false,
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value, 'typing'),
    onKeyDown,
  };

  return (
    <div className={`md-editor${invalid ? ' md-editor--invalid' : ''}`}>
      <MarkdownToolbar
        onFormat={onFormat}
        openForm={openForm}
        onOpenFormChange={setOpenForm}
        controls={textareaId}
      />
      {highlights ? (
        <HighlightedTextarea {...textareaProps} ref={textarea} highlights={highlights} />
      ) : (
        <TextArea {...textareaProps} ref={textarea} />
      )}
    </div>
  );
}
