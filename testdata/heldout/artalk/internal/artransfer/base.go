// Package artransfer reproduces ArtalkJS/Artalk d25beede911d internal/artransfer.
package artransfer

import (
	"example.com/heldout/artalk/internal/dao"
	"example.com/heldout/artalk/internal/entity"
	"gorm.io/gorm"
)

// RunImportArtrans reproduces internal/artransfer/base.go:16 (JSON reading and console trimmed).
func RunImportArtrans(dao *dao.Dao, params *ImportParams, comments []*entity.Artran) error {
	// Execute import
	err := dao.DB().Transaction(func(tx *gorm.DB) error {
		return importArtrans(tx, params, comments)
	})

	return err
}
