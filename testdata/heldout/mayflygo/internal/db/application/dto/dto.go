package dto

import (
	"example.com/heldout/mayflygo/internal/db/domain/entity"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
)

type SaveDbInstance struct {
	DbInstance   *entity.DbInstance
	AuthCerts    []*tagentity.ResourceAuthCert
	TagCodePaths []string
}
