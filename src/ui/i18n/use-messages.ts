import { en, type MessageKey, type Messages } from './en';

/** The UI's strings. One language for now; issue #9 adds Russian with the same keys. */
export function useMessages(): { t: (key: MessageKey) => string; locale: string } {
  const messages: Messages = en;
  return { t: (key) => messages[key], locale: navigator.language || 'en' };
}
