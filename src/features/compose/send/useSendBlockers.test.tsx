import '../../../app/i18n';
import i18next from 'i18next';
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderForTest } from '../../../ui/renderForTest';
import { buildAudience } from '../recipients/buildAudience';
import { parseRecipients } from '../recipients/parseRecipients';
import { useSendBlockers } from './useSendBlockers';

const ids = Array.from(
  { length: 100_001 },
  (_, index) => `ou_${index.toString(16).padStart(32, '0')}`,
);
const audience = buildAudience({
  mode: 'list',
  one: '',
  list: parseRecipients(ids.join('\n')),
  confirmation: '',
  phrase: 'ALL',
});

function Blockers() {
  const blockers = useSendBlockers({
    errors: 0,
    audience,
    malformed: 0,
    phrase: 'ALL',
    offline: false,
  });
  return <p>{blockers.join(' | ')}</p>;
}

beforeAll(async () => {
  await i18next.loadNamespaces('compose');
});
afterAll(async () => {
  await act(() => i18next.changeLanguage('en'));
});

describe('what stops a send', () => {
  it('a list longer than a send takes says the most and how many it has, in either language', async () => {
    await act(() => i18next.changeLanguage('en'));
    expect(renderForTest(<Blockers />).textContent).toBe(
      'One send takes at most 100,000 recipients and this list has 100,001: split it into several sends.',
    );
    await act(() => i18next.changeLanguage('zh'));
    await i18next.loadNamespaces('compose');
    expect(renderForTest(<Blockers />).textContent).toBe(
      '一次发送最多 100,000 个接收人，这个列表有 100,001 个：请拆成几次发送。',
    );
  });
});
