-- Modify "digger_batches" table
ALTER TABLE "public"."digger_batches" ADD COLUMN "digger_batch_id" text NULL;
