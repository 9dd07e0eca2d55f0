// xorm: Find into a slice then len (casdoor's CheckLdapExist, a bool
// helper that answers true from a guard); a Get whose (bool, error) a
// helper turns into a not-found sentinel, and an insert whose unique
// violation a helper turns into a sentinel of its own (woodpecker's
// wrapGet and wrapInsert).
package find_exists

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"xorm.io/builder"
	"xorm.io/xorm"
)

type Ldap struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Owner string `xorm:"unique(o) 'owner'"`
	Host  string `xorm:"unique(o) 'host'"`
}

// ErrLdapExists is the found path's answer.
var ErrLdapExists = errors.New("ldap server exists")

// CheckLdapExist reports whether the server is configured.
func CheckLdapExist(engine *xorm.Engine, owner, host string) (bool, error) {
	var result []*Ldap
	err := engine.Find(&result, &Ldap{Owner: owner, Host: host})
	if err != nil {
		return false, err
	}
	if len(result) > 0 {
		return true, nil
	}
	return false, nil
}

// AddLdap checks, then adds.
func AddLdap(engine *xorm.Engine, owner, host string) error {
	ok, err := CheckLdapExist(engine, owner, host)
	if err != nil {
		return err
	}
	if ok {
		return ErrLdapExists
	}
	_, err = engine.Insert(&Ldap{Owner: owner, Host: host})
	return err
}

// AddLdapDirect finds, then adds.
func AddLdapDirect(engine *xorm.Engine, owner, host string) error {
	var result []Ldap
	err := engine.Where("owner = ? AND host = ?", owner, host).Find(&result)
	if err != nil {
		return err
	}
	if len(result) != 0 {
		return ErrLdapExists
	}
	_, err = engine.Insert(&Ldap{Owner: owner, Host: host})
	return err
}

type Config struct {
	ID     int64  `xorm:"pk autoincr 'id'"`
	RepoID int64  `xorm:"unique(s) 'repo_id'"`
	Hash   string `xorm:"unique(s) 'hash'"`
	Name   string `xorm:"unique(s) 'name'"`
	Data   string `xorm:"'data'"`
}

var (
	// ErrRecordNotExist is what the store answers for a missing row.
	ErrRecordNotExist = errors.New("record does not exist")
	// ErrInsertDuplicateDetected is what it answers for a duplicate.
	ErrInsertDuplicateDetected = errors.New("duplicate")
)

func wrapGet(exist bool, err error) error {
	if !exist {
		return ErrRecordNotExist
	}
	if err != nil {
		return fmt.Errorf("%s: %w", callerName(2), err)
	}
	return nil
}

func callerName(skip int) string {
	pc, _, _, ok := runtime.Caller(skip)
	if !ok {
		return ""
	}
	return runtime.FuncForPC(pc).Name()
}

func wrapInsert(_ int64, err error) error {
	if err != nil && strings.Contains(err.Error(), "UNIQUE") {
		return ErrInsertDuplicateDetected
	}
	return err
}

func configFind(engine *xorm.Engine, repoID int64, hash, name string) (*Config, error) {
	conf := new(Config)
	if err := wrapGet(engine.Where(builder.Eq{"repo_id": repoID, "hash": hash, "name": name}).Get(conf)); err != nil {
		return nil, err
	}
	return conf, nil
}

// ConfigPersist stores a pipeline config once per content.
func ConfigPersist(engine *xorm.Engine, repoID int64, name, data string) (*Config, error) {
	conf := &Config{RepoID: repoID, Name: name, Data: data}
	conf.Hash = fmt.Sprintf("%x", sha256.Sum256([]byte(conf.Data)))
	existing, err := configFind(engine, conf.RepoID, conf.Hash, conf.Name)
	if err != nil && !errors.Is(err, ErrRecordNotExist) {
		return nil, err
	}
	if existing != nil {
		return existing, nil
	}
	if err := configCreate(engine, conf); err != nil {
		return nil, err
	}
	return conf, nil
}

func configCreate(engine *xorm.Engine, conf *Config) error {
	if conf.Name == "" {
		return errors.New("a config needs a name")
	}
	return wrapInsert(engine.Insert(conf))
}

// ConfigPersistInline inserts through the translating helper in place:
// the fix would translate the insert's error twice on the way back, so
// it is withheld.
func ConfigPersistInline(engine *xorm.Engine, repoID int64, name, data string) (*Config, error) {
	conf := &Config{RepoID: repoID, Name: name, Data: data}
	conf.Hash = fmt.Sprintf("%x", sha256.Sum256([]byte(conf.Data)))
	existing, err := configFind(engine, conf.RepoID, conf.Hash, conf.Name)
	if err != nil && !errors.Is(err, ErrRecordNotExist) {
		return nil, err
	}
	if existing != nil {
		return existing, nil
	}
	if err := wrapInsert(engine.Insert(conf)); err != nil {
		return nil, err
	}
	return conf, nil
}

// AddOnce is not a race: the duplicate is caught and the row read.
func AddOnce(engine *xorm.Engine, owner, host string) error {
	ok, err := CheckLdapExist(engine, owner, host)
	if err != nil || ok {
		return err
	}
	if err := wrapInsert(engine.Insert(&Ldap{Owner: owner, Host: host})); errors.Is(err, ErrInsertDuplicateDetected) {
		return nil
	} else if err != nil {
		return err
	}
	return nil
}
