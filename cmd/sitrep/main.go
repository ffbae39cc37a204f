// Command sitrep reads news articles and codes them into political event
// data: actors, CAMEO events, dates, places, quotations and amounts.
//
// Each subcommand lives in a file of its own and registers itself with
// register (and eval's parts with registerEval).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one sitrep subcommand.
type command struct {
	name    string
	summary string
	// run executes the command with the arguments after its name; stdout
	// and stderr are passed so tests can capture them.
	run func(args []string, stdout, stderr io.Writer) error
}

var (
	commands     = map[string]command{}
	evalCommands = map[string]command{}
)

func register(c command)     { commands[c.name] = c }
func registerEval(c command) { evalCommands[c.name] = c }

// errUsage marks an error whose message is a usage hint; it exits with 2.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "sitrep: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	if err := c.run(args[1:], stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "sitrep %s: %v\n", c.name, err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "sitrep codes news articles into political event data.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: sitrep COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, name := range sortedNames(commands) {
		fmt.Fprintf(w, "  %-10s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'sitrep COMMAND -h' for a command's flags.")
}

func sortedNames(m map[string]command) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func init() {
	register(command{
		name:    "eval",
		summary: "measure a stage against gold data (" + "sitrep eval -h" + ")",
		run: func(args []string, stdout, stderr io.Writer) error {
			if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
				fmt.Fprintln(stderr, "Usage: sitrep eval PART [flags]")
				fmt.Fprintln(stderr, "\nParts:")
				for _, name := range sortedNames(evalCommands) {
					fmt.Fprintf(stderr, "  %-10s %s\n", name, evalCommands[name].summary)
				}
				if len(args) == 0 {
					return fmt.Errorf("%w: name a part: %s", errUsage, strings.Join(sortedNames(evalCommands), ", "))
				}
				return nil
			}
			c, ok := evalCommands[args[0]]
			if !ok {
				return fmt.Errorf("%w: unknown part %q (have %s)", errUsage, args[0], strings.Join(sortedNames(evalCommands), ", "))
			}
			return c.run(args[1:], stdout, stderr)
		},
	})
}

// parseFlags parses args into fs, marking a bad flag as a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

// parseInterspersed parses flags that may stand before, between or after
// the positional arguments ("sitrep dyad USA RUS --by week") and returns
// the positional arguments in order.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return pos, nil
}
