// Package backup reproduces photoprism/photoprism 382ffa89927f internal/photoprism/backup.
package backup

import (
	"path/filepath"
	"regexp"
	"sync"

	"example.com/realworld/photoprism/internal/entity"
	"example.com/realworld/photoprism/internal/event"
	"example.com/realworld/photoprism/pkg/clean"
)

// log is internal/photoprism/backup/backup.go log.
var log = event.Log

// backupAlbumsMutex is internal/photoprism/backup/sync.go:10.
var backupAlbumsMutex = sync.Mutex{}

// RestoreAlbums is internal/photoprism/backup/albums.go:73: restores all album
// YAML file backups (config checks and "albums already exist" shortcut trimmed).
func RestoreAlbums(backupPath string, force bool) (count int, result error) {
	// Make sure only one backup/restore operation is running at a time.
	backupAlbumsMutex.Lock()
	defer backupAlbumsMutex.Unlock()

	albums, err := filepath.Glob(regexp.QuoteMeta(backupPath) + "/**/*.yml")

	if err != nil {
		return count, err
	}

	if len(albums) == 0 {
		return count, nil
	}

	for _, fileName := range albums {
		a := entity.Album{}

		if err = a.LoadFromYaml(fileName); err != nil {
			log.Errorf("albums: %s in %s (restore)", err, clean.Log(filepath.Base(fileName)))
			result = err
		} else if a.AlbumType == "" || len(a.Photos) == 0 && a.AlbumFilter == "" {
			log.Debugf("albums: skipped %s (restore)", clean.Log(filepath.Base(fileName)))
		} else if found := a.Find(); found != nil { // safe: in-process lock
			log.Infof("%s: %s already exists (restore)", found.AlbumType, clean.Log(found.AlbumTitle))
		} else if err = a.Create(); err != nil {
			log.Errorf("%s: %s in %s (restore)", a.AlbumType, err, clean.Log(filepath.Base(fileName)))
		} else {
			count++
		}
	}

	return count, result
}
