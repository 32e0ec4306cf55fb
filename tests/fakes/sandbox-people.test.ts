// The sandbox people must be what the specs say they are: valid ids, every section MAYA is meant to exercise, and
// the shapes that make two details pages (THEO's 14 single-role employers) or none (THEO's certifications).
import { describe, expect, it } from 'vitest';
import { MEMBER_ID_PATTERN } from '@/lib/profile/profile';
import { JONAH, MAYA, SANDBOX_PEOPLE, THEO } from './sandbox-people';
import { positionGroups } from './voyager-data';

describe('sandbox people', () => {
  it('have 39-character ACoAA member ids, lowercase hyphenated vanities, and nothing shared', () => {
    for (const person of SANDBOX_PEOPLE) {
      expect(person.memberId, person.vanity).toMatch(MEMBER_ID_PATTERN);
      expect(person.memberId.startsWith('ACoAA')).toBe(true);
      expect(person.vanity).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(person.numericMemberId).toMatch(/^\d{6,12}$/);
    }
    expect(new Set(SANDBOX_PEOPLE.map((p) => p.memberId)).size).toBe(SANDBOX_PEOPLE.length);
    expect(new Set(SANDBOX_PEOPLE.map((p) => p.numericMemberId)).size).toBe(SANDBOX_PEOPLE.length);
  });

  it('MAYA fills every section: 14 roles at 9 employers (one with 3 grouped roles), a current role, 3/25/4/3', () => {
    const groups = positionGroups(MAYA.positions);
    expect(MAYA.positions).toHaveLength(14);
    expect(groups).toHaveLength(9);
    expect(new Set(MAYA.positions.map((p) => p.company)).size).toBe(9);
    expect(groups.filter((g) => g.positions.length === 3).map((g) => g.company)).toEqual(['Harbor Analytics']);
    expect(MAYA.positions.filter((p) => !p.end)).toHaveLength(1);
    expect(MAYA.educations).toHaveLength(3);
    expect(MAYA.skills).toHaveLength(25);
    expect(new Set(MAYA.skills).size).toBe(25);
    expect(MAYA.certifications).toHaveLength(4);
    expect(MAYA.languages).toHaveLength(3);
    expect(Object.keys(MAYA.languageProficiencies ?? {})).toEqual(MAYA.languages);
    expect(MAYA.photoRoot).toMatch(/^https:\/\/media\.licdn\.com\/dms\/image\/v2\/[^/]+\/profile-displayphoto-shrink_$/);
    expect(MAYA.pronouns).toBe('She/Her');
    expect(MAYA.summary).toBeTruthy();
    expect(MAYA.topSkills?.every((s) => MAYA.skills?.some((k) => k.includes(s)))).toBe(true);
  });

  it('roles are listed newest first and never end before they start', () => {
    for (const person of SANDBOX_PEOPLE) {
      const starts = person.positions.map((p) => p.start.year * 12 + (p.start.month ?? 1));
      expect([...starts].sort((a, b) => b - a), person.vanity).toEqual(starts);
      for (const p of person.positions) {
        if (p.end) expect(p.end.year * 12 + (p.end.month ?? 12)).toBeGreaterThanOrEqual(p.start.year * 12 + (p.start.month ?? 1));
      }
    }
  });

  it('THEO has 14 single-role employers and neither certifications nor languages; JONAH has short sections', () => {
    expect(positionGroups(THEO.positions)).toHaveLength(14);
    expect(THEO.certifications ?? []).toHaveLength(0);
    expect(THEO.languages ?? []).toHaveLength(0);
    expect(JONAH.summary).toBeUndefined();
    expect(JONAH.photoRoot).toBeUndefined();
    expect(positionGroups(JONAH.positions).map((g) => g.positions.length)).toEqual([2, 1, 1]);
  });
});
