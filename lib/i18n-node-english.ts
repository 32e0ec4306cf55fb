// Side effect only: import first in a Node script whose code calls t() (describeError…), before anything else.
import { installEnglishMessages } from './i18n-node';

installEnglishMessages();
