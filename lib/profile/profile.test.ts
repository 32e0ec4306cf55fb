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
