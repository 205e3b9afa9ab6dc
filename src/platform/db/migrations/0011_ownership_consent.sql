DROP INDEX "ownership_links_pair";--> statement-breakpoint
ALTER TABLE "ownership_links" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "ownership_links" ADD COLUMN "requested_by" text;--> statement-breakpoint
ALTER TABLE "ownership_links" ADD COLUMN "requested_side" text;--> statement-breakpoint
ALTER TABLE "ownership_links" ADD CONSTRAINT "ownership_links_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ownership_links_pair" ON "ownership_links" USING btree ("owner_id","owned_id","status");--> statement-breakpoint
ALTER TABLE "ownership_links" ADD CONSTRAINT "ownership_status" CHECK ("ownership_links"."status" in ('active', 'pending'));--> statement-breakpoint
ALTER TABLE "ownership_links" ADD CONSTRAINT "ownership_requested_side" CHECK ("ownership_links"."requested_side" in ('owner', 'owned'));--> statement-breakpoint
ALTER TABLE "ownership_links" ADD CONSTRAINT "ownership_pending_side" CHECK ("ownership_links"."status" <> 'pending' or "ownership_links"."requested_side" is not null);