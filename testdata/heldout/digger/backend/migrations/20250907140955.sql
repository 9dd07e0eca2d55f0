-- Modify "organisations" table
ALTER TABLE "public"."organisations" ADD COLUMN "slack_connect_channel_name" text NULL;
