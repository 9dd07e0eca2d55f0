package repository

import (
	"example.com/heldout/mayflygo/internal/file/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type File interface {
	base.Repo[*entity.File]
}
