// A store that runs its queries in a callback given to a session helper,
// which returns the callback's error (grafana's WithDbSession): the
// callback's lookup, with its sentinel, is the store function's. A
// helper that calls the callback twice is no such runner.
package session_runner

import (
	"context"
	"errors"

	"xorm.io/xorm"
)

type Preference struct {
	ID     int64  `xorm:"pk autoincr 'id'"`
	OrgID  int64  `xorm:"unique(pref_org_user) 'org_id'"`
	UserID int64  `xorm:"unique(pref_org_user) 'user_id'"`
	Theme  string `xorm:"'theme'"`
}

var ErrPrefNotFound = errors.New("preference not found")

type Store struct {
	engine *xorm.Engine
	checks int
}

var ErrTaken = errors.New("preference taken")

// WithDbSession runs callback with a session of its own.
func (s *Store) WithDbSession(ctx context.Context, callback func(sess *xorm.Session) error) error {
	return s.withDbSession(ctx, callback)
}

func (s *Store) withDbSession(ctx context.Context, callback func(sess *xorm.Session) error) error {
	sess := s.engine.NewSession()
	defer sess.Close()
	if err := ctx.Err(); err != nil {
		return err
	}
	return callback(sess.Context(ctx))
}

// twice calls its callback twice: not a runner.
func (s *Store) twice(callback func(sess *xorm.Session) error) error {
	sess := s.engine.NewSession()
	defer sess.Close()
	if err := callback(sess); err != nil {
		return err
	}
	return callback(sess)
}

func (s *Store) Get(ctx context.Context, orgID, userID int64) (*Preference, error) {
	var p Preference
	err := s.WithDbSession(ctx, func(sess *xorm.Session) error {
		exist, err := sess.Where("org_id = ? AND user_id = ?", orgID, userID).Get(&p)
		if err != nil {
			return err
		}
		if !exist {
			return ErrPrefNotFound
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

func (s *Store) getTwice(orgID, userID int64) (*Preference, error) {
	var p Preference
	err := s.twice(func(sess *xorm.Session) error {
		exist, err := sess.Where("org_id = ? AND user_id = ?", orgID, userID).Get(&p)
		if err != nil {
			return err
		}
		if !exist {
			return ErrPrefNotFound
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// SaveTheme creates the preference when the store says it is missing:
// fixed.
func SaveTheme(ctx context.Context, s *Store, orgID, userID int64, theme string) (*Preference, error) {
	p, err := s.Get(ctx, orgID, userID)
	if errors.Is(err, ErrPrefNotFound) {
		p = &Preference{OrgID: orgID, UserID: userID, Theme: theme}
		_, err = s.engine.Insert(p)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// SaveThemeTwice goes through a helper that is no runner: not reported.
func SaveThemeTwice(s *Store, orgID, userID int64, theme string) (*Preference, error) {
	p, err := s.getTwice(orgID, userID)
	if errors.Is(err, ErrPrefNotFound) {
		p = &Preference{OrgID: orgID, UserID: userID, Theme: theme}
		_, err = s.engine.Insert(p)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// PreferenceTaken checks in a callback of the runner: an error when the
// row exists.
func (s *Store) PreferenceTaken(ctx context.Context, orgID, userID int64) error {
	err := s.WithDbSession(ctx, func(sess *xorm.Session) error {
		exists, err := sess.Where("org_id = ? AND user_id = ?", orgID, userID).Exist(&Preference{})
		if err != nil {
			return err
		}
		if exists {
			return ErrTaken
		}
		return nil
	})
	return err
}

// AddPreference inserts after the check: fixed.
func AddPreference(ctx context.Context, s *Store, orgID, userID int64, theme string) (*Preference, error) {
	if err := s.PreferenceTaken(ctx, orgID, userID); err != nil {
		return nil, err
	}
	p := &Preference{OrgID: orgID, UserID: userID, Theme: theme}
	if _, err := s.engine.Insert(p); err != nil {
		return nil, err
	}
	return p, nil
}

// countedTaken counts its checks in the store before the runner: it
// writes more than its locals, no check for its callers.
func (s *Store) countedTaken(ctx context.Context, orgID, userID int64) error {
	s.checks++
	return s.WithDbSession(ctx, func(sess *xorm.Session) error {
		exists, err := sess.Where("org_id = ? AND user_id = ?", orgID, userID).Exist(&Preference{})
		if err != nil {
			return err
		}
		if exists {
			return ErrTaken
		}
		return nil
	})
}

// AddCounted is not reported.
func AddCounted(ctx context.Context, s *Store, orgID, userID int64) error {
	if err := s.countedTaken(ctx, orgID, userID); err != nil {
		return err
	}
	_, err := s.engine.Insert(&Preference{OrgID: orgID, UserID: userID})
	return err
}
