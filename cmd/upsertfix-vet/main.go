// Upsertfix-vet runs upsertfix as a go vet and go fix tool:
//
//	go install github.com/upsertfix/upsertfix/cmd/upsertfix-vet@latest
//	go vet -vettool=$(command -v upsertfix-vet) ./...   # report
//	go fix -fixtool=$(command -v upsertfix-vet) ./...   # apply the fixes (Go 1.26)
//
// It reports the same findings as the upsertfix command, and each fixable
// one carries, as a suggested fix, the edit upsertfix -w writes,
// type-checked before it is offered (see package lint). Facts flow only
// along imports here, so interfaces implemented in packages that do not
// import each other are matched only by the upsertfix command.
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/upsertfix/upsertfix/lint"
)

func main() { unitchecker.Main(lint.Analyzer) }
