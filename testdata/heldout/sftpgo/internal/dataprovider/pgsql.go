// Code reproduced from internal/dataprovider/pgsql.go (PostgreSQL and
// CockroachDB provider); each function carries its upstream line.

package dataprovider

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver, as upstream

	"example.com/heldout/sftpgo/internal/logger"
	"example.com/heldout/sftpgo/internal/util"
	"example.com/heldout/sftpgo/internal/vfs"
)

// PGSQLProvider defines the auth provider for PostgreSQL database (pgsql.go:276)
type PGSQLProvider struct {
	dbHandle *sql.DB
}

// pgsql.go:284 (trimmed: pgx.ParseConfig/stdlib.OpenDB multi-host variant and pool tuning)
func initializePGSQLProvider() error {
	dbHandle, err := sql.Open("pgx", config.ConnectionString)
	if err != nil {
		providerLog(logger.LevelError, "error creating postgres database handler: %v", err)
		return err
	}
	dbHandle.SetConnMaxLifetime(240 * time.Second)
	provider = &PGSQLProvider{dbHandle: dbHandle}

	ctx, cancel := context.WithTimeout(context.Background(), defaultSQLQueryTimeout)
	defer cancel()

	return dbHandle.PingContext(ctx)
}

// upstream pgsql.go:378
func (p *PGSQLProvider) validateUserAndPass(username, password, ip, protocol string) (User, error) {
	return sqlCommonValidateUserAndPass(username, password, ip, protocol, p.dbHandle)
}

// upstream pgsql.go:422
func (p *PGSQLProvider) userExists(username, role string) (User, error) {
	return sqlCommonGetUserByUsername(username, role, p.dbHandle)
}

// upstream pgsql.go:426
func (p *PGSQLProvider) addUser(user *User) error {
	return p.normalizeError(sqlCommonAddUser(user, p.dbHandle), fieldUsername)
}

// upstream pgsql.go:430
func (p *PGSQLProvider) updateUser(user *User) error {
	return p.normalizeError(sqlCommonUpdateUser(user, p.dbHandle), -1)
}

// upstream pgsql.go:466
func (p *PGSQLProvider) getFolderByName(name string) (vfs.BaseVirtualFolder, error) {
	ctx, cancel := context.WithTimeout(context.Background(), defaultSQLQueryTimeout)
	defer cancel()
	return sqlCommonGetFolderByName(ctx, name, p.dbHandle)
}

// upstream pgsql.go:472
func (p *PGSQLProvider) addFolder(folder *vfs.BaseVirtualFolder) error {
	return p.normalizeError(sqlCommonAddFolder(folder, p.dbHandle), fieldName)
}

// upstream pgsql.go:476
func (p *PGSQLProvider) updateFolder(folder *vfs.BaseVirtualFolder) error {
	return sqlCommonUpdateFolder(folder, p.dbHandle)
}

// upstream pgsql.go:504
func (p *PGSQLProvider) groupExists(name string) (Group, error) {
	return sqlCommonGetGroupByName(name, p.dbHandle)
}

// upstream pgsql.go:508
func (p *PGSQLProvider) addGroup(group *Group) error {
	return p.normalizeError(sqlCommonAddGroup(group, p.dbHandle), fieldName)
}

// upstream pgsql.go:512
func (p *PGSQLProvider) updateGroup(group *Group) error {
	return sqlCommonUpdateGroup(group, p.dbHandle)
}

// upstream pgsql.go:524
func (p *PGSQLProvider) adminExists(username string) (Admin, error) {
	return sqlCommonGetAdminByUsername(username, p.dbHandle)
}

// upstream pgsql.go:528
func (p *PGSQLProvider) addAdmin(admin *Admin) error {
	return p.normalizeError(sqlCommonAddAdmin(admin, p.dbHandle), fieldUsername)
}

// upstream pgsql.go:532
func (p *PGSQLProvider) updateAdmin(admin *Admin) error {
	return p.normalizeError(sqlCommonUpdateAdmin(admin, p.dbHandle), -1)
}

// upstream pgsql.go:536
func (p *PGSQLProvider) deleteAdmin(admin Admin) error {
	return sqlCommonDeleteAdmin(admin, p.dbHandle)
}

// upstream pgsql.go:540
func (p *PGSQLProvider) getAdmins(limit int, offset int, order string) ([]Admin, error) {
	return sqlCommonGetAdmins(limit, offset, order, p.dbHandle)
}

// upstream pgsql.go:552
func (p *PGSQLProvider) apiKeyExists(keyID string) (APIKey, error) {
	return sqlCommonGetAPIKeyByID(keyID, p.dbHandle)
}

// upstream pgsql.go:556
func (p *PGSQLProvider) addAPIKey(apiKey *APIKey) error {
	return p.normalizeError(sqlCommonAddAPIKey(apiKey, p.dbHandle), -1)
}

// upstream pgsql.go:560
func (p *PGSQLProvider) updateAPIKey(apiKey *APIKey) error {
	return p.normalizeError(sqlCommonUpdateAPIKey(apiKey, p.dbHandle), -1)
}

// upstream pgsql.go:580
func (p *PGSQLProvider) shareExists(shareID, username string) (Share, error) {
	return sqlCommonGetShareByID(shareID, username, p.dbHandle)
}

// upstream pgsql.go:584
func (p *PGSQLProvider) addShare(share *Share) error {
	return p.normalizeError(sqlCommonAddShare(share, p.dbHandle), fieldName)
}

// upstream pgsql.go:588
func (p *PGSQLProvider) updateShare(share *Share) error {
	return p.normalizeError(sqlCommonUpdateShare(share, p.dbHandle), -1)
}

// upstream pgsql.go:612
func (p *PGSQLProvider) getDefenderHostByIP(ip string, from int64) (DefenderEntry, error) {
	return sqlCommonGetDefenderHostByIP(ip, from, p.dbHandle)
}

// upstream pgsql.go:628
func (p *PGSQLProvider) addDefenderEvent(ip string, score int) error {
	return sqlCommonAddDefenderHostAndEvent(ip, score, p.dbHandle)
}

// upstream pgsql.go:660
func (p *PGSQLProvider) addSharedSession(session Session) error {
	return sqlCommonAddSession(session, p.dbHandle)
}

// upstream pgsql.go:668
func (p *PGSQLProvider) getSharedSession(key string, sessionType SessionType) (Session, error) {
	return sqlCommonGetSession(key, sessionType, p.dbHandle)
}

// upstream pgsql.go:684
func (p *PGSQLProvider) eventActionExists(name string) (BaseEventAction, error) {
	return sqlCommonGetEventActionByName(name, p.dbHandle)
}

// upstream pgsql.go:688
func (p *PGSQLProvider) addEventAction(action *BaseEventAction) error {
	return p.normalizeError(sqlCommonAddEventAction(action, p.dbHandle), fieldName)
}

// upstream pgsql.go:692
func (p *PGSQLProvider) updateEventAction(action *BaseEventAction) error {
	return sqlCommonUpdateEventAction(action, p.dbHandle)
}

// upstream pgsql.go:712
func (p *PGSQLProvider) eventRuleExists(name string) (EventRule, error) {
	return sqlCommonGetEventRuleByName(name, p.dbHandle)
}

// upstream pgsql.go:716
func (p *PGSQLProvider) addEventRule(rule *EventRule) error {
	return p.normalizeError(sqlCommonAddEventRule(rule, p.dbHandle), fieldName)
}

// upstream pgsql.go:720
func (p *PGSQLProvider) updateEventRule(rule *EventRule) error {
	return sqlCommonUpdateEventRule(rule, p.dbHandle)
}

// upstream pgsql.go:728
func (p *PGSQLProvider) getTaskByName(name string) (Task, error) {
	return sqlCommonGetTaskByName(name, p.dbHandle)
}

// upstream pgsql.go:732
func (p *PGSQLProvider) addTask(name string) error {
	return sqlCommonAddTask(name, p.dbHandle)
}

// upstream pgsql.go:736
func (p *PGSQLProvider) updateTask(name string, version int64) error {
	return sqlCommonUpdateTask(name, version, p.dbHandle)
}

// upstream pgsql.go:764
func (p *PGSQLProvider) roleExists(name string) (Role, error) {
	return sqlCommonGetRoleByName(name, p.dbHandle)
}

// upstream pgsql.go:768
func (p *PGSQLProvider) addRole(role *Role) error {
	return p.normalizeError(sqlCommonAddRole(role, p.dbHandle), fieldName)
}

// upstream pgsql.go:772
func (p *PGSQLProvider) updateRole(role *Role) error {
	return sqlCommonUpdateRole(role, p.dbHandle)
}

// upstream pgsql.go:788
func (p *PGSQLProvider) ipListEntryExists(ipOrNet string, listType IPListType) (IPListEntry, error) {
	return sqlCommonGetIPListEntry(ipOrNet, listType, p.dbHandle)
}

// upstream pgsql.go:792
func (p *PGSQLProvider) addIPListEntry(entry *IPListEntry) error {
	return p.normalizeError(sqlCommonAddIPListEntry(entry, p.dbHandle), fieldIPNet)
}

// upstream pgsql.go:796
func (p *PGSQLProvider) updateIPListEntry(entry *IPListEntry) error {
	return sqlCommonUpdateIPListEntry(entry, p.dbHandle)
}

// upstream pgsql.go:824
func (p *PGSQLProvider) getConfigs() (Configs, error) {
	return sqlCommonGetConfigs(p.dbHandle)
}

// upstream pgsql.go:828
func (p *PGSQLProvider) setConfigs(configs *Configs) error {
	return sqlCommonSetConfigs(configs, p.dbHandle)
}

// upstream pgsql.go:849
// initializeDatabase creates the initial database structure
func (p *PGSQLProvider) initializeDatabase() error {
	dbVersion, err := sqlCommonGetDatabaseVersion(p.dbHandle, false)
	if err == nil && dbVersion.Version > 0 {
		return ErrNoInitRequired
	}
	if errors.Is(err, sql.ErrNoRows) && config.Driver != CockroachDataProviderName {
		// on CockroachDB an empty schema_version is the footprint of an
		// interrupted initialization: the statements are idempotent, so
		// the retry below completes the missing pieces.
		return errSchemaVersionEmpty
	}
	logger.InfoToConsole("creating initial database schema, version 33")
	providerLog(logger.LevelInfo, "creating initial database schema, version 33")
	if config.Driver == CockroachDataProviderName {
		return runCRDBStatements(p.dbHandle, crdbInitialStatements(), 33, true)
	}
	initialSQL := sqlReplaceAll(pgsqlInitial + ipListsLikeIndex)
	return sqlCommonExecSQLAndUpdateDBVersion(p.dbHandle, []string{initialSQL}, 33, true)
}

// upstream pgsql.go:869
func crdbInitialStatements() []string {
	initialSQL := sqlReplaceAll(pgsqlInitial)
	initialSQL = strings.ReplaceAll(initialSQL, "GENERATED ALWAYS AS IDENTITY", "DEFAULT unordered_unique_rowid()")
	initialSQL = strings.ReplaceAll(initialSQL, "CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ")
	initialSQL = strings.ReplaceAll(initialSQL, "CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
	initialSQL = strings.ReplaceAll(initialSQL, "ADD CONSTRAINT ", "ADD CONSTRAINT IF NOT EXISTS ")
	initialSQL = strings.ReplaceAll(initialSQL,
		fmt.Sprintf("INSERT INTO %s (configs) VALUES ('{}')", sqlTableConfigs),
		fmt.Sprintf("INSERT INTO %s (configs) SELECT '{}' WHERE NOT EXISTS (SELECT id FROM %s)",
			sqlTableConfigs, sqlTableConfigs))
	return strings.Split(initialSQL, ";")
}

// upstream pgsql.go:882
func (p *PGSQLProvider) migrateDatabase() error {
	dbVersion, err := sqlCommonGetDatabaseVersion(p.dbHandle, true)
	if err != nil {
		return err
	}

	switch version := dbVersion.Version; {
	case version == sqlDatabaseVersion:
		providerLog(logger.LevelDebug, "sql database is up to date, current version: %d", version)
		return ErrNoInitRequired
	case version < 33:
		err = fmt.Errorf("database schema version %d is too old", version)
		providerLog(logger.LevelError, "%v", err)
		logger.ErrorToConsole("%v", err)
		return err
	case version == 33, version == 34:
		// trimmed: updatePGSQLDatabaseFromV33/V34 run the v34/v35 SQL through
		// sqlCommonExecSQLAndUpdateDBVersion (lock + re-check), or runCRDBStatements
		return nil
	default:
		if version > sqlDatabaseVersion {
			providerLog(logger.LevelError, "database schema version %d is newer than the supported one: %d", version,
				sqlDatabaseVersion)
			logger.WarnToConsole("database schema version %d is newer than the supported one: %d", version,
				sqlDatabaseVersion)
			return nil
		}
		return fmt.Errorf("database schema version not handled: %d", version)
	}
}

// upstream pgsql.go:937
func (p *PGSQLProvider) normalizeError(err error, fieldType int) error {
	if err == nil {
		return nil
	}
	// upstream uses errors.AsType[*pgconn.PgError](err) (Go 1.26); errors.As is equivalent
	var pgsqlErr *pgconn.PgError
	if errors.As(err, &pgsqlErr) {
		switch pgsqlErr.Code {
		case "23505":
			var message string
			switch fieldType {
			case fieldUsername:
				message = util.I18nErrorDuplicatedUsername
			case fieldIPNet:
				message = util.I18nErrorDuplicatedIPNet
			default:
				message = util.I18nErrorDuplicatedName
			}
			return util.NewI18nError(
				fmt.Errorf("%w: %s", ErrDuplicatedKey, err.Error()),
				message,
			)
		case "23503":
			return fmt.Errorf("%w: %s", ErrForeignKeyViolated, err.Error())
		}
	}
	return err
}

// upstream pgsql.go:1019
func runCRDBStatements(dbHandle *sql.DB, statements []string, newVersion int, isUp bool) error {
	// R18 (CockroachDB): lookup of the schema version, no lock (sqlAcquireLock is only used by
	// sqlCommonExecSQLAndUpdateDBVersion), then the initial statements run one by one, including the
	// plain INSERT INTO schema_version (version) VALUES (33) of pgsqlInitial. Two nodes initializing a
	// fresh CockroachDB at once both insert a schema_version row. (The configs insert is rewritten to
	// INSERT ... SELECT ... WHERE NOT EXISTS, a single serializable statement.)
	if currentVersion, err := sqlCommonGetDatabaseVersion(dbHandle, false); err == nil { // race; no unique key: schema_version has only "id" PRIMARY KEY (DEFAULT unordered_unique_rowid() on CockroachDB, pgsql.go:67, :871); no constraint on version
		if (isUp && currentVersion.Version >= newVersion) || (!isUp && currentVersion.Version <= newVersion) {
			providerLog(logger.LevelInfo, "current schema version: %d, requested: %d, did you execute simultaneous migrations?",
				currentVersion.Version, newVersion)
			return nil
		}
	}
	execStatement := func(q string) error {
		ctx, cancel := context.WithTimeout(context.Background(), longSQLQueryTimeout)
		defer cancel()

		_, err := dbHandle.ExecContext(ctx, q)
		return err
	}
	for _, q := range statements {
		q = strings.TrimSpace(q)
		if q == "" {
			continue
		}
		if err := execStatement(q); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), defaultSQLQueryTimeout)
	defer cancel()

	return sqlCommonUpdateDatabaseVersion(ctx, dbHandle, newVersion)
}
