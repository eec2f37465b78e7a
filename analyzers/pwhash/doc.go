// Package pwhash defines an Analyzer that reports weak password storage:
// fast hashes of passwords, KDF parameters below the OWASP Password Storage
// Cheat Sheet, Argon2i, constant salts, plaintext passwords stored or
// compared, timing-unsafe comparison of secrets and broken hashes of
// secrets.
//
// # Analyzer pwhash
//
// pwhash: report weak password hashing and plaintext password handling
//
// Passwords are recognised by name, word by word: identifiers, struct
// fields, form and JSON keys ("NewPassword", "new_password", "pwd",
// "passphrase", "passcode", "pin", and "pass" as a name's last word:
// f.Pass, dbPass; not "passage", "bypass", "PassThrough", "PasswordHash" or
// "token"), and the password of r.BasicAuth(). The taint engine follows
// them through conversions, concatenation, helper functions whose
// parameters say nothing (func hexDigest(s string) string) and other
// packages of the module. Extra words come from settings.pwhash.password-names.
//
// ## pwhash-fast-hash: password hashed with a fast hash
//
// A password reaches md5, sha1, sha256, sha512, sha3, blake2, md4,
// ripemd160, fnv, crc32 or an HMAC (as data or key), through a Sum
// function, hash.Hash's Write or crypto.Hash.New(). SHA-256 of API tokens,
// ids or file contents is fine and is not reported, nor is SHA-1 for a
// Have I Been Pwned range lookup, here or, through a fact, at the calls
// from other packages. A hash computed in a verifier (a function
// returning no text that compares) is reported unless its package also
// makes slow hashes (migration code checking legacy hashes) and its type
// makes none with the same fast hash (a Hasher's Hash and Verify).
//
// ## pwhash-weak-params: KDF parameters below OWASP's minimum
//
// bcrypt cost 4 to 9; argon2id (time, memory) and scrypt (N, r, p) below
// every OWASP row; PBKDF2 iterations below 1,300,000 (HMAC-SHA1), 600,000
// (HMAC-SHA256 or an unrecognised PRF), 210,000 (HMAC-SHA512), or any
// PBKDF2 with MD5. Values are followed through constant expressions,
// conversions, phis, package variables only assigned constants, fields of
// local structs and of package struct variables only assigned constants
// (also through a pointer, as an options parameter's default when nil),
// wrapper parameters (checked at the wrapper's call), and configuration
// fields by the constants the analysed code stores into them (a default
// another store may override: "may be"); values only from configuration
// files, environment or flags are not reported.
//
// ## pwhash-argon2i: Argon2i used for passwords
//
// argon2.Key is Argon2i; OWASP recommends Argon2id (argon2.IDKey).
//
// ## pwhash-static-salt: constant salt
//
// The salt of argon2, scrypt or PBKDF2 is a constant, nil, a byte-slice
// literal or a package variable only assigned one.
//
// ## pwhash-plaintext-store: plaintext password stored or compared
//
// A request's password (or a parameter named password) is passed to a SQL
// call as a value or stored into a persisted struct field (db, gorm, bson...
// tags), or a record is passed whole to an ORM call that persists it
// (gorm's Create, sqlx's NamedExec) while its password field holds the
// plaintext: the package compares that field as it is with a supplied
// password or fills it with one, and never stores a hash into it. gorm's
// Update("password", pw) writes a password column as it is. Or a password
// is compared with ==, !=, bytes.Equal,
// strings.Compare, or with subtle.ConstantTimeCompare or hmac.Equal when
// both sides are the passwords themselves ([]byte(pass) against
// []byte(c.Password); not a hash or MAC of either). A password field of a
// persisted record (a struct with db, gorm, bson... tags, or embedding
// gorm.Model) compared in any way with text taken as it is (a parameter,
// a request value; not a digest, nor a name saying hash) is reported
// too, in the function that compares: the record holds the plaintext.
// Confirmation fields and new-versus-old checks are not reported.
//
// ## secret-compare-timing: secret compared in variable time
//
// A token, secret, MAC, signature, session id or API key is compared with
// == or bytes.Equal: by its name, as the ID field of a session type
// (sess.ID), or as a credential read by key as it is, by the keys
// logleak's vocabulary names (a session cookie's value,
// r.Cookie("session_id").Value; r.Header.Get("Authorization")), or as
// what it is: a keyed MAC's Sum (hmac.New). hmac.Equal, subtle.ConstantTimeCompare, comparisons
// with a constant ("") or a package-level sentinel, pagination tokens,
// nonces, and a comparison in a loop that only decides what to do with the
// element at hand (keep it, close it) and goes on to the next are not
// reported.
//
// ## hash-broken-on-secret: secret hashed with MD5 or SHA-1
//
// A token, session id, API key, one-time code (a reset, verification or
// invite code; by its name or, for a variable named code, its maker's:
// NewPortalResetCode) or other secret is hashed with MD5 or SHA-1. MD5 of non-secret data (cache keys, ETags) is not reported.
package pwhash
