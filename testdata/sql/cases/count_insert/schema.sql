CREATE TABLE subscriptions (list_id BIGINT NOT NULL, email TEXT NOT NULL, UNIQUE (list_id, email));
