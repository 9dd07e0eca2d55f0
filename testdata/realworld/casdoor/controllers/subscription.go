package controllers

import (
	"encoding/json"
	"fmt"

	"example.com/realworld/casdoor/object"
	"example.com/realworld/casdoor/util"
)

// AddSubscription is controllers/subscription.go:146.
func (c *ApiController) AddSubscription() {
	var subscription object.Subscription
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &subscription)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	// Check if plan restricts user to one subscription
	if subscription.Plan != "" {
		plan, err := object.GetPlan(util.GetId(subscription.Owner, subscription.Plan)) // safe: the plan is another table; it only decides whether the exclusivity check runs
		if err != nil {
			c.ResponseError(err.Error())
			return
		}
		if plan != nil && plan.IsExclusive {
			hasSubscription, err := object.HasActiveSubscriptionForPlan(subscription.Owner, subscription.User, subscription.Plan) // race
			if err != nil {
				c.ResponseError(err.Error())
				return
			}
			if hasSubscription {
				c.ResponseError(fmt.Sprintf("User already has an active subscription for plan: %s", subscription.Plan))
				return
			}
		}
	}

	c.Data["json"] = wrapActionResponse(object.AddSubscription(&subscription))
	c.ServeJSON()
}
