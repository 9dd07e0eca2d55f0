// Package commitstatus is trimmed from code.gitea.io/gitea/modules/commitstatus.
package commitstatus

// CombinedStatus is the combined state of the commit statuses of a commit
type CombinedStatus string
