package controllers

import (
	"encoding/json"

	"example.com/realworld/casdoor/object"
	"example.com/realworld/casdoor/util"
)

// UpdatePlan is controllers/plan.go:109.
func (c *ApiController) UpdatePlan() {
	id := c.Ctx.Input.Query("id")
	owner := util.GetOwnerFromId(id)
	var plan object.Plan
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &plan)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}
	if plan.Product != "" {
		productId := util.GetId(owner, plan.Product)
		product, err := object.GetProduct(productId) // safe: lookup only guards the update of the product (nothing created when not found)
		if err != nil {
			c.ResponseError(err.Error())
			return
		}
		if product != nil {
			object.UpdateProductForPlan(&plan, product)
			_, err = object.UpdateProduct(productId, product)
			if err != nil {
				c.ResponseError(err.Error())
				return
			}
		}
	}
	c.Data["json"] = wrapActionResponse(object.UpdatePlan(id, &plan))
	c.ServeJSON()
}
