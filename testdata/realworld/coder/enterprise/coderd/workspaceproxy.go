package coderd

import (
	"database/sql"
	"net/http"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/httpapi"
	"example.com/realworld/coder/coderd/httpmw"
	"example.com/realworld/coder/codersdk"
	"example.com/realworld/coder/third_party/xerrors"
)

// RegisterWorkspaceProxyRequest is wsproxysdk.RegisterWorkspaceProxyRequest (reduced).
type RegisterWorkspaceProxyRequest struct {
	AccessURL           string    `json:"access_url"`
	ReplicaID           uuid.UUID `json:"replica_id"`
	ReplicaHostname     string    `json:"replica_hostname"`
	ReplicaError        string    `json:"replica_error"`
	ReplicaRelayAddress string    `json:"replica_relay_address"`
	Version             string    `json:"version"`
}

// DeregisterWorkspaceProxyRequest is wsproxysdk.DeregisterWorkspaceProxyRequest.
type DeregisterWorkspaceProxyRequest struct {
	ReplicaID uuid.UUID `json:"replica_id"`
}

// workspaceProxyRegister is used to register a new workspace proxy. When a proxy
// comes online, it will announce itself to this endpoint. This updates its values
// in the database and returns a signed token that can be used to authenticate
// tokens.
//
// This is called periodically by the proxy in the background (every 30s per
// replica) to ensure that the proxy is still registered and the corresponding
// replica table entry is refreshed.
//
// Reproduces enterprise/coderd/workspaceproxy.go workspaceProxyRegister at
// 3cf71027 (POST /workspaceproxies/me/register): inside a transaction with
// default options, GetReplicaByID found -> UpdateReplica, sql.ErrNoRows ->
// InsertReplica with the caller-chosen replica ID. The RegisterWorkspaceProxy
// update of the proxy row and the response building are reduced.
func (api *API) workspaceProxyRegister(rw http.ResponseWriter, r *http.Request) {
	var (
		ctx   = r.Context()
		proxy = httpmw.WorkspaceProxy(r)
	)

	var req RegisterWorkspaceProxyRequest
	if !httpapi.Read(ctx, rw, r, &req) {
		return
	}

	if req.ReplicaID == uuid.Nil {
		httpapi.Write(ctx, rw, http.StatusBadRequest, codersdk.Response{
			Message: "Replica ID is invalid.",
		})
		return
	}

	regionID := proxy.RegionID

	err := api.Database.InTx(func(db database.Store) error {
		// Second, find the replica that corresponds to this proxy and refresh
		// it if it exists. If it doesn't exist, create it.
		now := time.Now()
		replica, err := db.GetReplicaByID(ctx, req.ReplicaID) // race; no unique key: replicas has no PRIMARY KEY or UNIQUE constraint (coderd/database/dump.sql CREATE TABLE replicas, and no ALTER TABLE ONLY replicas ADD CONSTRAINT / unique index), so two registrations both insert the replica ID
		if err == nil {
			// Replica exists, update it.
			if replica.StoppedAt.Valid && !replica.StartedAt.IsZero() {
				// If the replica deregistered, it shouldn't be able to
				// re-register before restarting.
				// TODO: sadly this results in 500 when it should be 400
				return xerrors.Errorf("replica %s is marked stopped", replica.ID)
			}

			replica, err = db.UpdateReplica(ctx, database.UpdateReplicaParams{
				ID:              replica.ID,
				UpdatedAt:       now,
				StartedAt:       replica.StartedAt,
				StoppedAt:       replica.StoppedAt,
				RelayAddress:    req.ReplicaRelayAddress,
				RegionID:        regionID,
				Hostname:        req.ReplicaHostname,
				Version:         req.Version,
				Error:           req.ReplicaError,
				DatabaseLatency: 0,
				Primary:         false,
			})
			if err != nil {
				return xerrors.Errorf("update replica: %w", err)
			}
		} else if xerrors.Is(err, sql.ErrNoRows) {
			// Replica doesn't exist, create it.
			replica, err = db.InsertReplica(ctx, database.InsertReplicaParams{
				ID:              req.ReplicaID,
				CreatedAt:       now,
				StartedAt:       now,
				UpdatedAt:       now,
				Hostname:        req.ReplicaHostname,
				RegionID:        regionID,
				RelayAddress:    req.ReplicaRelayAddress,
				Version:         req.Version,
				DatabaseLatency: 0,
				Primary:         false,
			})
			if err != nil {
				return xerrors.Errorf("insert replica: %w", err)
			}
		} else {
			return xerrors.Errorf("get replica: %w", err)
		}

		return nil
	}, nil)
	if httpapi.Is404Error(err) {
		httpapi.ResourceNotFound(rw)
		return
	}
	if err != nil {
		httpapi.InternalServerError(rw, err)
		return
	}

	httpapi.Write(ctx, rw, http.StatusCreated, codersdk.Response{Message: "registered"})
}

// workspaceProxyDeregister reproduces enterprise/coderd/workspaceproxy.go
// workspaceProxyDeregister at 3cf71027 (POST /workspaceproxies/me/deregister):
// the lookup only guards an UPDATE marking the replica stopped.
func (api *API) workspaceProxyDeregister(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()

	var req DeregisterWorkspaceProxyRequest
	if !httpapi.Read(ctx, rw, r, &req) {
		return
	}

	err := api.Database.InTx(func(db database.Store) error {
		now := time.Now()
		replica, err := db.GetReplicaByID(ctx, req.ReplicaID) // safe: guards only an UPDATE (marks the existing replica stopped); a missing replica is an error, nothing is inserted
		if err != nil {
			return xerrors.Errorf("get replica: %w", err)
		}

		if replica.StoppedAt.Valid && !replica.StartedAt.IsZero() {
			// TODO: sadly this results in 500 when it should be 400
			return xerrors.Errorf("replica %s is already marked stopped", replica.ID)
		}

		_, err = db.UpdateReplica(ctx, database.UpdateReplicaParams{
			ID:        replica.ID,
			UpdatedAt: now,
			StartedAt: replica.StartedAt,
			StoppedAt: sql.NullTime{
				Valid: true,
				Time:  now,
			},
			RelayAddress:    replica.RelayAddress,
			RegionID:        replica.RegionID,
			Hostname:        replica.Hostname,
			Version:         replica.Version,
			Error:           replica.Error,
			DatabaseLatency: replica.DatabaseLatency,
			Primary:         replica.Primary,
		})
		if err != nil {
			return xerrors.Errorf("update replica: %w", err)
		}

		return nil
	}, nil)
	if httpapi.Is404Error(err) {
		httpapi.ResourceNotFound(rw)
		return
	}
	if err != nil {
		httpapi.InternalServerError(rw, err)
		return
	}

	rw.WriteHeader(http.StatusNoContent)
}
