-- Extensions every later migration may rely on: btree_gist for exclusion constraints over time
-- ranges (facility bookings), pg_trgm for typo-tolerant search.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
