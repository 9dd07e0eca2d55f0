package dto

import (
	"example.com/heldout/mayflygo/internal/machine/domain/entity"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
)

type SaveMachine struct {
	Machine      *entity.Machine
	TagCodePaths []string
	AuthCerts    []*tagentity.ResourceAuthCert
}
