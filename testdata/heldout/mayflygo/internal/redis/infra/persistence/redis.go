package persistence

import (
	"example.com/heldout/mayflygo/internal/redis/domain/entity"
	"example.com/heldout/mayflygo/internal/redis/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type redisRepoImpl struct {
	base.RepoImpl[*entity.Redis]
}

func newRedisRepo() repository.Redis {
	return &redisRepoImpl{}
}

func InitIoc() repository.Redis {
	return newRedisRepo()
}
