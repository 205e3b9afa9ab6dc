CREATE TABLE "event_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"participant_name" text NOT NULL,
	"code" text NOT NULL,
	"sessions_attended" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_check_ins" (
	"registration_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"people" integer DEFAULT 1 NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_by" text,
	CONSTRAINT "event_check_ins_registration_id_session_id_pk" PRIMARY KEY("registration_id","session_id"),
	CONSTRAINT "event_check_ins_people" CHECK ("event_check_ins"."people" >= 1)
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"organisation_id" uuid,
	"user_id" text,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"locale" text DEFAULT 'bg' NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"attendee_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text NOT NULL,
	"waitlist_rank" numeric(20, 6),
	"offer_expires_at" timestamp with time zone,
	"code" text NOT NULL,
	"token" text NOT NULL,
	"reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_status" CHECK ("event_registrations"."status" in ('pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'declined', 'expired', 'rejected')),
	CONSTRAINT "event_registrations_seats" CHECK ("event_registrations"."seats" between 1 and 1000),
	CONSTRAINT "event_registrations_offer" CHECK (("event_registrations"."status" = 'offered') = ("event_registrations"."offer_expires_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"title_bg" text,
	"title_en" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"location" text,
	CONSTRAINT "event_sessions_times" CHECK ("event_sessions"."ends_at" > "event_sessions"."starts_at"),
	CONSTRAINT "event_sessions_capacity" CHECK ("event_sessions"."capacity" is null or "event_sessions"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"type" text NOT NULL,
	"title_bg" text NOT NULL,
	"title_en" text NOT NULL,
	"description_bg" text NOT NULL,
	"description_en" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"organiser_id" uuid,
	"venue" text,
	"online_url" text,
	"capacity" integer,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"approval_required" boolean DEFAULT false NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"cancellation_deadline_hours" integer DEFAULT 24 NOT NULL,
	"offer_hold_hours" integer DEFAULT 48 NOT NULL,
	"certificate_rule" text DEFAULT 'all' NOT NULL,
	"certificate_min_sessions" integer,
	"value_per_participant_cents" bigint DEFAULT 0 NOT NULL,
	"price_per_participant_cents" bigint DEFAULT 0 NOT NULL,
	"aid_basis" text DEFAULT 'de_minimis' NOT NULL,
	"gber_article" text,
	"no_aid_reason" text,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_type" CHECK ("events"."type" in ('training', 'workshop', 'seminar', 'conference', 'hackathon', 'matchmaking', 'general_meeting')),
	CONSTRAINT "events_visibility" CHECK ("events"."visibility" in ('public', 'members', 'internal')),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" is null or "events"."capacity" > 0),
	CONSTRAINT "events_certificate_rule" CHECK ("events"."certificate_rule" in ('all', 'min')),
	CONSTRAINT "events_money" CHECK ("events"."value_per_participant_cents" >= 0 and "events"."price_per_participant_cents" >= 0 and "events"."price_per_participant_cents" <= "events"."value_per_participant_cents"),
	CONSTRAINT "events_aid_basis" CHECK ("events"."aid_basis" in ('de_minimis', 'gber', 'none')),
	CONSTRAINT "events_hours" CHECK ("events"."cancellation_deadline_hours" >= 0 and "events"."offer_hold_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "availability_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	CONSTRAINT "availability_exceptions_kind" CHECK ("availability_exceptions"."kind" in ('closed', 'open')),
	CONSTRAINT "availability_exceptions_times" CHECK ("availability_exceptions"."ends_at" > "availability_exceptions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"note" text,
	CONSTRAINT "availability_rules_times" CHECK ("availability_rules"."start_time" ~ '^[0-2][0-9]:[0-5][0-9]$' and "availability_rules"."end_time" ~ '^[0-2][0-9]:[0-5][0-9]$' and "availability_rules"."end_time" > "availability_rules"."start_time")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" text,
	"period" "tstzrange" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"exclusive" boolean NOT NULL,
	"status" text NOT NULL,
	"purpose" text,
	"reason" text,
	"delivery_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_status" CHECK ("bookings"."status" in ('pending', 'confirmed', 'cancelled', 'rejected')),
	CONSTRAINT "bookings_times" CHECK ("bookings"."ends_at" > "bookings"."starts_at"),
	CONSTRAINT "bookings_seats" CHECK ("bookings"."seats" >= 1),
	CONSTRAINT "bookings_period_matches" CHECK ("bookings"."period" = tstzrange("bookings"."starts_at", "bookings"."ends_at", '[)'))
);
--> statement-breakpoint
CREATE TABLE "organisation_ndas" (
	"organisation_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_ndas_organisation_id_owner_id_pk" PRIMARY KEY("organisation_id","owner_id")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title_bg" text NOT NULL,
	"title_en" text NOT NULL,
	"description_bg" text NOT NULL,
	"description_en" text NOT NULL,
	"location" text,
	"owner_id" uuid,
	"capacity" integer DEFAULT 1 NOT NULL,
	"prerequisite_event_id" uuid,
	"nda_required" boolean DEFAULT false NOT NULL,
	"approval_required" boolean DEFAULT false NOT NULL,
	"value_per_hour_cents" bigint DEFAULT 0 NOT NULL,
	"price_per_hour_cents" bigint DEFAULT 0 NOT NULL,
	"aid_basis" text DEFAULT 'de_minimis' NOT NULL,
	"gber_article" text,
	"no_aid_reason" text,
	"min_booking_minutes" integer DEFAULT 30 NOT NULL,
	"max_booking_minutes" integer DEFAULT 480 NOT NULL,
	"cancellation_hours" integer DEFAULT 24 NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resources_kind" CHECK ("resources"."kind" in ('cyber_range', 'hpc', 'lab_equipment', 'meeting_room', 'shared_desk')),
	CONSTRAINT "resources_capacity" CHECK ("resources"."capacity" between 1 and 1000),
	CONSTRAINT "resources_money" CHECK ("resources"."value_per_hour_cents" >= 0 and "resources"."price_per_hour_cents" >= 0 and "resources"."price_per_hour_cents" <= "resources"."value_per_hour_cents"),
	CONSTRAINT "resources_aid_basis" CHECK ("resources"."aid_basis" in ('de_minimis', 'gber', 'none')),
	CONSTRAINT "resources_booking_minutes" CHECK ("resources"."min_booking_minutes" > 0 and "resources"."max_booking_minutes" >= "resources"."min_booking_minutes")
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "event_certificates" ADD CONSTRAINT "event_certificates_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_session_id_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_checked_in_by_user_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_ndas" ADD CONSTRAINT "organisation_ndas_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_ndas" ADD CONSTRAINT "organisation_ndas_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_ndas" ADD CONSTRAINT "organisation_ndas_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_prerequisite_event_id_events_id_fk" FOREIGN KEY ("prerequisite_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_certificates_code_unique" ON "event_certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_certificates_person_unique" ON "event_certificates" USING btree ("registration_id","participant_name");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_code_unique" ON "event_registrations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_token_unique" ON "event_registrations" USING btree ("token");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "event_registrations_waitlist_idx" ON "event_registrations" USING btree ("event_id","waitlist_rank");--> statement-breakpoint
CREATE INDEX "event_registrations_offer_idx" ON "event_registrations" USING btree ("status","offer_expires_at");--> statement-breakpoint
CREATE INDEX "event_registrations_user_idx" ON "event_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_sessions_event_idx" ON "event_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_unique" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "events_title_bg_trgm" ON "events" USING gin ("title_bg" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "events_title_en_trgm" ON "events" USING gin ("title_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "availability_exceptions_resource_idx" ON "availability_exceptions" USING btree ("resource_id","starts_at");--> statement-breakpoint
CREATE INDEX "availability_rules_resource_idx" ON "availability_rules" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "bookings_resource_idx" ON "bookings" USING btree ("resource_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_organisation_idx" ON "bookings" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_slug_unique" ON "resources" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_deliveries_event_unique" ON "service_deliveries" USING btree ("event_id","organisation_id");--> statement-breakpoint
-- Hand-written: no two active bookings of a single-seat resource overlap (btree_gist for the uuid equality).
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist ("resource_id" WITH =, "period" WITH &&) WHERE ("exclusive" AND "status" IN ('pending', 'confirmed'));
