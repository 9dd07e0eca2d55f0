package dao

import (
	"context"
	"time"

	bun "github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/models"
	"example.com/realworld/paralus/third_party/uuid"
)

// GetKubeconfigRevocation is internal/dao/kubeconfig.go:13.
func GetKubeconfigRevocation(ctx context.Context, db bun.IDB, orgID, accountID uuid.UUID, isSSOUser bool) (*models.KubeconfigRevocation, error) {
	var kr models.KubeconfigRevocation
	err := db.NewSelect().Model(&kr).
		Where("organization_id = ?", orgID).
		Where("account_id = ?", accountID).
		Where("is_sso_user = ?", isSSOUser).
		Scan(ctx)
	return &kr, err
}

// CreateKubeconfigRevocation is internal/dao/kubeconfig.go:23.
func CreateKubeconfigRevocation(ctx context.Context, db bun.IDB, kr *models.KubeconfigRevocation) error {
	_, err := Create(ctx, db, kr)
	return err
}

// UpdateKubeconfigRevocation is internal/dao/kubeconfig.go:28.
func UpdateKubeconfigRevocation(ctx context.Context, db bun.IDB, kr *models.KubeconfigRevocation) error {
	q := db.NewUpdate().Model(kr)

	q = q.Where("organization_id = ?", kr.OrganizationId).
		Where("account_id = ?", kr.AccountId).
		Where("is_sso_user = ?", kr.IsSSOUser)

	q = q.Set("revoked_at = ?", kr.RevokedAt)

	_, err := q.Exec(ctx)
	return err
}

// GetKubeconfigSetting is internal/dao/kubeconfig.go:41.
func GetKubeconfigSetting(ctx context.Context, db bun.IDB, orgID, accountID uuid.UUID, issSSO bool) (*models.KubeconfigSetting, error) {
	var ks models.KubeconfigSetting
	var err error = nil
	if len(accountID.String()) > 0 {
		err = db.NewSelect().Model(&ks).
			Where("organization_id = ?", orgID).
			Where("account_id = ?", accountID).
			Where("is_sso_user= ?", issSSO).
			Scan(ctx)
	} else {
		err = db.NewSelect().Model(&ks).
			Where("organization_id = ?", orgID).
			Where("is_sso_user= ?", issSSO).
			Scan(ctx)
	}
	return &ks, err
}

// CreateKubeconfigSetting is internal/dao/kubeconfig.go:59 (scope constants inlined).
func CreateKubeconfigSetting(ctx context.Context, db bun.IDB, ks *models.KubeconfigSetting) error {
	if ks.AccountId == uuid.Nil {
		ks.Scope = "organization"
	} else {
		ks.Scope = "user"
	}
	_, err := Create(ctx, db, ks)
	return err
}

// UpdateKubeconfigSetting is internal/dao/kubeconfig.go:69 (columns trimmed).
func UpdateKubeconfigSetting(ctx context.Context, db bun.IDB, ks *models.KubeconfigSetting) error {
	q := db.NewUpdate().Model(ks)

	q = q.Where("organization_id = ?", ks.OrganizationId).
		Where("account_id = ?", ks.AccountId).
		Where("is_sso_user= ?", ks.IsSSOUser)

	q = q.Set("modified_at = ?", time.Now()).
		Set("validity_seconds = ?", ks.ValiditySeconds).
		Set("sa_validity_seconds = ?", ks.SaValiditySeconds)

	_, err := q.Exec(ctx)
	return err
}

// GetkubectlClusterSettings is internal/dao/kubeconfig.go:90.
func GetkubectlClusterSettings(ctx context.Context, db bun.IDB, orgID uuid.UUID, name string) (*models.KubectlClusterSetting, error) {
	var kc models.KubectlClusterSetting
	err := db.NewSelect().Model(&kc).
		Where("organization_id = ?", orgID).
		Where("name = ?", name).Scan(ctx)
	return &kc, err
}

// CreatekubectlClusterSettings is internal/dao/kubeconfig.go:98.
func CreatekubectlClusterSettings(ctx context.Context, db bun.IDB, kc *models.KubectlClusterSetting) error {
	_, err := Create(ctx, db, kc)
	return err
}

// UpdatekubectlClusterSettings is internal/dao/kubeconfig.go:103.
func UpdatekubectlClusterSettings(ctx context.Context, db bun.IDB, kc *models.KubectlClusterSetting) error {
	q := db.NewUpdate().Model(kc)

	q = q.Where("organization_id = ?", kc.OrganizationId).
		Where("name = ?", kc.Name)

	q = q.Set("disable_web_kubectl = ?", kc.DisableWebKubectl)
	q = q.Set("disable_cli_kubectl = ?", kc.DisableCliKubectl)

	_, err := q.Exec(ctx)
	return err
}
