// Package slack is a trimmed reproduction of goalert's notification/slack
// package: the Slack API lookups used by the compat manager (stubbed, no
// database access) and the part of the interactive message handler that
// reacts to an unknown Slack user.
package slack

import "context"

// ChannelSender reproduces slack.ChannelSender (trimmed).
type ChannelSender struct{}

// Team reproduces slack.Team (trimmed).
type Team struct {
	ID     string
	Name   string
	Domain string
}

// User reproduces slack.User (trimmed).
type User struct {
	ID     string
	Name   string
	TeamID string
}

// Team reproduces notification/slack/channel.go:206 (Slack API call, stubbed).
func (s *ChannelSender) Team(ctx context.Context, id string) (t *Team, err error) {
	return &Team{ID: id}, nil
}

// User reproduces notification/slack/user.go:30 (Slack API call, stubbed).
func (s *ChannelSender) User(ctx context.Context, id string) (*User, error) {
	return &User{ID: id}, nil
}
