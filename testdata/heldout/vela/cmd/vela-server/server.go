// Reproduction of go-vela/server cmd/vela-server/server.go server at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: tracing, queue, cache,
// compiler, scm, secrets, token manager, router and the background loops are
// left out, as is copying the compiler/queue/scm defaults into the new
// record; the jitter :140-144 and the settings lookup/insert :146-182 are
// verbatim). Every server replica runs this at start-up against the shared
// database. See vela/CATALOGUE.md R6.

package main

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"example.com/heldout/vela/api/types/settings"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/cli"
	"example.com/heldout/vela/pkg/logrus"
	"example.com/heldout/vela/pkg/wait"
)

func server(ctx context.Context, cmd *cli.Command) error {
	database, err := database.FromCLICommand(cmd)
	if err != nil {
		return err
	}

	jitter := wait.Jitter(5*time.Second, 2.0)

	logrus.Infof("retrieving initial platform settings after %v delay", jitter)

	time.Sleep(jitter)

	// GetSettings Where("id = ?", 1) Take; on gorm.ErrRecordNotFound CreateSettings with SetID(1); settings id SERIAL PRIMARY KEY (database/settings/table.go:17, :39); replicas starting together both insert id 1 (the 5-15s jitter only narrows it) and the loser's server() returns the error
	ps, err := database.GetSettings(ctx) // race
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}

	// platform settings record does not exist
	if err != nil {
		logrus.Info("creating initial platform settings")

		// create initial settings record
		ps = settings.FromCLICommand(cmd)

		// singleton record ID should always be 1
		ps.SetID(1)

		ps.SetCreatedAt(time.Now().UTC().Unix())
		ps.SetUpdatedAt(time.Now().UTC().Unix())
		ps.SetUpdatedBy("vela-server")

		// create the settings record in the database
		_, err = database.CreateSettings(ctx, ps)
		if err != nil {
			return err
		}

		logrus.Info("initial platform settings created")
	}

	logrus.Infof("platform settings %s", ps.String())

	return nil
}
