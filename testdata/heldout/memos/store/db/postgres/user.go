package postgres

import (
	"context"
	"fmt"
	"strings"

	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/pkg/errors"
)

// CreateUser reproduces store/db/postgres/user.go:13.
func (d *DB) CreateUser(ctx context.Context, create *store.User) (*store.User, error) {
	if err := insertUser(ctx, d.db, create); err != nil {
		return nil, err
	}
	return create, nil
}

// ListUsers reproduces store/db/postgres/user.go:77.
func (d *DB) ListUsers(ctx context.Context, find *store.FindUser) ([]*store.User, error) {
	where, args := []string{"1 = 1"}, []any{}
	orderBy := []string{"created_ts DESC", "row_status DESC", "id DESC"}

	if len(find.Filters) > 0 {
		return nil, errors.Errorf("user filters are not supported")
	}

	if v := find.ID; v != nil {
		where, args = append(where, "id = "+placeholder(len(args)+1)), append(args, *v)
	}
	if len(find.IDList) > 0 {
		holders := make([]string, 0, len(find.IDList))
		for range find.IDList {
			holders = append(holders, placeholder(len(args)+1))
			args = append(args, find.IDList[len(holders)-1])
		}
		where = append(where, fmt.Sprintf("id IN (%s)", strings.Join(holders, ", ")))
	}
	if len(find.UsernameList) > 0 {
		holders := make([]string, 0, len(find.UsernameList))
		for _, username := range find.UsernameList {
			holders = append(holders, placeholder(len(args)+1))
			args = append(args, username)
		}
		where = append(where, fmt.Sprintf("username IN (%s)", strings.Join(holders, ", ")))
	}
	if v := find.RowStatus; v != nil {
		where, args = append(where, "row_status = "+placeholder(len(args)+1)), append(args, *v)
	}
	if v := find.Username; v != nil {
		where, args = append(where, "username = "+placeholder(len(args)+1)), append(args, *v)
	}
	if v := find.Role; v != nil {
		where, args = append(where, "role = "+placeholder(len(args)+1)), append(args, *v)
	}
	if v := find.Email; v != nil {
		where, args = append(where, "email = "+placeholder(len(args)+1)), append(args, *v)
	}
	if v := find.Nickname; v != nil {
		where, args = append(where, "nickname = "+placeholder(len(args)+1)), append(args, *v)
	}
	if v := find.Search; v != nil && strings.TrimSpace(*v) != "" {
		query := strings.ToLower(strings.TrimSpace(*v))
		where, args = append(where, "(LOWER(username) LIKE "+placeholder(len(args)+1)+" OR LOWER(nickname) LIKE "+placeholder(len(args)+2)+")"), append(args, "%"+query+"%", "%"+query+"%")
		orderBy = []string{
			"CASE WHEN LOWER(username) = " + placeholder(len(args)+1) + " THEN 0 " +
				"WHEN LOWER(username) LIKE " + placeholder(len(args)+2) + " THEN 1 " +
				"WHEN LOWER(nickname) LIKE " + placeholder(len(args)+3) + " THEN 2 ELSE 3 END",
			"LENGTH(username) ASC",
			"created_ts DESC",
			"row_status DESC",
		}
		args = append(args, query, query+"%", query+"%")
	}
	query := `
		SELECT 
			id,
			username,
			role,
			email,
			nickname,
			password_hash,
			avatar_url,
			description,
			created_ts,
			updated_ts,
			row_status
		FROM "user"
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY ` + strings.Join(orderBy, ", ")
	if v := find.Limit; v != nil {
		query += fmt.Sprintf(" LIMIT %d", *v)
		if v := find.Offset; v != nil {
			query += fmt.Sprintf(" OFFSET %d", *v)
		}
	}
	rows, err := d.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	list := make([]*store.User, 0)
	for rows.Next() {
		var user store.User
		if err := rows.Scan(
			&user.ID,
			&user.Username,
			&user.Role,
			&user.Email,
			&user.Nickname,
			&user.PasswordHash,
			&user.AvatarURL,
			&user.Description,
			&user.CreatedTs,
			&user.UpdatedTs,
			&user.RowStatus,
		); err != nil {
			return nil, err
		}
		list = append(list, &user)
	}

	if err := rows.Err(); err != nil {
		return nil, err
	}

	return list, nil
}
