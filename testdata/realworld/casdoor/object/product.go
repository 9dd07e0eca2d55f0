package object

import (
	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// Product is object/product.go:24 (trimmed).
type Product struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`
	DisplayName string `xorm:"varchar(100)" json:"displayName"`

	Price float64 `json:"price"`
}

// getProduct is object/product.go:77.
func getProduct(owner string, name string) (*Product, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	product := Product{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&product)
	if err != nil {
		return &product, nil
	}

	if existed {
		return &product, nil
	} else {
		return nil, nil
	}
}

// GetProduct is object/product.go:95.
func GetProduct(id string) (*Product, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getProduct(owner, name)
}

// UpdateProduct is object/product.go:134 (checkProduct trimmed).
func UpdateProduct(id string, product *Product) (bool, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return false, err
	}
	if p, err := getProduct(owner, name); err != nil {
		return false, err
	} else if p == nil {
		return false, nil
	}

	affected, err := ormer.Engine.ID(schemas.PK{owner, name}).AllCols().Update(product)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}

// UpdateProductForPlan is object/product.go:330 (trimmed).
func UpdateProductForPlan(plan *Plan, product *Product) {
	product.DisplayName = plan.DisplayName
	product.Price = plan.Price
}
