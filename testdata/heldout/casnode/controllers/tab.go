package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// AddTab reproduces controllers/tab.go:61 (POST /api/add-tab, admin; lookup
// :80 -> object/check.go:29 -> object/tab.go:32, insert :96 -> object/tab.go:45).
func (c *ApiController) AddTab() {
	if c.RequireAdmin() {
		return
	}

	var tabInfo object.AdminTabInfo
	var resp Response
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &tabInfo)
	if err != nil {
		panic(err)
	}

	if tabInfo.Id == "" || tabInfo.Name == "" || tabInfo.Sorter <= 0 {
		resp = Response{Status: "fail", Msg: "Some information is missing"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	// Two submits of the same new tab: both pass; the second insert panics
	// on the tab primary key instead of answering "Tab ID existed".
	if object.HasTab(tabInfo.Id) { // race
		resp = Response{Status: "fail", Msg: "Tab ID existed"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	tab := object.Tab{
		Id:          tabInfo.Id,
		Name:        tabInfo.Name,
		Sorter:      tabInfo.Sorter,
		CreatedTime: util.GetCurrentTime(),
		DefaultNode: tabInfo.DefaultNode,
		HomePage:    tabInfo.HomePage,
	}

	res := object.AddTab(&tab)
	c.ResponseOk(res)
}

// UpdateTab reproduces controllers/tab.go:103 (POST /api/update-tab, admin).
func (c *ApiController) UpdateTab() {
	if c.RequireAdmin() {
		return
	}

	id := c.Input().Get("id")

	var tabInfo object.AdminTabInfo

	err := json.Unmarshal(c.Ctx.Input.RequestBody, &tabInfo)
	if err != nil {
		panic(err)
	}

	tab := object.Tab{
		Name:        tabInfo.Name,
		Sorter:      tabInfo.Sorter,
		CreatedTime: tabInfo.CreatedTime,
		DefaultNode: tabInfo.DefaultNode,
		HomePage:    tabInfo.HomePage,
	}
	res := object.UpdateTab(id, &tab)
	c.ResponseOk(res)
}
