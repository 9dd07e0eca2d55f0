// Command casnode reproduces casnode's main.go: the start-up order that makes
// the basic_info rows, the cron rows and the front_conf defaults exist before
// the HTTP server (beego.Run) accepts requests.
package main

import (
	"example.com/heldout/casnode/casdoor"
	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/pkg/beego"
	_ "example.com/heldout/casnode/routers"
)

func main() {
	object.InitAdapter()
	casdoor.InitCasdoorAdapter()
	object.InitForumBasicInfo()
	object.InitFrontConf()
	object.InitTimer()

	beego.Run()
}
