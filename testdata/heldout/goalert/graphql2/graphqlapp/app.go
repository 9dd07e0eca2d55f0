// Package graphqlapp reproduces the GraphQL mutation resolvers of goalert
// (graphql2/graphqlapp) that lead to the catalogued sites.
package graphqlapp

import (
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/auth/authlink"
	"example.com/heldout/goalert/escalation"
	"example.com/heldout/goalert/integrationkey"
	"example.com/heldout/goalert/label"
	"example.com/heldout/goalert/notification/nfydest"
	"example.com/heldout/goalert/notificationchannel"
	"example.com/heldout/goalert/schedule"
	"example.com/heldout/goalert/schedule/rotation"
	"example.com/heldout/goalert/schedule/rule"
	"example.com/heldout/goalert/user/favorite"
)

// App reproduces graphqlapp.App (trimmed to the stores used here).
type App struct {
	DB *sql.DB

	PolicyStore   *escalation.Store
	ScheduleStore *schedule.Store
	RuleStore     *rule.Store
	RotationStore *rotation.Store
	NCStore       *notificationchannel.Store
	FavoriteStore *favorite.Store
	AuthLinkStore *authlink.Store
	LabelStore    *label.Store
	IntKeyStore   *integrationkey.Store
	DestReg       *nfydest.Registry
}

// Mutation reproduces graphqlapp.Mutation.
type Mutation App

func parseStepID(id string) uuid.UUID { return uuid.MustParse(id) }
