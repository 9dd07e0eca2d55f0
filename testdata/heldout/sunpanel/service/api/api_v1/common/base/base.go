// Package base reproduces service/api/api_v1/common/base/base.go of hslr-s/sun-panel 25f46209d97a.
package base

import (
	"example.com/heldout/sunpanel/service/models"
	"example.com/heldout/sunpanel/third_party/gin"
)

const (
	VISIT_MODE_LOGIN = iota
	VISIT_MODE_PUBLIC
)

const (
	GIN_GET_VISIT_MODE = "VISIT_MODE"
)

// ValidateInputStruct stands in for base.go:64 (go-playground/validator is left out:
// every input is accepted).
func ValidateInputStruct(params interface{}) (errMsg string, err error) {
	return "", nil
}

// GetCurrentUserInfo reproduces base.go:82.
func GetCurrentUserInfo(c *gin.Context) (userInfo models.User, exist bool) {
	if value, exist := c.Get("userInfo"); exist {
		if v, ok := value.(models.User); ok {
			return v, exist
		}
	}
	return
}
