-- Hand-written: a service's former addresses stay its own. The command checks this before writing (with a clear 409);
-- this trigger is the database's last word when two services are renamed at the same moment: every change of a
-- service's slug or former slugs is serialised by a transaction-scoped advisory lock, then compared with what is
-- committed. A slug may not be another service's former slug, and a former slug may not be another's slug or former
-- slug. (A slug that is another's current slug is already refused by the unique index services_slug_unique.)
CREATE FUNCTION "services_slug_history_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('edihub.services.slug'));
  IF EXISTS (
    SELECT 1 FROM "services" s
    WHERE s."id" <> NEW."id"
      AND (NEW."slug" = ANY (s."previous_slugs") OR s."slug" = ANY (NEW."previous_slugs") OR s."previous_slugs" && NEW."previous_slugs")
  ) THEN
    RAISE EXCEPTION 'the service address % is, or was, another service''s', NEW."slug"
      USING ERRCODE = '23505', CONSTRAINT = 'services_slug_history';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "services_slug_history"
  BEFORE INSERT OR UPDATE OF "slug", "previous_slugs" ON "services"
  FOR EACH ROW EXECUTE FUNCTION "services_slug_history_guard"();
