package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	sentry "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// kubeconfigSettingService is pkg/service/kubeconfig_settings.go.
type kubeconfigSettingService struct {
	db *bun.DB
}

// convertToKubeCfgSettingModel is pkg/service/kubeconfig_settings.go (fields trimmed).
func convertToKubeCfgSettingModel(ks *sentry.KubeconfigSetting) *models.KubeconfigSetting {
	db := &models.KubeconfigSetting{
		OrganizationId:    uuid.MustParse(ks.OrganizationID),
		ValiditySeconds:   ks.ValiditySeconds,
		SaValiditySeconds: ks.SaValiditySeconds,
		IsSSOUser:         ks.IsSSOUser,
	}
	if ks.PartnerID != "" {
		db.PartnerId = uuid.MustParse(ks.PartnerID)
	}
	if ks.AccountID != "" {
		db.AccountId = uuid.MustParse(ks.AccountID)
	}
	return db
}

// Patch is pkg/service/kubeconfig_settings.go:53 (server/kubeconfig.go:151
// UpdateOrganizationSetting, :180 UpdateUserSetting): inside RunInTx (default READ COMMITTED),
// GetKubeconfigSetting (:72); sql.ErrNoRows -> CreateKubeconfigSetting
// (:76), else update.
func (kss *kubeconfigSettingService) Patch(ctx context.Context, ks *sentry.KubeconfigSetting) error {
	accId, err := uuid.Parse(ks.AccountID)
	if err != nil {
		accId = uuid.Nil
	}
	const maxSeconds = 30 * 24 * 60 * 60
	const minSeconds = 10 * 60

	saValidityDuration := time.Second * time.Duration(ks.SaValiditySeconds)
	if saValidityDuration < time.Second*time.Duration(minSeconds) || saValidityDuration > time.Second*time.Duration(maxSeconds) {
		return fmt.Errorf("invalid sa validity duration")
	}

	return kss.db.RunInTx(ctx, &sql.TxOptions{}, func(ctx context.Context, tx bun.Tx) error {
		_, err := dao.GetKubeconfigSetting(ctx, tx, uuid.MustParse(ks.OrganizationID), accId, ks.IsSSOUser) // race
		db := convertToKubeCfgSettingModel(ks)
		if err != nil && err == sql.ErrNoRows {
			db.CreatedAt = time.Now()
			return dao.CreateKubeconfigSetting(ctx, tx, convertToKubeCfgSettingModel(ks))
		}
		db.ModifiedAt = time.Now()
		return dao.UpdateKubeconfigSetting(ctx, tx, convertToKubeCfgSettingModel(ks))
	})
}

// kubeconfigRevocationService is pkg/service/kubeconfig_revocation.go.
type kubeconfigRevocationService struct {
	db *bun.DB
}

// convertToModel is pkg/service/kubeconfig_revocation.go.
func convertToModel(kr *sentry.KubeconfigRevocation) *models.KubeconfigRevocation {
	krm := &models.KubeconfigRevocation{
		OrganizationId: uuid.MustParse(kr.OrganizationID),
		AccountId:      uuid.MustParse(kr.AccountID),
		IsSSOUser:      kr.IsSSOUser,
		RevokedAt:      time.Now(),
	}
	if kr.PartnerID != "" {
		krm.PartnerId = uuid.MustParse(kr.PartnerID)
	}
	return krm
}

// Patch is pkg/service/kubeconfig_revocation.go:57 (server/kubeconfig.go:70
// RevokeKubeconfig):
// after checking the account exists (GetM on identities, :59), inside
// RunInTx GetKubeconfigRevocation (:66); sql.ErrNoRows ->
// CreateKubeconfigRevocation (:70), else update. Audit trimmed.
func (krs *kubeconfigRevocationService) Patch(ctx context.Context, kr *sentry.KubeconfigRevocation) error {
	accId := uuid.MustParse(kr.AccountID)
	entity, err := dao.GetM(ctx, krs.db, map[string]interface{}{"id": accId}, &models.KratosIdentities{})
	if err != nil {
		return err
	}
	if _, ok := entity.(*models.KratosIdentities); !ok {
		return errors.New("account not found")
	}
	// We need user info inorder to add the audit log
	return krs.db.RunInTx(ctx, &sql.TxOptions{}, func(ctx context.Context, tx bun.Tx) error {
		_, err := dao.GetKubeconfigRevocation(ctx, tx, uuid.MustParse(kr.OrganizationID), accId, kr.IsSSOUser) // race
		if err != nil && err == sql.ErrNoRows {
			kcr := convertToModel(kr)
			kcr.CreatedAt = time.Now()
			return dao.CreateKubeconfigRevocation(ctx, tx, kcr)
		}
		return dao.UpdateKubeconfigRevocation(ctx, tx, convertToModel(kr))
	})
}

// kubectlClusterSettingsService is pkg/service/kubectl_cluster_setting.go.
type kubectlClusterSettingsService struct {
	db *bun.DB
}

// convertToKubeCtlSettingModel is pkg/service/kubectl_cluster_setting.go.
func convertToKubeCtlSettingModel(kcs *sentry.KubectlClusterSettings) *models.KubectlClusterSetting {
	kcsm := &models.KubectlClusterSetting{
		Name:              kcs.Name,
		OrganizationId:    uuid.MustParse(kcs.OrganizationID),
		DisableWebKubectl: kcs.DisableWebKubectl,
		DisableCliKubectl: kcs.DisableCLIKubectl,
	}
	if kcs.PartnerID != "" {
		kcsm.PartnerId, _ = uuid.Parse(kcs.PartnerID)
	}
	return kcsm
}

// Patch is pkg/service/kubectl_cluster_setting.go:43 (server/kubectl_cluster_settings.go
// UpdateKubectlClusterSettings):
// inside RunInTx GetkubectlClusterSettings (:45); sql.ErrNoRows ->
// CreatekubectlClusterSettings (:50), else update.
func (kcs *kubectlClusterSettingsService) Patch(ctx context.Context, kc *sentry.KubectlClusterSettings) error {
	return kcs.db.RunInTx(ctx, &sql.TxOptions{}, func(ctx context.Context, tx bun.Tx) error {
		_, err := dao.GetkubectlClusterSettings(ctx, tx, uuid.MustParse(kc.OrganizationID), kc.Name) // race
		if err != nil {
			if err == sql.ErrNoRows {
				kcsdb := convertToKubeCtlSettingModel(kc)
				kcsdb.CreatedAt = time.Now()
				return dao.CreatekubectlClusterSettings(ctx, tx, kcsdb)
			}
			return err
		}
		kcsdb := convertToKubeCtlSettingModel(kc)
		kcsdb.ModifiedAt = time.Now()
		return dao.UpdatekubectlClusterSettings(ctx, tx, kcsdb)
	})
}
