package repository

import (
	"example.com/heldout/mayflygo/internal/redis/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type Redis interface {
	base.Repo[*entity.Redis]
}
