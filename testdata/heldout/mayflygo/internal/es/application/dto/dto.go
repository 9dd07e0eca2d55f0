package dto

import (
	"example.com/heldout/mayflygo/internal/es/domain/entity"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
)

type SaveEsInstance struct {
	EsInstance   *entity.EsInstance
	AuthCerts    []*tagentity.ResourceAuthCert
	TagCodePaths []string
}
