import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, useComposeDraft } from './composeDraftStore';
import { replaceList, undoableChange, undoListChange, useListChange } from './listChange';

const list = () => useComposeDraft.getState().list;
const pending = () => undoableChange(useListChange.getState().change, list());

describe('the list changed in one click', () => {
  beforeEach(() => {
    useComposeDraft.setState(EMPTY_DRAFT);
    useListChange.setState({ change: null });
  });

  it('Clear is undone: the list comes back as it was', () => {
    useComposeDraft.getState().setList('ou_aaaaaaaa0001\nou_bbbbbbbb0002');
    replaceList('', { kind: 'cleared', count: 2 });
    expect(list()).toBe('');
    expect(pending()).toMatchObject({ kind: 'cleared', count: 2 });
    expect(undoListChange()).toBe(true);
    expect(list()).toBe('ou_aaaaaaaa0001\nou_bbbbbbbb0002');
    expect(pending()).toBeNull();
    expect(undoListChange()).toBe(false);
  });

  it('a fix is undone too, the last one only', () => {
    useComposeDraft.getState().setList('张伟\nou_aaaaaaaa0001\nou_aaaaaaaa0001');
    replaceList('ou_aaaaaaaa0001\nou_aaaaaaaa0001', { kind: 'malformed', count: 1 });
    replaceList('ou_aaaaaaaa0001', { kind: 'duplicates', count: 1 });
    expect(undoListChange()).toBe(true);
    expect(list()).toBe('ou_aaaaaaaa0001\nou_aaaaaaaa0001');
    expect(undoListChange()).toBe(false);
  });

  it('once the list is typed in, the undo would throw that away: it is no longer offered', () => {
    useComposeDraft.getState().setList('ou_aaaaaaaa0001');
    replaceList('', { kind: 'cleared', count: 1 });
    useComposeDraft.getState().setList('ou_cccccccc0003');
    expect(pending()).toBeNull();
    expect(undoListChange()).toBe(false);
    expect(list()).toBe('ou_cccccccc0003');
  });
});
