// Package argon2idcase: alexedwards/argon2id's CreateHash takes its
// parameters in a struct; they are judged as argon2.IDKey's are.
package argon2idcase

import "github.com/alexedwards/argon2id"

func Weak(password string) (string, error) {
	return argon2id.CreateHash(password, &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}) // want `argon2id with time 1 and memory 1024 KiB is below every OWASP configuration`
}

func Default(password string) (string, error) {
	return argon2id.CreateHash(password, argon2id.DefaultParams)
}

func Strong(password string) (string, error) {
	p := &argon2id.Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	return argon2id.CreateHash(password, p)
}

// hashWith leaves the parameters to its callers.
func hashWith(password string, p *argon2id.Params) (string, error) { // want hashWith:"kdf argon2id\\(time=param1.field1 memory=param1.field0\\)"
	return argon2id.CreateHash(password, p)
}

func Callers(password string) {
	_, _ = hashWith(password, &argon2id.Params{Memory: 8 * 1024, Iterations: 2, Parallelism: 1}) // want `argon2id with time 2 and memory 8192 KiB is below every OWASP configuration`
	_, _ = hashWith(password, &argon2id.Params{Memory: 64 * 1024, Iterations: 3, Parallelism: 2})
}
