// Package resourcepermissions reproduces, reduced to the call path, how
// Grafana's resource permission service runs the OnSetUser hook inside the
// transaction that writes the managed permission
// (pkg/services/accesscontrol/resourcepermissions; not read line by line).
package resourcepermissions

import (
	"context"
	"strconv"

	"example.com/heldout/grafana/pkg/infra/db"
)

type User struct {
	ID         int64
	IsExternal bool
}

type Options struct {
	OnSetUser func(session *db.Session, orgID int64, user User, resourceID, permission string) error
}

type Service struct {
	db      db.DB
	options Options
}

func New(db db.DB, options Options) *Service {
	return &Service{db: db, options: options}
}

// SetUserPermission -> store.SetUserResourcePermission: one
// WithTransactionalDbSession around the permission write and the hook.
func (s *Service) SetUserPermission(ctx context.Context, orgID int64, user User, resourceID int64, permission string) error {
	return s.db.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		if s.options.OnSetUser != nil {
			if err := s.options.OnSetUser(sess, orgID, user, strconv.FormatInt(resourceID, 10), permission); err != nil {
				return err
			}
		}
		return nil
	})
}
