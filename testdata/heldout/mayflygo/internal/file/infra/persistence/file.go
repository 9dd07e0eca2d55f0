package persistence

import (
	"example.com/heldout/mayflygo/internal/file/domain/entity"
	"example.com/heldout/mayflygo/internal/file/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type fileRepoImpl struct {
	base.RepoImpl[*entity.File]
}

func newFileRepo() repository.File {
	return &fileRepoImpl{}
}

func InitIoc() repository.File {
	return newFileRepo()
}
