// Package reporting reproduces libs/comment_utils/reporting/core.go:3 Reporter.
package reporting

type Reporter interface {
	Report(report string, reportFormatting func(report string) string) (commentId string, commentUrl string, error error)
	Flush() (string, string, error)
	Suppress() error
	SupportsMarkdown() bool
}

func AsCollapsibleComment(summary string, openByDefault bool) func(string) string {
	return func(comment string) string { return comment }
}

func AsComment(summary string) func(string) string {
	return func(comment string) string { return comment }
}

type NoopReporter struct{}

func (reporter NoopReporter) Report(report string, reportFormatting func(report string) string) (string, string, error) {
	return "", "", nil
}

func (reporter NoopReporter) Flush() (string, string, error) { return "", "", nil }

func (reporter NoopReporter) Suppress() error { return nil }

func (reporter NoopReporter) SupportsMarkdown() bool { return false }
