import { describe, expect, it } from 'vitest';
import { SECTIONS } from '@/lib/profile/profile';
import { isPublicProfileUrl } from '@/lib/profile/url';
import { listPersonToProfile } from './to-profile';
import type { ListPerson } from './types';

const LEAD_ID = 'ACwAA' + 'Bq7Lr2bXcV9yTe4KpZs1oNf8uHgJ0dEkXy'; // 39 characters, invented
const MEMBER_ID = 'ACoAA' + 'Dm7Lr2bXcV9yTe4KpZs1oNf8uHgJ0dEkQw';

describe('listPersonToProfile', () => {
  it('keeps an emoji vanity decoded, splits the name, and marks every section not visited', () => {
    const person: ListPerson = {
      fullName: 'Mira Okonkwo-Hale 🦊',
      headline: 'Platform Engineer',
      location: 'Lagos, Nigeria',
      profileUrl: 'https://www.linkedin.com/in/🦊-mira-okonkwo/',
      memberId: MEMBER_ID,
      currentTitle: 'Platform Engineer',
    };
    const profile = listPersonToProfile(person, 'list');
    expect(profile).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/🦊-mira-okonkwo/',
      publicIdentifier: '🦊-mira-okonkwo',
      memberId: MEMBER_ID,
      numericMemberId: null,
      fullName: 'Mira Okonkwo-Hale',
      firstName: 'Mira',
      lastName: 'Okonkwo-Hale',
      headline: 'Platform Engineer',
      location: 'Lagos, Nigeria',
      currentJob: { title: 'Platform Engineer', company: null },
      photoUrl: null,
      about: null,
      experiences: [],
      warnings: [],
      sources: ['list'],
    });
    for (const s of SECTIONS) expect(profile?.completeness[s]).toEqual({ read: 0, total: null, loaded: false, gap: { reason: 'not-visited' } });
  });

  it('decodes a %-encoded vanity (a list gives it decoded; a raw link still ends the same)', () => {
    const profile = listPersonToProfile({ fullName: 'Jonas Åberg', profileUrl: 'https://www.linkedin.com/in/jonas-%C3%A5berg-4821/' }, 'list');
    expect(profile?.profileUrl).toBe('https://www.linkedin.com/in/jonas-åberg-4821/');
    expect(profile?.publicIdentifier).toBe('jonas-åberg-4821');
    expect(profile?.currentJob).toBeNull();
    expect(profile?.headline).toBeNull();
  });

  it('a Sales Navigator person with only the ACwAA id: the lead address, the lead id as identifier, no member id', () => {
    const profile = listPersonToProfile(
      { fullName: 'Aroha Ngata', memberId: LEAD_ID, memberUrn: 'urn:li:member:130153492', currentTitle: 'VP Engineering', currentCompany: 'Tailspin Toys', publicUrlMissing: true },
      'salesnav-lead',
    );
    expect(profile).toMatchObject({
      profileUrl: `https://www.linkedin.com/sales/lead/${LEAD_ID}/`,
      publicIdentifier: LEAD_ID,
      memberId: null,
      numericMemberId: '130153492',
      currentJob: { title: 'VP Engineering', company: 'Tailspin Toys' },
      sources: ['salesnav-lead'],
    });
    expect(isPublicProfileUrl(profile?.profileUrl ?? '')).toBe(false);
  });

  it('a Sales Navigator person whose public link is known: the public URL wins, the ACwAA id is not a member id', () => {
    const profile = listPersonToProfile({ fullName: 'Bastien Lefèvre', profileUrl: 'https://www.linkedin.com/in/bastien-lefevre/', memberId: LEAD_ID }, 'salesnav-lead');
    expect(profile).toMatchObject({ profileUrl: 'https://www.linkedin.com/in/bastien-lefevre/', publicIdentifier: 'bastien-lefevre', memberId: null });
  });

  it('an out-of-network person with only the ACoAA id: LinkedIn’s /in/<id>/ address, and the member id', () => {
    const profile = listPersonToProfile({ fullName: 'Kofi Mensah', memberId: MEMBER_ID, publicUrlMissing: true }, 'list');
    expect(profile).toMatchObject({ profileUrl: `https://www.linkedin.com/in/${MEMBER_ID}/`, publicIdentifier: MEMBER_ID, memberId: MEMBER_ID });
  });

  it('nobody without an address, and nobody called “LinkedIn Member”', () => {
    expect(listPersonToProfile({ fullName: 'Nobody Known', memberUrn: 'urn:li:member:1' }, 'list')).toBeNull();
    expect(listPersonToProfile({ fullName: 'LinkedIn Member', memberId: MEMBER_ID }, 'list')).toBeNull();
    expect(listPersonToProfile({ fullName: '🦊', profileUrl: 'https://www.linkedin.com/in/fox/' }, 'list')).toBeNull();
  });
});
