-- Modify "digger_batches" table
ALTER TABLE "public"."digger_batches" ADD COLUMN "vcs" text NULL;
