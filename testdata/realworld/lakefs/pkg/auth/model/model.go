// Package model is a reduced copy of lakeFS pkg/auth/model: the kv key
// layout of the auth entities (partition "auth") and plain-struct stand-ins
// for the generated protobuf messages.
package model

import (
	"errors"
	"regexp"
	"time"

	"example.com/realworld/lakefs/pkg/kv"
)

const (
	StatementEffectAllow   = "allow"
	StatementEffectDeny    = "deny"
	PartitionKey           = "auth"
	groupsPrefix           = "groups"
	groupsUsersPrefix      = "gUsers"
	groupsPoliciesPrefix   = "gPolicies"
	usersPrefix            = "users"
	policiesPrefix         = "policies"
	usersPoliciesPrefix    = "uPolicies"
	usersCredentialsPrefix = "uCredentials" // #nosec G101 -- False positive: this is only a kv key prefix
	credentialsPrefix      = "credentials"
	metadataPrefix         = "installation_metadata"
)

func UserPath(userName string) []byte {
	return []byte(kv.FormatPath(usersPrefix, userName))
}

func PolicyPath(displayName string) []byte {
	return []byte(kv.FormatPath(policiesPrefix, displayName))
}

func GroupPath(displayName string) []byte {
	return []byte(kv.FormatPath(groupsPrefix, displayName))
}

func CredentialPath(userName string, accessKeyID string) []byte {
	return []byte(kv.FormatPath(usersCredentialsPrefix, userName, credentialsPrefix, accessKeyID))
}

func GroupUserPath(groupDisplayName string, userName string) []byte {
	return []byte(kv.FormatPath(groupsUsersPrefix, groupDisplayName, usersPrefix, userName))
}

func GroupPolicyPath(groupDisplayName string, policyDisplayName string) []byte {
	return []byte(kv.FormatPath(groupsPoliciesPrefix, groupDisplayName, policiesPrefix, policyDisplayName))
}

func MetadataKeyPath(key string) string {
	return kv.FormatPath(metadataPrefix, key)
}

var ErrValidationError = errors.New("validation error")

var entityIDRegexp = regexp.MustCompile(`^[\w+=,.@\-]{1,127}$`)

func ValidateAuthEntityID(name string) error {
	if !entityIDRegexp.MatchString(name) {
		return ErrValidationError
	}
	return nil
}

type User struct {
	CreatedAt         time.Time
	Username          string
	FriendlyName      *string
	Email             *string
	EncryptedPassword []byte
	Source            string
	ExternalID        *string
}

type SuperuserConfiguration struct {
	User
	AccessKeyID     string
	SecretAccessKey string
}

type Group struct {
	ID          string
	DisplayName string
	Description *string
	CreatedAt   time.Time
}

type ACLPermission string

type ACL struct {
	Permission ACLPermission
}

type Statement struct {
	Effect   string
	Action   []string
	Resource string
}

type Statements []Statement

type Policy struct {
	CreatedAt   time.Time
	DisplayName string
	Statement   Statements
	ACL         ACL
}

type BaseCredential struct {
	AccessKeyID                   string
	SecretAccessKey               string
	SecretAccessKeyEncryptedBytes []byte
	IssuedDate                    time.Time
}

type Credential struct {
	BaseCredential
	Username string
}

type PaginationParams struct {
	Prefix string
	After  string
	Amount int
}

type Paginator struct {
	Amount        int
	NextPageToken string
}

// UserData, GroupData, PolicyData, CredentialData stand in for the generated
// protobuf messages (model.pb.go).
type UserData struct {
	CreatedAt         time.Time
	Username          string
	FriendlyName      *string
	Email             string
	EncryptedPassword []byte
	Source            string
	ExternalId        string
}

type GroupData struct {
	CreatedAt   time.Time
	DisplayName string
	Description *string
}

type PolicyData struct {
	CreatedAt   time.Time
	DisplayName string
	Statements  Statements
	Acl         ACL
}

func UserFromProto(pb *UserData) *User {
	u := &User{
		CreatedAt:         pb.CreatedAt,
		Username:          pb.Username,
		FriendlyName:      pb.FriendlyName,
		EncryptedPassword: pb.EncryptedPassword,
		Source:            pb.Source,
	}
	if pb.Email != "" {
		email := pb.Email
		u.Email = &email
	}
	if pb.ExternalId != "" {
		id := pb.ExternalId
		u.ExternalID = &id
	}
	return u
}

func ProtoFromUser(u *User) *UserData {
	d := &UserData{
		CreatedAt:         u.CreatedAt,
		Username:          u.Username,
		FriendlyName:      u.FriendlyName,
		EncryptedPassword: u.EncryptedPassword,
		Source:            u.Source,
	}
	if u.Email != nil {
		d.Email = *u.Email
	}
	if u.ExternalID != nil {
		d.ExternalId = *u.ExternalID
	}
	return d
}

func GroupFromProto(pb *GroupData) *Group {
	return &Group{ID: pb.DisplayName, DisplayName: pb.DisplayName, Description: pb.Description, CreatedAt: pb.CreatedAt}
}

func ProtoFromGroup(g *Group) *GroupData {
	return &GroupData{CreatedAt: g.CreatedAt, DisplayName: g.DisplayName, Description: g.Description}
}

func PolicyFromProto(pb *PolicyData) *Policy {
	return &Policy{CreatedAt: pb.CreatedAt, DisplayName: pb.DisplayName, Statement: pb.Statements, ACL: pb.Acl}
}

func ProtoFromPolicy(p *Policy) *PolicyData {
	return &PolicyData{CreatedAt: p.CreatedAt, DisplayName: p.DisplayName, Statements: p.Statement, Acl: p.ACL}
}
