package object

import (
	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// Coupon is object/coupon.go:24 (trimmed).
type Coupon struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`
	DisplayName string `xorm:"varchar(100)" json:"displayName"`
	Description string `xorm:"mediumtext" json:"description"`

	// Coupon code (the redemption code users enter)
	Code string `xorm:"varchar(100) unique" json:"code"`
}

// getCoupon is object/coupon.go:100.
func getCoupon(owner string, name string) (*Coupon, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	coupon := Coupon{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&coupon)
	if err != nil {
		return nil, err
	}

	if existed {
		return &coupon, nil
	} else {
		return nil, nil
	}
}

// UpdateCoupon is object/coupon.go:144.
func UpdateCoupon(id string, coupon *Coupon) (bool, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return false, err
	}

	if c, err := getCoupon(owner, name); err != nil { // safe: lookup only guards the update below (not found returns false)
		return false, err
	} else if c == nil {
		return false, nil
	}

	affected, err := ormer.Engine.ID(schemas.PK{owner, name}).AllCols().Update(coupon)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}
