package progressearlyreturn

import (
	"context"

	"example.com/prismacases/db"
)

func ProgressFor(ctx context.Context, client *db.PrismaClient, userID, lessonID string) (*db.ProgressModel, error) {
	p, err := client.Progress.FindUnique(db.Progress.UserID.Equals(userID)).Exec(ctx)
	if err == nil {
		return p, nil
	}
	if !db.IsErrNotFound(err) {
		return nil, err
	}
	return client.Progress.CreateOne(db.Progress.UserID.Set(userID), db.Progress.LessonID.Set(lessonID)).Exec(ctx)
}
