package policygraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts a Neo4j Community DBMS with Bolt on 127.0.0.1 only, from the jars Maven copied into target/lib.
 *
 * Settings come from the environment so that nobody edits a config file:
 *   NEO4J_HOME_DIR   data folder (default .data/neo4j, relative to the working directory)
 *   NEO4J_BOLT_PORT  Bolt port (default 7687)
 *   NEO4J_PASSWORD   password of user neo4j (default "policygraph"); auth is always on
 *   NEO4J_PAGECACHE_MB page cache in MiB (default 256)
 *   NEO4J_TX_TIMEOUT_S server-side transaction timeout in seconds (default 120)
 *   NEO4J_TX_MEMORY_MB memory one transaction may use, in MiB (default 512); Neo4j's own default is unlimited
 *   NEO4J_PLUGIN_DIR folder of procedure jars (default target/plugins next to target/classes: Graph Data Science)
 *
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections, and stops cleanly on SIGTERM/SIGINT.
 * With --watch-stdin it also stops when its standard input closes, so a parent that dies cannot leave it orphaned.
 */
public final class LocalNeo4j {
    private static final String READY = "NEO4J_READY";

    public static void main(String[] args) {
        boolean watchStdin = false;
        for (String arg : args) {
            if (arg.equals("--watch-stdin")) watchStdin = true;
        }
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("NEO4J_HOME_DIR", ".data/neo4j")).toAbsolutePath();
        int port = parseInt(env.getOrDefault("NEO4J_BOLT_PORT", "7687"), "NEO4J_BOLT_PORT");
        String password = env.getOrDefault("NEO4J_PASSWORD", "policygraph");
        long pageCacheMb = parseInt(env.getOrDefault("NEO4J_PAGECACHE_MB", "256"), "NEO4J_PAGECACHE_MB");
        long txTimeoutS = parseInt(env.getOrDefault("NEO4J_TX_TIMEOUT_S", "120"), "NEO4J_TX_TIMEOUT_S");
        long txMemoryMb = parseInt(env.getOrDefault("NEO4J_TX_MEMORY_MB", "512"), "NEO4J_TX_MEMORY_MB");
        Path pluginDir = Path.of(env.getOrDefault("NEO4J_PLUGIN_DIR", "tools/neo4j/target/plugins")).toAbsolutePath();

        if (password.length() < 8) {
            fail("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum).");
        }
        ensurePortFree(port);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create the data folder " + home + ": " + e.getMessage());
        }

        DatabaseManagementService dbms = null;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // GDS procedures (gds.nodeSimilarity …) from the plugin folder; they read the store through internal APIs.
                    .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutS))
                    // A runaway console query fails alone instead of exhausting the heap for everyone.
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
                    .build();
        } catch (Throwable e) {
            fail(describeStartupFailure(e, home));
        }

        final DatabaseManagementService service = dbms;
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            service.shutdown();
            System.out.println("NEO4J_STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            setPassword(service.database("system"), password);
        } catch (RuntimeException e) {
            fail("could not set the password of user neo4j: " + rootMessage(e));
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port + " home=" + home);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // ignore input; only the end of the stream matters
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the parent is gone, same as end of stream
                }
                System.exit(0);
            }, "stdin-watchdog");
            watcher.setDaemon(true);
            watcher.start();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Auth is on; the embedded API runs as a superuser, so it can set neo4j's password to the configured one. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set a password equal to the current one: that means it is already right.
            if (!rootMessage(e).toLowerCase().contains("same")) throw e;
        }
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            fail("port " + port + " on 127.0.0.1 is already in use (another Neo4j?). Stop that process or set "
                    + "NEO4J_BOLT_PORT to a free port.");
        }
    }

    private static String describeStartupFailure(Throwable e, Path home) {
        String message = rootMessage(e);
        if (message.contains("store_lock") || message.toLowerCase().contains("lock")) {
            return "the data folder " + home + " is locked by another Neo4j process. Stop it (look for a java process "
                    + "running policygraph.LocalNeo4j) or set NEO4J_HOME_DIR to another folder.";
        }
        if (message.toLowerCase().contains("address already in use")) {
            return "the Bolt port is already in use. Set NEO4J_BOLT_PORT to a free port.";
        }
        return "Neo4j failed to start: " + message + " (details in " + home.resolve("logs/debug.log") + ")";
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) all.append(t.getMessage()).append(" | ");
            if (t.getCause() == t) break;
        }
        return all.length() == 0 ? e.getClass().getName() : all.substring(0, all.length() - 3);
    }

    private static int parseInt(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            fail(name + " must be a whole number, got '" + value + "'.");
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("NEO4J_FAILED " + message);
        System.err.flush();
        Runtime.getRuntime().halt(2);
    }

    private LocalNeo4j() {}
}
