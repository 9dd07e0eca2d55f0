// Package dbEntities reproduces github.com/getfider/fider/app/services/sqlstore/dbEntities
// (trimmed: avatar URL building left out).
package dbEntities

import (
	"context"
	"database/sql"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
)

// User is the database mapping for users table
type User struct {
	ID            sql.NullInt64  `db:"id"`
	Name          sql.NullString `db:"name"`
	Email         sql.NullString `db:"email"`
	Tenant        *Tenant        `db:"tenant"`
	Role          sql.NullInt64  `db:"role"`
	Status        sql.NullInt64  `db:"status"`
	AvatarType    sql.NullInt64  `db:"avatar_type"`
	AvatarBlobKey sql.NullString `db:"avatar_bkey"`
	IsTrusted     sql.NullBool   `db:"is_trusted"`
	SecurityStamp sql.NullString `db:"security_stamp"`
	Providers     []*UserProvider
}

type UserProvider struct {
	Name sql.NullString `db:"provider"`
	UID  sql.NullString `db:"provider_uid"`
}

type UserSetting struct {
	Key   string `db:"key"`
	Value string `db:"value"`
}

func (u *User) ToModel(ctx context.Context) *entity.User {
	if u == nil {
		return nil
	}

	tenant, ok := ctx.Value(app.TenantCtxKey).(*entity.Tenant)
	if !ok || tenant == nil {
		if u.Tenant != nil {
			tenant = u.Tenant.ToModel()
		}
	}

	user := &entity.User{
		ID:            int(u.ID.Int64),
		Name:          u.Name.String,
		Email:         u.Email.String,
		Tenant:        tenant,
		Role:          enum.Role(u.Role.Int64),
		Status:        enum.UserStatus(u.Status.Int64),
		AvatarType:    enum.AvatarType(u.AvatarType.Int64),
		AvatarBlobKey: u.AvatarBlobKey.String,
		IsTrusted:     u.IsTrusted.Bool,
		SecurityStamp: u.SecurityStamp.String,
	}

	if u.Providers != nil {
		user.Providers = make([]*entity.UserProvider, len(u.Providers))
		for i, p := range u.Providers {
			user.Providers[i] = &entity.UserProvider{
				Name: p.Name.String,
				UID:  p.UID.String,
			}
		}
	}

	return user
}
