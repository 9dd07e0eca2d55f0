package main

// explainText is what -explain prints: the race, why checking first cannot
// fix it, what the fix does on each database, and how to record an
// accepted exception. README.md, "The promise", says the same at length.
const explainText = `Get-or-create races

  err := db.Where("email = ?", e).First(&u).Error
  if errors.Is(err, gorm.ErrRecordNotFound) {
      u = User{Email: e}
      err = db.Create(&u).Error
  }

Two requests for the same key run this at once. Both look the row up, both
see "not found", both insert. With a unique index one of them fails
(PostgreSQL 23505, MySQL 1062, SQLite "UNIQUE constraint failed", Prisma
P2002) and its user sees an error; without one, the table gets two rows.
Checking harder first cannot help: any gap between the check and the
insert can be hit. Only the database can decide which insert wins.

What upsertfix does
  The insert is made to fail cleanly on a unique violation, and only a
  unique violation, the one error the race causes, goes back to the
  lookup, once (Django's get_or_create does the same). If the second
  lookup still finds nothing, the first insert's error is returned
  without inserting again; any other insert error is returned at once:
    GORM    the create runs inside db.Transaction (a savepoint when db is
            already a transaction, so PostgreSQL can run the lookup again)
    ent     sqlgraph.IsUniqueConstraintError(err) is caught
    Prisma  db.IsErrUniqueConstraint(err) is caught
  The caller that loses the race then finds the winner's row and runs the
  found path, exactly as if it had run second: same results, same rows,
  same side effects. Nothing else in the function changes.

On each database
  PostgreSQL  at READ COMMITTED (the default) the second lookup sees the
              winner's row, in a transaction too, thanks to the savepoint.
  MySQL and   the loser's insert waits for the winner's commit, then fails
  MariaDB     with 1062 and goes back to the lookup. Inside a transaction at
              REPEATABLE READ (the default) the loser cannot see the row and
              gets the error it got before: retry the whole transaction.
  SQLite      writers are serialized; in a DEFERRED transaction that read
              first, the loser gets SQLITE_BUSY as before.
  No conflict target is written, so expression and composite unique
  indexes work, and MySQL's ON DUPLICATE KEY is never used.

When there is no fix
  upsertfix says why: no unique index on the looked-up columns, an effect
  before the create that the loser would repeat, a hook with effects, a
  create in another function, a repository in between, ...

An accepted exception (a single writer, a sequential batch job)
  //upsertfix:ignore runs once at start-up, before the server accepts requests
  err := db.Where("name = ?", name).First(&j).Error
  The directive goes on the line above the lookup, or in the function's doc
  comment, and needs a reason. One that suppresses nothing is reported.
`
