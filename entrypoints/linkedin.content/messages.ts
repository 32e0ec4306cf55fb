// The reader's messages (sent by the popup or the background to a LinkedIn tab): the one place each is declared.
// lib/messaging.ts derives the senders' types from this table; index.ts registers it (lib/message-table.ts `listen`).
import { message, noInput } from '@/lib/message-table';
import { readRequestSchema } from '@/lib/linkedin/read-outcome';
import { loadAllSections } from './load-all-sections';
import { readCurrentList, readCurrentPage } from './read-current-page';

// Only the extension itself sends to this tab (our pages and our service worker): nothing else can reach this
// listener, and the check says so.
const EXTENSION = ['extension-page'] as const;

export const readerMessages = {
  /** Popup or background → the reader in a LinkedIn tab: read the person on screen now. */
  readProfile: message({ senders: EXTENSION, input: readRequestSchema, handle: (request) => readCurrentPage(request) }),
  /** Popup → the reader: bring the page's lazy sections into view and back (then the popup reads again). */
  loadAllSections: message({ senders: EXTENSION, input: noInput, handle: () => loadAllSections() }),
  /**
   * Popup → the reader: the people the list page on screen shows (people search, Sales Navigator search or lead
   * list), read from the page alone: no profile is opened or fetched. The popup asks when readProfile answers
   * not-profile with a list reason (`isListReason`).
   */
  readList: message({ senders: EXTENSION, input: noInput, handle: async () => readCurrentList() }),
};
