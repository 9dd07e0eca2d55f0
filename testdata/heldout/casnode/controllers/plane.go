package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// AddPlane reproduces controllers/plane.go:67 (POST /api/add-plane, admin;
// lookup :87 -> object/check.go:35 -> object/plane.go:62, insert :104 ->
// object/plane.go:98).
func (c *ApiController) AddPlane() {
	if c.RequireAdmin() {
		return
	}

	var plane object.AdminPlaneInfo
	var resp Response

	err := json.Unmarshal(c.Ctx.Input.RequestBody, &plane)
	if err != nil {
		panic(err)
	}

	if plane.Id == "" || plane.Name == "" {
		resp = Response{Status: "fail", Msg: "Some information is missing"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	// Two submits of the same new plane: both pass; the second insert panics
	// on the plane primary key instead of answering "Plane ID existed".
	if object.HasPlane(plane.Id) { // race
		resp = Response{Status: "fail", Msg: "Plane ID existed"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	newPlane := object.Plane{
		Id:              plane.Id,
		Name:            plane.Name,
		Sorter:          plane.Sorter,
		CreatedTime:     util.GetCurrentTime(),
		Image:           plane.Image,
		BackgroundColor: plane.BackgroundColor,
		Color:           plane.Color,
		Visible:         plane.Visible,
	}
	res := object.AddPlane(&newPlane)
	c.ResponseOk(res)
}
