ALTER TABLE oauth_providers ADD COLUMN json_user_roles_path TEXT;
ALTER TABLE oauth_providers ADD COLUMN allowed_roles TEXT;
