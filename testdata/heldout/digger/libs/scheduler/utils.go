// Package scheduler reproduces the types of libs/scheduler used by the
// reproduced sites (libs/scheduler/utils.go:19-25 and models.go).
package scheduler

type DiggerCommand string

const DiggerCommandNoop DiggerCommand = "noop"
const DiggerCommandPlan DiggerCommand = "plan"
const DiggerCommandApply DiggerCommand = "apply"
const DiggerCommandLock DiggerCommand = "lock"
const DiggerCommandUnlock DiggerCommand = "unlock"

type DiggerJobStatus int8

const (
	DiggerJobCreated      DiggerJobStatus = 1
	DiggerJobTriggered    DiggerJobStatus = 2
	DiggerJobFailed       DiggerJobStatus = 3
	DiggerJobStarted      DiggerJobStatus = 4
	DiggerJobSucceeded    DiggerJobStatus = 5
	DiggerJobQueuedForRun DiggerJobStatus = 6
)

type DiggerBatchStatus int8
