// Copyright 2021 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/packages/package.go @0405d2ae79167fe4906553d39492aac1cd7ac651
// (Package :131-139, TryInsertPackage :141-162); the package type list is trimmed.

package packages

import (
	"context"
	"errors"

	"example.com/heldout/gitea/models/db"
)

func init() {
	db.RegisterModel(new(Package))
}

var (
	// ErrDuplicatePackage indicates a duplicated package error
	ErrDuplicatePackage = errors.New("Package does exist already")
	// ErrPackageNotExist indicates a package not exist error
	ErrPackageNotExist = errors.New("Package does not exist")
)

// Type of a package
type Type string

// List of supported packages
const (
	TypeContainer Type = "container"
	TypeGeneric   Type = "generic"
	TypeMaven     Type = "maven"
	TypeNpm       Type = "npm"
)

// Package represents a package
type Package struct {
	ID               int64  `xorm:"pk autoincr"`
	OwnerID          int64  `xorm:"UNIQUE(s) INDEX NOT NULL"`
	RepoID           int64  `xorm:"INDEX"`
	Type             Type   `xorm:"UNIQUE(s) INDEX NOT NULL"`
	Name             string `xorm:"NOT NULL"`
	LowerName        string `xorm:"UNIQUE(s) INDEX NOT NULL"`
	SemverCompatible bool   `xorm:"NOT NULL DEFAULT false"`
}

// TryInsertPackage inserts a package. If a package exists already, ErrDuplicatePackage is returned
// callers: services/packages createPackageAndVersion (every package upload), container getOrCreateUploadVersion
func TryInsertPackage(ctx context.Context, p *Package) (*Package, error) {
	e := db.GetEngine(ctx)

	key := &Package{
		OwnerID:   p.OwnerID,
		Type:      p.Type,
		LowerName: p.LowerName,
	}

	// callers treat ErrDuplicatePackage as "use the existing one"; package (owner_id, type, lower_name)
	// is UNIQUE(s), a concurrent first upload fails on the key instead
	has, err := e.Get(key) // race
	if err != nil {
		return nil, err
	}
	if has {
		return key, ErrDuplicatePackage
	}
	if _, err = e.Insert(p); err != nil {
		return nil, err
	}
	return p, nil
}
