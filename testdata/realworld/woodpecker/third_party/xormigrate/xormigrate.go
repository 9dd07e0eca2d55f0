// Package xormigrate is a stand-in for src.techknowlogick.com/xormigrate with
// only the API subset woodpecker's migration package uses. Like the real
// library, each migration runs in its own session (transaction), one after
// the other, from Migrate.
package xormigrate

import "xorm.io/xorm"

// Migration is xormigrate.Migration.
type Migration struct {
	ID             string                    `xorm:"id"`
	MigrateSession func(*xorm.Session) error `xorm:"-"`
}

// Xormigrate is xormigrate.Xormigrate.
type Xormigrate struct {
	db         *xorm.Engine
	migrations []*Migration
}

func New(db *xorm.Engine, migrations []*Migration) *Xormigrate {
	return &Xormigrate{db: db, migrations: migrations}
}

// Migrate runs the migrations sequentially, each in a transaction.
func (x *Xormigrate) Migrate() error {
	for _, m := range x.migrations {
		sess := x.db.NewSession()
		if err := sess.Begin(); err != nil {
			sess.Close()
			return err
		}
		if err := m.MigrateSession(sess); err != nil {
			_ = sess.Rollback()
			sess.Close()
			return err
		}
		if err := sess.Commit(); err != nil {
			sess.Close()
			return err
		}
		sess.Close()
	}
	return nil
}
