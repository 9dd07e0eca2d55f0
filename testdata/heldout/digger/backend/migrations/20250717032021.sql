-- Modify "organisations" table
ALTER TABLE "public"."organisations" DROP COLUMN "slack_notification_url";
