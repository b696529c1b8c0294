/** The zod schema of the config file (grader/io/config-file.ts). Strict: a misspelt key is an error, not ignored. */
import { z } from 'zod';

import { PREFIX_PATTERN } from '../core/constants.js';

export const ConfigSchema = z.strictObject({
  /** Name prefix of the learner's objects on a shared host: `alice` → `alice-wordpressdb`. */
  prefix: z.string().max(64).regex(PREFIX_PATTERN, 'use letters, digits, _ . - only, starting with a letter or digit').optional(),
  /** Language of messages. */
  lang: z.enum(['ko', 'en']).optional(),
});
