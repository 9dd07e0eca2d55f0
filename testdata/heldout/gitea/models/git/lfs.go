// Copyright 2020 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/git/lfs.go @000ce5c20881182fda72180f20a502c2d45f5675
// (LFSMetaObject :80-86, NewLFSMetaObject :104-119).

package git

import (
	"context"

	"example.com/heldout/gitea/models/db"
	"example.com/heldout/gitea/modules/lfs"
	"example.com/heldout/gitea/modules/timeutil"

	"xorm.io/builder"
)

// LFSMetaObject stores metadata for LFS tracked files.
type LFSMetaObject struct {
	ID           int64 `xorm:"pk autoincr"`
	lfs.Pointer  `xorm:"extends"`
	RepositoryID int64              `xorm:"UNIQUE(s) INDEX NOT NULL"`
	CreatedUnix  timeutil.TimeStamp `xorm:"created"`
	UpdatedUnix  timeutil.TimeStamp `xorm:"INDEX updated"`
}

func init() {
	db.RegisterModel(new(LFSMetaObject))
}

// NewLFSMetaObject stores a given populated LFSMetaObject structure in the database
// if it is not already present.
// callers: services/lfs UploadHandler (PUT /{owner}/{repo}.git/info/lfs/objects/{oid}), BatchHandler
// (POST .../objects/batch, for objects already in the content store), mirror/migration LFS fetch
func NewLFSMetaObject(ctx context.Context, repoID int64, p lfs.Pointer) (*LFSMetaObject, error) {
	// no transaction at the upload caller; lfs_meta_object (oid, repository_id) is UNIQUE(s)
	// (Oid tag in modules/lfs/shared.go:33, RepositoryID here); a parallel/retried upload of the
	// same object fails on the key
	m, exist, err := db.Get[LFSMetaObject](ctx, builder.Eq{"repository_id": repoID, "oid": p.Oid}) // race
	if err != nil {
		return nil, err
	} else if exist {
		return m, nil
	}

	m = &LFSMetaObject{Pointer: p, RepositoryID: repoID}
	if err = db.Insert(ctx, m); err != nil {
		return nil, err
	}
	return m, nil
}
