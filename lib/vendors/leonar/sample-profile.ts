// An invented person for the Leonar tests (no real data): every field filled, dates of each precision.
import type { Profile } from '@/lib/profile/profile';

export const SAMPLE_MEMBER_ID = 'ACoAAB1234567890abcdefghijklmnopqrstuvw';

export function sampleProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    profileUrl: 'https://www.linkedin.com/in/camille-durand-42/',
    publicIdentifier: 'camille-durand-42',
    memberId: SAMPLE_MEMBER_ID,
    numericMemberId: '123456789',
    fullName: 'Camille Durand',
    firstName: 'Camille',
    lastName: 'Durand',
    headline: 'Staff Engineer at Examplia',
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    photoUrl: 'https://media.licdn.com/dms/image/v2/invented/profile-displayphoto.jpg',
    about: 'Builds payment systems.',
    currentJob: { title: 'Staff Engineer', company: 'Examplia' },
    experiences: [
      {
        title: 'Staff Engineer',
        company: 'Examplia',
        location: 'Lyon',
        startDate: { year: 2021, month: 3 },
        endDate: null,
        isCurrent: true,
        description: 'Leads the ledger team.',
        employmentType: 'Full-time',
      },
      {
        title: 'Software Engineer',
        company: 'Samplecorp',
        location: null,
        startDate: { year: 2018, month: 1 },
        endDate: { year: 2020, month: 2 },
        isCurrent: false,
        description: null,
        employmentType: null,
      },
      {
        title: 'Intern',
        company: null,
        location: null,
        startDate: { year: 2016 },
        endDate: { year: 2016 },
        isCurrent: false,
        description: null,
        employmentType: null,
      },
    ],
    educations: [
      {
        school: 'Université Exemple',
        degree: 'Master',
        field: 'Computer Science',
        startDate: { year: 2013 },
        endDate: { year: 2017, month: 6 },
      },
      { school: 'Lycée Test', degree: null, field: null, startDate: null, endDate: null },
    ],
    skills: ['TypeScript', 'PostgreSQL', ' '],
    languages: ['French'],
    certifications: [],
    websites: [],
    completeness: {
      experiences: { read: 3, total: 3, loaded: true },
      educations: { read: 2, total: 2, loaded: true },
      skills: { read: 2, total: 2, loaded: true },
    certifications: { read: 0, total: 0, loaded: true },
    languages: { read: 1, total: 1, loaded: true },
    },
    warnings: [],
    sources: ['voyager'],
    ...overrides,
  };
}
