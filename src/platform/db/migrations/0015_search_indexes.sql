-- Hand-written: the indexes and stored search expressions that keep the hot lists fast at 100 000 organisations
-- (docs/OPERATIONS.md, Performance). Each list's query is written to use exactly one of them.
--
-- Organisations: one normalised name expression (both languages, lower case) with one trigram index serves the
-- substring match and the typo-tolerant match (the queries write exactly this expression:
-- organisationSearchName in schema/organisations.ts); the registry's name order, EIK prefixes and the hub's
-- partners get their own.
CREATE INDEX "organisations_search_trgm" ON "organisations"
  USING gin ((lower("legal_name_bg" || ' ' || coalesce("legal_name_en", ''))) gin_trgm_ops);--> statement-breakpoint
DROP INDEX "organisations_name_bg_trgm";--> statement-breakpoint
DROP INDEX "organisations_name_en_trgm";--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree ("legal_name_bg", "id");--> statement-breakpoint
CREATE INDEX "organisations_eik_prefix" ON "organisations" USING btree ("eik" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisations_partner_idx" ON "organisations" USING btree ("legal_name_bg") WHERE "is_partner";--> statement-breakpoint
-- Services: both languages' titles and descriptions as one lower-case text (trigram: substring and typo-tolerant
-- match) and as one weighted document (titles A, descriptions B) that ranks the matches. A row stays uncompressed
-- in the table up to 8 kB (toast_tuple_target): a match is then read without decompressing its texts, and the
-- planner sees the table's real size and takes the trigram index.
ALTER TABLE "services" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "search_text" text
  GENERATED ALWAYS AS (lower("title_bg" || ' ' || "title_en" || ' ' || "description_bg" || ' ' || "description_en")) STORED;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title_bg" || ' ' || "title_en"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, "description_bg" || ' ' || "description_en"), 'B')
  ) STORED;--> statement-breakpoint
CREATE INDEX "services_search_trgm" ON "services" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
DROP INDEX "services_title_bg_trgm";--> statement-breakpoint
DROP INDEX "services_title_en_trgm";--> statement-breakpoint
DROP INDEX "services_description_bg_trgm";--> statement-breakpoint
DROP INDEX "services_description_en_trgm";--> statement-breakpoint
-- Events: the first session's start and the last session's end, kept by a trigger on the sessions (every write
-- path), so the list orders and filters on the event row instead of aggregating sessions per event.
ALTER TABLE "events" ADD COLUMN "first_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "last_ends_at" timestamp with time zone;--> statement-breakpoint
UPDATE "events" e SET "first_starts_at" = s.first, "last_ends_at" = s.last
  FROM (SELECT "event_id", min("starts_at") AS first, max("ends_at") AS last FROM "event_sessions" GROUP BY "event_id") s
  WHERE s."event_id" = e."id";--> statement-breakpoint
CREATE FUNCTION "event_sessions_span"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := array[NEW."event_id"];
  ELSIF TG_OP = 'DELETE' THEN
    ids := array[OLD."event_id"];
  ELSE
    ids := array[NEW."event_id", OLD."event_id"];
  END IF;
  UPDATE "events" e SET
    "first_starts_at" = (SELECT min(s."starts_at") FROM "event_sessions" s WHERE s."event_id" = e."id"),
    "last_ends_at" = (SELECT max(s."ends_at") FROM "event_sessions" s WHERE s."event_id" = e."id")
  WHERE e."id" = ANY (ids);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "event_sessions_span"
  AFTER INSERT OR DELETE OR UPDATE OF "starts_at", "ends_at", "event_id" ON "event_sessions"
  FOR EACH ROW EXECUTE FUNCTION "event_sessions_span"();--> statement-breakpoint
-- "Not ended yet" is one range of it; it covers what the list filters and orders by (an index-only scan), so only
-- the page's own rows are read from the table.
CREATE INDEX "events_listing_idx" ON "events" USING btree ("last_ends_at")
  INCLUDE ("first_starts_at", "slug", "published", "visibility", "id");--> statement-breakpoint
-- An organisation's registrations (its journey; check-ins and certificates reach it through them).
CREATE INDEX "event_registrations_organisation_idx" ON "event_registrations" USING btree ("organisation_id");--> statement-breakpoint
-- The request board: each column in its order, read only as far as it shows.
CREATE INDEX "service_requests_board_idx" ON "service_requests" USING btree ("status", "created_at", "ref");--> statement-breakpoint
CREATE INDEX "service_requests_created_idx" ON "service_requests" USING btree ("created_at", "ref");--> statement-breakpoint
-- The aid ledger: its page order; and its per-basis totals, kept per grant day by a trigger on the grants (every
-- write path), so the totals of a period add up days instead of grants.
CREATE INDEX "aid_grants_ledger_idx" ON "aid_grants" USING btree ("grant_date", "created_at", "id");--> statement-breakpoint
CREATE TABLE "aid_grant_totals" (
  "grant_date" date NOT NULL,
  "basis" text NOT NULL,
  "grants" integer NOT NULL,
  "cents" bigint NOT NULL,
  CONSTRAINT "aid_grant_totals_pk" PRIMARY KEY ("grant_date", "basis")
);--> statement-breakpoint
INSERT INTO "aid_grant_totals" ("grant_date", "basis", "grants", "cents")
  SELECT "grant_date", "basis", count(*), coalesce(sum("amount_cents") FILTER (WHERE "revoked_at" IS NULL), 0)
  FROM "aid_grants" GROUP BY "grant_date", "basis";--> statement-breakpoint
CREATE FUNCTION "aid_grant_totals_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "aid_grant_totals" SET "grants" = "grants" - 1,
      "cents" = "cents" - CASE WHEN OLD."revoked_at" IS NULL THEN OLD."amount_cents" ELSE 0 END
      WHERE "grant_date" = OLD."grant_date" AND "basis" = OLD."basis";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "aid_grant_totals" AS t ("grant_date", "basis", "grants", "cents")
      VALUES (NEW."grant_date", NEW."basis", 1, CASE WHEN NEW."revoked_at" IS NULL THEN NEW."amount_cents" ELSE 0 END)
      ON CONFLICT ("grant_date", "basis")
      DO UPDATE SET "grants" = t."grants" + 1, "cents" = t."cents" + excluded."cents";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "aid_grant_totals_keep"
  AFTER INSERT OR DELETE OR UPDATE OF "grant_date", "basis", "amount_cents", "revoked_at" ON "aid_grants"
  FOR EACH ROW EXECUTE FUNCTION "aid_grant_totals_keep"();
