package main

import (
	"example.com/heldout/pgbackweb/internal/config"
	"example.com/heldout/pgbackweb/internal/database"
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/integration"
	"example.com/heldout/pgbackweb/internal/logger"
	"example.com/heldout/pgbackweb/internal/service"
	"example.com/heldout/pgbackweb/internal/view/middleware"
	"example.com/heldout/pgbackweb/internal/view/web/auth"
	"example.com/heldout/pgbackweb/internal/view/web/dashboard/backups"
	"example.com/heldout/pgbackweb/internal/view/web/dashboard/databases"
	"example.com/heldout/pgbackweb/internal/view/web/dashboard/destinations"
	"example.com/heldout/pgbackweb/internal/view/web/dashboard/executions"
	"example.com/heldout/pgbackweb/internal/view/web/dashboard/webhooks"
	"example.com/heldout/pgbackweb/pkg/echo"
)

// main is trimmed: upstream (cmd/app/main.go) also starts the gocron
// scheduler (initSchedule, which runs the backups through
// ExecutionsService.RunExecution) and the echo server; the routers are
// mounted through internal/view/router.go and internal/view/web/router.go
// (dashboard behind mids.RequireAuth).
func main() {
	env, err := config.GetEnv()
	if err != nil {
		logger.FatalError("error getting environment variables", logger.KV{"error": err})
	}

	db := database.Connect(env)
	defer func() {
		if err := db.Close(); err != nil {
			logger.Error("error closing database connection", logger.KV{"error": err})
		}
	}()
	dbgen := dbgen.New(db)

	ints := integration.New()
	servs := service.New(env, dbgen, ints)

	app := echo.New()
	mids := middleware.New(servs)
	webGroup := app.Group("")

	auth.MountRouter(webGroup.Group("/auth"), mids, servs)
	dashboardGroup := webGroup.Group("/dashboard", mids.RequireAuth)
	databases.MountRouter(dashboardGroup.Group("/databases"), mids, servs)
	destinations.MountRouter(dashboardGroup.Group("/destinations"), mids, servs)
	backups.MountRouter(dashboardGroup.Group("/backups"), mids, servs)
	executions.MountRouter(dashboardGroup.Group("/executions"), mids, servs)
	webhooks.MountRouter(dashboardGroup.Group("/webhooks"), mids, servs)
}
