// Command listmonk: reduced copy of upstream cmd/ (package main) with the
// handlers that hold the catalogued sites.
package main

import (
	"flag"
	"log"
	"os"
	"sync"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"example.com/realworld/listmonk/internal/auth"
	"example.com/realworld/listmonk/internal/bounce"
	"example.com/realworld/listmonk/internal/core"
	"example.com/realworld/listmonk/internal/i18n"
	"example.com/realworld/listmonk/internal/manager"
	"example.com/realworld/listmonk/internal/media"
	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/stuffbin"
)

// Config has parameters used by the app (reduced copy of upstream cmd/init.go Config).
type Config struct {
	RootURL             string
	EnablePublicSubPage bool
	ShowOptinPage       bool

	Privacy struct {
		AllowWipe        bool
		AllowPreferences bool
		RecordOptinIP    bool
	}

	Security struct {
		OIDC struct {
			Enabled           bool
			AutoCreateUsers   bool
			DefaultUserRoleID int
			DefaultListRoleID int
		}
	}

	MediaUpload struct {
		Provider   string
		Extensions []string
	}

	Permissions map[string]struct{}
}

// App contains the "global" shared components, controllers and fields.
// upstream cmd/main.go:35 (reduced)
type App struct {
	cfg     *Config
	core    *core.Core
	queries *models.Queries
	manager *manager.Manager
	bounce  *bounce.Manager
	auth    *auth.Auth
	media   media.Store
	i18n    *i18n.I18n
	log     *log.Logger

	// needsUserSetup is set when there are no users in the DB at startup.
	needsUserSetup bool

	sync.Mutex
}

var lo = log.New(os.Stdout, "", log.Ldate|log.Ltime|log.Lshortfile)

// main is a reduced copy of upstream cmd/main.go:main: --upgrade runs the
// migrations and exits, otherwise the queries are prepared from the
// queries/*.sql files and the app is set up.
func main() {
	var (
		dsn       = flag.String("db", "", "postgres DSN")
		dir       = flag.String("static-dir", ".", "directory holding queries/*.sql")
		doUpgrade = flag.Bool("upgrade", false, "upgrade the database")
	)
	flag.Parse()

	db, err := sqlx.Connect("postgres", *dsn)
	if err != nil {
		lo.Fatalf("error connecting to DB: %v", err)
	}
	fs := stuffbin.NewLocalFS(*dir)

	if *doUpgrade {
		upgrade(db, fs, false, true)
		os.Exit(0)
	}

	var (
		queries = prepareQueries(readQueries(queryFilePath, fs), db)
		i       = i18n.New(nil)
		co      = core.New(&core.Opt{I18n: i, DB: db, Queries: queries, Log: lo}, &core.Hooks{
			SendOptinConfirmation: func(models.Subscriber, []int) (int, error) { return 0, nil },
		})
	)

	app := &App{
		cfg:     &Config{},
		core:    co,
		queries: queries,
		manager: manager.New(manager.Config{LinkTrackURL: "/link/%s/%s/%s"}, newManagerStore(queries, co), lo),
		bounce:  bounce.New(bounce.Opt{RecordBounceCB: co.RecordBounce}),
		auth:    &auth.Auth{},
		i18n:    i,
		log:     lo,
	}
	go app.bounce.Run()

	_ = []any{app.LoginPage, app.OIDCFinish, app.doResetPassword, app.UploadMedia, app.SendTxMessage,
		app.UpdateCampaign, app.UpdateListRole, app.registerPublicRoutes, app.manager.TrackLink}
}
