-- name: UsersServiceGetUsersQty :one
SELECT COUNT(*) FROM users;
