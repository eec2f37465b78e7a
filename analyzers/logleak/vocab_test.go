package logleak_test

import (
	"testing"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/logleak"
)

// TestVocabulary: names that must and must not match each class.
func TestVocabulary(t *testing.T) {
	cases := []struct {
		name string
		kind models.Kind
		what string
	}{
		{"password", models.Credential, "password"},
		{"NewPassword", models.Credential, "password"},
		{"new_password", models.Credential, "password"},
		{"passwd", models.Credential, "password"},
		{"pass", models.Credential, "password"},
		{"dbPass", models.Credential, "password"},
		{"DB_PASS", models.Credential, "password"},
		{"nhs", models.PII, "NHS number"},
		{"NHS", models.PII, "NHS number"},
		{"DB_PASSWORD", models.Credential, "password"},
		{"PGPASSWORD", models.Credential, "password"},
		{"newpassword", models.Credential, "password"},
		{"DBPASSWD", models.Credential, "password"},
		{"accessToken", models.Credential, "token"},
		{"refresh_token", models.Credential, "token"},
		{"X-Auth-Token", models.Credential, "token"},
		{"Authorization", models.Credential, "authorization header"},
		{"APIKey", models.Credential, "API key"},
		{"api_key", models.Credential, "API key"},
		{"clientSecret", models.Credential, "secret"},
		{"PrivateKey", models.Credential, "API key"},
		{"sessionID", models.Credential, "session id"},
		{"cookie", models.Credential, "cookie"},
		{"jwt", models.Credential, "token"},
		{"dsn", models.Credential, models.WhatDSN},
		{"DATABASE_URL", models.Credential, models.WhatDSN},
		{"connString", models.Credential, models.WhatDSN},
		{"NHSNumber", models.PII, "NHS number"},
		{"nhs_number", models.PII, "NHS number"},
		{"CHINumber", models.PII, "CHI number"},
		{"MRN", models.PII, "medical record number"},
		{"patientID", models.PII, "medical record number"},
		{"dateOfBirth", models.PII, "date of birth"},
		{"DOB", models.PII, "date of birth"},
		{"diagnosis", models.PII, "clinical data"},
		{"Prescriptions", models.PII, "clinical data"},
		{"labResult", models.PII, "clinical data"},
		{"NationalInsuranceNumber", models.PII, "national insurance number"},
		{"ssn", models.PII, "SSN"},
		{"FirstName", models.PII, "name"},
		{"surname", models.PII, "name"},
		{"GivenName", models.PII, "name"},
		{"family_name", models.PII, "name"},
		{"PatientName", models.PII, "name"},
		{"postcode", models.PII, "address"},
		{"phoneNumber", models.PII, "phone number"},
		{"email", models.PII, "email address"},
		{"cardNumber", models.PII, "card number"},
		{"CreditCard", models.PII, "card number"},
		{"iban", models.PII, "account number"},
		{"passportNumber", models.PII, "identity document number"},
		{"memberNumber", models.PII, "insurance number"},

		{"passage", 0, ""},
		{"PassThrough", 0, ""},
		{"passCount", 0, ""},
		{"passed", 0, ""},
		{"bypass", 0, ""},
		{"compass", 0, ""},
		{"passenger", 0, ""},
		{"nhsTrust", 0, ""},
		{"nhs_login_url", 0, ""},
		{"dobby", 0, ""},
		{"secretName", 0, ""},
		{"PasswordFile", 0, ""},
		{"passwordHash", 0, ""},
		{"hashedPassword", 0, ""},
		{"tokenType", 0, ""},
		{"tokenURL", 0, ""},
		{"tokenCount", 0, ""},
		{"minPasswordLength", 0, ""},
		{"requestID", 0, ""},
		{"traceID", 0, ""},
		{"userID", 0, ""},
		{"name", 0, ""},
		{"address", 0, ""},
		{"remoteAddr", 0, ""},
		{"tokenID", 0, ""},
		{"nextPageToken", 0, ""},
		{"emailVerified", 0, ""},
		{"isSecret", 0, ""},
		{"key", 0, ""},
		{"spinner", 0, ""},
		{"PWD", 0, ""},                 // the working directory's environment variable
		{"BindPasswordEncrypt", 0, ""}, // the encrypted bind password
		{"AttributeSurname", 0, ""},    // the LDAP attribute's name ("sn")
		{"AttributeMail", 0, ""},
		{"OLDPWD", 0, ""},
	}
	for _, c := range cases {
		k, what := models.SensitiveName(c.name, false)
		if k != c.kind || what != c.what {
			t.Errorf("SensitiveName(%q) = %v %q, want %v %q", c.name, k, what, c.kind, c.what)
		}
	}
	// Strict mode adds IP addresses and user ids.
	for _, n := range []string{"userID", "remoteAddr", "IPAddress"} {
		if k, _ := models.SensitiveName(n, true); k != models.PII {
			t.Errorf("strict SensitiveName(%q) = %v, want pii", n, k)
		}
	}
}

// TestAccessorKind: function names whose result is the value they name:
// accessors (apiToken, GetAPIKey) and makers of a credential
// (newAPIToken, GenerateToken); not functions that check, parse, revoke or
// count one, nor makers of personal data.
func TestAccessorKind(t *testing.T) {
	cases := []struct {
		name string
		kind models.Kind
		what string
	}{
		{"apiToken", models.Credential, "token"},
		{"GetAPIToken", models.Credential, "token"},
		{"AccessToken", models.Credential, "token"},
		{"RefreshToken", models.Credential, "token"},
		{"Password", models.Credential, "password"},
		{"Email", models.PII, "email address"},
		{"newAPIToken", models.Credential, "token"},
		{"GenerateToken", models.Credential, "token"},
		{"genToken", models.Credential, "token"},
		{"IssueToken", models.Credential, "token"},
		{"CreateSessionToken", models.Credential, "session id"},
		{"MintJWT", models.Credential, "token"},
		{"NewJWT", models.Credential, "token"},
		{"newTOTPSecret", models.Credential, "secret"},
		{"GenerateRecoveryCode", models.Credential, "one-time code"},
		{"ResetCode", models.Credential, "one-time code"},
		{"GetVerificationCode", models.Credential, "one-time code"},
		{"CountryCode", 0, ""},
		{"StatusCode", 0, ""},
		{"NewCode", 0, ""},
		{"makeAPIKey", models.Credential, "API key"},
		{"BuildDSN", models.Credential, models.WhatDSN},
		{"signToken", models.Credential, "token"},
		{"randomSecret", models.Credential, "secret"},
		{"newRandomPassword", models.Credential, "password"},
		{"freshSessionID", models.Credential, "session id"},
		{"RefreshAccessToken", models.Credential, "token"},

		{"ValidateToken", 0, ""},
		{"VerifyToken", 0, ""},
		{"ParseToken", 0, ""},
		{"RevokeToken", 0, ""},
		{"TokenExpiry", 0, ""},
		{"TokenCount", 0, ""},
		{"readToken", 0, ""},
		{"NewTokenStore", 0, ""},
		{"GenerateFromPassword", 0, ""},
		{"NewRequestID", 0, ""},
		{"New", 0, ""},
		{"newEmail", 0, ""}, // personal data is made from what a maker is given
		{"CreatePhone", 0, ""},
		{"generate", 0, ""},
	}
	for _, c := range cases {
		k, what, _ := models.AccessorKind(c.name)
		if k != c.kind || what != c.what {
			t.Errorf("AccessorKind(%q) = %v %q, want %v %q", c.name, k, what, c.kind, c.what)
		}
	}
}

func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{ //nolint:gosec // G101: identifier words, not credentials
		"NHSNumber":    "nhs number",
		"APIKey":       "api key",
		"X-Auth-Token": "x auth token",
		"user_id":      "user id",
		"ICD10Code":    "icd 10 code",
		"PGPASSWORD":   "pg password",
		"dbpassword":   "database password",
	} {
		got := ""
		for i, w := range models.Normalise(in) {
			if i > 0 {
				got += " "
			}
			got += w
		}
		if got != want {
			t.Errorf("Normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSettings: bad settings are errors from New, good ones build.
func TestSettings(t *testing.T) {
	bad := []config.LogleakSettings{
		{Credentials: []string{"--"}},
		{Types: []string{"a b"}},
		{Sanitisers: []string{"not a func"}},
		{Sinks: []config.LogSink{{Func: "example.com/obs.Audit", Arg: -1}}},
		{Sinks: []config.LogSink{{Func: "", Arg: 0}}},
	}
	for _, s := range bad {
		if _, err := logleak.New(s); err == nil {
			t.Errorf("New(%+v): no error", s)
		}
	}
	good := config.LogleakSettings{
		Credentials: []string{"kennwort"},
		PII:         []string{"hospital_number"},
		Public:      []string{"support_email"},
		Types:       []string{"example.com/fhir", "example.com/model.Patient"},
		Sanitisers:  []string{"example.com/obs.Mask"},
		Sinks:       []config.LogSink{{Func: "(*example.com/obs.Logger).Event", Arg: 1, KV: true}},
		Strict:      true,
	}
	if _, err := logleak.New(good); err != nil {
		t.Errorf("New(good): %v", err)
	}
}
