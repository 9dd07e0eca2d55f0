package controllers

import (
	"example.com/heldout/casnode/object"
)

// GetOnlineNum reproduces controllers/info.go:75 (GET /api/get-online-num)
// -> object.GetHighestOnlineNum (object/basic.go:80).
func (c *ApiController) GetOnlineNum() {
	onlineNum := object.GetOnlineMemberNum()
	highest := object.GetHighestOnlineNum()

	c.ResponseOk(onlineNum, highest)
}
