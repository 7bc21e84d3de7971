import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { issueAt, type ValidationFailure } from './validation.js';

/**
 * zod's English issue messages ("Too small: expected array to have >=1 items"), passed per parse:
 * zod/mini loads no locale (its messages are all "Invalid input"), and a global `z.config(en())`
 * would also change the caller's own schemas. Messages a schema sets itself (a regex's or refine's
 * text) still win.
 */
const ZOD_MESSAGES = en().localeError;

/**
 * Parses a file's content with its zod schema, defaults filled in, or says every field it rejects
 * as a {@link ValidationFailure}: each issue carries zod's code and a message that begins with its
 * place, `groups[0].weight: 字段无效 / invalid — …` (`whole` when it is the whole input, e.g.
 * `(scheme)`), followed by `hint(issue)` when a validator has more to say.
 */
export function parseSchema<T extends z.core.$ZodType>(
  schema: T,
  input: unknown,
  whole: string,
  hint: (issue: z.core.$ZodIssue) => string = () => '',
): { success: true; data: z.output<T> } | { success: false; error: ValidationFailure } {
  const parsed = z.safeParse(schema, input, { error: ZOD_MESSAGES });
  if (parsed.success) return { success: true, data: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return issueAt(issue.code, path, `字段无效 / invalid — ${issue.message}${hint(issue)}`, whole);
  });
  return { success: false, error: { issues } };
}
