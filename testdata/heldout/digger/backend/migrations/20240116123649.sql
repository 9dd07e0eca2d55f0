-- Modify "digger_batches" table
ALTER TABLE "public"."digger_batches" ADD COLUMN "comment_id" bigint NULL;
