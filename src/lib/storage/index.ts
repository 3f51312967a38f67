export { STORED, type StoredEntry, type StoredName } from './storedKeys';
export {
  followStore,
  persistOptions,
  persistedStorage,
  readStored,
  readStoredText,
  writeStoredText,
} from './persistOptions';
export { appStorage, browserStorage, readBackup, tabStorage } from './appStorage';
export { startStorage } from './startStorage';
export { flushWrites, WRITE_WAIT_MS } from './throttleWrites';
export {
  dismissStorageNotice,
  useStorageNotice,
  type StorageNotice,
  type StorageProblem,
} from './storageNotice';
