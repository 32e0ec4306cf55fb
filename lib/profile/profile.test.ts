import { describe, expect, it } from 'vitest';
import { sampleProfile } from '@/lib/vendors/leonar/sample-profile';
import { profileSchema } from './profile';

describe('profileSchema', () => {
  it('accepts a named person', () => {
    expect(profileSchema.safeParse(sampleProfile()).success).toBe(true);
  });

  it('refuses a person whose name is empty or only spaces: nothing to save', () => {
    for (const fullName of ['', '   ', '\u00a0\t\n']) {
      expect(profileSchema.safeParse({ ...sampleProfile(), fullName }).success, JSON.stringify(fullName)).toBe(false);
    }
  });
});

describe('profileSchema addresses', () => {
  const RECRUITER_ID = 'AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu';

  it('accepts a public URL, a Sales Navigator lead address and a Recruiter profile address', () => {
    for (const profileUrl of [
      'https://www.linkedin.com/in/maya-ellingsworth/',
      'https://www.linkedin.com/sales/lead/ACwAABrjaVMBOLcCrV5aEw1zCAjE_zec6PbnU1A/',
      `https://www.linkedin.com/talent/profile/${RECRUITER_ID}/`,
    ]) {
      expect(profileSchema.safeParse({ ...sampleProfile(), profileUrl }).success, profileUrl).toBe(true);
    }
  });

  it('refuses a Recruiter address that is not a profile id, or not in its canonical form', () => {
    for (const profileUrl of [
      'https://www.linkedin.com/talent/profile/123/',
      'https://www.linkedin.com/talent/profile/AEMAAXYZ/',
      `https://www.linkedin.com/talent/profile/${RECRUITER_ID}`,
      `https://www.linkedin.com/talent/profile/${RECRUITER_ID}/?project=1`,
      `https://www.linkedin.com/talent/hire/1/manage/all/profile/${RECRUITER_ID}/`,
    ]) {
      expect(profileSchema.safeParse({ ...sampleProfile(), profileUrl }).success, profileUrl).toBe(false);
    }
  });
});
