package model

import (
	"example.com/heldout/ldapadmin/third_party/datatypes"
	"gorm.io/gorm"
)

type FieldRelation struct {
	gorm.Model
	Flag       string
	Attributes datatypes.JSON
}
