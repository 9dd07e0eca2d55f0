// Package crowdsec reproduces crowdsecurity/crowdsec a88b497b471e.
package crowdsec

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"example.com/realworld/internal/ent"
	"example.com/realworld/internal/ent/bouncer"
	"example.com/realworld/internal/ent/machine"
)

var (
	UserExists = errors.New("user already exist")
	QueryFail  = errors.New("unable to query")
	InsertFail = errors.New("unable to insert row")
	UpdateFail = errors.New("unable to update")
)

type Client struct{ Ent *ent.Client }

// CreateMachine is pkg/database/machines.go:67: the looked-up ids are
// tested with len() > 0; machineId is unique.
func (c *Client) CreateMachine(ctx context.Context, machineID *string, password string, ipAddress string, isValidated bool, force bool, authType string) (*ent.Machine, error) {
	machineExist, err := c.Ent.Machine. // race
						Query().
						Where(machine.MachineIdEQ(*machineID)).
						Select(machine.FieldMachineId).Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("machine '%s': %w: %w", *machineID, err, QueryFail)
	}

	if len(machineExist) > 0 {
		if force {
			_, err := c.Ent.Machine.Update().Where(machine.MachineIdEQ(*machineID)).SetPassword(password).Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("machine '%s': %w", *machineID, UpdateFail)
			}
			return c.Ent.Machine.Query().Where(machine.MachineIdEQ(*machineID)).Only(ctx)
		}
		return nil, fmt.Errorf("user '%s': %w", *machineID, UserExists)
	}

	machine, err := c.Ent.Machine.
		Create().
		SetMachineId(*machineID).
		SetPassword(password).
		SetIpAddress(ipAddress).
		SetIsValidated(isValidated).
		SetAuthType(authType).
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("creating machine '%s': %w", *machineID, InsertFail)
	}
	return machine, nil
}

// SelectBouncerByName is pkg/database/bouncers.go.
func (c *Client) SelectBouncerByName(ctx context.Context, name string) (*ent.Bouncer, error) {
	result, err := c.Ent.Bouncer.Query().Where(bouncer.NameEQ(name)).First(ctx)
	if err != nil {
		return nil, err
	}
	return result, nil
}

// CreateBouncer is pkg/database/bouncers.go:81: it turns the unique
// violation into an error of its own, so a caller cannot tell it apart.
func (c *Client) CreateBouncer(ctx context.Context, name, ipAddr, apiKey, authType string) (*ent.Bouncer, error) {
	b, err := c.Ent.Bouncer.Create().SetName(name).SetAPIKey(apiKey).SetIPAddress(ipAddr).SetAuthType(authType).Save(ctx)
	if err != nil {
		if ent.IsConstraintError(err) {
			return nil, fmt.Errorf("bouncer %s already exists", name)
		}
		return nil, fmt.Errorf("unable to create bouncer: %w", err)
	}
	return b, nil
}

// TLSBouncer is pkg/apiserver/middlewares/v1/api_key.go:104: two first
// requests with a new certificate both create; the loser is refused
// instead of being authenticated.
func (c *Client) TLSBouncer(ctx context.Context, cn, ip string) *ent.Bouncer {
	bouncerName := fmt.Sprintf("%s@%s", cn, ip)
	b, err := c.SelectBouncerByName(ctx, bouncerName) // race

	// This is likely not the proper way, but isNotFound does not seem to work
	if err != nil && strings.Contains(err.Error(), "bouncer not found") {
		b, err = c.CreateBouncer(ctx, bouncerName, ip, "hash", "tls")
		if err != nil {
			return nil
		}
	} else if err != nil {
		return nil
	} else if b.AuthType != "tls" {
		return nil
	}
	return b
}
