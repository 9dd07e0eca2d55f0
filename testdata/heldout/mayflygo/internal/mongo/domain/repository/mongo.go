package repository

import (
	"example.com/heldout/mayflygo/internal/mongo/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type Mongo interface {
	base.Repo[*entity.Mongo]
}
