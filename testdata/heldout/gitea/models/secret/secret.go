// Copyright 2022 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/secret/secret.go @03ff21e5ff9a3e21fc9364962e83c2cd50632324
// (Secret :39-48, InsertEncryptedSecret :69-99, FindSecretsOptions :105-112, ToConds :118-138, UpdateSecret); encryption is trimmed.

package secret

import (
	"context"
	"fmt"
	"strings"

	"example.com/heldout/gitea/models/db"
	"example.com/heldout/gitea/modules/timeutil"
	"example.com/heldout/gitea/modules/util"

	"xorm.io/builder"
)

// Secret represents a secret
//
// It can be:
//  1. org/user level secret, OwnerID is org/user ID and RepoID is 0
//  2. repo level secret, OwnerID is 0 and RepoID is repo ID
//  3. environment level secret, OwnerID is 0, RepoID is repo ID and EnvironmentID is environment ID
type Secret struct {
	ID            int64
	OwnerID       int64              `xorm:"INDEX UNIQUE(owner_repo_name) NOT NULL"`
	RepoID        int64              `xorm:"INDEX UNIQUE(owner_repo_name) NOT NULL DEFAULT 0"`
	EnvironmentID int64              `xorm:"INDEX UNIQUE(owner_repo_name) NOT NULL DEFAULT 0"`
	Name          string             `xorm:"UNIQUE(owner_repo_name) NOT NULL"`
	Data          string             `xorm:"LONGTEXT"` // encrypted data
	Description   string             `xorm:"TEXT"`
	CreatedUnix   timeutil.TimeStamp `xorm:"created NOT NULL"`
}

const (
	SecretDataMaxLength        = 65536
	SecretDescriptionMaxLength = 4096
)

// ErrSecretNotFound represents a "secret not found" error.
type ErrSecretNotFound struct {
	Name string
}

func (err ErrSecretNotFound) Error() string {
	return fmt.Sprintf("secret was not found [name: %s]", err.Name)
}

func (err ErrSecretNotFound) Unwrap() error {
	return util.ErrNotExist
}

// InsertEncryptedSecret Creates, encrypts, and validates a new secret with yet unencrypted data and insert into database
func InsertEncryptedSecret(ctx context.Context, ownerID, repoID, environmentID int64, name, data, description string) (*Secret, error) {
	if ownerID != 0 && repoID != 0 {
		// It's trying to create a secret that belongs to a repository, but OwnerID has been set accidentally.
		// Remove OwnerID to avoid confusion; it's not worth returning an error here.
		ownerID = 0
	}
	if ownerID == 0 && repoID == 0 {
		return nil, fmt.Errorf("%w: ownerID and repoID cannot be both zero, global secrets are not supported", util.ErrInvalidArgument)
	}

	if len(data) > SecretDataMaxLength {
		return nil, util.NewInvalidArgumentErrorf("data too long")
	}

	description = util.TruncateRunes(description, SecretDescriptionMaxLength)

	encrypted := data

	secret := &Secret{
		OwnerID:       ownerID,
		RepoID:        repoID,
		EnvironmentID: environmentID,
		Name:          strings.ToUpper(name),
		Data:          encrypted,
		Description:   description,
	}
	return secret, db.Insert(ctx, secret)
}

func init() {
	db.RegisterModel(new(Secret))
}

type FindSecretsOptions struct {
	db.ListOptions
	RepoID        int64
	OwnerID       int64 // it will be ignored if RepoID is set
	EnvironmentID int64
	SecretID      int64
	Name          string
}

func (opts FindSecretsOptions) ToOrders() string {
	return "name"
}

func (opts FindSecretsOptions) ToConds() builder.Cond {
	cond := builder.NewCond()

	cond = cond.And(builder.Eq{"repo_id": opts.RepoID})
	if opts.RepoID != 0 { // if RepoID is set
		// ignore OwnerID and treat it as 0
		cond = cond.And(builder.Eq{"owner_id": 0})
	} else {
		cond = cond.And(builder.Eq{"owner_id": opts.OwnerID})
	}

	if opts.SecretID != 0 {
		cond = cond.And(builder.Eq{"id": opts.SecretID})
	}
	if opts.Name != "" {
		cond = cond.And(builder.Eq{"name": strings.ToUpper(opts.Name)})
	}
	cond = cond.And(builder.Eq{"environment_id": opts.EnvironmentID})

	return cond
}

// UpdateSecret changes org or user reop secret.
func UpdateSecret(ctx context.Context, secretID int64, data, description string) error {
	if len(data) > SecretDataMaxLength {
		return util.NewInvalidArgumentErrorf("data too long")
	}

	description = util.TruncateRunes(description, SecretDescriptionMaxLength)

	s := &Secret{
		Data:        data,
		Description: description,
	}
	affected, err := db.GetEngine(ctx).ID(secretID).Cols("data", "description").Update(s)
	if affected != 1 {
		return ErrSecretNotFound{}
	}
	return err
}
