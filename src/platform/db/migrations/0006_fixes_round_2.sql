ALTER TABLE "organisations" ADD COLUMN "secondary_sector" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "pso_level" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "pic" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "previous_slugs" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "revoked_by" text;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "revoke_reason" text;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD COLUMN "attendee_names" text[];--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_revoked_by_user_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_pso_level" CHECK ("organisations"."pso_level" in ('national', 'regional', 'municipal', 'other'));--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_pic" CHECK ("organisations"."pic" ~ '^[0-9]{9}$');