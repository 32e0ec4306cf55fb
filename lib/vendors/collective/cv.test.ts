import { describe, expect, it } from 'vitest';
import { base64Length, EMPTY_OPTIONS } from './options';
import { MAX_PAYLOAD_BYTES } from './schema';
import { checkCv, roomForCv } from './cv';
import { testProfile } from './test-profile';

const contacts = { emails: [], phones: [] };

describe('the CV rule (one import of at most 10 MB, the CV inside as base64)', () => {
  it('leaves less room for the CV the more the person and the choices weigh', () => {
    const room = roomForCv(testProfile(), contacts, EMPTY_OPTIONS, {});
    expect(room).toBeGreaterThan(9 * 1024 * 1024);
    expect(room).toBeLessThan(MAX_PAYLOAD_BYTES);
    const heavy = { ...testProfile(), location: 'x'.repeat(500_000) };
    expect(roomForCv(heavy, contacts, EMPTY_OPTIONS, {})).toBeLessThan(room - 400_000);
  });

  it('takes a PDF that fits and refuses an empty file, another kind of file, and one too large, saying by how much', () => {
    const room = roomForCv(testProfile(), contacts, EMPTY_OPTIONS, {});
    expect(checkCv({ name: 'cv.pdf', size: 200_000, type: 'application/pdf' }, room)).toEqual({ ok: true });
    expect(checkCv({ name: 'cv.pdf', size: 0, type: 'application/pdf' }, room)).toEqual({ ok: false, problem: 'empty' });
    expect(checkCv({ name: 'cv.docx', size: 10, type: 'application/msword' }, room)).toEqual({ ok: false, problem: 'not-pdf' });
    // The largest file that still fits, and one byte-triplet more.
    const fits = Math.floor(room / 4) * 3;
    expect(base64Length(fits)).toBeLessThanOrEqual(room);
    expect(checkCv({ name: 'big.pdf', size: fits, type: '' }, room)).toEqual({ ok: true });
    expect(checkCv({ name: 'big.pdf', size: fits + 3, type: '' }, room)).toMatchObject({ ok: false, problem: 'too-large', limit: expect.stringMatching(/MB/) });
  });
});
