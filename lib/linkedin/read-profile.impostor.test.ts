// Never another member's data under this name: JSON that claims the address for another member id must not choose
// whose section lists are asked.
import { describe, expect, it } from 'vitest';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { EMPTY_JSON_MEMO } from '@/lib/linkedin/voyager/json-memo';
import { MAYA } from '@/tests/fakes/sandbox-people';
import { renderProfilePage } from '@/tests/fakes/sdui-2026-pages';
import { ADA, VIEWER, answerVoyager } from '@/tests/fakes/voyager-data';
import { readProfile } from './read-profile';

const URL_MAYA = `https://www.linkedin.com/in/${MAYA.vanity}/`;
const NOW = Date.UTC(2026, 11, 4, 12);

describe('JSON claiming the address with another member id', () => {
  it('never uses the impostor member id for the per-section lists', async () => {
    const impostor = { ...ADA, vanity: MAYA.vanity };
    const calls: string[] = [];
    const voyager: VoyagerClient = {
      async get(path) {
        calls.push(path);
        // ADA is a real member LinkedIn knows: her lists answer under her urn.
        return answerVoyager(path, [MAYA, VIEWER, ADA], { jsonPerson: { [MAYA.vanity]: impostor } });
      },
    };
    const doc = new DOMParser().parseFromString(renderProfilePage(MAYA, { lazy: true }), 'text/html');
    const out = await readProfile({ url: URL_MAYA, document: doc, voyager, memo: EMPTY_JSON_MEMO, now: NOW });
    if (!out.ok) throw new Error(out.error.message);
    const p = out.profile;
    expect(p.memberId).toBe(MAYA.memberId);
    const listCalls = calls.filter((c) => c.includes('q=viewee'));
    // Lists must be asked with the page-proven member id, never the JSON's other one.
    for (const c of listCalls) expect(decodeURIComponent(c)).not.toContain(ADA.memberId);
    expect(p.skills.some((s) => (ADA.skills ?? []).includes(s) && !(MAYA.skills ?? []).includes(s))).toBe(false);
    expect(p.experiences.map((e) => e.company)).not.toEqual(ADA.positions.map((x) => x.company));
  });
});
