-- Modify "users" table
ALTER TABLE "public"."users" ADD COLUMN "external_source" text NULL;
