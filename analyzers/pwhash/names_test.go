package pwhash_test

import (
	"regexp"
	"slices"
	"testing"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
)

func TestPasswordNames(t *testing.T) {
	yes := []string{"password", "Password", "NewPassword", "new_password", "pwd", "PWD", "passphrase", "passcode", "pin",
		"userPassword", "oldPassword", "PasswordConfirm", "passwd", "adminPassword", "password2", "new-password", "PIN",
		"pass", "Pass", "userPass", "db_pass", "NEW_PASS"}
	no := []string{"passage", "token", "Token", "PasswordHash", "hashed_password", "BindPasswordEncrypt", "password_reset_token", "MinPasswordLength",
		"spinner", "pinned", "bypass", "PassThrough", "passCount", "pass_rate", "passed", "passenger", "passHash", "passport", "ErrPasswordTooLong", "compass", "PasswordField", "secret"}
	for _, n := range yes {
		if !models.IsPasswordName(n) {
			t.Errorf("%q: not a password name", n)
		}
	}
	for _, n := range no {
		if models.IsPasswordName(n) {
			t.Errorf("%q: a password name", n)
		}
	}
	if !models.IsPasswordName("userKennwort", "kennwort") {
		t.Errorf("extra word not matched")
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"APIKey":        {"api", "key"},
		"new_password2": {"new", "password", "2"},
		"sessionID":     {"session", "id"},
		"X-Auth-Token":  {"x", "auth", "token"},
	} {
		if got := models.Words(in); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

// fullName matches types.Func.FullName, as the models' own table test does.
var fullName = regexp.MustCompile(`^(\(\*?[\w./-]+\.\w+\)\.\w+|[\w./-]+\.\w+)$`)

func TestFastHashRows(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range models.FastHashSinks() {
		if !fullName.MatchString(s.Func) || seen[s.Func] || s.Arg < 0 || s.Class != models.FastHash {
			t.Errorf("row %+v", s)
		}
		seen[s.Func] = true
	}
}
