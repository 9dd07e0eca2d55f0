package models

import (
	"fmt"
	"strings"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// ErrProjectIdentifierIsNotUnique is pkg/models/error.go.
type ErrProjectIdentifierIsNotUnique struct {
	Identifier string
}

func (err ErrProjectIdentifierIsNotUnique) Error() string {
	return fmt.Sprintf("Project identifier is not unique [Identifier: %s]", err.Identifier)
}

// checkProjectBeforeUpdateOrDelete is pkg/models/project.go:996 (parent
// project and cycle checks trimmed): the identifier must not be used by
// another project.
func checkProjectBeforeUpdateOrDelete(s *xorm.Session, project *Project) (err error) {
	// Identifiers are stored uppercase so lookups and the uniqueness check
	// below behave consistently across DBs (Postgres/SQLite are
	// case-sensitive by default, MySQL is not).
	project.Identifier = strings.ToUpper(project.Identifier)

	// Check if the identifier is unique and not empty
	if project.Identifier != "" {
		exists, err := s. // race
					Where("identifier = ?", project.Identifier).
					And("id != ?", project.ID).
					Exist(&Project{})
		if err != nil {
			return err
		}
		if exists {
			return ErrProjectIdentifierIsNotUnique{Identifier: project.Identifier}
		}
	}

	return nil
}

// CreateProject is pkg/models/project.go:1074 (archived check, bot owner,
// default views, buckets, favorites and events trimmed).
func CreateProject(s *xorm.Session, project *Project, auth web.Auth, createBacklogBucket bool, createDefaultViews bool) (err error) {
	doer, err := user.GetFromAuth(auth)
	if err != nil {
		return err
	}

	project.ID = 0
	project.OwnerID = doer.ID
	project.Owner = doer

	err = checkProjectBeforeUpdateOrDelete(s, project)
	if err != nil {
		return
	}

	// Persist top-level projects with an explicit 0 (not NULL) so the stored
	// value and the serialized parent_project_id stay a plain number.
	if project.ParentProjectID == nil {
		zero := int64(0)
		project.ParentProjectID = &zero
	}

	_, err = s.Insert(project)
	if err != nil {
		return
	}

	_, err = s.Where("id = ?", project.ID).Update(project)
	return
}
