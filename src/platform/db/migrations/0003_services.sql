CREATE TABLE "service_partners" (
	"service_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "service_partners_service_id_organisation_id_pk" PRIMARY KEY("service_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"family" text NOT NULL,
	"title_bg" text NOT NULL,
	"title_en" text NOT NULL,
	"description_bg" text NOT NULL,
	"description_en" text NOT NULL,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"customer_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"market_value_cents" bigint NOT NULL,
	"value_unit" text NOT NULL,
	"price_cents" bigint DEFAULT 0 NOT NULL,
	"aid_basis" text NOT NULL,
	"gber_article" text,
	"no_aid_reason" text,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_format" CHECK ("services"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "services_family" CHECK ("services"."family" in ('test_before_invest', 'skills_training', 'investment_support', 'ecosystem_networking')),
	CONSTRAINT "services_technologies" CHECK ("services"."technologies" <@ array['ai', 'hpc', 'cybersecurity', 'data_cloud', 'iot', 'robotics', 'blockchain', 'ar_vr', 'green_tech', 'other']::text[]),
	CONSTRAINT "services_customer_types" CHECK ("services"."customer_types" <@ array['sme', 'small_mid_cap', 'large_enterprise', 'pso', 'start_up', 'research_education', 'ngo', 'other']::text[]),
	CONSTRAINT "services_value_unit" CHECK ("services"."value_unit" in ('fixed', 'per_day', 'per_hour')),
	CONSTRAINT "services_money_non_negative" CHECK ("services"."market_value_cents" >= 0 and "services"."price_cents" >= 0),
	CONSTRAINT "services_price_within_value" CHECK ("services"."price_cents" <= "services"."market_value_cents"),
	CONSTRAINT "services_aid_basis" CHECK ("services"."aid_basis" in ('de_minimis', 'gber', 'none')),
	CONSTRAINT "services_gber_article" CHECK (("services"."aid_basis" = 'gber') = ("services"."gber_article" is not null)),
	CONSTRAINT "services_no_aid_reason" CHECK (("services"."aid_basis" = 'none') = ("services"."no_aid_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "service_partners" ADD CONSTRAINT "service_partners_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_partners" ADD CONSTRAINT "service_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_partners_organisation_idx" ON "service_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_slug_unique" ON "services" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "services_title_bg_trgm" ON "services" USING gin ("title_bg" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_title_en_trgm" ON "services" USING gin ("title_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_description_bg_trgm" ON "services" USING gin ("description_bg" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_description_en_trgm" ON "services" USING gin ("description_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_technologies_idx" ON "services" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "services_published_family_idx" ON "services" USING btree ("published","family");