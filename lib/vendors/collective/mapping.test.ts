import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import type { SaveRequest } from '@/lib/vendors/vendor';
import { assertPayloadFits, buildImportBody, linksOf } from './mapping';
import { base64Length, EMPTY_OPTIONS, type CollectiveOptions } from './options';
import { importRequestSchema, MAX_PAYLOAD_BYTES, payloadBytes } from './schema';
import { talentIdFor } from './talent-id';
import { testProfile } from './test-profile';

const AT = new Date('2025-05-06T07:08:09.000Z');
const SETTINGS = { environment: 'sandbox', email: 'recruiter@agency.example' };

function request(patch: Partial<SaveRequest> = {}): SaveRequest {
  return {
    vendor: 'collective',
    targetId: null,
    stageId: null,
    note: null,
    contacts: { emails: [], phones: [] },
    atsUrls: [],
    options: {},
    ...patch,
  };
}

function options(patch: Partial<CollectiveOptions> = {}): CollectiveOptions {
  return { ...EMPTY_OPTIONS, ...patch };
}

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a refusal');
}

/** A tiny valid PDF header, base64-encoded, of the given size. */
function pdf(bytes: number): CollectiveOptions['resume'] {
  const content = Buffer.alloc(bytes, 0x20);
  content.write('%PDF-1.4\n');
  return { base64: content.toString('base64'), filename: 'cv.pdf', bytes };
}

describe('buildImportBody, field by field (hand-written expectations)', () => {
  it('maps the person, the note, the contacts, the ATS link and every popup field', () => {
    const body = buildImportBody(
      testProfile(),
      request({
        note: '  Met at a meetup; open to offers.  ',
        contacts: { emails: ['ada@mail.example', 'ada@mail.example'], phones: ['+33 6 00 00 00 00'] },
        atsUrls: [
          { vendor: 'leonar', url: 'https://app.leonar.app/contacts/c_1' },
          { vendor: 'stardex', url: 'https://app.stardex.ai/persons/p_1' },
        ],
      }),
      options({
        workPreference: 'REMOTE',
        desiredContractType: ['FREELANCER', 'PERMANENT_CONTRACT'],
        dailyRate: '65050',
        yearlySalaryMin: '6500000',
        yearlySalaryMax: '8000000',
        resume: pdf(30),
      }),
      SETTINGS,
      AT,
    );
    expect(body).toEqual({
      internalUserId: 'li:ada-testperson',
      linkedInUrl: 'https://www.linkedin.com/in/ada-testperson/',
      resume: pdf(30)!.base64,
      firstname: 'Ada',
      lastname: 'Testperson',
      pictureUrl: 'https://media.licdn.com/dms/image/v2/fake/profile-displayphoto-shrink_400_400/0?e=1&v=beta&t=x',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      atsUrl: 'https://app.leonar.app/contacts/c_1',
      emails: ['ada@mail.example'],
      phones: ['+33 6 00 00 00 00'],
      notes: [{ content: 'Met at a meetup; open to offers.', timestamp: '2025-05-06T07:08:09.000Z', email: 'recruiter@agency.example' }],
      links: [
        { name: 'LinkedIn', url: 'https://www.linkedin.com/in/ada-testperson/' },
        { name: 'Blog', url: 'https://ada.example.org/' },
        { name: 'github.com', url: 'https://github.com/ada-example' },
      ],
      dailyRate: '65050',
      yearlySalaryMin: '6500000',
      yearlySalaryMax: '8000000',
      workPreference: 'REMOTE',
      desiredContractType: ['FREELANCER', 'PERMANENT_CONTRACT'],
    });
    expect(importRequestSchema.safeParse(body).success).toBe(true);
  });

  it('sends only what is known: no note, contacts, rates, CV or ATS link when none was given', () => {
    const body = buildImportBody(testProfile({ photoUrl: null, location: null, websites: [] }), request(), options(), {}, AT);
    expect(body).toEqual({
      internalUserId: 'li:ada-testperson',
      linkedInUrl: 'https://www.linkedin.com/in/ada-testperson/',
      firstname: 'Ada',
      lastname: 'Testperson',
      links: [{ name: 'LinkedIn', url: 'https://www.linkedin.com/in/ada-testperson/' }],
    });
  });

  it('refuses a note without an author email instead of dropping it', () => {
    expect(() => buildImportBody(testProfile(), request({ note: 'hello' }), options(), { environment: 'sandbox' }, AT)).toThrow(
      expect.objectContaining({ code: 'invalid-settings', message: expect.stringContaining('email') }),
    );
    expect(describeError(thrown(() => buildImportBody(testProfile(), request({ note: 'hello' }), options(), {}, AT))).title).toBe(
      'Your email is missing in the Collective options.',
    );
  });

  it('refuses a salary minimum without a maximum, and a minimum above the maximum', () => {
    expect(() => buildImportBody(testProfile(), request(), options({ yearlySalaryMin: '100' }), SETTINGS, AT)).toThrow(
      expect.objectContaining({ code: 'invalid-settings', message: expect.stringContaining('both') }),
    );
    expect(describeError(thrown(() => buildImportBody(testProfile(), request(), options({ yearlySalaryMax: '100' }), SETTINGS, AT)))).toEqual({
      title: 'Collective cannot take these values: Yearly salary: give both the minimum and the maximum (Collective needs them together).',
      action: 'Correct them in the Collective fields and save again; nothing was sent.',
    });
    expect(() =>
      buildImportBody(testProfile(), request(), options({ yearlySalaryMin: '900', yearlySalaryMax: '1000' }), SETTINGS, AT),
    ).not.toThrow();
    expect(() =>
      buildImportBody(testProfile(), request(), options({ yearlySalaryMin: '10000', yearlySalaryMax: '9999' }), SETTINGS, AT),
    ).toThrow(expect.objectContaining({ message: expect.stringContaining('above') }));
  });

  it('puts the whole name in firstname when LinkedIn gave no split', () => {
    const body = buildImportBody(testProfile({ firstName: '', lastName: '', fullName: 'Prince' }), request(), options(), SETTINGS, AT);
    expect(body.firstname).toBe('Prince');
    expect(body.lastname).toBeUndefined();
  });
});

describe('internalUserId', () => {
  it('is the same for the same person saved from a signed-in page (member id) and a public page (none)', () => {
    const signedIn = buildImportBody(testProfile(), request(), options(), SETTINGS, AT);
    const publicPage = buildImportBody(
      testProfile({ memberId: null, numericMemberId: null, publicIdentifier: 'Ada-TestPerson', profileUrl: 'https://www.linkedin.com/in/Ada-TestPerson/' }),
      request(),
      options(),
      SETTINGS,
      AT,
    );
    expect(publicPage.internalUserId).toBe(signedIn.internalUserId);
  });

  it('differs between two people', () => {
    expect(talentIdFor({ publicIdentifier: 'ada-testperson' })).not.toBe(talentIdFor({ publicIdentifier: 'ada-testperson-2' }));
  });
});

describe('links', () => {
  it('does not repeat the LinkedIn profile when it is also listed as a website', () => {
    const links = linksOf({
      profileUrl: 'https://www.linkedin.com/in/ada-testperson/',
      websites: [{ label: 'Me', url: 'http://linkedin.com/in/ada-testperson' }],
    });
    expect(links).toEqual([{ name: 'LinkedIn', url: 'https://www.linkedin.com/in/ada-testperson/' }]);
  });
});

describe('payload size', () => {
  it('lets the largest CV that fits through and refuses the next size up, saying how big the import is', () => {
    const base = buildImportBody(testProfile(), request(), options(), SETTINGS, AT);
    const room = MAX_PAYLOAD_BYTES - payloadBytes({ ...base, resume: '' });
    // The largest PDF whose base64 fits exactly: base64 grows in steps of 4 characters per 3 bytes.
    const fits = Math.floor(room / 4) * 3;
    const atLimit = buildImportBody(testProfile(), request(), options({ resume: pdf(fits) }), SETTINGS, AT);
    expect(payloadBytes(atLimit)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(() => assertPayloadFits(atLimit)).not.toThrow();

    const over = buildImportBody(testProfile(), request(), options({ resume: pdf(fits + 3) }), SETTINGS, AT);
    expect(payloadBytes(over)).toBe(payloadBytes(atLimit) + 4);
    expect(payloadBytes(over)).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    expect(() => assertPayloadFits(over)).toThrow(
      expect.objectContaining({ code: 'payload-too-large', message: expect.stringMatching(/would be 10\.00 MB; .* at most 10\.00 MB/) }),
    );
    expect(base64Length(fits + 3)).toBe(atLimit.resume!.length + 4);
  });
});

describe('every anonymised fixture profile', () => {
  const fixtures = resolve(import.meta.dirname, '../../../tests/fixtures');
  const index = JSON.parse(readFileSync(resolve(fixtures, 'index.json'), 'utf8')) as { expected?: string | false }[];
  const profiles: [string, Profile][] = [['invented test profile', testProfile()]];
  for (const entry of index) {
    if (typeof entry.expected !== 'string' || !existsSync(resolve(fixtures, entry.expected))) continue;
    profiles.push([entry.expected, profileSchema.parse(JSON.parse(readFileSync(resolve(fixtures, entry.expected), 'utf8')))]);
  }

  it.each(profiles)('%s gives a body Collective’s documented schema accepts', (_name, profile) => {
    const full = buildImportBody(
      profile,
      request({ note: 'A note', contacts: { emails: ['x@y.example'], phones: ['+1 555 0100'] } }),
      options({ workPreference: 'FLEXIBLE', desiredContractType: ['FREELANCER'], dailyRate: '50000', yearlySalaryMin: '1', yearlySalaryMax: '2' }),
      SETTINGS,
      AT,
    );
    const parsed = importRequestSchema.safeParse(full);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(full.internalUserId).toBe(`li:${profile.publicIdentifier.toLowerCase()}`);
    expect(full.linkedInUrl).toBe(profile.profileUrl);
  });
});
