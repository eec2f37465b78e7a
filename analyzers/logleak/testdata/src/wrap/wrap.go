package wrap

import (
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
)

func check(token string) error {
	if token == "" {
		return errors.New("empty")
	}
	return fmt.Errorf("invalid token %q", token)
}

func checkSafe(token string) error {
	if len(token) < 10 {
		return fmt.Errorf("token too short: %d characters", len(token))
	}
	return nil
}

func Handle(token string) {
	if err := check(token); err != nil {
		log.Printf("auth failed: %v", err) // want `credential \(token\) parameter token`
	}
	if err := checkSafe(token); err != nil {
		log.Printf("auth failed: %v", err)
	}
	err := fmt.Errorf("login with %s: %w", token, errors.New("denied"))
	log.Println(err.Error()) // want `credential \(token\) parameter token`
}

// reused: an error variable kept in memory (a named result with a defer)
// holds the secret only after the store that puts it there.
func reused(token string) (err error) {
	defer func() {}()
	err = errors.New("first")
	if err != nil {
		log.Print(err) // safe: only the first store reaches here
	}
	err = fmt.Errorf("bad token %s", token)
	if err != nil {
		log.Print(err) // want `credential \(token\) parameter token`
	}
	return err
}

// printHelper prints what it is given: a CLI's output or a logger's
// fallback, not a log line of its callers.
func printHelper(msg string) {
	fmt.Println(msg)
}

func PrintToken(token string) {
	printHelper(token) // safe: printing through a helper
}

// gitCmd is a builder whose methods return their receiver. run's error
// quotes the arguments read through self (an alias of the receiver), never
// the environment; runLoud's quotes the environment.
type gitCmd struct {
	env  []string
	args []string
}

func (c *gitCmd) withEnv(env []string) *gitCmd { c.env = env; return c }

func (c *gitCmd) self() *gitCmd { return c }

func (c *gitCmd) run() error { return fmt.Errorf("git %v failed", c.self().args) }

func (c *gitCmd) runLoud() error { return fmt.Errorf("git failed with %v", c.self().env) }

func push(email string) {
	c := &gitCmd{args: []string{"push"}}
	if err := c.withEnv([]string{"GIT_AUTHOR_EMAIL=" + email}).run(); err != nil {
		log.Printf("push: %v", err) // safe: the error quotes the arguments only
	}
	if err := c.withEnv([]string{"GIT_AUTHOR_EMAIL=" + email}).runLoud(); err != nil {
		log.Printf("push: %v", err) // want `personal or patient data \(email address\) parameter email`
	}
}

type signature struct{ Name, Email string }

func (s *signature) String() string { return s.Name + " <" + s.Email + ">" }

// reviewers writes the reviewers' signatures into the writer: the error
// of a write says why it failed, not what was written.
func reviewers(w io.Writer, sigs []*signature) error {
	for _, s := range sigs {
		if _, err := w.Write([]byte(s.String())); err != nil {
			return err
		}
	}
	return nil
}

func Approvers(sigs []*signature) string {
	var b strings.Builder
	if err := reviewers(&b, sigs); err != nil {
		log.Printf("reviewers: %v", err) // safe: a write error does not carry the data
		return ""
	}
	return b.String()
}

func LogSignature(s *signature) {
	log.Printf("signed by %s", s.String()) // want `personal or patient data \(email address\)`
}
