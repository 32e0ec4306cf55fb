import { describe, expect, it } from 'vitest';
import { cleanNamePart, splitName } from './name';

describe('splitName', () => {
  it('splits first word / rest', () => {
    expect(splitName('Ana García López')).toMatchObject({ fullName: 'Ana García López', firstName: 'Ana', lastName: 'García López' });
  });

  it('moves credentials after a comma out of the name', () => {
    const s = splitName('Jane Doe, PhD, PMP');
    expect(s).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' });
    expect(s.credentials).toEqual(['PhD', 'PMP']);
  });

  it('drops emoji, including flags, skin tones and joined sequences', () => {
    expect(splitName('🚀 Jane Doe 🇫🇷 👩🏽‍💻')).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' });
  });

  it('removes pronouns in parentheses and reports them', () => {
    const s = splitName('Alex Smith (they/them)');
    expect(s).toMatchObject({ fullName: 'Alex Smith', firstName: 'Alex', lastName: 'Smith', pronouns: 'they/them' });
    expect(splitName('Marie Curie (She/Her) 🌱').fullName).toBe('Marie Curie');
  });

  it('keeps a parenthesised maiden name in the full name but not in the split', () => {
    expect(splitName('Julia (Schmidt) Weber')).toMatchObject({
      fullName: 'Julia (Schmidt) Weber',
      firstName: 'Julia',
      lastName: 'Weber',
    });
  });

  it('flags "LinkedIn Member" as no name', () => {
    expect(splitName('LinkedIn Member')).toMatchObject({ isPlaceholder: true, firstName: '', lastName: '' });
  });

  it('handles a single word, honorifics and stray whitespace', () => {
    expect(splitName('  Cher ')).toMatchObject({ fullName: 'Cher', firstName: 'Cher', lastName: '' });
    expect(splitName('Dr. Jane\u00A0Doe')).toMatchObject({ firstName: 'Jane', lastName: 'Doe', fullName: 'Dr. Jane Doe' });
    expect(splitName('')).toMatchObject({ fullName: '', firstName: '', lastName: '' });
  });
});

describe('cleanNamePart', () => {
  it('cleans a last name that carries credentials and emoji', () => {
    expect(cleanNamePart('Doe, MBA ✨')).toBe('Doe');
  });
});
