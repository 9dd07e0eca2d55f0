-- Modify "organisations" table
ALTER TABLE "public"."organisations" ALTER COLUMN "drift_enabled" SET DEFAULT false;
