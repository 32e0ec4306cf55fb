// npm run payload -- <leonar|stardex|collective> <capture.html|capture.json> [--url <profile url>] [--target <id>] [--note <text>]
// Prints the exact JSON body a save would send for a saved page: the same reader and the same vendor mapping as
// the extension. Exit code 0 on success, 2 otherwise.
// First: gives Node a chrome.i18n in English before @wxt-dev/i18n looks for the browser (describeError uses it).
import '@/lib/i18n-node-english';
import { findVendor } from '@/lib/vendors';
import { vendorIdSchema, type SaveRequest } from '@/lib/vendors/vendor';
import { toAppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { readProfileFromFile } from './lib/read-file';

const USAGE = 'usage: npm run payload -- <leonar|stardex|collective> <capture.html|capture.json> [--url <profile url>] [--target <id>] [--note <text>]';
/** Stands for "the target you would pick" when --target is not given. */
const PLACEHOLDER_TARGET = '00000000-0000-4000-8000-000000000000';

interface Args {
  vendor: string;
  file: string;
  url: string | null;
  target: string | null;
  note: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  const flags: Record<string, string | null> = { url: null, target: null, note: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const m = /^--(url|target|note)(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined) return `--${m[1]} needs a value`;
      flags[m[1] as string] = value;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else positional.push(a);
  }
  const [vendor, file] = positional;
  if (!vendor || !file || positional.length > 2) return USAGE;
  return { vendor, file, url: flags.url ?? null, target: flags.target ?? null, note: flags.note ?? null };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const id = vendorIdSchema.safeParse(args.vendor);
  const vendor = id.success ? findVendor(id.data) : undefined;
  if (!id.success || !vendor) {
    console.error(`unknown vendor "${args.vendor}"\n${USAGE}`);
    return 2;
  }
  const read = await readProfileFromFile({ file: args.file, url: args.url });
  if (typeof read === 'string') {
    console.error(read);
    return 2;
  }
  if (!read.ok) {
    const text = describeError(read.error);
    console.error(`${read.error.code}: ${text.title} ${text.action}`);
    return 2;
  }
  let targetId = args.target;
  if (!targetId && vendor.target?.required) {
    targetId = PLACEHOLDER_TARGET;
    console.error(`(no --target: ${vendor.label} needs a ${vendor.target.noun}; ${PLACEHOLDER_TARGET} stands for it)`);
  }
  const request: SaveRequest = {
    vendor: vendor.id,
    targetId,
    stageId: null,
    note: args.note,
    contacts: { emails: [], phones: [] },
    atsUrls: [],
    options: {},
  };
  try {
    const payload = vendor.buildPayload(read.profile, request, vendor.defaultOptions({}), {});
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
    return 0;
  } catch (err) {
    const error = toAppError(err, 'internal');
    console.error(`${error.code}: ${describeError(error).title} ${error.message}`);
    return 2;
  }
}

process.exitCode = await main();
