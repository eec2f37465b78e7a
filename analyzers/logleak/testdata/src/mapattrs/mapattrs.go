// Package mapattrs is a logging helper that flattens a map into slog's
// key-value pairs.
package mapattrs

import (
	"log/slog"
	"sort"
)

func Debug(msg string, kv ...any) { slog.Debug(msg, kv...) }

// Attrs flattens a map into key/value pairs with a stable key order.
func Attrs[V any](m map[string]V) []any {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]any, 0, 2*len(m))
	for _, k := range keys {
		out = append(out, k, m[k])
	}
	return out
}
