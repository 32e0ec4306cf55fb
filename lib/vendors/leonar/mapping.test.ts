import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '@/lib/profile/profile';
import { salesLeadUrl } from '@/lib/profile/url';
import { buildAddManyToProject, buildAddToProject, isoEnd, isoStart, isSameName, isSamePerson, mapProfile } from './mapping';
import { SAMPLE_MEMBER_ID, sampleProfile } from './sample-profile';
import { addToProjectRequestSchema } from './schema';

const PROJECT = '3c90c3cc-0d44-4b50-8888-8dd25736052a';
const ACCOUNT = '9b2f6a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const NOW = new Date('2026-01-15T12:00:00Z');

describe('Leonar dates', () => {
  it('starts on the first of the month and ends on its last day, leap years included', () => {
    expect(isoStart({ year: 2021, month: 3 })).toBe('2021-03-01');
    expect(isoEnd({ year: 2021, month: 2 })).toBe('2021-02-28');
    expect(isoEnd({ year: 2020, month: 2 })).toBe('2020-02-29');
    expect(isoEnd({ year: 2018, month: 6 })).toBe('2018-06-30');
    expect(isoEnd({ year: 2019, month: 12 })).toBe('2019-12-31');
  });

  it('spreads a year-only date over the whole year', () => {
    expect(isoStart({ year: 2016 })).toBe('2016-01-01');
    expect(isoEnd({ year: 2016 })).toBe('2016-12-31');
  });
});

describe('Leonar add-to-project body', () => {
  it('maps the sample person field by field to the documented shape', () => {
    const body = buildAddToProject(sampleProfile(), { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW });
    expect(body).toEqual({
      project_id: PROJECT,
      profiles: [
        {
          profile_id: SAMPLE_MEMBER_ID,
          first_name: 'Camille',
          last_name: 'Durand',
          headline: 'Staff Engineer at Examplia',
          picture_url: 'https://media.licdn.com/dms/image/v2/invented/profile-displayphoto.jpg',
          location: 'Lyon, Auvergne-Rhône-Alpes, France',
          linkedin_url: 'https://www.linkedin.com/in/camille-durand-42',
          summary: 'Builds payment systems.',
          current_job: { title: 'Staff Engineer', company_name: 'Examplia' },
          experiences: [
            {
              title: 'Staff Engineer',
              company_name: 'Examplia',
              start_date: '2021-03-01',
              end_date: null,
              description: 'Leads the ledger team.',
              is_current: true,
            },
            { title: 'Software Engineer', company_name: 'Samplecorp', start_date: '2018-01-01', end_date: '2020-02-29', is_current: false },
            { title: 'Intern', start_date: '2016-01-01', end_date: '2016-12-31', is_current: false },
          ],
          educations: [
            {
              educational_establishment: 'Université Exemple',
              diploma: 'Master',
              specialization: 'Computer Science',
              start_date: '2013-01-01',
              end_date: '2017-06-30',
            },
            { educational_establishment: 'Lycée Test' },
          ],
          skills: ['TypeScript', 'PostgreSQL'],
          // 2016 (12 months) + Jan 2018–Feb 2020 (26) + Mar 2021–Jan 2026 (59) = 97 months.
          total_years_experience: 8.1,
        },
      ],
    });
    expect(addToProjectRequestSchema.safeParse(body).success).toBe(true);
  });

  it('falls back to the vanity as profile_id when the member id is unknown', () => {
    const body = buildAddToProject(sampleProfile({ memberId: null }), { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW });
    expect(body.profiles[0]?.profile_id).toBe('camille-durand-42');
  });

  it('percent-encodes a non-ASCII vanity so the URL stays a plain https URL', () => {
    const profile = sampleProfile({ publicIdentifier: 'josé-müller', profileUrl: 'https://www.linkedin.com/in/josé-müller/' });
    const body = buildAddToProject(profile, { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW });
    expect(body.profiles[0]?.linkedin_url).toBe('https://www.linkedin.com/in/jos%C3%A9-m%C3%BCller');
    expect(addToProjectRequestSchema.safeParse(body).success).toBe(true);
  });

  it('sends no name for "LinkedIn Member" and asks Leonar to resolve it with the account', () => {
    const profile = sampleProfile({ fullName: 'LinkedIn Member', firstName: '', lastName: '' });
    const body = buildAddToProject(profile, { projectId: PROJECT, resolveNames: true, accountId: ACCOUNT, now: NOW });
    expect(body.profiles[0]).not.toHaveProperty('first_name');
    expect(body.profiles[0]).not.toHaveProperty('last_name');
    expect(body.account_id).toBe(ACCOUNT);
    expect(body.resolve_names).toBe(true);
    expect(addToProjectRequestSchema.safeParse(body).success).toBe(true);
  });

  it('omits resolve_names without an account (Leonar requires account_id with it)', () => {
    const body = buildAddToProject(sampleProfile(), { projectId: PROJECT, resolveNames: true, accountId: null, now: NOW });
    expect(body).not.toHaveProperty('resolve_names');
    expect(addToProjectRequestSchema.safeParse({ ...body, resolve_names: true }).success).toBe(false);
  });

  it('leaves out total_years_experience when no role has a date', () => {
    const profile = sampleProfile({ experiences: [] });
    expect(mapProfile(profile, NOW)).not.toHaveProperty('total_years_experience');
  });

  it('rejects what Leonar documents as invalid', () => {
    const good = buildAddToProject(sampleProfile(), { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW });
    expect(addToProjectRequestSchema.safeParse({ ...good, profiles: [] }).success).toBe(false);
    expect(addToProjectRequestSchema.safeParse({ ...good, project_id: 'backend' }).success).toBe(false);
    expect(addToProjectRequestSchema.safeParse({ profiles: good.profiles }).success).toBe(false);
    const tooMany = Array.from({ length: 101 }, () => good.profiles[0]);
    expect(addToProjectRequestSchema.safeParse({ ...good, profiles: tooMany }).success).toBe(false);
  });

  // Every anonymised fixture Profile (made by scripts/make-fixtures.ts) must give a documented body.
  const fixtureDir = join(process.cwd(), 'tests/fixtures');
  const index = existsSync(join(fixtureDir, 'index.json'))
    ? (JSON.parse(readFileSync(join(fixtureDir, 'index.json'), 'utf8')) as { expected?: string }[])
    : [];
  const expectedFiles = index.map((e) => e.expected).filter((f): f is string => !!f && existsSync(join(fixtureDir, f)));
  it.each(['(sample)', ...expectedFiles])('gives a documented body for %s', (file) => {
    const profile = file === '(sample)' ? sampleProfile() : profileSchema.parse(JSON.parse(readFileSync(join(fixtureDir, file), 'utf8')));
    const body = buildAddToProject(profile, { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW });
    const parsed = addToProjectRequestSchema.safeParse(body);
    expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
    expect(body.profiles[0]?.linkedin_url?.toLowerCase()).toContain(encodeURIComponent(profile.publicIdentifier).toLowerCase());
  });
});

describe('Leonar add-to-project body for a list save', () => {
  const LEAD = 'ACwAABrjaVMBOLcCrV5aEw1zCAjE_zec6PbnU1A';
  const lead = { ...sampleProfile(), profileUrl: salesLeadUrl(LEAD), publicIdentifier: LEAD, memberId: null };

  it('names a person known only from Sales Navigator by their ACwAA lead id, with no linkedin_url (never the lead URL)', () => {
    const body = buildAddToProject(lead, { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW });
    expect(addToProjectRequestSchema.safeParse(body).success).toBe(true);
    expect(body.profiles[0]?.profile_id).toBe(LEAD);
    expect(body.profiles[0]).not.toHaveProperty('linkedin_url');
    expect(JSON.stringify(body)).not.toContain('/sales/lead/');
  });

  it('puts every person in one body, each mapped as on their own', () => {
    const one = sampleProfile();
    const choices = { projectId: PROJECT, resolveNames: false, accountId: null, now: NOW };
    const body = buildAddManyToProject([one, lead], choices);
    expect(addToProjectRequestSchema.safeParse(body).success).toBe(true);
    expect(body.profiles).toEqual([mapProfile(one, NOW), mapProfile(lead, NOW)]);
    expect(body.profiles[0]?.linkedin_url).toBe(buildAddToProject(one, choices).profiles[0]?.linkedin_url);
  });
});

describe('Leonar result matching', () => {
  const me = sampleProfile();
  it('is certain on the LinkedIn URL whatever its form', () => {
    expect(isSamePerson({ linkedin_url: 'https://fr.linkedin.com/in/Camille-Durand-42/?trk=x', profile_id: null }, me)).toBe(true);
    expect(isSamePerson({ linkedin_url: 'linkedin.com/in/camille-durand-42', profile_id: null }, me)).toBe(true);
  });

  it('is certain on the member id, the numeric URN or the slug id', () => {
    expect(isSamePerson({ linkedin_url: null, profile_id: SAMPLE_MEMBER_ID }, me)).toBe(true);
    expect(isSamePerson({ linkedin_url: null, profile_id: 'urn:li:member:123456789' }, me)).toBe(true);
    expect(isSamePerson({ linkedin_url: null, profile_id: 'camille-durand-42' }, me)).toBe(true);
  });

  it('never takes another URL or a name for the same person', () => {
    expect(isSamePerson({ linkedin_url: 'https://www.linkedin.com/in/camille-durand-43', profile_id: 'x' }, me)).toBe(false);
    expect(isSameName({ first_name: 'camille', last_name: 'DURAND' }, me)).toBe(true);
    expect(isSameName({ first_name: 'Camille', last_name: 'Durant' }, me)).toBe(false);
  });
});
