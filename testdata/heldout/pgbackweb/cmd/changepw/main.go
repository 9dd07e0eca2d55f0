package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"example.com/heldout/pgbackweb/internal/config"
	"example.com/heldout/pgbackweb/internal/database"
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/util/cryptoutil"
	"github.com/google/uuid"
)

func main() {
	env, err := config.GetEnv()
	if err != nil {
		panic(err)
	}

	db := database.Connect(env)
	defer db.Close()
	dbg := dbgen.New(db)

	fmt.Println()
	fmt.Println()
	fmt.Println("PG Back Web - Password Reset")
	fmt.Println("---")
	fmt.Print("User email: ")
	var userID uuid.UUID

	for {
		var email string
		if _, err := fmt.Scanln(&email); err != nil {
			panic(err)
		}

		// Not found asks for another email; found leads to an UPDATE of the
		// user's password. No insert (and an interactive CLI).
		user, err := dbg.UsersServiceGetUserByEmail( // safe: lookup guards an update only (UsersServiceChangePassword); not found re-prompts
			context.Background(), email,
		)
		if err != nil && errors.Is(err, sql.ErrNoRows) {
			fmt.Print("User not found. Enter new email: ")
			continue
		}
		if err != nil {
			panic(err)
		}

		userID = user.ID
		break
	}

	newPassword := uuid.NewString()
	hashedPassword, err := cryptoutil.CreateBcryptHash(newPassword)
	if err != nil {
		panic(err)
	}

	err = dbg.UsersServiceChangePassword(
		context.Background(), dbgen.UsersServiceChangePasswordParams{
			ID:       userID,
			Password: hashedPassword,
		},
	)
	if err != nil {
		panic(err)
	}

	fmt.Println()
	fmt.Println("Password reset successfully")
	fmt.Println("New password: ", newPassword)
	fmt.Println()
	fmt.Println("You can change your password after login")
	fmt.Println()
}
