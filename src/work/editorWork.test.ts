import { beforeEach, describe, expect, it } from 'vitest';
import seedCard from '../../fixtures/seed/interactive.card.json';
import seedRichText from '../../fixtures/seed/rich_text.content.json';
import { useComposeDraft } from './compose/composeDraftStore';
import { emptyCard } from './card/model/createDocument';
import { designerActions, designerStore } from './card/store/useDesignerStore';
import { useRichTextDraftStore } from './richText/richTextDraftStore';
import { currentContent, hasUnsavedWork, isEmptyContent, loadMessage } from './editorWork';
import { templateLinkOf, useTemplateLinks } from './templateLinks';

const link = (content: unknown) => ({
  id: 't1',
  name: 'Seed',
  version: 3,
  savedJson: JSON.stringify(content),
});

beforeEach(() => {
  designerActions().replaceCard(emptyCard());
  useRichTextDraftStore.getState().setDoc([]);
  useComposeDraft.getState().loadDraft({ msgType: 'text', text: '', markdown: '' });
  useTemplateLinks.setState({ links: {} });
});

describe('editor work', () => {
  it('loads each type into its editor, exactly, and reads it back', () => {
    loadMessage({ msg_type: 'interactive', content: seedCard });
    expect(designerStore.getState().doc.card).toBe(seedCard);
    loadMessage({ msg_type: 'rich_text', content: seedRichText });
    expect(currentContent('rich_text')).toBe(seedRichText);
    loadMessage({ msg_type: 'markdown', content: { text: '**hi**' } });
    expect(useComposeDraft.getState()).toMatchObject({ msgType: 'markdown', markdown: '**hi**' });
    expect(currentContent('markdown')).toEqual({ text: '**hi**' });
    loadMessage({ msg_type: 'text', content: { text: 'plain' } });
    expect(currentContent('text')).toEqual({ text: 'plain' });
  });

  it('an opened card is one undo away from what was there', () => {
    loadMessage({ msg_type: 'interactive', content: seedCard });
    designerActions().undo();
    expect(designerStore.getState().doc.card).toEqual(emptyCard());
  });

  it('remembers the template work came from, and forgets it for an import', () => {
    loadMessage({ msg_type: 'interactive', content: seedCard }, link(seedCard));
    expect(templateLinkOf('interactive')?.id).toBe('t1');
    loadMessage({ msg_type: 'interactive', content: seedCard });
    expect(templateLinkOf('interactive')).toBeUndefined();
  });

  it('knows empty work from real work', () => {
    expect(isEmptyContent('interactive', emptyCard())).toBe(true);
    expect(isEmptyContent('interactive', { header: { title: { content: 'Hi' } } })).toBe(false);
    expect(isEmptyContent('rich_text', [{ type: 'paragraph' }])).toBe(true);
    expect(isEmptyContent('rich_text', seedRichText)).toBe(false);
    expect(isEmptyContent('text', { text: '  ' })).toBe(true);
  });

  it('calls work unsaved only when replacing it would lose something', () => {
    expect(hasUnsavedWork('interactive', seedCard)).toBe(false);
    designerActions().replaceCard(seedCard);
    expect(hasUnsavedWork('interactive')).toBe(true);
    expect(hasUnsavedWork('interactive', JSON.parse(JSON.stringify(seedCard)))).toBe(false);
    loadMessage({ msg_type: 'interactive', content: seedCard }, link(seedCard));
    expect(hasUnsavedWork('interactive', { elements: [] })).toBe(false);
    designerActions().setHeaderTitle('Edited');
    expect(hasUnsavedWork('interactive', { elements: [] })).toBe(true);
  });
});
