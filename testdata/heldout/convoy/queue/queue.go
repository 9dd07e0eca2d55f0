// Package queue is convoy's queue package, reduced to Queuer.
package queue

import "context"

type Job struct {
	ID      string
	Payload []byte
}

type Queuer interface {
	Write(ctx context.Context, taskName, queueName string, job *Job) error
}
