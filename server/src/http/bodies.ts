import { z } from 'zod';

/** A command body that may be absent: no body, `null` and `{}` all mean "nothing to add". */
export const optionalBody = <T extends z.ZodType>(schema: T) => z.preprocess((v) => v ?? {}, schema);

/** A command that takes no body at all; anything else in it is refused. */
export const NoBody = optionalBody(z.object({}).strict());
