package repository

import (
	"example.com/heldout/mayflygo/internal/es/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type EsInstance interface {
	base.Repo[*entity.EsInstance]
}
