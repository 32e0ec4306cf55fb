import { describe, expect, it } from 'vitest';
import { authwallPage, checkpointPage, loginPage, notFoundPage } from '@/tests/fakes/linkedin-pages';
import { detectPageKind } from './page-kind';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PROFILE = 'https://www.linkedin.com/in/ada-quill/';

describe('detectPageKind from the URL', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-quill/', 'main'],
    ['https://www.linkedin.com/in/ada-quill', 'main'],
    ['https://www.linkedin.com/in/ada-quill/?originalSubdomain=fr', 'main'],
    ['https://www.linkedin.com/in/ada-quill/overlay/contact-info/', 'main'],
    ['https://www.linkedin.com/in/ada-quill/details/experience/', 'details-experience'],
    ['https://www.linkedin.com/in/ada-quill/details/education/', 'details-education'],
    ['https://www.linkedin.com/in/ada-quill/details/skills/?profileUrn=x', 'details-skills'],
    ['https://www.linkedin.com/in/ada-quill/details/languages/', 'details-other'],
    ['https://fr.linkedin.com/in/ada-quill', 'main'],
  ])('%s is a profile (%s)', (url, section) => {
    expect(detectPageKind(url)).toEqual({ kind: 'profile', vanity: 'ada-quill', section });
  });

  it('decodes the vanity', () => {
    expect(detectPageKind('https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez/')).toMatchObject({ vanity: 'josé-pérez' });
  });

  it.each([
    ['https://www.linkedin.com/authwall?trk=public_profile&sessionRedirect=x', 'authwall'],
    ['https://www.linkedin.com/uas/login?session_redirect=x', 'login'],
    ['https://www.linkedin.com/login', 'login'],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', 'login'],
    ['https://www.linkedin.com/checkpoint/challenge/AgF', 'checkpoint'],
    ['https://www.linkedin.com/search/results/companies/?keywords=ada', 'search'],
    ['https://www.linkedin.com/search/results/all/?keywords=ada', 'search'],
    ['https://www.linkedin.com/sales/lead/ACwAAB,NAME_SEARCH,x', 'sales-navigator'],
    ['https://www.linkedin.com/sales/people/ACwAAB,NAME_SEARCH,x', 'sales-navigator'],
    ['https://www.linkedin.com/sales/home', 'sales-navigator'],
    ['https://www.linkedin.com/sales/lists/company/123/', 'sales-navigator'],
    ['https://www.linkedin.com/talent/profile/123', 'recruiter'],
    ['https://www.linkedin.com/talent/profile/AEMAAXYZ', 'recruiter'],
    ['https://www.linkedin.com/talent/home', 'recruiter'],
    ['https://www.linkedin.com/talent/inbox/0/main', 'recruiter'],
    ['https://www.linkedin.com/recruiter/profile/476162262,HHNH,name', 'recruiter'],
    ['https://www.linkedin.com/feed/', 'other-linkedin'],
    ['https://www.linkedin.com/company/contoso/', 'other-linkedin'],
    ['https://www.linkedin.com/in/', 'other-linkedin'],
    ['https://www.linkedin.com/404/', 'not-found'],
    ['https://example.com/in/ada-quill/', 'not-linkedin'],
    ['https://linkedin.com.evil.test/in/ada-quill/', 'not-linkedin'],
    ['chrome://extensions/', 'not-linkedin'],
    ['not a url', 'not-linkedin'],
  ])('%s is not a profile (%s)', (url, reason) => {
    expect(detectPageKind(url)).toEqual({ kind: 'not-profile', reason });
  });
});

const LEAD_ID = 'ACwAAB1aB2cC3dD4eE5fF6gG7hH8iI9jJ0kK1lM';

describe('detectPageKind for pages of people (lists) and Sales Navigator leads', () => {
  it.each([
    ['https://www.linkedin.com/search/results/people/?keywords=ada', 'people-search'],
    ['https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D&origin=FACETED_SEARCH', 'people-search'],
    ['https://www.linkedin.com/search/results/people', 'people-search'],
    ['https://www.linkedin.com/sales/search/people?query=(keywords%3Aada)', 'salesnav-search'],
    ['https://www.linkedin.com/sales/lists/people/7012345678901234567?sortCriteria=CREATED_TIME', 'salesnav-list'],
    ['https://www.linkedin.com/talent/projects/123456/', 'recruiter'],
    ['https://www.linkedin.com/recruiter/projects/123456/', 'recruiter'],
    ['https://www.linkedin.com/talent/hire/123456/discover/recruiterSearch?searchContextId=x', 'recruiter'],
  ])('%s is a list (%s)', (url, list) => {
    expect(detectPageKind(url)).toEqual({ kind: 'list', list });
  });

  it.each([
    [`https://www.linkedin.com/sales/lead/${LEAD_ID},NAME_SEARCH,aB1c`],
    [`https://www.linkedin.com/sales/lead/${LEAD_ID}`],
    [`https://www.linkedin.com/sales/people/${LEAD_ID},NAME_SEARCH,aB1c`],
  ])('%s is a Sales Navigator lead, its id kept as written', (url) => {
    expect(detectPageKind(url)).toEqual({ kind: 'salesnav-lead', leadId: LEAD_ID });
  });
});

describe('detectPageKind from the document under a /in/ address', () => {
  it('recognises "This page doesn’t exist"', () => {
    expect(detectPageKind(PROFILE, doc(notFoundPage()))).toEqual({ kind: 'not-profile', reason: 'not-found' });
    expect(detectPageKind(PROFILE, doc('<title>Profile Not Found | LinkedIn</title><main><p>x</p></main>'))).toMatchObject({ reason: 'not-found' });
  });

  it('recognises the guest authwall, the login page and a security check', () => {
    expect(detectPageKind(PROFILE, doc(authwallPage(PROFILE)))).toEqual({ kind: 'not-profile', reason: 'authwall' });
    expect(detectPageKind(PROFILE, doc(loginPage()))).toMatchObject({ reason: 'authwall' });
    expect(detectPageKind(PROFILE, doc(checkpointPage()))).toEqual({ kind: 'not-profile', reason: 'checkpoint' });
    expect(detectPageKind(PROFILE, doc('<head><meta name="pageKey" content="d_authwall"></head><body></body>'))).toMatchObject({ reason: 'authwall' });
  });

  it('keeps a public profile that shows a "Sign in to view" prompt next to the person', () => {
    const page = `<title>Ada Quill - Staff Engineer | LinkedIn</title>
      <script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"Person","name":"Ada Quill"}]}</script>
      <h1 class="top-card-layout__title">Ada Quill</h1><h2>Sign in to view Ada’s full profile</h2>
      <form action="/uas/login-submit"><input type="password"></form>`;
    expect(detectPageKind(PROFILE, doc(page))).toMatchObject({ kind: 'profile', vanity: 'ada-quill' });
  });

  it('keeps a profile whose text mentions a missing page', () => {
    const page = `<title>(3) Ada Quill | LinkedIn</title><section data-member-id="1"><h1>Ada Quill</h1></section>
      <h2>This page doesn't exist</h2>`;
    expect(detectPageKind(PROFILE, doc(page))).toMatchObject({ kind: 'profile' });
  });

  it('a 2026 page with only a lazy skeleton is still a profile', () => {
    expect(detectPageKind(PROFILE, doc('<title>Ada Quill | LinkedIn</title><main><div></div></main>'))).toMatchObject({ kind: 'profile' });
  });
});

const RECRUITER_ID = 'AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu';

describe('detectPageKind for a Recruiter profile', () => {
  it.each([
    [`https://www.linkedin.com/talent/profile/${RECRUITER_ID}`],
    [`https://www.linkedin.com/talent/profile/${RECRUITER_ID}/`],
    [`https://www.linkedin.com/talent/profile/${RECRUITER_ID}?highlightedPatternSource=x&trk=SEARCH_GLOBAL`],
    [`https://www.linkedin.com/talent/profile/${RECRUITER_ID}/messages?project=376124946`],
    [`https://www.linkedin.com/talent/hire/312364978/manage/all/profile/${RECRUITER_ID}?project=312364978`],
    [`https://www.linkedin.com/talent/hire/1873158594/discover/recruiterSearch/profile/${RECRUITER_ID}?searchContextId=e9b&start=0`],
    [`https://www.linkedin.com/talent/hire/1873158594/discover/automatedSourcing/review/profile/${RECRUITER_ID}`],
  ])('%s is a Recruiter profile, its id kept as written', (url) => {
    expect(detectPageKind(url)).toEqual({ kind: 'recruiter-profile', recruiterId: RECRUITER_ID });
  });

  it('takes the other Recruiter id form (AEEAA…) too', () => {
    const id = 'AEEAABxhqNYBJa6QzJWImzsC_q6ugSZg2H6s7pA';
    expect(detectPageKind(`https://www.linkedin.com/talent/profile/${id}`)).toEqual({ kind: 'recruiter-profile', recruiterId: id });
  });

  it('leaves the project and search pages the profile opens over as Recruiter lists', () => {
    for (const url of [
      'https://www.linkedin.com/talent/hire/1873158594/discover/recruiterSearch?searchContextId=e9b&start=0',
      'https://www.linkedin.com/talent/hire/312364978/manage/all',
      'https://www.linkedin.com/talent/projects/123456/',
    ]) {
      expect(detectPageKind(url), url).toEqual({ kind: 'list', list: 'recruiter' });
    }
  });

  it('is not a profile when the last segment is not a Recruiter id', () => {
    expect(detectPageKind('https://www.linkedin.com/talent/hire/312364978/manage/all/profile/12345')).toEqual({ kind: 'list', list: 'recruiter' });
    expect(detectPageKind(`https://www.linkedin.com/talent/profile/${RECRUITER_ID.slice(0, -1)}`)).toEqual({ kind: 'not-profile', reason: 'recruiter' });
  });
});
