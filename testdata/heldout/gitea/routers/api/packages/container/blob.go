// Copyright 2022 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from routers/api/packages/container/blob.go @0e02efc17b9d34c0dfde74457c6a367433d6eb21
// (saveAsPackageBlob :30-38, saveAsPackageBlobInternal :40-88, containerGlobalLockKey :102-104,
// getOrCreateUploadVersion :106-153, createFileForBlob); the content store is left out.

package container

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"example.com/heldout/gitea/models/db"
	packages_model "example.com/heldout/gitea/models/packages"
	"example.com/heldout/gitea/modules/globallock"
	"example.com/heldout/gitea/modules/log"
	packages_module "example.com/heldout/gitea/modules/packages"
	container_module "example.com/heldout/gitea/modules/packages/container"
	packages_service "example.com/heldout/gitea/services/packages"
)

// saveAsPackageBlob creates a package blob from an upload
// The uploaded blob gets stored in a special upload version to link them to the package/image
// There will be concurrent uploading for the same blob, so it needs a global lock per blob hash
// callers: PUT /v2/{image}/blobs/uploads/{uuid}?digest=... and monolithic POST uploads (docker push)
func saveAsPackageBlob(ctx context.Context, hsr packages_module.HashedSizeReader, pci *packages_service.PackageCreationInfo) (*packages_model.PackageBlob, error) {
	pb := packages_service.NewPackageBlob(hsr)
	err := globallock.LockAndDo(ctx, "container-blob:"+pb.HashSHA256, func(ctx context.Context) error {
		var err error
		pb, err = saveAsPackageBlobInternal(ctx, hsr, pci, pb)
		return err
	})
	return pb, err
}

func saveAsPackageBlobInternal(ctx context.Context, hsr packages_module.HashedSizeReader, pci *packages_service.PackageCreationInfo, pb *packages_model.PackageBlob) (*packages_model.PackageBlob, error) {
	exists := false

	uploadVersion, err := getOrCreateUploadVersion(ctx, &pci.PackageInfo)
	if err != nil {
		return nil, err
	}

	err = db.WithTx(ctx, func(ctx context.Context) error {
		if err := packages_service.CheckSizeQuotaExceeded(ctx, pci.Creator, pci.Owner, packages_model.TypeContainer, hsr.Size()); err != nil {
			return err
		}

		pb, exists, err = packages_model.GetOrInsertBlob(ctx, pb) // safe: runs under globallock "container-blob:"+sha256 (saveAsPackageBlob :32), the blob's unique sha256 key, until this transaction has committed
		if err != nil {
			log.Error("Error inserting package blob: %v", err)
			return err
		}
		_ = exists

		return createFileForBlob(ctx, uploadVersion, pb)
	})
	if err != nil {
		return nil, err
	}

	return pb, nil
}

func containerGlobalLockKey(piOwnerID int64, piName, usage string) string {
	return fmt.Sprintf("pkg_%d_container_%s_%s", piOwnerID, strings.ToLower(piName), usage)
}

func getOrCreateUploadVersion(ctx context.Context, pi *packages_service.PackageInfo) (*packages_model.PackageVersion, error) {
	releaser, err := globallock.Lock(ctx, containerGlobalLockKey(pi.Owner.ID, pi.Name, "package"))
	if err != nil {
		return nil, err
	}
	defer releaser()

	return db.WithTx2(ctx, func(ctx context.Context) (*packages_model.PackageVersion, error) {
		created := true
		p := &packages_model.Package{
			OwnerID:   pi.Owner.ID,
			Type:      packages_model.TypeContainer,
			Name:      strings.ToLower(pi.Name),
			LowerName: strings.ToLower(pi.Name),
		}
		var err error
		if p, err = packages_model.TryInsertPackage(ctx, p); err != nil { // safe: under globallock pkg_<owner>_container_<name>_package (:107), held until after this transaction commits; covers TryInsertPackage and GetOrInsertVersion of the "_upload" version below
			if !errors.Is(err, packages_model.ErrDuplicatePackage) {
				log.Error("Error inserting package: %v", err)
				return nil, err
			}
			created = false
		}

		if created {
			if _, err := packages_model.InsertProperty(ctx, packages_model.PropertyTypePackage, p.ID, container_module.PropertyRepository, strings.ToLower(pi.Owner.LowerName+"/"+pi.Name)); err != nil {
				log.Error("Error setting package property: %v", err)
				return nil, err
			}
		}

		pv := &packages_model.PackageVersion{
			PackageID:    p.ID,
			CreatorID:    pi.Owner.ID,
			Version:      container_module.UploadVersion,
			LowerVersion: container_module.UploadVersion,
			IsInternal:   true,
			MetadataJSON: "null",
		}
		if pv, err = packages_model.GetOrInsertVersion(ctx, pv); err != nil {
			if !errors.Is(err, packages_model.ErrDuplicatePackageVersion) {
				log.Error("Error inserting package: %v", err)
				return nil, err
			}
		}
		return pv, nil
	})
}

func createFileForBlob(ctx context.Context, pv *packages_model.PackageVersion, pb *packages_model.PackageBlob) error {
	filename := strings.ToLower("sha256_" + pb.HashSHA256)

	pf := &packages_model.PackageFile{
		VersionID:    pv.ID,
		BlobID:       pb.ID,
		Name:         filename,
		LowerName:    filename,
		CompositeKey: packages_model.EmptyFileKey,
	}
	var err error
	if pf, err = packages_model.TryInsertFile(ctx, pf); err != nil {
		if errors.Is(err, packages_model.ErrDuplicatePackageFile) {
			return nil
		}
		log.Error("Error inserting package file: %v", err)
		return err
	}

	return nil
}
