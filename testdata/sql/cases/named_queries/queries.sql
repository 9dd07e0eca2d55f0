-- Queries loaded at start-up by name (goyesql), prepared into Queries.

-- name: nq-get-list
SELECT id, name FROM lists WHERE name = $1;

-- name: nq-insert-list
INSERT INTO lists (name, optin) VALUES ($1, $2) RETURNING id;
