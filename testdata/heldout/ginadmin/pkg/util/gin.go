package util

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/ginadmin/third_party/gin"
)

// ParseJSON reproduces pkg/util/gin.go ParseJSON (binding reduced to decoding).
func ParseJSON(c *gin.Context, obj interface{}) error {
	return json.NewDecoder(c.Request.Body).Decode(obj)
}

// ResSuccess reproduces pkg/util/gin.go ResSuccess.
func ResSuccess(c *gin.Context, v interface{}) {
	c.JSON(http.StatusOK, v)
}

// ResOK reproduces pkg/util/gin.go ResOK.
func ResOK(c *gin.Context) {
	c.JSON(http.StatusOK, nil)
}

// ResError reproduces pkg/util/gin.go ResError (status mapping dropped).
func ResError(c *gin.Context, err error) {
	c.JSON(http.StatusInternalServerError, err.Error())
}
