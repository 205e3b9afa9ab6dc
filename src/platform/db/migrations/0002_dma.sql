CREATE TABLE "assessment_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" text,
	"reason" text NOT NULL,
	"previous_stage" text,
	"previous_answers" jsonb NOT NULL,
	"previous_result" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"questionnaire" text NOT NULL,
	"questionnaire_version" text NOT NULL,
	"profile" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"stage" text,
	"staff_assisted" boolean DEFAULT false NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"module1" jsonb,
	"created_by" text,
	"submitted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "assessments_questionnaire" CHECK ("assessments"."questionnaire" in ('sme', 'pso')),
	CONSTRAINT "assessments_status" CHECK ("assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "assessments_stage" CHECK ("assessments"."stage" is null or "assessments"."stage" in ('T0', 'T1', 'T2')),
	CONSTRAINT "assessments_submitted_complete" CHECK (("assessments"."status" = 'draft' and "assessments"."stage" is null and "assessments"."submitted_at" is null) or ("assessments"."status" = 'submitted' and "assessments"."stage" is not null and "assessments"."result" is not null and "assessments"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "assessment_corrections" ADD CONSTRAINT "assessment_corrections_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_corrections" ADD CONSTRAINT "assessment_corrections_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_submitted_by_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_corrections_assessment_idx" ON "assessment_corrections" USING btree ("assessment_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_draft" ON "assessments" USING btree ("organisation_id") WHERE "assessments"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_stage_once" ON "assessments" USING btree ("organisation_id","questionnaire","stage") WHERE "assessments"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "assessments_submitted_idx" ON "assessments" USING btree ("status","submitted_at");