package logleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/logleak"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{logleak.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestStdlib(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "stdlog")
}

func TestLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer,
		"slogcase", "slogtext", "slogmixed", "zapcase", "logruscase", "zerologcase", "klogcase", "logrcase", "hclogcase", "gokitcase", "charmcase")
}

func TestRendering(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "structcase", "wrap", "fmtcase", "jwtcase", "httpclient", "errtext", "errtextuse", "fmtfields", "shownfields", "logvaluer", "genericdump", "logrusformat")
}

// TestMadeCredential: the result of a function named for making a
// credential (newAPIToken, GenerateToken).
func TestMadeCredential(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "madecred")
}

// TestListField: a field holding a list of what its name says.
func TestListField(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "listfield")
}

// A generic field name (Name, Notes, Address) says what it holds through
// its record: personal data in a patient's, nothing elsewhere.
func TestRecordFields(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "recordfield")
}

// TestCLIStdout: standard output is a command's output in a command-line
// program's commands by default, a log with stdout-is-log.
func TestCLIStdout(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "clicase")
	a, err := logleak.New(config.LogleakSettings{StdoutIsLog: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "clistdout")
}

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "auditcaller")
}

// TestTail: the last four characters or fewer (s[len(s)-4:]) mask a
// value, inline or in a function of another package whose every result
// is such a tail.
func TestTail(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "tailcase")
}

func TestConfigured(t *testing.T) {
	a, err := logleak.New(config.LogleakSettings{
		Credentials:  []string{"kennwort"},
		PII:          []string{"hospital_number"},
		Public:       []string{"support_email"},
		Types:        []string{"configured.HospitalRecord"},
		Sanitisers:   []string{"configured.Redact"},
		Sinks:        []config.LogSink{{Func: "(*configured.Logger).Event", Arg: 1, KV: true}},
		Strict:       true,
		IgnoreStdout: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "configured")
}

// TestReplaceAttr: a handler whose ReplaceAttr redacts a key hides what is
// logged under it; other keys and other ReplaceAttr functions do not.
func TestReplaceAttr(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "slogredact")
}

// A struct decoded from a credential is what its fields' names say.
func TestDecodedClaims(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "decodedclaims")
}

// A function given text and named for what it takes returns that text
// turned (masked or not), not a new sensitive value; one that looks a
// value up by a key returns what its name says.
func TestTransformNames(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "redactuse")
}

// TestSlogField: a logger held in a struct field renders as the handler
// the package stores into that field.
func TestSlogField(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "slogfield")
}

// TestHTTPQuery: net/http's client error quotes the URL but its
// userinfo's password: a secret in the query or path is in it.
func TestHTTPQuery(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "httpquery")
}

// TestAuthScheme: the auth-scheme cut from an Authorization header's
// value where the space was found is no secret.
func TestAuthScheme(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "authscheme")
}

// TestMapAttrs: a generic helper that flattens a map into key-value
// pairs carries the map's values.
func TestMapAttrs(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "mapattrs", "mapattrsuse")
}

// TestOneTimeCode: reset, verification, invite and activation codes are
// credentials; status, error, product and country codes are not.
func TestOneTimeCode(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "onetimecode")
}

// TestKeyUse: a value used as a key (a private key parser's input, an
// HMAC or JWT key) is a credential whatever its name.
func TestKeyUse(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "keyuse")
}

// TestWideStruct: more field reads of one parameter than field bits.
func TestWideStruct(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "widestruct")
}

// TestAppendFields: structs appended to a slice keep their fields apart.
func TestAppendFields(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logleak.Analyzer, "appendfields")
}
