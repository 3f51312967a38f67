import '../app/i18n';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from './Dialog';
import { renderForTest } from './renderForTest';

/**
 * A page that opens a dialog from a button: mounted only while open, or always and toggled;
 * its field focusing itself when it mounts, or not.
 */
function Page({ mountedWhileOpen, field }: { mountedWhileOpen: boolean; field: boolean }) {
  const [open, setOpen] = useState(false);
  const body = field ? <input aria-label="When" autoFocus /> : undefined;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Review
      </button>
      {mountedWhileOpen ? (
        open ? (
          <Dialog open onOpenChange={setOpen} title="Review before sending">
            {body}
          </Dialog>
        ) : null
      ) : (
        <Dialog open={open} onOpenChange={setOpen} title="Review before sending">
          {body}
        </Dialog>
      )}
    </>
  );
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('Dialog', () => {
  it.each([
    ['mounted only while open (as compose’s review is)', true, false],
    ['always mounted, opened and closed', false, false],
    ['mounted only while open, a field focusing itself (as Change time is)', true, true],
    ['always mounted, a field focusing itself', false, true],
  ])(
    'gives the focus back to what opened it when it closes: %s',
    async (_, mountedWhileOpen, field) => {
      const host = renderForTest(<Page mountedWhileOpen={mountedWhileOpen} field={field} />);
      const opener = host.querySelector('button');
      if (!opener) throw new Error('no button');
      opener.focus();
      act(() => opener.click());
      await settle();
      const dialog = document.querySelector('[role="dialog"]');
      expect(dialog?.contains(document.activeElement)).toBe(true);
      act(() => {
        document.activeElement?.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
        );
      });
      await settle();
      expect(document.querySelector('[role="dialog"]')).toBeNull();
      expect(document.activeElement).toBe(opener);
    },
  );
});
