// Package clicase: the commands of a command-line program. What a command
// prints to standard output is its result for the operator; standard
// error and loggers are logs.
package clicase

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/urfave/cli/v3"
)

var GenerateToken = &cli.Command{Name: "generate-access-token", Action: generate}

type accessToken struct{ Name, Token string }

func newToken() *accessToken { return &accessToken{Name: "ci"} }

func generate(ctx context.Context, c *cli.Command) error {
	t := newToken()
	fmt.Printf("Access token was successfully created: %s\n", t.Token) // safe: the command's output
	fmt.Println(t.Token)                                               // safe: the command's output
	fmt.Fprintf(os.Stdout, "%s\n", t.Token)                            // safe: the command's output
	fmt.Fprintf(os.Stderr, "created %s\n", t.Token)                    // want `credential \(token\) t.Token printed by fmt.Fprintf`
	log.Printf("created %s", t.Token)                                  // want `credential \(token\) t.Token written to the log by log.Printf`
	return login(c.String("user"), c.String("password"))
}

func login(user, password string) error {
	fmt.Println("logged in as", user, password)           // safe: the command's output
	fmt.Fprintln(os.Stderr, "login failed for", password) // want `credential \(password\) parameter password printed by fmt.Fprintln`
	return nil
}
