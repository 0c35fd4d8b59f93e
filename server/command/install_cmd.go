package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
)

const installUsage = "install [--print] [--public-url URL] [--bin PATH] [--no-start]"

const installAbout = `Installs storecast as a systemd service that starts at boot, for an
operator who has only this binary (run as root): copies it to --bin, adds
the system user storecast, writes ` + envPath + ` (once; never over
an existing one) and ` + unitPath + ` (hardened: ProtectSystem=strict,
its own user, state in ` + serviceData + `), then enables and starts it.
--print only prints the unit.`

// installer does the work of `storecast install`; tests point root at a
// directory and run at a fake, as they cannot be root or run systemd.
type installer struct {
	root   string // "/", or a test's directory
	exe    string // the binary to copy
	bin    string // where to
	out    io.Writer
	run    func(ctx context.Context, name string, args ...string) error
	lookup func(name string) (uid, gid int, err error)
}

// installCmd runs `storecast install`.
func installCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("install", installUsage, installAbout, stderr)
	print := fs.Bool("print", false, "print the systemd unit and change nothing")
	publicURL := fs.String("public-url", "", "STORECAST_PUBLIC_URL for a new environment file: the URL screens and phones use")
	bin := fs.String("bin", defaultBin, "where the binary is installed")
	noStart := fs.Bool("no-start", false, "write everything and enable the service, but do not start it")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("install: unexpected argument %q", pos[0])
	}
	if *print {
		fmt.Fprint(stdout, unitText(*bin))
		return nil
	}
	if os.Geteuid() != 0 {
		return errors.New("install: run it as root (sudo storecast install), or --print the unit")
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("install: %w", err)
	}
	in := &installer{root: "/", exe: exe, bin: *bin, out: stdout, run: runCommand, lookup: lookupUser}
	return in.install(ctx, *publicURL, !*noStart)
}

func (in *installer) install(ctx context.Context, publicURL string, start bool) error {
	if err := in.copyBinary(); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	if _, _, err := in.lookup(serviceUser); err != nil {
		if err := in.run(ctx, "useradd", "--system", "--user-group", "--home-dir", serviceData, "--no-create-home",
			"--shell", "/usr/sbin/nologin", "--comment", "Storecast server", serviceUser); err != nil {
			return fmt.Errorf("install: adding user %s: %w", serviceUser, err)
		}
		fmt.Fprintf(in.out, "added system user %s\n", serviceUser)
	}
	if err := in.writeEnv(publicURL); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	if err := in.write(unitPath, unitText(in.bin), 0o644); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	fmt.Fprintf(in.out, "wrote %s\n", unitPath)
	steps := [][]string{{"daemon-reload"}, {"enable", "storecast.service"}}
	if start {
		steps = append(steps, []string{"restart", "storecast.service"})
	}
	for _, s := range steps {
		if err := in.run(ctx, "systemctl", s...); err != nil {
			return fmt.Errorf("install: systemctl %v: %w", s, err)
		}
	}
	fmt.Fprintln(in.out, "enabled storecast.service: it starts at every boot")
	if start {
		fmt.Fprintln(in.out, "started it: systemctl status storecast, journalctl -u storecast -f")
	}
	fmt.Fprintf(in.out, `Next:
  settings     %s, then systemctl restart storecast
  first admin  sudo -u %s %s user add NAME --role admin --data %s
  backups      nightly into %s; copy them off this machine
`, envPath, serviceUser, in.bin, serviceData, serviceBackup)
	return nil
}

// copyBinary puts the running binary at in.bin, unless it is there.
func (in *installer) copyBinary() error {
	dst := filepath.Join(in.root, in.bin)
	if a, err := os.Stat(in.exe); err == nil {
		if b, err := os.Stat(dst); err == nil && os.SameFile(a, b) {
			return nil
		}
	}
	src, err := os.Open(in.exe)
	if err != nil {
		return err
	}
	defer src.Close()
	b, err := io.ReadAll(src)
	if err != nil {
		return err
	}
	if err := in.write(in.bin, string(b), 0o755); err != nil {
		return err
	}
	fmt.Fprintf(in.out, "installed %s\n", in.bin)
	return nil
}

// writeEnv writes the environment file, 0640 root:storecast (it may hold
// STORECAST_ADMIN_TOKEN), unless one exists: the operator's settings stay.
func (in *installer) writeEnv(publicURL string) error {
	path := filepath.Join(in.root, envPath)
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(in.out, "kept %s as it is\n", envPath)
		return nil
	}
	if err := in.write(envPath, envText(publicURL), 0o640); err != nil {
		return err
	}
	_, gid, err := in.lookup(serviceUser)
	if err != nil {
		return err
	}
	if err := os.Chown(path, -1, gid); err != nil && in.root == "/" {
		return err
	}
	fmt.Fprintf(in.out, "wrote %s\n", envPath)
	return nil
}

// write replaces the file at path (under root) atomically with mode.
func (in *installer) write(path, content string, mode os.FileMode) error {
	full := filepath.Join(in.root, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(full), ".storecast-install-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(content); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), full)
}

func runCommand(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w: %s", err, out)
	}
	return nil
}

func lookupUser(name string) (uid, gid int, err error) {
	u, err := user.Lookup(name)
	if err != nil {
		return 0, 0, err
	}
	uid, _ = strconv.Atoi(u.Uid)
	gid, _ = strconv.Atoi(u.Gid)
	return uid, gid, nil
}
