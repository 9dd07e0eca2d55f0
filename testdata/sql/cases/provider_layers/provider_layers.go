// Hand-written SQL behind a provider interface, as sftpgo writes it: the
// statements come from builder functions that format package table-name
// variables and the driver's placeholders; the schema names its tables
// with template placeholders; a row reader turns sql.ErrNoRows into an
// error type of its own, which callers test with errors.Is against a
// sentinel of that type; the manager's methods normalize the key and
// call an unexported method of the one provider.
package provider_layers

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

const initialSQL = `CREATE TABLE "{{tasks}}" ("name" varchar(255) NOT NULL UNIQUE, "version" integer NOT NULL);
CREATE TABLE "{{notes}}" ("title" varchar(255) NOT NULL);
CREATE TABLE "{{history}}" ("task" varchar(255) NOT NULL);`

var (
	sqlTableTasks   = "tasks"
	sqlTableNotes   = "notes"
	sqlPlaceholders = []string{"$1", "$2"}
	lowerNames      bool
)

// RecordNotFoundError is the provider's not-found error.
type RecordNotFoundError struct{ err string }

func (e *RecordNotFoundError) Error() string { return e.err }

// Is matches any RecordNotFoundError.
func (e *RecordNotFoundError) Is(target error) bool {
	_, ok := target.(*RecordNotFoundError)
	return ok
}

// ErrNotFound is the sentinel callers test with errors.Is.
var ErrNotFound = &RecordNotFoundError{}

type Task struct {
	Name    string
	Version int64
}

type Note struct{ Title string }

type scanner interface{ Scan(dest ...any) error }

type Provider interface {
	getTaskByName(name string) (Task, error)
	addTask(name string) error
	getNoteByTitle(title string) (Note, error)
	addNote(title string) error
}

type sqlProvider struct{ db *sql.DB }

// Manager is what handlers call.
type Manager struct{ provider Provider }

// NewManager returns a manager over db.
func NewManager(db *sql.DB) *Manager { return &Manager{provider: &sqlProvider{db: db}} }

func getTaskByNameQuery() string {
	return fmt.Sprintf(`SELECT name,version FROM %s WHERE name = %s`, sqlTableTasks, sqlPlaceholders[0])
}

func getAddTaskQuery() string {
	return fmt.Sprintf(`INSERT INTO %s (name,version) VALUES (%s,0)`, sqlTableTasks, sqlPlaceholders[0])
}

func getNoteByTitleQuery() string {
	return fmt.Sprintf(`SELECT title FROM %s WHERE title = %s`, sqlTableNotes, sqlPlaceholders[0])
}

func getAddNoteQuery() string {
	return fmt.Sprintf(`INSERT INTO %s (title) VALUES (%s)`, sqlTableNotes, sqlPlaceholders[0])
}

func taskFromRow(row scanner) (Task, error) {
	var t Task
	err := row.Scan(&t.Name, &t.Version)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return t, &RecordNotFoundError{err: err.Error()}
		}
		return t, err
	}
	return t, nil
}

func (p *sqlProvider) getTaskByName(name string) (Task, error) {
	q := getTaskByNameQuery()
	row := p.db.QueryRowContext(context.Background(), q, name)
	t, err := taskFromRow(row)
	if err != nil {
		return t, err
	}
	return withHistory(p.db, t)
}

// withHistory reads more about the task found.
func withHistory(db *sql.DB, t Task) (Task, error) {
	var n int
	err := db.QueryRowContext(context.Background(), "SELECT count(*) FROM history WHERE task = $1", t.Name).Scan(&n)
	return t, err
}

func (p *sqlProvider) addTask(name string) error {
	q := getAddTaskQuery()
	_, err := p.db.ExecContext(context.Background(), q, name)
	return err
}

func (p *sqlProvider) getNoteByTitle(title string) (Note, error) {
	var n Note
	q := getNoteByTitleQuery()
	err := p.db.QueryRowContext(context.Background(), q, title).Scan(&n.Title)
	if errors.Is(err, sql.ErrNoRows) {
		return n, &RecordNotFoundError{err: err.Error()}
	}
	return n, err
}

func (p *sqlProvider) addNote(title string) error {
	q := getAddNoteQuery()
	_, err := p.db.ExecContext(context.Background(), q, title)
	return err
}

func convertName(name string) string {
	if lowerNames {
		return strings.ToLower(name)
	}
	return name
}

// GetTaskByName returns the task of a name.
func (m *Manager) GetTaskByName(name string) (Task, error) {
	name = convertName(name)
	return m.provider.getTaskByName(name)
}

// AddTask adds a task.
func (m *Manager) AddTask(name string) error {
	return m.provider.addTask(name)
}

// GetNoteByTitle returns the note of a title.
func (m *Manager) GetNoteByTitle(title string) (Note, error) {
	return m.provider.getNoteByTitle(title)
}

// AddNote adds a note.
func (m *Manager) AddNote(title string) error {
	return m.provider.addNote(title)
}

// EnsureTask creates the task of a name when missing: reported (tasks.name
// is unique).
func (m *Manager) EnsureTask(name string) (Task, error) {
	task, err := m.GetTaskByName(name)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			task = Task{Name: name}
			err = m.AddTask(name)
		}
	}
	return task, err
}

// EnsureNote creates the note of a title when missing: reported, no
// unique key on notes.title.
func (m *Manager) EnsureNote(title string) error {
	_, err := m.GetNoteByTitle(title)
	if errors.Is(err, ErrNotFound) {
		return m.AddNote(title)
	}
	return err
}

// RenameTask only reads the task before an update: no finding.
func (m *Manager) RenameTask(name string) error {
	if _, err := m.GetTaskByName(name); err != nil {
		return err
	}
	_, err := m.provider.(*sqlProvider).db.ExecContext(context.Background(), "UPDATE tasks SET version = version + 1 WHERE name = $1", name)
	return err
}
