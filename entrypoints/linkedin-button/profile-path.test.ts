import { describe, expect, it } from 'vitest';
import { isProfilePath } from './profile-path';

describe('isProfilePath', () => {
  it('is true on a profile’s main page, with or without the trailing slash', () => {
    expect(isProfilePath('/in/some-one/')).toBe(true);
    expect(isProfilePath('/in/some-one')).toBe(true);
    expect(isProfilePath('/in/jos%C3%A9-1/')).toBe(true);
  });

  it('is false elsewhere: feed, search, details pages and overlays, Sales Navigator', () => {
    for (const path of ['/', '/feed/', '/in/', '/search/results/people/', '/in/some-one/details/experience/', '/in/some-one/overlay/contact-info/', '/sales/people/x']) {
      expect(isProfilePath(path), path).toBe(false);
    }
  });
});
