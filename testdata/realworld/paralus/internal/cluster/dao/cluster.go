// Package dao is a reduced copy of internal/cluster/dao.
package dao

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
)

// newXID stands in for github.com/rs/xid New().String().
func newXID() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// CreateToken is internal/cluster/dao/clustertoken.go:22.
func CreateToken(ctx context.Context, db bun.IDB, token *models.ClusterToken) error {
	token.Name = newXID()
	_, err := dao.Create(ctx, db, token)
	return err
}

// CreateCluster is internal/cluster/dao/cluster.go:16 (the label update
// after the insert trimmed).
func CreateCluster(ctx context.Context, tx bun.IDB, cluster *models.Cluster) error {

	clstrToken := &models.ClusterToken{
		OrganizationId: cluster.OrganizationId,
		PartnerId:      cluster.PartnerId,
		ProjectId:      cluster.ProjectId,
		CreatedAt:      time.Now(),
	}
	err := CreateToken(ctx, tx, clstrToken)
	if err != nil {
		return err
	}

	if cluster.OverrideSelector == "" {
		cluster.OverrideSelector = strings.Join([]string{"paralus.dev/overrideCluster", cluster.Name}, "=")
	}
	cluster.Token = clstrToken.Name

	_, err = tx.NewInsert().Model(cluster).Exec(ctx)
	if err != nil {
		return err
	}

	return nil
}
