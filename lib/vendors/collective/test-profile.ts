// An invented person (no real page behind it) for the Collective tests.
import type { Profile } from '@/lib/profile/profile';

export function testProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    profileUrl: 'https://www.linkedin.com/in/ada-testperson/',
    publicIdentifier: 'ada-testperson',
    memberId: 'ACoAAAbCdEfGhIjKlMnOpQrStUvWxYz0123456X',
    numericMemberId: '123456789',
    fullName: 'Ada Testperson',
    firstName: 'Ada',
    lastName: 'Testperson',
    headline: 'Staff engineer',
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    photoUrl: 'https://media.licdn.com/dms/image/v2/fake/profile-displayphoto-shrink_400_400/0?e=1&v=beta&t=x',
    about: null,
    currentJob: { title: 'Staff engineer', company: 'Example Corp' },
    experiences: [],
    educations: [],
    skills: ['TypeScript'],
    languages: [],
    certifications: [],
    websites: [
      { label: 'Blog', url: 'https://ada.example.org/' },
      { label: null, url: 'github.com/ada-example' },
      { label: 'Old', url: 'javascript:alert(1)' },
    ],
    completeness: {
      experiences: { read: 0, total: null, loaded: true },
      educations: { read: 0, total: null, loaded: true },
      skills: { read: 1, total: 1, loaded: true },
    certifications: { read: 0, total: 0, loaded: true },
    languages: { read: 0, total: 0, loaded: true },
    },
    warnings: [],
    sources: ['voyager'],
    ...overrides,
  };
}
