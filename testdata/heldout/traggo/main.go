// Command traggo reproduces github.com/traggo/server main.go, trimmed to the
// database start-up (initDatabase) and the router's auth middleware.
// GORM v1 -> v2: `c := new(int)` for Count is `new(int64)`; database.New takes a
// gorm.Dialector (see database/database.go).
package main

import (
	"net/http"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/config"
	"example.com/heldout/traggo/database"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/zerolog/log"
	"example.com/heldout/traggo/user/password"
	"gorm.io/gorm"
)

// dialector stands for the dialect chosen by conf.DatabaseDialect upstream
// (sqlite3, mysql or postgres through the jinzhu/gorm dialects).
var dialector gorm.Dialector

// main reproduces main.go:34 (trimmed).
func main() {
	conf := config.Config{DefaultUserName: "admin", DefaultUserPass: "admin", PassStrength: 10}

	db := initDatabase(conf)

	router := http.NewServeMux()
	handler := auth.Middleware(db)(router)
	_ = http.ListenAndServe(":3030", handler)
}

// initDatabase reproduces main.go:79 (count :85, insert :87).
func initDatabase(conf config.Config) *gorm.DB {
	db, err := database.New(dialector)
	if err != nil {
		log.Fatal().Err(err).Msg("Failed to connect to the database")
	}
	c := new(int64)
	if db.Model(new(model.User)).Count(c); *c == 0 { // safe: single-writer start-up path: runs once in main before the HTTP server starts (main.go:53-60); users.name is UNIQUE besides
		log.Info().Msg("Creating default user.")
		db.Create(&model.User{
			Name:  conf.DefaultUserName,
			Pass:  password.CreatePassword(conf.DefaultUserPass, conf.PassStrength),
			Admin: true})
	}

	return db
}
