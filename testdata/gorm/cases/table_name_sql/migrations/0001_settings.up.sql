CREATE TABLE app_settings (
  id BIGSERIAL PRIMARY KEY,
  setting_key TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE UNIQUE INDEX app_settings_setting_key ON app_settings (setting_key);
