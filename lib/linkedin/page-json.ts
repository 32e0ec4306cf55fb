// What the page already holds: LinkedIn's JSON embedded in the HTML (`<code id="bpr-guid-…">` blocks on the
// 2021–2025 pages). It always describes the viewer too, and after in-app navigation the person loaded first: only a
// Profile whose publicIdentifier is the address's vanity is used, never "the first Profile".
import type { ReaderResult } from '@/lib/linkedin/types';
import { parseDashProfile } from '@/lib/linkedin/voyager/parse-profile';

const SOURCE = 'page-json' as const;
const EMBEDDED_JSON = 'code[id^="bpr-guid-"]';

export function readPageJson(doc: Document, vanity: string): ReaderResult {
  for (const code of Array.from(doc.querySelectorAll(EMBEDDED_JSON))) {
    const text = code.textContent ?? '';
    // Cheap test first: most blocks are about other things (the viewer, feeds, settings).
    if (!text.includes('"publicIdentifier"')) continue;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = parseDashProfile(body, vanity);
    if (!parsed.ok || !parsed.result.fragment) continue;
    // The top-card query carries the person but rarely a section list: a section is only what a collection says.
    return { source: SOURCE, fragment: parsed.result.fragment, warnings: [] };
  }
  return { source: SOURCE, fragment: null, warnings: [] };
}
