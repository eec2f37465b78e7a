package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// A module is a pinned real-world module the bench runs on.
type module struct {
	Name    string // short name for -modules
	Path    string // module path
	Version string
	// Fix, if set, repairs the writable copy before its dependencies are
	// downloaded (see ../shared/NOTES.md C).
	Fix func(b *bench, dir string) error
	// Drop lists directories (relative to the module root) removed from the
	// copy because they do not build; every tool then sees the same tree.
	Drop []string
}

var allModules = []*module{
	{Name: "tools", Path: "golang.org/x/tools", Version: "v0.52.0"},
	{Name: "pocketbase", Path: "github.com/pocketbase/pocketbase", Version: "v0.36.8"},
	{Name: "gitea", Path: "code.gitea.io/gitea", Version: "v1.26.0"},
	{Name: "kratos", Path: "github.com/ory/kratos", Version: "v1.3.1", Fix: fixKratos,
		// An example written against a newer client-go than v1.14.3 (NOTES C).
		Drop: []string{"examples/go/session/tosession"}},
}

// fixKratos: kratos's go.mod replaces github.com/ory/client-go with
// ./internal/client-go, a nested module that the module zip leaves out.
// Use the published client instead.
func fixKratos(b *bench, dir string) error {
	if _, err := b.run(dir, nil, "go", "mod", "edit", "-dropreplace", "github.com/ory/client-go"); err != nil {
		return err
	}
	_, err := b.run(dir, nil, "go", "get", "github.com/ory/client-go@v1.14.3")
	return err
}

// A prepared module is a writable copy in the cache with its dependencies
// downloaded and its build cache warm.
type prepared struct {
	*module
	Dir      string
	Packages []string // import paths of `go list ./...`
}

const readyMarker = ".sanitas-bench-ready"

// prepare fetches m through the module proxy, copies it to the cache,
// downloads its dependencies and warms the build cache: go build, then
// go list -export of the test variants, so that no timed run compiles.
func (b *bench) prepare(m *module) (*prepared, error) {
	dir := filepath.Join(b.cache, "src", m.Name+"@"+m.Version)
	p := &prepared{module: m, Dir: dir}
	if _, err := os.Stat(filepath.Join(dir, readyMarker)); err != nil {
		start := time.Now()
		b.logf("%s: fetching %s@%s", m.Name, m.Path, m.Version)
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		out, err := b.run(b.cache, nil, "go", "mod", "download", "-json", m.Path+"@"+m.Version)
		if err != nil {
			return nil, err
		}
		var info struct{ Dir, Error string }
		if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
			return nil, fmt.Errorf("go mod download %s@%s: %s %w", m.Path, m.Version, info.Error, err)
		}
		if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
			return nil, err
		}
		// os.CopyFS makes the files writable (0o666 &^ umask, plus x bits).
		if err := os.CopyFS(dir, os.DirFS(info.Dir)); err != nil {
			return nil, fmt.Errorf("copying %s: %w", info.Dir, err)
		}
		for _, d := range m.Drop {
			if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(d))); err != nil {
				return nil, err
			}
		}
		if m.Fix != nil {
			if err := m.Fix(b, dir); err != nil {
				return nil, fmt.Errorf("fixing %s: %w", m.Name, err)
			}
		}
		if _, err := b.run(dir, nil, "go", "mod", "download"); err != nil {
			return nil, err
		}
		b.logf("%s: warming the build cache (go build ./..., go list -test -export -deps ./...)", m.Name)
		// Build failures are reported but not fatal: the tools are then
		// compared on the same partly broken tree, and the logs say so.
		if _, err := b.run(dir, b.runEnv(), "go", "build", "./..."); err != nil {
			b.logf("%s: go build ./...: %v", m.Name, err)
		}
		// Export data of test variants and test-only dependencies, which go
		// vet needs and go build does not compile.
		if _, err := b.run(dir, b.runEnv(), "go", "list", "-e", "-test", "-export", "-deps", "./..."); err != nil {
			b.logf("%s: go list -test -export: %v", m.Name, firstLine(err.Error()))
		}
		if err := os.WriteFile(filepath.Join(dir, readyMarker), []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644); err != nil {
			return nil, err
		}
		b.logf("%s: prepared in %s", m.Name, time.Since(start).Round(time.Second))
	}
	out, err := b.run(dir, b.runEnv(), "go", "list", "-e", "./...")
	if err != nil {
		return nil, err
	}
	p.Packages = strings.Fields(string(out))
	return p, nil
}

// run runs a setup command (not timed) and returns its stdout; stderr is
// included in the error.
func (b *bench) run(dir string, env []string, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = env
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if b.verbose {
		b.logf("$ (cd %s && %s %s)", dir, name, strings.Join(args, " "))
	}
	if err := cmd.Run(); err != nil {
		return stdout.Bytes(), fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, tail(stderr.String(), 2000))
	}
	return stdout.Bytes(), nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}
