// Package tasks reproduces github.com/getfider/fider/app/tasks (tasks.go,
// new_comment.go and new_post.go, trimmed to the web-notification and mention
// bookkeeping: e-mails, webhooks and logging are left out). Tasks are enqueued by
// the request handlers (c.Enqueue, run after the request commits) and executed by
// runtime.NumCPU() worker goroutines, each task in its own transaction
// (middlewares.WorkerSetup), so two tasks for the same comment or post (e.g. the
// "new comment" task and an "updated comment" task of a quick edit, or two quick
// edits) can run at the same time.
package tasks

import (
	"context"

	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/worker"
)

func describe(name string, job worker.Job) worker.Task {
	return worker.Task{Name: name, Job: job}
}

func getActiveSubscribers(ctx context.Context, post *entity.Post, channel enum.NotificationChannel, event enum.NotificationEvent) ([]*entity.User, error) {
	q := &query.GetActiveSubscribers{
		Number:  post.Number,
		Channel: channel,
		Event:   event,
	}
	err := bus.Dispatch(ctx, q)
	return q.Result, err
}
