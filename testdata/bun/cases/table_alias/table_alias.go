// Conditions written with bun's ?TableAlias placeholder, and the lookup's
// error tested with == sql.ErrNoRows in a switch.
package table_alias

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
)

type Device struct {
	bun.BaseModel `bun:"table:devices,alias:d"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Serial        string `bun:"serial,unique"`
	Owner         string `bun:"owner"`
}

// Register returns the device, registering it to owner when new.
func Register(ctx context.Context, db *bun.DB, serial, owner string) (*Device, error) {
	d := new(Device)
	err := db.NewSelect().Model(d).Where("?TableAlias.serial = ?", serial).Limit(1).Scan(ctx)
	switch {
	case err == sql.ErrNoRows:
		d = &Device{Serial: serial, Owner: owner}
		if _, err := db.NewInsert().Model(d).Exec(ctx); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	}
	return d, nil
}
