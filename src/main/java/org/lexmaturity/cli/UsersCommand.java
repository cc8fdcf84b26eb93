package org.lexmaturity.cli;

import java.util.function.Function;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.lexmaturity.auth.Account;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code users list|add|passwd|role|remove}: local accounts. Passwords are never arguments (they would land in the
 * shell history and the process list): they come from {@code $LEXMATURITY_PASSWORD}, else the terminal, else stdin.
 */
@Command(name = "users", description = "Manages the local accounts (admin, analyst, reader).",
        subcommands = {UsersCommand.List.class, UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.SetRole.class,
                UsersCommand.Remove.class})
final class UsersCommand extends CommandGroup {

    /** Runs one account change on the store and prints what it did. */
    static int change(UsersCommand parent, CommandLine.Model.CommandSpec spec, Function<Accounts, String> work) {
        try (Store store = parent.main.openStore()) {
            spec.commandLine().getOut().println(work.apply(new Accounts(store)));
            return 0;
        }
    }

    static Role role(CommandLine.Model.CommandSpec spec, String text) {
        return Role.parse(text).filter(r -> r != Role.ANONYMOUS)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "role must be admin, analyst or reader (got '" + text + "')"));
    }

    static char[] password(CommandLine.Model.CommandSpec spec) {
        String env = System.getenv("LEXMATURITY_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            return console.readPassword("Password (at least %d characters): ", Accounts.MIN_PASSWORD);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password: set LEXMATURITY_PASSWORD or type it on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the password from standard input", e);
        }
    }

    @Command(name = "list", description = "Lists the accounts with their roles.")
    static final class List implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = parent.main.openStore()) {
                for (Account a : new Accounts(store).list()) {
                    spec.commandLine().getOut().printf("%-24s %-8s %s%n", a.name(), a.role().id(), a.created());
                }
                return 0;
            }
        }
    }

    /** An account change: the account's name, then what the subcommand does to it. */
    abstract static class AccountChange implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Changes the account; returns the line that says what was done. */
        abstract String apply(Accounts accounts);

        @Override
        public Integer call() {
            return change(parent, spec, this::apply);
        }
    }

    @Command(name = "add", description = "Creates an account.")
    static final class Add extends AccountChange {
        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst or reader")
        String role;

        @Override
        public Integer call() {
            role(spec, role); // a wrong role is a usage error before any store is opened
            return super.call();
        }

        @Override
        String apply(Accounts accounts) {
            Role r = role(spec, role);
            accounts.create(name, password(spec), r);
            return "Created " + name + " (" + r.id() + ").";
        }
    }

    @Command(name = "passwd", description = "Sets an account's password.")
    static final class Passwd extends AccountChange {
        @Override
        String apply(Accounts accounts) {
            accounts.setPassword(name, password(spec));
            return "Changed the password of " + name + ".";
        }
    }

    @Command(name = "role", description = "Changes an account's role.")
    static final class SetRole extends AccountChange {
        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst or reader")
        String role;

        @Override
        public Integer call() {
            role(spec, role);
            return super.call();
        }

        @Override
        String apply(Accounts accounts) {
            Role r = role(spec, role);
            accounts.setRole(name, r);
            return name + " is now " + r.id() + ".";
        }
    }

    @Command(name = "remove", description = "Removes an account.")
    static final class Remove extends AccountChange {
        @Override
        String apply(Accounts accounts) {
            accounts.remove(name);
            return "Removed " + name + ".";
        }
    }
}
