-- The SME category and single undertaking of each organisation, computed by the commands that change their inputs
-- (figures, active ownership links, organisation type) in the same transaction. An organisation without a row here
-- (all rows before this migration) has not been computed yet: the organisation page computes and stores it on first
-- read, and a start-up job fills the rest in batches (see docs/capabilities/organisations.md).
CREATE TABLE "organisation_sme" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"rules_version" integer NOT NULL,
	"assessment" jsonb NOT NULL,
	"single_undertaking" uuid[] NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "organisation_sme" ADD CONSTRAINT "organisation_sme_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
