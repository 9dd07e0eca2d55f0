// Package common reproduces parts of internal/common of drakkan/sftpgo
// (commit 42f7a4d415dc7a97da08880edb82e5b0db5fcfc8): the scheduled-rule task
// guard and the IDP account check actions of eventmanager.go, and the
// database-backed defender of defenderdb.go. Trimmed to the lookup/insert paths.
package common

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"example.com/heldout/sftpgo/internal/dataprovider"
	"example.com/heldout/sftpgo/internal/logger"
	"example.com/heldout/sftpgo/internal/util"
)

// Supported IDP login events
const (
	IDPLoginUser  = "IDP login user"
	IDPLoginAdmin = "IDP login admin"
)

// EventParams defines the supported event parameters (trimmed)
type EventParams struct {
	Name      string
	Event     string
	Status    int
	IP        string
	Timestamp time.Time
	errors    []string
	// update the status from the event errors
	updateStatusFromError bool
}

// AddError adds a new error to the event params and update the status if needed
func (p *EventParams) AddError(err error) {
	p.errors = append(p.errors, err.Error())
}

func (p *EventParams) getACopy() *EventParams {
	params := *p
	return &params
}

func (p *EventParams) getStringReplacements(_ bool, _ int) []string {
	return []string{"{{.Name}}", p.Name}
}

func eventManagerLog(level logger.LogLevel, format string, v ...any) {
	logger.Log(level, "eventmanager", "", format, v...)
}

func replaceWithReplacer(input string, replacer *strings.Replacer) string {
	if !strings.Contains(input, "{{") {
		return input
	}
	return replacer.Replace(input)
}

// executeAsyncRulesActions runs the rule actions (trimmed)
func executeAsyncRulesActions(_ []dataprovider.EventRule, _ EventParams) {}

// HandleIDPLoginEvent executes actions defined for a successful login from an Identity Provider
// (eventmanager.go:117 -> eventRulesContainer.handleIDPLoginEvent :424, trimmed: the rule
// matching; the single rule with a sync "IDP account check" action is passed in).
func HandleIDPLoginEvent(rule dataprovider.EventRule, action dataprovider.BaseEventAction, params EventParams) (*dataprovider.User, *dataprovider.Admin, error) {
	return executeIDPAccountCheckRule(rule, action, params)
}

// eventmanager.go:2701 (trimmed: async and failure actions)
func executeIDPAccountCheckRule(rule dataprovider.EventRule, action dataprovider.BaseEventAction, params EventParams) (*dataprovider.User,
	*dataprovider.Admin, error,
) {
	var user *dataprovider.User
	var admin *dataprovider.Admin
	var err error
	paramsCopy := params.getACopy()

	switch params.Event {
	case IDPLoginAdmin:
		admin, err = executeAdminCheckAction(&action.Options.IDPConfig, paramsCopy)
	case IDPLoginUser:
		user, err = executeUserCheckAction(&action.Options.IDPConfig, paramsCopy)
	default:
		err = fmt.Errorf("unsupported IDP login event: %q", params.Event)
	}
	if err != nil {
		paramsCopy.AddError(fmt.Errorf("unable to handle %q: %w", params.Event, err))
		eventManagerLog(logger.LevelError, "unable to handle IDP login event %q, err: %v", params.Event, err)
	}
	_ = rule
	return user, admin, err
}

// eventmanager.go:2545
func executeAdminCheckAction(c *dataprovider.EventActionIDPAccountCheck, params *EventParams) (*dataprovider.Admin, error) {
	// R5: lookup by username; not found -> dataprovider.AddAdmin(&newAdmin) (template from the IDP action).
	// Two concurrent OIDC logins of a new admin both INSERT; admins.username is UNIQUE.
	admin, err := dataprovider.AdminExists(params.Name) // race
	exists := err == nil
	if exists && c.Mode == 1 {
		return &admin, nil
	}
	if err != nil && !errors.Is(err, util.ErrNotFound) {
		return nil, err
	}

	replacements := params.getStringReplacements(false, 1)
	replacer := strings.NewReplacer(replacements...)
	data := replaceWithReplacer(c.TemplateAdmin, replacer)

	var newAdmin dataprovider.Admin
	err = json.Unmarshal(util.StringToBytes(data), &newAdmin)
	if err != nil {
		return nil, err
	}
	if exists {
		eventManagerLog(logger.LevelDebug, "updating admin %q after IDP login", params.Name)
		// Not sure if this makes sense, but it shouldn't hurt.
		if newAdmin.Password == "" {
			newAdmin.Password = admin.Password
		}
		newAdmin.Filters.TOTPConfig = admin.Filters.TOTPConfig
		newAdmin.Filters.RecoveryCodes = admin.Filters.RecoveryCodes
		err = dataprovider.UpdateAdmin(&newAdmin, dataprovider.ActionExecutorSystem, "", "")
	} else {
		eventManagerLog(logger.LevelDebug, "creating admin %q after IDP login", params.Name)
		if newAdmin.Password == "" {
			newAdmin.Password = util.GenerateUniqueID()
		}
		err = dataprovider.AddAdmin(&newAdmin, dataprovider.ActionExecutorSystem, "", "")
	}
	return &newAdmin, err
}

// eventmanager.go:2583 (trimmed)
func preserveUserProfile(user, newUser *dataprovider.User) {
	newUser.Filters.RecoveryCodes = user.Filters.RecoveryCodes
	newUser.Filters.TOTPConfig = user.Filters.TOTPConfig
	newUser.LastPasswordChange = user.LastPasswordChange
	newUser.SetEmptySecretsIfNil()
}

// eventmanager.go:2615
func executeUserCheckAction(c *dataprovider.EventActionIDPAccountCheck, params *EventParams) (*dataprovider.User, error) {
	// R4: lookup by username; not found -> dataprovider.AddUser(&newUser). Two concurrent OIDC logins
	// of a new user both INSERT; users.username is UNIQUE.
	user, err := dataprovider.UserExists(params.Name, "") // race
	exists := err == nil
	if exists && c.Mode == 1 {
		err = user.LoadAndApplyGroupSettings()
		return &user, err
	}
	if err != nil && !errors.Is(err, util.ErrNotFound) {
		return nil, err
	}
	replacements := params.getStringReplacements(false, 1)
	replacer := strings.NewReplacer(replacements...)
	data := replaceWithReplacer(c.TemplateUser, replacer)

	var newUser dataprovider.User
	err = json.Unmarshal(util.StringToBytes(data), &newUser)
	if err != nil {
		return nil, err
	}
	if exists {
		eventManagerLog(logger.LevelDebug, "updating user %q after IDP login", params.Name)
		preserveUserProfile(&user, &newUser)
		err = dataprovider.UpdateUser(&newUser, dataprovider.ActionExecutorSystem, "", "")
	} else {
		eventManagerLog(logger.LevelDebug, "creating user %q after IDP login", params.Name)
		err = dataprovider.AddUser(&newUser, dataprovider.ActionExecutorSystem, "", "")
	}
	if err != nil {
		return nil, err
	}
	u, err := dataprovider.GetUserWithGroupSettings(params.Name, "")
	return &u, err
}

// eventmanager.go:2817
type eventCronJob struct {
	ruleName string
}

// eventmanager.go:2821
func (j *eventCronJob) getTask(rule *dataprovider.EventRule) (dataprovider.Task, error) {
	if rule.GuardFromConcurrentExecution() {
		// R6: lookup by tasks.name; util.ErrNotFound -> dataprovider.AddTask(rule.Name). In shared (multi
		// node) mode every node runs the same cron job at the same time: both miss, the second INSERT fails
		// on tasks.name UNIQUE and that node logs a warning and skips the run (sequentially it would find
		// the fresh task and skip as "too recent").
		task, err := dataprovider.GetTaskByName(rule.Name) // race
		if err != nil {
			if errors.Is(err, util.ErrNotFound) {
				eventManagerLog(logger.LevelDebug, "adding task for rule %q", rule.Name)
				task = dataprovider.Task{
					Name:     rule.Name,
					UpdateAt: 0,
					Version:  0,
				}
				err = dataprovider.AddTask(rule.Name)
				if err != nil {
					eventManagerLog(logger.LevelWarn, "unable to add task for rule %q: %v", rule.Name, err)
					return task, err
				}
			} else {
				eventManagerLog(logger.LevelWarn, "unable to get task for rule %q: %v", rule.Name, err)
			}
		}
		return task, err
	}

	return dataprovider.Task{}, nil
}

// eventmanager.go:2847
func (j *eventCronJob) getEventParams() EventParams {
	return EventParams{
		Event:                 "Schedule",
		Name:                  j.ruleName,
		Status:                1,
		Timestamp:             time.Now(),
		updateStatusFromError: true,
	}
}

// eventmanager.go:2857 (robfig/cron job, one per scheduled rule and node;
// trimmed: the task timestamp keep-alive goroutine)
func (j *eventCronJob) Run() {
	eventManagerLog(logger.LevelDebug, "executing scheduled rule %q", j.ruleName)
	rule, err := dataprovider.EventRuleExists(j.ruleName)
	if err != nil {
		eventManagerLog(logger.LevelError, "unable to load rule with name %q", j.ruleName)
		return
	}
	task, err := j.getTask(&rule)
	if err != nil {
		return
	}
	if task.Name != "" {
		updateInterval := 5 * time.Minute
		updatedAt := util.GetTimeFromMsecSinceEpoch(task.UpdateAt)
		if updatedAt.Add(updateInterval*2 + 1).After(time.Now()) {
			eventManagerLog(logger.LevelDebug, "task for rule %q too recent: %s, skip execution", rule.Name, updatedAt)
			return
		}
		err = dataprovider.UpdateTask(rule.Name, task.Version)
		if err != nil {
			eventManagerLog(logger.LevelInfo, "unable to update task timestamp for rule %q, skip execution, err: %v",
				rule.Name, err)
			return
		}
		executeAsyncRulesActions([]dataprovider.EventRule{rule}, j.getEventParams())
	} else {
		executeAsyncRulesActions([]dataprovider.EventRule{rule}, j.getEventParams())
	}
}
