package database

import (
	"fmt"
	"strings"

	"example.com/heldout/gogs/third_party/errors"
)

// Release represents a release of repository (internal/database/release.go:20).
// No unique key: no xorm tag on repo_id / lower_tag_name.
type Release struct {
	ID           int64
	RepoID       int64
	PublisherID  int64
	TagName      string
	LowerTagName string
	Target       string
	Title        string
	Sha1         string `xorm:"VARCHAR(40)"`
	NumCommits   int64
	Note         string `xorm:"TEXT"`
	IsDraft      bool   `xorm:"NOT NULL DEFAULT false"`
	IsPrerelease bool

	CreatedUnix int64
}

// IsReleaseExist returns true if release with given tag name already exists
// (internal/database/release.go:107).
func IsReleaseExist(repoID int64, tagName string) (bool, error) {
	if tagName == "" {
		return false, nil
	}

	return x.Get(&Release{RepoID: repoID, LowerTagName: strings.ToLower(tagName)})
}

type ErrReleaseAlreadyExist struct {
	TagName string
}

func (err ErrReleaseAlreadyExist) Error() string {
	return fmt.Sprintf("release already exists [tag_name: %s]", err.TagName)
}

// GitRepository stands for *git.Repository (github.com/gogs/git-module),
// reduced to what createTag uses.
type GitRepository interface {
	HasTag(name string) bool
	CreateTag(name, rev string) error
}

// createTag is internal/database/release.go:115, reduced: a published release
// of a new tag creates the git tag.
func createTag(gitRepo GitRepository, r *Release) error {
	// Only actual create when publish.
	if !r.IsDraft {
		if !gitRepo.HasTag(r.TagName) {
			// 🚨 SECURITY: Trim any leading '-' to prevent command line argument injection.
			r.TagName = strings.TrimLeft(r.TagName, "-")
			if err := gitRepo.CreateTag(r.TagName, r.Target); err != nil {
				return err
			}
		}
	}
	return nil
}

// NewRelease creates a new release with attachments for repository.
//
// Reproduces internal/database/release.go:160 (caller: POST
// /:username/:reponame/releases/new -> route/repo/release.go:222 NewReleasePost;
// the webhook after Commit is dropped).
func NewRelease(gitRepo GitRepository, r *Release, uuids []string) error {
	isExist, err := IsReleaseExist(r.RepoID, r.TagName) // race; no unique key: release has no UNIQUE tag on (repo_id, lower_tag_name) (release.go:20-41)
	if err != nil {
		return err
	} else if isExist {
		return ErrReleaseAlreadyExist{r.TagName}
	}

	if err = createTag(gitRepo, r); err != nil {
		return err
	}
	r.LowerTagName = strings.ToLower(r.TagName)

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if _, err = sess.Insert(r); err != nil {
		return errors.Newf("insert: %v", err)
	}

	if err = sess.Commit(); err != nil {
		return errors.Newf("commit: %v", err)
	}
	return nil
}
