-- Hand-written: the database's own guard on an event's seats. Commands already decide under a lock on the event
-- row (lockEvent); this trigger makes "capacity never exceeded" hold for any write path. A registration that starts
-- holding seats (insert, or a status change into confirmed/pending/offered, or more seats) locks the event row and
-- is refused when the seats held would pass the effective capacity (the smallest of the event's and its sessions'
-- limits). Lowering a capacity below the seats already held stays possible: only new holdings are checked.
CREATE FUNCTION "event_registrations_capacity_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cap integer;
  held integer;
BEGIN
  IF NEW.status NOT IN ('confirmed', 'pending', 'offered') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status IN ('confirmed', 'pending', 'offered')
     AND NEW.seats <= OLD.seats AND NEW.event_id = OLD.event_id THEN
    RETURN NEW;
  END IF;
  PERFORM 1 FROM "events" WHERE "id" = NEW.event_id FOR UPDATE;
  SELECT min(c) INTO cap FROM (
    SELECT "capacity" AS c FROM "events" WHERE "id" = NEW.event_id
    UNION ALL
    SELECT "capacity" FROM "event_sessions" WHERE "event_id" = NEW.event_id
  ) limits;
  IF cap IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT coalesce(sum("seats"), 0) INTO held FROM "event_registrations"
    WHERE "event_id" = NEW.event_id AND "status" IN ('confirmed', 'pending', 'offered') AND "id" <> NEW.id;
  IF held + NEW.seats > cap THEN
    RAISE EXCEPTION 'event % is full: % of % seats held, % more asked', NEW.event_id, held, cap, NEW.seats
      USING ERRCODE = '23514', CONSTRAINT = 'event_registrations_capacity';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "event_registrations_capacity"
  BEFORE INSERT OR UPDATE OF "status", "seats", "event_id" ON "event_registrations"
  FOR EACH ROW EXECUTE FUNCTION "event_registrations_capacity_guard"();
