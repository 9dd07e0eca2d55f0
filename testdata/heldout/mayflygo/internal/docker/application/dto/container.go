package dto

import "example.com/heldout/mayflygo/internal/docker/domain/entity"

type SaveContainer struct {
	Container    *entity.Container
	TagCodePaths []string
}
