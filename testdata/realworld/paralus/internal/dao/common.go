// Package dao is a reduced copy of internal/dao: generic bun helpers
// used by the pkg/service layer.
package dao

import (
	"context"
	"fmt"

	bun "github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/models"
	"example.com/realworld/paralus/third_party/uuid"
)

// Create is internal/dao/common.go:17.
func Create(ctx context.Context, db bun.IDB, entity interface{}) (interface{}, error) {
	if _, err := db.NewInsert().Model(entity).Exec(ctx); err != nil {
		return nil, err
	}

	return entity, nil
}

// GetX is internal/dao/common.go:25.
func GetX(ctx context.Context, db bun.IDB, field string, value interface{}, entity interface{}) (interface{}, error) {
	err := db.NewSelect().Model(entity).
		Where(fmt.Sprintf("%s = ?", field), value).
		Where("trash = ?", false).
		Scan(ctx)
	if err != nil {
		return nil, err
	}

	return entity, nil
}

// M for multi ;)
// GetM is internal/dao/common.go:38.
func GetM(ctx context.Context, db bun.IDB, checks map[string]interface{}, entity interface{}) (interface{}, error) {
	// Can we get the checks directly from entity and create an upsert sort of func?
	q := db.NewSelect().Model(entity)
	for field := range checks {
		q.Where(fmt.Sprintf("%s = ?", field), checks[field])
	}
	err := q.Scan(ctx)
	if err != nil {
		return nil, err
	}

	return entity, nil
}

// GetByName is internal/dao/common.go:64.
func GetByName(ctx context.Context, db bun.IDB, name string, entity interface{}) (interface{}, error) {
	err := db.NewSelect().Model(entity).
		Where("name = ?", name).
		Where("trash = ?", false).
		Scan(ctx)
	if err != nil {
		return nil, err
	}
	return entity, nil
}

// GetByNamePartnerOrg is internal/dao/common.go:75.
func GetByNamePartnerOrg(ctx context.Context, db bun.IDB, name string, pid uuid.NullUUID, oid uuid.NullUUID, entity interface{}) (interface{}, error) {
	sq := db.NewSelect().Model(entity)
	if oid.Valid {
		sq = sq.Where("organization_id = ?", oid)
	}
	if pid.Valid {
		sq = sq.Where("partner_id = ?", pid)
	}
	sq = sq.Where("name = ?", name).
		Where("trash = ?", false)

	err := sq.Scan(ctx)
	if err != nil {
		return nil, err
	}

	return entity, nil
}

// GetIdByName is internal/dao/common.go:94.
func GetIdByName(ctx context.Context, db bun.IDB, name string, entity interface{}) (interface{}, error) {
	return GetAttributesByName(ctx, db, name, entity, "id")
}

// GetAttributesByName is internal/dao/common.go:98.
func GetAttributesByName(ctx context.Context, db bun.IDB, name string, entity interface{}, columns ...string) (interface{}, error) {
	err := db.NewSelect().Column(columns...).Model(entity).
		Where("name = ?", name).
		Where("trash = ?", false).
		Scan(ctx)
	if err != nil {
		return nil, err
	}
	return entity, nil
}

// GetIdByNamePartnerOrg is internal/dao/common.go:109.
func GetIdByNamePartnerOrg(ctx context.Context, db bun.IDB, name string, pid uuid.NullUUID, oid uuid.NullUUID, entity interface{}) (interface{}, error) {
	sq := db.NewSelect().Column("id").Model(entity)
	if oid.Valid {
		sq = sq.Where("organization_id = ?", oid)
	}
	if pid.Valid {
		sq = sq.Where("partner_id = ?", pid)
	}
	sq = sq.Where("name = ?", name).
		Where("trash = ?", false)

	err := sq.Scan(ctx)
	if err != nil {
		return nil, err
	}

	return entity, nil
}

// Update is internal/dao/common.go:156.
func Update(ctx context.Context, db bun.IDB, id uuid.UUID, entity interface{}) (interface{}, error) {
	if _, err := db.NewUpdate().Model(entity).Where("id  = ?", id).Exec(ctx); err != nil {
		return nil, err
	}
	return entity, nil
}

// Delete is internal/dao/common.go:170 (soft delete).
func Delete(ctx context.Context, db bun.IDB, id uuid.UUID, entity interface{}) error {
	_, err := db.NewUpdate().
		Model(entity).
		Column("trash").
		Where("id  = ?", id).
		Where("trash = false").
		Set("trash = ?", true).
		Exec(ctx)
	return err
}

// GetPartnerId is internal/dao/lookup.go:12.
func GetPartnerId(ctx context.Context, db bun.IDB, name string) (uuid.UUID, error) {
	entity, err := GetIdByName(ctx, db, name, &models.Partner{})
	if err != nil {
		return uuid.Nil, err
	}
	if prt, ok := entity.(*models.Partner); ok {
		return prt.ID, nil
	}
	return uuid.Nil, fmt.Errorf("no partner found with name %v", name)
}

// GetOrganizationId is internal/dao/lookup.go:23.
func GetOrganizationId(ctx context.Context, db bun.IDB, name string) (uuid.UUID, error) {
	entity, err := GetIdByName(ctx, db, name, &models.Organization{})
	if err != nil {
		return uuid.Nil, err
	}
	if org, ok := entity.(*models.Organization); ok {
		return org.ID, nil
	}
	return uuid.Nil, fmt.Errorf("no organization found with name %v", name)
}
