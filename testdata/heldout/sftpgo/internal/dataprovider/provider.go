package dataprovider

import (
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"

	"example.com/heldout/sftpgo/internal/vfs"
)

// Supported data providers (dataprovider.go:80-90)
const (
	SQLiteDataProviderName    = "sqlite"
	PGSQLDataProviderName     = "postgresql"
	MySQLDataProviderName     = "mysql"
	BoltDataProviderName      = "bolt"
	MemoryDataProviderName    = "memory"
	CockroachDataProviderName = "cockroachdb"
)

const (
	operationAdd    = "add"
	operationUpdate = "update"
	operationDelete = "delete"
	// OrderASC defines ascending order
	OrderASC       = "ASC"
	protocolWebDAV = "DAV"
	fieldUsername  = 1
	fieldName      = 2
	fieldIPNet     = 3
	// LoginMethodPassword defines password login
	LoginMethodPassword = "password"
	// LoginMethodIDP defines an IDP login
	LoginMethodIDP = "IDP"
	// ActionExecutorSystem is used as username for actions with no explicit executor associated (actions.go:42)
	ActionExecutorSystem = "__system__"
)

// actions.go:46-56
const (
	actionObjectUser        = "user"
	actionObjectFolder      = "folder"
	actionObjectGroup       = "group"
	actionObjectAdmin       = "admin"
	actionObjectAPIKey      = "api_key"
	actionObjectShare       = "share"
	actionObjectEventAction = "event_action"
	actionObjectEventRule   = "event_rule"
	actionObjectRole        = "role"
	actionObjectIPListEntry = "ip_list_entry"
	actionObjectConfigs     = "configs"
)

var (
	// ErrNoInitRequired defines the error returned by InitProvider if no inizialization/update is required
	ErrNoInitRequired = errors.New("the data provider is up to date")
	// ErrInvalidCredentials defines the error to return if the supplied credentials are invalid
	ErrInvalidCredentials = errors.New("invalid credentials")
	// ErrDuplicatedKey occurs when there is a unique key constraint violation
	ErrDuplicatedKey = errors.New("duplicated key not allowed")
	// ErrForeignKeyViolated occurs when there is a foreign key constraint violation
	ErrForeignKeyViolated = errors.New("violates foreign key constraint")
	config                Config
	provider              Provider
	isAdminCreated        atomic.Bool
	logSender             = "dataprovider"
	sqlPlaceholders       []string
	fnReloadRules         func()
)

// SQL table names (dataprovider.go:244 initSQLTables)
var (
	sqlTableUsers          = "users"
	sqlTableFolders        = "folders"
	sqlTableAdmins         = "admins"
	sqlTableAPIKeys        = "api_keys"
	sqlTableShares         = "shares"
	sqlTableDefenderHosts  = "defender_hosts"
	sqlTableDefenderEvents = "defender_events"
	sqlTableGroups         = "groups"
	sqlTableSharedSessions = "shared_sessions"
	sqlTableEventsActions  = "events_actions"
	sqlTableEventsRules    = "events_rules"
	sqlTableTasks          = "tasks"
	sqlTableRoles          = "roles"
	sqlTableIPLists        = "ip_lists"
	sqlTableConfigs        = "configurations"
	sqlTableSchemaVersion  = "schema_version"
	// only used by sqlReplaceAll
	sqlTableUsersFoldersMapping  = "users_folders_mapping"
	sqlTableSharesGroupsMapping  = "shares_groups_mapping"
	sqlTableActiveTransfers      = "active_transfers"
	sqlTableUsersGroupsMapping   = "users_groups_mapping"
	sqlTableGroupsFoldersMapping = "groups_folders_mapping"
	sqlTableAdminsGroupsMapping  = "admins_groups_mapping"
	sqlTableRulesActionsMapping  = "rules_actions_mapping"
	sqlTableNodes                = "nodes"
)

// Config defines the provider configuration (dataprovider.go, trimmed)
type Config struct {
	Driver             string
	Name               string
	ConnectionString   string
	SQLTablesPrefix    string
	ExternalAuthHook   string
	ExternalAuthScope  int
	PreLoginHook       string
	UpdateMode         int
	CreateDefaultAdmin bool
	NamingRules        int
	IsShared           int
}

// dataprovider.go:537
func (c *Config) convertName(name string) string {
	if c.NamingRules <= 1 {
		return name
	}
	if c.NamingRules&2 != 0 {
		name = strings.ToLower(name)
	}
	if c.NamingRules&4 != 0 {
		name = strings.TrimSpace(name)
	}

	return name
}

// Provider defines the interface that data providers must implement
// (dataprovider.go:768, trimmed to the methods used by the reproduced chains).
type Provider interface {
	validateUserAndPass(username, password, ip, protocol string) (User, error)
	userExists(username, role string) (User, error)
	addUser(user *User) error
	updateUser(user *User) error
	getFolderByName(name string) (vfs.BaseVirtualFolder, error)
	addFolder(folder *vfs.BaseVirtualFolder) error
	updateFolder(folder *vfs.BaseVirtualFolder) error
	groupExists(name string) (Group, error)
	addGroup(group *Group) error
	updateGroup(group *Group) error
	adminExists(username string) (Admin, error)
	addAdmin(admin *Admin) error
	updateAdmin(admin *Admin) error
	deleteAdmin(admin Admin) error
	getAdmins(limit int, offset int, order string) ([]Admin, error)
	apiKeyExists(keyID string) (APIKey, error)
	addAPIKey(apiKey *APIKey) error
	updateAPIKey(apiKey *APIKey) error
	shareExists(shareID, username string) (Share, error)
	addShare(share *Share) error
	updateShare(share *Share) error
	getDefenderHostByIP(ip string, from int64) (DefenderEntry, error)
	addDefenderEvent(ip string, score int) error
	addSharedSession(session Session) error
	getSharedSession(key string, sessionType SessionType) (Session, error)
	eventActionExists(name string) (BaseEventAction, error)
	addEventAction(action *BaseEventAction) error
	updateEventAction(action *BaseEventAction) error
	eventRuleExists(name string) (EventRule, error)
	addEventRule(rule *EventRule) error
	updateEventRule(rule *EventRule) error
	getTaskByName(name string) (Task, error)
	addTask(name string) error
	updateTask(name string, version int64) error
	roleExists(name string) (Role, error)
	addRole(role *Role) error
	updateRole(role *Role) error
	ipListEntryExists(ipOrNet string, listType IPListType) (IPListEntry, error)
	addIPListEntry(entry *IPListEntry) error
	updateIPListEntry(entry *IPListEntry) error
	getConfigs() (Configs, error)
	setConfigs(configs *Configs) error
	initializeDatabase() error
	migrateDatabase() error
}

// dataprovider.go:2618 (trimmed: SQLite, MySQL and bolt handles are not opened here)
func createProvider(_ string) error {
	sqlPlaceholders = getSQLPlaceholders()
	logSender = fmt.Sprintf("dataprovider_%v", config.Driver)

	switch config.Driver {
	case PGSQLDataProviderName, CockroachDataProviderName:
		return initializePGSQLProvider()
	case MemoryDataProviderName:
		// upstream: initializeMemoryProvider; provider = &MemoryProvider{...} (memory.go:94)
		_ = newMemoryProvider()
		return nil
	default:
		return fmt.Errorf("unsupported data provider: %v", config.Driver)
	}
}

// admin.go:649
func (a *Admin) setFromEnv() error {
	envUsername := strings.TrimSpace(os.Getenv("SFTPGO_DEFAULT_ADMIN_USERNAME"))
	envPassword := strings.TrimSpace(os.Getenv("SFTPGO_DEFAULT_ADMIN_PASSWORD"))
	if envUsername == "" || envPassword == "" {
		return errors.New(`to create the default admin you need to set the env vars "SFTPGO_DEFAULT_ADMIN_USERNAME" and "SFTPGO_DEFAULT_ADMIN_PASSWORD"`)
	}
	a.Username = envUsername
	a.Password = envPassword
	a.Status = 1
	a.Permissions = []string{PermAdminAny}
	return nil
}

// PermAdminAny defines the permission to do anything as admin
const PermAdminAny = "*"

func (e *IPListEntry) getName() string {
	return fmt.Sprintf("%d_%s", e.Type, e.IPOrNet)
}

// ---- trimmed collaborators (side effects that do not touch the looked-up rows) ----

// executeAction runs the configured provider actions/hooks (actions.go, trimmed)
func executeAction(_, _, _, _, _, _ string, _ any) {}

type wrappedFolder struct {
	Folder vfs.BaseVirtualFolder
}

type webDAVCache struct{}

func (c *webDAVCache) swap(_ *User, _ string) {}

var webDAVUsersCache = &webDAVCache{}

// RemoveCachedWebDAVUser removes a cached WebDAV user
func RemoveCachedWebDAVUser(_ string) {}

type credentialsCache struct{}

func (c *credentialsCache) Add(_, _, _ string) {}
func (c *credentialsCache) Remove(_ string)    {}

var (
	cachedUserPasswords  = &credentialsCache{}
	cachedAdminPasswords = &credentialsCache{}
)

func checkUserAndPass(user *User, _, _, _ string) (User, error) {
	return *user, nil
}

func checkPasswordAfterEmptyExtAuthResponse(_ *User, _, _ string) error {
	return nil
}

// getPreLoginHookResponse runs the pre-login hook (HTTP or program) and returns its output (dataprovider.go:4246, trimmed)
func getPreLoginHookResponse(_, _, _ string, _ []byte) ([]byte, error) {
	return nil, nil
}

// getExternalAuthResponse runs the external auth hook and returns its output (dataprovider.go:4423, trimmed)
func getExternalAuthResponse(_, _, _, _, _, _ string, _ *x509.Certificate, _ User) ([]byte, error) {
	return nil, nil
}
