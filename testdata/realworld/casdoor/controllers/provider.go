package controllers

import (
	"encoding/json"
	"fmt"

	"example.com/realworld/casdoor/object"
)

// providerQuota stands in for conf.GetConfigQuota().Provider.
var providerQuota = -1

// checkQuotaForProvider is controllers/util.go:331.
func checkQuotaForProvider(count int) error {
	quota := providerQuota
	if quota == -1 {
		return nil
	}
	if count >= quota {
		return fmt.Errorf("provider quota is exceeded")
	}
	return nil
}

// AddProvider is controllers/provider.go:192 (provider permission check
// trimmed).
func (c *ApiController) AddProvider() {
	var provider object.Provider
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &provider)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	count, err := object.GetProviderCount("", "", "") // safe: a quota count over all providers, not a lookup of the provider being added
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	err = checkQuotaForProvider(int(count))
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	c.Data["json"] = wrapActionResponse(object.AddProvider(&provider))
	c.ServeJSON()
}
