import '../../app/i18n';
import i18next, { type BackendModule } from 'i18next';
import { act, Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderForTest } from '../../ui/renderForTest';
import { useTranslation } from './useTranslation';

beforeEach(async () => {
  await act(() => i18next.changeLanguage('en'));
});

const seen: unknown[] = [];
function Title({ namespace = 'designer' }: { namespace?: string }) {
  const { t } = useTranslation(namespace);
  seen.push(t);
  return <p>{t('checks.title')}</p>;
}

describe('useTranslation', () => {
  it('follows the language in use', async () => {
    const view = renderForTest(<Title />);
    expect(view.textContent).toBe('Checks');
    await act(() => i18next.changeLanguage('zh'));
    expect(view.textContent).toBe('检查');
    await act(() => i18next.changeLanguage('en'));
    expect(view.textContent).toBe('Checks');
  });

  it('gives every component of one namespace the same t, and a new one in another language', async () => {
    seen.length = 0;
    renderForTest(
      <>
        <Title />
        <Title />
      </>,
    );
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    await act(() => i18next.changeLanguage('zh'));
    expect(seen.at(-1)).not.toBe(seen[0]);
  });

  it('the default namespace is common', () => {
    function Close() {
      const { t } = useTranslation();
      return <p>{t('close')}</p>;
    }
    expect(renderForTest(<Close />).textContent).toBe('Close');
  });

  it('suspends until a namespace not loaded yet has loaded, then shows', async () => {
    // The backend answers for this namespace when the test says so, as a download would.
    const backend = i18next.services.backendConnector.backend as BackendModule;
    const read = backend.read.bind(backend);
    let arrive = () => {};
    backend.read = (language, namespace, callback) => {
      if (namespace !== 'later') return read(language, namespace, callback);
      arrive = () => callback(null, { checks: { title: language === 'zh' ? '稍后' : 'Later' } });
    };
    try {
      expect(i18next.hasLoadedNamespace('later')).toBe(false);
      const view = renderForTest(
        <Suspense fallback="loading">
          <Title namespace="later" />
        </Suspense>,
      );
      expect(view.textContent).toBe('loading');
      await act(async () => arrive());
      expect(view.textContent).toBe('Later');
    } finally {
      backend.read = read;
    }
  });
});
