package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/sitrep/sitrep/server"
	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "serve",
		summary: "explore the event database in a browser and over a JSON API",
		run:     runServe,
	})
}

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", store.DefaultPath, "event database to serve (opened read-only)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	demo := fs.Bool("demo", false, "code the bundled example articles into a temporary database and serve that")
	cacheTTL := fs.Duration("cache-ttl", 30*time.Second, "reuse API answers for this long (0 turns the cache off)")
	logJSON := fs.Bool("log-json", false, "write the access log as JSON lines instead of text")
	quiet := fs.Bool("quiet", false, "log errors only, not every request")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep serve [--db sitrep.db] [--addr 127.0.0.1:8080] [--demo]")
		fmt.Fprintln(stderr, "\nServes the web UI at / and the JSON API under /api/ (docs/api.md).")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return fmt.Errorf("%w: --addr %q: %v", errUsage, *addr, err)
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelError
	}
	hopts := &slog.HandlerOptions{Level: level}
	var handler slog.Handler = slog.NewTextHandler(stderr, hopts)
	if *logJSON {
		handler = slog.NewJSONHandler(stderr, hopts)
	}
	log := slog.New(handler)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	path := *dbPath
	if *demo {
		dir, err := os.MkdirTemp("", "sitrep-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		fmt.Fprintln(stderr, "demo: coding the bundled articles…")
		p, n, err := server.BuildDemo(ctx, dir, stderr)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "demo: coded %d articles into a temporary database\n", n)
		path = p
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	ttl := *cacheTTL
	if ttl <= 0 {
		ttl = -1
	}
	srv, err := server.New(st, server.Options{Logger: log, Demo: *demo, Version: serveVersion(), CacheTTL: ttl})
	if err != nil {
		return err
	}
	return server.Serve(ctx, *addr, srv, log, func(a net.Addr) {
		fmt.Fprintf(stderr, "sitrep: serving %s on http://%s/ (Ctrl-C to stop)\n", path, a)
	})
}

// serveVersion is the module version the binary was built from.
func serveVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		return bi.Main.Version
	}
	return "unknown"
}
