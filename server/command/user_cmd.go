package command

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"golang.org/x/term"

	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

var usernameRE = regexp.MustCompile(`^[\p{L}\p{N}._-]{2,40}$`)

// userCmd runs `storecast user add|list|reset-password|disable|enable`.
func userCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError(stderr, "user: say what to do: add, list, reset-password, disable or enable")
	}
	switch args[0] {
	case "add":
		return userAdd(ctx, args[1:], getenv, stdin, stdout, stderr)
	case "list":
		return userList(ctx, args[1:], getenv, stdout, stderr)
	case "reset-password":
		return userResetPassword(ctx, args[1:], getenv, stdin, stdout, stderr)
	case "disable":
		return userSetDisabled(ctx, args[1:], true, getenv, stdout, stderr)
	case "enable":
		return userSetDisabled(ctx, args[1:], false, getenv, stdout, stderr)
	}
	return usageError(stderr, "user: unknown command %q: use add, list, reset-password, disable or enable", args[0])
}

const passwordAbout = `The password is asked for twice without echo on a terminal, or read as the
first line of standard input; never from the command line, where it would
stay in shell history and the process list. 10 to 72 bytes.`

// userAdd runs `storecast user add NAME --role ROLE [--data DIR]`.
func userAdd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("user add", "user add NAME --role admin|editor|cashier [--data DIR]", "Adds a staff account.\n\n"+passwordAbout, stderr)
	data := dataFlag(fs, getenv)
	role := fs.String("role", "", "admin, editor or cashier")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("user add: give exactly one user name")
	}
	name := pos[0]
	if !usernameRE.MatchString(name) {
		return fmt.Errorf("user add: %q: use 2 to 40 letters, digits, dots, dashes or underscores", name)
	}
	switch *role {
	case rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier:
	default:
		return errors.New("user add: --role must be admin, editor or cashier")
	}
	st, err := openExisting(ctx, *data)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	defer st.Close()
	hash, err := newPasswordHash(stdin, stderr)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	u, err := st.CreateUser(store.WithActor(ctx, "cli"), name, *role, hash)
	if errors.Is(err, store.ErrExists) {
		return fmt.Errorf("user add: %q exists already", name)
	}
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	fmt.Fprintf(stdout, "created %s %s (%s)\n", u.Role, u.Username, u.ID)
	return nil
}

// newPasswordHash reads a new password and hashes it.
func newPasswordHash(stdin io.Reader, stderr io.Writer) (string, error) {
	password, err := readPassword(stdin, stderr)
	if err != nil {
		return "", err
	}
	hash, err := auth.Hash(password, auth.DefaultCost)
	if err != nil {
		return "", errors.New("the password must be 10 to 72 bytes long")
	}
	return hash, nil
}

func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "Password: ")
		p1, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "Again: ")
		p2, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if string(p1) != string(p2) {
			return "", errors.New("the passwords differ")
		}
		return string(p1), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		return "", errors.New("no password on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}
