package repository

import (
	"example.com/heldout/mayflygo/internal/machine/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type Machine interface {
	base.Repo[*entity.Machine]
}
