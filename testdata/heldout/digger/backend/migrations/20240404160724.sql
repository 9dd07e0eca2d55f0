-- Modify "digger_run_queue_items" table
ALTER TABLE "public"."digger_run_queue_items" DROP COLUMN "project_id";
