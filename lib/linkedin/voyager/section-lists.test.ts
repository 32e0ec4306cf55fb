import { describe, expect, it } from 'vitest';
import { ADA, answerVoyager, manyRolesPerson, type FakePerson, type VoyagerFaults } from '@/tests/fakes/voyager-data';
import type { VoyagerClient } from './ask';
import { DAY_MS, EMPTY_JSON_MEMO } from './json-memo';
import { fetchSectionLists } from './section-lists';

const NOW = Date.UTC(2026, 11, 4, 12);

function client(people: FakePerson[], faults: VoyagerFaults = {}): VoyagerClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async get(path) {
      calls.push(path);
      return answerVoyager(path, people, faults);
    },
  };
}

const urnOf = (p: FakePerson) => `urn:li:fsd_profile:${p.memberId}`;
const listOf = (path: string) => /dash\/(\w+)\?/.exec(path)?.[1];

describe('fetchSectionLists', () => {
  it('reads each asked section from its q=viewee list with count=100, and only those', async () => {
    const voyager = client([ADA]);
    const { results, stop } = await fetchSectionLists(urnOf(ADA), ['educations', 'certifications', 'languages'], voyager, EMPTY_JSON_MEMO, NOW);
    expect(voyager.calls.map(listOf).sort()).toEqual(['profileCertifications', 'profileEducations', 'profileLanguages']);
    expect(voyager.calls[0]).toMatch(/q=viewee&profileUrn=urn%3Ali%3Afsd_profile%3A[^&]+&start=0&count=100$/);
    expect(results.educations).toMatchObject({ ok: true, total: 2, complete: true });
    expect(results.languages).toMatchObject({ ok: true, items: ['French', 'English'], complete: true });
    expect(results.certifications).toMatchObject({ ok: true, items: [{ name: 'Cloud Architect', authority: 'Skyward' }] });
    expect(stop).toBeNull();
  });

  it('pages through a long list, up to three pages', async () => {
    const voyager = client([manyRolesPerson(2, 350)]);
    const { results } = await fetchSectionLists(urnOf(manyRolesPerson()), ['skills'], voyager, EMPTY_JSON_MEMO, NOW);
    expect(voyager.calls.map((c) => /start=(\d+)/.exec(c)?.[1])).toEqual(['0', '100', '200']);
    expect(results.skills).toMatchObject({ ok: true, total: 350, complete: false });
    if (results.skills?.ok) expect(results.skills.items).toHaveLength(300);
  });

  it('asks the next page after a full page that carries no count: a page of 100 is not the end', async () => {
    const person = manyRolesPerson(2, 150);
    const noCount = (body: unknown): unknown =>
      Array.isArray(body) ? body.map(noCount) : body && typeof body === 'object'
        ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'total').map(([k, v]) => [k, noCount(v)]))
        : body;
    const calls: string[] = [];
    const voyager: VoyagerClient = {
      async get(path) {
        calls.push(path);
        const answer = await answerVoyager(path, [person]);
        return { ...answer, body: noCount(answer.body) };
      },
    };
    const { results } = await fetchSectionLists(urnOf(person), ['skills'], voyager, EMPTY_JSON_MEMO, NOW);
    expect(calls.map((c) => /start=(\d+)/.exec(c)?.[1])).toEqual(['0', '100']);
    expect(results.skills).toMatchObject({ ok: true, complete: true });
    if (results.skills?.ok) expect(results.skills.items).toHaveLength(150);
  });

  it('falls back to the position groups when the positions list drifted (400)', async () => {
    const voyager = client([ADA], { listStatus: { profilePositions: 400 } });
    const { results } = await fetchSectionLists(urnOf(ADA), ['experiences'], voyager, EMPTY_JSON_MEMO, NOW);
    expect(voyager.calls.map(listOf)).toEqual(['profilePositions', 'profilePositionGroups']);
    expect(results.experiences).toMatchObject({ ok: true, complete: true });
    if (results.experiences?.ok) expect(results.experiences.items.map((e) => e.title)).toEqual(ADA.positions.map((p) => p.title));
  });

  it('through the position groups, an employer whose roles LinkedIn cut leaves experience short, never whole', async () => {
    // 25 roles at one employer: the group carries 20 and says 25.
    const person: FakePerson = {
      ...ADA,
      positions: Array.from({ length: 25 }, (_, i) => ({ company: 'Northwind', title: `Role ${i + 1}`, start: { year: 2000 + i, month: 1 }, end: { year: 2000 + i, month: 12 } })),
    };
    const voyager = client([person], { listStatus: { profilePositions: 400 } });
    const { results } = await fetchSectionLists(urnOf(person), ['experiences'], voyager, EMPTY_JSON_MEMO, NOW);
    expect(results.experiences).toMatchObject({ ok: true, complete: false, total: null });
    if (results.experiences?.ok) expect(results.experiences.items).toHaveLength(20);
  });

  it('stops every list on a refusal and remembers a quota for a while; a 410 retires that list for a day', async () => {
    const refused = await fetchSectionLists(urnOf(ADA), ['skills'], client([ADA], { listStatus: { profileSkills: 429 } }), EMPTY_JSON_MEMO, NOW);
    expect(refused.stop).toEqual({ reason: 'refused', status: 429 });
    expect(refused.memo.quiet?.status).toBe(429);

    const retired = await fetchSectionLists(urnOf(ADA), ['languages'], client([ADA], { listStatus: { profileLanguages: 'envelope-410' } }), EMPTY_JSON_MEMO, NOW);
    expect(retired.results.languages).toMatchObject({ ok: false, gap: { reason: 'retired', status: 410 } });
    expect(retired.memo.listsRetiredUntil['profileLanguages']).toBe(NOW + DAY_MS);
    const again = client([ADA]);
    await fetchSectionLists(urnOf(ADA), ['languages'], again, retired.memo, NOW + 1000);
    expect(again.calls).toEqual([]);
  });
});
