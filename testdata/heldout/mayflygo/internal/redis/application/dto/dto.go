package dto

import (
	"example.com/heldout/mayflygo/internal/redis/domain/entity"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
)

type SaveRedis struct {
	Redis        *entity.Redis
	AuthCert     *tagentity.ResourceAuthCert
	TagCodePaths []string
}
