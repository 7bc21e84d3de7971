import en from 'zod/v4/locales/en.js';

/**
 * zod's English issue messages ("Too small: expected array to have >=1 items"), passed per parse:
 * `safeParse(input, { error: ZOD_MESSAGES })`. zod/mini loads no locale (its messages are all
 * "Invalid input"), and a global `z.config(en())` would also change the caller's own schemas.
 * Messages a schema sets itself (a regex's or refine's text) still win.
 */
export const ZOD_MESSAGES = en().localeError;
