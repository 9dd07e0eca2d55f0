-- Modify "digger_batches" table
ALTER TABLE "public"."digger_batches" ADD COLUMN "source_details" bytea NULL;
