// Command messagepusher is a trimmed copy of upstream main.go: the database (and with it
// createRootAccountIfNeed) is initialised once, before the HTTP server is started.
package main

import (
	"example.com/heldout/messagepusher/common"
	"example.com/heldout/messagepusher/model"
)

func main() {
	// Initialize SQL Database
	err := model.InitDB()
	if err != nil {
		common.FatalLog(err)
	}
	// (upstream: Redis, option map, token store, then gin server.Run; trimmed)
}
