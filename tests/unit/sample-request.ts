// A save request with nothing chosen beyond its tool (no target, stage, note, contacts or options), for unit tests.
import type { SaveRequest, VendorId } from '@/lib/vendors/vendor';

export function blankRequest(vendor: VendorId, over: Partial<SaveRequest> = {}): SaveRequest {
  return { vendor, targetId: null, stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {}, ...over };
}
