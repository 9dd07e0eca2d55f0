// Package preferencetypes reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/types/preferencetypes (preference.go, name.go,
// value.go, scope.go).
package preferencetypes

import (
	"context"
	"fmt"
	"slices"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

type Name struct{ valuer.String }

func NewName(name string) (Name, error) {
	return Name{valuer.NewString(name)}, nil
}

type Scope struct{ valuer.String }

var (
	ScopeOrg  = Scope{valuer.NewString("org")}
	ScopeUser = Scope{valuer.NewString("user")}
)

type ValueType struct{ valuer.String }

type Value struct {
	valueType   ValueType
	stringValue string
}

func NewValue(input any, valueType ValueType) (Value, error) {
	return Value{valueType: valueType, stringValue: fmt.Sprint(input)}, nil
}

func NewValueFromString(stringValue string, valueType ValueType) (Value, error) {
	return Value{valueType: valueType, stringValue: stringValue}, nil
}

type Preference struct {
	Name          Name      `json:"name"`
	Description   string    `json:"description"`
	ValueType     ValueType `json:"valueType"`
	DefaultValue  Value     `json:"defaultValue"`
	AllowedScopes []Scope   `json:"allowedScopes"`
	Value         Value     `json:"value"`
}

type UpdatablePreference struct {
	Value any `json:"value"`
}

// StorableOrgPreference reproduces preference.go:40 (table org_preference;
// id text PK; unique (name, org_id), 056_update_org_preference.go:116).
type StorableOrgPreference struct {
	bun.BaseModel `bun:"table:org_preference"`
	types.Identifiable
	Name  Name        `bun:"name,type:text,notnull"`
	Value string      `bun:"value,type:text,notnull"`
	OrgID valuer.UUID `bun:"org_id,type:text,notnull"`
}

// StorableUserPreference reproduces preference.go:48 (table user_preference;
// id text PK; unique (name, user_id), 055_update_user_preference.go:116).
type StorableUserPreference struct {
	bun.BaseModel `bun:"table:user_preference"`
	types.Identifiable
	Name   Name        `bun:"name,type:text,notnull"`
	Value  string      `bun:"value,type:text,notnull"`
	UserID valuer.UUID `bun:"user_id,type:text,notnull"`
}

// NewPreference reproduces preference.go:196.
func NewPreference(name Name, scope Scope, available map[Name]Preference) (*Preference, error) {
	preference, ok := available[name]
	if !ok {
		return nil, errors.Newf(errors.TypeNotFound, errors.CodeNotFound, "the preference does not exist: %s", name)
	}

	if !slices.Contains(preference.AllowedScopes, scope) {
		return nil, errors.Newf(errors.TypeInvalidInput, errors.CodeInvalidInput, "the preference is not allowed for the given scope: %s", scope)
	}

	return &Preference{
		Name:          name,
		Description:   preference.Description,
		ValueType:     preference.ValueType,
		DefaultValue:  preference.DefaultValue,
		AllowedScopes: preference.AllowedScopes,
		Value:         preference.Value,
	}, nil
}

func (p *Preference) UpdateValue(value Value) error {
	p.Value = value
	return nil
}

// NewStorableOrgPreference reproduces preference.go:216: a fresh id per call.
func NewStorableOrgPreference(preference *Preference, value Value, orgID valuer.UUID) (*StorableOrgPreference, error) {
	return &StorableOrgPreference{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		Name:  preference.Name,
		Value: value.stringValue,
		OrgID: orgID,
	}, nil
}

// NewStorableUserPreference reproduces preference.go:227: a fresh id per call.
func NewStorableUserPreference(preference *Preference, value Value, userID valuer.UUID) (*StorableUserPreference, error) {
	return &StorableUserPreference{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		Name:   preference.Name,
		Value:  value.stringValue,
		UserID: userID,
	}, nil
}

func (storablePreference *StorableOrgPreference) UpdateValue(value Value) error {
	storablePreference.Value = value.stringValue
	return nil
}

func (storablePreference *StorableUserPreference) UpdateValue(value Value) error {
	storablePreference.Value = value.stringValue
	return nil
}

// Store reproduces preference.go:248 (list methods trimmed).
type Store interface {
	// Returns the preference for the given organization and name.
	GetByOrg(context.Context, valuer.UUID, Name) (*StorableOrgPreference, error)

	// Upserts the preference for the given organization.
	UpsertByOrg(context.Context, *StorableOrgPreference) error

	// Returns the preference for the given user and name.
	GetByUser(context.Context, valuer.UUID, Name) (*StorableUserPreference, error)

	// Upserts the preference for the given user.
	UpsertByUser(context.Context, *StorableUserPreference) error
}
