import { sql } from 'drizzle-orm';

/** `'a', 'b'` for a check constraint; the values are our own enum constants, never user input. */
export const sqlList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
