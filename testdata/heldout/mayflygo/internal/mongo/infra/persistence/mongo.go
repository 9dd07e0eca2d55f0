package persistence

import (
	"example.com/heldout/mayflygo/internal/mongo/domain/entity"
	"example.com/heldout/mayflygo/internal/mongo/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type mongoRepoImpl struct {
	base.RepoImpl[*entity.Mongo]
}

func newMongoRepo() repository.Mongo {
	return &mongoRepoImpl{}
}

func InitIoc() repository.Mongo {
	return newMongoRepo()
}
