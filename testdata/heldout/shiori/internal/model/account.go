package model

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
)

// Account is the database representation for account.
// Reproduces internal/model/account.go:12 (table account, UNIQUE(username)).
type Account struct {
	ID       DBID       `db:"id"       json:"id"`
	Username string     `db:"username" json:"username"`
	Password string     `db:"password" json:"password,omitempty"`
	Owner    bool       `db:"owner"    json:"owner"`
	Config   UserConfig `db:"config"               json:"config"`
}

// UserConfig reproduces internal/model/account.go:20.
type UserConfig struct {
	ShowId        bool
	ListMode      bool
	HideThumbnail bool
	HideExcerpt   bool
	Theme         string
	KeepMetadata  bool
	UseArchive    bool
	CreateEbook   bool
	MakePublic    bool
}

// Scan reproduces internal/model/account.go:32.
func (c *UserConfig) Scan(value interface{}) error {
	switch v := value.(type) {
	case []byte:
		json.Unmarshal(v, &c)
		return nil
	case string:
		json.Unmarshal([]byte(v), &c)
		return nil
	default:
		return fmt.Errorf("unsupported type: %T", v)
	}
}

// Value reproduces internal/model/account.go:45.
func (c UserConfig) Value() (driver.Value, error) {
	return json.Marshal(c)
}

// ToDTO converts Account to AccountDTO.
// Reproduces internal/model/account.go:50.
func (a Account) ToDTO() AccountDTO {
	owner := a.Owner
	config := a.Config

	return AccountDTO{
		ID:       a.ID,
		Username: a.Username,
		Owner:    &owner,
		Config:   &config,
	}
}

// AccountDTO is data transfer object for Account.
// Reproduces internal/model/account.go:63.
type AccountDTO struct {
	ID       DBID        `json:"id"`
	Username string      `json:"username"`
	Password string      `json:"passowrd,omitempty"` // Used only to store, not to retrieve
	Owner    *bool       `json:"owner"`
	Config   *UserConfig `json:"config"`
}

// IsOwner reproduces internal/model/account.go:71.
func (adto *AccountDTO) IsOwner() bool {
	return adto.Owner != nil && *adto.Owner
}

// IsValidCreate reproduces internal/model/account.go:75.
func (adto *AccountDTO) IsValidCreate() error {
	if adto.Username == "" {
		return NewValidationError("username", "username should not be empty")
	}

	if adto.Password == "" {
		return NewValidationError("password", "password should not be empty")
	}

	return nil
}
