// Package appendfields: structs appended to a slice keep their fields
// apart, as in a slice literal: logging one field of each element logs
// that field, not the element's secret beside it.
package appendfields

import (
	"log"
)

type Webhook struct {
	URL    string
	Secret string
}

type EndPoint struct {
	URL    string
	Secret string
}

func send(eps []EndPoint) {
	for _, ep := range eps {
		log.Printf("posting to %s", ep.URL) // safe: the URL only
	}
}

func leak(eps []EndPoint) {
	for _, ep := range eps {
		log.Printf("signing with %s", ep.Secret) // want `credential \(secret\) ep.Secret`
	}
}

func Notify(whs []Webhook) {
	eps := []EndPoint{}
	for _, wh := range whs {
		eps = append(eps, EndPoint{URL: wh.URL, Secret: wh.Secret})
	}
	send(eps)
	leak(eps)
	log.Printf("endpoints %v", eps) // want `credential \(secret\) wh.Secret`
}

// Twice appends on one branch, then once more: every element is kept.
func Twice(a, b Webhook, extra bool) {
	var eps []EndPoint
	if extra {
		eps = append(eps, EndPoint{URL: a.URL, Secret: a.Secret})
	}
	eps = append(eps, EndPoint{URL: b.URL})
	for _, ep := range eps {
		log.Printf("to %s", ep.URL)     // safe
		log.Printf("key %s", ep.Secret) // want `credential \(secret\) a.Secret`
	}
}
