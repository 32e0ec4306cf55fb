import { describe, expect, it } from 'vitest';
import { nameFromTitle } from './page-title';

describe('nameFromTitle', () => {
  it.each([
    ['(3) Ada Quill | LinkedIn', false, 'Ada Quill'],
    ['(99+) Ada Quill | LinkedIn', false, 'Ada Quill'],
    ['Ada Quill | LinkedIn', false, 'Ada Quill'],
    ['Experience | Ada Quill | LinkedIn', true, 'Ada Quill'],
    ['Ada Quill - Staff Engineer - Northwind | LinkedIn', false, 'Ada Quill'],
    ['Ana García-López | LinkedIn', false, 'Ana García-López'],
  ])('%s → %s', (title, details, name) => {
    expect(nameFromTitle(title, details)).toBe(name);
  });

  it.each(['LinkedIn', '(2) Feed | LinkedIn', 'Search | LinkedIn', 'Ada Quill', ''])('%j names nobody', (title) => {
    expect(nameFromTitle(title, false)).toBeNull();
  });
});
