-- Create index "idx_digger_jobs_status" to table: "digger_jobs"
CREATE INDEX "idx_digger_jobs_status" ON "public"."digger_jobs" ("status");
