package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
)

// UpdatePoster reproduces controllers/poster.go:28 (POST /api/update-poster,
// admin) -> object.UpdatePoster (object/poster.go:48).
func (c *ApiController) UpdatePoster() {
	if c.RequireAdmin() {
		return
	}

	var tempposter object.Poster
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &tempposter)
	if err != nil {
		panic(err)
	}
	object.UpdatePoster(tempposter.Id, tempposter)

	c.Data["json"] = Response{Status: "ok", Msg: "success"}
	c.ServeJSON()
}
