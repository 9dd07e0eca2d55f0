// Package jobutil is a stand-in for github.com/vmihailenco/taskq/v4/backend/jobutil.
package jobutil

import "example.com/heldout/uptrace/third_party/taskq"

// FullJobName is the queue name plus the job name.
func FullJobName(q taskq.Queue, job *taskq.Job) string {
	return "taskq:" + q.Name() + ":" + job.TaskName + ":" + job.Name
}
