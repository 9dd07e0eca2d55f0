CREATE TABLE members (
  team_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
