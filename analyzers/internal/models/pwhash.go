package models

import (
	"reflect"
	"strings"
)

// Password sources by name, fast-hash sinks and KDF sanitisers (pwhash).
//
// A password is recognised by the words of a name (an identifier, a struct
// field, a form or JSON key): "NewPassword", "new_password", "pwd",
// "passphrase", "passcode", "pin". Matching is by word, never by substring:
// "passage", "spinner" and "Token" are not passwords. A name that also
// says the value is derived or about the password ("PasswordHash",
// "password_reset_token", "MinPasswordLength") is not the password itself.

// FastHash is the sink class of fast-hash inputs: what a Sum function,
// a hash.Hash's Write or an HMAC key consumes.
const FastHash Class = "fasthash"

// PasswordCompare is the sink class of text compared with a password the
// program holds: == and != on text, and the functions of CompareFunc, where
// one side carries the Password kind by its name (a Password field) and
// not from a request. The flow carries the other side's taint; pwhash
// reports it where that side is a password too (a request's password,
// here or at a caller whose argument reaches the comparison).
const PasswordCompare Class = "pwcompare"

// compareFuncs compare their first two arguments: true for constant time.
var compareFuncs = map[string]bool{
	"bytes.Equal": false, "strings.Compare": false, "bytes.Compare": false, "strings.EqualFold": false,
	"bytes.EqualFold": false, "reflect.DeepEqual": false,
	"crypto/subtle.ConstantTimeCompare": true, "crypto/hmac.Equal": true,
}

// CompareFunc reports whether the function of this FullName compares its
// first two arguments, and whether in constant time.
func CompareFunc(name string) (constTime, ok bool) {
	constTime, ok = compareFuncs[name]
	return constTime, ok
}

// compareEqualInts: the int result by which a comparing function of
// compareFuncs that answers an int says its arguments are equal.
var compareEqualInts = map[string]int64{"crypto/subtle.ConstantTimeCompare": 1, "strings.Compare": 0, "bytes.Compare": 0}

// CompareEqualInt returns the int result by which the comparing function
// of this FullName says "equal" (1 for subtle.ConstantTimeCompare, 0 for
// strings.Compare); ok is false for one that answers a bool.
func CompareEqualInt(name string) (int64, bool) {
	n, ok := compareEqualInts[name]
	return n, ok
}

// passwordWords are the words that name a password. "pass" names one only
// as the last word of a name (see PassWord).
var passwordWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "pw": true,
	"passphrase": true, "passcode": true, "pin": true, "pincode": true,
	// One-word spellings of compounds.
	"newpassword": true, "oldpassword": true, "currentpassword": true, "userpassword": true,
	"adminpassword": true, "plainpassword": true, "rawpassword": true, "plaintextpassword": true,
}

// notPasswordWords mark a name as something other than the password's text.
var notPasswordWords = map[string]bool{
	"hash": true, "hashed": true, "hashes": true, "hasher": true, "digest": true, "salt": true, "encrypted": true, "encrypt": true,
	"crypt": true, "bcrypt": true, "argon": true, "argon2": true, "scrypt": true, "pbkdf2": true,
	"policy": true, "reset": true, "token": true, "length": true, "len": true, "min": true, "max": true,
	"expiry": true, "expires": true, "expired": true, "expiration": true, "changed": true, "updated": true,
	"at": true, "required": true, "enabled": true, "disabled": true, "field": true, "url": true, "path": true,
	"file": true, "hint": true, "strength": true, "count": true, "attempts": true, "err": true, "error": true,
	"label": true, "placeholder": true, "regex": true, "pattern": true, "rule": true, "rules": true,
	"flag": true, "validation": true, "validator": true, "set": true, "is": true, "has": true,
	"prompt": true, "method": true, "type": true, "mode": true, "id": true, "key": true, "name": true,
	"config": true, "settings": true, "options": true, "form": true, "env": true,
	"lock": true, "locked": true, "strategy": true, "manager": true,
	"less": true, "reader": true, "writer": true, "store": true, "func": true, "fn": true,
}

// IsPasswordName reports whether a name denotes a password's text, with
// extra password words (lowercase) beside the built-in ones.
func IsPasswordName(name string, extra ...string) bool {
	found := false
	ws := Words(name)
	for i, w := range ws {
		switch {
		case notPasswordWords[w]:
			return false
		case passwordWords[w] || PassWord(ws, i):
			found = true
		default:
			for _, e := range extra {
				if w == e {
					found = true
				}
			}
		}
	}
	return found
}

// PassWord reports whether the i-th of a name's words is "pass" naming a
// password: only as the last word (pass, creds.Pass, userPass, db_pass),
// never before another word (PassThrough, passCount, pass_rate), and never
// inside a word (bypass, compass, passenger, passed).
func PassWord(words []string, i int) bool {
	return words[i] == "pass" && i == len(words)-1
}

// NameKind is the kind a struct field, form key or JSON key of this name
// carries when read (0 for none), a label for messages and what the name
// says the value is ("password", "NHS number", WhatDSN). A password name
// gives Password (pwhash's vocabulary); logleak's vocabulary gives
// Credential or PII (a password is also a Credential). The struct tag
// sanitas:"public" clears a field, sanitas:"sensitive" marks it (see
// FieldKind). The engine applies it to every text field read and every
// constant map key; the Password part also to every call's constant first
// argument; clients ask it of parameter names.
func NameKind(name, tag string) (k Kind, label, what string) {
	if v, ok := reflect.StructTag(tag).Lookup("sanitas"); ok && strings.HasPrefix(v, "public") {
		return 0, "", ""
	}
	k, what = FieldKind(name, tag, false)
	label = what
	if IsPasswordName(name) {
		k |= Password | Credential
		label = "password"
		if what == "" {
			what = "password"
		}
	}
	return k, label, what
}

// ResultSource adds a kind to one result of a call (beside any Source row
// of the same function).
type ResultSource struct {
	Func   string
	Result int // index into the call's results
	Kind   Kind
	Label  string
	What   string // for sensitive kinds: what the value is (WhatRequestDump)
}

var resultSourceRows = []ResultSource{
	// (username, password string, ok bool)
	{Func: "(*net/http.Request).BasicAuth", Result: 1, Kind: Password, Label: "password"},
	{Func: "(*net/url.Userinfo).Password", Result: 0, Kind: Password, Label: "password"},
}

var resultSources = map[string][]*ResultSource{}

// ResultSourcesFor returns the result-source rows of a function.
func ResultSourcesFor(fullName string) []*ResultSource { return resultSources[fullName] }

// fastHashSinks: the input of fast hashes. Index convention as in
// models.go. Sum-style functions hash their argument; hash.Hash (and its
// 32- and 64-bit variants) hash what is written to them, whatever the
// algorithm behind the interface (a sink on an interface method is looked
// up under the receiver's static type: "(hash.Hash).Write"); an HMAC
// consumes its key.
var fastHashSinks = []Sink{
	{Func: "crypto/md5.Sum", Arg: 0, Class: FastHash},
	{Func: "crypto/sha1.Sum", Arg: 0, Class: FastHash},
	{Func: "crypto/sha256.Sum256", Arg: 0, Class: FastHash},
	{Func: "crypto/sha256.Sum224", Arg: 0, Class: FastHash},
	{Func: "crypto/sha512.Sum512", Arg: 0, Class: FastHash},
	{Func: "crypto/sha512.Sum384", Arg: 0, Class: FastHash},
	{Func: "crypto/sha512.Sum512_224", Arg: 0, Class: FastHash},
	{Func: "crypto/sha512.Sum512_256", Arg: 0, Class: FastHash},
	{Func: "crypto/sha3.Sum224", Arg: 0, Class: FastHash},
	{Func: "crypto/sha3.Sum256", Arg: 0, Class: FastHash},
	{Func: "crypto/sha3.Sum384", Arg: 0, Class: FastHash},
	{Func: "crypto/sha3.Sum512", Arg: 0, Class: FastHash},
	{Func: "crypto/sha3.SumSHAKE128", Arg: 0, Class: FastHash},
	{Func: "crypto/sha3.SumSHAKE256", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/sha3.Sum224", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/sha3.Sum256", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/sha3.Sum384", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/sha3.Sum512", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/sha3.ShakeSum128", Arg: 1, Class: FastHash}, // (hash, data []byte)
	{Func: "golang.org/x/crypto/sha3.ShakeSum256", Arg: 1, Class: FastHash},
	{Func: "golang.org/x/crypto/blake2b.Sum256", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/blake2b.Sum384", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/blake2b.Sum512", Arg: 0, Class: FastHash},
	{Func: "golang.org/x/crypto/blake2s.Sum256", Arg: 0, Class: FastHash},
	{Func: "hash/crc32.ChecksumIEEE", Arg: 0, Class: FastHash},
	{Func: "hash/crc32.Checksum", Arg: 0, Class: FastHash},
	{Func: "hash/crc32.Update", Arg: 2, Class: FastHash}, // (crc, tab, p)
	{Func: "hash/crc64.Checksum", Arg: 0, Class: FastHash},
	{Func: "hash/adler32.Checksum", Arg: 0, Class: FastHash},
	{Func: "crypto/hmac.New", Arg: 1, Class: FastHash}, // the key
	{Func: "(hash.Hash).Write", Arg: 0, Class: FastHash},
	{Func: "(hash.Hash32).Write", Arg: 0, Class: FastHash},
	{Func: "(hash.Hash64).Write", Arg: 0, Class: FastHash},
	{Func: "(*crypto/sha3.SHA3).Write", Arg: 0, Class: FastHash},
	{Func: "(*crypto/sha3.SHAKE).Write", Arg: 0, Class: FastHash},
	{Func: "(golang.org/x/crypto/sha3.ShakeHash).Write", Arg: 0, Class: FastHash},
	// The writers of io and fmt, when what they write into is a hash.
	{Func: "io.WriteString", Arg: 1, Class: FastHash, Writer: HashWriter},
	{Func: "fmt.Fprint", Arg: 1, Class: FastHash, Writer: HashWriter},
	{Func: "fmt.Fprintf", Arg: 2, Class: FastHash, Writer: HashWriter},
	{Func: "fmt.Fprintln", Arg: 1, Class: FastHash, Writer: HashWriter},
}

// kdfSanitisers: the output of a password hash or KDF is neither the
// password nor attacker-chosen text.
var kdfSanitisers = []Sanitiser{
	{Func: "golang.org/x/crypto/bcrypt.GenerateFromPassword", Clean: Password | Untrusted | Credential},
	{Func: "golang.org/x/crypto/argon2.IDKey", Clean: Password | Untrusted | Credential},
	{Func: "golang.org/x/crypto/argon2.Key", Clean: Password | Untrusted | Credential},
	{Func: "golang.org/x/crypto/scrypt.Key", Clean: Password | Untrusted | Credential},
	{Func: "golang.org/x/crypto/pbkdf2.Key", Clean: Password | Untrusted | Credential},
	{Func: "crypto/pbkdf2.Key", Clean: Password | Untrusted | Credential},
}

// FastHashSinks returns the fast-hash sink rows, for tests and docs.
func FastHashSinks() []Sink { return fastHashSinks }

func init() {
	for i := range fastHashSinks {
		s := &fastHashSinks[i]
		sinkByFunc[s.Func] = append(sinkByFunc[s.Func], s)
	}
	for i := range kdfSanitisers {
		sanitiserByFunc[kdfSanitisers[i].Func] = &kdfSanitisers[i]
	}
	for i := range resultSourceRows {
		r := &resultSourceRows[i]
		resultSources[r.Func] = append(resultSources[r.Func], r)
	}
}
