import { stringifyJson } from '../../mind';
import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { RichTextDoc } from '../../mind';
import { Button } from '../../ui/Button';
import { CodeBlock } from '../../ui/CodeBlock';
import { SegmentedControl } from '../../ui/SegmentedControl';

type JsonForm = 'array' | 'string';

/** The rich_text JSON as engineers take it away: the array, or the `content` string. */
export function RichTextJsonView({ doc }: { doc: RichTextDoc }) {
  const { t } = useTranslation('richtext');
  const [form, setForm] = useState<JsonForm>('array');
  const [copied, setCopied] = useState(false);
  const text = form === 'array' ? JSON.stringify(doc, null, 2) : JSON.stringify(stringifyJson(doc));

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      const selection = window.getSelection();
      const pre = document.getElementById('rt-json-output');
      if (selection && pre) selection.selectAllChildren(pre);
    }
  };

  return (
    <div className="rt-json">
      <div className="rt-json__bar">
        <SegmentedControl<JsonForm>
          aria-label={t('json.formLabel')}
          value={form}
          onChange={setForm}
          options={[
            { value: 'array', label: t('json.array') },
            { value: 'string', label: t('json.string') },
          ]}
        />
        <Button
          size="sm"
          icon={copied ? <Check size={14} /> : <Copy size={14} />}
          onClick={() => void copy()}
        >
          {copied ? t('json.copied') : t('json.copy')}
        </Button>
      </div>
      <p className="rt-json__hint">
        {form === 'array' ? t('json.arrayHint') : t('json.stringHint')}
      </p>
      <CodeBlock
        id="rt-json-output"
        className="rt-json__code"
        wrap
        code={text}
        label={t('json.outputLabel')}
        data-testid="rich-text-json"
      />
    </div>
  );
}
