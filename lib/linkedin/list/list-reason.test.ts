import { describe, expect, it } from 'vitest';
import { NOT_PROFILE_REASONS } from '@/lib/linkedin/types';
import { isListReason } from './list-reason';

describe('isListReason', () => {
  it('is true for search, Sales Navigator and Recruiter only', () => {
    expect(NOT_PROFILE_REASONS.filter(isListReason)).toEqual(['search', 'sales-navigator', 'recruiter']);
    expect(isListReason(undefined)).toBe(false);
    expect(isListReason(null)).toBe(false);
  });
});
