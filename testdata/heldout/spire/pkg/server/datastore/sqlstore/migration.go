package sqlstore

// Reproduces pkg/server/datastore/sqlstore/migration.go, trimmed: semver and
// logrus are dropped (the code version is a plain string), the version
// table comment and the per-version migration switch are cut.

import (
	"github.com/jinzhu/gorm"

	"example.com/heldout/spire/pkg/server/datastore/sqlcommon"
)

const (
	// the latest schema version of the database in the code
	latestSchemaVersion = 25

	// lastMinorReleaseSchemaVersion is the schema version supported by the
	// last minor release.
	lastMinorReleaseSchemaVersion = 23
)

// the current code version (semver.MustParse(version.Version()) upstream)
var codeVersion = "1.15.3"

// migrateDB reproduces migration.go:301 (lookup-or-create :325).
func migrateDB(db *gorm.DB, dbType string, disableMigration bool) (err error) {
	isNew := !db.HasTable(&Migration{})
	if err := db.Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	if isNew {
		return initDB(db, dbType)
	}

	// ensure migrations table exists so we can check versioning in all cases
	if err := db.AutoMigrate(&Migration{}).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	migration := new(Migration)
	// Runs on db (no transaction) at every server start; the migrations table has only the id primary key (models.go:202).
	if err := db.Assign(Migration{}).FirstOrCreate(migration).Error; err != nil { // race; no unique key: migrations has only the autoincrement id PK (Model, models.go:10); the row looked up is "the first row", which no constraint can make unique
		return sqlcommon.NewWrappedSQLError(err)
	}

	schemaVersion := migration.Version

	if schemaVersion == latestSchemaVersion {
		// same DB schema; if current code version greater than stored, store newer code version
		if codeVersion > migration.CodeVersion {
			newMigration := Migration{
				Version:     latestSchemaVersion,
				CodeVersion: codeVersion,
			}

			if err := db.Model(&Migration{}).Updates(newMigration).Error; err != nil {
				return sqlcommon.NewWrappedSQLError(err)
			}
		}
		return nil
	}

	if disableMigration || schemaVersion > latestSchemaVersion {
		return nil
	}

	for schemaVersion < latestSchemaVersion {
		tx := db.Begin()
		if err := tx.Error; err != nil {
			return sqlcommon.NewWrappedSQLError(err)
		}
		schemaVersion, err = migrateVersion(tx, schemaVersion)
		if err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit().Error; err != nil {
			return sqlcommon.NewWrappedSQLError(err)
		}
	}

	return nil
}

// initDB reproduces migration.go:430 (lookup-or-create :457-460).
func initDB(db *gorm.DB, dbType string) (err error) {
	tx := db.Begin()
	if err := tx.Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	tables := []any{
		&Bundle{},
		&AttestedNode{},
		&AttestedNodeEvent{},
		&NodeSelector{},
		&RegisteredEntry{},
		&RegisteredEntryEvent{},
		&JoinToken{},
		&Selector{},
		&Migration{},
		&DNSName{},
		&FederatedTrustDomain{},
		CAJournal{},
	}

	if err := tableOptionsForDialect(tx, dbType).AutoMigrate(tables...).Error; err != nil {
		tx.Rollback()
		return sqlcommon.NewWrappedSQLError(err)
	}

	// Reached by every server that saw no migrations table (migrateDB's HasTable check, outside this transaction).
	if err := tx.Assign(Migration{ // race; no unique key: migrations has only the autoincrement id PK (Model, models.go:10); two servers initialising a fresh MySQL database (DDL commits implicitly) can both insert the version row
		Version:     latestSchemaVersion,
		CodeVersion: codeVersion,
	}).FirstOrCreate(&Migration{}).Error; err != nil {
		tx.Rollback()
		return sqlcommon.NewWrappedSQLError(err)
	}

	if err := addFederatedRegistrationEntriesRegisteredEntryIDIndex(tx); err != nil {
		return err
	}

	if err := tx.Commit().Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	return nil
}

func tableOptionsForDialect(tx *gorm.DB, dbType string) *gorm.DB {
	if isMySQLDbType(dbType) {
		return tx.Set("gorm:table_options", "ENGINE=InnoDB  ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8")
	}
	return tx
}

func migrateVersion(tx *gorm.DB, currVersion int) (versionOut int, err error) {
	nextVersion := currVersion + 1
	if err := tx.Model(&Migration{}).Updates(Migration{
		Version:     nextVersion,
		CodeVersion: codeVersion,
	}).Error; err != nil {
		return 0, sqlcommon.NewWrappedSQLError(err)
	}

	if currVersion < lastMinorReleaseSchemaVersion {
		return 0, sqlcommon.NewSQLError("migrating from schema version %d requires a previous SPIRE release; please follow the upgrade strategy at doc/upgrading.md", currVersion)
	}

	switch currVersion {
	case 23:
		err = migrateToV24(tx)
	case 24:
		err = migrateToV25(tx)
	default:
		err = sqlcommon.NewSQLError("no migration support for unknown schema version %d", currVersion)
	}
	if err != nil {
		return 0, err
	}

	return nextVersion, nil
}

func migrateToV24(tx *gorm.DB) error {
	// Add agent_version column to attested_node_entries table
	if err := tx.AutoMigrate(&AttestedNode{}).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}
	return nil
}

func migrateToV25(tx *gorm.DB) error {
	// Add additional_attributes column to registered_entries table
	if err := tx.AutoMigrate(&RegisteredEntry{}).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}
	return nil
}

func addFederatedRegistrationEntriesRegisteredEntryIDIndex(tx *gorm.DB) error {
	// GORM creates the federated_registration_entries implicitly with a primary
	// key tuple (bundle_id, registered_entry_id).
	if err := tx.Table("federated_registration_entries").AddIndex("idx_federated_registration_entries_registered_entry_id", "registered_entry_id").Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}
	return nil
}
