// xorm: the record built in a variable, inserted with InsertOne; the key
// set by assignment after the literal.
package insert_one_var

import (
	"xorm.io/xorm"
)

type Device struct {
	ID     int64  `xorm:"pk autoincr 'id'"`
	Serial string `xorm:"varchar(64) unique"`
	Owner  string
}

// Register adds the device when its serial is new.
func Register(engine *xorm.Engine, serial, owner string) (int64, error) {
	var d Device
	has, err := engine.Where("serial = ?", serial).Get(&d)
	if err != nil {
		return 0, err
	}
	if has {
		return d.ID, nil
	}
	nd := Device{Owner: owner}
	nd.Serial = serial
	if _, err := engine.InsertOne(&nd); err != nil {
		return 0, err
	}
	return nd.ID, nil
}
