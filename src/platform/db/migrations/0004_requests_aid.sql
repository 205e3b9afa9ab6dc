CREATE TABLE "request_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_attachments_size" CHECK ("request_attachments"."size_bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"kind" text NOT NULL,
	"action" text,
	"from_status" text,
	"to_status" text,
	"body" text,
	"attachment_id" uuid,
	CONSTRAINT "request_events_kind" CHECK ("request_events"."kind" in ('created', 'transition', 'comment', 'attachment', 'delivery', 'feedback'))
);
--> statement-breakpoint
CREATE TABLE "service_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"technology" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"attendees" integer DEFAULT 0 NOT NULL,
	"value_cents" bigint NOT NULL,
	"price_paid_cents" bigint NOT NULL,
	"aid_basis" text NOT NULL,
	"gber_article" text,
	"no_aid_reason" text,
	"aid_cents" bigint NOT NULL,
	"national_share_cents" bigint NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_deliveries_category" CHECK ("service_deliveries"."category" in ('test_before_invest', 'training_skills', 'investment_support', 'ecosystem_networking')),
	CONSTRAINT "service_deliveries_dates" CHECK ("service_deliveries"."end_date" >= "service_deliveries"."start_date"),
	CONSTRAINT "service_deliveries_attendees" CHECK ("service_deliveries"."attendees" >= 0),
	CONSTRAINT "service_deliveries_money" CHECK ("service_deliveries"."value_cents" >= 0 and "service_deliveries"."price_paid_cents" >= 0 and "service_deliveries"."aid_cents" >= 0 and "service_deliveries"."national_share_cents" >= 0),
	CONSTRAINT "service_deliveries_aid_basis" CHECK ("service_deliveries"."aid_basis" in ('de_minimis', 'de_minimis_1407', 'gber', 'none'))
);
--> statement-breakpoint
CREATE TABLE "service_feedback" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"given_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_feedback_rating" CHECK ("service_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" bigserial NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"requested_by" text,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"need" text NOT NULL,
	"quantity" numeric(10, 3) DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"expert_id" text,
	"partner_id" uuid,
	"accepted_at" timestamp with time zone,
	"grant_date" date,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_requests_status" CHECK ("service_requests"."status" in ('submitted', 'accepted', 'rejected', 'assigned', 'in_progress', 'delivered', 'closed', 'cancelled')),
	CONSTRAINT "service_requests_quantity" CHECK ("service_requests"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "aid_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid,
	"service_id" uuid,
	"description" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"grant_date" date NOT NULL,
	"basis" text NOT NULL,
	"gber_article" text,
	"no_aid_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_grants_amount" CHECK ("aid_grants"."amount_cents" >= 0),
	CONSTRAINT "aid_grants_basis" CHECK ("aid_grants"."basis" in ('de_minimis', 'de_minimis_1407', 'gber', 'none'))
);
--> statement-breakpoint
CREATE TABLE "de_minimis_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"items" jsonb NOT NULL,
	"total_cents" bigint NOT NULL,
	"statement" text NOT NULL,
	"locale" text NOT NULL,
	"signer_name" text NOT NULL,
	"signed_by" text,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "de_minimis_declarations_total" CHECK ("de_minimis_declarations"."total_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "hub_settings" ADD COLUMN "de_minimis_ceiling_cents" bigint DEFAULT 30000000 NOT NULL;--> statement-breakpoint
ALTER TABLE "hub_settings" ADD COLUMN "national_share_percent" numeric(7, 4) DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deliveries" ADD CONSTRAINT "service_deliveries_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_feedback" ADD CONSTRAINT "service_feedback_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_feedback" ADD CONSTRAINT "service_feedback_given_by_user_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_expert_id_user_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "de_minimis_declarations" ADD CONSTRAINT "de_minimis_declarations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "de_minimis_declarations" ADD CONSTRAINT "de_minimis_declarations_signed_by_user_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_attachments_request_idx" ON "request_attachments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_deliveries_request_unique" ON "service_deliveries" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "service_deliveries_organisation_idx" ON "service_deliveries" USING btree ("organisation_id","end_date");--> statement-breakpoint
CREATE INDEX "service_deliveries_period_idx" ON "service_deliveries" USING btree ("end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_ref_unique" ON "service_requests" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "service_requests_organisation_idx" ON "service_requests" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_requests_expert_idx" ON "service_requests" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "aid_grants_request_unique" ON "aid_grants" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "aid_grants_organisation_idx" ON "aid_grants" USING btree ("organisation_id","grant_date");--> statement-breakpoint
CREATE INDEX "de_minimis_declarations_org_idx" ON "de_minimis_declarations" USING btree ("organisation_id","signed_at");