import { stringifyJson } from '../../mind';
import { json } from '@codemirror/lang-json';
import { Annotation, EditorSelection } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { AlertCircle, CheckCircle2, LocateFixed } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { issueText } from '../../app/issueText';
import type { Card } from '../../mind';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import {
  designerActions,
  designerStore,
  useDesigner,
} from '../../work/card/store/useDesignerStore';
import { jsonMarks, setError, setHighlight } from './jsonDecorations';
import { jsonTheme } from './jsonTheme';
import { locatePointer, type TextRange } from './locatePointer';
import { readCardJson, type CardJsonResult } from './readCardJson';

/** Marks a change made to follow the designer, so it is not read back as a user edit. */
const fromDesigner = Annotation.define<boolean>();

const cardText = (card: Card) => stringifyJson(card, 2);

type Status = Exclude<CardJsonResult, { kind: 'card' }> | { kind: 'ok' };

/**
 * The card as JSON, two-way with the designer: designer edits replace the text at once; valid
 * text that is a card goes into the designer (undoable, as one step per burst of typing);
 * anything else is marked where it is wrong and leaves the design alone.
 */
export function CardJsonEditor() {
  const { t } = useTranslation('jsonview');
  const { t: tIssues } = useTranslation('issues');
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  /** The card this editor last put into the designer: seeing it come back changes nothing. */
  const appliedRef = useRef<Card | null>(null);
  const card = useDesigner((state) => state.doc.card);
  const selectedIndex = useDesigner((state) =>
    state.selectedId === null ? -1 : state.doc.elementIds.indexOf(state.selectedId),
  );
  const [status, setStatus] = useState<Status>({ kind: 'ok' });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const readEdit = (text: string) => {
      const result = readCardJson(text);
      const view = viewRef.current;
      if (result.kind !== 'card') {
        const range = result.kind === 'syntax' ? result.range : (result.issues[0]?.range ?? null);
        view?.dispatch({ effects: setError.of(range) });
        setStatus(result);
        return;
      }
      view?.dispatch({ effects: setError.of(null) });
      setStatus({ kind: 'ok' });
      const current = designerStore.getState().doc.card;
      if (stringifyJson(result.card) === stringifyJson(current)) return;
      appliedRef.current = result.card;
      designerActions().setCard(result.card);
    };
    const view = new EditorView({
      parent: host,
      doc: cardText(designerStore.getState().doc.card),
      extensions: [
        basicSetup,
        json(),
        jsonTheme,
        jsonMarks,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': t('editorLabel') }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          if (update.transactions.some((transaction) => transaction.annotation(fromDesigner)))
            return;
          readEdit(update.state.doc.toString());
        }),
      ],
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [t]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || card === appliedRef.current) return;
    const text = cardText(card);
    const current = view.state.doc.toString();
    if (current === text) return;
    const head = Math.min(view.state.selection.main.head, text.length);
    view.dispatch({
      changes: { from: 0, to: current.length, insert: text },
      selection: EditorSelection.cursor(head),
      annotations: fromDesigner.of(true),
      effects: setError.of(null),
    });
    setStatus({ kind: 'ok' });
  }, [card]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const range =
      selectedIndex < 0
        ? null
        : locatePointer(view.state.doc.toString(), `/elements/${selectedIndex}`);
    view.dispatch({
      effects: [
        setHighlight.of(range),
        ...(range && !view.hasFocus
          ? [EditorView.scrollIntoView(range.from, { y: 'start', yMargin: 16 })]
          : []),
      ],
    });
  }, [selectedIndex, card]);

  const goTo = (range: TextRange | null) => {
    const view = viewRef.current;
    if (!view || !range) return;
    view.dispatch({
      selection: EditorSelection.cursor(range.from),
      effects: EditorView.scrollIntoView(range.from, { y: 'center' }),
    });
    view.focus();
  };

  return (
    <div className="jv-editor">
      <div
        ref={hostRef}
        className="jv-editor__code"
        data-testid="json-editor"
        // Text that is not a card is the editor's alone: Ctrl+Z undoes it there (the designer's
        // shortcut would undo an earlier change of the design instead).
        data-own-history={status.kind === 'ok' ? undefined : ''}
      />
      <Banner
        tone={status.kind === 'ok' ? 'success' : 'error'}
        role="status"
        aria-live="polite"
        data-testid="json-status"
        icon={status.kind === 'ok' ? <CheckCircle2 size={14} /> : <AlertCircle size={14} />}
        action={
          status.kind === 'ok' ? null : (
            <Button
              size="sm"
              icon={<LocateFixed size={14} />}
              onClick={() =>
                goTo(status.kind === 'syntax' ? status.range : (status.issues[0]?.range ?? null))
              }
            >
              {t('status.goTo')}
            </Button>
          )
        }
      >
        {status.kind === 'ok' ? (
          t('status.ok')
        ) : (
          <>
            {status.kind === 'syntax'
              ? t('status.syntax', {
                  line: status.line,
                  column: status.column,
                  detail: t(`syntax.${syntaxKey(status.detail)}`, {
                    defaultValue: status.detail,
                  }),
                })
              : t('status.invalid', {
                  problem: status.issues[0] ? issueText(tIssues, status.issues[0]) : '',
                  path: status.issues[0]?.path || '/',
                })}{' '}
            <strong>{t('status.unchanged')}</strong>
          </>
        )}
      </Banner>
    </div>
  );
}

/** `Expected a comma` → `expected-a-comma`, the i18n key of a JSON syntax problem. */
const syntaxKey = (detail: string) =>
  detail
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
