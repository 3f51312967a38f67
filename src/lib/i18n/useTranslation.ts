import i18next, { type FlatNamespace } from 'i18next';
import { useSyncExternalStore } from 'react';
import type { UseTranslationResponse } from 'react-i18next';

/*
 * The app's `useTranslation(namespace)`: react-i18next's, for the way this app uses it (one
 * namespace a call, `const { t } = …`, the i18next instance src/app/i18n.ts starts), at a fraction
 * of its cost a component. react-i18next's, for every component that mounts, copies the i18next
 * instance's property descriptors into a wrapper, builds a fixed `t`, asks whether its namespace
 * is loaded and keeps about ten hooks: for the ~140 components of the designer's first render,
 * about 15 ms of a 290 ms render in a trace on a slow machine. Here every component of one
 * language and namespace shares one answer, made once, and one hook follows the language; the
 * page's first visit is 1.4 KB lighter.
 *
 * The same behaviour where it shows: a component re-renders when the language changes, and
 * suspends (as react-i18next's does by default) until its namespace has loaded in the language
 * in use, or failed to (then its keys show, as there).
 */

type Answer = UseTranslationResponse<FlatNamespace, undefined>;

/** By namespace, for the language in use: emptied when it changes. */
const answers = new Map<string, Answer>();
/** Namespaces being loaded, by `language|namespace`. */
const loading = new Map<string, Promise<unknown>>();
let language = 0;
const listeners = new Set<() => void>();

i18next.on('languageChanged', () => {
  language += 1;
  answers.clear();
  for (const listener of listeners) listener();
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const languageNow = () => language;

function answerFor(namespace: string): Answer {
  const t = i18next.getFixedT(null, namespace);
  return Object.assign([t, i18next, true] as const, { t, i18n: i18next, ready: true }) as Answer;
}

/** Throws while `namespace` loads, for the nearest Suspense boundary. */
function loaded(namespace: string): void {
  if (i18next.hasLoadedNamespace(namespace)) return;
  const key = `${i18next.language}|${namespace}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = i18next.loadNamespaces(namespace).finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  throw pending;
}

/** `t` of `namespace` (by default `common`, the app's default namespace) in the language in use. */
export function useTranslation<Ns extends FlatNamespace = 'common'>(
  namespace: Ns = 'common' as Ns,
): UseTranslationResponse<Ns, undefined> {
  useSyncExternalStore(subscribe, languageNow, languageNow);
  let answer = answers.get(namespace);
  if (!answer) {
    loaded(namespace);
    answer = answerFor(namespace);
    answers.set(namespace, answer);
  }
  return answer as unknown as UseTranslationResponse<Ns, undefined>;
}
