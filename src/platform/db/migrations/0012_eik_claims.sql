CREATE TABLE "organisation_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"user_id" text NOT NULL,
	"eik" text NOT NULL,
	"legal_name_bg" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_claims_status" CHECK ("organisation_claims"."status" in ('pending', 'confirmed', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "public_register_entries" (
	"eik" text PRIMARY KEY NOT NULL,
	"name_bg" text NOT NULL,
	"source" text DEFAULT 'commercial_register' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_claims" ADD CONSTRAINT "organisation_claims_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claims" ADD CONSTRAINT "organisation_claims_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claims" ADD CONSTRAINT "organisation_claims_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_claims_status_idx" ON "organisation_claims" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "organisation_claims_user_idx" ON "organisation_claims" USING btree ("user_id");