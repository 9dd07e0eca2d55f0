// Package cmd is a reduced copy of github.com/mayswind/ezbookkeeping/cmd (database.go):
// the tables, and so their PK / UNIQUE keys, are created from the xorm struct tags in
// pkg/models by xorm Sync2 ("ezbookkeeping database update").
package cmd

import (
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/models"
)

// updateAllDatabaseTablesStructure (cmd/database.go:45; the per-table log lines are dropped)
func updateAllDatabaseTablesStructure(container *datastore.DataStoreContainer) error {
	var err error

	if err = container.UserStore.SyncStructs(new(models.User)); err != nil {
		return err
	}

	if err = container.UserStore.SyncStructs(new(models.TwoFactor)); err != nil {
		return err
	}

	if err = container.UserStore.SyncStructs(new(models.TwoFactorRecoveryCode)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.Account)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.Transaction)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.TransactionCategory)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.TransactionTagGroup)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.TransactionTag)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.TransactionTagIndex)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.TransactionTemplate)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.UserCustomExchangeRate)); err != nil {
		return err
	}

	if err = container.UserDataStore.SyncStructs(new(models.UserApplicationCloudSetting)); err != nil {
		return err
	}

	return container.UserDataStore.SyncStructs(new(models.UserExternalAuth))
}

// UpdateDatabaseStructure is the "database update" command action
func UpdateDatabaseStructure() error {
	return updateAllDatabaseTablesStructure(datastore.Container)
}
