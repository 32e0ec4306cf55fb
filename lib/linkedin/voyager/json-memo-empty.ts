// The memo of a browser that has learnt nothing yet, in a module without zod: the popup's early script sends it.
import type { JsonMemo } from './json-memo';

export const EMPTY_JSON_MEMO: JsonMemo = { decoration: null, profileRetiredUntil: null, listsRetiredUntil: {}, quiet: null };
