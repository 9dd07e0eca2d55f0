// Upsertfix-vet runs the upsertfix detector as a go vet tool:
//
//	go build -o /tmp/upsertfix-vet github.com/upsertfix/upsertfix/cmd/upsertfix-vet
//	go vet -vettool=/tmp/upsertfix-vet ./...
//
// It reports the same findings as `upsertfix` (without fixes: those need
// the rewriter and its verification, which only the upsertfix command runs).
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/upsertfix/upsertfix/detect"
)

func main() { unitchecker.Main(detect.Analyzer) }
