// Issue 17: lookups behind repositories that say "not found" their own
// way, as chainloop's data layer does. A repository reads the row, then,
// on its found path only, more about it (the organization's first member); it returns
// nil, nil when the first read found nothing. Another returns an error
// type of the project's own (NewErrNotFound("membership")), which
// callers test with a function over errors.As. The query itself is
// built by a helper that starts it from the client.
package repo_enrich_ent

import (
	"context"
	"errors"
	"fmt"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/membership"
)

// Member is the domain's membership.
type Member struct {
	OrgID, UserID int
	Role          string
	Founder       bool
}

// ErrNotFound is the domain's not-found error, built per entity.
type ErrNotFound struct{ entity string }

// NewErrNotFound returns a not-found error for entity.
func NewErrNotFound(entity string) ErrNotFound { return ErrNotFound{entity} }

func (e ErrNotFound) Error() string { return e.entity + " not found" }

// IsNotFound reports whether err is the domain's not-found error.
func IsNotFound(err error) bool { return errors.As(err, &ErrNotFound{}) }

// ErrConflict is another error type of the domain.
type ErrConflict struct{ what string }

func (e *ErrConflict) Error() string { return e.what + " conflicts" }

// IsConflict reports whether err is a conflict.
func IsConflict(err error) bool {
	var c *ErrConflict
	return errors.As(err, &c)
}

type Members struct{ client *entplain.Client }

// query is chainloop's queryMembership: the helper starts the query.
func (r *Members) query(orgID, userID int) *entplain.MembershipQuery {
	return r.client.Membership.Query().Where(membership.OrgID(orgID), membership.UserID(userID))
}

// Find returns nil, nil when no membership matched; on the found path it
// also reads the organization's first member.
func (r *Members) Find(ctx context.Context, orgID, userID int) (*Member, error) {
	m, err := r.query(orgID, userID).Only(ctx)
	if err != nil {
		if entplain.IsNotFound(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("failed to find membership: %w", err)
	}
	first, err := r.client.Membership.Query().Where(membership.OrgID(m.OrgID)).Order(entplain.Asc(membership.FieldID)).First(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to find the org's first member: %w", err)
	}
	return &Member{OrgID: m.OrgID, UserID: m.UserID, Role: m.Role, Founder: first.ID == m.ID}, nil
}

// Get returns the domain's not-found error when no membership matched.
func (r *Members) Get(ctx context.Context, orgID, userID int) (*Member, error) {
	m, err := r.query(orgID, userID).Only(ctx)
	if err != nil {
		if entplain.IsNotFound(err) {
			return nil, NewErrNotFound("membership")
		}
		return nil, err
	}
	return &Member{OrgID: m.OrgID, UserID: m.UserID, Role: m.Role}, nil
}

// Add inserts a membership.
func (r *Members) Add(ctx context.Context, orgID, userID int, role string) error {
	_, err := r.client.Membership.Create().SetOrgID(orgID).SetUserID(userID).SetRole(role).Save(ctx)
	return err
}

// Join is chainloop's addUserToProject: an error but not-found returns,
// a found member is an error of its own, else the insert.
func (r *Members) Join(ctx context.Context, orgID, userID int) (string, error) {
	existing, err := r.Find(ctx, orgID, userID)
	if err != nil {
		return "", err
	}
	if existing != nil {
		return "", errors.New("the user is already a member")
	}
	if err := r.Add(ctx, orgID, userID, "member"); err != nil {
		return "", fmt.Errorf("failed to add member: %w", err)
	}
	return "joined", nil
}

// JoinTyped is chainloop's addExistingUserToGroup: the domain's
// not-found error is tested with IsNotFound.
func (r *Members) JoinTyped(ctx context.Context, orgID, userID int) (string, error) {
	existing, err := r.Get(ctx, orgID, userID)
	if err != nil && !IsNotFound(err) {
		return "", fmt.Errorf("failed to check membership: %w", err)
	}
	if existing != nil {
		return "already " + existing.Role, nil
	}
	if err := r.Add(ctx, orgID, userID, "member"); err != nil {
		return "", err
	}
	return "joined", nil
}

// JoinOnConflict is a negative: it creates only when the lookup fails
// with another error type, never when no row matched.
func (r *Members) JoinOnConflict(ctx context.Context, orgID, userID int) error {
	_, err := r.Get(ctx, orgID, userID)
	if IsConflict(err) {
		return r.Add(ctx, orgID, userID, "member")
	}
	return err
}
