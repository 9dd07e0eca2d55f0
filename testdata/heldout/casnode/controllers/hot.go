package controllers

import (
	"example.com/heldout/casnode/object"
)

// UpdateHotInfo reproduces controllers/hot.go:39 (POST /api/update-hot-info,
// no sign-in required) -> object.GetLatestSyncedRecordId (:43) and
// object.UpdateHotNode (:46); UpdateHotTopic (:47) is trimmed.
func (c *ApiController) UpdateHotInfo() {
	var updateNodeNum int
	var updateTopicNum int
	last := object.GetLastRecordId()
	latest := object.GetLatestSyncedRecordId()
	if last != latest {
		object.UpdateLatestSyncedRecordId(last)
		updateNodeNum = object.UpdateHotNode(latest)
	}

	c.Data["json"] = Response{Status: "ok", Data: updateNodeNum, Data2: updateTopicNum}
	c.ServeJSON()
}
