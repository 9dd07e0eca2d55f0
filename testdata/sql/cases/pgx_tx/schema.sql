CREATE TABLE follows (
  follower BIGINT NOT NULL,
  followee BIGINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT follows_pair UNIQUE (follower, followee)
);
