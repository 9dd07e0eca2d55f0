// Upsertfix finds check-then-act get-or-create code in Go programs and
// rewrites it so that the caller that loses the race takes the found path:
// the insert fails cleanly on a unique violation, and a failed insert goes
// back to the lookup.
//
// Usage:
//
//	upsertfix [-C dir] [-tags list] [-test=false] [-diff | -w | -l] [-json] [packages]
//
// Packages are go list patterns; the default is ./... . Without -diff, -w
// or -l, upsertfix prints one line per finding, file:line:col: message,
// where the message names the ORM, the model and the key columns and says
// either what the fix is or why there is none.
//
// The flags are:
//
//	-C dir     run as if started in dir (the module to analyze)
//	-tags list comma-separated build tags, as for go build
//	-test      also analyze _test.go files, as go vet does (default true)
//	-diff      print a unified diff of all fixes (git apply / patch -p1); write nothing
//	-w, -fix   write the fixes in place, atomically; summary on stderr
//	-l         list the files that would change
//	-json      print the findings as a JSON array (with the default report or -w)
//	-V         print the version and exit
//	-explain   explain the race, the fix on each database and exceptions
//
// Exit status: 0 when there is nothing to report; 1 when findings remain
// (a report, a -diff or -l with something to show, or -w that left some
// unfixed); 2 when the tool could not do its job (bad flags, nothing
// loadable).
//
// A fix is printed or written only after the rewritten package type-checks
// in memory; one that does not is withheld, with the type error as its
// reason. Generated files and vendored packages are never edited.
//
// A comment //upsertfix:ignore <reason> on the line above a lookup, or in
// the doc comment of its function, silences that site.
package main
