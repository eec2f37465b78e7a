// Package genericdump: a generic helper that logs its type parameter's
// values shows what the logger shows of the type each caller passes.
package genericdump

import "log"

type Credentials struct {
	Username string
	Password string
}

type Summary struct {
	Ward string
	Beds int
}

func dump[T any](label string, x T) {
	log.Printf("%s: %+v", label, x)
}

func dumpEach[T any](label string, xs []T) {
	for _, x := range xs {
		log.Printf("%s item: %+v", label, x)
	}
}

func dumpIndexed[T any](xs []T) {
	for i := range xs {
		log.Printf("item %d: %+v", i, xs[i])
	}
}

func dumpMap[K comparable, V any](m map[K]V) {
	for k, v := range m {
		log.Printf("%v: %+v", k, v)
	}
}

func count[T any](label string, xs []T) {
	log.Printf("%s: %d items", label, len(xs))
}

func Log(c Credentials, cs []Credentials, ss []Summary, m map[string]Credentials) {
	dump("credentials", c)      // want `Credentials rendered by fmt shows field Password`
	dumpEach("credentials", cs) // want `Credentials rendered by fmt shows field \[\].Password written to the log by log.Printf via genericdump.dumpEach`
	dumpEach("summaries", ss)   // safe: nothing sensitive
	dumpIndexed(cs)             // want `shows field \[\].Password`
	count("credentials", cs)    // safe: the count only
	dumpMap(m)                  // want `shows field \[\].Password`
}
