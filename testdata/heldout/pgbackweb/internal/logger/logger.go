package logger

import (
	"log/slog"
	"os"
	"sort"
)

// KV is a record of key-value pair to be logged
type KV map[string]any

func kvToArgs(kv ...KV) []any {
	pickedKv := KV{}
	if len(kv) > 0 {
		pickedKv = kv[0]
	}
	keys := make([]string, 0, len(pickedKv))
	for k := range pickedKv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	args := make([]any, 0, len(keys)*2)
	for _, k := range keys {
		args = append(args, k, pickedKv[k])
	}
	return args
}

func Info(msg string, args ...KV) { slog.Info(msg, kvToArgs(args...)...) }

func Error(msg string, args ...KV) { slog.Error(msg, kvToArgs(args...)...) }

func FatalError(msg string, args ...KV) {
	slog.Error(msg, kvToArgs(args...)...)
	os.Exit(1)
}
