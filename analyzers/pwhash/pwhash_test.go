package pwhash_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/pwhash"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{pwhash.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestFastHash(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "fasthash")
}

func TestParams(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "params", "argon2idcase")
}

func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "pwlib", "pwuse")
}

func TestCompareStoreBroken(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "compare", "store", "broken")
}

func TestSettings(t *testing.T) {
	bad := []config.PwhashSettings{
		{BcryptCost: 3},
		{BcryptCost: 32},
		{PasswordNames: []string{"two words"}},
		{Argon2id: []config.Argon2Row{{MemoryKiB: 0, Time: 1}}},
		{Scrypt: []config.ScryptRow{{N: 1000, P: 1}}},
		{PBKDF2: config.PBKDF2Iterations{SHA256: -1}},
	}
	for _, s := range bad {
		if _, err := pwhash.New(s); err == nil {
			t.Errorf("New(%+v): no error", s)
		}
	}
	if _, err := pwhash.New(config.PwhashSettings{PasswordNames: []string{"Kennwort"}, BcryptCost: 12}); err != nil {
		t.Errorf("good settings: %v", err)
	}
}

// With settings: "kennwort" names a password; bcrypt below 12 is weak.
func TestConfigured(t *testing.T) {
	a, err := pwhash.New(config.PwhashSettings{PasswordNames: []string{"kennwort"}, BcryptCost: 12})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "configured")
}

// TestVerifiers: a verifier's fast hash is reported unless its package
// also makes slow hashes (legacy hashes being migrated).
func TestVerifiers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "fastverify", "migrate")
}

// TestRecordsAndCodes: records persisted whole with a plaintext password
// field, password columns given the plaintext, one-time codes hashed with
// MD5 or SHA-1 and MAC tags compared in variable time.
func TestRecordsAndCodes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "pwrecord", "pwsecret")
}

// TestFieldDefaults: a KDF parameter read from a configuration field is
// known by the constants stored into that field, in another package too.
func TestFieldDefaults(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "pwconf", "pwconfuse")
}

// TestSchemeVerifiers: a verifier of a fast hash the package also makes
// passwords with is reported, a legacy one beside bcrypt is not.
func TestSchemeVerifiers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "pwscheme")
}
