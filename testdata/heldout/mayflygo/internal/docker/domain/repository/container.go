package repository

import (
	"example.com/heldout/mayflygo/internal/docker/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type Container interface {
	base.Repo[*entity.Container]
}
