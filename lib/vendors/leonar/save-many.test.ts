// @vitest-environment node
// A list save to Leonar: many people in one add-to-project, against the Leonar fake over real HTTP (the fake checks
// the body with the documented schema), and the attribution of Leonar's answer to each person.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VendorHttp } from '@/lib/http';
import type { Profile } from '@/lib/profile/profile';
import { salesLeadUrl } from '@/lib/profile/url';
import type { SaveRequest, SaveResult, VendorContext } from '@/lib/vendors/vendor';
import { createLeonarFake, LEONAR_PROJECTS, LEONAR_TEST_KEY } from '@/lib/vendors/leonar/fake';
import { addManyToProject } from './client';
import { createLeonarHttp, leonar, leonarOptionsSchema } from './index';
import { buildAddManyToProject } from './mapping';
import { sampleProfile } from './sample-profile';
import { addToProjectRequestSchema, type AddToProjectRequest } from './schema';

const fake = createLeonarFake();
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => void fake.router(req, res, new URL(req.url ?? '/', 'https://app.leonar.app')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => fake.reset());

const toFake: typeof fetch = (input, init) => fetch(String(input).replace(/^https:\/\/app\.leonar\.app/, origin), init);
const NOW = new Date('2026-01-15T12:00:00Z');

function ctx(): VendorContext {
  const settings = { apiKey: LEONAR_TEST_KEY };
  return { http: createLeonarHttp(settings, toFake), settings, now: () => NOW };
}

const options = leonarOptionsSchema.parse({});
const request = (extra: Partial<SaveRequest> = {}): SaveRequest => ({
  vendor: 'leonar',
  targetId: LEONAR_PROJECTS.backend,
  stageId: null,
  note: null,
  contacts: { emails: [], phones: [] },
  atsUrls: [],
  options: {},
  ...extra,
});

/** A list person: no sections read, a public address and a member id of their own. */
function person(i: number): Profile {
  const base = sampleProfile();
  return {
    ...base,
    fullName: `Person ${i}`,
    firstName: 'Person',
    lastName: String(i),
    publicIdentifier: `person-${i}`,
    profileUrl: `https://www.linkedin.com/in/person-${i}/`,
    memberId: `ACoAAPerson${String(i).padStart(28, '0')}`,
    numericMemberId: null,
  };
}

const LEAD = 'ACwAABrjaVMBOLcCrV5aEw1zCAjE_zec6PbnU1A';
const lead: Profile = { ...person(99), fullName: 'Lead Only', profileUrl: salesLeadUrl(LEAD), publicIdentifier: LEAD, memberId: null };

describe('Leonar saveMany', () => {
  it('sends ONE add-to-project for everyone, no lookup; people already in the project (by URL or by id) are skipped, the others added', async () => {
    const people = [0, 1, 2, 3, 4].map(person);
    fake.seedInProject(LEONAR_PROJECTS.backend, [
      { first_name: 'Person', last_name: '1', linkedin_url: 'https://www.linkedin.com/in/person-1' },
      { first_name: 'Person', last_name: '3', profile_id: people[3]!.memberId },
    ]);
    const results = await leonar.saveMany!(ctx(), people.map((profile) => ({ profile, request: request(), options })));
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/sourcing/add-to-project']);
    expect(addToProjectRequestSchema.parse(fake.requests[0]?.body).profiles).toHaveLength(5);
    expect(results.map((r) => (r as SaveResult).status)).toEqual(['added', 'skipped', 'added', 'skipped', 'added']);
    expect((results[1] as SaveResult).message).toContain('already in this project');
    const added = [0, 2, 4].map((i) => (results[i] as SaveResult).recordId);
    expect(added.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(added).size).toBe(3);
    expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(5);
  });

  it('adds a person known only from Sales Navigator by their ACwAA lead id, with no linkedin_url', async () => {
    const [result] = await leonar.saveMany!(ctx(), [{ profile: lead, request: request(), options }]);
    expect(result).toMatchObject({ status: 'added' });
    const sent = addToProjectRequestSchema.parse(fake.requests[0]?.body).profiles[0];
    expect(sent?.profile_id).toBe(LEAD);
    expect(sent).not.toHaveProperty('linkedin_url');
    // Saved again: Leonar skips it by profile_id.
    const [again] = await leonar.saveMany!(ctx(), [{ profile: lead, request: request(), options }]);
    expect(again).toMatchObject({ status: 'skipped' });
  });

  it('refuses people for different projects in one call, before sending', async () => {
    await expect(
      leonar.saveMany!(ctx(), [
        { profile: person(1), request: request(), options },
        { profile: person(2), request: request({ targetId: LEONAR_PROJECTS.design }), options },
      ]),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(fake.requests).toHaveLength(0);
  });
});

/** An http that answers add-to-project with a given body (shapes the fake never sends). */
function answering(data: unknown): VendorHttp {
  return { request: async (req) => req.schema.parse({ data }) };
}

function bodyFor(people: Profile[]): AddToProjectRequest {
  return buildAddManyToProject(people, { projectId: LEONAR_PROJECTS.backend, resolveNames: false, accountId: null, now: NOW });
}

const noNotes = (profile: Profile) => ({ profile, notes: { notSent: [] } });

describe('Leonar add-to-project attribution', () => {
  it('matches a skipped entry by linkedin_url or member id too, and gives no contact id when the counts do not line up', async () => {
    const people = [person(0), person(1), person(2)];
    const results = await addManyToProject(
      answering({
        added: 2,
        skipped: 1,
        contact_ids: ['c-only-one'],
        skipped_profiles: [{ profile_id: 'urn:li:member:1', reason: 'already_in_project', linkedin_url: 'https://www.linkedin.com/in/Person-1/' }],
        stage: null,
      }),
      bodyFor(people),
      people.map(noNotes),
    );
    expect(results.map((r) => [r.status, r.recordId])).toEqual([
      ['added', null],
      ['skipped', null],
      ['added', null],
    ]);
  });

  it('says so, rather than guess, when Leonar counts more skips than it names', async () => {
    const people = [person(0), person(1), person(2)];
    const results = await addManyToProject(
      answering({ added: 1, skipped: 2, contact_ids: ['c-1'], skipped_profiles: [{ profile_id: people[2]!.memberId!, reason: 'already_in_project' }], stage: null }),
      bodyFor(people),
      people.map(noNotes),
    );
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'skipped']);
    expect(results[0]?.recordId).toBeNull();
    expect(results[0]?.message).toContain('named only 1');
  });

  it('when Leonar added nobody, nobody is called added (a lone person gets the reason Leonar gave)', async () => {
    const one = await addManyToProject(
      answering({ added: 0, skipped: 1, contact_ids: [], skipped_profiles: [{ profile_id: 'urn:li:member:555', reason: 'already_in_project' }], stage: null }),
      bodyFor([person(0)]),
      [noNotes(person(0))],
    );
    expect(one.map((r) => [r.status, r.message])).toEqual([['skipped', expect.stringContaining('already in this project')]]);
    const two = await addManyToProject(answering({ added: 0, skipped: 2, contact_ids: [], skipped_profiles: [], stage: null }), bodyFor([person(0), person(1)]), [person(0), person(1)].map(noNotes));
    expect(two.map((r) => r.status)).toEqual(['skipped', 'skipped']);
  });

  it('gives each added person their contact id when the counts line up, in order', async () => {
    const people = [person(0), person(1), person(2)];
    const results = await addManyToProject(
      answering({ added: 2, skipped: 1, contact_ids: ['c-a', 'c-b'], skipped_profiles: [{ profile_id: people[1]!.memberId!, reason: 'already_in_project' }], stage: { id: 's', name: 'Sourced' } }),
      bodyFor(people),
      people.map(noNotes),
    );
    expect(results.map((r) => r.recordId)).toEqual(['c-a', null, 'c-b']);
    expect(results[0]?.message).not.toContain('named only');
  });
});
