import { describe, expect, it } from 'vitest';
import type { DomReader } from '@/lib/linkedin/dom';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { authwallPage } from '@/tests/fakes/linkedin-pages';
import { ADA, VIEWER, answerVoyager, manyRolesPerson, type FakePerson, type VoyagerFaults } from '@/tests/fakes/voyager-data';
import { readProfile } from './read-profile';

const URL_ADA = 'https://www.linkedin.com/in/ada-quill/';

function emptyDoc(html = '<title>Ada Quill | LinkedIn</title><main></main>'): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function reader(id: DomReader['id'], fragment: ProfileFragment | null, warnings: ReaderResult['warnings'] = []): DomReader {
  return { id, read: () => ({ source: id, fragment, warnings }) };
}

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

/** What the 2026 page shows of Ada before the lazy sections load. */
const ADA_TOP_CARD: ProfileFragment = {
  fullName: 'Ada Quill',
  headline: 'Staff Engineer at Northwind',
  location: 'Lyon, Auvergne-Rhône-Alpes, France',
  currentJob: { title: null, company: 'Northwind' },
  notLoaded: ['experiences', 'educations'],
};

async function read(input: Partial<Parameters<typeof readProfile>[0]>) {
  return readProfile({ url: URL_ADA, document: emptyDoc(), readers: [], ...input });
}

async function profileOf(input: Partial<Parameters<typeof readProfile>[0]>) {
  const outcome = await read(input);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.profile;
}

describe('readProfile with LinkedIn’s JSON', () => {
  it('reads the whole person from the JSON and lets the page fill nothing it already has', async () => {
    const p = await profileOf({ voyager: client([ADA]), readers: [reader('sdui-2026', ADA_TOP_CARD)] });
    expect(p).toMatchObject({
      profileUrl: URL_ADA,
      publicIdentifier: 'ada-quill',
      memberId: ADA.memberId,
      numericMemberId: '48151623',
      fullName: 'Ada Quill',
      firstName: 'Ada',
      lastName: 'Quill',
      headline: 'Staff Engineer at Northwind',
      currentJob: { title: 'Staff Engineer', company: 'Northwind' },
      skills: ['TypeScript', 'PostgreSQL', 'Kafka'],
      completeness: {
        experiences: { read: 4, total: 4, loaded: true, from: 'voyager' },
        educations: { read: 2, total: 2, loaded: true, from: 'voyager' },
        skills: { read: 3, total: 3, loaded: true, from: 'voyager' },
        certifications: { read: 1, total: 1, loaded: true, from: 'voyager' },
        languages: { read: 2, total: 2, loaded: true, from: 'voyager' },
      },
      warnings: [],
    });
    expect(p.experiences).toHaveLength(4);
    // The page's fragment brought nothing the JSON lacked: only the JSON is credited.
    expect(p.sources).toEqual(['voyager']);
  });

  it('takes the person of the URL when the viewer is in included[] too', async () => {
    const p = await profileOf({ voyager: client([ADA], { alsoIncluded: [VIEWER] }) });
    expect(p.fullName).toBe('Ada Quill');
    expect(p.skills).not.toContain('Sourcing');
  });

  it('drops a stale embedded profile of someone else and says so', async () => {
    const stale = reader('ember-2022', { publicIdentifier: 'viewer-vic', fullName: 'Vic Viewer', headline: 'Recruiter', experiences: [] });
    const p = await profileOf({ voyager: client([ADA]), readers: [stale] });
    expect(p.fullName).toBe('Ada Quill');
    expect(p.headline).toBe('Staff Engineer at Northwind');
    expect(p.warnings.map((w) => w.code)).toEqual(['identity-mismatch']);
  });

  it('never mixes two people: without the JSON, a stale fragment alone gives no profile', async () => {
    const stale = reader('ember-2022', { publicIdentifier: 'viewer-vic', fullName: 'Vic Viewer' });
    const outcome = await read({ readers: [stale] });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'empty-profile' } });
  });

  it('falls back along the decoration chain (400, 500) without a warning', async () => {
    const voyager = client([ADA], { decorationStatus: { '-101': 400, '-109': 500 } });
    const p = await profileOf({ voyager });
    expect(p.sources).toEqual(['voyager']);
    expect(p.warnings).toEqual([]);
    expect(voyager.calls).toHaveLength(3);
  });

  it('asks LinkedIn’s JSON before reading the page, so the round trip and the page’s read overlap', async () => {
    const order: string[] = [];
    const voyager: VoyagerClient = {
      async get(path) {
        order.push('json');
        return answerVoyager(path, [ADA]);
      },
    };
    const page: DomReader = { id: 'sdui-2026', read: () => (order.push('page'), { source: 'sdui-2026', fragment: ADA_TOP_CARD, warnings: [] }) };
    const p = await profileOf({ voyager, readers: [page] });
    expect(order).toEqual(['json', 'page']);
    expect(p.sources).toEqual(['voyager']);
    // A page-only read asks LinkedIn nothing.
    order.length = 0;
    await profileOf({ voyager, readers: [page], depth: 'page' });
    expect(order).toEqual(['page']);
  });

  it('reads the page and says why when every decoration fails', async () => {
    const voyager = client([ADA], { decorationStatus: { '-101': 500, '-109': 400, '-93': 500, '-102': 500, '-100': 400, '-99': 404 } });
    const p = await profileOf({ voyager, readers: [reader('sdui-2026', ADA_TOP_CARD)] });
    expect(p.sources).toEqual(['sdui-2026']);
    expect(p.warnings[0]).toMatchObject({ code: 'json-unavailable', message: expect.stringContaining('500') });
  });

  it('reads the page when the csrf token is refused (403), after one request only', async () => {
    const voyager = client([ADA], { decorationStatus: { '-101': 403 } });
    const p = await profileOf({ voyager, readers: [reader('sdui-2026', ADA_TOP_CARD)] });
    expect(voyager.calls).toHaveLength(1);
    expect(p.warnings.find((w) => w.code === 'json-unavailable')?.message).toMatch(/403/);
  });

  it('reads the page when the JSON times out', async () => {
    const timeout: VoyagerClient = {
      get: async () => {
        const err = new Error('no answer within 6000 ms');
        err.name = 'TimeoutError';
        throw err;
      },
    };
    const p = await profileOf({ voyager: timeout, readers: [reader('sdui-2026', ADA_TOP_CARD)] });
    expect(p.warnings.find((w) => w.code === 'json-unavailable')?.message).toMatch(/timeout/);
  });

  it('completes roles and skills beyond LinkedIn’s caps', async () => {
    const voyager = client([manyRolesPerson(14, 45)]);
    const p = await profileOf({ url: 'https://www.linkedin.com/in/max-many/', voyager });
    expect(p.completeness.experiences).toEqual({ read: 15, total: 15, loaded: true, from: 'voyager-sections' });
    expect(p.completeness.skills).toEqual({ read: 45, total: 45, loaded: true, from: 'voyager-sections' });
    expect(p.warnings).toEqual([]);
    // Only the capped sections are asked again; the complete ones (educations…) are not.
    expect(voyager.calls.filter((c) => c.includes('q=viewee')).map((c) => /dash\/(\w+)\?/.exec(c)?.[1])).toEqual(['profilePositions', 'profileSkills']);
    expect(p.sources).toEqual(['voyager', 'voyager-sections']);
  });

  it('reports what is missing when the completion calls fail', async () => {
    const voyager = client([manyRolesPerson(14, 45)], { completionStatus: 500 });
    const p = await profileOf({ url: 'https://www.linkedin.com/in/max-many/', voyager });
    expect(p.completeness.experiences).toEqual({ read: 11, total: 15, loaded: true, from: 'voyager', gap: { reason: 'failed', status: 500 } });
    const truncated = p.warnings.filter((w) => w.code === 'section-truncated');
    expect(truncated.map((w) => w.message)).toEqual([
      expect.stringMatching(/^11 of 15 experiences read. \(LinkedIn answered an error \(500\)\)/),
      expect.stringMatching(/^20 of 45 skills read/),
    ]);
  });
});

describe('readProfile from the page only', () => {
  it('reports lazy sections as not loaded, never as empty, and sections nobody saw as not loaded either', async () => {
    const p = await profileOf({ readers: [reader('sdui-2026', { ...ADA_TOP_CARD, skills: ['TypeScript'] })] });
    expect(p.completeness.experiences).toEqual({ read: 0, total: null, loaded: false, gap: { reason: 'not-rendered' } });
    expect(p.completeness.skills).toEqual({ read: 1, total: 1, loaded: true, from: 'sdui-2026' });
    expect(p.completeness.languages).toEqual({ read: 0, total: null, loaded: false, gap: { reason: 'no-source' } });
    const notLoaded = p.warnings.filter((w) => w.code === 'section-not-loaded');
    expect(notLoaded.map((w) => w.section)).toEqual(['experiences', 'educations', 'certifications', 'languages']);
    expect(notLoaded[0]?.message).toMatch(/^Experience not loaded: the page had not shown it yet\. Load all sections/);
  });

  it('takes the current job from the top card when no role is current', async () => {
    const p = await profileOf({ readers: [reader('sdui-2026', ADA_TOP_CARD)] });
    expect(p.currentJob).toEqual({ title: null, company: 'Northwind' });
  });

  it('fills gaps from later readers and cleans the displayed name', async () => {
    const p = await profileOf({
      readers: [
        reader('sdui-2026', { fullName: 'Ada Quill, PhD 🚀', totals: { experiences: 12 }, experiences: [] }),
        reader('public', { fullName: 'Ada Quill', photoUrl: 'https://media.example.test/ada.jpg' }),
      ],
    });
    expect(p).toMatchObject({ fullName: 'Ada Quill', firstName: 'Ada', lastName: 'Quill', photoUrl: 'https://media.example.test/ada.jpg' });
    expect(p.sources).toEqual(['sdui-2026', 'public']);
    expect(p.warnings.filter((w) => w.section === 'experiences')).toEqual([
      expect.objectContaining({ code: 'section-truncated', section: 'experiences', message: expect.stringMatching(/^0 of 12 experiences read/) }),
    ]);
  });

  it('takes the name from the tab title when a recognised page has no name block', async () => {
    const details = await profileOf({
      url: 'https://www.linkedin.com/in/ada-quill/details/experience/',
      document: emptyDoc('<title>Experience | Ada Quill | LinkedIn</title>'),
      readers: [reader('ember-2022', { totals: { experiences: 1 }, experiences: [] })],
    });
    expect(details).toMatchObject({ fullName: 'Ada Quill', firstName: 'Ada', lastName: 'Quill', sources: ['ember-2022'] });
    // An unrecognised page: its title proves nothing.
    expect(await read({ document: emptyDoc('<title>Ada Quill | LinkedIn</title>'), readers: [reader('sdui-2026', null)] })).toMatchObject({
      ok: false,
      error: { code: 'empty-profile' },
    });
  });

  it('keeps a reader’s own "list is cut" warning unless another source read more', async () => {
    const cut = { code: 'section-truncated', section: 'experiences', message: 'A “show all” link: more experiences exist.' } as const;
    const role = { title: 'Staff Engineer', company: 'Northwind', location: null, startDate: { year: 2022 }, endDate: null, isCurrent: true, description: null, employmentType: null };
    const pageOnly = await profileOf({ readers: [reader('sdui-2026', { fullName: 'Ada Quill', experiences: [role] }, [cut])] });
    expect(pageOnly.warnings.filter((w) => w.section === 'experiences')).toEqual([cut]);
    // Cut with no count: the total stays unknown (without the warning, a list read whole counts as complete).
    expect(pageOnly.completeness.experiences).toEqual({ read: 1, total: null, loaded: true, from: 'sdui-2026' });
    const whole = await profileOf({ readers: [reader('sdui-2026', { fullName: 'Ada Quill', experiences: [role] })] });
    expect(whole.completeness.experiences).toEqual({ read: 1, total: 1, loaded: true, from: 'sdui-2026' });
    const withJson = await profileOf({ voyager: client([ADA]), readers: [reader('sdui-2026', { fullName: 'Ada Quill', experiences: [] }, [cut])] });
    expect(withJson.warnings).toEqual([]);
    expect(withJson.completeness.experiences).toMatchObject({ read: 4, total: 4, from: 'voyager' });
  });

  it('keeps going when one reader throws', async () => {
    const broken: DomReader = {
      id: 'ember-2022',
      read: () => {
        throw new Error('boom');
      },
    };
    const p = await profileOf({ readers: [broken, reader('sdui-2026', ADA_TOP_CARD)] });
    expect(p.fullName).toBe('Ada Quill');
  });

  it('refuses a profile without a name, and "LinkedIn Member"', async () => {
    const untitled = emptyDoc('<title>LinkedIn</title>');
    expect(await read({ document: untitled, readers: [reader('sdui-2026', { headline: 'Engineer' })] })).toMatchObject({
      ok: false,
      error: { code: 'empty-profile', retryable: true },
    });
    const member = await read({ document: untitled, readers: [reader('sdui-2026', { fullName: 'LinkedIn Member' })] });
    expect(member).toMatchObject({ ok: false, error: { code: 'empty-profile', message: expect.stringContaining('LinkedIn Member') } });
  });
});

describe('readProfile on pages that are not profiles', () => {
  it('stops at the authwall without calling LinkedIn’s JSON', async () => {
    const voyager = client([ADA]);
    const onWall = await read({ url: 'https://www.linkedin.com/authwall?trk=x', voyager });
    expect(onWall).toMatchObject({ ok: false, error: { code: 'not-profile', reason: 'authwall' } });
    const underProfile = await read({ document: emptyDoc(authwallPage(URL_ADA)), voyager });
    expect(underProfile).toMatchObject({ ok: false, error: { code: 'not-profile', reason: 'authwall' } });
    expect(voyager.calls).toEqual([]);
  });

  it('names the page it is on', async () => {
    expect(await read({ url: 'https://www.linkedin.com/search/results/people/?keywords=x' })).toMatchObject({ error: { reason: 'search' } });
    expect(await read({ url: 'https://example.com/' })).toMatchObject({ error: { reason: 'not-linkedin' } });
  });
});
