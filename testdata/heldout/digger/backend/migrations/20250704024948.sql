-- Modify "projects" table
ALTER TABLE "public"."projects" ADD COLUMN "directory" text NULL;
