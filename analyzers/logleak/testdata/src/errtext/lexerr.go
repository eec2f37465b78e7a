package errtext

import (
	"go/token"
	"log"
	"log/slog"
	"text/scanner"
)

// RuleError is a parse error: its Token is a piece of the rule text, as
// its position says.
type RuleError struct {
	Pos     scanner.Position
	Rule    string
	Token   string
	Message string
}

type syntaxErr struct {
	At  token.Pos
	Tok string
}

type session struct {
	User  string
	Token string
}

func reportRule(e RuleError, s syntaxErr, sess session) {
	log.Printf("invalid rule %s at %s: %q", e.Rule, e.Pos, e.Token)
	log.Printf("unexpected %s", s.Tok)
	log.Printf("session %s", sess.Token) // want `credential \(token\) sess.Token`
}

// Under a key naming a token, a lexer's token is still the parsed text.
func logRuleErrors(errs []RuleError, sess session) {
	for _, e := range errs {
		slog.Warn("malformed rule", slog.String("rule", e.Rule), slog.String("token", e.Token), slog.Int("column", e.Pos.Column))
	}
	slog.Info("session", slog.String("token", sess.Token)) // want `credential \(token\)`
}
