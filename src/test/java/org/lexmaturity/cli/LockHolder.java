package org.lexmaturity.cli;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate process that holds a TDB2 folder's lock file, as a running server does, until its standard input
 * closes: {@code java -cp … LockHolder DATA/tdb2/tdb.lock}.
 */
public final class LockHolder {
    @SuppressWarnings("try") // the lock is held for the body, never used in it
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our input
            }
        }
    }

    private LockHolder() {}
}
