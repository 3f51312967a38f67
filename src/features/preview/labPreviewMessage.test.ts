import { describe, expect, it } from 'vitest';
import { labPreviewMessage } from './labPreviewMessage';

describe('labPreviewMessage', () => {
  it('renders what detectImport recognises', () => {
    const { result, message } = labPreviewMessage(
      JSON.stringify({ msg_type: 'markdown', content: JSON.stringify({ text: '**hi**' }) }),
    );
    expect(result.ok).toBe(true);
    expect(message).toEqual({ msg_type: 'markdown', content: { text: '**hi**' } });
  });

  it('still renders a message whose content has the wrong types, with its issues', () => {
    const card = { header: { title: { content: 7 } }, elements: [{ tag: 'markdown', content: 1 }] };
    const { result, message } = labPreviewMessage(JSON.stringify(card));
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(message).toEqual({ msg_type: 'interactive', content: card });
  });

  it('renders a decoded message whose content is an object, not a string', () => {
    const { result, message } = labPreviewMessage(
      JSON.stringify({ msg_type: 'rich_text', content: [{ type: 'paragraph' }] }),
    );
    expect(result.ok).toBe(false);
    expect(message).toEqual({ msg_type: 'rich_text', content: [{ type: 'paragraph' }] });
  });

  it('renders nothing for text that is not JSON, and says why', () => {
    const { result, message } = labPreviewMessage('{"msg_type": ');
    expect(message).toBeNull();
    expect(result.issues[0]?.code).toBe('not-json');
  });
});
