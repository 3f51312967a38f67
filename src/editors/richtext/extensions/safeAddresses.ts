import { Extension } from '@tiptap/core';
import type { Fragment } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { urlProblem } from '../../../mind';

const ADDRESSED_NODES = new Set(['image', 'emoji']);

/** True for an image or emoji `src` the message URL policy refuses (empty is not refused). */
export const isRefusedSrc = (src: unknown): boolean =>
  typeof src === 'string' && src !== '' && urlProblem(src) !== null;

function holdsRefusedAddress(fragment: Fragment): boolean {
  let found = false;
  fragment.descendants((node) => {
    if (ADDRESSED_NODES.has(node.type.name) && isRefusedSrc(node.attrs.src)) found = true;
    return !found;
  });
  return found;
}

/**
 * Refuses any edit that would put an image or emoji with a refused address into the document
 * (typing, pasting, a command). Loading a whole document is let through, so nothing the user
 * wrote is lost: its image is shown as an address, not loaded, and the checks list the error.
 */
export const SafeAddresses = Extension.create({
  name: 'safeAddresses',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('safeAddresses'),
        filterTransaction(transaction) {
          return !transaction.steps.some((step, index) => {
            if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return false;
            const before = transaction.docs[index];
            const wholeDocument = step.from === 0 && step.to === before?.content.size;
            return !wholeDocument && holdsRefusedAddress(step.slice.content);
          });
        },
      }),
    ];
  },
});
