ALTER TABLE email_verifications ADD COLUMN code VARCHAR(6) NULL;
