import { describe, expect, it } from 'vitest';
import {
  ADA,
  VIEWER,
  buildDashProfileResponse,
  buildPositionsResponse,
  buildSkillsResponse,
  manyRolesPerson,
} from '@/tests/fakes/voyager-data';
import { parseDashProfile, parsePositionsCompletion, parseSkillsCompletion } from './parse-profile';

function parsedOk(body: unknown, vanity: string) {
  const parsed = parseDashProfile(body, vanity);
  if (!parsed.ok) throw new Error(parsed.message);
  const fragment = parsed.result.fragment;
  if (!fragment) throw new Error('no fragment');
  return { parsed, fragment };
}

describe('parseDashProfile', () => {
  it('reads every field of the person from the normalized response', () => {
    const { parsed, fragment } = parsedOk(buildDashProfileResponse(ADA), 'ada-quill');
    expect(parsed.result.source).toBe('voyager');
    expect(parsed.profileUrn).toBe(`urn:li:fsd_profile:${ADA.memberId}`);
    expect(fragment).toMatchObject({
      publicIdentifier: 'ada-quill',
      memberId: ADA.memberId,
      numericMemberId: '48151623',
      firstName: 'Ada',
      lastName: 'Quill',
      fullName: 'Ada Quill',
      headline: 'Staff Engineer at Northwind',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      about: 'Builds data pipelines.\nLikes bikes.',
      skills: ['TypeScript', 'PostgreSQL', 'Kafka'],
      languages: ['French', 'English'],
      certifications: [{ name: 'Cloud Architect', authority: 'Skyward' }],
      totals: { experiences: 4, educations: 2, skills: 3 },
    });
    // The largest artifact (800) even though LinkedIn lists it last but not in order.
    expect(fragment.photoUrl).toMatch(/^https:\/\/media\.example\.test\/dms\/image\/v2\/FAKEPHOTO\/profile-displayphoto-shrink_800_800\//);
  });

  it('flattens position groups into roles, trims company names and marks open roles current', () => {
    const { fragment } = parsedOk(buildDashProfileResponse(ADA), 'ada-quill');
    expect(fragment.experiences).toEqual([
      {
        title: 'Staff Engineer',
        company: 'Northwind',
        location: 'Lyon, France',
        startDate: { year: 2022, month: 3 },
        endDate: null,
        isCurrent: true,
        description: null,
        employmentType: 'Full-time',
      },
      {
        title: 'Senior Engineer',
        company: 'Contoso',
        location: null,
        startDate: { year: 2019, month: 6 },
        endDate: { year: 2022, month: 2 },
        isCurrent: false,
        description: 'Led the ingestion team.',
        employmentType: null,
      },
      expect.objectContaining({ title: 'Engineer', company: 'Contoso' }),
      expect.objectContaining({ title: 'Intern', company: 'Fabrikam', startDate: { year: 2016 }, endDate: { year: 2016 } }),
    ]);
    expect(fragment.educations).toEqual([
      { school: 'Université Lumière', degree: 'Master', field: 'Computer Science', startDate: { year: 2014 }, endDate: { year: 2016 } },
      { school: 'Lycée du Parc', degree: null, field: null, startDate: null, endDate: null },
    ]);
  });

  it('picks the person the URL names even when the viewer’s Profile comes first in included[]', () => {
    const body = buildDashProfileResponse(ADA, { alsoIncluded: [VIEWER] });
    const { fragment } = parsedOk(body, 'ada-quill');
    expect(fragment.fullName).toBe('Ada Quill');
    expect(fragment.memberId).toBe(ADA.memberId);
    expect(fragment.skills).not.toContain('Sourcing');
  });

  it('matches the vanity case-insensitively and %-decoded', () => {
    expect(parseDashProfile(buildDashProfileResponse(ADA), 'Ada-Quill').ok).toBe(true);
    expect(parseDashProfile(buildDashProfileResponse(ADA), 'ada%2Dquill').ok).toBe(true);
  });

  it('refuses a response about someone else instead of returning the first Profile', () => {
    const parsed = parseDashProfile(buildDashProfileResponse(VIEWER), 'ada-quill');
    expect(parsed).toMatchObject({ ok: false, problem: 'no-matching-profile' });
  });

  it('reports unknown shapes as errors, never throws', () => {
    for (const body of [null, [], 'html', { data: 'x' }, { foo: 1 }, { data: {}, included: 'nope' }]) {
      expect(parseDashProfile(body, 'ada-quill')).toMatchObject({ ok: false, problem: 'bad-shape' });
    }
    expect(parseDashProfile({ data: { '*elements': [] }, included: [] }, 'ada-quill')).toMatchObject({ ok: false, problem: 'bad-shape' });
  });

  it('reads LinkedIn’s caps: 10 employers and 20 skills, with totals from paging', () => {
    const person = manyRolesPerson(14, 45);
    const { parsed, fragment } = parsedOk(buildDashProfileResponse(person), 'max-many');
    // 10 groups shown, the second holding 2 roles → 11 roles read; 4 groups missing → at least 15 roles exist.
    expect(fragment.experiences).toHaveLength(11);
    expect(fragment.totals?.experiences).toBe(15);
    expect(fragment.skills).toHaveLength(20);
    expect(fragment.totals?.skills).toBe(45);
    expect(parsed.read).toEqual({ experiences: 11, skills: 20 });
  });
});

describe('completion parsers', () => {
  it('reads every role of profilePositions in order with the total', () => {
    const person = manyRolesPerson(14, 0);
    const page = parsePositionsCompletion(buildPositionsResponse(person, 0, 100));
    expect(page).toMatchObject({ ok: true, total: 15, count: 15 });
    if (!page.ok) return;
    expect(page.items.map((e) => e.title).slice(0, 3)).toEqual(['Role 1', 'Role 2', 'Earlier role at Company 2']);
  });

  it('reads a page of profileSkills', () => {
    const person = manyRolesPerson(1, 130);
    const page = parseSkillsCompletion(buildSkillsResponse(person, 100, 100));
    expect(page).toMatchObject({ ok: true, total: 130, count: 30 });
    if (page.ok) expect(page.items[0]).toBe('Skill 101');
  });

  it('rejects bodies without an elements list', () => {
    expect(parseSkillsCompletion({ data: {}, included: [] })).toMatchObject({ ok: false });
    expect(parsePositionsCompletion('<html>')).toMatchObject({ ok: false });
  });
});
