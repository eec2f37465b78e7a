package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A tool is one measured command.
type tool struct {
	Key   string // -tools name
	Label string // table row
	Scope string // what it analyzes, for the table
	// args returns the command line for the given packages ("./..." or
	// import paths); out is a scratch file the tool may write its report to.
	args func(b *bench, pkgs []string, out string) []string
	ok   []int // exit codes meaning success
}

// nonceFlag returns a vet flag that changes go vet's cache key for the vet
// actions and nothing else. cmd/go hashes the flags it passes to the vet tool
// into the key of each package's vet action (cmd/go/internal/work/exec.go,
// Builder.vet), so with a new value every run re-analyzes every package,
// dependencies included, while compiled export data stays cached. (-c, the
// obvious candidate, is handled by cmd/go itself and never reaches the tool.)
//
// For cmd/vet the flag adds a name to the printf checker's list of print
// wrappers that no function has; the floor has a -ssafloor.nonce flag that
// does nothing.
func (b *bench) nonceFlag(flagName string) string {
	b.nonce++
	return fmt.Sprintf("-%s=sanitasbenchnonce%d", flagName, b.nonce)
}

func (b *bench) setupTools(only string) error {
	var err error
	b.repo, err = repoRoot()
	if err != nil {
		return err
	}
	bin := filepath.Join(b.cache, "bin")

	// gosec, installed at the pinned version into the cache.
	gosec := filepath.Join(bin, "gosec")
	stamp := filepath.Join(bin, "gosec.version")
	if v, err := os.ReadFile(stamp); err != nil || strings.TrimSpace(string(v)) != b.gosecVer {
		b.logf("installing gosec %s", b.gosecVer)
		env := append(os.Environ(), "GOBIN="+bin)
		if _, err := b.run(b.cache, env, "go", "install", "github.com/securego/gosec/v2/cmd/gosec@"+b.gosecVer); err != nil {
			return err
		}
		if err := os.WriteFile(stamp, []byte(b.gosecVer+"\n"), 0o644); err != nil {
			return err
		}
	}

	// The floor: a vet tool that only builds SSA.
	floor := filepath.Join(b.tmp, "sanitas-ssafloor")
	if _, err := b.run(b.repo, nil, "go", "build", "-o", floor, "./cmd/sanitas-ssafloor"); err != nil {
		return err
	}

	// The driver, if it exists yet.
	if _, err := os.Stat(filepath.Join(b.repo, "cmd", "sanitas", "main.go")); err != nil {
		b.note("cmd/sanitas does not exist yet: the sanitas rows are missing")
	} else {
		exe := filepath.Join(b.tmp, "sanitas")
		if _, err := b.run(b.repo, nil, "go", "build", "-o", exe, "./cmd/sanitas"); err != nil {
			b.note("building cmd/sanitas failed, sanitas rows are missing: %v", firstLine(err.Error()))
		} else {
			b.sanitas = exe
			help, _ := exec.Command(exe, "-h").CombinedOutput()
			b.hasTiming = strings.Contains(string(help), "-timing")
			if b.sanitasTests {
				b.sanitasArgs = []string{"-tests"}
			}
			if !b.hasTiming {
				b.note("the driver has no -timing flag: the per-analyzer share is unavailable")
			}
		}
	}
	if b.sanitas != "" {
		// "Own analyzers": every default rule whose analyzer is not gosec,
		// read from the rule table as `sanitas -list` prints it (RULE
		// ANALYZER DEFAULT ...), so the bench builds without the analyzers.
		out, err := exec.Command(b.sanitas, "-list").Output()
		if err != nil {
			return fmt.Errorf("sanitas -list: %w", err)
		}
		own := []string{"none"}
		for i, line := range strings.Split(string(out), "\n") {
			f := strings.Fields(line)
			if i == 0 || len(f) < 3 {
				continue
			}
			if f[1] != "gosec" && f[2] == "on" {
				own = append(own, f[0])
			}
		}
		b.ownChecks = strings.Join(own, ",")
		b.logf("own analyzers: -checks %s", b.ownChecks)
	}

	all := []*tool{
		{
			Key: "vet", Label: "go vet (baseline)", Scope: "pkgs+tests, deps for facts",
			args: func(b *bench, pkgs []string, _ string) []string {
				return append([]string{"go", "vet", b.nonceFlag("printf.funcs")}, pkgs...)
			},
			ok: []int{0, 1},
		},
		{
			Key: "floor", Label: "vet tool: SSA only (floor)", Scope: "pkgs+tests",
			args: func(b *bench, pkgs []string, _ string) []string {
				return append([]string{"go", "vet", "-vettool=" + floor, b.nonceFlag("ssafloor.nonce")}, pkgs...)
			},
			ok: []int{0, 1},
		},
		{
			Key: "own", Label: "sanitas, own analyzers", Scope: b.sanitasScope(),
			args: func(b *bench, pkgs []string, out string) []string {
				return append([]string{b.sanitas, "-format", "json", "-o", out, "-checks", b.ownChecks}, append(b.sanitasArgs, pkgs...)...)
			},
			ok: []int{0, 1},
		},
		{
			Key: "full", Label: "sanitas, full default suite", Scope: b.sanitasScope(),
			args: func(b *bench, pkgs []string, out string) []string {
				a := []string{b.sanitas, "-format", "json", "-o", out}
				if b.hasTiming {
					a = append(a, "-timing", out+".timing")
				}
				return append(append(a, b.sanitasArgs...), pkgs...)
			},
			ok: []int{0, 1},
		},
		{
			Key: "gosec", Label: "gosec " + b.gosecVer, Scope: "pkgs, no tests, no testdata",
			args: func(b *bench, pkgs []string, out string) []string {
				return append([]string{gosec, "-quiet", "-fmt", "json", "-out", out, "-exclude-dir=testdata"}, pkgs...)
			},
			ok: []int{0, 1},
		},
	}
	keep := map[string]bool{}
	for k := range strings.SplitSeq(only, ",") {
		if k = strings.TrimSpace(k); k != "" {
			keep[k] = true
		}
	}
	for _, t := range all {
		if len(keep) > 0 && !keep[t.Key] {
			continue
		}
		if (t.Key == "own" || t.Key == "full") && b.sanitas == "" {
			continue
		}
		b.tools = append(b.tools, t)
	}
	if len(b.tools) == 0 {
		return fmt.Errorf("no tools to run")
	}
	return nil
}

// runEnv is the environment of every command run on a module: a private
// build cache in the bench cache, no toolchain switching, no workspace.
func (b *bench) runEnv() []string {
	return append(os.Environ(),
		"GOCACHE="+filepath.Join(b.cache, "gocache"),
		"GOTOOLCHAIN=local",
		"GOWORK=off",
		"GOFLAGS=-buildvcs=false",
	)
}

// timed runs tool t on module p once. pkgs nil means ./... .
func (b *bench) timed(p *prepared, t *tool, round int, pkgs []string) *Run {
	if pkgs == nil {
		pkgs = []string{"./..."}
	}
	out := filepath.Join(b.tmp, p.Name+"-"+t.Key+".out")
	_ = os.Remove(out)
	_ = os.Remove(out + ".timing")
	args := t.args(b, pkgs, out)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = p.Dir
	// Timed runs never touch the network: everything was downloaded by
	// prepare.
	cmd.Env = append(b.runEnv(), "GOPROXY=off")
	r := &Run{Module: p.Name, Tool: t.Key, Round: round}
	if err := measure(cmd, r, t.ok...); err != nil {
		r.Failed = true
		r.Stderr = err.Error()
	}
	r.Args = shortArgs(r.Args)
	if b.hasTiming && t.Key == "full" {
		if data, err := os.ReadFile(out + ".timing"); err == nil {
			var tm Timing
			if json.Unmarshal(data, &tm) == nil {
				r.Timing = &tm
			}
		}
	}
	status := ""
	if r.Failed {
		status = fmt.Sprintf(" FAILED (exit %d): %s", r.ExitCode, firstLine(strings.TrimSpace(r.Stderr)))
		if r.ExitCode != 2 || strings.Contains(r.Stderr, "goroutine ") {
			status += " (see stderr in -json)"
		}
	}
	b.logf("%s round %d %-6s wall %6.1fs cpu %6.1fs rss %5.0f MB%s", p.Name, round, t.Key, r.Wall, r.CPU(), float64(r.MaxRSS)/1000, status)
	return r
}

// shortArgs keeps the JSON readable when the growth series passes hundreds
// of import paths.
func shortArgs(a []string) []string {
	if len(a) <= 20 {
		return a
	}
	return append(a[:12:12], fmt.Sprintf("... (%d more)", len(a)-12))
}

// repoRoot is the directory of the sanitas go.mod, found from the working
// directory.
func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	data, err := os.ReadFile(gomod)
	if gomod == "" || gomod == os.DevNull || err != nil || !strings.Contains(string(data), "module github.com/sanitas-go/sanitas\n") {
		return "", fmt.Errorf("run sanitas-bench from the sanitas repository (go.mod of github.com/sanitas-go/sanitas)")
	}
	return filepath.Dir(gomod), nil
}

func (b *bench) sanitasScope() string {
	if b.sanitasTests {
		return "pkgs+tests, deps from export data"
	}
	return "pkgs, no tests, deps from export data"
}
