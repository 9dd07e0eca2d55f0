package persistence

import (
	"example.com/heldout/mayflygo/internal/es/domain/entity"
	"example.com/heldout/mayflygo/internal/es/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type instanceRepoImpl struct {
	base.RepoImpl[*entity.EsInstance]
}

func newInstanceRepo() repository.EsInstance {
	return &instanceRepoImpl{}
}

func InitIoc() repository.EsInstance {
	return newInstanceRepo()
}
