CREATE INDEX post_user_key ON posts (user_id);
