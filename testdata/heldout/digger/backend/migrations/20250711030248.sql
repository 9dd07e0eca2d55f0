-- Modify "organisations" table
ALTER TABLE "public"."organisations" ADD COLUMN "drift_enabled" boolean NULL;
