// Package client reproduces pkg/server/bundle/client/updater.go
// (bundleUpdater.UpdateBundle, fetchBundleIfExists), trimmed: the SPIFFE
// bundle endpoint client returns a *common.Bundle instead of a
// spiffebundle.Bundle and the SPIFFE-auth client configuration is cut. Every
// SPIRE server of a cluster runs this refresh for each federated trust domain.
package client

import (
	"context"
	"fmt"
	"reflect"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/proto/spire/common"
	"example.com/heldout/spire/third_party/spiffeid"
)

// Client stands in for the bundle endpoint client.
type Client interface {
	FetchBundle(context.Context) (*common.Bundle, error)
}

type bundleUpdater struct {
	td     spiffeid.TrustDomain
	ds     datastore.DataStore
	client Client
}

// UpdateBundle reproduces updater.go:64 (local lookup :71 ->
// fetchBundleIfExists :139; store :90 -> ds.SetBundle, which does its own
// lookup-or-create in one transaction: sqlstore setBundle).
func (u *bundleUpdater) UpdateBundle(ctx context.Context) (*common.Bundle, *common.Bundle, error) {
	localFederatedBundleOrNil, err := fetchBundleIfExists(ctx, u.ds, u.td)
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch local federated bundle: %w", err)
	}

	fetchedFederatedBundle, err := u.client.FetchBundle(ctx)
	if err != nil {
		return localFederatedBundleOrNil, nil, fmt.Errorf("failed to fetch federated bundle from endpoint: %w", err)
	}

	if localFederatedBundleOrNil != nil && reflect.DeepEqual(fetchedFederatedBundle, localFederatedBundleOrNil) {
		return localFederatedBundleOrNil, nil, nil
	}

	_, err = u.ds.SetBundle(ctx, fetchedFederatedBundle)
	if err != nil {
		return localFederatedBundleOrNil, nil, fmt.Errorf("failed to store fetched federated bundle: %w", err)
	}

	return localFederatedBundleOrNil, fetchedFederatedBundle, nil
}

func fetchBundleIfExists(ctx context.Context, ds datastore.DataStore, trustDomain spiffeid.TrustDomain) (*common.Bundle, error) {
	// Load the current bundle and extract the root CA certificates
	bundle, err := ds.FetchBundle(ctx, trustDomain.IDString())
	if err != nil {
		return nil, err
	}
	if bundle == nil {
		return nil, nil
	}
	return bundle, nil
}
