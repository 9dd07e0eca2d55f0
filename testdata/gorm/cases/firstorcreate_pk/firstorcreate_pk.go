// Issue 18: FirstOrCreate by a primary key of a named string type, with
// the new record's defaults in a variable (wg-portal's
// getOrCreateInterface). GORM takes a value of a named string type as the
// primary key (only a plain string is SQL), and Attrs(defaults) with
// defaults := T{Identifier: id} gives the new row the key: fixed.
package firstorcreate_pk

import (
	"gorm.io/gorm"
)

type Ident string

type Iface struct {
	Identifier Ident `gorm:"primaryKey"`
	Name       string
}

// GetOrCreate is getOrCreateInterface.
func GetOrCreate(db *gorm.DB, id string) (*Iface, error) {
	var in Iface
	defaults := Iface{Identifier: Ident(id), Name: "wg"}
	err := db.Attrs(defaults).FirstOrCreate(&in, Ident(id)).Error
	if err != nil {
		return nil, err
	}
	return &in, nil
}
