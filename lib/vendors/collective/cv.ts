// The CV rule: Collective takes the whole talent in one import of at most 10 MB, the CV inside as base64. Whether a
// PDF of a given size fits next to this person's data, and what to say when it does not. Pure: the popup's file
// picker asks, the import checks the body again on save (assertPayloadFits).
import type { Profile } from '@/lib/profile/profile';
import type { Contacts, SaveRequest, VendorSettings } from '@/lib/vendors/vendor';
import { buildImportBody, formatMb } from './mapping';
import { base64Length, EMPTY_OPTIONS, type CollectiveOptions } from './options';
import { MAX_PAYLOAD_BYTES, payloadBytes } from './schema';

/** `,"resume":""` around the base64 in the JSON body. */
const RESUME_KEY_BYTES = 12;

/** Bytes left for the CV's base64 in a 10 MB import of this person with these choices (the note is checked on save). */
export function roomForCv(profile: Profile, contacts: Contacts, options: CollectiveOptions, publicSettings: VendorSettings, at: Date = new Date()): number {
  const request: SaveRequest = { vendor: 'collective', targetId: null, stageId: null, note: null, contacts, atsUrls: [], options: {} };
  let withoutCv: number;
  try {
    withoutCv = payloadBytes(buildImportBody(profile, request, { ...options, resume: null }, publicSettings, at));
  } catch {
    // Choices the import refuses (checked elsewhere): the room is measured without them.
    withoutCv = payloadBytes(buildImportBody(profile, request, EMPTY_OPTIONS, {}, at));
  }
  return MAX_PAYLOAD_BYTES - withoutCv - RESUME_KEY_BYTES;
}

export type CvVerdict =
  | { ok: true }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'not-pdf' }
  /** Sizes already worded ("12.3 MB"), for the sentence. */
  | { ok: false; problem: 'too-large'; size: string; total: string; limit: string; room: string };

/** Whether a file can be the CV of this import, before it is read. */
export function checkCv(file: { name: string; size: number; type: string }, room: number): CvVerdict {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (!/\.pdf$/i.test(file.name) && file.type !== 'application/pdf') return { ok: false, problem: 'not-pdf' };
  const encoded = base64Length(file.size);
  if (encoded <= room) return { ok: true };
  return {
    ok: false,
    problem: 'too-large',
    size: formatMb(file.size),
    total: formatMb(MAX_PAYLOAD_BYTES - room + encoded),
    limit: formatMb(MAX_PAYLOAD_BYTES),
    room: formatMb(Math.floor(room / 4) * 3),
  };
}
