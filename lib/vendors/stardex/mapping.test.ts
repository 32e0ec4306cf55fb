import { describe, expect, it } from 'vitest';
import { buildCreatePerson, emailType, mergeContacts, stardexLinkedInUrl } from './mapping';
import { createPersonRequestSchema } from './schema';
import { fixtureProfiles, makeProfile, makeSparseProfile } from './test-profiles';

const noContacts = { emails: [], phones: [] };

describe('stardexLinkedInUrl', () => {
  it('gives one form for every variant of the same profile URL', () => {
    const variants = [
      'https://www.linkedin.com/in/Ada-Quillfeather-42/',
      'https://fr.linkedin.com/in/ada-quillfeather-42',
      'http://linkedin.com/in/ADA-QUILLFEATHER-42/details/experience/?trk=x#top',
      'www.linkedin.com/in/ada-quillfeather-42',
    ];
    for (const v of variants) expect(stardexLinkedInUrl(v)).toBe('https://www.linkedin.com/in/ada-quillfeather-42');
  });

  it('percent-encodes non-ASCII vanities so the value is a URI, whichever way LinkedIn wrote them', () => {
    expect(stardexLinkedInUrl('https://www.linkedin.com/in/zoé-brindille/')).toBe('https://www.linkedin.com/in/zo%C3%A9-brindille');
    expect(stardexLinkedInUrl('https://www.linkedin.com/in/zo%c3%a9-Brindille')).toBe('https://www.linkedin.com/in/zo%C3%A9-brindille');
  });

  it('refuses anything that is not a profile URL rather than sending a variant', () => {
    expect(() => stardexLinkedInUrl('https://www.linkedin.com/company/nimbus/')).toThrow();
  });
});

describe('buildCreatePerson', () => {
  it('maps a full profile field by field', () => {
    const body = buildCreatePerson(
      makeProfile(),
      { targetId: 'job-1', note: '  Met at the meetup  ', contacts: { emails: ['ada@nimbus.example', 'ADA@nimbus.example'], phones: ['+33 6 11 22 33 44'] } },
      { enrichRecord: false },
    );
    expect(body).toEqual({
      name: 'Ada Quillfeather',
      linkedin_url: 'https://www.linkedin.com/in/ada-quillfeather-42',
      first_name: 'Ada',
      last_name: 'Quillfeather',
      current_job_title: 'Staff Engineer',
      linkedin_location: 'Lyon, Auvergne-Rhône-Alpes, France',
      company_name: 'Nimbus Looms',
      emails: ['ada@nimbus.example'],
      phone_numbers: ['+33 6 11 22 33 44'],
      notes: 'Met at the meetup',
      job_id: 'job-1',
      external_source_id: 'ACoAAAbcdefghijklmnopqrstuvwxyz01234567',
      enrich_record: false,
    });
  });

  it('leaves out what is unknown instead of sending empty strings or nulls', () => {
    const body = buildCreatePerson(makeSparseProfile(), { targetId: null, note: '   ', contacts: noContacts }, { enrichRecord: true });
    expect(body).toEqual({
      name: 'Zoé Brindille',
      linkedin_url: 'https://www.linkedin.com/in/zo%C3%A9-brindille',
      first_name: 'Zoé',
      last_name: 'Brindille',
      enrich_record: true,
    });
  });

  it('gives a body the documented create schema accepts for every profile we have', () => {
    const profiles = [
      { name: 'invented full', profile: makeProfile() },
      { name: 'invented sparse', profile: makeSparseProfile() },
      ...fixtureProfiles(),
    ];
    for (const { name, profile } of profiles) {
      const body = buildCreatePerson(profile, { targetId: 'job-1', note: 'n', contacts: noContacts }, { enrichRecord: false });
      const parsed = createPersonRequestSchema.safeParse(body);
      expect(parsed.success, `${name}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(body.linkedin_url).toBe(stardexLinkedInUrl(profile.profileUrl));
    }
  });
});

describe('mergeContacts', () => {
  const existing = {
    emails: [{ contact_data_type: 'work', value: 'ada@nimbus.example' }],
    phones: [{ contact_data_type: 'mobile', value: '+33 6 11 22 33 44' }],
  };

  it('keeps every existing value and appends only the new ones (PATCH replaces the whole list)', () => {
    const merged = mergeContacts(existing, { emails: ['Ada@Nimbus.example', 'ada.q@gmail.com'], phones: ['+33611223344', '+1 555 0100'] });
    expect(merged.emails).toEqual([
      { contact_data_type: 'work', value: 'ada@nimbus.example' },
      { contact_data_type: 'personal', value: 'ada.q@gmail.com' },
    ]);
    expect(merged.phone_numbers).toEqual([
      { contact_data_type: 'mobile', value: '+33 6 11 22 33 44' },
      { contact_data_type: 'mobile', value: '+1 555 0100' },
    ]);
    expect(merged.added).toEqual({ emails: ['ada.q@gmail.com'], phones: ['+1 555 0100'] });
  });

  it('sends no list at all when nothing is new, so nothing can be replaced', () => {
    const merged = mergeContacts(existing, { emails: ['ADA@nimbus.example'], phones: [] });
    expect(merged).toEqual({ added: { emails: [], phones: [] } });
  });

  it('works when the person had no contact data', () => {
    const merged = mergeContacts({ emails: null, phones: undefined }, { emails: ['z@corp.example'], phones: [] });
    expect(merged.emails).toEqual([{ contact_data_type: 'work', value: 'z@corp.example' }]);
    expect(merged.phone_numbers).toBeUndefined();
  });
});

describe('emailType', () => {
  it('calls free-mail addresses personal and the rest work', () => {
    expect(emailType('a@gmail.com')).toBe('personal');
    expect(emailType('a@nimbus.example')).toBe('work');
  });
});
