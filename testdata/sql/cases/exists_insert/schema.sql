CREATE TABLE stars (user_id BIGINT NOT NULL, repo_id BIGINT NOT NULL, PRIMARY KEY (user_id, repo_id));
