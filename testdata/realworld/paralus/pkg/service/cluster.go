package service

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"

	cdao "example.com/realworld/paralus/internal/cluster/dao"
	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	"example.com/realworld/paralus/pkg/query"
	infrav3 "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// clusterService is pkg/service/cluster.go (downloads, event handlers and
// relay configuration trimmed).
type clusterService struct {
	db        *bun.DB
	bs        BootstrapService
	templates []*infrav3.BootstrapAgentTemplate
}

// Create is pkg/service/cluster.go:92 (POST .../project/{project}/cluster,
// server/cluster.go CreateCluster): GetByNamePartnerOrg (:141), then
// cdao.CreateCluster inside a transaction (:232). Label, metro, proxy and
// operator-bootstrap handling are trimmed.
func (s *clusterService) Create(ctx context.Context, cluster *infrav3.Cluster) (*infrav3.Cluster, error) {
	var errormsg string

	var proj models.Project
	_, err := dao.GetByName(ctx, s.db, cluster.Metadata.Project, &proj)
	if err != nil {
		return &infrav3.Cluster{}, err
	}

	if cluster.Metadata.Name == "" {
		return &infrav3.Cluster{}, fmt.Errorf("invalid cluster data, name is missing")
	}

	clusterPresent, err := dao.GetByNamePartnerOrg(ctx, s.db, cluster.Metadata.Name, uuid.NullUUID{UUID: proj.PartnerId, Valid: true}, // race; no unique key: cluster_clusters has only the plain index cluster_clusters_name_organization_id_partner_id_key (persistence/migrations/admindb/000034_cluster_clusters.up.sql:29)
		uuid.NullUUID{UUID: proj.OrganizationId, Valid: true}, &models.Cluster{})
	if err != nil && err.Error() == "sql: no rows in result set" {
		// Skipping as first time cluster create
	} else if clusterPresent != nil {
		errormsg = "cluster name is already taken. please try another name"
		return &infrav3.Cluster{}, errors.New(errormsg)
	}

	edb := &models.Cluster{
		Name:           strings.ToLower(cluster.Metadata.Name),
		Description:    cluster.Metadata.Description,
		CreatedAt:      time.Now(),
		ModifiedAt:     time.Now(),
		Trash:          false,
		DisplayName:    cluster.Metadata.Name,
		ProjectId:      proj.ID,
		OrganizationId: proj.OrganizationId,
		PartnerId:      proj.PartnerId,
		ClusterType:    cluster.Spec.ClusterType,
	}

	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{})
	if err != nil {
		return &infrav3.Cluster{}, err
	}

	err = cdao.CreateCluster(ctx, tx, edb)
	if err != nil {
		tx.Rollback()
		return &infrav3.Cluster{}, err
	}

	err = tx.Commit()
	if err != nil {
		tx.Rollback()
	}

	cluster.Metadata.Id = edb.ID.String()
	return cluster, nil
}

// newToken stands in for github.com/rs/xid New().String().
func newToken() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// CreateBootstrapAgentForCluster creates bootstrap agent for cluster.
//
// pkg/service/cluster.go:920, called by the cluster reconciler
// (pkg/reconcile/cluster_reconciler.go:216 handleClusterBootstrapAgent) from
// three workqueue workers (pkg/reconcile/cluster_handler.go:20,114) whose
// keys are the JSON of the whole event (pkg/reconcile/utils.go:9, including
// event type and username), so two events of one cluster can be handled at
// once. GetBootstrapAgent (:935), then CreateBootstrapAgent (:971). The
// relay template selection is reduced to s.templates.
func (s *clusterService) CreateBootstrapAgentForCluster(ctx context.Context, cluster *infrav3.Cluster) error {
	// create bootstrap agent
	for _, bat := range s.templates {
		found := true
		agent, err := s.bs.GetBootstrapAgent(ctx, bat.Metadata.Name, query.WithMeta(&infrav3.Metadata{ // race
			Name: cluster.Metadata.Id,
		}))
		if err != nil {
			if err == sql.ErrNoRows {
				found = false
			} else {
				err = fmt.Errorf("unable to get bootstrap agent: %w", err)
				return err
			}

		}

		if !found {
			agent = &infrav3.BootstrapAgent{
				Metadata: &infrav3.Metadata{
					Name:         cluster.Metadata.Id,
					DisplayName:  cluster.Metadata.Name,
					Description:  cluster.Metadata.Description,
					Partner:      cluster.Metadata.Partner,
					Organization: cluster.Metadata.Organization,
					Project:      cluster.Metadata.Project,
				},
				Spec: &infrav3.BootstrapAgentSpec{
					TemplateRef: bat.Metadata.Name,
					Token:       newToken(),
				},
			}

			err = s.bs.CreateBootstrapAgent(ctx, agent)
			if err != nil {
				err = fmt.Errorf("unable to create bootstrap agent: %w", err)
				return err
			}
		}
		_ = agent
	}

	return nil
}
