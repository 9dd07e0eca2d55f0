// A row of a constant key created by main before it starts any goroutine
// (casnode's BasicInfo rows, photoview's site_info): every later caller
// finds it, so one process never races on it; upsertfix -replicas
// reports it (several processes start at once). The same shape with a
// key from the caller, or run from main after a go statement, is a race.
package main

import (
	"errors"
	"net/http"
	"os"

	"gorm.io/gorm"
)

type Info struct {
	ID    string `gorm:"primaryKey"`
	Value string
}

var db *gorm.DB

// getInfo returns the row of id, created with def when missing.
func getInfo(id, def string) (string, error) {
	var info Info
	err := db.Where("id = ?", id).First(&info).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		info = Info{ID: id, Value: def}
		err = db.Create(&info).Error
	}
	return info.Value, err
}

// highestOnline is seeded at start-up: not reported.
func highestOnline() (string, error) {
	var info Info
	err := db.Where("id = ?", "HighestOnlineNum").First(&info).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		info = Info{ID: "HighestOnlineNum", Value: "0"}
		err = db.Create(&info).Error
	}
	return info.Value, err
}

// initInfo runs the seeds.
func initInfo() {
	if _, err := highestOnline(); err != nil {
		panic(err)
	}
	seedDefaults()
	seedComputed()
}

// cronJobs is first run after main started a goroutine: reported.
func cronJobs() (string, error) {
	var info Info
	err := db.Where("id = ?", "CronJobs").First(&info).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		info = Info{ID: "CronJobs", Value: "[]"}
		err = db.Create(&info).Error
	}
	return info.Value, err
}

// flagged is seeded only when main is given an argument: reported.
func flagged() (string, error) {
	var info Info
	err := db.Where("id = ?", "Flagged").First(&info).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		info = Info{ID: "Flagged", Value: "1"}
		err = db.Create(&info).Error
	}
	return info.Value, err
}

// seedDefaults seeds a literal table of rows, each of a constant key
// (ldapadmin's InitData): not reported.
func seedDefaults() {
	defaults := []Info{
		{ID: "Theme", Value: "dark"},
		{ID: "Lang", Value: "en"},
	}
	for _, d := range defaults {
		var info Info
		err := db.Where("id = ?", d.ID).First(&info).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			db.Create(&d)
		}
	}
}

// seedComputed's table has a row whose key is read at run time:
// reported.
func seedComputed() {
	rows := []Info{
		{ID: "Host", Value: "localhost"},
		{ID: os.Getenv("INSTANCE"), Value: "1"},
	}
	for _, d := range rows {
		var info Info
		err := db.Where("id = ?", d.ID).First(&info).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			db.Create(&d)
		}
	}
}

func main() {
	initInfo()
	if len(os.Args) > 1 {
		flagged()
	}
	go http.ListenAndServe(":8080", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, _ := getInfo(r.URL.Query().Get("id"), "")
		w.Write([]byte(v))
	}))
	cronJobs()
}
