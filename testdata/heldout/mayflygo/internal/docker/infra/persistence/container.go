package persistence

import (
	"example.com/heldout/mayflygo/internal/docker/domain/entity"
	"example.com/heldout/mayflygo/internal/docker/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type containerRepoImpl struct {
	base.RepoImpl[*entity.Container]
}

func newContainerRepo() repository.Container {
	return &containerRepoImpl{}
}

func InitIoc() repository.Container {
	return newContainerRepo()
}
