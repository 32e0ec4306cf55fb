// A LinkedIn Recruiter profile read as one person: tests/fixtures/recruiter-2025-profile.html, hand-written (invented
// people) in the markup public references describe (its header lists them).
import { describe, expect, it } from 'vitest';
import { fixtureText } from '@/lib/linkedin/fixtures-index';
import { isPublicProfileUrl } from '@/lib/profile/url';
import { NO_PUBLIC_URL_MESSAGE, RECRUITER_SOURCE, readRecruiterPage, recruiterReadToProfile, type RecruiterRead } from './recruiter-profile';
import { parse } from './test-pages';

const FILE = 'recruiter-2025-profile.html';
const ID = 'AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu';

function page(): Document {
  return parse(fixtureText(FILE));
}

function read(doc: Document): RecruiterRead {
  const out = readRecruiterPage(doc);
  if (!out) throw new Error('no Recruiter profile read');
  return out;
}

function remove(doc: Document, selector: string): void {
  for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
}

describe('Recruiter profile (inferred markup, invented person)', () => {
  it('reads the person in the drawer, never a row of the list behind it nor a similar profile', () => {
    const r = read(page());
    expect(r).toMatchObject({
      layout: 'recruiter-profile',
      fullName: 'Éloïse Marchetti-Ondo',
      headline: 'Cold-chain operations lead · routes, depots and people',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      currentEmployer: 'Brindille Logistique',
      publicUrl: 'https://www.linkedin.com/in/éloïse-marchetti-ondo-4821/',
      linkedIds: [],
    });
    expect(r.photoUrl).toMatch(/^https:\/\/media\.licdn\.com\//);
    expect(r.about).toBe(
      'I keep fresh food moving between growers and shops: 40 routes, 3 depots, one very patient team.\nLately: temperature-logging on every trailer, and night shifts people actually want.',
    );
  });

  it('reads standalone and grouped roles: the group’s employer and type, "Company · Type", dates, places, descriptions', () => {
    const { experiences } = read(page());
    expect(experiences).toMatchObject({ seen: true, partial: true, total: 6 });
    expect(experiences.items).toEqual([
      {
        title: 'Cold-chain operations lead',
        company: 'Brindille Logistique',
        location: 'Lyon, Auvergne-Rhône-Alpes, France',
        startDate: { year: 2022, month: 3 },
        endDate: null,
        isCurrent: true,
        description: 'Runs the night network: 40 refrigerated routes out of three depots.\nBrought spoilage from 4% to under 1% with per-trailer temperature-logging.',
        employmentType: 'Contract',
      },
      {
        title: 'Depot manager',
        company: 'Atelier Hirondelle',
        location: 'Villeurbanne, France',
        startDate: { year: 2020, month: 6 },
        endDate: { year: 2022, month: 2 },
        isCurrent: false,
        description: null,
        employmentType: 'Full-time',
      },
      {
        title: 'Shift supervisor',
        company: 'Atelier Hirondelle',
        location: null,
        startDate: { year: 2017, month: 9 },
        endDate: { year: 2020, month: 5 },
        isCurrent: false,
        description: 'Night shift of twelve, two loading docks.',
        employmentType: 'Full-time',
      },
      {
        title: 'Warehouse operative',
        company: 'Coopérative Vallée Verte',
        location: null,
        startDate: { year: 2014 },
        endDate: { year: 2016 },
        isCurrent: false,
        description: null,
        employmentType: 'Seasonal',
      },
    ]);
  });

  it('reads education and skills, and the counts the unused "Show all" print', () => {
    const r = read(page());
    expect(r.educations).toEqual({
      seen: true,
      partial: false,
      total: null,
      items: [
        { school: 'Institut des Transports du Rhône', degree: "Master's degree", field: 'Supply chain management', startDate: { year: 2011 }, endDate: { year: 2013 } },
        { school: 'Lycée Jean-Baptiste Ondo', degree: 'Baccalauréat', field: null, startDate: { year: 2010 }, endDate: { year: 2010 } },
      ],
    });
    expect(r.skills).toEqual({ seen: true, partial: true, total: 14, items: ['Cold chain', 'Route planning', 'Team leadership'] });
  });

  it('a role’s or a skill’s own "show details" does not make its card partial', () => {
    const doc = page();
    for (const card of Array.from(doc.querySelectorAll('[data-test-profile-background-card], [data-test-profile-skills-card]'))) {
      card.querySelector(':scope > div > button[data-test-expandable-button], :scope > button[data-test-expandable-button]')?.remove();
    }
    const r = read(doc);
    expect(r.experiences).toMatchObject({ partial: false, total: null });
    expect(r.skills).toMatchObject({ partial: false, total: null });
  });

  it('a full-page profile (no drawer) is read from its own container', () => {
    const doc = page();
    doc.querySelector('.profile-slidein__wrapper')?.classList.remove('profile-slidein__wrapper');
    expect(read(doc)).toMatchObject({ fullName: 'Éloïse Marchetti-Ondo', publicUrl: 'https://www.linkedin.com/in/éloïse-marchetti-ondo-4821/' });
  });

  it('the drawer wins over a full page beneath it', () => {
    const doc = page();
    const under = doc.createElement('div');
    under.setAttribute('data-test-profile-container', '');
    under.innerHTML = '<div data-test-topcard-condensed-lockup=""><span data-test-row-lockup-full-name="">Page Beneath</span></div>';
    doc.body.prepend(under);
    expect(read(doc).fullName).toBe('Éloïse Marchetti-Ondo');
  });

  it('the public URL from the card’s text when its link has no usable href, and from the "Public profile" hovercard', () => {
    const doc = page();
    doc.querySelector('a[data-test-personal-info-profile-link]')?.setAttribute('href', '#');
    expect(read(doc).publicUrl).toBe('https://www.linkedin.com/in/éloïse-marchetti-ondo-4821/');
    remove(doc, '.personal-info');
    const hovercard = doc.createElement('div');
    hovercard.innerHTML = '<a data-test-public-profile-link="" href="https://www.linkedin.com/in/eloise-mo/">Open profile in new tab</a>';
    doc.querySelector('[data-test-profile-container]')?.append(hovercard);
    expect(read(doc).publicUrl).toBe('https://www.linkedin.com/in/eloise-mo/');
  });

  it('no public link on the page: no public URL, never the viewer’s own link or a shared connection’s', () => {
    const doc = page();
    remove(doc, '.personal-info');
    expect(doc.querySelectorAll('a[href*="/in/"]').length).toBeGreaterThan(0);
    expect(read(doc).publicUrl).toBeNull();
  });

  it('a member-id link (/in/ACoAA…) is not the public URL', () => {
    const doc = page();
    remove(doc, '[data-test-personal-info-profile-link-text]');
    doc.querySelector('a[data-test-personal-info-profile-link]')?.setAttribute('href', 'https://www.linkedin.com/in/ACoAAB1aB2cC3dD4eE5fF6gG7hH8iI9jJ0kK1lM');
    expect(read(doc).publicUrl).toBeNull();
  });

  it('names the Recruiter ids the top card links to', () => {
    const doc = page();
    const title = doc.querySelector('[data-test-topcard-condensed-lockup] .artdeco-entity-lockup__title');
    if (title) title.innerHTML = `<a href="/talent/hire/1/discover/recruiterSearch/profile/${ID}?trk=x">Éloïse Marchetti-Ondo</a>`;
    expect(read(doc).linkedIds).toEqual([ID]);
  });

  it('nothing to read: no top card (a list, a page not rendered yet)', () => {
    const doc = page();
    remove(doc, '.profile-slidein__wrapper');
    expect(doc.querySelectorAll('[data-test-row-lockup-full-name]').length).toBeGreaterThan(0);
    expect(readRecruiterPage(doc)).toBeNull();
    expect(readRecruiterPage(parse('<html><body><main></main></body></html>'))).toBeNull();
  });

  it('an unread section is not seen (not "none")', () => {
    const doc = page();
    remove(doc, '[data-test-profile-background-card], [data-test-education-item], [data-test-profile-skills-card]');
    const r = read(doc);
    for (const section of [r.experiences, r.educations, r.skills]) expect(section).toMatchObject({ items: [], seen: false });
  });
});

describe('Recruiter profile as a Profile', () => {
  it('with the public URL: the vanity as identifier, sections counted against the "Show all" counts, no warning', () => {
    const profile = recruiterReadToProfile(read(page()), ID);
    expect(profile).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/éloïse-marchetti-ondo-4821/',
      publicIdentifier: 'éloïse-marchetti-ondo-4821',
      memberId: null,
      numericMemberId: null,
      fullName: 'Éloïse Marchetti-Ondo',
      firstName: 'Éloïse',
      lastName: 'Marchetti-Ondo',
      currentJob: { title: 'Cold-chain operations lead', company: 'Brindille Logistique' },
      warnings: [],
      sources: [RECRUITER_SOURCE],
    });
    expect(profile?.completeness).toEqual({
      experiences: { read: 4, total: 6, loaded: true, from: RECRUITER_SOURCE, gap: { reason: 'not-rendered' } },
      educations: { read: 2, total: null, loaded: true, from: RECRUITER_SOURCE },
      skills: { read: 3, total: 14, loaded: true, from: RECRUITER_SOURCE, gap: { reason: 'not-rendered' } },
      certifications: { read: 0, total: null, loaded: false, gap: { reason: 'no-source' } },
      languages: { read: 0, total: null, loaded: false, gap: { reason: 'no-source' } },
    });
  });

  it('without the public URL: the Recruiter address and id, and a warning that says so', () => {
    const doc = page();
    remove(doc, '.personal-info');
    const profile = recruiterReadToProfile(read(doc), ID);
    expect(profile).toMatchObject({
      profileUrl: `https://www.linkedin.com/talent/profile/${ID}/`,
      publicIdentifier: ID,
      fullName: 'Éloïse Marchetti-Ondo',
      warnings: [{ code: 'field-missing', message: NO_PUBLIC_URL_MESSAGE }],
    });
    expect(isPublicProfileUrl(profile?.profileUrl ?? '')).toBe(false);
  });

  it('the top card’s employer as the current job when no role is current', () => {
    const doc = page();
    remove(doc, '[data-test-profile-background-card]');
    expect(recruiterReadToProfile(read(doc), ID)).toMatchObject({
      currentJob: { title: null, company: 'Brindille Logistique' },
      completeness: { experiences: { read: 0, loaded: false, gap: { reason: 'not-rendered' } } },
    });
  });

  it('a placeholder name ("LinkedIn Member") is nobody to save', () => {
    const doc = page();
    const name = doc.querySelector('[data-test-topcard-condensed-lockup] .artdeco-entity-lockup__title');
    if (name) name.textContent = 'LinkedIn Member';
    expect(recruiterReadToProfile(read(doc), ID)).toBeNull();
  });
});
