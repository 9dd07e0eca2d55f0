package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// UpdateNode reproduces controllers/node.go:64 (POST /api/update-node, admin).
func (c *ApiController) UpdateNode() {
	if c.RequireAdmin() {
		return
	}

	id := c.Input().Get("id")

	var node object.Node
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &node)
	if err != nil {
		panic(err)
	}
	res := object.UpdateNode(id, &node)
	c.ResponseOk(res)
}

// AddNode reproduces controllers/node.go:83 (POST /api/add-node, admin;
// lookup :103 -> object/check.go:23 -> object/node.go:64, insert :111 ->
// object/node.go:101).
func (c *ApiController) AddNode() {
	if c.RequireAdmin() {
		return
	}

	var node object.Node
	var resp Response

	err := json.Unmarshal(c.Ctx.Input.RequestBody, &node)
	if err != nil {
		panic(err)
	}

	if node.Id == "" || node.Name == "" || node.TabId == "" || node.PlaneId == "" {
		resp = Response{Status: "fail", Msg: "Some information is missing"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	// Two submits of the same new node: both pass the check; the second
	// insert panics on the node primary key (a 500 instead of "Node ID existed").
	if object.HasNode(node.Id) { // race
		resp = Response{Status: "fail", Msg: "Node ID existed"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	node.CreatedTime = util.GetCurrentTime()
	res := object.AddNode(&node)
	c.ResponseOk(res)
}

// addNodeModerator reproduces controllers/type.go:72.
type addNodeModerator struct {
	NodeId   string `json:"nodeId"`
	MemberId string `json:"memberId"`
}

// AddNodeModerators reproduces controllers/node.go:229
// (POST /api/add-node-moderators, admin).
func (c *ApiController) AddNodeModerators() {
	if c.RequireAdmin() {
		return
	}

	var moderators addNodeModerator
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &moderators)
	if err != nil {
		panic(err)
	}

	moderator := object.GetUser(moderators.MemberId)
	if moderator == nil {
		c.ResponseError("Member doesn't exist.")
		return
	}

	res := object.AddNodeModerators(moderators.MemberId, moderators.NodeId)
	if res {
		c.ResponseOk(res)
	} else {
		c.ResponseError("Moderator already exist.")
	}
}
