// The page readers in trial order: the first whose fragment is not null describes the page.
import type { SourceId } from '@/lib/profile/profile';
import type { ReaderResult } from '@/lib/linkedin/types';
import { readEmberPage } from './ember-2022';
import { readPublicPage } from './public';
import { readPublic2016Page } from './public-2016';
import { readSduiPage } from './sdui-2026';

export interface DomReader {
  id: SourceId;
  read(doc: Document, url: URL): ReaderResult;
}

export const DOM_READERS: readonly DomReader[] = [
  { id: 'sdui-2026', read: readSduiPage },
  { id: 'ember-2022', read: readEmberPage },
  { id: 'public', read: readPublicPage },
  { id: 'public-2016', read: readPublic2016Page },
];
