// Package repo reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/repo.
package repo

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"example.com/realworld/homebox/ent"
	"example.com/realworld/homebox/ent/group"
	"example.com/realworld/homebox/ent/groupinvitationtoken"
	"example.com/realworld/homebox/ent/user"
	"example.com/realworld/homebox/ent/usergroup"
	"github.com/google/uuid"
)

// GroupRepository is data/repo/repo_group.go:24.
type GroupRepository struct {
	db          *ent.Client
	groupMapper MapFunc[*ent.Group, Group]
}

// NewGroupRepository is data/repo/repo_group.go:31.
func NewGroupRepository(db *ent.Client) *GroupRepository {
	gmap := func(g *ent.Group) Group {
		return Group{
			ID:        g.ID,
			Name:      g.Name,
			CreatedAt: g.CreatedAt,
			UpdatedAt: g.UpdatedAt,
			Currency:  strings.ToUpper(g.Currency),
		}
	}

	return &GroupRepository{
		db:          db,
		groupMapper: gmap,
	}
}

// Group is data/repo/repo_group.go:60.
type Group struct {
	ID        uuid.UUID `json:"id,omitempty"`
	Name      string    `json:"name,omitempty"`
	CreatedAt time.Time `json:"createdAt,omitempty"`
	UpdatedAt time.Time `json:"updatedAt,omitempty"`
	Currency  string    `json:"currency,omitempty"`
}

// GroupCreate is data/repo/repo_group.go:282.
func (r *GroupRepository) GroupCreate(ctx context.Context, name string, userID uuid.UUID) (Group, error) {
	if userID == uuid.Nil {
		return r.groupMapper.MapErr(r.db.Group.Create().SetName(name).Save(ctx))
	}

	tx, err := r.db.Tx(ctx)
	if err != nil {
		return Group{}, err
	}

	g, err := tx.Group.Create().SetName(name).Save(ctx)
	if err != nil {
		_ = tx.Rollback()
		return Group{}, err
	}

	// The user creating a group is its owner. This is the only place a fresh
	// owner membership comes from outside registration.
	if _, err := tx.UserGroup.Create().
		SetUserID(userID).
		SetGroupID(g.ID).
		SetRole(usergroup.RoleOwner).
		Save(ctx); err != nil {
		_ = tx.Rollback()
		return Group{}, err
	}

	if err := tx.Commit(); err != nil {
		return Group{}, err
	}
	return r.groupMapper.Map(g), nil
}

// InvitationAccept is data/repo/repo_group.go:496: inside a manual
// transaction, membership Exist -> UserGroup create (zerolog calls replaced
// by log.Printf).
func (r *GroupRepository) InvitationAccept(ctx context.Context, token []byte, userID uuid.UUID) (Group, error) {
	tx, err := r.db.Tx(ctx)
	if err != nil {
		return Group{}, err
	}

	// 1. Get invitation
	invitation, err := tx.GroupInvitationToken.Query().
		Where(groupinvitationtoken.Token(token)).
		WithGroup().
		Only(ctx)
	if err != nil {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, err
	}

	// 2. Checks
	if invitation.ExpiresAt.Before(time.Now()) {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, fmt.Errorf("invitation expired")
	}
	if invitation.Uses <= 0 {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, fmt.Errorf("invitation used up")
	}

	// 3. Check membership
	isMember, err := tx.Group.Query(). // race
						Where(group.ID(invitation.Edges.Group.ID), group.HasUsersWith(user.ID(userID))).
						Exist(ctx)
	if err != nil {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, err
	}
	if isMember {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, fmt.Errorf("user already a member of this group")
	}

	// 4. Add member with role=user; ownership is reserved for whoever created the group.
	if _, err := tx.UserGroup.Create().
		SetUserID(userID).
		SetGroupID(invitation.Edges.Group.ID).
		SetRole(usergroup.RoleUser).
		Save(ctx); err != nil {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, err
	}

	// 5. Decrement uses atomically
	n, err := tx.GroupInvitationToken.Update().
		Where(
			groupinvitationtoken.ID(invitation.ID),
			groupinvitationtoken.UsesGT(0),
		).
		AddUses(-1).
		Save(ctx)
	if err != nil {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, err
	}
	if n == 0 {
		if err := tx.Rollback(); err != nil {
			log.Printf("failed to rollback transaction: %v", err)
		}
		return Group{}, fmt.Errorf("invitation used up")
	}

	if err := tx.Commit(); err != nil {
		return Group{}, err
	}

	return r.groupMapper.Map(invitation.Edges.Group), nil
}
