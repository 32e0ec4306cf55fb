// The tab title, a last resort for the name, is taken with the address: not seconds later, when the user may have
// moved to another person.
import { describe, expect, it } from 'vitest';
import type { DomReader } from '@/lib/linkedin/dom';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { readProfile } from './read-profile';

describe('the tab title is read after the chain ran', () => {
  it('does not name the person from a title the user navigated to meanwhile', async () => {
    const doc = new DOMParser().parseFromString('<title>Experience | Ada Quill | LinkedIn</title><main></main>', 'text/html');
    const reader: DomReader = { id: 'ember-2022', read: () => ({ source: 'ember-2022', fragment: { totals: { experiences: 1 }, experiences: [] }, warnings: [] }) };
    // LinkedIn's JSON takes its time, then refuses; meanwhile the user moves on in the SPA to Bob's profile.
    const voyager: VoyagerClient = {
      async get() {
        doc.title = 'Bob Other | LinkedIn';
        return { status: 429, body: null };
      },
    };
    const out = await readProfile({ url: 'https://www.linkedin.com/in/ada-quill/details/experience/', document: doc, readers: [reader], voyager, now: 0 });
    if (out.ok) {
      expect(out.profile.publicIdentifier).toBe('ada-quill');
      expect(out.profile.fullName).not.toBe('Bob Other');
    }
  });
});
