// Package routers reproduces casnode's routers/router.go, reduced to the
// routes of the catalogued sites.
package routers

import (
	"example.com/heldout/casnode/controllers"
	"example.com/heldout/casnode/pkg/beego"
)

func init() {
	initAPI()
}

func initAPI() {
	beego.Router("/api/get-topic-by-urlpath-and-title", &controllers.ApiController{}, "GET:GetTopicByUrlPathAndTitle")
	beego.Router("/api/add-topic", &controllers.ApiController{}, "POST:AddTopic")
	beego.Router("/api/add-sensitive", &controllers.ApiController{}, "GET:AddSensitive")
	beego.Router("/api/add-reply", &controllers.ApiController{}, "POST:AddReply")
	beego.Router("/api/update-poster", &controllers.ApiController{}, "POST:UpdatePoster")   // Update poster api just for admin.
	beego.Router("/api/add-translator", &controllers.ApiController{}, "POST:AddTranslator") // Add translator api just for admin.
	beego.Router("/api/update-node", &controllers.ApiController{}, "POST:UpdateNode")       // Update node api just for admin.
	beego.Router("/api/add-node", &controllers.ApiController{}, "POST:AddNode")             // Add node api just for admin.
	beego.Router("/api/add-node-moderators", &controllers.ApiController{}, "POST:AddNodeModerators")
	beego.Router("/api/add-favorites", &controllers.ApiController{}, "POST:AddFavorites")
	beego.Router("/api/add-tab", &controllers.ApiController{}, "POST:AddTab")       // Add tab api just for admin.
	beego.Router("/api/update-tab", &controllers.ApiController{}, "POST:UpdateTab") // Update tab api just for admin.
	beego.Router("/api/add-plane", &controllers.ApiController{}, "POST:AddPlane")   // Add plane api just for admin.
	beego.Router("/api/add-file-record", &controllers.ApiController{}, "POST:AddFileRecord")
	beego.Router("/api/update-hot-info", &controllers.ApiController{}, "POST:UpdateHotInfo")
	beego.Router("/api/get-online-num", &controllers.ApiController{}, "GET:GetOnlineNum")
}
