package nl.samenduurzaam.portal.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The machine's own PostgreSQL server (Debian's cluster "main"), stopped and started as an outage would. */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void stop() throws IOException, InterruptedException {
        cluster("stop", "-m", "fast");
    }

    public static void start() throws IOException, InterruptedException {
        cluster("start");
    }

    private static void cluster(String... action) throws IOException, InterruptedException {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(path -> path.getFileName().toString())
                    .max(Comparator.comparingInt(name -> Integer.parseInt(name.replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster under /etc/postgresql"));
        }
        String[] command = new String[4 + action.length];
        command[0] = "pg_ctlcluster";
        command[1] = "--skip-systemctl-redirect";
        command[2] = version;
        command[3] = "main";
        System.arraycopy(action, 0, command, 4, action.length);
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + exit);
        }
    }
}
