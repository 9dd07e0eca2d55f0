package dataprovider

import (
	"context"

	"example.com/heldout/sftpgo/internal/vfs"
)

// Trimmed helpers of internal/dataprovider/sqlcommon.go: they load or rewrite
// the many-to-many mapping tables (users_folders_mapping, users_groups_mapping,
// admins_groups_mapping, groups_folders_mapping, rules_actions_mapping) and the
// defender scores. Upstream they clear the mappings of the row and re-insert
// them (DELETE ... then INSERT ... (SELECT id ...)) inside the caller's
// transaction; none of them looks a row up to decide whether to insert it.

// sqlcommon.go:3189
func getAPIKeyWithRelatedFields(_ context.Context, apiKey APIKey, _ sqlQuerier) (APIKey, error) {
	return apiKey, nil
}

// sqlcommon.go:2687
func getAdminWithGroups(_ context.Context, admin Admin, _ sqlQuerier) (Admin, error) {
	return admin, nil
}

// sqlcommon.go:2698
func getAdminsWithGroups(_ context.Context, admins []Admin, _ sqlQuerier) ([]Admin, error) {
	return admins, nil
}

// sqlcommon.go:2625
func generateAdminGroupMapping(_ context.Context, _ *Admin, _ sqlQuerier) error {
	return nil
}

// sqlcommon.go:2889
func getGroupWithVirtualFolders(_ context.Context, group Group, _ sqlQuerier) (Group, error) {
	return group, nil
}

// sqlcommon.go:2845
func getGroupWithUsers(_ context.Context, group Group, _ sqlQuerier) (Group, error) {
	return group, nil
}

// sqlcommon.go:2878
func getGroupWithAdmins(_ context.Context, group Group, _ sqlQuerier) (Group, error) {
	return group, nil
}

// sqlcommon.go:2581
func generateGroupVirtualFoldersMapping(_ context.Context, _ *Group, _ sqlQuerier) error {
	return nil
}

// sqlcommon.go:2738
func getUserWithVirtualFolders(_ context.Context, user User, _ sqlQuerier) (User, error) {
	return user, nil
}

// sqlcommon.go:2799
func getUserWithGroups(_ context.Context, user User, _ sqlQuerier) (User, error) {
	return user, nil
}

// sqlcommon.go:2596
func generateUserVirtualFoldersMapping(_ context.Context, _ *User, _ sqlQuerier) error {
	return nil
}

// sqlcommon.go:2611
func generateUserGroupMapping(_ context.Context, _ *User, _ sqlQuerier) error {
	return nil
}

// sqlcommon.go:3121
func getVirtualFoldersWithUsers(folders []vfs.BaseVirtualFolder, _ sqlQuerier) ([]vfs.BaseVirtualFolder, error) {
	return folders, nil
}

// sqlcommon.go:3084
func getVirtualFoldersWithGroups(folders []vfs.BaseVirtualFolder, _ sqlQuerier) ([]vfs.BaseVirtualFolder, error) {
	return folders, nil
}

// sqlcommon.go:3326
func getActionsWithRuleNames(_ context.Context, actions []BaseEventAction, _ sqlQuerier) ([]BaseEventAction, error) {
	return actions, nil
}

// sqlcommon.go:3361
func getRulesWithActions(_ context.Context, rules []EventRule, _ sqlQuerier) ([]EventRule, error) {
	return rules, nil
}

// sqlcommon.go:3412
func generateEventRuleActionsMapping(_ context.Context, _ *EventRule, _ sqlQuerier) error {
	return nil
}

// sqlcommon.go:2639
func getDefenderHostsWithScores(_ context.Context, hosts []DefenderEntry, _ int64, _ []int64,
	_ sqlQuerier) ([]DefenderEntry, error) {
	return hosts, nil
}

// sqlcommon.go:2856
func getRoleWithUsers(_ context.Context, role Role, _ sqlQuerier) (Role, error) {
	return role, nil
}

// sqlcommon.go:2867
func getRoleWithAdmins(_ context.Context, role Role, _ sqlQuerier) (Role, error) {
	return role, nil
}
