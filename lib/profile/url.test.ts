import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, isPublicProfileUrl, recruiterProfileUrl, sameVanity, vanityFromUrl } from './url';

describe('canonicalProfileUrl', () => {
  it('keeps a plain profile URL and adds the trailing slash', () => {
    expect(canonicalProfileUrl('https://www.linkedin.com/in/jane-doe')).toBe('https://www.linkedin.com/in/jane-doe/');
  });

  it('drops query, hash and section paths', () => {
    expect(canonicalProfileUrl('https://www.linkedin.com/in/jane-doe/details/experience/?trk=x#top')).toBe(
      'https://www.linkedin.com/in/jane-doe/',
    );
    expect(canonicalProfileUrl('https://www.linkedin.com/in/jane-doe?miniProfileUrn=urn%3Ali')).toBe(
      'https://www.linkedin.com/in/jane-doe/',
    );
  });

  it('decodes %-encoded vanities', () => {
    expect(canonicalProfileUrl('https://www.linkedin.com/in/jos%C3%A9-mar%C3%ADa-p%C3%A9rez/')).toBe(
      'https://www.linkedin.com/in/josé-maría-pérez/',
    );
  });

  it('maps country subdomains and upper-case hosts to www', () => {
    expect(canonicalProfileUrl('https://SE.LinkedIn.com/in/jane-doe')).toBe('https://www.linkedin.com/in/jane-doe/');
    expect(canonicalProfileUrl('http://linkedin.com/in/jane-doe/')).toBe('https://www.linkedin.com/in/jane-doe/');
  });

  it('accepts a URL object and a scheme-less address', () => {
    expect(canonicalProfileUrl(new URL('https://de.linkedin.com/in/jd'))).toBe('https://www.linkedin.com/in/jd/');
    expect(canonicalProfileUrl('www.linkedin.com/in/jd')).toBe('https://www.linkedin.com/in/jd/');
  });

  it('returns null for anything that is not a member profile', () => {
    expect(canonicalProfileUrl('https://www.linkedin.com/company/contoso/')).toBeNull();
    expect(canonicalProfileUrl('https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH,x')).toBeNull();
    expect(canonicalProfileUrl('https://www.linkedin.com/in/')).toBeNull();
    expect(canonicalProfileUrl('https://example.com/in/jane-doe/')).toBeNull();
    expect(canonicalProfileUrl('https://notlinkedin.com/in/jane-doe/')).toBeNull();
    expect(canonicalProfileUrl('not a url at all')).toBeNull();
    expect(canonicalProfileUrl('')).toBeNull();
  });
});

describe('vanityFromUrl', () => {
  it('returns the decoded vanity', () => {
    expect(vanityFromUrl('https://www.linkedin.com/in/jos%C3%A9/details/skills/')).toBe('josé');
  });
  it('keeps a malformed %-sequence as it is', () => {
    expect(vanityFromUrl('https://www.linkedin.com/in/bad%E0%A4/')).toBe('bad%E0%A4');
  });
  it('returns null off LinkedIn', () => {
    expect(vanityFromUrl('https://example.com/in/x/')).toBeNull();
  });
});

describe('sameVanity', () => {
  it('ignores case and %-encoding', () => {
    expect(sameVanity('Jos%C3%A9-Doe', 'josé-doe')).toBe(true);
    expect(sameVanity('jane-doe', 'jane-doe-2')).toBe(false);
  });
});

describe('isPublicProfileUrl', () => {
  it('is true for a vanity address, false for a member-id address, a Sales Navigator lead, a Recruiter profile and anything else', () => {
    expect(isPublicProfileUrl('https://www.linkedin.com/in/maya-ellingsworth/')).toBe(true);
    expect(isPublicProfileUrl('https://www.linkedin.com/in/ACoAADm7Lr2bXcV9yTe4KpZs1oNf8uHgJ0dEkQw/')).toBe(false);
    expect(isPublicProfileUrl('https://www.linkedin.com/sales/lead/ACwAABrjaVMBOLcCrV5aEw1zCAjE_zec6PbnU1A/')).toBe(false);
    expect(isPublicProfileUrl('https://example.com/in/maya/')).toBe(false);
    expect(isPublicProfileUrl(recruiterProfileUrl('AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu'))).toBe(false);
  });
});

describe('recruiterProfileUrl', () => {
  it('is the /talent/profile/ address of the id, with the trailing slash of every canonical address', () => {
    expect(recruiterProfileUrl('AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu')).toBe('https://www.linkedin.com/talent/profile/AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu/');
  });
});
